/**
 * Every simulator fault halts the rollout at the right node with nothing touched after it, a
 * correct report (failed with its reason, not-reached for the rest, later stages not reached), and
 * a re-run once the fault is cleared finishes the job touching only the remaining nodes. Preflight
 * refuses an unhealthy cluster without touching it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type OverlayFleet, repoRoot, simulateOverlay } from '../bench/rollout-fleet.js';
import type { Fleet } from '../src/render/types.js';
import {
  formatRolloutReport,
  type NodeStatus,
  type RolloutEvent,
  type RolloutReport,
  rolloutExitCode,
  runRollout,
} from '../src/rollout/index.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import type { FaultName, NodeFaults, SimEvent } from '../src/simulator/index.js';

const STAGES = ['staging', 'production'];
const REBOOT_CHANGE = {
  'clusters/shared/patches/sysctls.yaml':
    'machine:\n  sysctls:\n    vm.max_map_count: "262144"\n  env:\n    ROLLOUT_TEST: "1"\n',
};
const STAGING_UPGRADE = {
  'clusters/staging/cluster.yaml': readFileSync(
    path.join(repoRoot(), 'clusters/staging/cluster.yaml'),
    'utf8',
  ).replace('talosVersion: v1.12.11', 'talosVersion: v1.13.9'),
};
const ADDRESS: Record<string, string> = {
  'stg-cp-1': '10.0.0.10',
  'stg-w-1': '10.0.0.21',
  'stg-w-2': '10.0.0.22',
};
const PRODUCTION = ['prod-cp-1', 'prod-cp-2', 'prod-cp-3', 'prod-w-1', 'prod-w-2', 'prod-w-3', 'prod-w-4'];

let h: OverlayFleet | undefined;
afterEach(async () => {
  await h?.sim.stop();
  h = undefined;
});

/** Runs a rollout; `onEvent` sees every progress event (to inject a fault at a precise moment). */
async function roll(
  fleet: OverlayFleet,
  desired: Fleet,
  opts: { healthTimeoutMs?: number; onEvent?: (e: RolloutEvent) => void } = {},
) {
  const report = await runRollout({
    fleet: desired,
    talosconfig: fleet.sim.talosconfig,
    kubernetes: { endpoints: fleet.sim.kubernetesEndpoints },
    stagesOrder: desired.clusters.length > 1 ? STAGES : undefined,
    registry: fleet.registry,
    progress: { onEvent: (e) => opts.onEvent?.(e) },
    timing: {
      pollInitialMs: 5,
      pollMaxMs: 25,
      callTimeoutMs: 3_000,
      healthTimeoutMs: opts.healthTimeoutMs ?? 8_000,
    },
  });
  for (const format of ['text', 'json', 'markdown'] as const) {
    const out = formatRolloutReport(report, format, fleet.registry);
    for (const s of fleet.registry.all())
      if (s.length >= 6 && out.includes(s)) throw new Error('secret in report');
  }
  return report;
}

const statuses = (r: RolloutReport): Record<string, NodeStatus> =>
  Object.fromEntries(
    r.stages.flatMap((s) => s.clusters.flatMap((c) => c.nodes.map((n) => [n.name, n.status]))),
  );
const node = (r: RolloutReport, name: string) =>
  r.stages.flatMap((s) => s.clusters.flatMap((c) => c.nodes)).find((n) => n.name === name)!;

/** Names of nodes something was done to (apply, reboot, upgrade) in `events`. */
function touched(events: readonly SimEvent[]): string[] {
  const names = events
    .filter((e) => ['apply', 'reboot-start', 'upgrade-start'].includes(e.type))
    .map((e) => e.nodeName);
  return [...new Set(names)].sort();
}

const upon = (kind: RolloutEvent['type'], nodeName: string, fn: () => void) => (e: RolloutEvent) => {
  if (e.type === kind && 'node' in e && e.node === nodeName) fn();
};

function setFault<K extends FaultName>(fleet: OverlayFleet, name: string, fault: K, value?: NodeFaults[K]) {
  fleet.sim.node(ADDRESS[name] ?? name).setFault(fault, value);
}

