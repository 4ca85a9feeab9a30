/**
 * A simulated Talos fleet: per cluster, one mTLS gRPC endpoint on loopback that speaks the Talos
 * API wire protocol and routes to simulated nodes, plus a control API for tests and demos. A node in
 * maintenance mode has an endpoint of its own (its maintenance service), open while it is in
 * maintenance mode, always on the same port.
 */
import { performance } from 'node:perf_hooks';
import { stringify as stringifyYaml } from 'yaml';
import { mintAdminCredential } from '../kubernetes/credentials.js';
import { type CertificateAndKey, issueClientCertificate } from '../pki/ca.js';
import { makeContext, type Talosconfig, writeTalosconfig } from '../talos/talosconfig.js';
import { defaultHooks } from './default-hooks.js';
import { SimEtcdCluster } from './etcd.js';
import { EventLog } from './events.js';
import { type KubeServer, startKubeServer } from './kubernetes/server.js';
import { SimKubeState } from './kubernetes/state.js';
import { SimNode } from './node.js';
import { type ClusterServer, startClusterServer, startMaintenanceServer } from './server.js';
import type {
  ApplyRecord,
  FaultName,
  FleetOptions,
  NodeFaults,
  NodeRole,
  SimEvent,
  SimulatedClusterSpec,
  SimulatorHooks,
} from './types.js';

/** Test/demo control over one simulated node. */
export interface SimulatedNodeControl {
  readonly cluster: string;
  /** Where the node answers now: it moves when an applied config takes its address away. */
  readonly address: string;
  readonly name: string;
  readonly role: NodeRole;
  /** Active machine config (what COSI MachineConfigs/v1alpha1 returns). */
  readonly config: string;
  /** Config saved for the next boot (STAGED or pending REBOOT apply), if any. */
  readonly stagedConfig: string | undefined;
  readonly talosVersion: string;
  readonly bootId: string;
  /** 1 at start, +1 per completed reboot. */
  readonly bootCount: number;
  readonly rebooting: boolean;
  /** Reachable: not rebooting and no `unreachable` fault. */
  readonly up: boolean;
  readonly applyHistory: readonly ApplyRecord[];
  readonly faults: Readonly<NodeFaults>;
  /** No config: the node answers only at its maintenance endpoint. */
  readonly maintenance: boolean;
  /** Halted by a reset without reboot. */
  readonly off: boolean;
  /** Its etcd member, if it is one. */
  readonly etcdMember: { id: bigint; isLearner: boolean } | undefined;
  /** Its etcd data directory holds a member. */
  readonly etcdData: boolean;
  /** The installer image it was installed (or last upgraded) from, and that image's extensions. */
  readonly installedImage: string | undefined;
  readonly extensions: readonly string[];
  /** `127.0.0.1:<port>` of its maintenance service (open only while it is in maintenance mode). */
  readonly maintenanceEndpoint: string | undefined;
  /** Powers a halted node on (it boots into maintenance mode). */
  powerOn(): void;
  setFault<K extends FaultName>(name: K, value?: NodeFaults[K]): void;
  clearFault(name: FaultName): void;
  clearFaults(): void;
  /** Resolves when the node is back from a reboot/upgrade (immediately if it is not rebooting). */
  waitUntilUp(): Promise<void>;
}

/** Test/demo control over a simulated cluster's Kubernetes API. */
export interface SimulatedKubernetes {
  /** https://127.0.0.1:<port> */
  url: string;
  state: SimKubeState;
  /** Every answer is delayed by this much (the slow-apiserver fault). */
  delayMs: number;
}

export interface SimulatedCluster {
  name: string;
  /** `127.0.0.1:<port>`: the cluster's apid endpoint. */
  endpoint: string;
  port: number;
  osCa: CertificateAndKey;
  nodes: SimulatedNodeControl[];
  /** Present when the cluster was given its Kubernetes CA. */
  kubernetes?: SimulatedKubernetes;
}

