/**
 * The rollout as far as it got, from its progress events: the report written when the rollout is
 * stopped hard (GitHub's SIGTERM after its SIGINT, or a second interrupt) before the nodes in flight
 * are done. A node in flight is named as interrupted with the step it was at and what remains to do
 * (a node mid-reboot says so); nodes done keep their outcome; nodes not started are not reached.
 */
import type { RenderedCluster } from '../render/types.js';
import { INTERRUPTED, initialReport } from './cluster.js';
import type {
  ClusterReport,
  ClusterStatus,
  NodeAction,
  NodeReport,
  NodeStatus,
  NodeStep,
  RolloutEvent,
  RolloutReport,
  StageReport,
  StageStatus,
} from './types.js';

interface NodeTrack {
  action?: NodeAction;
  startedAt?: number;
  steps: Array<{ step: NodeStep; detail?: string }>;
  done?: { status: NodeStatus; reason?: string; durationMs: number; at: number };
}

interface ClusterTrack {
  started: boolean;
  /** Its changes are known (cluster-planned): a node not among them already matched. */
  plannedSeen: boolean;
  done?: { status: ClusterStatus; reason?: string };
  planned: Map<string, NodeAction>;
  nodes: Map<string, NodeTrack>;
}

const TOUCHING = new Set<NodeStep>(['upgrade', 'apply', 'first-config', 'reboot']);

/** A step at which the node reboots: an upgrade, an explicit reboot, or waiting out an apply's reboot. */
const rebootStep = (s: { step: NodeStep; detail?: string }) =>
  s.step === 'reboot' ||
  s.step === 'upgrade' ||
  (s.step === 'wait-healthy' && /reboot expected/.test(s.detail ?? ''));

/** What a node in flight was doing when the rollout stopped, and what is left to do on it. */
export function interruptedReason(track: NodeTrack, action: NodeAction): string {
  const seen = new Set(track.steps.map((s) => s.step));
  const last = track.steps.at(-1);
  const rebooting = last !== undefined && rebootStep(last);
  const upgrades = action === 'upgrade' || action === 'upgrade+config';
  const configures = action === 'config' || action === 'upgrade+config';
  const left: string[] = [];
  if (upgrades && !seen.has('upgrade')) left.push('upgrade Talos');
  if (configures && !seen.has('apply')) left.push('apply the config');
  if (action === 'join' && !seen.has('first-config')) left.push('send the first config');
  // a node in flight at `verify` or `uncordon` is healthy already
  if (!seen.has('verify') && last?.step !== 'uncordon') left.push('wait until it is healthy');
  if (configures && !seen.has('verify')) left.push('check the running config');
  const drain = track.steps.find((s) => s.step === 'drain');
  if (drain && !seen.has('uncordon')) left.push(`uncordon ${drain.detail ?? 'it'} in Kubernetes`);
  else if (last?.step === 'uncordon') left.push(`see ${last.detail ?? 'it'} Ready in Kubernetes`);
  const what = rebooting
    ? `mid-reboot (${last!.step === 'upgrade' ? 'Talos was upgrading it' : 'it was rebooting into the new config'})`
    : last
      ? `at step ${last.step}${last.detail ? ` (${last.detail})` : ''}`
      : 'as it started';
  const touched = track.steps.some((s) => TOUCHING.has(s.step));
  return (
    `${INTERRUPTED} ${what}; ${touched ? 'it was changed' : 'it was not changed yet'}` +
    (left.length ? `; still to do: ${left.join(', ')}` : '')
  );
}

/** Records a rollout's progress events; `snapshot` turns them into a report at any moment. */
export class RolloutTracker {
  private readonly clusters = new Map<string, ClusterTrack>();
  private readonly stagesDone = new Map<string, StageStatus>();

  private cluster(name: string): ClusterTrack {
    let c = this.clusters.get(name);
    if (!c) {
      c = { started: false, plannedSeen: false, planned: new Map(), nodes: new Map() };
      this.clusters.set(name, c);
    }
    return c;
  }

  private node(cluster: string, name: string): NodeTrack {
    const c = this.cluster(cluster);
    let n = c.nodes.get(name);
    if (!n) {
      n = { steps: [] };
      c.nodes.set(name, n);
    }
    return n;
  }