/** The halt every staging fault below produces: stg-cp-1 done, stg-w-1 failed, the rest untouched. */
function expectStagingHalt(
  report: RolloutReport,
  reason: RegExp,
  opts: { cpStatus?: NodeStatus; production?: boolean; detail?: RegExp } = {},
) {
  expect(report.status).toBe('failed');
  expect(rolloutExitCode(report)).toBe(1);
  expect(statuses(report)).toMatchObject({
    'stg-cp-1': opts.cpStatus ?? 'applied',
    'stg-w-1': 'failed',
    'stg-w-2': 'not-reached',
  });
  // The reason in words; the Talos API's own text apart, for the folded detail.
  expect(node(report, 'stg-w-1').reason).toMatch(reason);
  if (opts.detail) expect(node(report, 'stg-w-1').detail).toMatch(opts.detail);
  expect(report.halted).toMatchObject({
    stage: 'staging',
    cluster: 'staging',
    node: 'stg-w-1',
    resumeFrom: 'stg-w-1',
  });
  if (opts.production !== false) {
    expect(report.stages[1]).toMatchObject({ name: 'production', status: 'not-reached' });
    for (const n of PRODUCTION) expect(statuses(report)[n]).toBe('not-reached');
  }
}

/** Clears the faults, rolls again, and checks only `remaining` were touched and all converged. */
async function rerun(fleet: OverlayFleet, desired: Fleet, remaining: string[]) {
  for (const n of fleet.sim.nodes()) {
    n.clearFaults();
    await n.waitUntilUp();
  }
  const from = fleet.sim.events.length;
  const report = await roll(fleet, desired);
  expect(report.status).toBe('succeeded');
  expect(touched(fleet.sim.events.slice(from))).toEqual([...remaining].sort());
  for (const c of desired.clusters)
    for (const n of c.nodes) expect(fleet.sim.node(n.address, c.name).config).toBe(n.text);
  return report;
}

