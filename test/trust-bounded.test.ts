/**
 * Hostile corpus, bounded work: inputs built to make a run take exponential time or unbounded memory
 * end in seconds with a clear error naming the file and line, and nothing is written. The sizes are
 * the ones that used to hang: a 9-level alias bomb, a 1 MB map of 25k keys, 50 MB files and strings,
 * the policy regex `^(a+)+$`, a waiver glob of 12 stars.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPatch } from '../src/config/patch.js';
import { globMatch } from '../src/policy/glob.js';
import { MAX_FILE_BYTES } from '../src/repo/file-text.js';
import { gitRefFiles } from '../src/repo/files.js';
import { compileGoRegex } from '../src/secrets/sops.js';
import { linearRegex } from '../src/util/linear-regex.js';
import { parseYamlDocuments } from '../src/yaml/ynode.js';
import { cli, scratchRepo } from './helpers/hostile.js';
import { edit, git } from './helpers/repo.js';

const NODE_PATCH = 'clusters/staging/patches/nodes/stg-w-1.yaml';

function write(dir: string, file: string, text: string | Buffer) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/** Nine levels of nine aliases each: 9^9 values if expanded. */
function aliasBomb(): string {
  const lines = ['machine:', '  nodeLabels:', '    a0: &a0 "x"'];
  lines.push('  sysctls:');
  for (let i = 1; i <= 9; i++)
    lines.push(`    l${i}: &a${i} [${new Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

describe('YAML built to explode', () => {
  it('a 9-level alias bomb fails in under a second, at its file and line', async () => {
    const t0 = performance.now();
    expect(() => loadPatch(aliasBomb(), NODE_PATCH)).toThrow(/YAML aliases expand to more than/);
    expect(performance.now() - t0).toBeLessThan(1_000);
    const dir = scratchRepo();
    write(dir, NODE_PATCH, aliasBomb());
    const r = await cli(dir, ['render', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(5_000);
    expect(r.stderr).toMatch(
      new RegExp(`${NODE_PATCH}:\\d+: YAML aliases expand to more than 100,000 values`),
    );
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('a 1 MB map of 25k keys: duplicate keys are found in linear time, at their line', async () => {
    const dir = scratchRepo();
    const keys = Array.from(
      { length: 25_000 },
      (_, i) => `    label-${String(i).padStart(5, '0')}-${'x'.repeat(24)}: v`,
    );
    keys.push(keys[7]!);
    const text = `machine:\n  nodeLabels:\n${keys.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const t0 = performance.now();
    expect(() => parseYamlDocuments(text, NODE_PATCH)).toThrow(/duplicate key/);
    expect(performance.now() - t0).toBeLessThan(3_000);
    write(dir, NODE_PATCH, text);
    const r = await cli(dir, ['validate']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(15_000);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`${NODE_PATCH}:25003`));
    expect(r.stdout + r.stderr).toMatch(/duplicate key/);
  });

  it('a map of 25k unknown fields is reported in seconds, the first problems listed and the rest counted', async () => {
    const dir = scratchRepo();
    const keys = Array.from({ length: 25_000 }, (_, i) => `  fieldNumber${i}: v`);
    write(dir, NODE_PATCH, `machine:\n${keys.join('\n')}\n`);
    const r = await cli(dir, ['validate', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(15_000);
    expect(r.stdout).toMatch(/and 24950 more problems in this document/);
  });

  it('nesting 100k levels deep is an error, not a crash', async () => {
    const dir = scratchRepo();
    write(dir, NODE_PATCH, `machine:\n  nodeLabels: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const r = await cli(dir, ['validate']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(5_000);
    expect(r.stdout + r.stderr).toContain(NODE_PATCH);
    expect(r.stdout + r.stderr).not.toMatch(/Maximum call stack/);
  });
});

describe('size limits', () => {
  it('a 50 MB patch, a 50 MB string and a 50 MB cluster.yaml are refused before they are read', async () => {
    const dir = scratchRepo();
    const big = 50 * 1024 * 1024;
    write(dir, NODE_PATCH, Buffer.alloc(big, 'a'));
    write(dir, 'clusters/production/patches/worker.yaml', `machine:\n  env:\n    X: "${'b'.repeat(big)}"\n`);
    write(dir, 'clusters/big/cluster.yaml', Buffer.alloc(big, '#'));
    const r = await cli(dir, ['render', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(5_000);
    expect(r.stderr).toContain(`${NODE_PATCH}:1: ${NODE_PATCH} is 50 MiB, over the 4 MiB limit`);
    expect(r.stderr).toContain('clusters/production/patches/worker.yaml:1: ');
    expect(r.stderr).toContain('clusters/big/cluster.yaml:1: ');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    const mem = process.memoryUsage().rss;
    expect(mem).toBeLessThan(1.5 * 1024 * 1024 * 1024);
  });

  it('the base side reads sizes from the git tree and refuses unread', async () => {
    const dir = scratchRepo();
    write(dir, NODE_PATCH, Buffer.alloc(MAX_FILE_BYTES + 1, 'a'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'big');
    expect(() => gitRefFiles(dir, 'HEAD').read(NODE_PATCH)).toThrow(/over the 4 MiB limit/);
  });
});

describe('regular expressions and globs from a pull request', () => {
  it('the policy regex ^(a+)+$ on a long value and in a schema pattern runs in linear time', async () => {
    const dir = scratchRepo();
    edit(dir, 'clusters/staging/cluster.yaml', (t) =>
      t.replace(
        'rollout:',
        `waivers:\n  - policy: team/no-aaa\n    nodes: ["${'*a'.repeat(12)}*b"]\n    reason: glob\nrollout:`,
      ),
    );
    write(
      dir,
      'policies/team.yaml',
      [
        'rules:',
        '  - id: team/no-aaa',
        '    severity: notice',
        '    description: hostnames are not all a',
        '    target: { kind: v1alpha1, path: machine.nodeLabels.probe }',
        '    condition: { notMatches: "^(a+)+$" }',
        '  - id: team/schema-aaa',
        '    severity: notice',
        '    description: hostnames by schema',
        '    target: { kind: v1alpha1, path: machine.nodeLabels.probe }',
        '    condition: { schema: { type: string, pattern: "^(a+)+$" } }',
        '',
      ].join('\n'),
    );
    write(dir, NODE_PATCH, `machine:\n  nodeLabels:\n    probe: "${'a'.repeat(60)}!"\n`);
    const r = await cli(dir, ['validate', '--format', 'json']);
    expect(r.ms).toBeLessThan(5_000);
    const rules = (JSON.parse(r.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule);
    expect(rules).toContain('team/schema-aaa');
  });

  it('patterns that need backtracking are refused with the reason', async () => {
    const dir = scratchRepo();
    write(
      dir,
      'policies/team.yaml',
      'rules:\n  - id: team/back\n    severity: notice\n    description: d\n    target: { kind: v1alpha1, path: machine.type }\n    condition: { matches: "(a)\\\\1" }\n',
    );
    const r = await cli(dir, ['validate']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/invalid regular expression: .*backreferences and lookaround are not supported/);
    expect(r.stdout).toContain('policies/team.yaml:6');
  });

  it('the engines themselves: 50 MB through ^(a+)+$, a 12-star glob, a sops rule', () => {
    const t0 = performance.now();
    expect(linearRegex('^(a+)+$').test(`${'a'.repeat(50 * 1024 * 1024)}!`)).toBe(false);
    expect(globMatch(`${'*a'.repeat(12)}*b`, 'a'.repeat(10_000))).toBe(false);
    expect(globMatch('w-*', 'w-1')).toBe(true);
    expect(globMatch('*-?', 'prod-w-1')).toBe(true);
    expect(globMatch('a*b*c', 'abc')).toBe(true);
    expect(globMatch('a*b*c', 'acb')).toBe(false);
    expect(compileGoRegex('(a+)+$')!.test(`${'a'.repeat(100_000)}!`)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('counts a small cluster.yaml could ask for', () => {
  it('one patch named 300 times for a node is an error at the first reference over the limit', async () => {
    const dir = scratchRepo();
    const refs = Array.from({ length: 300 }, () => '      - patches/worker.yaml').join('\n');
    edit(dir, 'clusters/staging/cluster.yaml', (t) =>
      t.replace('    patches: [patches/nodes/stg-w-1.yaml]', `    patches:\n${refs}`),
    );
    const text = readFileSync(path.join(dir, 'clusters/staging/cluster.yaml'), 'utf8').split('\n');
    const first = text.indexOf('      - patches/worker.yaml');
    const t0 = performance.now();
    const r = await cli(dir, ['validate']);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    // cluster-wide patches come first: the 257th reference is a node one
    const cluster = 4 + 1; // the staging file's cluster patches and its worker patch
    expect(r.stderr + r.stdout).toContain(`clusters/staging/cluster.yaml:${first + 1 + (256 - cluster)}`);
    expect(r.stderr + r.stdout).toMatch(
      /node stg-w-1 gets 305 patches \(cluster, worker and its own\): at most 256 per node/,
    );
  });

  it('a cluster of 5,001 nodes is an error at the node over the limit', async () => {
    const dir = scratchRepo();
    const nodes = Array.from(
      { length: 5_001 },
      (_, i) =>
        `  - name: w-${i}\n    address: 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}\n    role: worker`,
    ).join('\n');
    edit(dir, 'clusters/staging/cluster.yaml', (t) => t.replace(/\nnodes:\n/, `\nnodes:\n${nodes}\n`));
    const r = await cli(dir, ['validate']);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toMatch(
      /5,0\d\d nodes: at most 5,000 per cluster[^\n]*\n\s+clusters\/staging\/cluster\.yaml:\d+/,
    );
  });
});