  onEvent(e: RolloutEvent): void {
    switch (e.type) {
      case 'cluster-start':
        this.cluster(e.cluster).started = true;
        break;
      case 'cluster-planned':
        this.cluster(e.cluster).plannedSeen = true;
        for (const ch of e.changes) this.cluster(e.cluster).planned.set(ch.node, ch.action);
        break;
      case 'node-start': {
        const n = this.node(e.cluster, e.node);
        n.action = e.action;
        n.startedAt = e.at;
        break;
      }
      case 'node-step':
        this.node(e.cluster, e.node).steps.push({ step: e.step, ...(e.detail ? { detail: e.detail } : {}) });
        break;
      case 'node-done':
        this.node(e.cluster, e.node).done = {
          status: e.status,
          durationMs: e.durationMs,
          at: e.at,
          ...(e.reason ? { reason: e.reason } : {}),
        };
        break;
      case 'cluster-done':
        this.cluster(e.cluster).done = { status: e.status, ...(e.reason ? { reason: e.reason } : {}) };
        break;
      case 'stage-done':
        this.stagesDone.set(e.stage, e.status);
        break;
      default:
    }
  }

  /** The nodes started and not done: the ones a hard stop leaves in flight. */
  inFlight(): Array<{ cluster: string; node: string }> {
    const out: Array<{ cluster: string; node: string }> = [];
    for (const [cluster, c] of this.clusters)
      for (const [node, n] of c.nodes) if (n.startedAt !== undefined && !n.done) out.push({ cluster, node });
    return out;
  }

  private nodeReport(
    cluster: RenderedCluster,
    c: ClusterTrack | undefined,
    node: RenderedCluster['nodes'][number],
  ) {
    const r: NodeReport = initialReport(cluster, node);
    const t = c?.nodes.get(node.name);
    const action = t?.action ?? c?.planned.get(node.name);
    if (action) r.action = action;
    if (c?.plannedSeen && !action) {
      // planned and not listed among the changes: it already matched
      r.status = 'unchanged';
      r.action = 'none';
    }
    if (!t) return r;
    r.touched = t.steps.some((s) => TOUCHING.has(s.step));
    r.rebooted = t.steps.some(rebootStep);
    if (t.startedAt !== undefined) r.startedAt = new Date(t.startedAt).toISOString();
    if (t.done) {
      r.status = t.done.status;
      if (t.done.reason) r.reason = t.done.reason;
      r.durationMs = t.done.durationMs;
      r.endedAt = new Date(t.done.at).toISOString();
    } else if (t.startedAt !== undefined) {
      r.status = 'interrupted';
      r.reason = interruptedReason(t, r.action);
    }
    return r;
  }

  /**
   * The report as of `now`, for the stages in their rollout order. Clusters with nodes in flight
   * are failed (interrupted), unstarted ones not reached; the halt names the first node in flight.
   */
  snapshot(opts: {
    stages: Array<{ stage: string; clusters: RenderedCluster[] }>;
    dryRun: boolean;
    startedAt: number;
    now: number;
  }): RolloutReport {
    const stages: StageReport[] = [];
    let halted: RolloutReport['halted'];
    for (const group of opts.stages) {
      const clusters = group.clusters.map((cluster): ClusterReport => {
        const c = this.clusters.get(cluster.name);
        const nodes = cluster.nodes.map((n) => this.nodeReport(cluster, c, n));
        const flying = nodes.filter((n) => n.status === 'interrupted');
        const report: ClusterReport = {
          name: cluster.name,
          stage: group.stage,
          status: 'not-reached',
          preflight: [],
          nodes,
        };
        if (c?.done) {
          report.status = c.done.status;
          if (c.done.reason) report.reason = c.done.reason;
        } else if (c?.started) {
          report.status = 'failed';
          report.reason = flying.length
            ? `${INTERRUPTED} with ${flying.map((n) => n.name).join(', ')} in flight`
            : `${INTERRUPTED} before its next node was started`;
        } else report.reason = `${INTERRUPTED} before this cluster was started`;
        if (!halted && report.status === 'failed') {
          const node = flying[0] ?? nodes.find((n) => n.status === 'failed');
          const next = node ?? nodes.find((n) => n.status === 'not-reached' && n.action !== 'none');
          halted = {
            stage: group.stage,
            cluster: cluster.name,
            ...(node ? { node: node.name } : {}),
            reason: report.reason ?? INTERRUPTED,
            ...(next ? { resumeFrom: next.name } : {}),
          };
        }
        return report;
      });
      const done = this.stagesDone.get(group.stage);
      const status: StageStatus =
        done ??
        (clusters.some((c) => c.status === 'failed')
          ? 'failed'
          : clusters.every((c) => c.status === 'not-reached')
            ? 'not-reached'
            : 'failed');
      stages.push({ name: group.stage, status, clusters });
    }
    halted ??= {
      stage: opts.stages[0]?.stage ?? '',
      cluster: opts.stages[0]?.clusters[0]?.name ?? '',
      reason: `${INTERRUPTED} before any cluster was started`,
    };
    return {
      version: 1,
      dryRun: opts.dryRun,
      status: 'failed',
      halted,
      stages,
      startedAt: new Date(opts.startedAt).toISOString(),
      endedAt: new Date(opts.now).toISOString(),
      durationMs: opts.now - opts.startedAt,
    };
  }
}