describe('each fault halts the rollout, and a re-run resumes', () => {
  it('unreachable: a node that drops off before its turn is not touched', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), rebootMs: 20 });
    const desired = await h.render(REBOOT_CHANGE);
    const report = await roll(h, desired, {
      onEvent: upon('node-done', 'stg-cp-1', () => setFault(h!, 'stg-w-1', 'unreachable')),
    });
    // The cluster gate after stg-cp-1 sees it (etcd fine, but its Kubernetes node no longer Ready)
    // and halts before the next step: the worker is not reached at all.
    expect(report.status).toBe('failed');
    expect(statuses(report)).toMatchObject({
      'stg-cp-1': 'applied',
      'stg-w-1': 'not-reached',
      'stg-w-2': 'not-reached',
    });
    expect(report.halted).toMatchObject({ stage: 'staging', cluster: 'staging' });
    expect(report.halted!.reason).toMatch(/gate cluster health failed \(after stg-cp-1\): .*stg-w-1/);
    expect(node(report, 'stg-w-1').touched).toBe(false);
    expect(touched(h.sim.events)).toEqual(['stg-cp-1']);
    const again = await rerun(h, desired, ['stg-w-1', 'stg-w-2', ...PRODUCTION]);
    expect(node(again, 'stg-cp-1').status).toBe('unchanged');
  });

  it('apply-rejected: the node refuses the config at its turn; it and everything after stay as they were', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), rebootMs: 20 });
    const desired = await h.render(REBOOT_CHANGE);
    const liveW2 = h.sim.node(ADDRESS['stg-w-2']!).config;
    const report = await roll(h, desired, {
      onEvent: upon('node-done', 'stg-cp-1', () => setFault(h!, 'stg-w-1', 'apply-rejected')),
    });
    expectStagingHalt(report, /rejected the new config.*node not touched/, {
      detail: /machine config rejected.*simulated rejection/,
    });
    expect(touched(h.sim.events)).toEqual(['stg-cp-1']);
    expect(h.sim.node(ADDRESS['stg-w-2']!).config).toBe(liveW2);
    await rerun(h, desired, ['stg-w-1', 'stg-w-2', ...PRODUCTION]);
  });

  it('apply-rejected before the rollout: the dry run finds it and the cluster is not touched at all', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      rebootMs: 20,
      faults: { '10.0.0.21': { 'apply-rejected': true } },
    });
    const desired = await h.render(REBOOT_CHANGE);
    const report = await roll(h, desired);
    expectStagingHalt(report, /rejects the new config \(dry run\)/, { cpStatus: 'not-reached' });
    expect(touched(h.sim.events)).toEqual([]);
    await rerun(h, desired, ['stg-cp-1', 'stg-w-1', 'stg-w-2', ...PRODUCTION]);
  });

  it('never-healthy: the node is applied but does not come back healthy within healthTimeout', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      rebootMs: 20,
      faults: { '10.0.0.21': { 'never-healthy': true } },
    });
    const desired = await h.render(REBOOT_CHANGE);
    const report = await roll(h, desired, { healthTimeoutMs: 600 });
    expectStagingHalt(report, /^not healthy within 600ms at 10\.0\.0\.21$/, { detail: /kubelet/ });
    expect(node(report, 'stg-w-1')).toMatchObject({ touched: true, rebooted: true });
    expect(touched(h.sim.events)).toEqual(['stg-cp-1', 'stg-w-1']);
    // The applied config is in place, so the re-run counts stg-w-1 as converged.
    const again = await rerun(h, desired, ['stg-w-2', ...PRODUCTION]);
    expect(node(again, 'stg-w-1').status).toBe('unchanged');
  });

  it('slow-reboot: a reboot longer than healthTimeout fails the node; the re-run finds it converged', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      rebootMs: 20,
      faults: { '10.0.0.21': { 'slow-reboot': 60 } },
    });
    const desired = await h.render(REBOOT_CHANGE);
    const report = await roll(h, desired, { healthTimeoutMs: 500 });
    expectStagingHalt(report, /^not back within 500ms at 10\.0\.0\.21$/, { detail: /rebooting/ });
    expect(touched(h.sim.events)).toEqual(['stg-cp-1', 'stg-w-1']);
    await rerun(h, desired, ['stg-w-2', ...PRODUCTION]);
  });

  it('etcd-unhealthy: a control plane going bad stops the next one from being taken out', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), rebootMs: 20 });
    const desired = await h.render(REBOOT_CHANGE);
    let first: string | undefined;
    const report = await roll(h, desired, {
      onEvent: (e) => {
        if (e.type === 'node-done' && e.cluster === 'production' && !first) {
          first = e.node;
          h!.sim
            .nodes()
            .find((n) => n.name === e.node)!
            .setFault('etcd-unhealthy');
        }
      },
    });
    expect(report.status).toBe('failed');
    const prod = report.stages[1]!.clusters[0]!;
    const cps = prod.nodes.filter((n) => n.role === 'controlplane');
    // The cluster gate after the first control plane finds its etcd member unhealthy: no other
    // control plane is taken out.
    expect(cps.find((n) => n.name === first)!.status).toBe('applied');
    expect(cps.filter((n) => n.status === 'failed')).toEqual([]);
    expect(prod.reason).toMatch(
      new RegExp(`gate cluster health failed \\(after ${first}\\): ${first}: .*etcd errors`),
    );
    expect(prod.nodes.filter((n) => n.status === 'not-reached')).toHaveLength(6);
    expect(report.halted).toMatchObject({ stage: 'production', cluster: 'production' });
    expect(touched(h.sim.events.filter((e) => e.cluster === 'production'))).toEqual([first]);
    await rerun(
      h,
      desired,
      PRODUCTION.filter((n) => n !== first),
    );
  });

  it('upgrade-fails (rpc): the Upgrade call is refused, nothing after it is touched', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['staging'],
      rebootMs: 20,
      faults: { '10.0.0.21': { 'upgrade-fails': 'rpc' } },
    });
    const desired = await h.render(STAGING_UPGRADE);
    const report = await roll(h, desired);
    expectStagingHalt(report, /Upgrade failed.*node not touched/, {
      detail: /simulated failure \(upgrade-fails fault\)/,
      cpStatus: 'upgraded',
      production: false,
    });
    expect(touched(h.sim.events)).toEqual(['stg-cp-1']);
    expect(h.sim.node(ADDRESS['stg-w-1']!).talosVersion).toBe('v1.12.11');
    await rerun(h, desired, ['stg-w-1', 'stg-w-2']);
  });

  it('upgrade-fails (rollback): the node comes back on the old version and the rollout stops there', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['staging'],
      rebootMs: 20,
      faults: { '10.0.0.21': { 'upgrade-fails': 'rollback' } },
    });
    const desired = await h.render(STAGING_UPGRADE);
    const report = await roll(h, desired);
    expectStagingHalt(report, /came back on Talos v1.12.11, not v1.13.9/, {
      cpStatus: 'upgraded',
      production: false,
    });
    expect(node(report, 'stg-w-1').touched).toBe(true);
    // Nothing but the upgrade was tried on stg-w-1: its config was not applied on the old version.
    expect(h.sim.events.filter((e) => e.nodeName === 'stg-w-1' && e.type === 'apply')).toEqual([]);
    expect(touched(h.sim.events)).toEqual(['stg-cp-1', 'stg-w-1']);
    const again = await rerun(h, desired, ['stg-w-1', 'stg-w-2']);
    expect(node(again, 'stg-w-1').status).toBe('upgraded');
  });
  it('a failing worker lets its batch-mates finish, and no later batch starts', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['production'],
      rebootMs: 20,
      faults: { '10.0.1.21': { 'never-healthy': true } },
    });
    const desired = await h.render(REBOOT_CHANGE);
    const report = await roll(h, desired, { healthTimeoutMs: 500 });
    // production: maxParallel 2, so prod-w-1 and prod-w-2 form the first worker batch
    expect(statuses(report)).toMatchObject({
      'prod-w-1': 'failed',
      'prod-w-2': 'applied',
      'prod-w-3': 'not-reached',
      'prod-w-4': 'not-reached',
    });
    expect(report.halted).toMatchObject({ cluster: 'production', node: 'prod-w-1' });
    expect(touched(h.sim.events)).toEqual(['prod-cp-1', 'prod-cp-2', 'prod-cp-3', 'prod-w-1', 'prod-w-2']);
    await rerun(h, desired, ['prod-w-3', 'prod-w-4']);
  });
});

