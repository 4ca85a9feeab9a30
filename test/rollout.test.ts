/**
 * The staged rolling apply against the simulated fleet over real loopback mTLS: ordering invariants
 * read from the simulator's event log (stages in order, never two control planes out, never more
 * than maxParallel workers out, count and percentage, etcd leader last after forfeiting), Talos
 * upgrades (Upgrade, then config), Kubernetes changes (control planes first), 1.14's explicit reboot,
 * convergence and resume, and no secret in any output.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type OverlayFleet, repoRoot, simulateOverlay, sizedClusterFiles } from '../bench/rollout-fleet.js';
import {
  formatRolloutReport,
  lineProgress,
  type RolloutReport,
  type RunRolloutOptions,
  rolloutExitCode,
  runRollout,
} from '../src/rollout/index.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { maxConcurrentReboots, type SimEvent } from '../src/simulator/index.js';
import { TalosClient } from '../src/talos/client.js';

const FAST = { pollInitialMs: 5, pollMaxMs: 25, callTimeoutMs: 3_000, healthTimeoutMs: 8_000 };
const STAGES = ['staging', 'production'];
/** machine.env is not live-applicable: every node reboots to take it (Talos ≤ 1.13). */
const REBOOT_CHANGE = {
  'clusters/shared/patches/sysctls.yaml':
    'machine:\n  sysctls:\n    vm.max_map_count: "262144"\n  env:\n    ROLLOUT_TEST: "1"\n',
};

const readRepo = (file: string) => readFileSync(path.join(repoRoot(), file), 'utf8');

let h: OverlayFleet | undefined;
afterEach(async () => {
  await h?.sim.stop();
  h = undefined;
});

interface Run {
  report: RolloutReport;
  outputs: string[];
}

async function roll(
  fleet: OverlayFleet,
  desired: RunRolloutOptions['fleet'],
  extra: Partial<RunRolloutOptions> = {},
): Promise<Run> {
  const lines: string[] = [];
  const report = await runRollout({
    fleet: desired,
    talosconfig: fleet.sim.talosconfig,
    kubernetes: { endpoints: fleet.sim.kubernetesEndpoints },
    stagesOrder: STAGES,
    registry: fleet.registry,
    progress: lineProgress((t) => lines.push(t), { registry: fleet.registry }),
    timing: FAST,
    ...extra,
  });
  const outputs = [
    lines.join(''),
    formatRolloutReport(report, 'text', fleet.registry),
    formatRolloutReport(report, 'json', fleet.registry),
    formatRolloutReport(report, 'markdown', fleet.registry),
  ];
  return { report, outputs };
}

const nodesOf = (r: RolloutReport) => r.stages.flatMap((s) => s.clusters.flatMap((c) => c.nodes));
const changes = (events: readonly SimEvent[], types = ['apply', 'reboot-start', 'upgrade-start']) =>
  events.filter((e) => types.includes(e.type));

async function etcdLeaderName(fleet: OverlayFleet, cluster: string): Promise<string> {
  const client = TalosClient.fromTalosconfig(fleet.sim.talosconfig, { context: cluster });
  try {
    const cp = fleet.live.clusters.find((c) => c.name === cluster)!.nodes[0]!;
    const [status, members] = await Promise.all([
      client.etcdStatus(cp.address),
      client.etcdMemberList(cp.address),
    ]);
    return members.find((m) => m.id === status.leader)!.hostname;
  } finally {
    client.close();
  }
}

/** Every registered secret long enough for the redactor (shorter ones are never replaced in free text). */
function expectNoSecrets(registry: SecretRegistry, outputs: string[]): void {
  const secrets = registry.all().filter((s) => s.length >= 6);
  expect(secrets.length).toBeGreaterThan(50);
  for (const out of outputs)
    for (const s of secrets) if (out.includes(s)) throw new Error(`secret leaked: ${s.slice(0, 4)}…`);
}

