/**
 * Rendering cluster folders: base (generated from the encrypted bundle) → cluster → role → node patches,
 * errors that name the file and line, and nothing half-rendered.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { describeError } from '../src/errors.js';
import { renderFleet } from '../src/render/render.js';
import { workTreeFiles } from '../src/repo/files.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { captureIo } from './helpers/io.js';
import { demoIdentities, edit, exampleRepo, PROJECT } from './helpers/repo.js';

async function render(root: string, opts: { allowMissingSecrets?: boolean; identities?: boolean } = {}) {
  return renderFleet({
    files: workTreeFiles(root),
    identities: opts.identities === false ? [] : await demoIdentities(),
    registry: new SecretRegistry(),
    allowMissingSecrets: opts.allowMissingSecrets,
  });
}

describe('the example fleet', () => {
  it('renders every node of both clusters', async () => {
    const { fleet, errors } = await render(PROJECT);
    expect(errors).toEqual([]);
    expect(fleet.clusters.map((c) => [c.name, c.stage, c.nodes.length])).toEqual([
      ['production', 'production', 7],
      ['staging', 'staging', 3],
    ]);
    const cp = fleet.clusters[0]!.nodes[0]!;
    expect(cp.text).toContain('kind: Layer2VIPConfig');
    expect(cp.text).toContain('hostname: prod-cp-1');
  });

  it('gives workers no control-plane secrets', async () => {
    const { fleet } = await render(PROJECT);
    const worker = fleet.clusters[0]!.nodes.find((n) => n.role === 'worker')!;
    expect(worker.text).not.toContain('secretboxEncryptionSecret');
    expect(worker.text).not.toContain('aggregatorCA');
    expect(worker.text).toMatch(/ca:\n {8}crt: \S+\n {8}key: ""/);
  });
});

describe('layering: base → cluster → role → node', () => {
  it('lets the more specific layer win and records where each value came from', async () => {
    const dir = exampleRepo();
    edit(
      dir,
      'clusters/staging/patches/cluster.yaml',
      (t) => `${t}  apiServer:\n    extraArgs:\n      v: cluster\n`,
    );
    writeFileSync(
      path.join(dir, 'clusters/staging/patches/cp.yaml'),
      'cluster:\n  apiServer:\n    extraArgs:\n      v: role\n',
    );
    edit(dir, 'clusters/staging/cluster.yaml', (t) =>
      t
        .replace(
          '    - ../shared/patches/etcd.yaml\n',
          '    - ../shared/patches/etcd.yaml\n    - patches/cp.yaml\n',
        )
        .replace(
          'patches: [patches/nodes/stg-cp-1.yaml]',
          'patches: [patches/nodes/stg-cp-1.yaml, {cluster: {apiServer: {extraArgs: {v: node}}}}]',
        ),
    );
    const { fleet, errors } = await render(dir);
    expect(errors).toEqual([]);
    const cp = fleet.clusters.find((c) => c.name === 'staging')!.nodes[0]!;
    expect(cp.text).toContain('v: node');
    const worker = fleet.clusters.find((c) => c.name === 'staging')!.nodes[1]!;
    expect(worker.text).toContain('v: cluster');
    expect(worker.text).not.toContain('v: role');
    // the order of the layers as applied
    expect(cp.patches.map((p) => p.file)).toEqual([
      'clusters/shared/patches/time-and-dns.yaml',
      'clusters/shared/patches/kubelet.yaml',
      'clusters/shared/patches/sysctls.yaml',
      'clusters/staging/patches/cluster.yaml',
      'clusters/shared/patches/etcd.yaml',
      'clusters/staging/patches/cp.yaml',
      'clusters/staging/patches/nodes/stg-cp-1.yaml',
      'clusters/staging/cluster.yaml',
    ]);
  });
});

describe('errors name the file, line and field, and nothing is used', () => {
  const failure = async (mutate: (dir: string) => void, opts: { identities?: boolean } = {}) => {
    const dir = exampleRepo();
    mutate(dir);
    const { errors } = await render(dir, opts);
    expect(errors.length).toBeGreaterThan(0);
    return errors.map((e) => describeError(e.error)).join('\n');
  };

  it('a missing secrets file is an error (secrets are never regenerated)', async () => {
    const msg = await failure((d) => rmSync(path.join(d, 'clusters/staging/secrets.sops.yaml')));
    expect(msg).toContain('clusters/staging/cluster.yaml:8');
    expect(msg).toContain('secrets bundle clusters/staging/secrets.sops.yaml not found');
  });

  it('a bundle nobody here can decrypt is an error naming the file, without key material', async () => {
    const msg = await failure(() => {}, { identities: false });
    expect(msg).toContain('secrets.sops.yaml');
    expect(msg).toMatch(/SOPS_AGE_KEY|age-key/);
    expect(msg).not.toContain('AGE-SECRET-KEY');
  });

  it('a tampered bundle is refused', async () => {
    const msg = await failure((d) =>
      edit(d, 'clusters/staging/secrets.sops.yaml', (t) =>
        t.replace(/(lastmodified: ")(\d)/, (_m, a, b) => `${a}${b === '1' ? '2' : '1'}`),
      ),
    );
    expect(msg).toMatch(/MAC|tampered|modified/i);
  });

  it('an unknown field in a patch names the patch file and line', async () => {
    const msg = await failure((d) =>
      edit(d, 'clusters/staging/patches/worker.yaml', (t) => `${t}  kubelte: {}\n`),
    );
    expect(msg).toContain('clusters/staging/patches/worker.yaml:4');
    expect(msg).toContain('did you mean "kubelet"');
  });

  it('a missing patch file names the cluster.yaml line that refers to it', async () => {
    const msg = await failure((d) => rmSync(path.join(d, 'clusters/staging/patches/worker.yaml')));
    expect(msg).toContain('clusters/staging/cluster.yaml:25');
    expect(msg).toContain('patch clusters/staging/patches/worker.yaml not found');
  });

  it('a cluster.yaml schema error names the line and field', async () => {
    const msg = await failure((d) =>
      edit(d, 'clusters/staging/cluster.yaml', (t) => t.replace('role: worker', 'role: wroker')),
    );
    expect(msg).toMatch(
      /clusters\/staging\/cluster\.yaml:\d+: nodes\[1\]\.role: must be one of "controlplane", "worker"/,
    );
  });

  it('a delete of a missing path names the patch', async () => {
    const msg = await failure((d) =>
      edit(
        d,
        'clusters/staging/patches/worker.yaml',
        (t) => `${t}  registries:\n    mirrors:\n      docker.io:\n        $patch: delete\n`,
      ),
    );
    expect(msg).toContain("failed to delete path 'machine.registries.mirrors.docker.io'");
    expect(msg).toContain('clusters/staging/patches/worker.yaml');
  });

  it('`render` writes nothing when any cluster fails', async () => {
    const dir = exampleRepo();
    edit(dir, 'clusters/staging/patches/worker.yaml', (t) => `${t}  kubelte: {}\n`);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'out-')), 'rendered');
    const io = captureIo(PROJECT);
    expect(await runCli(['render', '--repo', dir, '--out', out], io)).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(io.stderr).toContain('nothing was written');
  });
});

describe('without secrets (pull requests from forks)', () => {
  it('renders with placeholders and says what it could not see', async () => {
    const { fleet, errors } = await render(PROJECT, { identities: false, allowMissingSecrets: true });
    expect(errors).toEqual([]);
    expect(fleet.clusters[0]!.hidden[0]).toContain('clusters/production/secrets.sops.yaml');
    expect(fleet.clusters[0]!.nodes[0]!.text).toContain('hostname: prod-cp-1');
  });
});

describe('the render command', () => {
  it('writes one file per node with mode 0600 and prints no secret', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'out-')), 'rendered');
    const io = captureIo(PROJECT);
    expect(await runCli(['render', '--out', out], io)).toBe(0);
    expect(existsSync(path.join(out, 'production/prod-cp-1.yaml'))).toBe(true);
    expect(io.stdout).toContain('wrote 10 machine configs');
    writeFileSync(path.join(out, 'marker'), '');
  });
});
