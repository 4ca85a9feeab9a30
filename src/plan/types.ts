/** The plan of a change: per cluster and node, what the merge will change and what it will do to the node. */
import type { Role } from '../render/types.js';
import type { ChecksChange } from '../validate/judged-by-base.js';
import type { Finding } from '../validate/types.js';

export type NodeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/**
 * What applying the change does to a node, most disruptive last:
 * none < live (applies without reboot) < reboot < talos-upgrade; `kubernetes-upgrade` is reported
 * alongside (the Kubernetes version changed), and so is `address` (the node's Talos API address
 * moves: the rollout reaches it at the old address and waits for it at the new one).
 */
export type Impact = 'none' | 'live' | 'reboot' | 'talos-upgrade' | 'kubernetes-upgrade' | 'address';

export interface NodePlan {
  name: string;
  role: Role;
  address: string;
  status: NodeStatus;
  /** Every impact that applies, most disruptive first; ['none'] when unchanged. */
  impacts: Impact[];
  /** Why the node needs a reboot or an upgrade (field paths), for the reviewer. */
  reasons: string[];
  /** Unified diff of the rendered YAML, secrets redacted ('' when unchanged). */
  diff: string;
  /** Paths of secret values that changed (shown as changed, never with values). */
  changedSecrets: string[];
  /** The Image Factory schematic the node installs from (head), and what changes from the base. */
  schematic?: {
    id?: string;
    installerImage?: string;
    extensions?: string[];
    /** The base's schematic, when it differs. */
    previousId?: string;
    /** Extensions the node gains and loses with this change. */
    gained: string[];
    lost: string[];
  };
  /** The node's Talos API address moves. */
  move?: { from: string; to: string };
  /** Certificate authorities that change (their names): a CA rotation, never a routine apply. */
  changedCas?: string[];
  /**
   * Changed lines that come from the Talos defaults of the new version, not from the repository:
   * the version first (`Talos v1.13.9`), then the lines (`- network: {}`).
   */
  fromDefaults?: string[];
}

export interface ClusterPlan {
  name: string;
  stage: string;
  file: string;
  nodes: NodePlan[];
  /** Parts of the render that could not be seen (no secrets available). */
  hidden: string[];
  /** Set when the cluster could not be rendered at one side; nodes is then empty. */
  error?: { side: 'base' | 'head'; message: string; file?: string; line?: number };
}

export interface PlanResult {
  /** Base ref and head commit described. */
  base: string;
  head: string;
  clusters: ClusterPlan[];
  findings: Finding[];
  /** Whether any node changes. */
  hasChanges: boolean;
  /** Files that differ between base and head and that renders read, with the nodes reading them. */
  changedFiles?: ChangedFile[];
  /**
   * What the change does to the checks that judge it (policies, packs, waivers): the plan is judged
   * by the base's, these count from the merge on. Absent when the checks are the same.
   */
  checks?: ChecksChange;
}

export interface ChangedFile {
  file: string;
  /** Nodes whose render reads the file, by cluster (at the head, or at the base when removed there). */
  nodes: { cluster: string; node: string }[];
}
