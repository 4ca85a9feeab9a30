/**
 * One cluster's rollout: inspect every node (reachable, healthy, version, running config; a node that
 * answers only in maintenance mode is new), plan, preflight (an unhealthy cluster, or one with a node
 * that cannot be rolled, is left untouched), then control planes one at a time (etcd leader last, new
 * ones after, each joining with etcd membership checked) and workers in batches of maxParallel,
 * stopping at the first failure. Nodes not reached are left exactly as they were.
 *
 * A cluster where no control plane has etcd yet is brought up instead (bring-up.ts): every node gets
 * its config, etcd is bootstrapped on exactly one control plane, and the cluster is waited for.
 */

import type { ConfigDocument } from '../config/document.js';
import { loadConfig } from '../config/patch.js';
import { KubernetesAccess, type KubernetesAccessOptions } from '../kubernetes/access.js';
import { contractOf } from '../model/model.js';
import type { RenderedCluster, RenderedNode, Role } from '../render/types.js';
import type { EtcdMember } from '../talos/types.js';
import { etcdDataOf } from './bootstrap.js';
import { bringUp } from './bring-up.js';
import { mapLimit } from './clock.js';
import { describeFailure } from './failure.js';
import { runGates } from './gates.js';
import { checkNodeHealth, normalizeVersion } from './health.js';
import { joinNode } from './join.js';
import { KubernetesNodeList } from './kube-nodes.js';
import {
  heldRender,
  type KubernetesUpgradePlan,
  kubernetesPrechecks,
  planKubernetesUpgrade,
  runKubernetesUpgrade,
} from './kubernetes-upgrade.js';
import { lastAppliedDrift } from './last-applied-drift.js';
import { checkFirstConfig, type MaintenanceEnv, probeMaintenance } from './maintenance.js';
import { type ClusterEnv, currentAddress, type NodeResult, rollNode } from './node-step.js';
import { type LiveNode, type NodePlan, planNode } from './plan.js';
import { findRemoved, type RemovedNode, removeNode } from './removal.js';
import { controlPlaneOrder, etcdLeader, isMemberOf, workerParallelism } from './schedule.js';
import type { ClusterReport, NodeAction, NodeReport } from './types.js';
import { KubernetesWatch } from './wakeup.js';

/** Nodes inspected at the same time. */
const INSPECT_PARALLEL = 16;
/** Problems listed in a cluster's one-line reason. */
const REASON_PROBLEMS = 3;

export interface ClusterRunEnv extends ClusterEnv, MaintenanceEnv {
  stage: string;
  dryRun: boolean;
  /** Once aborted, no further node is started; nodes in flight finish. */
  signal?: AbortSignal;
  /** How to reach the cluster's Kubernetes API. */
  kubernetes?: KubernetesAccessOptions;
  /** Where command gates run (the repository root). */
  cwd: string;
  /**
   * Where a node was at the last applied commit, by name, when the render moves it: a node not
   * answering at its new address is looked for there.
   */
  formerAddresses?: Record<string, string>;
  /** Dry run: the cluster's render at the last applied commit, to tell drift from change. */
  lastApplied?: RenderedCluster;
}

export const INTERRUPTED = 'interrupted';

/** A node's report before anything happened to it: not reached. */
export function initialReport(cluster: RenderedCluster, n: RenderedNode): NodeReport {
  return {
    cluster: cluster.name,
    name: n.name,
    address: n.address,
    role: n.role,
    status: 'not-reached',
    action: 'unknown',
    talosVersion: { to: cluster.talosVersion },
    kubernetesVersion: { to: cluster.kubernetesVersion },
    impacts: [],
    rebooted: false,
    touched: false,
    notes: [],
  };
}

export interface Inspection {
  node: RenderedNode;
  live?: LiveNode;
  /** It answers only in maintenance mode, booted from this Talos version: it is new. */
  maintenance?: string;
  problems: string[];
}

