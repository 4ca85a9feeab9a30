/**
 * `talos-gitops validate --config FILE`: one machine config checked the way `talosctl validate --config
 * FILE --mode M [--strict]` checks it (or, with --on-machine, as the node checks it on apply), with Talos
 * versions newer than the model accepted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { parseClusterFile } from '../src/repo/cluster-file.js';
import { validateFleet } from '../src/validate/index.js';
import { cluster, fleet, generatedText, node, nodeDocs, patch } from './fixtures/validate/helpers.js';
import { captureIo } from './helpers/io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'validate-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function validate(...args: string[]) {
  const io = captureIo(dir, {});
  const code = await runCli(['validate', ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}

const WORKER_NO_INSTALL = `version: v1alpha1
machine:
  type: worker
  ca:
    crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==
cluster:
  controlPlane:
    endpoint: https://10.0.0.1:6443
`;

describe('validate --config', () => {
  it("accepts Talos's own generated config and reports a broken one at its line", async () => {
    const good = file('cp.yaml', generatedText('1.13', 'controlplane'));
    expect(await validate('--config', good, '--talos-version', 'v1.13.9')).toMatchObject({ code: 0 });
    const bad = file(
      'link.yaml',
      'apiVersion: v1alpha1\nkind: LinkConfig\nname: eth0\naddresses:\n  - address: 0.0.0.0/0\n',
    );
    const r = await validate('--config', bad, '--talos-version', 'v1.13.9', '--format', 'json');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out).findings;
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'talos/link-config',
        severity: 'error',
        message: 'LinkConfig/eth0: address 0 must be a valid IP address',
        file: bad,
        line: 5,
      }),
    ]);
  });

  it('checks by the mode: metal needs install instructions, cloud does not', async () => {
    const f = file('worker.yaml', WORKER_NO_INSTALL);
    const metal = await validate('--config', f, '--talos-version', 'v1.12.11');
    expect(metal.code).toBe(1);
    expect(metal.out).toContain('install instructions are required in "metal" mode');
    expect(await validate('--config', f, '--talos-version', 'v1.12.11', '--mode', 'cloud')).toMatchObject({
      code: 0,
    });
    const container = await validate('--config', f, '--talos-version', 'v1.12.11', '--mode', 'container');
    expect(container.out).toContain('feature HostDNS should be enabled in container mode');
  });

  it("turns v1alpha1's warnings into errors with --strict", async () => {
    const f = file('join.yaml', WORKER_NO_INSTALL.replace('type: worker', 'type: join'));
    const loose = await validate('--config', f, '--mode', 'cloud');
    expect(loose.code).toBe(0);
    expect(loose.out).toContain('use "worker" instead of "join" for machine type');
    const strict = await validate('--config', f, '--mode', 'cloud', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('warning: use "worker" instead of "join" for machine type');
  });

  it('with --on-machine, checks what the node checks on apply: Kubernetes versions its Talos runs', async () => {
    const f = file(
      'old-kubelet.yaml',
      WORKER_NO_INSTALL.replace(
        'type: worker\n',
        'type: worker\n  kubelet:\n    image: ghcr.io/siderolabs/kubelet:v1.29.1\n',
      ),
    );
    // talosctl validate skips the check (Talos's local option)
    expect(await validate('--config', f, '--mode', 'cloud', '--talos-version', 'v1.13.9')).toMatchObject({
      code: 0,
    });
    const r = await validate(
      ...['--config', f, '--mode', 'cloud', '--talos-version', 'v1.13.9', '--on-machine', '--format', 'json'],
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings).toEqual([
      expect.objectContaining({
        rule: 'talos/kubernetes-version',
        severity: 'error',
        message:
          'kubelet image is not valid: version of Kubernetes 1.29.1 is too old to be used with Talos 1.13.9',
        file: f,
        line: 5,
      }),
    ]);
    // Talos 1.10 checks no Kubernetes version on the machine
    expect(
      await validate('--config', f, '--mode', 'cloud', '--talos-version', 'v1.10.7', '--on-machine'),
    ).toMatchObject({ code: 0 });
    expect((await validate('--on-machine')).err).toContain('--on-machine goes with --config FILE');
  });

  it('accepts a patch release newer than the model, and validates a newer minor under the newest contract', async () => {
    const f = file('w14.yaml', generatedText('1.14', 'worker'));
    expect(await validate('--config', f, '--talos-version', 'v1.14.3')).toMatchObject({ code: 0 });
    const newer = await validate('--config', f, '--talos-version', 'v1.15.0', '--format', 'json');
    expect(newer.code).toBe(0);
    const shown = JSON.parse(newer.out).findings.filter((x: { severity: string }) => x.severity !== 'notice');
    expect(shown).toEqual([
      expect.objectContaining({
        rule: 'talos/newer-version',
        severity: 'warning',
        message: expect.stringContaining(
          'Talos v1.15.0 is newer than the newest version this tool knows (1.14)',
        ),
      }),
    ]);
    const old = await validate('--config', f, '--talos-version', 'v1.9.0');
    expect(old.code).toBe(1);
    expect(old.err).toContain('unsupported Talos version v1.9.0');
  });

  it('refuses an unknown mode, and the lone-config flags without --config', async () => {
    const f = file('w.yaml', WORKER_NO_INSTALL);
    expect((await validate('--config', f, '--mode', 'vm')).err).toContain('unknown --mode vm');
    expect((await validate('--strict')).err).toContain('--strict goes with --config FILE');
  });
});

describe('cluster.yaml platform', () => {
  const noInstall = patch(`
    machine:
      install:
        $patch: delete
      features:
        hostDNS:
          forwardKubeDNSToHost: false`);

  it('validates the nodes in the mode it names (metal unless it says cloud or container)', () => {
    const docs = nodeDocs('1.12', 'worker', [noInstall]);
    const messages = (platform?: 'metal' | 'cloud' | 'container') =>
      validateFleet(fleet(cluster('c1', [node('w1', 'worker', docs)], { contract: '1.12', platform })))
        .findings.filter((f) => f.rule.startsWith('talos/'))
        .map((f) => f.message);
    expect(messages()).toContain('install instructions are required in "metal" mode');
    expect(messages('metal')).toContain('install instructions are required in "metal" mode');
    expect(messages('cloud')).toEqual([]);
    expect(messages('container')).toEqual([
      'feature HostDNS should forward kube-dns to host in container mode (.machine.features.hostDNS.forwardKubeDNSToHost)',
    ]);
  });

  it('is read from cluster.yaml and checked against its schema', () => {
    const text = (platform: string) =>
      `talosVersion: v1.13.9\nplatform: ${platform}\nendpoint: https://10.0.0.1:6443\nnodes:\n  - name: cp-1\n    address: 10.0.0.10\n    role: controlplane\n`;
    expect(parseClusterFile(text('cloud'), 'clusters/a/cluster.yaml', 'clusters/a').platform).toBe('cloud');
    const noPlatform = text('metal').replace('platform: metal\n', '');
    expect(parseClusterFile(noPlatform, 'clusters/a/cluster.yaml', 'clusters/a').platform).toBe('metal');
    expect(() => parseClusterFile(text('vm'), 'clusters/a/cluster.yaml', 'clusters/a')).toThrow(
      expect.objectContaining({
        line: 2,
        message: expect.stringContaining('must be one of "metal", "cloud", "container"'),
      }),
    );
  });
});
