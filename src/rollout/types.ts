/** The rollout's public types: options, the per-node/cluster/stage report, and progress events. */
import type { RenderedCluster, Role } from '../render/types.js';
import type { TalosClient } from '../talos/client.js';

/**
 * What a node needs: nothing, a config change, a Talos upgrade, or both (upgrade first, then config);
 * `join`: it answers only in maintenance mode and gets its first config, then joins the cluster.
 */
export type NodeAction = 'none' | 'config' | 'upgrade' | 'upgrade+config' | 'join' | 'remove' | 'unknown';

/**
 * A node's outcome. `planned`: a dry run found a change. `removed`: no longer in cluster.yaml, it left
 * the cluster and was reset; `kept`: no longer in cluster.yaml, left running (rollout.removeNodes off). `skipped-unhealthy-cluster`: preflight refused
 * the cluster. `not-reached`: the rollout halted before this node; it is exactly as it was.
 * `interrupted`: the rollout was stopped hard while this node was in flight; `reason` says at which
 * step (e.g. mid-reboot) and what remains to do on it.
 */
export type NodeStatus =
  | 'unchanged'
  | 'planned'
  | 'applied'
  | 'upgraded'
  | 'joined'
  | 'removed'
  | 'kept'
  | 'failed'
  | 'not-reached'
  | 'interrupted'
  | 'skipped-unhealthy-cluster';

export type ClusterStatus = 'done' | 'unchanged' | 'planned' | 'failed' | 'skipped-unhealthy' | 'not-reached';
export type StageStatus = 'done' | 'planned' | 'failed' | 'not-reached';

/** What a node runs that the last applied commit's render does not (see last-applied-drift.ts). */
export interface NodeDriftReport {
  /** The running config is not that render. */
  config: boolean;
  /** The Talos version it runs and the one that commit gives it, when they differ. */
  version?: { live: string; git: string };
  /** The revert the apply makes: from what it runs (`-`) to that render (`+`), secrets redacted. */
  revert: string;
  /** What could not be shown. */
  reason?: string;
}

export interface NodeReport {
  cluster: string;
  name: string;
  address: string;
  role: Role;
  status: NodeStatus;
  action: NodeAction;
  talosVersion: { from?: string; to: string };
  kubernetesVersion: { from?: string; to: string };
  /** Predicted impacts of the config change (predictImpact), e.g. ['reboot'] or ['live']. */
  impacts: string[];
  /** The ApplyConfiguration mode sent (always explicit) and the one Talos used. */
  applyMode?: { requested: 'auto' | 'no-reboot'; used?: string };
  /** The node rebooted during this rollout (apply with reboot, explicit reboot or upgrade). */
  rebooted: boolean;
  /** Whether the rollout changed anything on the node (false: refused or failed before touching it). */
  touched: boolean;
  /** Why the node failed or was refused, in words (redacted, one paragraph). */
  reason?: string;
  /** The Talos API's own text behind the reason (method, node, gRPC detail; redacted). */
  detail?: string;
  /** Things worth knowing: leadership forfeited, explicit reboot, warnings. */
  notes: string[];
  /** Dry run only: the node's own answer (mode it would use, redacted config diff). */
  dryRun?: { mode: string; diff: string };
  /** Dry run with the last applied commit's render: the node runs something that render never had. */
  drift?: NodeDriftReport;
  startedAt?: string;
  endedAt?: string;
  durationMs?: number;
}

/** One gate's run: where in the rollout, which gate, and what it found. */
export interface GateResult {
  /** `before`, `after <node>`, `after batch N`, `after` (the last). */
  point: string;
  name: string;
  ok: boolean;
  detail: string;
  durationMs: number;
}

/** A step of a Kubernetes upgrade, in upgrade-k8s's order. */
export type KubernetesStepName =
  | 'kube-apiserver'
  | 'kube-controller-manager'
  | 'kube-scheduler'
  | 'kube-proxy'
  | 'kubelet'
  | 'manifests';

/** A cluster's Kubernetes upgrade: the versions, the pre-checks' findings, and the steps taken. */
export interface KubernetesUpgradeReport {
  from: string;
  to: string;
  /** What stopped the upgrade before anything was touched (empty: it went ahead). */
  precheck: string[];
  steps: { step: KubernetesStepName; node?: string; detail?: string }[];
  /** The manifest objects applied server-side (`Kind namespace/name`). */
  manifests?: string[];
}

export interface ClusterReport {
  name: string;
  stage: string;
  status: ClusterStatus;
  /** Why the cluster failed or was skipped. */
  reason?: string;
  /** Problems preflight found (reachability, etcd, node health). */
  preflight: string[];
  /** The cluster's Kubernetes version change, rolled as `talosctl upgrade-k8s` rolls it. */
  kubernetes?: KubernetesUpgradeReport;
  /** What the rollout could not look at (e.g. Kubernetes nodes, to find nodes no longer listed). */
  notes?: string[];
  /** Cluster-wide gates run on apply (never on a dry run), in order. */
  gates?: GateResult[];
  /**
   * A cluster without etcd: etcd bootstrapped on exactly one control plane (`planned` in a dry run,
   * `refused` when a member reports etcd data, which means the cluster exists and is never
   * bootstrapped again).
   */
  bootstrap?: { node: string; status: 'planned' | 'done' | 'failed' | 'refused'; reason?: string };
  nodes: NodeReport[];
  startedAt?: string;
  endedAt?: string;
  durationMs?: number;
}