/** Etcd member counts are checked for the cluster as a whole (membership), not node by node. */
async function read(env: ClusterRunEnv, node: RenderedNode, address: string) {
  return Promise.all([
    checkNodeHealth(env.api, address, { role: node.role }, env.registry),
    env.api.getMachineConfig(address).then(
      (text) => ({ text }),
      (err: unknown) => ({ error: describeFailure(err, env.registry) }),
    ),
  ]);
}

async function inspect(env: ClusterRunEnv, node: RenderedNode): Promise<Inspection> {
  let [health, config] = await read(env, node, node.address);
  const former = env.formerAddresses?.[node.name];
  if (!health.reachable && former && former !== node.address) {
    // The change moves it: until it is applied, the node is where it was.
    const [h, c] = await read(env, node, former);
    if (h.reachable) {
      [health, config] = [h, c];
      env.where?.set(node.name, former);
    } else {
      health = {
        ...health,
        problems: [
          `unreachable at ${node.address} and at ${former}, its address at the last applied commit: ${h.problems.join('; ')}`,
        ],
      };
    }
  }
  const problems = [...health.problems];
  // Whether it runs is whether it answered Version: a later call can fail as "unavailable" for other
  // reasons (etcd without a leader answers so).
  if (health.version === undefined) {
    const maintenance = await probeMaintenance(env, node);
    if (maintenance) return { node, maintenance, problems: [] };
    return { node, problems };
  }
  if ('error' in config)
    return { node, problems: [...problems, `cannot read its running config: ${config.error}`] };
  return { node, live: { version: health.version, config: config.text }, problems };
}

/** A new node's plan: it gets its first config and joins. */
function joinPlan(node: RenderedNode): NodePlan {
  return {
    node,
    action: 'join',
    from: { talosVersion: '' },
    impacts: ['live'],
    reasons: [],
    talosReboots: false,
    explicitReboot: false,
    restartsKubelet: false,
    notes: ['new: joins the cluster (its first config goes over the maintenance API, unauthenticated)'],
  };
}

export type EtcdState =
  | { kind: 'none' }
  | { kind: 'members'; members: EtcdMember[] }
  | { kind: 'unknown'; reason: string };

/**
 * The cluster's etcd, from its running control planes: the members any of them lists; none when no
 * control plane runs, or none has etcd data; unknown when a control plane cannot be asked.
 */
async function clusterEtcd(env: ClusterRunEnv, inspections: readonly Inspection[]): Promise<EtcdState> {
  const cps = inspections.filter((i) => i.node.role === 'controlplane');
  const running = cps.filter((i) => i.live).map((i) => i.node);
  for (const cp of running) {
    try {
      const members = await env.api.etcdMemberList(cp.address);
      if (members.some((m) => !m.isLearner)) return { kind: 'members', members };
    } catch {
      // ask the next one, then look at their data
    }
  }
  const silent = cps.find((i) => !i.live && !i.maintenance);
  for (const cp of running) {
    const data = await etcdDataOf(env, cp);
    if ('unknown' in data) return { kind: 'unknown', reason: `${cp.name}: ${data.unknown}` };
    if (data.data)
      return { kind: 'unknown', reason: `${cp.name} has etcd data but no control plane lists members` };
  }
  if (silent)
    return { kind: 'unknown', reason: `${silent.node.name} cannot be asked whether it has etcd data` };
  return { kind: 'none' };
}

function summarize(problems: string[]): string {
  const more = problems.length > REASON_PROBLEMS ? ` (and ${problems.length - REASON_PROBLEMS} more)` : '';
  return problems.slice(0, REASON_PROBLEMS).join('; ') + more;
}