export interface SimulatedFleet {
  /** One context per cluster, named after it; client certificate with the configured roles. */
  talosconfig: Talosconfig;
  clusters: SimulatedCluster[];
  writeTalosconfig(path: string): Promise<void>;
  /** Writes a kubeconfig with a context per cluster (an admin credential of its Kubernetes CA), mode 0600. */
  writeKubeconfig(path: string): Promise<void>;
  /** A node by address (add the cluster name when addresses repeat across clusters). */
  node(address: string, cluster?: string): SimulatedNodeControl;
  /**
   * Where a node's maintenance service listens: what `<address>:50000` is for a real node. Undefined
   * for an address the fleet does not have.
   */
  maintenanceEndpoint(address: string, cluster?: string): string | undefined;
  nodes(): SimulatedNodeControl[];
  /** Time-ordered log (live array). */
  readonly events: readonly SimEvent[];
  /** Calls `fn` as each event happens (e.g. to look at a node's pods the moment it starts rebooting). */
  onEvent(fn: (event: SimEvent) => void): void;
  /** Kubernetes API URLs by cluster name (clusters that have one). */
  kubernetesEndpoints: Record<string, string>;
  /** A talosconfig with a fresh client certificate carrying `roles` (e.g. ['os:reader']). */
  mintTalosconfig(roles: string[], opts?: { clusters?: string[] }): Talosconfig;
  stop(): Promise<void>;
}

function control(node: SimNode, maintenancePort: () => number | undefined): SimulatedNodeControl {
  return {
    cluster: node.cluster,
    get address() {
      return node.address;
    },
    name: node.name,
    role: node.role,
    get config() {
      return node.config;
    },
    get stagedConfig() {
      return node.stagedConfig;
    },
    get talosVersion() {
      return node.talosVersion;
    },
    get bootId() {
      return node.bootId;
    },
    get bootCount() {
      return node.bootCount;
    },
    get rebooting() {
      return node.rebooting;
    },
    get up() {
      return node.up;
    },
    get applyHistory() {
      return node.applyHistory;
    },
    get faults() {
      return node.faults;
    },
    get maintenance() {
      return node.maintenance;
    },
    get off() {
      return node.off;
    },
    get etcdMember() {
      const m = node.etcdMember();
      return m ? { id: m.id, isLearner: m.isLearner } : undefined;
    },
    get etcdData() {
      return node.etcdData;
    },
    get installedImage() {
      return node.installedImage;
    },
    get extensions() {
      return node.extensions;
    },
    get maintenanceEndpoint() {
      const port = maintenancePort();
      return port ? `127.0.0.1:${port}` : undefined;
    },
    powerOn: () => node.powerOn(),
    setFault: (name, value) => node.setFault(name, value),
    clearFault: (name) => node.clearFault(name),
    clearFaults: () => {
      for (const name of Object.keys(node.faults) as FaultName[]) node.clearFault(name);
    },
    waitUntilUp: () => node.waitUntilUp(),
  };
}

/** A port nothing listens on (TCP port 0 cannot be connected to): connection refused. */
const CLOSED_PORT = 1;

function validateSpec(spec: SimulatedClusterSpec): void {
  if (!spec.name) throw new TypeError('simulated cluster needs a name');
  if (spec.nodes.length === 0) throw new TypeError(`simulated cluster ${spec.name} has no nodes`);
  const seen = new Set<string>();
  for (const n of spec.nodes) {
    if (seen.has(n.address))
      throw new TypeError(`simulated cluster ${spec.name}: duplicate node ${n.address}`);
    seen.add(n.address);
  }
}

