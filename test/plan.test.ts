/**
 * Planning a change: the base ref and the work tree rendered and compared per node; impacts; redacted
 * diffs; a changed secret shown as changed without its value; nothing secret in any output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runCli } from '../src/cli/main.js';
import { planRepo } from '../src/plan/plan.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { decryptSopsFile } from '../src/secrets/sops.js';
import { encryptSopsYaml } from '../src/secrets/sops-encrypt.js';
import { captureIo } from './helpers/io.js';
import { demoIdentities, edit, exampleRepo, exampleSecrets, git, leaks } from './helpers/repo.js';

async function plan(dir: string) {
  return (
    await planRepo({
      root: dir,
      baseRef: 'main',
      identities: await demoIdentities(),
      registry: new SecretRegistry(),
    })
  ).plan;
}

describe('plan', () => {
  it('reports no change for an unchanged repository', async () => {
    const dir = exampleRepo();
    const p = await plan(dir);
    expect(p.hasChanges).toBe(false);
    expect(p.clusters.flatMap((c) => c.nodes.map((n) => n.status))).toEqual(new Array(10).fill('unchanged'));
  });

  it('decides what changed by rendering: a shared patch changes every node that uses it', async () => {
    const dir = exampleRepo();
    edit(dir, 'clusters/shared/patches/etcd.yaml', (t) => t.replace('8589934592', '4294967296'));
    const p = await plan(dir);
    const changed = p.clusters.flatMap((c) =>
      c.nodes.filter((n) => n.status === 'changed').map((n) => n.name),
    );
    expect(changed).toEqual(['prod-cp-1', 'prod-cp-2', 'prod-cp-3', 'stg-cp-1']);
    const cp = p.clusters[0]!.nodes[0]!;
    expect(cp.diff).toContain('-            quota-backend-bytes: "8589934592"');
    expect(cp.diff).toContain('+            quota-backend-bytes: "4294967296"');
    expect(cp.impacts).toEqual(['live']);
  });

  it('predicts a reboot for fields Talos cannot apply live (≤1.13) and an upgrade for a new installer', async () => {
    const dir = exampleRepo();
    edit(dir, 'clusters/shared/patches/installer.yaml', (t) =>
      t.replace('wipe: false', 'wipe: false\n  env:\n    HTTP_PROXY: http://proxy:3128'),
    );
    edit(dir, 'clusters/production/cluster.yaml', (t) =>
      t.replace('talosVersion: v1.13.9', 'talosVersion: v1.13.8'),
    );
    const p = await plan(dir);
    const node = p.clusters[0]!.nodes[0]!;
    expect(node.impacts).toEqual(['talos-upgrade', 'reboot']);
    expect(node.reasons).toContain('machine.env');
  });

  it('shows added and removed nodes', async () => {
    const dir = exampleRepo();
    edit(dir, 'clusters/staging/cluster.yaml', (t) =>
      t.replace('  - name: stg-w-2\n    address: 10.0.0.22', '  - name: stg-w-3\n    address: 10.0.0.23'),
    );
    const p = await plan(dir);
    const staging = p.clusters.find((c) => c.name === 'staging')!;
    expect(staging.nodes.map((n) => [n.name, n.status])).toEqual([
      ['stg-cp-1', 'unchanged'],
      ['stg-w-1', 'unchanged'],
      ['stg-w-3', 'added'],
      ['stg-w-2', 'removed'],
    ]);
  });

  it('plans against a base that did not render: every node is new, and the plan says why', async () => {
    const dir = exampleRepo();
    edit(dir, 'clusters/staging/cluster.yaml', (t) => t.replace('role: worker', 'role: wroker'));
    git(dir, 'commit', '-qam', 'broken');
    edit(dir, 'clusters/staging/cluster.yaml', (t) => t.replace('role: wroker', 'role: worker'));
    const staging = (await plan(dir)).clusters.find((c) => c.name === 'staging')!;
    expect(staging.nodes.map((n) => n.status)).toEqual(['added', 'added', 'added']);
    expect(staging.hidden[0]).toMatch(/the base did not render .*: every node shows as added/);
  });

  it('shows a changed secret as changed, never its value or anything derived from it', async () => {
    const dir = exampleRepo();
    const file = path.join(dir, 'clusters/staging/secrets.sops.yaml');
    const ids = await demoIdentities();
    const bundle = (await decryptSopsFile(readFileSync(file, 'utf8'), file, ids)).values[0] as {
      secrets: { bootstraptoken: string };
    };
    const oldToken = bundle.secrets.bootstraptoken;
    bundle.secrets.bootstraptoken = 'abcdef.0123456789abcdef';
    writeFileSync(file, await encryptSopsYaml(YAML.stringify(bundle), { recipients: [ids[0]!.recipient] }));
    const p = await plan(dir);
    const cp = p.clusters.find((c) => c.name === 'staging')!.nodes[0]!;
    expect(cp.status).toBe('changed');
    expect(cp.changedSecrets).toEqual(['v1alpha1:cluster.token']);
    expect(cp.diff).toContain('-    token: (secret)');
    expect(cp.diff).toContain('+    token: (secret, changed)');
    expect(cp.diff).not.toContain(oldToken);
    expect(cp.diff).not.toContain('abcdef.0123456789abcdef');
  });

  it('prints no secret in any format of the plan and validate commands, nor in render output', async () => {
    const dir = exampleRepo();
    edit(dir, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 150', 'maxPods: 200'));
    const secrets = await exampleSecrets(dir);
    expect(secrets.length).toBeGreaterThan(20);
    for (const format of ['text', 'json', 'markdown']) {
      const io = captureIo(dir);
      expect(await runCli(['plan', '--base', 'main', '--format', format], io)).toBe(2);
      expect(leaks(io.stdout + io.stderr, secrets)).toEqual([]);
    }
    const io = captureIo(dir);
    await runCli(['render', '--out', path.join(dir, 'out')], io);
    expect(leaks(io.stdout + io.stderr, secrets)).toEqual([]);
    for (const format of ['text', 'json', 'sarif']) {
      const v = captureIo(dir);
      expect(await runCli(['validate', '--format', format], v)).toBe(0);
      expect(leaks(v.stdout + v.stderr, secrets)).toEqual([]);
    }
  });
});
