import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTalosOsCa, issueClientCertificate } from '../../src/pki/ca.js';
import {
  defaultTalosconfigPath,
  makeContext,
  normalizeEndpoint,
  parseTalosconfig,
  readTalosconfig,
  resolveContext,
  stringifyTalosconfig,
  TalosconfigError,
  writeTalosconfig,
} from '../../src/talos/talosconfig.js';

const ca = createTalosOsCa();
const admin = issueClientCertificate(ca, ['os:admin']);
const b64 = (s: string) => Buffer.from(s).toString('base64');

function sample(extra = ''): string {
  return `context: prod
contexts:
  prod:
    endpoints:
      - 10.0.1.10
      - cp.example.com:50001
      - "[fd00::1]:50000"
    nodes:
      - 10.0.1.10
    ca: ${b64(ca.crt)}
    crt: ${b64(admin.crt)}
    key: ${b64(admin.key)}
${extra}`;
}

function errorOf(fn: () => unknown): TalosconfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(TalosconfigError);
    return err as TalosconfigError;
  }
  throw new Error('expected an error');
}

describe('talosconfig', () => {
  it('parses, picks the current context and decodes the PEMs', () => {
    const ctx = resolveContext(parseTalosconfig(sample(), '/home/u/.talos/config'));
    expect(ctx.name).toBe('prod');
    expect(ctx.endpoints).toEqual(['10.0.1.10:50000', 'cp.example.com:50001', '[fd00::1]:50000']);
    expect(ctx.nodes).toEqual(['10.0.1.10']);
    expect(ctx.caPem).toBe(ca.crt);
    expect(ctx.keyPem).toContain('BEGIN ED25519 PRIVATE KEY');
    expect(ctx.file).toBe('/home/u/.talos/config');
  });

  it('normalizes endpoints with the default port 50000', () => {
    expect(normalizeEndpoint('10.0.0.1')).toBe('10.0.0.1:50000');
    expect(normalizeEndpoint('10.0.0.1:6000')).toBe('10.0.0.1:6000');
    expect(normalizeEndpoint('::1')).toBe('[::1]:50000');
    expect(normalizeEndpoint('[::1]:1234')).toBe('[::1]:1234');
    expect(normalizeEndpoint('talos.lan')).toBe('talos.lan:50000');
    expect(() => normalizeEndpoint('https://x:1')).toThrow();
  });

  it('selects a context by name, or the only one, and lists the choices when it cannot', () => {
    const cfg = parseTalosconfig(sample().replace('context: prod', 'context: ""'));
    expect(resolveContext(cfg).name).toBe('prod');
    const two = parseTalosconfig(
      `${sample().replace('context: prod', 'context: ""')}  staging:\n    endpoints: [1.2.3.4]\n`,
      'cfg.yaml',
    );
    const e = errorOf(() => resolveContext(two, undefined, 'cfg.yaml'));
    expect(e.describe()).toBe('cfg.yaml: context: no current context set; choose one of: prod, staging');
    const missing = errorOf(() => resolveContext(two, 'dev', 'cfg.yaml'));
    expect(missing.message).toBe('context "dev" is not defined; available: prod, staging');
  });

  it('names the file and the missing field, never the secret', () => {
    const noKey = parseTalosconfig(sample().replace(/ {4}key: .*\n/, ''), 'tc');
    const e = errorOf(() => resolveContext(noKey, undefined, 'tc'));
    expect(e.file).toBe('tc');
    expect(e.field).toBe('contexts.prod.key');
    expect(e.message).toContain('has no key (client private key)');

    const badKey = parseTalosconfig(sample().replace(/key: .*/, `key: ${b64('hello')}`), 'tc');
    const e2 = errorOf(() => resolveContext(badKey, undefined, 'tc'));
    expect(e2.field).toBe('contexts.prod.key');
    expect(e2.message).not.toContain(b64('hello'));

    const noEndpoints = parseTalosconfig(sample().replace(/ {4}endpoints:\n( +- .*\n)+/, ''), 'tc');
    expect(errorOf(() => resolveContext(noEndpoints, undefined, 'tc')).field).toBe('contexts.prod.endpoints');

    const bad = errorOf(() => parseTalosconfig('context: x\ncontexts: [1]\n', 'tc'));
    expect(bad.field).toBe('contexts');
    const yamlErr = errorOf(() => parseTalosconfig('context: x\n  bad: [\n', 'tc'));
    expect(yamlErr.message).toMatch(/not valid YAML/);
    expect(yamlErr.line).toBeGreaterThan(0);
    const nodesErr = errorOf(() =>
      parseTalosconfig(sample().replace('nodes:\n      - 10.0.1.10', 'nodes: 5'), 'tc'),
    );
    expect(nodesErr.field).toBe('contexts.prod.nodes');
  });

  it('accepts the legacy target field as an endpoint', () => {
    const cfg = parseTalosconfig(
      sample()
        .replace(/ {4}endpoints:\n( +- .*\n)+/, '')
        .replace('    nodes:', '    target: 10.9.9.9\n    nodes:'),
    );
    expect(resolveContext(cfg).endpoints).toEqual(['10.9.9.9:50000']);
  });

  it('round-trips through a 0600 file, keeping unknown keys', async () => {
    const cfg = parseTalosconfig(sample('    cluster: demo\n'));
    cfg.contexts.other = makeContext({
      endpoints: ['1.1.1.1'],
      caPem: ca.crt,
      crtPem: admin.crt,
      keyPem: admin.key,
    });
    const path = join(mkdtempSync(join(tmpdir(), 'tc-')), 'config');
    await writeTalosconfig(path, cfg);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const back = await readTalosconfig(path);
    expect(back).toEqual(cfg);
    expect(back.contexts.prod!.cluster).toBe('demo');
    expect(stringifyTalosconfig(back)).not.toMatch(/\n\s+[A-Za-z0-9+/=]{10,}\n/); // no folded base64
    await expect(readTalosconfig(`${path}.missing`)).rejects.toThrow(/talosconfig file not found/);
  });

  it('finds the file like talosctl', () => {
    expect(defaultTalosconfigPath({ TALOSCONFIG: '/x/y' })).toBe('/x/y');
    expect(defaultTalosconfigPath({})).toMatch(/\.talos\/config$/);
  });
});
