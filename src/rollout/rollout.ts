/**
 * The staged rolling apply: stages strictly in order, the clusters of a stage side by side (each
 * rolled by runCluster), and the first failure halts: its cluster stops and no later stage starts.
 * A re-run resumes, because converged nodes plan as unchanged. With `dryRun` nothing is changed:
 * every stage is planned (and preflighted) and the report says what would happen.
 */
import type { KubernetesAccessOptions } from '../kubernetes/access.js';
import type { Fleet, RenderedCluster, RenderedNode } from '../render/types.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { TalosClient } from '../talos/client.js';
import type { Talosconfig } from '../talos/talosconfig.js';
import { mapLimit, realClock } from './clock.js';
import { INTERRUPTED, initialReport, runCluster } from './cluster.js';
import { describeFailure } from './failure.js';
import { defaultMaintenanceEndpoint } from './maintenance.js';
import { orderStages } from './schedule.js';
import { RolloutTracker } from './snapshot.js';
import {
  type Clock,
  type ClusterReport,
  DEFAULT_TIMING,
  type ProgressReporter,
  type RolloutApi,
  type RolloutEvent,
  type RolloutReport,
  type RolloutTiming,
  type StageReport,
} from './types.js';

export interface RunRolloutOptions {
  fleet: Fleet;
  /** How to reach the clusters: the context named after a cluster, else the current context. */
  talosconfig: Talosconfig;
  /** The talosconfig's file name, for messages. */
  talosconfigFile?: string;
  /** Stage order; required when the selected clusters span several stages. */
  stagesOrder?: string[];
  dryRun?: boolean;
  registry: SecretRegistry;
  progress?: ProgressReporter;
  clock?: Clock;
  timing?: Partial<RolloutTiming>;
  /**
   * Stops the rollout gracefully: nodes in flight finish (a node is never left half-done by us), no
   * further node, cluster or stage starts, and the report says it was interrupted.
   */
  signal?: AbortSignal;
  /**
   * Stops at once (after `signal`, when the nodes in flight take too long): the returned report is a
   * snapshot of the rollout so far, naming each node in flight as interrupted with the step it was at
   * and what remains to do. Calls in flight are not waited for; the caller reports and exits.
   */
  stop?: AbortSignal;
  /**
   * Clusters refused before the rollout, with why (unwaived error findings): reported as failed, none
   * of their nodes touched, and like any failure they halt later stages.
   */
  refused?: ReadonlyMap<string, string>;
  /** Replaces the Talos client per cluster (the default is built from the talosconfig). */
  clientFor?: (cluster: RenderedCluster) => RolloutApi;
  /**
   * How to reach each cluster's Kubernetes API (drain, gates): a kubeconfig, or API server URLs; by
   * default an admin credential is minted from the cluster's Kubernetes CA for its endpoint.
   */
  kubernetes?: KubernetesAccessOptions;
  /** Where command gates run: the repository root (default: the current directory). */
  cwd?: string;
  /**
   * Where a node in maintenance mode listens (default: its address, port 50000): for NAT, port
   * forwards, or the simulator's loopback endpoints.
   */
  maintenanceEndpoint?: (cluster: RenderedCluster, node: RenderedNode) => string | undefined;
  /**
   * Node addresses at the last applied commit (cluster → node → address), e.g. from rendering the
   * base ref: a node the change moves is reached there until its new config is applied.
   */
  formerAddresses?: Record<string, Record<string, string>>;
  /**
   * Dry run: the fleet rendered at the last applied commit (every secret decrypted). A node that runs
   * something else is labelled as drift, with the revert the apply would make.
   */
  lastApplied?: Fleet;
}

function lastAppliedOf(opts: RunRolloutOptions, cluster: RenderedCluster): { lastApplied?: RenderedCluster } {
  const was = opts.dryRun ? opts.lastApplied?.clusters.find((c) => c.name === cluster.name) : undefined;
  return was ? { lastApplied: was } : {};
}

/** The Talos client for a cluster: its own context if the talosconfig has one, else the current one. */
export function clusterClient(
  talosconfig: Talosconfig,
  cluster: RenderedCluster,
  timing: RolloutTiming,
  file?: string,
): TalosClient {
  return TalosClient.fromTalosconfig(talosconfig, {
    context: talosconfig.contexts[cluster.name] ? cluster.name : undefined,
    file,
    deadlineMs: timing.callTimeoutMs,
    // The rollout polls with its own backoff; the client's retries would only blur its timing.
    retries: 0,
  });
}

function notReached(cluster: RenderedCluster): ClusterReport {
  return {
    name: cluster.name,
    stage: cluster.stage,
    status: 'not-reached',
    preflight: [],
    nodes: cluster.nodes.map((n) => initialReport(cluster, n)),
  };
}

const FAILED_CLUSTER = new Set<ClusterReport['status']>(['failed', 'skipped-unhealthy']);