export async function runCluster(cluster: RenderedCluster, env: ClusterRunEnv): Promise<ClusterReport> {
  const { clock } = env;
  const started = clock.now();
  const reports = new Map(cluster.nodes.map((n) => [n, initialReport(cluster, n)]));
  const report: ClusterReport = {
    name: cluster.name,
    stage: env.stage,
    status: 'not-reached',
    preflight: [],
    nodes: [...reports.values()],
    startedAt: new Date(started).toISOString(),
  };
  const finish = (status: ClusterReport['status'], reason?: string): ClusterReport => {
    const ended = clock.now();
    report.status = status;
    if (reason) report.reason = env.registry.redact(reason);
    report.endedAt = new Date(ended).toISOString();
    report.durationMs = ended - started;
    env.emit({ type: 'cluster-done', at: ended, cluster: cluster.name, status, reason: report.reason });
    return report;
  };
  env.emit({
    type: 'cluster-start',
    at: started,
    cluster: cluster.name,
    stage: env.stage,
    nodes: cluster.nodes.map((n) => n.name),
  });

  if (cluster.hidden.length > 0) {
    return finish(
      'failed',
      `rendered without its secrets (${cluster.hidden.join(', ')}): such a render is never applied`,
    );
  }

  const plans = new Map<RenderedNode, NodePlan>();
  /** Each node's running documents and Talos version (for a Kubernetes upgrade). */
  const lives = new Map<RenderedNode, ConfigDocument[]>();
  const talosVersions = new Map<RenderedNode, string>();
  // Each node is planned as soon as it is inspected: its reads overlap the others' planning.
  const inspections = await mapLimit(cluster.nodes, INSPECT_PARALLEL, async (n) => {
    const inspection = await inspect(env, n);
    if (inspection.maintenance) {
      const plan = joinPlan(n);
      if (env.dryRun) {
        const rejected = await checkFirstConfig(env, n);
        if (rejected) plan.refusal = rejected;
      }
      plans.set(n, plan);
      const r = reports.get(n)!;
      r.action = 'join';
      r.talosVersion.from = inspection.maintenance;
      r.impacts = plan.impacts;
      r.notes.push(...plan.notes);
      return inspection;
    }
    if (!inspection.live) return inspection;
    const liveVersion = normalizeVersion(inspection.live.version);
    talosVersions.set(n, liveVersion);
    let liveDocs: ConfigDocument[] | undefined;
    try {
      liveDocs = loadConfig(
        inspection.live.config,
        `live config of ${cluster.name}/${n.name}`,
        contractOf(liveVersion) ?? cluster.contract,
      );
      lives.set(n, liveDocs);
    } catch {
      // planNode says so in the node's notes
    }
    let plan: NodePlan;
    try {
      // A Kubernetes version change comes last, in upgrade-k8s's order: the config rollout first
      // takes everything else, keeping the node's running Kubernetes images.
      const target = liveDocs ? heldRender(n, liveDocs, cluster) : n;
      plan = await planNode(cluster, target, inspection.live, {
        api: env.api,
        registry: env.registry,
        withDiff: env.dryRun,
        address: currentAddress(env, n),
      });
    } catch (err) {
      inspection.problems.push(`cannot plan it: ${describeFailure(err, env.registry)}`);
      return inspection;
    }
    plans.set(n, plan);
    const r = reports.get(n)!;
    r.action = plan.action;
    r.talosVersion.from = plan.from.talosVersion;
    r.kubernetesVersion.from = plan.from.kubernetesVersion;
    r.impacts = plan.impacts;
    const at = currentAddress(env, n);
    if (at !== n.address) {
      r.notes.push(`moves: reached at ${at} (its address at the last applied commit), then at ${n.address}`);
    }
    r.notes.push(...plan.notes);
    if (plan.dryRun) r.dryRun = plan.dryRun;
    if (env.dryRun && env.lastApplied && plan.action !== 'none') {
      const drift = lastAppliedDrift(env.lastApplied, n, inspection.live, env.registry);
      if (drift) r.drift = drift;
    }
    if (plan.action === 'none') r.status = 'unchanged';
    return inspection;
  });
  const etcd = await clusterEtcd(env, inspections);
  if (etcd.kind === 'none') {
    return bringUp(env, cluster, { inspections, plans, reports, report, finish });
  }
  report.preflight = inspections.flatMap((i) =>
    i.problems.map((p) => env.registry.redact(`${i.node.name}: ${p}`)),
  );
  const joining = new Set(inspections.filter((i) => i.maintenance).map((i) => i.node));
  const running = cluster.nodes.filter((n) => n.role === 'controlplane' && !joining.has(n));
  if (etcd.kind === 'unknown') report.preflight.push(env.registry.redact(`etcd: ${etcd.reason}`));
  else {
    for (const cp of running) {
      const member = etcd.members.find((m) => isMemberOf(m, cp));
      if (!member) report.preflight.push(`${cp.name}: not an etcd member`);
      else if (member.isLearner) report.preflight.push(`${cp.name}: still an etcd learner`);
    }
    env.etcdMembers = etcd.members.length;
  }
  env.controlPlanes = running;
  env.pending = new Set(joining);
  const changed = cluster.nodes.filter((n) => plans.get(n) && plans.get(n)!.action !== 'none');
  const unknown = cluster.nodes.filter((n) => !plans.has(n));

  // what the cluster runs that cluster.yaml no longer lists
  const removeNodes = cluster.rollout.removeNodes === true;
  // Kubernetes is asked too where it is needed anyway (drain), or where removing is asked for
  const found =
    etcd.kind === 'members'
      ? await findRemoved(env, cluster, etcd.members, {
          kubernetes: removeNodes || cluster.rollout.drain !== false,
        })
      : undefined;
  const removals = new Map<RemovedNode, NodeReport>();
  for (const r of found?.removed ?? []) {
    const rep = removedReport(cluster, r, removeNodes);
    report.nodes.push(rep);
    if (removeNodes) removals.set(r, rep);
  }
  if (found?.notes.length) report.notes = found.notes.map((n) => env.registry.redact(n));
  if (removals.size > 0 && running.length === 0 && [...removals.keys()].some((r) => r.member)) {
    report.preflight.push(
      'removing the control planes not listed would leave etcd without a member: never done',
    );
  }
  const kubernetes = unknown.length === 0 ? planKubernetesUpgrade(cluster, lives) : undefined;
  if (kubernetes) {
    report.kubernetes = { from: kubernetes.from, to: kubernetes.to, precheck: [], steps: [] };
    for (const n of kubernetes.nodes) {
      const r = reports.get(n)!;
      r.notes.push(`Kubernetes ${kubernetes.from} → ${kubernetes.to} (upgrade-k8s order, after the config)`);
      r.impacts = [...r.impacts.filter((i) => i !== 'none'), 'kubernetes-upgrade'];
      if (r.status === 'unchanged') r.status = env.dryRun ? 'planned' : 'not-reached';
    }
  }
  env.emit({
    type: 'cluster-planned',
    at: clock.now(),
    cluster: cluster.name,
    changes: [
      ...changed.map((n) => ({ node: n.name, action: plans.get(n)!.action })),
      ...[...removals.keys()].map((r) => ({ node: r.name, action: 'remove' as const })),
    ],
    preflight: report.preflight,
  });

  if (changed.length === 0 && unknown.length === 0 && !kubernetes && removals.size === 0)
    return finish('unchanged');
  if (report.preflight.length > 0) {
    for (const n of [...changed, ...unknown]) reports.get(n)!.status = 'skipped-unhealthy-cluster';
    for (const rep of removals.values()) rep.status = 'skipped-unhealthy-cluster';
    return finish('skipped-unhealthy', `preflight: ${summarize(report.preflight)}`);
  }
  for (const rep of removals.values()) rep.status = env.dryRun ? 'planned' : 'not-reached';
  let parallel: number;
  try {
    parallel = workerParallelism(
      cluster.rollout.workersMaxParallel,
      cluster.nodes.filter((n) => n.role === 'worker').length,
    );
  } catch (err) {
    return finish('failed', describeFailure(err, env.registry));
  }
  const refused = changed.filter((n) => plans.get(n)!.refusal);
  for (const n of changed) reports.get(n)!.status = env.dryRun ? 'planned' : 'not-reached';
  for (const n of refused) {
    const r = reports.get(n)!;
    r.status = 'failed';
    r.reason = env.registry.redact(`${plans.get(n)!.refusal!} (node not touched)`);
  }
  if (refused.length > 0) {
    return finish('failed', `${refused[0]!.name}: ${reports.get(refused[0]!)!.reason}`);
  }
  if (env.dryRun) return finish('planned');

  let access: KubernetesAccess | undefined;
  let watch: KubernetesWatch | undefined;
  const needsKubernetes = cluster.rollout.drain !== false || kubernetes !== undefined;
  const made = KubernetesAccess.forCluster(cluster, env.kubernetes ?? {}, env.registry);
  if ('error' in made) {
    if (needsKubernetes) return finish('failed', `${made.error} (nothing was touched)`);
  } else {
    access = made;
    try {
      await access.client().listNodes({ timeoutMs: env.timing.callTimeoutMs, query: { limit: 1 } });
      const kube = access.client();
      env = { ...env, kube, kubeNodes: new KubernetesNodeList(kube) };
      const live = access;
      watch = new KubernetesWatch(() => live.client());
      env.kubeWatch = watch;
    } catch (err) {
      access.close();
      access = undefined;
      if (needsKubernetes) {
        const why = kubernetes
          ? 'to upgrade Kubernetes'
          : 'to drain nodes; give a kubeconfig or set rollout.drain: false';
        return finish(
          'failed',
          `cannot reach the Kubernetes API (${made.source}) ${why}: ${describeFailure(err, env.registry)} (nothing was touched)`,
        );
      }
    }
  }
  try {
    if (kubernetes && env.kube) {
      // upgrade-k8s's checks, before anything at all is touched
      const problems = await kubernetesPrechecks(kubernetes, {
        cluster,
        kube: env.kube,
        talosVersions,
      }).catch((err: unknown) => [`pre-check failed: ${describeFailure(err, env.registry)}`]);
      if (problems.length) {
        report.kubernetes!.precheck = problems.map((p) => env.registry.redact(p));
        return finish(
          'failed',
          `Kubernetes upgrade ${kubernetes.from} → ${kubernetes.to} refused (nothing was touched): ${summarize(problems)}`,
        );
      }
    }
    const gate = gateRunner(cluster, env, report);
    let stopped = await rollChanged(
      cluster,
      env,
      plans,
      changed,
      parallel,
      reports,
      gate,
      !kubernetes && removals.size === 0,
    );
    stopped ??= await removeUnlisted(env, removals, gate, !kubernetes);
    if (stopped === undefined && kubernetes && env.kube) {
      stopped = await upgradeKubernetes(
        kubernetes,
        { ...env, kube: env.kube },
        parallel,
        reports,
        gate,
        report,
      );
      stopped ??= await gate('after');
    }
    return stopped ? finish('failed', stopped) : finish('done');
  } finally {
    watch?.stop();
    access?.close();
  }
}

