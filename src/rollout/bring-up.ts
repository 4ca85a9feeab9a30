/**
 * Bringing up a cluster that has no etcd yet, the way Talos's own guide does it: every node gets its
 * config (new ones over the maintenance API), etcd is bootstrapped on exactly one control plane — and
 * only after every control plane says it has no etcd data — and then the cluster is waited for until
 * every control plane is an etcd member and every node is healthy. A re-run finds etcd data and never
 * bootstraps again.
 */
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import { bootstrapOnce } from './bootstrap.js';
import { mapLimit } from './clock.js';
import type { ClusterRunEnv, Inspection } from './cluster.js';
import { describeFailure } from './failure.js';
import { sendFirstConfig, waitConfigured } from './maintenance.js';
import type { NodePlan } from './plan.js';
import type { ClusterReport, NodeReport, NodeStatus } from './types.js';
import { waitUntilHealthy } from './wait.js';

/** Nodes given their config at the same time (nothing runs on them yet). */
const CONFIG_PARALLEL = 16;

export interface BringUpState {
  inspections: readonly Inspection[];
  plans: ReadonlyMap<RenderedNode, NodePlan>;
  reports: ReadonlyMap<RenderedNode, NodeReport>;
  report: ClusterReport;
  finish(status: ClusterReport['status'], reason?: string): ClusterReport;
}