describe('stopping early', () => {
  it('hang: a node that never answers fails at the call deadline, untouched', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), clusters: ['staging'], rebootMs: 20 });
    const desired = await h.render(REBOOT_CHANGE);
    const report = await runRollout({
      fleet: desired,
      talosconfig: h.sim.talosconfig,
      kubernetes: { endpoints: h.sim.kubernetesEndpoints },
      registry: h.registry,
      progress: { onEvent: upon('node-done', 'stg-cp-1', () => setFault(h!, 'stg-w-1', 'hang')) },
      timing: { pollInitialMs: 5, pollMaxMs: 25, callTimeoutMs: 300, healthTimeoutMs: 8_000 },
    });
    expectStagingHalt(report, /did not answer in time.*node not touched/, {
      production: false,
      detail: /no answer within 300 ms/,
    });
    expect(touched(h.sim.events)).toEqual(['stg-cp-1']);
    await rerun(h, desired, ['stg-w-1', 'stg-w-2']);
  });

  it('an interrupt lets the nodes in flight finish and starts no other', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), rebootMs: 20 });
    const desired = await h.render(REBOOT_CHANGE);
    const controller = new AbortController();
    const report = await runRollout({
      fleet: desired,
      talosconfig: h.sim.talosconfig,
      kubernetes: { endpoints: h.sim.kubernetesEndpoints },
      stagesOrder: STAGES,
      registry: h.registry,
      signal: controller.signal,
      progress: { onEvent: upon('node-start', 'stg-w-1', () => controller.abort()) },
      timing: { pollInitialMs: 5, pollMaxMs: 25, callTimeoutMs: 3_000, healthTimeoutMs: 8_000 },
    });
    expect(report.status).toBe('failed');
    expect(statuses(report)).toMatchObject({
      'stg-cp-1': 'applied',
      'stg-w-1': 'applied',
      'stg-w-2': 'not-reached',
    });
    expect(report.halted).toMatchObject({
      cluster: 'staging',
      reason: 'interrupted before stg-w-2 was started',
    });
    expect(report.stages[1]!.status).toBe('not-reached');
    expect(touched(h.sim.events)).toEqual(['stg-cp-1', 'stg-w-1']);
    await rerun(h, desired, ['stg-w-2', ...PRODUCTION]);
  });
});

describe('preflight', () => {
  it('refuses a cluster whose etcd is unhealthy, touching none of it, after the earlier stage is done', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      rebootMs: 20,
      faults: { '10.0.1.12': { 'etcd-unhealthy': true } },
    });
    const desired = await h.render(REBOOT_CHANGE);
    const report = await roll(h, desired);
    expect(report.status).toBe('failed');
    expect(report.stages[0]).toMatchObject({ name: 'staging', status: 'done' });
    const prod = report.stages[1]!.clusters[0]!;
    expect(prod.status).toBe('skipped-unhealthy');
    expect(prod.reason).toMatch(/preflight: prod-cp-2: .*etcd errors/);
    expect(prod.nodes.every((n) => n.status === 'skipped-unhealthy-cluster' && !n.touched)).toBe(true);
    expect(report.halted).toMatchObject({ stage: 'production', cluster: 'production' });
    expect(touched(h.sim.events.filter((e) => e.cluster === 'production'))).toEqual([]);
    await rerun(h, desired, PRODUCTION);
  });

  it('refuses a cluster with an unreachable node', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['production'],
      rebootMs: 20,
      faults: { '10.0.1.23': { unreachable: true } },
    });
    const desired = await h.render(REBOOT_CHANGE);
    const report = await roll(h, desired);
    const prod = report.stages[0]!.clusters[0]!;
    expect(prod.status).toBe('skipped-unhealthy');
    expect(prod.preflight.join('\n')).toMatch(/prod-w-3: unreachable/);
    expect(touched(h.sim.events)).toEqual([]);
    expect(rolloutExitCode(report)).toBe(1);
  });
});