/** The cluster gates at one point; the reason when one fails. Results go into the report. */
function gateRunner(
  cluster: RenderedCluster,
  env: ClusterRunEnv,
  report: ClusterReport,
): (point: string) => Promise<string | undefined> {
  report.gates = [];
  return async (point) => {
    // the step after the gate finds its Kubernetes nodes in the list the gate took last
    env.kubeNodes?.renew();
    const results = await runGates(
      {
        api: env.api,
        kube: env.kube,
        ...(env.kubeNodes ? { onNodeList: (nodes) => env.kubeNodes?.renew(nodes) } : {}),
        cluster,
        // the cluster as it is now: nodes still waiting to join are not in it yet
        nodes: cluster.nodes.filter((n) => !env.pending?.has(n)),
        etcdMembers: env.etcdMembers,
        registry: env.registry,
        clock: env.clock,
        pollMs: Math.max(env.timing.pollInitialMs, 20),
        timeoutMs: env.healthTimeoutMs,
        cwd: env.cwd,
        ...(env.where ? { where: env.where } : {}),
      },
      point,
    );
    for (const r of results) {
      report.gates!.push(r);
      env.emit({ type: 'gate', at: env.clock.now(), cluster: cluster.name, result: r });
    }
    const bad = results.find((r) => !r.ok);
    return bad ? `gate ${bad.name} failed (${bad.point}): ${bad.detail}` : undefined;
  };
}

