/**
 * Rollouts that know Kubernetes, on the simulated fleet (its Kubernetes API checked against
 * Kubernetes's published description): every node is drained before it reboots (no evictable pod is
 * left on a node when it goes down), PodDisruptionBudgets are respected and a budget that blocks the
 * drain halts with nothing touched after it, a node NotReady elsewhere in the cluster stops the next
 * batch, a failing gate of the user's own halts, and `rollout.drain: false` turns draining off.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type OverlayFleet, repoRoot, simulateOverlay } from '../bench/rollout-fleet.js';
import { evictable } from '../src/rollout/drain.js';
import { lineProgress, type RolloutReport, runRollout } from '../src/rollout/index.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import type { SimEvent } from '../src/simulator/index.js';
import { KubernetesContract } from './kubernetes-contract/contract.js';

const FAST = { pollInitialMs: 5, pollMaxMs: 25, callTimeoutMs: 3_000, healthTimeoutMs: 8_000 };
const CLUSTER = 'clusters/production/cluster.yaml';
/** machine.env is not live-applicable: every node reboots to take it (Talos ≤ 1.13). */
const REBOOT_CHANGE = {
  'clusters/shared/patches/sysctls.yaml':
    'machine:\n  sysctls:\n    vm.max_map_count: "262144"\n  env:\n    ROLLOUT_TEST: "1"\n',
};
const clusterYaml = (extra: string) =>
  `${readFileSync(path.join(repoRoot(), CLUSTER), 'utf8').trimEnd()}\n${extra}`;

let h: OverlayFleet | undefined;
let contract: KubernetesContract;
afterEach(async () => {
  await h?.sim.stop();
  h = undefined;
});

