/**
 * The node lifecycle from Git on the simulated fleet, through `runRollout` as `apply` runs it: a new
 * cluster comes up from maintenance mode with exactly one bootstrap; new workers and control planes
 * join (control planes one at a time, etcd membership checked after each); a re-run converges and
 * bootstraps nothing; a bootstrap is never made where a member reports etcd data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type OverlayFleet, repoRoot, simulateOverlay } from '../bench/rollout-fleet.js';
import { bootstrapOnce } from '../src/rollout/bootstrap.js';
import {
  DEFAULT_TIMING,
  formatRolloutReport,
  lineProgress,
  type RolloutReport,
  type RunRolloutOptions,
  runRollout,
} from '../src/rollout/index.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { maxConcurrentReboots, type SimEvent } from '../src/simulator/index.js';
import { TalosClient } from '../src/talos/client.js';
import { exampleSecrets } from './helpers/repo.js';

const FAST = { pollInitialMs: 5, pollMaxMs: 25, callTimeoutMs: 3_000, healthTimeoutMs: 10_000 };
const PROD = 'clusters/production/cluster.yaml';
const readRepo = (file: string) => readFileSync(path.join(repoRoot(), file), 'utf8');

let h: OverlayFleet | undefined;
afterEach(async () => {
  await h?.sim.stop();
  h = undefined;
});

async function roll(desired: RunRolloutOptions['fleet'], extra: Partial<RunRolloutOptions> = {}) {
  const lines: string[] = [];
  const report = await runRollout({
    fleet: desired,
    talosconfig: h!.sim.talosconfig,
    registry: h!.registry,
    progress: lineProgress((t) => lines.push(t), { registry: h!.registry }),
    timing: FAST,
    maintenanceEndpoint: (c, n) => h!.sim.maintenanceEndpoint(n.address, c.name)!,
    kubernetes: { endpoints: h!.sim.kubernetesEndpoints },
    ...extra,
  });
  const outputs = [
    lines.join(''),
    formatRolloutReport(report, 'text', h!.registry),
    formatRolloutReport(report, 'json', h!.registry),
    formatRolloutReport(report, 'markdown', h!.registry),
  ];
  return { report, outputs, text: outputs[1]! };
}

const nodesOf = (r: RolloutReport) => r.stages.flatMap((s) => s.clusters.flatMap((c) => c.nodes));
const clusterOf = (r: RolloutReport) => r.stages[0]!.clusters[0]!;
const ofType = (events: readonly SimEvent[], type: SimEvent['type']) => events.filter((e) => e.type === type);

async function etcdMembers(cluster: string, via: string) {
  const c = TalosClient.fromTalosconfig(h!.sim.talosconfig, { context: cluster, retries: 0 });
  try {
    return await c.etcdMemberList(via);
  } finally {
    c.close();
  }
}

async function noSecrets(outputs: string[]) {
  const secrets = await exampleSecrets();
  for (const out of outputs) for (const s of secrets) expect(out.includes(s)).toBe(false);
}

describe('a new cluster', () => {
  it('comes up from maintenance mode with exactly one bootstrap, and a re-run bootstraps nothing', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['production'],
      rebootMs: 20,
      maintenance: () => true,
    });
    expect(h.sim.nodes().every((n) => n.maintenance)).toBe(true);
    const desired = h.live;

    const dry = await roll(desired, { dryRun: true });
    expect(dry.report.status).toBe('succeeded');
    expect(clusterOf(dry.report).bootstrap).toEqual({ node: 'prod-cp-1', status: 'planned' });
    expect(nodesOf(dry.report).every((n) => n.action === 'join' && n.status === 'planned')).toBe(true);
    expect(dry.text).toContain('would bootstrap etcd on prod-cp-1 (no control plane has etcd yet)');
    expect(dry.text).toContain('new: joins the cluster');
    expect(h.sim.nodes().every((n) => n.maintenance)).toBe(true);

    const { report, outputs, text } = await roll(desired);
    expect(report.status).toBe('succeeded');
    expect(clusterOf(report).bootstrap).toEqual({ node: 'prod-cp-1', status: 'done' });
    expect(nodesOf(report).map((n) => n.status)).toEqual(new Array(7).fill('joined'));
    expect(text).toContain('etcd bootstrapped on prod-cp-1');
    expect(ofType(h.sim.events, 'etcd-bootstrap').map((e) => e.nodeName)).toEqual(['prod-cp-1']);
    // every control plane is a voting member; every node runs its render with its schematic's extensions
    const members = await etcdMembers('production', desired.clusters[0]!.nodes[0]!.address);
    expect(
      members
        .filter((m) => !m.isLearner)
        .map((m) => m.hostname)
        .sort(),
    ).toEqual(['prod-cp-1', 'prod-cp-2', 'prod-cp-3']);
    for (const n of desired.clusters[0]!.nodes) {
      const sim = h.sim.node(n.address);
      expect(sim.config).toBe(n.text);
      expect(sim.extensions).toEqual(n.schematic!.extensions);
    }
    // the bootstrap came after every control plane had its config, never twice
    const firstConfigsDone = Math.max(
      ...ofType(h.sim.events, 'install-end')
        .filter((e) => e.role === 'controlplane')
        .map((e) => e.seq),
    );
    expect(ofType(h.sim.events, 'etcd-bootstrap')[0]!.seq).toBeGreaterThan(firstConfigsDone);
    await noSecrets(outputs);

    const again = await roll(desired);
    expect(again.report.status).toBe('succeeded');
    expect(clusterOf(again.report).status).toBe('unchanged');
    expect(clusterOf(again.report).bootstrap).toBeUndefined();
    expect(ofType(h.sim.events, 'etcd-bootstrap')).toHaveLength(1);
    expect(ofType(h.sim.events, 'bootstrap-rejected')).toHaveLength(0);
  });

  it('halts when the bootstrap fails, and the re-run bootstraps once', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['staging'],
      rebootMs: 20,
      maintenance: () => true,
      faults: { '10.0.0.10': { 'bootstrap-fails': true } },
    });
    const first = await roll(h.live);
    expect(first.report.status).toBe('failed');
    expect(clusterOf(first.report).bootstrap).toMatchObject({ node: 'stg-cp-1', status: 'failed' });
    expect(first.report.halted?.reason).toContain('bootstrap on stg-cp-1 failed');
    expect(first.report.halted?.reason).toContain('bootstrap-fails fault');
    // the configs went out; etcd did not start anywhere
    expect(h.sim.nodes().every((n) => !n.maintenance && !n.etcdData)).toBe(true);

    h.sim.node('10.0.0.10').clearFault('bootstrap-fails');
    const second = await roll(h.live);
    expect(second.report.status).toBe('succeeded');
    expect(clusterOf(second.report).bootstrap?.status).toBe('done');
    expect(ofType(h.sim.events, 'etcd-bootstrap')).toHaveLength(1);
    const third = await roll(h.live);
    expect(clusterOf(third.report).status).toBe('unchanged');
    expect(ofType(h.sim.events, 'etcd-bootstrap')).toHaveLength(1);
  });

  it('never bootstraps where a control plane reports etcd data', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['production'],
      rebootMs: 20,
      maintenance: () => true,
    });
    const cluster = h.live.clusters[0]!;
    const cps = cluster.nodes.filter((n) => n.role === 'controlplane');
    const client = TalosClient.fromTalosconfig(h.sim.talosconfig, { context: 'production', retries: 0 });
    try {
      for (const cp of cps) {
        const m = TalosClient.maintenance(h.sim.maintenanceEndpoint(cp.address)!);
        await m.applyConfiguration('', cp.text, { mode: 'auto' });
        m.close();
      }
      for (const cp of cps) await h.sim.node(cp.address).waitUntilUp();
      await waitFor(() => cps.every((cp) => !h!.sim.node(cp.address).maintenance));
      // someone bootstrapped the second control plane by hand
      await client.bootstrap(cps[1]!.address);
      const env = {
        api: client,
        registry: h.registry,
        clock: { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) },
        timing: { ...DEFAULT_TIMING, ...FAST },
      };
      const outcome = await bootstrapOnce(env, cps, 2_000);
      expect(outcome).toMatchObject({ ok: false, refused: true });
      // cp-1 and cp-3 were waiting to join: they joined the etcd started by hand, so they report data too
      expect(outcome.ok ? '' : outcome.reason).toMatch(
        /^not bootstrapping: prod-cp-\d reports etcd data \(\/var\/lib\/etcd is not empty or etcd runs\), so the cluster already exists and is never bootstrapped again$/,
      );
      expect(ofType(h.sim.events, 'etcd-bootstrap')).toHaveLength(1);
    } finally {
      client.close();
    }
  });
});

describe('new nodes in a running cluster', () => {
  it('join: workers in batches, control planes one at a time with etcd membership checked after each', async () => {
    const text = readRepo(PROD)
      .replace(
        '  - name: prod-w-1\n',
        [
          '  - name: prod-cp-4',
          '    address: 10.0.1.14',
          '    role: controlplane',
          '  - name: prod-cp-5',
          '    address: 10.0.1.15',
          '    role: controlplane',
          '  - name: prod-w-1',
          '',
        ].join('\n'),
      )
      .replace('rollout:\n', '  - name: prod-w-5\n    address: 10.0.1.25\n    role: worker\nrollout:\n');
    const added = new Set(['prod-cp-4', 'prod-cp-5', 'prod-w-5']);
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['production'],
      rebootMs: 20,
      overrides: { [PROD]: text },
      maintenance: (_c, n) => added.has(n.name),
    });
    const desired = h.live;
    // before: the cluster runs three control planes; the new nodes wait in maintenance mode
    const cp1 = desired.clusters[0]!.nodes[0]!.address;
    expect(await etcdMembers('production', cp1)).toHaveLength(3);

    const { report, outputs } = await roll(desired);
    expect(report.status).toBe('succeeded');
    const byName = new Map(nodesOf(report).map((n) => [n.name, n]));
    for (const name of added) expect(byName.get(name)).toMatchObject({ action: 'join', status: 'joined' });
    expect(byName.get('prod-cp-4')!.notes).toContain(
      `etcd member ${(await memberOf('prod-cp-4')).toString(16)} (4 members)`,
    );
    expect(byName.get('prod-cp-5')!.notes.some((n) => n.endsWith('(5 members)'))).toBe(true);
    expect(byName.get('prod-w-1')!.status).toBe('unchanged');
    expect(clusterOf(report).bootstrap).toBeUndefined();
    expect(ofType(h.sim.events, 'etcd-bootstrap')).toHaveLength(0);

    // one control plane at a time: cp-5 got its config only after cp-4 was promoted
    const events = h.sim.events;
    const promoted4 = events.find(
      (e) => e.nodeName === 'prod-cp-4' && e.type === 'etcd-join' && e.detail === 'promoted',
    )!;
    const config5 = events.find((e) => e.nodeName === 'prod-cp-5' && e.type === 'apply')!;
    expect(config5.seq).toBeGreaterThan(promoted4.seq);
    // control planes before workers
    const configW5 = events.find((e) => e.nodeName === 'prod-w-5' && e.type === 'apply')!;
    expect(configW5.seq).toBeGreaterThan(config5.seq);
    // quorum held throughout: at most one control plane was out
    expect(maxConcurrentReboots(events, (e) => e.role === 'controlplane')).toBeLessThanOrEqual(1);
    const members = await etcdMembers('production', cp1);
    expect(members.map((m) => m.hostname).sort()).toEqual([
      'prod-cp-1',
      'prod-cp-2',
      'prod-cp-3',
      'prod-cp-4',
      'prod-cp-5',
    ]);
    expect(members.every((m) => !m.isLearner)).toBe(true);
    await noSecrets(outputs);

    const again = await roll(desired);
    expect(clusterOf(again.report).status).toBe('unchanged');
    expect(ofType(h.sim.events, 'etcd-bootstrap')).toHaveLength(0);
    expect(ofType(h.sim.events, 'apply').length).toBe(ofType(events, 'apply').length);
  });
});

describe('nodes removed from cluster.yaml', () => {
  /** production without prod-cp-3 and prod-w-4; removeNodes on or off. */
  function withoutNodes(removeNodes: boolean): string {
    const text = readRepo(PROD)
      .replace(/ {2}- name: prod-cp-3\n( {4}.*\n)+?(?= {2}- name:)/, '')
      .replace(/ {2}- name: prod-w-4\n( {4}.*\n| {6}.*\n)+?(?=rollout:)/, '');
    expect(text).not.toContain('prod-cp-3');
    expect(text).not.toContain('prod-w-4');
    return removeNodes ? text.replace('rollout:\n', 'rollout:\n  removeNodes: true\n') : text;
  }

  it('are reported and left running unless rollout.removeNodes is set', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), clusters: ['production'], rebootMs: 20 });
    const desired = await h.render({ [PROD]: withoutNodes(false) });
    const { report, text } = await roll(desired);
    expect(report.status).toBe('succeeded');
    const byName = new Map(nodesOf(report).map((n) => [n.name, n]));
    expect(byName.get('prod-cp-3')).toMatchObject({ action: 'remove', status: 'kept', role: 'controlplane' });
    expect(byName.get('prod-w-4')).toMatchObject({ action: 'remove', status: 'kept', role: 'worker' });
    expect(text).toContain('2 no longer listed, left running');
    expect(await etcdMembers('production', '10.0.1.11')).toHaveLength(3);
    expect(h.sim.node('10.0.1.13').maintenance).toBe(false);
    expect(ofType(h.sim.events, 'reset-start')).toHaveLength(0);
  });

  it('with removeNodes: drained, out of etcd with quorum kept at every step, reset, Kubernetes node deleted', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), clusters: ['production'], rebootMs: 20 });
    const desired = await h.render({ [PROD]: withoutNodes(true) });
    const dry = await roll(desired, { dryRun: true });
    expect(
      nodesOf(dry.report)
        .filter((n) => n.action === 'remove')
        .map((n) => n.status),
    ).toEqual(['planned', 'planned']);
    expect(ofType(h.sim.events, 'etcd-leave')).toHaveLength(0);

    const { report, outputs } = await roll(desired);
    expect(report.status).toBe('succeeded');
    const byName = new Map(nodesOf(report).map((n) => [n.name, n]));
    const cp3 = byName.get('prod-cp-3')!;
    expect(cp3).toMatchObject({ action: 'remove', status: 'removed', touched: true });
    expect(cp3.notes).toContain('left etcd (2 members)');
    expect(cp3.notes).toContain('reset: wiped, back in maintenance mode');
    expect(cp3.notes).toContain('Kubernetes node prod-cp-3 deleted');
    expect(byName.get('prod-w-4')).toMatchObject({ status: 'removed' });
    expect(byName.get('prod-w-4')!.notes.some((n) => n.startsWith('drained: '))).toBe(true);

    // quorum at every step: the cluster never lost its etcd leader, and the member left before its reset
    expect(h.sim.events.some((e) => e.type === 'etcd-leader' && e.detail?.includes('quorum lost'))).toBe(
      false,
    );
    const leave = ofType(h.sim.events, 'etcd-leave').find((e) => e.nodeName === 'prod-cp-3')!;
    const reset = ofType(h.sim.events, 'reset-start').find((e) => e.nodeName === 'prod-cp-3')!;
    expect(leave.seq).toBeLessThan(reset.seq);
    const members = await etcdMembers('production', '10.0.1.11');
    expect(members.map((m) => m.hostname).sort()).toEqual(['prod-cp-1', 'prod-cp-2']);
    for (const a of ['10.0.1.13', '10.0.1.24']) expect(h.sim.node(a).maintenance).toBe(true);
    const kube = h.sim.clusters[0]!.kubernetes!.state;
    expect(kube.list('Node').map((n) => n.metadata?.name)).not.toContain('prod-cp-3');
    expect(kube.list('Node').map((n) => n.metadata?.name)).not.toContain('prod-w-4');
    await noSecrets(outputs);

    const again = await roll(desired);
    expect(clusterOf(again.report).status).toBe('unchanged');
    expect(nodesOf(again.report).some((n) => n.action === 'remove')).toBe(false);
  });

  it('a member that will not leave stops the removal before its reset', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['production'],
      rebootMs: 20,
      faults: { '10.0.1.13': { 'etcd-leave-fails': true } },
    });
    const desired = await h.render({ [PROD]: withoutNodes(true) });
    const { report } = await roll(desired);
    expect(report.status).toBe('failed');
    const cp3 = nodesOf(report).find((n) => n.name === 'prod-cp-3')!;
    expect(cp3.status).toBe('failed');
    expect(cp3.reason).toContain('prod-cp-3 did not leave etcd');
    expect(report.halted?.node ?? report.halted?.reason).toContain('prod-cp-3');
    expect(ofType(h.sim.events, 'reset-start')).toHaveLength(0);
    expect(await etcdMembers('production', '10.0.1.11')).toHaveLength(3);
    // it was drained for nothing: it is not left cordoned
    const node = h.sim.clusters[0]!.kubernetes!.state.get('Node', undefined, 'prod-cp-3') as {
      spec?: { unschedulable?: boolean };
    };
    expect(node.spec?.unschedulable).toBeUndefined();
    // the worker after it was not reached
    expect(nodesOf(report).find((n) => n.name === 'prod-w-4')!.status).toBe('not-reached');
  });
});

async function memberOf(name: string): Promise<bigint> {
  const members = await etcdMembers('production', h!.live.clusters[0]!.nodes[0]!.address);
  return members.find((m) => m.hostname === name)!.id;
}

async function waitFor(fn: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!fn()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
