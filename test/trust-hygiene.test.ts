/**
 * Hostile corpus, input hygiene: malformed input is an error at its file and line in every command,
 * and nothing is written: bytes that are not UTF-8, two nodes (or clusters) of one name, an address
 * that is neither an IP address nor a DNS name, a date that does not exist, a JSON 6902 patch on a
 * multi-document config; and a bundle the given key cannot open fails the plan (only a run without
 * any key renders with placeholders).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isNodeAddress } from '../src/repo/cluster-file.js';
import { cli, scratchRepo } from './helpers/hostile.js';
import { edit, PROJECT } from './helpers/repo.js';

const MALLORY = path.join(PROJECT, 'test/fixtures/sops/keys/mallory.txt');
interface Where {
  file: string;
  line: number;
  message: RegExp;
}

/** render, validate and plan all fail, each naming the file and line; nothing is written. */
async function everyCommandFails(dir: string, where: Where) {
  const render = await cli(dir, ['render', '--out', 'out']);
  expect(render.code).toBe(1);
  expect(render.stderr).toContain(`${where.file}:${where.line}: `);
  expect(render.stderr).toMatch(where.message);
  expect(existsSync(path.join(dir, 'out'))).toBe(false);
  for (const args of [
    ['validate', '--format', 'json'],
    ['plan', '--base', 'HEAD', '--format', 'json'],
  ]) {
    const r = await cli(dir, args);
    expect(r.code, args[0]).toBe(1);
    expect(r.ms).toBeLessThan(15_000);
    const findings = (
      JSON.parse(r.stdout) as { findings: Array<{ file?: string; line?: number; message: string }> }
    ).findings;
    expect(
      findings.some((f) => f.file === where.file && f.line === where.line && where.message.test(f.message)),
      `${args[0]}: ${JSON.stringify(findings.slice(0, 3))}`,
    ).toBe(true);
  }
}

function lineOf(dir: string, file: string, needle: string, nth = 0): number {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  return hits[nth]!;
}

describe('input hygiene', () => {
  it('bytes that are not UTF-8 are an error at their line, never U+FFFD on a node', async () => {
    const dir = scratchRepo();
    const file = 'clusters/staging/patches/worker.yaml';
    const text = readFileSync(path.join(dir, file));
    writeFileSync(
      path.join(dir, file),
      Buffer.concat([text, Buffer.from('machine:\n  env:\n    X: "\xff\xfe"\n', 'latin1')]),
    );
    const line = text.toString('utf8').split('\n').length + 2;
    await everyCommandFails(dir, { file, line, message: /is not valid UTF-8/ });
  });

  it('two nodes of one name are an error in every command (render would overwrite a file)', async () => {
    const dir = scratchRepo();
    const file = 'clusters/staging/cluster.yaml';
    edit(dir, file, (t) => t.replace('name: stg-w-2', 'name: stg-w-1'));
    const second = lineOf(dir, file, 'name: stg-w-1', 1);
    await everyCommandFails(dir, {
      file,
      line: second,
      message: /node name "stg-w-1" is already used by the node at line/,
    });
  });

  it('two clusters of one name are an error', async () => {
    const dir = scratchRepo();
    edit(dir, 'clusters/production/cluster.yaml', (t) => t.replace('name: production', 'name: staging'));
    const r = await cli(dir, ['render', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /cluster name "staging" is already used by clusters\/(production|staging)\/cluster.yaml/,
    );
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('a node address must be an IP address or a DNS name', async () => {
    const dir = scratchRepo();
    const file = 'clusters/staging/cluster.yaml';
    edit(dir, file, (t) => t.replace('address: 10.0.0.22', 'address: "not an address!"'));
    const line = lineOf(dir, file, 'not an address!');
    await everyCommandFails(dir, {
      file,
      line,
      message: /"not an address!" is not an IP address or a DNS name/,
    });
    expect(['10.0.0.1', 'fd00::1', 'node-1.example.com', 'cp1', 'cp1.'].every(isNodeAddress)).toBe(true);
    expect(
      ['10.0.0.1:50000', 'a b', '-x.example', '10.0.0.256', '', 'x'.repeat(64)].some(isNodeAddress),
    ).toBe(false);
  });

  it('a waiver expiring on a day that does not exist is refused', async () => {
    const dir = scratchRepo();
    const file = 'clusters/staging/cluster.yaml';
    edit(dir, file, (t) =>
      t.replace(
        'rollout:',
        'waivers:\n  - policy: hardened/disk-encryption\n    reason: lab\n    expires: 2099-02-30\nrollout:',
      ),
    );
    const line = lineOf(dir, file, 'expires: 2099-02-30');
    await everyCommandFails(dir, {
      file,
      line,
      message: /2099-02-30 is not a date of the calendar/,
    });
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
  });

  it('a JSON 6902 patch on a multi-document config names the patch file and line', async () => {
    const dir = scratchRepo();
    const file = 'clusters/staging/patches/nodes/stg-w-1.yaml';
    writeFileSync(path.join(dir, file), '- op: add\n  path: /machine/nodeLabels\n  value: { a: b }\n');
    await everyCommandFails(dir, {
      file,
      line: 1,
      message: /JSON6902 patches are not supported for multi-document/,
    });
  });
});

describe('a key that cannot open the bundle', () => {
  it('fails the plan (a run without any key still renders with placeholders)', async () => {
    const dir = scratchRepo();
    edit(dir, 'clusters/staging/patches/worker.yaml', (t) => `${t}  sysctls:\n    vm.swappiness: "10"\n`);
    const wrong = await cli(dir, ['plan', '--base', 'HEAD', '--format', 'json'], {
      SOPS_AGE_KEY_FILE: MALLORY,
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout + wrong.stderr).toMatch(/secrets.sops.yaml/);
    const none = await cli(dir, ['plan', '--base', 'HEAD', '--format', 'json'], {});
    expect(none.code).toBe(2);
    expect(JSON.parse(none.stdout).clusters[0].hidden.length).toBeGreaterThan(0);
  });
});
