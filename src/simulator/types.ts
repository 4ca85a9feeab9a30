/** Public types of the simulated Talos fleet. */
import type { CertificateAndKey } from '../pki/ca.js';

export type NodeRole = 'controlplane' | 'worker';

export interface SimulatedNodeSpec {
  /** Node address used as the `node` routing key, e.g. 10.0.1.10. */
  address: string;
  /** Hostname (etcd member name); defaults to the address. */
  name?: string;
  role: NodeRole;
  /** Talos version tag, e.g. v1.11.6 (in maintenance mode: the version it booted from). */
  talosVersion: string;
  /** The machine config YAML the node runs at start (ignored in maintenance mode). */
  config: string;
  /**
   * The node starts in maintenance mode: booted from an installation medium with no config, reachable
   * only directly (its own endpoint, no client authentication, a self-signed certificate).
   */
  maintenance?: boolean;
}

export interface SimulatedClusterSpec {
  name: string;
  /** The cluster's Talos OS CA (PEM), e.g. from its secrets bundle. */
  osCa: CertificateAndKey;
  /** The cluster's Kubernetes CA: with it, the cluster also gets a simulated Kubernetes API. */
  kubernetesCa?: CertificateAndKey;
  nodes: SimulatedNodeSpec[];
}

/**
 * Faults a node can be given:
 * - `unreachable`: calls routed to it fail with Unavailable, as apid reports a node it cannot dial.
 * - `hang`: calls routed to it never answer (apid dialing a node that is down); only deadlines end them.
 * - `apply-rejected`: ApplyConfiguration fails with InvalidArgument (the string is the message).
 * - `never-healthy`: after its next reboot or apply it stays not ready (kubelet unhealthy).
 * - `slow-reboot`: reboots and upgrades take this many times longer.
 * - `etcd-unhealthy`: its etcd member reports errors (`errors`, the default) or is not started.
 * - `upgrade-fails`: the Upgrade RPC fails (`rpc`), or the node reboots and comes back on the old
 *   version (`rollback`).
 * - `bootstrap-fails`: Bootstrap fails (the string is the message).
 * - `etcd-leave-fails`: its etcd member will not leave (EtcdLeaveCluster fails, and so does the
 *   leave phase of a graceful reset, which then stops there).
 */
export interface NodeFaults {
  unreachable?: boolean;
  hang?: boolean;
  'apply-rejected'?: boolean | string;
  'never-healthy'?: boolean;
  'slow-reboot'?: number;
  'etcd-unhealthy'?: boolean | 'errors' | 'not-started';
  'upgrade-fails'?: 'rpc' | 'rollback';
  'bootstrap-fails'?: boolean | string;
  'etcd-leave-fails'?: boolean;
}
export type FaultName = keyof NodeFaults;

/** Behaviour the engine can replace with its own validator and reboot-impact predictor. */
export interface SimulatorHooks {
  /** Validation errors for a submitted config (empty = valid). */
  validate(configYaml: string, talosVersion: string): string[];
  /** Whether moving from `currentYaml` to `nextYaml` needs a reboot on this Talos version. */
  needsReboot(currentYaml: string, nextYaml: string, talosVersion: string): boolean;
}

export type SimEventType =
  | 'apply'
  | 'dry-run'
  | 'apply-rejected'
  | 'reboot-start'
  | 'reboot-end'
  | 'upgrade-start'
  | 'upgrade-end'
  | 'upgrade-rejected'
  | 'etcd-leader'
  | 'config-rollback'
  | 'fault-set'
  | 'fault-cleared'
  | 'install-start'
  | 'install-end'
  | 'install-failed'
  | 'etcd-bootstrap'
  | 'bootstrap-rejected'
  | 'etcd-join'
  | 'etcd-leave'
  | 'etcd-remove'
  | 'reset-start'
  | 'reset-end'
  | 'reset-failed'
  | 'address-moved';

export interface SimEvent {
  /** Increasing sequence number across the fleet. */
  seq: number;
  /** Milliseconds since the fleet started (monotonic clock). */
  at: number;
  cluster: string;
  node: string;
  nodeName: string;
  role: NodeRole;
  type: SimEventType;
  detail?: string;
}

export interface ApplyRecord {
  at: number;
  /** Mode actually used: `no-reboot`, `reboot`, `staged` or `try`. */
  mode: 'no-reboot' | 'reboot' | 'staged' | 'try';
  /** Mode the client asked for. */
  requestedMode: string;
  config: string;
}

export interface FleetOptions {
  clusters: SimulatedClusterSpec[];
  /** How long a reboot keeps a node unreachable (ms). Default 1000. */
  rebootMs?: number;
  /** How long an upgrade keeps a node unreachable (ms). Default: rebootMs. */
  upgradeMs?: number;
  /** How long installing from maintenance mode takes (ms). Default: rebootMs. */
  installMs?: number;
  /** How often a waiting control plane tries to join etcd, and how long a learner takes (ms). Default: rebootMs / 4. */
  joinMs?: number;
  /**
   * The simulated Image Factory: schematic ID → its official extensions. A factory installer image of
   * another schematic cannot be pulled (install and upgrade fail). Default: every image is served.
   */
  schematics?: Record<string, readonly string[]>;
  /** Faults by node address, or by `cluster/address` when addresses repeat across clusters. */
  faults?: Record<string, NodeFaults>;
  hooks?: Partial<SimulatorHooks>;
  /** Roles of the client certificate put into the generated talosconfig. Default os:admin. */
  clientRoles?: string[];
  /** Timing of the simulated Kubernetes APIs (ms); defaults scale with rebootMs. */
  kubernetes?: {
    podTerminationMs?: number;
    podStartMs?: number;
    kubeletRestartMs?: number;
    /** Sees every request and answer of every simulated Kubernetes API (contract checks in tests). */
    observe?: (cluster: string, exchange: import('./kubernetes/server.js').KubeExchange) => void;
  };
}