export interface StageReport {
  name: string;
  status: StageStatus;
  clusters: ClusterReport[];
}

export interface RolloutReport {
  /** Format version of this report. */
  version: 1;
  dryRun: boolean;
  /** `succeeded`: every selected cluster converged (or, for a dry run, could be rolled out). */
  status: 'succeeded' | 'failed';
  /** The first failure, which stopped its cluster and every later stage. */
  halted?: {
    stage: string;
    cluster: string;
    node?: string;
    reason: string;
    /** The node a re-run starts with (the failed one, or the first one not started). */
    resumeFrom?: string;
  };
  stages: StageReport[];
  startedAt: string;
  endedAt: string;
  durationMs: number;
}

/** The Talos API calls the rollout makes (TalosClient implements them). */
export type RolloutApi = Pick<
  TalosClient,
  | 'version'
  | 'applyConfiguration'
  | 'getMachineConfig'
  | 'getMachineStatus'
  | 'serviceList'
  | 'etcdMemberList'
  | 'etcdStatus'
  | 'etcdForfeitLeadership'
  | 'upgrade'
  | 'reboot'
  | 'bootId'
  | 'bootstrap'
  | 'list'
  | 'etcdLeaveCluster'
  | 'etcdRemoveMemberById'
  | 'reset'
  | 'bootstrapManifests'
  | 'close'
>;

/** What the rollout asks of a node in maintenance mode (TalosClient.maintenance implements it). */
export type MaintenanceApi = Pick<
  TalosClient,
  'version' | 'getMachineStatus' | 'applyConfiguration' | 'close'
>;

/** Time source and sleeper; injectable so a demo or test can observe or speed up waiting. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface RolloutTiming {
  /** First poll interval while waiting for a node (ms); doubles up to pollMaxMs. */
  pollInitialMs: number;
  pollMaxMs: number;
  pollFactor: number;
  /**
   * No poll interval longer than this fraction of the time what is seen has not changed (e.g. 0.05:
   * the end of a 10 s reboot is noticed within 0.5 s of it). Unset: intervals are bounded by pollMaxMs only.
   */
  pollWaitedFraction?: number;
  /**
   * The longest interval while a node does not answer at all (rebooting): apid refuses such a call
   * at once, so asking often costs next to nothing, and the node's return is noticed within this
   * rather than within the backoff. Unset: no such bound.
   */
  pollUnreachableMs?: number;
  /** Deadline of each Talos API call (ms). */
  callTimeoutMs: number;
  /** Overrides every cluster's rollout.healthTimeout (ms). */
  healthTimeoutMs?: number;
  /** Clusters of one stage rolled at the same time. */
  maxParallelClusters: number;
}

export const DEFAULT_TIMING: RolloutTiming = {
  // Soon after an action, then backing off: a reboot takes minutes, a live apply a moment.
  pollInitialMs: 250,
  pollMaxMs: 5_000,
  pollFactor: 1.6,
  pollWaitedFraction: 0.05,
  pollUnreachableMs: 50,
  callTimeoutMs: 15_000,
  maxParallelClusters: 4,
};

export type NodeStep =
  | 'drain'
  | 'forfeit-leadership'
  | 'upgrade'
  | 'apply'
  | 'reboot'
  | 'wait-healthy'
  | 'verify'
  | 'uncordon'
  | 'first-config'
  | 'bootstrap'
  | 'etcd-member'
  | 'reset'
  | 'delete-node';

/** Progress of a rollout, in order; a reporter renders them (terminal display, CI lines, a demo). */
export type RolloutEvent =
  | { type: 'rollout-start'; at: number; dryRun: boolean; stages: string[] }
  | { type: 'stage-start'; at: number; stage: string; clusters: string[] }
  | { type: 'cluster-start'; at: number; cluster: string; stage: string; nodes: string[] }
  | {
      type: 'cluster-planned';
      at: number;
      cluster: string;
      changes: { node: string; action: NodeAction }[];
      preflight: string[];
    }
  | { type: 'node-start'; at: number; cluster: string; node: string; role: Role; action: NodeAction }
  | { type: 'node-step'; at: number; cluster: string; node: string; step: NodeStep; detail?: string }
  | {
      type: 'node-done';
      at: number;
      cluster: string;
      node: string;
      status: NodeStatus;
      durationMs: number;
      reason?: string;
    }
  | { type: 'gate'; at: number; cluster: string; result: GateResult }
  | {
      type: 'kubernetes-step';
      at: number;
      cluster: string;
      step: KubernetesStepName;
      node?: string;
      detail?: string;
    }
  | { type: 'cluster-done'; at: number; cluster: string; status: ClusterStatus; reason?: string }
  | { type: 'stage-done'; at: number; stage: string; status: StageStatus }
  | { type: 'rollout-done'; at: number; report: RolloutReport };

export interface ProgressReporter {
  onEvent(event: RolloutEvent): void;
  /** Finishes the display (e.g. leaves the terminal's last frame in place). */
  close?(): void;
}

/** A cluster ready to roll: its render and a way to reach it. */
export interface ClusterTarget {
  cluster: RenderedCluster;
  api: RolloutApi;
}