async function upgradeKubernetes(
  plan: KubernetesUpgradePlan,
  env: ClusterRunEnv & { kube: NonNullable<ClusterRunEnv['kube']> },
  parallel: number,
  reports: Map<RenderedNode, NodeReport>,
  gate: (point: string) => Promise<string | undefined>,
  report: ClusterReport,
): Promise<string | undefined> {
  const outcome = await runKubernetesUpgrade(
    plan,
    {
      ...env,
      parallel,
      gate,
      touched: (node, note) => {
        const r = reports.get(node)!;
        r.touched = true;
        if (r.status === 'not-reached' || r.status === 'unchanged') r.status = 'applied';
        if (!r.notes.includes(note)) r.notes.push(note);
      },
    },
    report.kubernetes!,
  );
  if (outcome.ok) {
    for (const n of plan.nodes) {
      const r = reports.get(n)!;
      if (r.status === 'not-reached') r.status = 'applied';
    }
    return undefined;
  }
  return `Kubernetes upgrade ${plan.from} → ${plan.to}: ${outcome.reason}`;
}

/** The config rollout: each control plane alone, then worker batches. The reason it stopped, if it did. */
async function rollChanged(
  cluster: RenderedCluster,
  env: ClusterRunEnv,
  plans: Map<RenderedNode, NodePlan>,
  changed: RenderedNode[],
  parallel: number,
  reports: Map<RenderedNode, NodeReport>,
  gate: (point: string) => Promise<string | undefined>,
  /** Whether this is the rollout's last phase (its last gate is then `after`). */
  last: boolean,
): Promise<string | undefined> {
  const runOne = async (plan: NodePlan): Promise<NodeResult> => {
    // a node held at its running Kubernetes images is planned on a copy of its render
    const r = (reports.get(plan.node) ?? [...reports.values()].find((x) => x.name === plan.node.name))!;
    return timedNode(env, r, plan.node, plan.action, () =>
      plan.action === 'join' ? joinNode(env, plan) : rollNode(env, plan),
    );
  };

  // Why the cluster stopped: the first node that failed, or an interruption before a node started.
  let stopped: string | undefined;
  const interrupted = (next: RenderedNode) => {
    if (env.signal?.aborted) stopped = `${INTERRUPTED} before ${next.name} was started`;
    return stopped !== undefined;
  };
  const joining = new Set(env.pending ?? []);
  const running = env.controlPlanes ?? cluster.nodes.filter((n) => n.role === 'controlplane');
  const cps = changed.filter((n) => n.role === 'controlplane' && !joining.has(n)).map((n) => plans.get(n)!);
  const leaderAt =
    cps.length > 1
      ? await etcdLeader(
          env.api,
          running.map((n) => ({ ...n, address: currentAddress(env, n) })),
        )
      : undefined;
  const leader = running.find((n) => n.name === leaderAt?.name);
  // new control planes join after the running ones are rolled, one at a time
  const newCps = changed.filter((n) => n.role === 'controlplane' && joining.has(n)).map((n) => plans.get(n)!);
  const workers = changed.filter((n) => n.role === 'worker').map((n) => plans.get(n)!);
  // The steps: each control plane alone, then worker batches of at most `parallel`. The next step
  // starts only when the whole step is back healthy and the cluster gates pass, so a node that fails
  // (even slowly), or trouble elsewhere in the cluster, stops the rollout before anything else is touched.
  const steps: { label: string; plans: NodePlan[] }[] = [...controlPlaneOrder(cps, leader), ...newCps].map(
    (p) => ({
      label: p.node.name,
      plans: [p],
    }),
  );
  for (let i = 0, b = 1; i < workers.length; i += parallel, b++) {
    steps.push({ label: `batch ${b}`, plans: workers.slice(i, i + parallel) });
  }
  stopped = await gate('before');
  for (let s = 0; s < steps.length && stopped === undefined; s++) {
    const { label, plans: batch } = steps[s]!;
    if (interrupted(batch[0]!.node)) break;
    const results = await Promise.all(batch.map(runOne));
    const bad = results.findIndex((r) => r.status === 'failed');
    if (bad >= 0) stopped = `${batch[bad]!.node.name}: ${results[bad]!.reason ?? 'failed'}`;
    else stopped = await gate(s === steps.length - 1 && last ? 'after' : `after ${label}`);
  }
  return stopped;
}