export async function runRollout(opts: RunRolloutOptions): Promise<RolloutReport> {
  const clock = opts.clock ?? realClock;
  const timing: RolloutTiming = { ...DEFAULT_TIMING, ...opts.timing };
  const dryRun = opts.dryRun ?? false;
  const tracker = new RolloutTracker();
  const emit = (event: RolloutEvent) => {
    tracker.onEvent(event);
    try {
      opts.progress?.onEvent(event);
    } catch {
      // a broken display must not break a rollout
    }
  };
  const started = clock.now();
  const groups = orderStages(opts.fleet.clusters, opts.stagesOrder);
  emit({ type: 'rollout-start', at: started, dryRun, stages: groups.map((g) => g.stage) });
  const run = roll(opts, { groups, emit, clock, timing, started });
  const stop = opts.stop;
  if (!stop) return run;
  // after a hard stop the run goes on unwatched; its failure is no longer anyone's to report
  run.catch(() => undefined);
  let onStop: (() => void) | undefined;
  const stopped = new Promise<RolloutReport>((resolve) => {
    onStop = () => {
      const report = tracker.snapshot({ stages: groups, dryRun, startedAt: started, now: clock.now() });
      emit({ type: 'rollout-done', at: report.durationMs + started, report });
      resolve(report);
    };
    if (stop.aborted) onStop();
    else stop.addEventListener('abort', onStop, { once: true });
  });
  try {
    return await Promise.race([run, stopped]);
  } finally {
    if (onStop) stop.removeEventListener('abort', onStop);
  }
}

async function roll(
  opts: RunRolloutOptions,
  env: {
    groups: ReturnType<typeof orderStages>;
    emit: (event: RolloutEvent) => void;
    clock: Clock;
    timing: RolloutTiming;
    started: number;
  },
): Promise<RolloutReport> {
  const { groups, emit, clock, timing, started } = env;
  const dryRun = opts.dryRun ?? false;
  const { registry } = opts;
  const stages: StageReport[] = [];
  let halted: RolloutReport['halted'];
  for (const group of groups) {
    if (opts.signal?.aborted && !halted) {
      halted = {
        stage: group.stage,
        cluster: group.clusters[0]!.name,
        reason: `${INTERRUPTED} before stage ${group.stage}`,
      };
    }
    if (halted && !dryRun) {
      stages.push({ name: group.stage, status: 'not-reached', clusters: group.clusters.map(notReached) });
      continue;
    }
    emit({
      type: 'stage-start',
      at: clock.now(),
      stage: group.stage,
      clusters: group.clusters.map((c) => c.name),
    });
    const clusters = await mapLimit(group.clusters, timing.maxParallelClusters, async (cluster) => {
      if (opts.signal?.aborted) {
        const r = notReached(cluster);
        r.reason = `${INTERRUPTED} before this cluster was started`;
        return r;
      }
      const refusal = opts.refused?.get(cluster.name);
      if (refusal !== undefined) {
        const r = notReached(cluster);
        r.status = 'failed';
        r.reason = registry.redact(refusal);
        emit({
          type: 'cluster-done',
          at: clock.now(),
          cluster: cluster.name,
          status: 'failed',
          reason: r.reason,
        });
        return r;
      }
      let api: RolloutApi;
      try {
        api =
          opts.clientFor?.(cluster) ?? clusterClient(opts.talosconfig, cluster, timing, opts.talosconfigFile);
      } catch (err) {
        const r = notReached(cluster);
        r.status = 'failed';
        r.reason = `cannot reach the cluster: ${describeFailure(err, registry)}`;
        emit({
          type: 'cluster-done',
          at: clock.now(),
          cluster: cluster.name,
          status: 'failed',
          reason: r.reason,
        });
        return r;
      }
      try {
        return await runCluster(cluster, {
          api,
          cluster,
          stage: group.stage,
          dryRun,
          registry,
          clock,
          timing,
          healthTimeoutMs: timing.healthTimeoutMs ?? cluster.rollout.healthTimeoutMs,
          emit,
          signal: opts.signal,
          kubernetes: { timeoutMs: timing.callTimeoutMs, ...opts.kubernetes },
          cwd: opts.cwd ?? process.cwd(),
          maintenance: (node) =>
            TalosClient.maintenance(
              opts.maintenanceEndpoint?.(cluster, node) ?? defaultMaintenanceEndpoint(node),
              { deadlineMs: timing.callTimeoutMs, retries: 0 },
            ),
          where: new Map(),
          ...(opts.formerAddresses?.[cluster.name]
            ? { formerAddresses: opts.formerAddresses[cluster.name] }
            : {}),
          ...lastAppliedOf(opts, cluster),
        });
      } finally {
        api.close();
      }
    });
    const failed = clusters.filter(
      (c) =>
        FAILED_CLUSTER.has(c.status) || (c.status === 'not-reached' && c.reason?.startsWith(INTERRUPTED)),
    );
    const status = failed.length ? 'failed' : dryRun ? 'planned' : 'done';
    stages.push({ name: group.stage, status, clusters });
    emit({ type: 'stage-done', at: clock.now(), stage: group.stage, status });
    if (failed.length && !halted) {
      const first = failed[0]!;
      const node = first.nodes.find((n) => n.status === 'failed');
      const next =
        node ??
        first.nodes.find((n) => n.status === 'not-reached' && n.action !== 'none' && n.action !== 'unknown');
      halted = {
        stage: group.stage,
        cluster: first.name,
        node: node?.name,
        reason: first.reason ?? 'failed',
        ...(next ? { resumeFrom: next.name } : {}),
      };
    }
  }
  const ended = clock.now();
  const report: RolloutReport = {
    version: 1,
    dryRun,
    status: halted ? 'failed' : 'succeeded',
    ...(halted ? { halted } : {}),
    stages,
    startedAt: new Date(started).toISOString(),
    endedAt: new Date(ended).toISOString(),
    durationMs: ended - started,
  };
  emit({ type: 'rollout-done', at: ended, report });
  return report;
}

/** 0: everything selected converged (or would roll out cleanly); 1: failed or halted. */
export function rolloutExitCode(report: RolloutReport): number {
  return report.status === 'succeeded' ? 0 : 1;
}
