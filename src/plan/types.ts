/** The plan of a change: per cluster and node, what the merge will change and what it will do to the node. */
import type { Role } from '../render/types.js';
import type { Finding } from '../validate/types.js';

export type NodeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/**
 * What applying the change does to a node, most disruptive last:
 * none < live (applies without reboot) < reboot < talos-upgrade; `kubernetes-upgrade` is reported
 * alongside (the Kubernetes version changed).
 */
export type Impact = 'none' | 'live' | 'reboot' | 'talos-upgrade' | 'kubernetes-upgrade';

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
}