async function fleet(overrides: Record<string, string> = {}): Promise<OverlayFleet> {
  contract = KubernetesContract.load();
  h = await simulateOverlay({
    registry: new SecretRegistry(),
    clusters: ['production'],
    rebootMs: 60,
    overrides,
    kubernetes: { observe: (_c, x) => contract.check(x), podTerminationMs: 15, podStartMs: 10 },
  });
  const state = h.sim.clusters[0]!.kubernetes!.state;
  state.createDeployment({ namespace: 'shop', name: 'web', replicas: 4, labels: { app: 'web' } });
  state.createPodDisruptionBudget('shop', 'web', {
    maxUnavailable: 1,
    selector: { matchLabels: { app: 'web' } },
  });
  const end = Date.now() + 5_000;
  while (readyWeb(state) < 4 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  return h;
}

type State = NonNullable<OverlayFleet['sim']['clusters'][number]['kubernetes']>['state'];
const readyWeb = (state: State) =>
  state
    .list('Pod', 'shop')
    .filter(
      (p) =>
        !p.metadata?.deletionTimestamp &&
        (p as { status?: { conditions?: { type: string; status: string }[] } }).status?.conditions?.some(
          (c) => c.type === 'Ready' && c.status === 'True',
        ),
    ).length;

async function roll(f: OverlayFleet, overrides: Record<string, string>, timing = FAST) {
  const lines: string[] = [];
  const desired = await f.render({ ...REBOOT_CHANGE, ...overrides });
  const report = await runRollout({
    fleet: desired,
    talosconfig: f.sim.talosconfig,
    kubernetes: { endpoints: f.sim.kubernetesEndpoints },
    registry: f.registry,
    progress: lineProgress((t) => lines.push(t), { registry: f.registry }),
    timing,
  });
  return { report, log: lines.join('') };
}

const clusterOf = (r: RolloutReport) => r.stages[0]!.clusters[0]!;
const touched = (events: readonly SimEvent[]) =>
  events.filter((e) => e.type === 'apply' || e.type === 'reboot-start' || e.type === 'upgrade-start');

describe('drain before disruption', () => {
  it('no node reboots with an evictable pod still on it; budgets hold; nodes are uncordoned once back', async () => {
    const f = await fleet();
    const state = f.sim.clusters[0]!.kubernetes!.state;
    const leftOnReboot: string[] = [];
    let minReady = Number.POSITIVE_INFINITY;
    f.sim.onEvent((e) => {
      if (e.type !== 'reboot-start') return;
      for (const p of state.podsOn(e.nodeName))
        if (evictable(p) === 'evict') leftOnReboot.push(`${e.nodeName}: ${p.metadata?.name}`);
    });
    state.watch(() => {
      minReady = Math.min(minReady, readyWeb(state));
    });
    const { report, log } = await roll(f, {});
    expect(report.status).toBe('succeeded');
    expect(leftOnReboot).toEqual([]);
    // maxUnavailable 1 of 4: never fewer than 3 ready web pods
    expect(minReady).toBeGreaterThanOrEqual(3);
    expect(log).toMatch(/prod-w-1: drain/);
    expect(log).toMatch(/prod-w-1: uncordon/);
    const nodes = clusterOf(report).nodes;
    expect(nodes.every((n) => n.notes.some((x) => x.startsWith('drained:')))).toBe(true);
    for (const n of state.list('Node'))
      expect((n as { spec?: { unschedulable?: boolean } }).spec?.unschedulable).toBeUndefined();
    // gates ran before the first node, between every step, and after the last
    const points = clusterOf(report).gates!.map((g) => g.point);
    expect(points[0]).toBe('before');
    expect(points.at(-1)).toBe('after');
    expect(points).toContain('after prod-cp-1');
    expect(points).toContain('after batch 1');
    expect(clusterOf(report).gates!.every((g) => g.ok)).toBe(true);
    expect(contract.violations).toEqual([]);
  }, 60_000);

  it('a budget that blocks the drain halts with the pods and budget named, and nothing is touched after', async () => {
    const f = await fleet();
    const state = f.sim.clusters[0]!.kubernetes!.state;
    state.deletePodDisruptionBudget('shop', 'web');
    state.createPodDisruptionBudget('shop', 'web', {
      minAvailable: '100%',
      selector: { matchLabels: { app: 'web' } },
    });
    const { report } = await roll(f, { [CLUSTER]: clusterYaml('  drainTimeout: 300ms\n') });
    expect(report.status).toBe('failed');
    const failed = clusterOf(report).nodes.find((n) => n.status === 'failed')!;
    expect(failed.role).toBe('worker');
    expect(failed.touched).toBe(false);
    expect(failed.reason).toMatch(
      /drain of prod-w-\d did not finish within 0s: shop\/web-\w+ \(The disruption budget web needs 4 healthy pods and has 4 currently\)/,
    );
    expect(failed.reason).toMatch(/node not touched/);
    // nothing after the blocked node was touched, and it was given back to the scheduler
    const workerChanges = touched(f.sim.events).filter((e) => e.role === 'worker');
    expect(workerChanges.some((e) => e.nodeName === failed.name)).toBe(false);
    expect(
      clusterOf(report).nodes.filter((n) => n.role === 'worker' && n.status === 'not-reached').length,
    ).toBeGreaterThan(0);
    const k8sNode = state.get('Node', undefined, failed.name) as { spec?: { unschedulable?: boolean } };
    expect(k8sNode.spec?.unschedulable).toBeUndefined();
    expect(contract.violations).toEqual([]);
  }, 60_000);

  it('rollout.drain: false reboots without cordoning or evicting', async () => {
    const f = await fleet();
    const { report, log } = await roll(f, { [CLUSTER]: clusterYaml('  drain: false\n') });
    expect(report.status).toBe('succeeded');
    expect(log).not.toMatch(/: drain/);
    expect(clusterOf(report).nodes.some((n) => n.notes.some((x) => x.startsWith('drained:')))).toBe(false);
  }, 60_000);
});

describe('cluster-wide gates', () => {
  it('a node NotReady elsewhere in the cluster stops the next batch', async () => {
    const f = await fleet();
    const state = f.sim.clusters[0]!.kubernetes!.state;
    // prod-w-4 goes NotReady in Kubernetes once both nodes of the first worker batch are applied (any
    // earlier and its web pod's budget rightly blocks the batch's second drain instead)
    let appliedWorkers = 0;
    f.sim.onEvent((e) => {
      if (e.type === 'apply' && e.role === 'worker' && ++appliedWorkers === 2)
        state.setNodeNotReady('10.0.1.24', true);
    });
    const { report } = await roll(f, {}, { ...FAST, healthTimeoutMs: 1_500 });
    expect(report.status).toBe('failed');
    expect(clusterOf(report).reason).toMatch(
      /gate cluster health failed \(after batch 1\): .*Kubernetes nodes not Ready: prod-w-4/,
    );
    const workerApplies = touched(f.sim.events).filter((e) => e.role === 'worker' && e.type === 'apply');
    expect(new Set(workerApplies.map((e) => e.nodeName)).size).toBe(2);
    expect(
      clusterOf(report)
        .nodes.filter((n) => n.status === 'not-reached')
        .map((n) => n.name),
    ).toEqual(['prod-w-3', 'prod-w-4']);
  }, 60_000);

  it('a control-plane pod not Ready halts before the first node, the gate naming it', async () => {
    const f = await fleet();
    const state = f.sim.clusters[0]!.kubernetes!.state;
    const scheduler = state
      .list('Pod', 'kube-system')
      .find((p) => p.metadata?.labels?.['k8s-app'] === 'kube-scheduler')!.metadata!.name!;
    state.setPodNotReady('kube-system', scheduler, true);
    const { report } = await roll(f, {}, { ...FAST, healthTimeoutMs: 1_000 });
    expect(report.status).toBe('failed');
    expect(clusterOf(report).reason).toMatch(
      new RegExp(
        `gate cluster health failed \\(before\\): .*kube-scheduler: 2 of 3 Ready \\(${scheduler}\\)`,
      ),
    );
    expect(touched(f.sim.events)).toEqual([]);
  }, 60_000);

  it('a gate of the user own that fails halts before the first node, with its output in the report', async () => {
    const f = await fleet();
    const gates =
      '  gates:\n    - name: smoke\n      command: "echo smoke test failed >&2; exit 3"\n      timeout: 5s\n';
    const { report, log } = await roll(f, { [CLUSTER]: clusterYaml(gates) });
    expect(report.status).toBe('failed');
    expect(clusterOf(report).reason).toBe('gate smoke failed (before): exit 3: smoke test failed');
    expect(log).toMatch(/gate smoke \(before\): FAILED/);
    expect(touched(f.sim.events)).toEqual([]);
    const results = clusterOf(report).gates!;
    expect(results.map((g) => [g.name, g.ok])).toEqual([
      ['cluster health', true],
      ['smoke', false],
    ]);
  }, 60_000);

  it('user gates that pass run at every point, an HTTP check too', async () => {
    const f = await fleet();
    const { createServer } = await import('node:http');
    const server = createServer((_q, s) => s.writeHead(204).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const gates = `  gates:\n    - name: ok\n      command: [node, -e, "process.exit(0)"]\n    - name: web\n      http: { url: "http://127.0.0.1:${port}/healthz", expectStatus: 204 }\n`;
      const { report } = await roll(f, { [CLUSTER]: clusterYaml(gates) });
      expect(report.status).toBe('succeeded');
      const web = clusterOf(report).gates!.filter((g) => g.name === 'web');
      expect(web.length).toBe(clusterOf(report).gates!.filter((g) => g.name === 'cluster health').length);
      expect(web.every((g) => g.ok && g.detail === 'HTTP 204')).toBe(true);
    } finally {
      server.close();
    }
  }, 60_000);
});