export async function startSimulatedFleet(options: FleetOptions): Promise<SimulatedFleet> {
  const hooks: SimulatorHooks = { ...defaultHooks, ...options.hooks };
  const rebootMs = options.rebootMs ?? 1000;
  const upgradeMs = options.upgradeMs ?? rebootMs;
  const log = new EventLog();
  const installMs = options.installMs ?? rebootMs;
  const joinMs = options.joinMs ?? Math.max(1, Math.round(rebootMs / 4));
  const schematics = options.schematics ? new Map(Object.entries(options.schematics)) : undefined;
  const timers = new Set<NodeJS.Timeout>();
  const started = performance.now();
  const clusters: (SimulatedCluster & { server: ClusterServer; sim: SimNode[]; kube?: KubeServer })[] = [];
  const clientRoles = options.clientRoles ?? ['os:admin'];
  // every node's maintenance service: one port for its life, the server open only in maintenance mode
  const maintenance = new Map<SimNode, { port?: number; server?: Promise<ClusterServer | undefined> }>();
  let stopping = false;
  const maintenanceChanged = (node: SimNode) => {
    const entry = maintenance.get(node) ?? {};
    maintenance.set(node, entry);
    const open = node.maintenance && node.up && !stopping;
    const previous = entry.server ?? Promise.resolve(undefined);
    entry.server = previous.then(async (server) => {
      if (open === (server !== undefined)) return server;
      if (!open) {
        await server!.stop();
        return undefined;
      }
      const started = await startMaintenanceServer(node, entry.port ?? 0);
      entry.port = started.port;
      return started;
    });
  };
  const maintenancePort = (node: SimNode) => () => maintenance.get(node)?.port;

  try {
    for (const spec of options.clusters) {
      validateSpec(spec);
      const nodes: SimNode[] = [];
      const etcd = new SimEtcdCluster((member, why) => {
        const anyNode = member ? nodes.find((n) => n.address === member.host.address) : nodes[0];
        if (anyNode)
          log.record(anyNode, 'etcd-leader', member ? `${member.host.name} (${why})` : `none (${why})`);
      });
      const leaderLog = (member: { host: { address: string; name: string } } | undefined, why: string) => {
        const anyNode = member ? nodes.find((n) => n.address === member.host.address) : nodes[0];
        if (anyNode)
          log.record(anyNode, 'etcd-leader', member ? `${member.host.name} (${why})` : `none (${why})`);
      };
      const env = {
        cluster: spec.name,
        hooks,
        rebootMs,
        upgradeMs,
        installMs,
        joinMs,
        schematics,
        log,
        etcd,
        newEtcd: () => new SimEtcdCluster(leaderLog),
        maintenanceChanged,
        timers,
        now: () => performance.now() - started,
      };
      for (const n of spec.nodes) {
        const node = new SimNode(n, env);
        nodes.push(node);
        if (node.isControlPlane) etcd.add(node);
      }
      for (const node of nodes) {
        const faults = options.faults?.[`${spec.name}/${node.address}`] ?? options.faults?.[node.address];
        node.faults = { ...faults };
      }
      const server = await startClusterServer(spec.name, spec.osCa, nodes);
      let kubernetes: SimulatedKubernetes | undefined;
      let kube: KubeServer | undefined;
      if (spec.kubernetesCa) {
        const k = options.kubernetes ?? {};
        const state = new SimKubeState(spec.name, nodes, {
          podTerminationMs: k.podTerminationMs ?? Math.min(200, Math.ceil(rebootMs / 20)),
          podStartMs: k.podStartMs ?? Math.min(200, Math.ceil(rebootMs / 20)),
          kubeletRestartMs: k.kubeletRestartMs ?? Math.ceil(rebootMs / 5),
        });
        log.subscribe((e) => {
          if (e.cluster === spec.name) state.onTalosEvent(e);
        });
        const observe = k.observe;
        kube = await startKubeServer(spec.kubernetesCa, state, {
          observe: observe ? (x) => observe(spec.name, x) : undefined,
        });
        const server_ = kube;
        kubernetes = {
          url: kube.url,
          state,
          get delayMs() {
            return server_.delayMs;
          },
          set delayMs(ms: number) {
            server_.delayMs = ms;
          },
        };
      }
      clusters.push({
        name: spec.name,
        endpoint: server.endpoint,
        port: server.port,
        osCa: spec.osCa,
        nodes: nodes.map((n) => control(n, maintenancePort(n))),
        server,
        sim: nodes,
        kubernetes,
        kube,
      });
      for (const node of nodes) if (node.maintenance) maintenanceChanged(node);
    }
    await Promise.all([...maintenance.values()].map((m) => m.server));
  } catch (err) {
    stopping = true;
    await Promise.all(clusters.map((c) => c.server.stop()));
    await Promise.all(clusters.map((c) => c.kube?.stop()));
    await stopMaintenance();
    throw err;
  }

  async function stopMaintenance(): Promise<void> {
    await Promise.all(
      [...maintenance.values()].map(async (m) => {
        const server = await m.server;
        await server?.stop();
      }),
    );
  }

  const mintTalosconfig = (roles: string[], opts: { clusters?: string[] } = {}): Talosconfig => {
    const chosen = clusters.filter((c) => !opts.clusters || opts.clusters.includes(c.name));
    const contexts: Talosconfig['contexts'] = {};
    for (const c of chosen) {
      const client = issueClientCertificate(c.osCa, roles);
      contexts[c.name] = makeContext({
        endpoints: [c.endpoint],
        nodes: c.nodes.map((n) => n.address),
        caPem: c.osCa.crt,
        crtPem: client.crt,
        keyPem: client.key,
      });
    }
    return { context: chosen[0]?.name ?? '', contexts };
  };

  const talosconfig = mintTalosconfig(clientRoles);
  const all = () => clusters.flatMap((c) => c.nodes);

  return {
    talosconfig,
    clusters: clusters.map(({ name, endpoint, port, osCa, nodes, kubernetes }) => ({
      name,
      endpoint,
      port,
      osCa,
      nodes,
      ...(kubernetes ? { kubernetes } : {}),
    })),
    kubernetesEndpoints: Object.fromEntries(
      clusters.filter((c) => c.kubernetes).map((c) => [c.name, c.kubernetes!.url]),
    ),
    writeTalosconfig: (path) => writeTalosconfig(path, talosconfig),
    async writeKubeconfig(path) {
      const { writeFile } = await import('node:fs/promises');
      const b64 = (s: string) => Buffer.from(s).toString('base64');
      const withKube = options.clusters.filter((c) => c.kubernetesCa);
      const doc = {
        apiVersion: 'v1',
        kind: 'Config',
        'current-context': withKube[0]?.name ?? '',
        clusters: withKube.map((c) => ({
          name: c.name,
          cluster: {
            server: clusters.find((x) => x.name === c.name)!.kubernetes!.url,
            'certificate-authority-data': b64(c.kubernetesCa!.crt),
          },
        })),
        users: withKube.map((c) => {
          const cred = mintAdminCredential(c.kubernetesCa!, { lifetimeMs: 24 * 3600_000 });
          return {
            name: `admin@${c.name}`,
            user: { 'client-certificate-data': b64(cred.crt), 'client-key-data': b64(cred.key) },
          };
        }),
        contexts: withKube.map((c) => ({
          name: c.name,
          context: { cluster: c.name, user: `admin@${c.name}` },
        })),
      };
      await writeFile(path, stringifyYaml(doc), { mode: 0o600 });
    },
    node(address, cluster) {
      const matches = all().filter((n) => n.address === address && (!cluster || n.cluster === cluster));
      if (matches.length === 0)
        throw new RangeError(`no simulated node ${address}${cluster ? ` in ${cluster}` : ''}`);
      if (matches.length > 1)
        throw new RangeError(`node ${address} exists in several clusters: name the cluster`);
      return matches[0]!;
    },
    maintenanceEndpoint(address, cluster) {
      const c = clusters.find(
        (x) => x.sim.some((n) => n.address === address) && (!cluster || x.name === cluster),
      );
      const node = c?.sim.find((n) => n.address === address);
      if (!node) return undefined;
      const port = maintenance.get(node)?.port;
      // a node never in maintenance mode: nothing listens for an unauthenticated client there
      return port ? `127.0.0.1:${port}` : `127.0.0.1:${CLOSED_PORT}`;
    },
    nodes: all,
    events: log.events,
    onEvent: (fn) => log.subscribe(fn),
    mintTalosconfig,
    async stop() {
      stopping = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const c of clusters) for (const n of c.sim) n.release();
      for (const c of clusters) c.kubernetes?.state.stop();
      await Promise.all(clusters.map((c) => c.server.stop()));
      await Promise.all(clusters.map((c) => c.kube?.stop()));
      await stopMaintenance();
    },
  };
}
