/**
 * Versions from the typed documents, as a user sees them in the plan and in validation: the Kubernetes
 * version from the kubelet image (a mirror and a digest included), the upgrade image from the installer
 * field the config uses (keeping its repository and schematic), a finding when the installer's tag and
 * talosVersion disagree, and Talos releases newer than the model accepted rather than refused.
 */
import { describe, expect, it } from 'vitest';
import { kubernetesVersionOf } from '../src/kinds/images.js';
import { planRepo } from '../src/plan/plan.js';
import { renderFleet } from '../src/render/render.js';
import { workTreeFiles } from '../src/repo/files.js';
import { upgradeImageFor } from '../src/rollout/plan.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { validateFleet } from '../src/validate/index.js';
import { cluster, fleet, node, nodeDocs, patch } from './fixtures/validate/helpers.js';
import { demoIdentities, edit, exampleRepo, git } from './helpers/repo.js';

const MIRROR = 'registry.example.com:5000/mirror/siderolabs/kubelet';
const DIGEST = `sha256:${'a'.repeat(64)}`;

async function render(dir: string) {
  const registry = new SecretRegistry();
  return renderFleet({ files: workTreeFiles(dir), identities: await demoIdentities(), registry });
}

describe('the Kubernetes version', () => {
  it('is the kubelet image tag, whatever registry it comes from', () => {
    const docs = nodeDocs('1.13', 'worker', [
      patch(`machine:\n  kubelet:\n    image: ${MIRROR}:v1.34.2@${DIGEST}`),
    ]);
    expect(kubernetesVersionOf(docs)).toBe('v1.34.2');
    const v14 = nodeDocs('1.14', 'worker', [
      patch(`apiVersion: v1alpha1\nkind: KubeletConfig\nimage: ${MIRROR}:v1.37.1`),
    ]);
    expect(kubernetesVersionOf(v14)).toBe('v1.37.1');
  });

  it('changing a mirrored kubelet image is a Kubernetes upgrade in the plan', async () => {
    const dir = exampleRepo();
    const kubelet = 'clusters/shared/patches/kubelet.yaml';
    edit(dir, kubelet, (t) =>
      t.replace('  kubelet:\n', `  kubelet:\n    image: ${MIRROR}:v1.35.4@${DIGEST}\n`),
    );
    git(dir, 'commit', '-qam', 'kubelet from a mirror');
    edit(dir, kubelet, (t) => t.replace('v1.35.4@', 'v1.35.5@'));
    const { plan } = await planRepo({
      root: dir,
      baseRef: 'main',
      identities: await demoIdentities(),
      registry: new SecretRegistry(),
    });
    const staging = plan.clusters.find((c) => c.name === 'staging')!;
    const worker = staging.nodes.find((n) => n.role === 'worker')!;
    expect(worker.impacts).toContain('kubernetes-upgrade');
    expect(worker.reasons).toContain('kubernetesVersion v1.35.4 → v1.35.5');
  });
});

describe('the installer image', () => {
  it("an upgrade keeps the installer's repository and schematic, from the field the config uses", async () => {
    const schematic =
      'factory.talos.dev/metal-installer/376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba';
    const v13 = nodeDocs('1.13', 'worker', [patch(`machine:\n  install:\n    image: ${schematic}:v1.13.9`)]);
    expect(upgradeImageFor({ docs: v13 } as never, 'v1.13.10')).toBe(`${schematic}:v1.13.10`);
    const v14 = nodeDocs('1.14', 'worker', [
      patch(
        `apiVersion: v1alpha1\nkind: UnattendedInstallConfig\ninstaller:\n  image: ${schematic}:v1.14.0-rc.1`,
      ),
    ]);
    expect(upgradeImageFor({ docs: v14 } as never, 'v1.14.1')).toBe(`${schematic}:v1.14.1`);
  });

  it("is a finding at the patch line when its tag is not the cluster's talosVersion", () => {
    const file = 'clusters/c1/patches/installer.yaml';
    const docs = nodeDocs('1.13', 'worker', [
      patch('machine:\n  install:\n    image: ghcr.io/siderolabs/installer:v1.12.9', file),
    ]);
    const findings = validateFleet(fleet(cluster('c1', [node('w1', 'worker', docs)]))).findings;
    expect(findings.filter((f) => f.rule === 'fleet/installer-version')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file,
        line: 3,
        message:
          "the installer image ghcr.io/siderolabs/installer:v1.12.9 installs Talos v1.12.9, but cluster.yaml's talosVersion is v1.13.9",
      }),
    ]);
    const same = nodeDocs('1.13', 'worker', [
      patch('machine:\n  install:\n    image: ghcr.io/siderolabs/installer:v1.13.9', file),
    ]);
    const ok = validateFleet(fleet(cluster('c1', [node('w1', 'worker', same)]))).findings;
    expect(ok.filter((f) => f.rule === 'fleet/installer-version')).toEqual([]);
  });
});

describe('Talos releases newer than the model', () => {
  it('a newer patch release is accepted under its minor; a newer minor is rendered under the newest contract, with a warning', async () => {
    const dir = exampleRepo();
    edit(dir, 'clusters/staging/cluster.yaml', (t) =>
      t.replace('talosVersion: v1.12.11', 'talosVersion: v1.12.15'),
    );
    edit(dir, 'clusters/production/cluster.yaml', (t) =>
      t.replace('talosVersion: v1.13.9', 'talosVersion: v1.15.0'),
    );
    const { fleet, errors } = await render(dir);
    expect(errors).toEqual([]);
    const prod = fleet.clusters.find((c) => c.name === 'production')!;
    expect(prod.contract).toBe('1.14');
    const result = validateFleet(fleet, { renderFailures: errors });
    const newer = result.findings.filter((f) => f.rule === 'talos/newer-version');
    expect(newer).toEqual([
      expect.objectContaining({
        severity: 'warning',
        cluster: 'production',
        file: 'clusters/production/cluster.yaml',
        message: expect.stringContaining(
          'Talos v1.15.0 is newer than the newest version this tool knows (1.14)',
        ),
      }),
    ]);
    expect(result.findings.filter((f) => f.cluster === 'staging' && f.severity === 'error')).toEqual([]);
  });
});
