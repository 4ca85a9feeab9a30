/** What rendering a repository produces: every node's final config, with where each part came from. */

import type { ConfigDocument } from '../config/document.js';
import type { ValidationMode } from '../kinds/context.js';
import type { Contract } from '../model/model.js';
import type { GateSpec } from '../repo/cluster-file.js';
import type { NodeSchematic } from '../schematic/layers.js';

export type Role = 'controlplane' | 'worker';

export interface SourceRef {
  file: string;
  line?: number;
}

export interface RenderedNode {
  cluster: string;
  name: string;
  role: Role;
  /** Talos API address (IP or DNS name). */
  address: string;
  /** The node's entry in cluster.yaml. */
  source: SourceRef;
  /** Typed documents with per-value origins (patch file and line). */
  docs: ConfigDocument[];
  /** The canonical machine config bytes, as Talos would print them (contains secrets: never show it). */
  text: string;
  /** Patch files and inline patches applied, in order (base excluded). */
  patches: SourceRef[];
  /** The Image Factory schematic the node installs from, when cluster.yaml sets one. */
  schematic?: NodeSchematic;
}

export interface WaiverSpec {
  policy: string;
  nodes: string[];
  reason: string;
  /** ISO date (YYYY-MM-DD) or undefined for no expiry. */
  expires?: string;
  source: SourceRef;
  /**
   * The waiver as the base ref holds it, judging a change that edits or removes it: `source` is a
   * line at the base. It waives, but findings about the waiver itself are the change's to report.
   */
  atBase?: boolean;
}

export interface RolloutSpec {
  /** A count, or a percentage of the cluster's workers. */
  workersMaxParallel: number | string;
  /** Milliseconds a node may take to become healthy after apply/upgrade. */
  healthTimeoutMs: number;
  /** Whether changes that need a reboot may be applied (with a reboot). */
  allowReboots: boolean;
  /** Whether apply removes nodes running in the cluster that cluster.yaml no longer lists (default false). */
  removeNodes?: boolean;
  /** Cordon and drain before a disruptive step (default true). */
  drain?: boolean;
  /** How long a drain may take (ms; default 5 minutes). */
  drainTimeoutMs?: number;
  /** The user's own checks between rollout steps. */
  gates?: GateSpec[];
}

export interface RenderedCluster {
  name: string;
  stage: string;
  /** Path of cluster.yaml, relative to the repository root. */
  file: string;
  dir: string;
  endpoint: string;
  talosVersion: string;
  kubernetesVersion: string;
  contract: Contract;
  /** How Talos runs on the nodes (cluster.yaml `platform`): the mode Talos validates them in; default metal. */
  platform?: ValidationMode;
  nodes: RenderedNode[];
  rollout: RolloutSpec;
  waivers: WaiverSpec[];
  /** Built-in policy packs enabled for this cluster (baseline is on unless switched off). */
  policyPacks: string[];
  /** Lines of cluster.yaml for top-level fields (for findings about the cluster itself). */
  fieldLines: Record<string, number>;
  /** The cluster's Kubernetes CA from its secrets bundle (absent for clusters built on committed bases). */
  kubernetesCa?: { crt: string; key: string };
  /**
   * Parts that could not be seen because secrets were unavailable (fork pull requests, missing key):
   * rendering used placeholders there. Never apply such a render.
   */
  hidden: string[];
}

export interface Fleet {
  /** Repository root (absolute). */
  root: string;
  clusters: RenderedCluster[];
}