/** Then, one at a time, the nodes cluster.yaml no longer lists leave the cluster. Why it stopped, if it did. */
async function removeUnlisted(
  env: ClusterRunEnv,
  removals: ReadonlyMap<RemovedNode, NodeReport>,
  gate: (point: string) => Promise<string | undefined>,
  last: boolean,
): Promise<string | undefined> {
  let stopped: string | undefined;
  for (const [r, rep] of removals) {
    if (env.signal?.aborted) {
      stopped = `${INTERRUPTED} before ${r.name} was removed`;
      break;
    }
    const result = await timedNode(env, rep, r, 'remove', () => removeNode(env, r));
    if (result.status === 'failed') {
      stopped = `${r.name}: ${result.reason ?? 'failed'}`;
      break;
    }
    stopped = await gate(last && [...removals.keys()].at(-1) === r ? 'after' : `after removing ${r.name}`);
    if (stopped !== undefined) break;
  }
  return stopped;
}

/** The report of a node cluster.yaml no longer lists. */
function removedReport(cluster: RenderedCluster, r: RemovedNode, removeNodes: boolean): NodeReport {
  return {
    cluster: cluster.name,
    name: r.name,
    address: r.address,
    role: r.role,
    status: 'kept',
    action: 'remove',
    talosVersion: { to: cluster.talosVersion },
    kubernetesVersion: { to: cluster.kubernetesVersion },
    impacts: [],
    rebooted: false,
    touched: false,
    notes: [
      removeNodes
        ? 'no longer in cluster.yaml: drained, out of etcd, reset and its Kubernetes node deleted (rollout.removeNodes)'
        : 'no longer in cluster.yaml: left running (rollout.removeNodes: true removes it)',
    ],
  };
}

/** Runs one node's step, timing it into the node's report and announcing its start and its end. */
async function timedNode(
  env: ClusterEnv,
  rep: NodeReport,
  node: { name: string; role: Role },
  action: NodeAction,
  run: () => Promise<NodeResult>,
): Promise<NodeResult> {
  const t0 = env.clock.now();
  rep.startedAt = new Date(t0).toISOString();
  const at = { cluster: env.cluster.name, node: node.name };
  env.emit({ type: 'node-start', at: t0, ...at, role: node.role, action });
  const result = await run();
  const t1 = env.clock.now();
  Object.assign(rep, {
    status: result.status,
    touched: result.touched,
    rebooted: result.rebooted,
    endedAt: new Date(t1).toISOString(),
    durationMs: t1 - t0,
  });
  if (result.applyMode) rep.applyMode = result.applyMode;
  if (result.reason) rep.reason = result.reason;
  if (result.detail) rep.detail = result.detail;
  rep.notes.push(...result.notes);
  env.emit({
    type: 'node-done',
    at: t1,
    ...at,
    status: result.status,
    durationMs: t1 - t0,
    reason: result.reason,
  });
  return result;
}