export async function bringUp(
  env: ClusterRunEnv,
  cluster: RenderedCluster,
  state: BringUpState,
): Promise<ClusterReport> {
  const { inspections, plans, reports, report, finish } = state;
  const cps = cluster.nodes.filter((n) => n.role === 'controlplane');
  // Nothing runs before etcd: only reachability and what a node cannot take count.
  const problems: string[] = [];
  for (const i of inspections) {
    const plan = plans.get(i.node);
    if (!plan) problems.push(`${i.node.name}: ${i.problems.join('; ') || 'cannot be inspected'}`);
    else if (plan.action === 'upgrade' || plan.action === 'upgrade+config')
      problems.push(
        `${i.node.name}: runs Talos ${plan.from.talosVersion}, not ${cluster.talosVersion}; a cluster is brought up at one version`,
      );
    else if (plan.refusal) problems.push(`${i.node.name}: ${plan.refusal}`);
  }
  report.preflight = problems.map((p) => env.registry.redact(p));
  const todo = cluster.nodes.filter((n) => plans.get(n) && plans.get(n)!.action !== 'none');
  const first = cps[0];
  report.bootstrap = { node: first?.name ?? '', status: 'planned' };
  env.emit({
    type: 'cluster-planned',
    at: env.clock.now(),
    cluster: cluster.name,
    changes: todo.map((n) => ({ node: n.name, action: plans.get(n)!.action })),
    preflight: report.preflight,
  });
  if (report.preflight.length > 0) {
    for (const n of cluster.nodes)
      if (reports.get(n)!.status !== 'unchanged') reports.get(n)!.status = 'skipped-unhealthy-cluster';
    report.bootstrap = undefined;
    return finish('skipped-unhealthy', `preflight: ${report.preflight.slice(0, 3).join('; ')}`);
  }
  if (!first) return finish('failed', 'the cluster has no control plane: nothing to bootstrap etcd on');
  for (const n of todo) reports.get(n)!.status = env.dryRun ? 'planned' : 'not-reached';
  if (env.dryRun) return finish('planned');

  const started = new Map<RenderedNode, number>();
  const start = (n: RenderedNode) => {
    const t = env.clock.now();
    started.set(n, t);
    const r = reports.get(n)!;
    r.startedAt = new Date(t).toISOString();
    env.emit({
      type: 'node-start',
      at: t,
      cluster: cluster.name,
      node: n.name,
      role: n.role,
      action: r.action,
    });
  };
  const done = (n: RenderedNode, status: NodeStatus, reason?: string) => {
    const t = env.clock.now();
    const r = reports.get(n)!;
    const t0 = started.get(n) ?? t;
    Object.assign(r, { status, endedAt: new Date(t).toISOString(), durationMs: t - t0 });
    if (reason) r.reason = env.registry.redact(reason);
    env.emit({
      type: 'node-done',
      at: t,
      cluster: cluster.name,
      node: n.name,
      status,
      durationMs: t - t0,
      reason: r.reason,
    });
  };
  const step = (
    n: RenderedNode,
    s: 'first-config' | 'apply' | 'wait-healthy' | 'bootstrap',
    detail?: string,
  ) =>
    env.emit({
      type: 'node-step',
      at: env.clock.now(),
      cluster: cluster.name,
      node: n.name,
      step: s,
      detail,
    });

  // 1. Every node gets its config: new ones over the maintenance API, the others as usual.
  const configured = await mapLimit(todo, CONFIG_PARALLEL, async (n): Promise<string | undefined> => {
    if (env.signal?.aborted) return `interrupted before ${n.name} was started`;
    const r = reports.get(n)!;
    start(n);
    try {
      if (r.action === 'join') {
        step(n, 'first-config', 'over the maintenance API, not authenticated');
        await sendFirstConfig(env, n);
        r.rebooted = true;
      } else {
        step(n, 'apply', 'auto');
        const applied = await env.api.applyConfiguration(n.address, n.text, { mode: 'auto' });
        r.applyMode = { requested: 'auto', used: applied.mode };
      }
      r.touched = true;
      step(n, 'wait-healthy', r.action === 'join' ? 'installing' : undefined);
      const up = await waitConfigured(env, n, env.healthTimeoutMs);
      if (!up.ok) return `${n.name}: ${up.reason}`;
      return undefined;
    } catch (err) {
      const why = describeFailure(err, env.registry);
      return `${n.name}: ${why}${r.touched ? '' : ' (node not touched)'}`;
    }
  });
  const failures = configured.filter((f): f is string => f !== undefined);
  if (failures.length > 0) {
    todo.forEach((n, i) => {
      if (configured[i]) done(n, 'failed', configured[i]!.replace(/^[^:]+: /, ''));
    });
    report.bootstrap = undefined;
    return finish('failed', `${failures[0]} (etcd not bootstrapped)`);
  }

  // 2. etcd, exactly once.
  step(first, 'bootstrap');
  const boot = await bootstrapOnce(env, cps, env.healthTimeoutMs);
  if (!boot.ok) {
    report.bootstrap = { node: first.name, status: boot.refused ? 'refused' : 'failed', reason: boot.reason };
    for (const n of todo) done(n, 'failed', boot.reason);
    return finish('failed', boot.reason);
  }
  report.bootstrap = { node: first.name, status: 'done' };

  // 3. The cluster comes up: control planes join etcd by themselves, then every node is healthy.
  const waits = await mapLimit(
    [...cps, ...cluster.nodes.filter((n) => n.role === 'worker')],
    CONFIG_PARALLEL,
    async (n) => {
      const w = await waitUntilHealthy(
        env,
        n.address,
        {
          role: n.role,
          talosVersion: cluster.talosVersion,
          etcdMembers: n.role === 'controlplane' ? cps.length : undefined,
        },
        { timeoutMs: env.healthTimeoutMs },
      );
      return { n, w };
    },
  );
  let failed: string | undefined;
  for (const { n, w } of waits) {
    if (!todo.includes(n)) continue;
    const r = reports.get(n)!;
    if (w.ok) done(n, r.action === 'join' ? 'joined' : 'applied');
    else {
      done(n, 'failed', w.reason);
      failed ??= `${n.name}: ${w.reason}`;
    }
  }
  const sick = waits.find(({ n, w }) => !w.ok && !todo.includes(n));
  failed ??= sick && !sick.w.ok ? `${sick.n.name}: ${sick.w.reason}` : undefined;
  return failed ? finish('failed', failed) : finish('done');
}
