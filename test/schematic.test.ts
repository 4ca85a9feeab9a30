/**
 * Image Factory schematics in cluster.yaml: levels combined (cluster → role → node), the installer image
 * written into the field the config installs from, a contradicting patch refused, the plan naming the
 * extensions a node gains and loses, and the rollout installing a new schematic with an upgrade.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type OverlayFleet, renderOverlay, repoRoot, simulateOverlay } from '../bench/rollout-fleet.js';
import { planChange } from '../src/plan/plan.js';
import { formatPlanText, planJson } from '../src/plan/text.js';
import { installerImageOf } from '../src/render/installer-image.js';
import { renderFleet } from '../src/render/render.js';
import { overlayFiles, workTreeFiles } from '../src/repo/files.js';
import { runRollout } from '../src/rollout/index.js';
import { factoryInstallerImage, supportsUnifiedInstaller } from '../src/schematic/installer.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { demoIdentities } from './helpers/repo.js';

const PROD = 'clusters/production/cluster.yaml';
const STAGING = 'clusters/staging/cluster.yaml';
const readRepo = (file: string) => readFileSync(path.join(repoRoot(), file), 'utf8');
const ISCSI_UTIL_LINUX = '613e1592b2da41ae5e265e8789429f22e121aab91cb4deb6bc3c0b6262961245';
const QEMU_GUEST_AGENT = 'ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515';

async function render(overrides: Record<string, string | undefined> = {}) {
  return (
    await renderOverlay({ registry: new SecretRegistry(), identities: await demoIdentities(), overrides })
  ).fleet;
}

const node = (fleet: Awaited<ReturnType<typeof render>>, name: string) =>
  fleet.clusters.flatMap((c) => c.nodes).find((n) => n.name === name)!;

describe('the example fleet', () => {
  it('installs every production node from the published iscsi-tools + util-linux-tools schematic', async () => {
    const fleet = await render();
    const cp = node(fleet, 'prod-cp-1');
    expect(cp.schematic!.id).toBe(ISCSI_UTIL_LINUX);
    expect(installerImageOf(cp.docs)).toBe(`factory.talos.dev/metal-installer/${ISCSI_UTIL_LINUX}:v1.13.9`);
    expect(cp.text).toContain(`image: factory.talos.dev/metal-installer/${ISCSI_UTIL_LINUX}:v1.13.9`);
    // staging (Talos 1.12) runs as VMs with the guest agent, the schematic published for it
    expect(node(fleet, 'stg-w-1').schematic!.id).toBe(QEMU_GUEST_AGENT);
  });

  it('adds the GPU worker’s drivers to the cluster’s extensions, in level order', async () => {
    const gpu = node(await render(), 'prod-w-4').schematic!;
    expect(gpu.extensions).toEqual([
      'siderolabs/iscsi-tools',
      'siderolabs/util-linux-tools',
      'siderolabs/nonfree-kmod-nvidia-production',
      'siderolabs/nvidia-container-toolkit-production',
    ]);
    // the exact document the factory hashes (what `POST /schematics` would be sent)
    expect(gpu.yaml).toBe(`customization:
    systemExtensions:
        officialExtensions:
            - siderolabs/iscsi-tools
            - siderolabs/util-linux-tools
            - siderolabs/nonfree-kmod-nvidia-production
            - siderolabs/nvidia-container-toolkit-production
`);
    expect(gpu.sources.map((s) => s.line)).toHaveLength(2);
  });
});

describe('levels', () => {
  it('combines cluster, role and node: extensions and kernel args add up, the most specific choice wins', async () => {
    const text = readRepo(PROD)
      .replace(
        'worker:\n  patches:',
        [
          'worker:',
          '  schematic:',
          '    customization:',
          '      extraKernelArgs: [net.ifnames=0]',
          '      meta: [{ key: 10, value: worker }]',
          '    secureBoot: true',
          '  patches:',
        ].join('\n'),
      )
      .replace(
        '    patches: [patches/nodes/prod-w-1.yaml]',
        [
          '    patches: [patches/nodes/prod-w-1.yaml]',
          '    schematic:',
          '      customization:',
          '        extraKernelArgs: [net.ifnames=0, console=ttyS0]',
          '        meta: [{ key: 10, value: w-1 }, { key: 12, value: x }]',
          '        secureboot: { includeWellKnownCertificates: true }',
          '      platform: nocloud',
        ].join('\n'),
      );
    const fleet = await render({ [PROD]: text });
    const w1 = node(fleet, 'prod-w-1').schematic!;
    expect(w1.yaml).toBe(`customization:
    extraKernelArgs:
        - net.ifnames=0
        - console=ttyS0
    meta:
        - key: 10
          value: w-1
        - key: 12
          value: x
    systemExtensions:
        officialExtensions:
            - siderolabs/iscsi-tools
            - siderolabs/util-linux-tools
    secureboot:
        includeWellKnownCertificates: true
`);
    expect(w1.installerImage).toBe(`factory.talos.dev/nocloud-installer-secureboot/${w1.id}:v1.13.9`);
    const w2 = node(fleet, 'prod-w-2').schematic!;
    expect(w2.installerImage).toMatch(
      /^factory\.talos\.dev\/metal-installer-secureboot\/[0-9a-f]{64}:v1\.13\.9$/,
    );
    // control planes do not take the workers' level
    expect(node(fleet, 'prod-cp-1').schematic!.id).toBe(ISCSI_UTIL_LINUX);
  });

  it('the installer follows the factory’s forms: unified per-platform installers from Talos 1.10', () => {
    const id = ISCSI_UTIL_LINUX;
    expect(factoryInstallerImage({ schematicId: id, talosVersion: 'v1.13.9' })).toBe(
      `factory.talos.dev/metal-installer/${id}:v1.13.9`,
    );
    expect(
      factoryInstallerImage({
        schematicId: id,
        talosVersion: 'v1.9.5',
        secureBoot: true,
        factory: 'f.example:5000',
      }),
    ).toBe(`f.example:5000/installer-secureboot/${id}:v1.9.5`);
    expect(supportsUnifiedInstaller('v1.10.0')).toBe(true);
    expect(supportsUnifiedInstaller('v1.10.0-alpha.2')).toBe(false);
    expect(supportsUnifiedInstaller('v1.14.0-rc.1')).toBe(true);
  });

  it('writes the image into UnattendedInstallConfig on Talos 1.14', async () => {
    const text = readRepo(STAGING).replace('talosVersion: v1.12.11', 'talosVersion: v1.14.0');
    const files = overlayFiles(workTreeFiles(repoRoot()), { [STAGING]: text });
    const result = await renderFleet({
      files,
      identities: await demoIdentities(),
      registry: new SecretRegistry(),
      clusters: ['staging'],
    });
    expect(result.errors).toEqual([]);
    const n = result.fleet.clusters[0]!.nodes[0]!;
    const image = `factory.talos.dev/metal-installer/${QEMU_GUEST_AGENT}:v1.14.0`;
    expect(installerImageOf(n.docs)).toBe(image);
    expect(n.docs.find((d) => d.kind === 'UnattendedInstallConfig')).toBeDefined();
  });
});

describe('bad input', () => {
  it('refuses a patch that sets another installer image, naming both places', async () => {
    const fleet = overlayFiles(workTreeFiles(repoRoot()), {
      'clusters/shared/patches/installer.yaml':
        'machine:\n  install:\n    disk: /dev/nvme0n1\n    image: mirror.example.com/siderolabs/installer:v1.13.9\n',
    });
    const result = await renderFleet({
      files: fleet,
      identities: await demoIdentities(),
      registry: new SecretRegistry(),
      clusters: ['production'],
    });
    expect(result.fleet.clusters).toEqual([]);
    const err = result.errors[0]!.error;
    expect(err.file).toBe('clusters/shared/patches/installer.yaml');
    expect(err.line).toBe(4);
    expect(err.message).toContain(
      'the schematic (clusters/production/cluster.yaml:11) installs factory.talos.dev/',
    );
  });

  it('refuses fields the factory does not know, with the line', async () => {
    const text = readRepo(PROD).replace('  customization:\n', '  customisation:\n');
    const result = await renderFleet({
      files: overlayFiles(workTreeFiles(repoRoot()), { [PROD]: text }),
      identities: await demoIdentities(),
      registry: new SecretRegistry(),
      clusters: ['production'],
    });
    const err = result.errors[0]!.error;
    expect(err.describe()).toBe(
      'clusters/production/cluster.yaml:12: schematic.customisation: unknown field "customisation"',
    );
  });
});

describe('the plan', () => {
  it('shows a schematic change as a Talos upgrade and names the extensions gained and lost', async () => {
    const base = workTreeFiles(repoRoot());
    const head = overlayFiles(base, {
      [PROD]: readRepo(PROD).replace(
        '        - siderolabs/util-linux-tools\n',
        '        - siderolabs/drbd\n',
      ),
    });
    const registry = new SecretRegistry();
    const { plan } = await planChange({ base, head, identities: await demoIdentities(), registry });
    const cp = plan.clusters.find((c) => c.name === 'production')!.nodes.find((n) => n.name === 'prod-cp-1')!;
    expect(cp.status).toBe('changed');
    expect(cp.impacts).toContain('talos-upgrade');
    expect(cp.schematic).toMatchObject({
      previousId: ISCSI_UTIL_LINUX,
      gained: ['siderolabs/drbd'],
      lost: ['siderolabs/util-linux-tools'],
    });
    const reason = cp.reasons.find((r) => r.startsWith('schematic '))!;
    expect(reason).toBe(
      `schematic 613e1592… → ${cp.schematic!.id!.slice(0, 8)}…: gains siderolabs/drbd; loses siderolabs/util-linux-tools (installed by a Talos upgrade)`,
    );
    expect(formatPlanText(plan)).toContain('gains siderolabs/drbd');
    expect(JSON.stringify(planJson(plan))).toContain('"lost":["siderolabs/util-linux-tools"]');
  });
});

describe('the rollout', () => {
  let h: OverlayFleet | undefined;
  afterEach(async () => {
    await h?.sim.stop();
    h = undefined;
  });

  it('installs a new schematic with an upgrade at the same version, then applies the config', async () => {
    const change = {
      [STAGING]: readRepo(STAGING).replace(
        '        - siderolabs/qemu-guest-agent\n',
        '        - siderolabs/qemu-guest-agent\n        - siderolabs/iscsi-tools\n',
      ),
    };
    const registry = new SecretRegistry();
    const wanted = (await renderOverlay({ registry, identities: await demoIdentities(), overrides: change }))
      .fleet;
    const schematic = wanted.clusters.find((c) => c.name === 'staging')!.nodes[0]!.schematic!;
    // the new schematic exists at the (simulated) Image Factory, as it must before nodes can pull it
    h = await simulateOverlay({
      registry,
      clusters: ['staging'],
      rebootMs: 20,
      schematics: { [schematic.id]: schematic.extensions },
    });
    const desired = await h.render(change);
    const image = desired.clusters[0]!.nodes[0]!.schematic!.installerImage;
    expect(image).toMatch(/metal-installer\/[0-9a-f]{64}:v1\.12\.11$/);
    const report = await runRollout({
      fleet: desired,
      talosconfig: h.sim.talosconfig,
      kubernetes: { endpoints: h.sim.kubernetesEndpoints },
      registry: h.registry,
      timing: { pollInitialMs: 5, pollMaxMs: 25, callTimeoutMs: 3_000, healthTimeoutMs: 8_000 },
    });
    expect(report.status).toBe('succeeded');
    const nodes = report.stages[0]!.clusters[0]!.nodes;
    expect(nodes.map((n) => [n.name, n.action, n.status])).toEqual([
      ['stg-cp-1', 'upgrade+config', 'upgraded'],
      ['stg-w-1', 'upgrade+config', 'upgraded'],
      ['stg-w-2', 'upgrade+config', 'upgraded'],
    ]);
    for (const n of desired.clusters[0]!.nodes) {
      const own = h.sim.events.filter((e) => e.node === n.address);
      expect(own.find((e) => e.type === 'upgrade-start')!.detail).toBe(image);
      expect(h.sim.node(n.address).config).toBe(n.text);
      expect(h.sim.node(n.address).extensions).toEqual([
        'siderolabs/qemu-guest-agent',
        'siderolabs/iscsi-tools',
      ]);
    }
  });

  it('an upgrade to a schematic the factory does not serve fails before the node is touched', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), clusters: ['staging'], rebootMs: 20 });
    const desired = await h.render({
      [STAGING]: readRepo(STAGING).replace(
        '        - siderolabs/qemu-guest-agent\n',
        '        - siderolabs/gvisor\n',
      ),
    });
    const report = await runRollout({
      fleet: desired,
      talosconfig: h.sim.talosconfig,
      registry: h.registry,
      kubernetes: { endpoints: h.sim.kubernetesEndpoints },
      timing: { pollInitialMs: 5, pollMaxMs: 25, callTimeoutMs: 3_000, healthTimeoutMs: 8_000 },
    });
    expect(report.status).toBe('failed');
    expect(report.halted?.reason).toContain('unknown schematic');
    expect(report.halted?.reason).toContain('(node not touched)');
    expect(h.sim.node('10.0.0.10').extensions).toEqual(['siderolabs/qemu-guest-agent']);
  });
});