describe('rolling the example fleet', () => {
  it('keeps stages in order, one control plane out at a time (leader last), workers within maxParallel', async () => {
    // reboots long enough that the two workers of a batch are seen down together even when each
    // node's drain and checks take a while
    h = await simulateOverlay({ registry: new SecretRegistry(), rebootMs: 400 });
    const desired = await h.render(REBOOT_CHANGE);
    const leaderName = await etcdLeaderName(h, 'production');
    const { report, outputs } = await roll(h, desired);

    expect(report.status).toBe('succeeded');
    expect(rolloutExitCode(report)).toBe(0);
    expect(nodesOf(report).every((n) => n.status === 'applied' && n.rebooted && n.touched)).toBe(true);
    for (const c of desired.clusters) {
      for (const n of c.nodes) expect(h.sim.node(n.address, c.name).config).toBe(n.text);
    }

    const events = h.sim.events;
    // stages strictly in order
    const staging = changes(events).filter((e) => e.cluster === 'staging');
    const production = changes(events).filter((e) => e.cluster === 'production');
    expect(Math.max(...staging.map((e) => e.seq))).toBeLessThan(Math.min(...production.map((e) => e.seq)));
    // control planes: one out at a time, and all before any worker
    for (const cluster of ['staging', 'production']) {
      expect(maxConcurrentReboots(events, (e) => e.cluster === cluster && e.role === 'controlplane')).toBe(1);
      const cluChanges = changes(events).filter((e) => e.cluster === cluster);
      const lastCp = Math.max(...cluChanges.filter((e) => e.role === 'controlplane').map((e) => e.seq));
      const firstWorker = Math.min(...cluChanges.filter((e) => e.role === 'worker').map((e) => e.seq));
      expect(lastCp).toBeLessThan(firstWorker);
    }
    // workers: production maxParallel 2, staging "50%" of 2 workers = 1
    expect(maxConcurrentReboots(events, (e) => e.cluster === 'production' && e.role === 'worker')).toBe(2);
    expect(maxConcurrentReboots(events, (e) => e.cluster === 'staging' && e.role === 'worker')).toBe(1);
    // etcd leader last, after forfeiting; in production no election is ever caused by a reboot
    // (staging has a single control plane: its etcd is down while it reboots, unavoidably)
    const cpReboots = events.filter(
      (e) => e.cluster === 'production' && e.role === 'controlplane' && e.type === 'reboot-start',
    );
    expect(cpReboots.at(-1)!.nodeName).toBe(leaderName);
    const forfeit = events.find(
      (e) => e.type === 'etcd-leader' && e.detail?.includes(`forfeited by ${leaderName}`),
    );
    expect(forfeit!.seq).toBeLessThan(cpReboots.at(-1)!.seq);
    expect(
      events.some(
        (e) =>
          e.cluster === 'production' &&
          e.type === 'etcd-leader' &&
          /unavailable|quorum lost/.test(e.detail ?? ''),
      ),
    ).toBe(false);
    const leaderReport = nodesOf(report).find((n) => n.name === leaderName)!;
    expect(leaderReport.notes.join(' ')).toMatch(/etcd leadership forfeited to prod-cp-/);

    expectNoSecrets(h.registry, outputs);
  });

  it('a re-run on the converged fleet changes nothing', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), rebootMs: 20 });
    const before = h.sim.events.length;
    const { report } = await roll(h, h.live);
    expect(report.status).toBe('succeeded');
    expect(nodesOf(report).every((n) => n.status === 'unchanged' && !n.touched)).toBe(true);
    expect(report.stages.flatMap((s) => s.clusters).every((c) => c.status === 'unchanged')).toBe(true);
    expect(
      changes(h.sim.events.slice(before), ['apply', 'reboot-start', 'upgrade-start', 'dry-run']),
    ).toEqual([]);
  });

  it('never has more workers out than a percentage allows', async () => {
    const shape = { name: 'wide', controlPlanes: 3, workers: 8, maxParallel: '25%' };
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['wide'],
      overrides: sizedClusterFiles(shape),
    });
    const desired = await h.render(
      sizedClusterFiles({ ...shape, patch: { machine: { env: { WIDE: '1' } } } }),
    );
    const { report } = await roll(h, desired, { stagesOrder: undefined });
    expect(report.status).toBe('succeeded');
    const events = h.sim.events;
    expect(maxConcurrentReboots(events, (e) => e.role === 'worker')).toBe(2);
    expect(maxConcurrentReboots(events, (e) => e.role === 'controlplane')).toBe(1);
    expect(events.filter((e) => e.type === 'reboot-start')).toHaveLength(11);
  });
});

