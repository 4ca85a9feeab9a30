/**
 * Hostile corpus, secret-safe messages: no error or finding quotes any part of a value that came from
 * a SOPS file or a secret field; the keys themselves are registered secrets; the redactor hides every
 * 16-character fragment of a secret; and policies see secret fields only as set, so the 308-rule
 * oracle (`notMatches: "^.{p}[bits]"` on cluster.secret) learns nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { REDACTED, SecretRegistry } from '../src/secrets/registry.js';
import { encryptSopsYaml } from '../src/secrets/sops-encrypt.js';
import { cli, fragments, leakSearch, scratchRepo } from './helpers/hostile.js';
import { DEMO_KEY_FILE, demoIdentities, edit, exampleSecrets } from './helpers/repo.js';

const TOKEN = 'ghp_R7xK2mQ9vLp4Tz8Wn3Yb6Hc1Jd5Fg0Sa2Ek7';
const AGE_KEY_LINE = readFileSync(DEMO_KEY_FILE, 'utf8')
  .split('\n')
  .find((l) => l.startsWith('AGE-SECRET-KEY-'))!;

async function sopsPatch(dir: string, file: string, doc: unknown) {
  const ids = await demoIdentities();
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(
    path.join(dir, file),
    await encryptSopsYaml(YAML.stringify(doc), { recipients: [ids[0]!.recipient], file }),
  );
}

function usePatch(dir: string, patch: string) {
  edit(dir, 'clusters/staging/cluster.yaml', (t) =>
    t.replace('patches: [patches/nodes/stg-w-1.yaml]', `patches: [patches/nodes/stg-w-1.yaml, ${patch}]`),
  );
}

describe('the redactor', () => {
  it('hides whole values, any 16-character fragment, and short values; nothing else', () => {
    const r = new SecretRegistry();
    r.add(TOKEN);
    r.add('hunter2x');
    const quoted = `got "${TOKEN.slice(0, 37)}..." and ${TOKEN.slice(9, 30)} and hunter2x and hunter`;
    const out = r.redact(quoted);
    expect(leakSearch([out], [TOKEN])).toEqual([]);
    expect(out).toBe(`got "${REDACTED}..." and ${REDACTED} and ${REDACTED} and hunter`);
    expect(r.redact(TOKEN)).toBe(REDACTED);
    // 15 characters of it are not a fragment
    expect(r.redact(TOKEN.slice(3, 18))).toBe(TOKEN.slice(3, 18));
    expect(r.redact('nothing secret here at all, not even close')).toBe(
      'nothing secret here at all, not even close',
    );
  });

  it('overlapping and adjacent matches become one redaction', () => {
    const r = new SecretRegistry();
    r.add('abcdefghijklmnopqrstuvwxyz0123456789');
    r.add('0123456789ABCDEF-XYZ');
    expect(r.redact('<<abcdefghijklmnopqrstuvwxyz0123456789ABCDEF-XYZ>>')).toBe(`<<${REDACTED}>>`);
  });

  it('every fragment of every secret of the example fleet is hidden wherever it stands', async () => {
    const secrets = await exampleSecrets();
    const r = new SecretRegistry();
    r.addAll(secrets);
    const text = secrets.flatMap((s) => fragments(s).filter((_, i) => i % 7 === 0)).join(' | ');
    expect(leakSearch([r.redact(text)], secrets)).toEqual([]);
  });
});

describe('messages about values from SOPS files and secret fields', () => {
  it('a SOPS-encrypted registry auth written as a string: the type error shows none of it', async () => {
    const dir = scratchRepo();
    await sopsPatch(dir, 'clusters/staging/patches/registry.sops.yaml', {
      machine: { registries: { config: { 'ghcr.io': { auth: TOKEN } } } },
    });
    usePatch(dir, 'patches/registry.sops.yaml');
    for (const args of [
      ['validate', '--format', 'json'],
      ['render', '--out', 'out'],
      ['plan', '--base', 'HEAD'],
    ]) {
      const r = await cli(dir, args);
      expect(r.code, args[0]).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/expected a mapping, got a secret value \(not shown\)/);
      expect(r.stdout + r.stderr).toContain('clusters/staging/patches/registry.sops.yaml');
      expect(leakSearch([r.stdout, r.stderr], [TOKEN])).toEqual([]);
      expect(r.stdout + r.stderr).not.toContain('ghp_');
    }
  });

  it('a value at a secret field in a plain patch is never quoted either', async () => {
    const dir = scratchRepo();
    // a control character makes it no URL (written as a YAML escape)
    const url = `https://siderolink.example:8099/?jointoken=${TOKEN}\\x01`;
    writeFileSync(
      path.join(dir, 'clusters/staging/patches/link.yaml'),
      `apiVersion: v1alpha1\nkind: SideroLinkConfig\napiUrl: "${url}"\n`,
    );
    usePatch(dir, 'patches/link.yaml');
    const r = await cli(dir, ['validate']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/a secret value \(not shown\) is not a valid URL/);
    expect(leakSearch([r.stdout, r.stderr], [TOKEN])).toEqual([]);
  });

  it('a Talos rule judging a value a SOPS file set names the field, not the value', async () => {
    const dir = scratchRepo();
    const image = 'registry.internal/secret-installer-name-q7w8e9:not a tag';
    await sopsPatch(dir, 'clusters/staging/patches/install.sops.yaml', { machine: { install: { image } } });
    usePatch(dir, 'patches/install.sops.yaml');
    const r = await cli(dir, ['validate', '--format', 'json']);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ file?: string; message: string }> })
      .findings;
    const mine = findings.filter((f) => f.file === 'clusters/staging/patches/install.sops.yaml');
    expect(mine.length).toBeGreaterThan(0);
    expect(leakSearch([r.stdout, r.stderr], [image])).toEqual([]);
    expect(r.stdout).not.toContain('q7w8e9');
  });

  it('the age key file named as a patch shows no key material: the CLI registers its identities', async () => {
    const dir = scratchRepo();
    usePatch(dir, '../demo-age-key.txt');
    for (const args of [
      ['validate'],
      ['render', '--out', 'out'],
      ['plan', '--base', 'HEAD', '--format', 'markdown'],
    ]) {
      const r = await cli(dir, args);
      expect(r.code, args[0]).toBe(1);
      expect(r.stdout + r.stderr).toContain('clusters/demo-age-key.txt');
      expect(leakSearch([r.stdout, r.stderr], [AGE_KEY_LINE])).toEqual([]);
    }
    // the same with the key given through SOPS_AGE_KEY instead of a file
    const r = await cli(dir, ['validate'], { SOPS_AGE_KEY: AGE_KEY_LINE });
    expect(leakSearch([r.stdout, r.stderr], [AGE_KEY_LINE])).toEqual([]);
  });
});

describe('policies see secret fields only as set', () => {
  /** The oracle: rule p/c fires when character p of cluster.secret is not in class c (7 bit classes). */
  function oracle(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
    const rules: string[] = ['rules:'];
    for (let p = 0; p < 44; p++) {
      for (let bit = 0; bit < 7; bit++) {
        const cls = [...alphabet]
          .filter((_, i) => (i >> bit) & 1)
          .join('')
          .replace(/[/+=]/g, '\\$&');
        rules.push(
          `  - id: oracle/p${p}-b${bit}`,
          '    severity: notice',
          `    description: bit ${bit} of character ${p}`,
          '    scope: { roles: [controlplane] }',
          '    target: { kind: v1alpha1, path: cluster.secret }',
          `    condition: { notMatches: '^.{${p}}[${cls}]' }`,
        );
      }
    }
    return `${rules.join('\n')}\n`;
  }

  it('308 notMatches rules on cluster.secret fire the same way for every secret, with a passing run', async () => {
    const dir = scratchRepo();
    mkdirSync(path.join(dir, 'policies'));
    writeFileSync(path.join(dir, 'policies/oracle.yaml'), oracle());
    const r = await cli(dir, ['validate', '--format', 'json']);
    expect(r.stderr).toBe('');
    const findings = (
      JSON.parse(r.stdout) as { findings: Array<{ rule: string; node?: string; message: string }> }
    ).findings;
    const fired = (node: string) =>
      findings
        .filter((f) => f.rule.startsWith('oracle/') && f.node === node)
        .map((f) => f.rule)
        .sort();
    // Two clusters, two different secrets: exactly the same rules fire on both, and on every node.
    const staging = fired('stg-cp-1');
    expect(staging).toEqual(fired('prod-cp-1'));
    expect(staging).toEqual(fired('prod-cp-3'));
    // What fired is what the placeholder alone decides: the rules learn that the field is set.
    expect(findings.filter((f) => f.rule === 'policy/invalid')).toEqual([]);
    expect(staging.length).toBe(countMatchesOfPlaceholder());
    expect(staging.length).toBeGreaterThan(0);
    const secrets = await exampleSecrets(dir);
    expect(leakSearch([r.stdout], secrets)).toEqual([]);
  });

  it('a schema or equals condition cannot observe the value either', async () => {
    const dir = scratchRepo();
    const secrets = await exampleSecrets(dir);
    mkdirSync(path.join(dir, 'policies'));
    writeFileSync(
      path.join(dir, 'policies/probe.yaml'),
      [
        'rules:',
        '  - id: probe/len',
        '    severity: notice',
        '    description: length probe',
        '    target: { kind: v1alpha1, path: cluster.secret }',
        '    condition: { schema: { type: string, minLength: 40 } }',
        '  - id: probe/eq',
        '    severity: notice',
        '    description: equality probe',
        '    target: { kind: v1alpha1, path: cluster.secret }',
        `    condition: { notEquals: ${JSON.stringify(secrets[0])} }`,
        '',
      ].join('\n'),
    );
    const r = await cli(dir, ['validate', '--format', 'json']);
    const rules = (JSON.parse(r.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule);
    // minLength 40 fails on the placeholder for every node; notEquals holds for every node
    expect(rules.filter((x) => x === 'probe/len')).toHaveLength(10);
    expect(rules).not.toContain('probe/eq');
  });
});

/** How many of the 308 patterns the placeholder itself matches (those rules fire). */
function countMatchesOfPlaceholder(): number {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
  const placeholder = '(secret)';
  let n = 0;
  for (let p = 0; p < 44; p++)
    for (let bit = 0; bit < 7; bit++) {
      const ch = placeholder[p];
      if (ch !== undefined && [...alphabet].filter((_, i) => (i >> bit) & 1).includes(ch)) n++;
    }
  return n;
}