describe('versions', () => {
  it('upgrades Talos first, then applies the config, one node at a time as above', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), clusters: ['staging'], rebootMs: 20 });
    const file = 'clusters/staging/cluster.yaml';
    const text = readRepo(file).replace('talosVersion: v1.12.11', 'talosVersion: v1.13.9');
    const desired = await h.render({ [file]: text });
    const { report, outputs } = await roll(h, desired, { stagesOrder: undefined });
    expect(report.status).toBe('succeeded');
    for (const n of nodesOf(report)) {
      expect(n).toMatchObject({
        status: 'upgraded',
        action: 'upgrade+config',
        talosVersion: { from: 'v1.12.11', to: 'v1.13.9' },
      });
    }
    for (const n of desired.clusters[0]!.nodes) {
      const sim = h.sim.node(n.address);
      expect(sim.talosVersion).toBe('v1.13.9');
      expect(sim.config).toBe(n.text);
      expect(sim.extensions).toEqual(['siderolabs/qemu-guest-agent']);
      const own = h.sim.events.filter((e) => e.node === n.address);
      const upgrade = own.find((e) => e.type === 'upgrade-start')!;
      const upgraded = own.find((e) => e.type === 'upgrade-end')!;
      const apply = own.find((e) => e.type === 'apply')!;
      // the upgrade keeps the cluster's schematic (qemu-guest-agent), at the new version
      expect(upgrade.detail).toBe(
        'factory.talos.dev/metal-installer/ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515:v1.13.9',
      );
      expect(upgraded.detail).toBe('now v1.13.9');
      expect(upgraded.seq).toBeLessThan(apply.seq);
    }
    expect(maxConcurrentReboots(h.sim.events, () => true)).toBe(1);
    expect(outputs[1]).toContain('upgrade v1.12.11 → v1.13.9');
  });

  it('rolls a Kubernetes version change through every control plane before any worker', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), clusters: ['production'], rebootMs: 20 });
    const file = 'clusters/production/cluster.yaml';
    const text = readRepo(file).replace('kubernetesVersion: v1.36.3', 'kubernetesVersion: v1.36.4');
    const desired = await h.render({ [file]: text });
    const { report } = await roll(h, desired, { stagesOrder: undefined });
    expect(report.status).toBe('succeeded');
    for (const n of nodesOf(report)) {
      expect(n.kubernetesVersion).toEqual({ from: 'v1.36.3', to: 'v1.36.4' });
      expect(n.impacts).toContain('kubernetes-upgrade');
      expect(n.rebooted).toBe(false);
      expect(n.status).toBe('applied');
    }
    // applied without reboot, in upgrade-k8s's order: every control plane before any worker
    const applies = h.sim.events.filter((e) => e.type === 'apply');
    expect(applies.every((e) => e.detail === 'no-reboot -> no-reboot')).toBe(true);
    const lastCp = Math.max(...applies.filter((e) => e.role === 'controlplane').map((e) => e.seq));
    expect(applies.filter((e) => e.role === 'worker').every((e) => e.seq > lastCp)).toBe(true);
  });

  it('on Talos 1.14, applies without reboot and then reboots explicitly when the change needs it', async () => {
    const shape = { name: 'edge', talosVersion: 'v1.14.0', controlPlanes: 1, workers: 2, maxParallel: 1 };
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['edge'],
      overrides: sizedClusterFiles(shape),
      rebootMs: 20,
    });
    const desired = await h.render(
      sizedClusterFiles({ ...shape, patch: { machine: { env: { EDGE: '1' } } } }),
    );
    const { report } = await roll(h, desired, { stagesOrder: undefined });
    expect(report.status).toBe('succeeded');
    for (const n of nodesOf(report)) {
      expect(n).toMatchObject({
        status: 'applied',
        rebooted: true,
        applyMode: { requested: 'auto', used: 'no-reboot' },
      });
      expect(n.impacts).toContain('reboot');
      expect(n.notes.join(' ')).toMatch(/rebooted explicitly/);
    }
    for (const n of desired.clusters[0]!.nodes) {
      const own = h.sim.events.filter((e) => e.node === n.address);
      expect(
        own.map((e) => e.type).filter((t) => ['apply', 'reboot-start', 'reboot-end'].includes(t)),
      ).toEqual(['apply', 'reboot-start', 'reboot-end']);
      expect(own.find((e) => e.type === 'apply')!.detail).toBe('auto -> no-reboot');
    }
  });
});
