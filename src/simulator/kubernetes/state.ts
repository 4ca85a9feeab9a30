/**
 * The simulated Kubernetes cluster's objects and the controllers that move them, following
 * Kubernetes's documented behaviour: Nodes whose Ready condition follows the simulated Talos node
 * (NotReady while it reboots or its kubelet restarts), mirror pods of the control-plane static pods
 * (owned by their Node), DaemonSet pods on every node, Deployments → ReplicaSets → pods placed by a
 * small scheduler (unschedulable and tainted nodes avoided), PodDisruptionBudgets with their status,
 * and the Eviction API's rules (429 while a budget allows no disruption).
 */
import { randomUUID } from 'node:crypto';
import { kubeletRestarts } from '../../kinds/apply.js';
import { componentImage, imageKubernetesVersion } from '../../kinds/kubernetes.js';
import {
  type Condition,
  controllerOf,
  type KubeObject,
  type LabelSelector,
  type Node,
  type Pod,
  type PodDisruptionBudget,
  type Status,
} from '../../kubernetes/types.js';
import { renderBootstrapManifests } from '../bootstrap-manifests.js';
import { configDocuments } from '../config-documents.js';
import type { SimNode } from '../node.js';
import type { SimEvent } from '../types.js';

export interface KubeTiming {
  /** How long an evicted pod takes to terminate (ms). */
  podTerminationMs: number;
  /** How long a new pod takes to become Ready (ms). */
  podStartMs: number;
  /** How long a kubelet (or a static pod) restart keeps a node (pod) not ready (ms). */
  kubeletRestartMs: number;
}

export class KubeStatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: Status['details'],
  ) {
    super(message);
  }

  toStatus(): Status {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

export const notFound = (resource: string, name: string, group = '') =>
  new KubeStatusError(404, 'NotFound', `${resource}${group ? `.${group}` : ''} "${name}" not found`, {
    name,
    ...(group ? { group } : {}),
    kind: resource,
  });

/** The inventory Talos's bootstrap manifests belong to (go-kubernetes ssa, Talos's constants). */
const INVENTORY_ANNOTATION = 'config.k8s.io/owning-inventory';
const BOOTSTRAP_INVENTORY = 'talos-bootstrap-manifests-inventory';

type Toleration = { key?: string; operator?: string; effect?: string };

type Listener = (type: 'ADDED' | 'MODIFIED' | 'DELETED', obj: KubeObject) => void;

/** A key for an object: kind, namespace, name. */
const keyOf = (kind: string, namespace: string | undefined, name: string) =>
  `${kind}/${namespace ?? ''}/${name}`;

export function matchesSelector(
  labels: Record<string, string> | undefined,
  sel: LabelSelector | undefined,
): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = k(e.key);
    if (e.operator === 'In' && !(has && e.values?.includes(l[e.key]!))) return false;
    if (e.operator === 'NotIn' && has && e.values?.includes(l[e.key]!)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
  function k(key: string) {
    return key in l;
  }
}

/** A label selector query string (`a=b,c in (d,e)`) as Kubernetes parses the simple forms. */
export function matchesLabelQuery(labels: Record<string, string> | undefined, query: string | null): boolean {
  if (!query) return true;
  const l = labels ?? {};
  for (const raw of query.split(/,(?![^(]*\))/)) {
    const term = raw.trim();
    if (!term) continue;
    const inMatch = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (inMatch) {
      const values = inMatch[3]!.split(',').map((v) => v.trim());
      const has = inMatch[1]! in l && values.includes(l[inMatch[1]!]!);
      if (inMatch[2] === 'in' ? !has : has) return false;
      continue;
    }
    const eq = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
    if (eq) {
      const same = l[eq[1]!] === eq[3];
      if (eq[2] === '!=' ? same : !same) return false;
      continue;
    }
    if (term.startsWith('!')) {
      if (term.slice(1) in l) return false;
    } else if (!(term in l)) return false;
  }
  return true;
}

/** An int-or-percentage of a total, rounded up as Kubernetes does for PDBs (GetScaledValueFromIntOrPercent). */
function scaled(value: number | string, total: number): number {
  if (typeof value === 'number') return value;
  const pct = /^(\d+)%$/.exec(value);
  return pct ? Math.ceil((Number(pct[1]) * total) / 100) : Number(value);
}

/** How long an evicted pod counts as disrupted before it is seen terminating (the disruption controller's DeletionTimeout). */
const DISRUPTION_TIMEOUT_MS = 2 * 60_000;

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export interface WorkloadSpec {
  namespace: string;
  name: string;
  replicas: number;
  image?: string;
  labels?: Record<string, string>;
  /** Tolerates the control-plane taint (CoreDNS does). */
  tolerateControlPlane?: boolean;
}

export class SimKubeState {
  /** By kind, then by key: a list reads one kind, in the order its objects were put. */
  private readonly objects = new Map<string, Map<string, KubeObject>>();
  private rv = 1;
  private readonly listeners = new Set<Listener>();
  /** Controller passes asked for and not yet run (see soon). */
  private readonly due = new Set<'reconcile' | 'workloadStatuses'>();
  /** Pods held NotReady by a fault, as namespace/name. */
  private readonly podsNotReady = new Set<string>();
  /** Nodes held NotReady by a fault, and those to be held after their next reboot. */
  private readonly notReady = new Set<string>();
  private readonly notReadyAfterReboot = new Set<string>();
  /** Nodes whose kubelet is restarting (not ready until the restart ends). */
  private readonly kubeletRestarting = new Set<string>();
  private readonly lastConfig = new Map<string, string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private schedulerCursor = 0;
  private reconciling = false;
  private reconcileAgain = false;

  constructor(
    readonly clusterName: string,
    private readonly talos: SimNode[],
    readonly timing: KubeTiming,
  ) {
    for (const ns of ['default', 'kube-system', 'kube-public', 'kube-node-lease'])
      this.put(namespaceObject(ns));
    // a node in maintenance mode has no kubelet yet: it registers once it is installed
    for (const n of talos) if (!n.maintenance) this.register(n);
    // Talos's bootstrap: the first control plane applies the manifests it renders (server-side,
    // as field manager `talos`, each marked with the inventory it belongs to).
    const cp = talos.find((n) => n.isControlPlane && !n.maintenance);
    for (const m of cp ? renderBootstrapManifests(cp.config, cp.talosVersion) : []) {
      for (const obj of m.objects) {
        const meta = obj.metadata ?? {};
        this.apply(
          {
            ...obj,
            metadata: {
              ...meta,
              annotations: { ...meta.annotations, [INVENTORY_ANNOTATION]: BOOTSTRAP_INVENTORY },
            },
          },
          'talos',
          true,
        );
      }
    }
  }

  // ---- store ----

  private put(obj: KubeObject, event: 'ADDED' | 'MODIFIED' = 'ADDED'): KubeObject {
    obj.metadata ??= {};
    const meta = obj.metadata;
    meta.uid ??= randomUUID();
    meta.creationTimestamp ??= now();
    meta.resourceVersion = String(++this.rv);
    let ofKind = this.objects.get(obj.kind!);
    if (!ofKind) {
      ofKind = new Map();
      this.objects.set(obj.kind!, ofKind);
    }
    ofKind.set(keyOf(obj.kind!, meta.namespace, meta.name!), obj);
    for (const l of this.listeners) l(event, obj);
    return obj;
  }

  private remove(obj: KubeObject): void {
    const ofKind = this.objects.get(obj.kind!);
    if (!ofKind?.delete(keyOf(obj.kind!, obj.metadata?.namespace, obj.metadata!.name!))) return;
    obj.metadata!.resourceVersion = String(++this.rv);
    for (const l of this.listeners) l('DELETED', obj);
  }

  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.objects.get(kind)?.get(keyOf(kind, namespace, name));
  }

  list(kind: string, namespace?: string): KubeObject[] {
    const all = [...(this.objects.get(kind)?.values() ?? [])];
    return namespace === undefined ? all : all.filter((o) => o.metadata?.namespace === namespace);
  }

  get resourceVersion(): string {
    return String(this.rv);
  }

  /** Watches changes; returns the unsubscribe function. */
  watch(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  /**
   * The controllers' passes after a change, run as Kubernetes's controllers run: after the change
   * that woke them, once for a burst of changes (twenty evictions at once make one pass, not twenty).
   */
  private soon(pass: 'reconcile' | 'workloadStatuses'): void {
    if (this.due.has(pass)) return;
    this.due.add(pass);
    this.later(0, () => {
      this.due.delete(pass);
      this[pass]();
    });
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.listeners.clear();
  }

  /** The minor version of the lowest kube-apiserver the control planes run (what the API serves). */
  apiServerMinor(): number | undefined {
    const minors = this.talos
      .filter((n) => n.isControlPlane)
      .map((n) => imageKubernetesVersion(componentImage(configDocuments(n.config), 'kube-apiserver')))
      .map((v) => (v ? Number(/^v\d+\.(\d+)/.exec(v)?.[1]) : Number.NaN))
      .filter((m) => !Number.isNaN(m));
    return minors.length ? Math.min(...minors) : undefined;
  }

  /** Puts an object as a user would have created it (a test's seed: e.g. one on an API about to go). */
  seed(obj: KubeObject): KubeObject {
    if (obj.metadata?.namespace) this.ensureNamespace(obj.metadata.namespace);
    return this.put(structuredClone(obj));
  }

  // ---- nodes ----

  private talosNode(name: string): SimNode | undefined {
    return this.talos.find((n) => n.name === name);
  }

  private nodeReady(n: SimNode): boolean {
    return (
      n.up && !this.notReady.has(n.address) && !this.kubeletRestarting.has(n.address) && !n.kubeletUnhealthy
    );
  }

  private nodeObject(n: SimNode): Node {
    const existing = this.get('Node', undefined, n.name) as Node | undefined;
    const kubelet = componentImage(configDocuments(n.config), 'kubelet');
    const ready = this.nodeReady(n);
    const previous = existing?.status?.conditions?.find((c) => c.type === 'Ready');
    const status: Condition['status'] = ready ? 'True' : n.up ? 'False' : 'Unknown';
    const condition: Condition = {
      type: 'Ready',
      status,
      reason: ready ? 'KubeletReady' : n.up ? 'KubeletNotReady' : 'NodeStatusUnknown',
      message: ready
        ? 'kubelet is posting ready status'
        : n.up
          ? 'container runtime status check may not have completed yet'
          : 'Kubelet stopped posting node status.',
      lastHeartbeatTime: now(),
      lastTransitionTime: previous?.status === status ? previous.lastTransitionTime : now(),
    };
    const labels: Record<string, string> = {
      'kubernetes.io/hostname': n.name,
      'kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      ...(n.isControlPlane ? { 'node-role.kubernetes.io/control-plane': '' } : {}),
    };
    return {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { ...(existing?.metadata ?? {}), name: n.name, labels },
      spec: {
        ...(existing?.spec?.unschedulable ? { unschedulable: true } : {}),
        ...(n.isControlPlane
          ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] }
          : {}),
      },
      status: {
        conditions: [condition],
        addresses: [
          { type: 'InternalIP', address: n.address },
          { type: 'Hostname', address: n.name },
        ],
        nodeInfo: {
          kubeletVersion: imageKubernetesVersion(kubelet) ?? '',
          kubeProxyVersion: '',
          machineID: n.address.replace(/\D/g, '').padEnd(32, '0'),
          systemUUID: n.address,
          bootID: n.bootId,
          kernelVersion: '6.12.0-talos',
          osImage: `Talos (${n.talosVersion})`,
          containerRuntimeVersion: 'containerd://2.1.0',
          operatingSystem: 'linux',
          architecture: 'amd64',
        },
      },
    };
  }

  /** The node's kubelet registers it (and a control plane's static pods appear). */
  private register(n: SimNode): void {
    this.lastConfig.set(n.address, n.config);
    this.put(this.nodeObject(n));
    if (n.isControlPlane) for (const c of STATIC_PODS) this.put(this.mirrorPod(n, c));
  }

  /** Re-derives one node (and the pods on it) from its Talos node. */
  private refreshNode(n: SimNode): void {
    const before = this.get('Node', undefined, n.name) as Node | undefined;
    if (!before) return;
    const next = this.nodeObject(n);
    const changed =
      JSON.stringify(before?.status?.conditions?.[0]?.status) !==
        JSON.stringify(next.status?.conditions?.[0]?.status) ||
      before?.status?.nodeInfo?.kubeletVersion !== next.status?.nodeInfo?.kubeletVersion ||
      before?.status?.nodeInfo?.bootID !== next.status?.nodeInfo?.bootID;
    if (!changed) return;
    Object.assign(before!, { spec: next.spec, status: next.status });
    this.put(before!, 'MODIFIED');
    const ready = next.status?.conditions?.[0]?.status === 'True';
    for (const p of this.podsOn(n.name)) this.setPodReady(p, ready && !p.metadata?.deletionTimestamp);
    if (ready) this.soon('reconcile');
  }

  /** Follows the simulated Talos node: reboots, applies (kubelet and static pod restarts). */
  onTalosEvent(event: SimEvent): void {
    const n = this.talos.find((x) => x.address === event.node);
    if (!n) return;
    if (event.type === 'install-end' && !this.get('Node', undefined, n.name)) this.register(n);
    if (event.type === 'reboot-start') this.refreshNode(n);
    if (event.type === 'reboot-end') {
      if (this.notReadyAfterReboot.has(n.address)) this.notReady.add(n.address);
      this.configChanged(n, false);
      this.refreshNode(n);
    }
    // The apply event comes before the node takes the config: look once it has.
    if (event.type === 'apply' || event.type === 'config-rollback')
      setImmediate(() => this.configChanged(n, true));
    if (event.type === 'fault-set' || event.type === 'fault-cleared') setImmediate(() => this.refreshNode(n));
  }

  private configChanged(n: SimNode, live: boolean): void {
    const before = this.lastConfig.get(n.address) ?? n.config;
    const after = n.config;
    this.lastConfig.set(n.address, after);
    if (before === after) return;
    if (live && kubeletRestarts(configDocuments(before), configDocuments(after)).length > 0) {
      this.kubeletRestarting.add(n.address);
      this.refreshNode(n);
      this.later(this.timing.kubeletRestartMs, () => {
        this.kubeletRestarting.delete(n.address);
        this.refreshNode(n);
      });
    }
    if (n.isControlPlane) {
      for (const c of STATIC_PODS) {
        const pod = this.get('Pod', 'kube-system', `${c}-${n.name}`) as Pod | undefined;
        const image = componentImage(configDocuments(after), c);
        if (!pod || pod.spec?.containers?.[0]?.image === image) continue;
        // The kubelet replaces the static pod: the mirror pod comes back with the new image, ready later.
        this.remove(pod);
        const fresh = this.mirrorPod(n, c, false);
        this.put(fresh);
        this.later(this.timing.kubeletRestartMs, () => {
          if (this.nodeReady(n)) this.setPodReady(fresh, true);
        });
      }
    }
  }

  /** Faults: a pod NotReady (its readiness probe failing), until cleared. */
  setPodNotReady(namespace: string, name: string, notReady: boolean): void {
    const key = `${namespace}/${name}`;
    if (notReady) this.podsNotReady.add(key);
    else this.podsNotReady.delete(key);
    const pod = this.get('Pod', namespace, name) as Pod | undefined;
    if (!pod) return;
    const n = this.talos.find((x) => x.name === pod.spec?.nodeName);
    this.setPodReady(pod, !notReady && !pod.metadata?.deletionTimestamp && !!n && this.nodeReady(n));
  }

  /** Faults: a node NotReady now (or after its next reboot), until cleared. */
  setNodeNotReady(address: string, notReady: boolean, afterReboot = false): void {
    const set = afterReboot ? this.notReadyAfterReboot : this.notReady;
    if (notReady) set.add(address);
    else {
      this.notReady.delete(address);
      this.notReadyAfterReboot.delete(address);
    }
    const n = this.talos.find((x) => x.address === address);
    if (n) this.refreshNode(n);
  }

  /**
   * Deletes a node object (`kubectl delete node`): the pod garbage collector then removes the pods
   * bound to a node that no longer exists. A kubelet that still runs would register it again; a node
   * being removed has been reset, so nothing does.
   */
  deleteNode(name: string): Node {
    const node = this.get('Node', undefined, name) as Node | undefined;
    if (!node) throw notFound('nodes', name);
    this.remove(node);
    for (const p of this.podsOn(name)) this.deletePod(p);
    return node;
  }

  /** Cordon / uncordon (spec.unschedulable), as the API's node patch sets it. */
  patchNode(name: string, patch: { spec?: { unschedulable?: boolean | null } }): Node {
    const node = this.get('Node', undefined, name) as Node | undefined;
    if (!node) throw notFound('nodes', name);
    if (patch.spec && 'unschedulable' in patch.spec) {
      node.spec ??= {};
      if (patch.spec.unschedulable) node.spec.unschedulable = true;
      else delete node.spec.unschedulable;
    }
    this.put(node, 'MODIFIED');
    if (!node.spec?.unschedulable) this.soon('reconcile');
    return node;
  }

  // ---- pods ----

  podsOn(nodeName: string): Pod[] {
    return (this.list('Pod') as Pod[]).filter((p) => p.spec?.nodeName === nodeName);
  }

  private setPodReady(pod: Pod, ready: boolean): void {
    // a pod held NotReady runs with its containers started but not ready (a failing readiness probe)
    const isReady = ready && !this.podsNotReady.has(`${pod.metadata?.namespace}/${pod.metadata?.name}`);
    const status = isReady ? 'True' : 'False';
    const conds = pod.status?.conditions ?? [];
    if (conds.find((c) => c.type === 'Ready')?.status === status) return;
    pod.status = {
      ...pod.status,
      phase: pod.status?.phase === 'Pending' && ready ? 'Running' : (pod.status?.phase ?? 'Running'),
      conditions: [
        { type: 'Ready', status, lastTransitionTime: now() },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: pod.metadata?.creationTimestamp },
      ],
      containerStatuses: (pod.spec?.containers ?? []).map((c) => ({
        name: c.name,
        image: c.image ?? '',
        imageID: '',
        ready: isReady,
        restartCount: 0,
        started: ready,
        state: ready ? { running: { startedAt: now() } } : { waiting: { reason: 'ContainerCreating' } },
      })),
    };
    this.put(pod, 'MODIFIED');
    this.refreshBudgets();
    this.soon('workloadStatuses');
  }

  private mirrorPod(n: SimNode, component: (typeof STATIC_PODS)[number], ready = this.nodeReady(n)): Pod {
    const node = this.get('Node', undefined, n.name)!;
    const image = componentImage(configDocuments(n.config), component) || `registry.k8s.io/${component}`;
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${component}-${n.name}`,
        namespace: 'kube-system',
        labels: { 'k8s-app': component, tier: 'control-plane' },
        annotations: {
          'kubernetes.io/config.mirror': randomUUID().replace(/-/g, ''),
          'kubernetes.io/config.source': 'file',
        },
        ownerReferences: [
          { apiVersion: 'v1', kind: 'Node', name: n.name, uid: node.metadata!.uid!, controller: true },
        ],
      },
      spec: {
        nodeName: n.name,
        containers: [{ name: component, image }],
        tolerations: [{ operator: 'Exists' }],
      },
      status: { phase: 'Running', hostIP: n.address },
    };
    this.setPodStatusOnly(pod, ready);
    return pod;
  }

  private setPodStatusOnly(pod: Pod, ready: boolean): void {
    pod.status = {
      ...pod.status,
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: now() }],
      containerStatuses: (pod.spec?.containers ?? []).map((c) => ({
        name: c.name,
        image: c.image ?? '',
        imageID: '',
        ready,
        restartCount: 0,
        state: ready ? { running: { startedAt: now() } } : { waiting: { reason: 'ContainerCreating' } },
      })),
    };
  }

  private newPod(
    owner: KubeObject,
    template: { labels: Record<string, string>; image: string; tolerations?: Toleration[] },
    nodeName: string | undefined,
  ): Pod {
    const name = `${owner.metadata!.name}-${randomUUID().slice(0, 5)}`;
    const n = nodeName ? this.talosNode(nodeName) : undefined;
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: owner.metadata!.namespace,
        labels: { ...template.labels },
        ownerReferences: [
          {
            apiVersion: owner.apiVersion!,
            kind: owner.kind!,
            name: owner.metadata!.name!,
            uid: owner.metadata!.uid!,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: {
        ...(nodeName ? { nodeName } : {}),
        containers: [{ name: owner.metadata!.name!, image: template.image }],
        terminationGracePeriodSeconds: 30,
        ...(template.tolerations ? { tolerations: template.tolerations } : {}),
      },
      status: { phase: 'Pending', ...(n ? { hostIP: n.address } : {}) },
    };
    this.setPodStatusOnly(pod, false);
    this.put(pod);
    if (n) {
      this.later(this.timing.podStartMs, () => {
        if (this.get('Pod', pod.metadata!.namespace, name) === pod && this.nodeReady(n))
          this.setPodReady(pod, true);
      });
    }
    return pod;
  }

  /** Deletes a pod gracefully: terminating now, gone after the termination time. */
  private deletePod(pod: Pod): void {
    if (pod.metadata?.deletionTimestamp) return;
    pod.metadata!.deletionTimestamp = now();
    this.setPodReady(pod, false);
    this.put(pod, 'MODIFIED');
    this.later(this.timing.podTerminationMs, () => {
      this.remove(pod);
      this.refreshBudgets();
      this.soon('reconcile');
    });
    this.soon('reconcile');
  }

  // ---- workloads ----

  createDaemonSet(
    namespace: string,
    name: string,
    image: string,
    labels: Record<string, string>,
  ): KubeObject {
    const ds: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name, namespace, labels: { ...labels }, generation: 1 },
      spec: {
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { containers: [{ name, image }], tolerations: [{ operator: 'Exists' }] },
        },
      },
      status: {},
    };
    this.put(ds);
    this.reconcile();
    return ds;
  }

  createDeployment(w: WorkloadSpec): KubeObject {
    const labels = w.labels ?? { app: w.name };
    const deployment: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: w.name, namespace: w.namespace, labels: { ...labels }, generation: 1 },
      spec: {
        replicas: w.replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            containers: [{ name: w.name, image: w.image ?? 'registry.example.com/app:1' }],
            ...(w.tolerateControlPlane
              ? {
                  tolerations: [
                    {
                      key: 'node-role.kubernetes.io/control-plane',
                      effect: 'NoSchedule',
                      operator: 'Exists',
                    },
                  ],
                }
              : {}),
          },
        },
      },
      status: {},
    };
    this.put(deployment);
    this.ensureNamespace(w.namespace);
    this.reconcile();
    return deployment;
  }

  ensureNamespace(name: string): void {
    if (!this.get('Namespace', undefined, name)) this.put(namespaceObject(name));
  }

  createPodDisruptionBudget(
    namespace: string,
    name: string,
    spec: PodDisruptionBudget['spec'],
  ): PodDisruptionBudget {
    const pdb: PodDisruptionBudget = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name, namespace, generation: 1 },
      spec,
    };
    this.put(pdb);
    this.refreshBudgets();
    return pdb;
  }

  deletePodDisruptionBudget(namespace: string, name: string): void {
    const pdb = this.get('PodDisruptionBudget', namespace, name);
    if (pdb) this.remove(pdb);
  }

  private schedulable(
    n: SimNode,
    tolerations: { key?: string; operator?: string; effect?: string }[] = [],
  ): boolean {
    const node = this.get('Node', undefined, n.name) as Node | undefined;
    if (!node || node.spec?.unschedulable || !this.nodeReady(n)) return false;
    return (node.spec?.taints ?? []).every((t) =>
      tolerations.some((tol) => tol.operator === 'Exists' && (tol.key === undefined || tol.key === t.key)),
    );
  }

  /**
   * The DaemonSet and ReplicaSet controllers and the scheduler. A pass that changes pods asks for
   * another (a deletion inside a pass must not start a second pass on the first one's stale view).
   */
  reconcile(): void {
    if (this.reconciling) {
      this.reconcileAgain = true;
      return;
    }
    this.reconciling = true;
    try {
      do {
        this.reconcileAgain = false;
        this.reconcilePass();
      } while (this.reconcileAgain);
    } finally {
      this.reconciling = false;
    }
  }

  private reconcilePass(): void {
    for (const ds of this.list('DaemonSet')) {
      const tmpl = (
        ds.spec as {
          template: {
            metadata: { labels: Record<string, string> };
            spec: { containers: { image: string }[] };
          };
        }
      ).template;
      const image = tmpl.spec.containers[0]!.image;
      const byNode = new Map<string, Pod[]>();
      for (const p of this.ownedPods(ds)) {
        const on = p.spec?.nodeName ?? '';
        const group = byNode.get(on);
        if (group) group.push(p);
        else byNode.set(on, [p]);
      }
      for (const n of this.registeredNodes()) {
        const pods = byNode.get(n.name) ?? [];
        const mine = pods.filter((p) => !p.metadata?.deletionTimestamp);
        for (const p of mine) if (p.spec?.containers?.[0]?.image !== image) this.deletePod(p);
        if (
          !mine.some((p) => p.spec?.containers?.[0]?.image === image) &&
          !pods.some((p) => p.metadata?.deletionTimestamp && p.spec?.containers?.[0]?.image === image)
        ) {
          if (!mine.length || mine.every((p) => p.spec?.containers?.[0]?.image !== image))
            this.newPod(
              ds,
              { labels: tmpl.metadata.labels, image, tolerations: [{ operator: 'Exists' }] },
              n.name,
            );
        }
      }
    }
    for (const d of this.list('Deployment')) {
      const spec = d.spec as {
        replicas: number;
        template: {
          metadata: { labels: Record<string, string> };
          spec: {
            containers: { image: string }[];
            tolerations?: { key?: string; operator?: string; effect?: string }[];
          };
        };
      };
      const image = spec.template.spec.containers[0]!.image;
      const pods = this.ownedPods(d);
      for (const p of pods)
        if (!p.metadata?.deletionTimestamp && p.spec?.containers?.[0]?.image !== image) this.deletePod(p);
      const live = this.ownedPods(d).filter((p) => !p.metadata?.deletionTimestamp);
      for (let i = live.length; i < spec.replicas; i++) {
        const eligible = this.talos.filter((n) => this.schedulable(n, spec.template.spec.tolerations));
        const node = eligible.length ? eligible[this.schedulerCursor++ % eligible.length] : undefined;
        this.newPod(
          d,
          { labels: spec.template.metadata.labels, image, tolerations: spec.template.spec.tolerations },
          node?.name,
        );
      }
      // Pending pods get a node once one is eligible.
      for (const p of this.ownedPods(d)) {
        if (p.spec?.nodeName || p.metadata?.deletionTimestamp) continue;
        const eligible = this.talos.filter((n) => this.schedulable(n, spec.template.spec.tolerations));
        if (!eligible.length) continue;
        const n = eligible[this.schedulerCursor++ % eligible.length]!;
        p.spec!.nodeName = n.name;
        p.status = { ...p.status, hostIP: n.address };
        this.put(p, 'MODIFIED');
        this.later(this.timing.podStartMs, () => {
          if (this.get('Pod', p.metadata!.namespace, p.metadata!.name!) === p && this.nodeReady(n))
            this.setPodReady(p, true);
        });
      }
    }
    this.workloadStatuses();
  }

  /** A DaemonSet runs on the registered nodes (a deleted node, or one not installed yet, has none). */
  private registeredNodes(): SimNode[] {
    return this.talos.filter((n) => this.get('Node', undefined, n.name) !== undefined);
  }

  /** The DaemonSet and Deployment controllers' status of what their pods are doing now. */
  private workloadStatuses(): void {
    const imageOf = (w: KubeObject) =>
      (w.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0]!
        .image;
    const isReady = (p: Pod) => p.status?.conditions?.[0]?.status === 'True';
    const setStatus = (w: KubeObject, next: Record<string, unknown>) => {
      if (JSON.stringify(next) === JSON.stringify(w.status)) return;
      w.status = next;
      this.put(w, 'MODIFIED');
    };
    // every pod a workload owns, by the owner's uid (one pass over the pods, not one per workload)
    const owned = new Map<string, Pod[]>();
    for (const p of this.list('Pod') as Pod[]) {
      for (const o of p.metadata?.ownerReferences ?? []) {
        const group = owned.get(o.uid);
        if (group) group.push(p);
        else owned.set(o.uid, [p]);
      }
    }
    const ownedPods = (w: KubeObject) =>
      (owned.get(w.metadata?.uid ?? '') ?? []).filter((p) => p.metadata?.namespace === w.metadata?.namespace);
    const registered = this.registeredNodes().length;
    for (const ds of this.list('DaemonSet')) {
      const image = imageOf(ds);
      const current = ownedPods(ds).filter((p) => !p.metadata?.deletionTimestamp);
      setStatus(ds, {
        desiredNumberScheduled: registered,
        currentNumberScheduled: current.length,
        numberReady: current.filter(isReady).length,
        numberAvailable: current.filter(isReady).length,
        numberMisscheduled: 0,
        observedGeneration: ds.metadata?.generation,
        updatedNumberScheduled: current.filter((p) => p.spec?.containers?.[0]?.image === image).length,
      });
    }
    for (const d of this.list('Deployment')) {
      const image = imageOf(d);
      const pods = ownedPods(d);
      const ready = pods.filter((p) => isReady(p) && !p.metadata?.deletionTimestamp).length;
      setStatus(d, {
        observedGeneration: d.metadata?.generation,
        replicas: pods.length,
        readyReplicas: ready,
        availableReplicas: ready,
        updatedReplicas: pods.filter((p) => p.spec?.containers?.[0]?.image === image).length,
      });
    }
  }

  /** Pods a workload owns (Deployments own pods through a ReplicaSet; here directly, with the same labels). */
  private ownedPods(owner: KubeObject): Pod[] {
    return (this.list('Pod', owner.metadata?.namespace) as Pod[]).filter((p) =>
      p.metadata?.ownerReferences?.some((o) => o.uid === owner.metadata?.uid),
    );
  }

  // ---- disruption budgets and eviction ----

  private budgetsFor(pod: Pod): PodDisruptionBudget[] {
    return (this.list('PodDisruptionBudget', pod.metadata?.namespace) as PodDisruptionBudget[]).filter((b) =>
      matchesSelector(pod.metadata?.labels, b.spec?.selector),
    );
  }

  /** The disruption controller: each budget's status from the pods it selects. */
  refreshBudgets(): void {
    for (const pdb of this.list('PodDisruptionBudget') as PodDisruptionBudget[]) {
      // every pod the budget selects, terminating ones too, as the disruption controller lists them
      const pods = (this.list('Pod', pdb.metadata?.namespace) as Pod[]).filter((p) =>
        matchesSelector(p.metadata?.labels, pdb.spec?.selector),
      );
      const spec = pdb.spec ?? {};
      // maxUnavailable and a percentage minAvailable are of the controllers' scale (the replicas they
      // want, not the pods there are now: an evicted pod's replacement may not exist yet)
      const scaleBased = spec.maxUnavailable !== undefined || typeof spec.minAvailable === 'string';
      const scale = scaleBased ? this.expectedScale(pods) : pods.length;
      // a budget that cannot be synced fails safe: no disruption allowed
      const expected = scale ?? pdb.status?.expectedPods ?? 0;
      const desired =
        spec.maxUnavailable !== undefined
          ? Math.max(0, expected - scaled(spec.maxUnavailable, expected))
          : spec.minAvailable !== undefined
            ? scaled(spec.minAvailable, expected)
            : expected;
      // an eviction's pod counts as disrupted until it is seen terminating (or 2 minutes pass)
      const fresh = Date.now() - DISRUPTION_TIMEOUT_MS;
      const disrupted = Object.entries(pdb.status?.disruptedPods ?? {}).filter(([name, at]) => {
        const pod = pods.find((p) => p.metadata?.name === name);
        return pod && !pod.metadata?.deletionTimestamp && Date.parse(at) > fresh;
      });
      const disruptedNames = new Set(disrupted.map(([name]) => name));
      const healthy = pods.filter(
        (p) =>
          !p.metadata?.deletionTimestamp &&
          !disruptedNames.has(p.metadata?.name ?? '') &&
          p.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True',
      ).length;
      const next = {
        currentHealthy: healthy,
        desiredHealthy: desired,
        // none while the budget selects no pod it expects (its first pods may not be counted yet)
        disruptionsAllowed: scale === undefined || expected <= 0 ? 0 : Math.max(0, healthy - desired),
        expectedPods: expected,
        observedGeneration: pdb.metadata?.generation,
        ...(disrupted.length ? { disruptedPods: Object.fromEntries(disrupted) } : {}),
      };
      if (JSON.stringify(next) !== JSON.stringify(pdb.status)) {
        pdb.status = next;
        this.put(pdb, 'MODIFIED');
      }
    }
  }

  /**
   * The replicas the pods' controllers ask for, each controller once (pods without one count for
   * none); undefined when a controller has no scale (a DaemonSet), which the disruption
   * controller cannot sync.
   */
  private expectedScale(pods: Pod[]): number | undefined {
    const scales = new Map<string, number>();
    for (const p of pods) {
      const ref = controllerOf(p);
      if (!ref || scales.has(ref.uid)) continue;
      const owner = this.get(ref.kind, p.metadata?.namespace, ref.name);
      const replicas =
        owner?.metadata?.uid === ref.uid
          ? (owner.spec as { replicas?: unknown } | undefined)?.replicas
          : undefined;
      if (typeof replicas !== 'number') return undefined;
      scales.set(ref.uid, replicas);
    }
    let total = 0;
    for (const n of scales.values()) total += n;
    return total;
  }

  /** The Eviction subresource (pkg/registry/core/pod/storage/eviction.go's rules). */
  evict(namespace: string, name: string): Status {
    const pod = this.get('Pod', namespace, name) as Pod | undefined;
    if (!pod) throw notFound('pods', name);
    const success: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code: 201 };
    // Terminal or already terminating pods are deleted without consulting budgets.
    if (
      pod.metadata?.deletionTimestamp ||
      pod.status?.phase === 'Succeeded' ||
      pod.status?.phase === 'Failed'
    ) {
      this.deletePod(pod);
      return success;
    }
    const budgets = this.budgetsFor(pod);
    if (budgets.length > 1) {
      throw new KubeStatusError(
        500,
        'InternalError',
        'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
      );
    }
    const pdb = budgets[0];
    if (pdb) {
      this.refreshBudgets();
      const st = pdb.status!;
      const podReady = pod.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
      // An unhealthy pod may go while the budget is met (IfHealthyBudget, the default policy).
      const unhealthyOk =
        !podReady &&
        (pdb.spec?.unhealthyPodEvictionPolicy === 'AlwaysAllow' || st.currentHealthy >= st.desiredHealthy);
      if (!unhealthyOk) {
        if (st.disruptionsAllowed <= 0) {
          throw new KubeStatusError(
            429,
            'TooManyRequests',
            "Cannot evict pod as it would violate the pod's disruption budget.",
            {
              causes: [
                {
                  reason: 'DisruptionBudget',
                  message: `The disruption budget ${pdb.metadata!.name} needs ${st.desiredHealthy} healthy pods and has ${st.currentHealthy} currently`,
                },
              ],
            },
          );
        }
        st.disruptionsAllowed--;
        st.disruptedPods = { ...(st.disruptedPods ?? {}), [name]: now() };
        this.put(pdb, 'MODIFIED');
      }
    }
    this.deletePod(pod);
    return success;
  }

  // ---- server-side apply ----

  /** Applies an object as `manager` (fields it sets replace the live ones; it owns what it applied). */
  apply(obj: KubeObject, manager: string, force: boolean): KubeObject {
    const meta = obj.metadata ?? {};
    const existing = this.get(obj.kind!, meta.namespace, meta.name!);
    const managed = {
      manager,
      operation: 'Apply' as const,
      apiVersion: obj.apiVersion,
      time: now(),
      fieldsType: 'FieldsV1' as const,
      fieldsV1: fieldSet(obj),
    };
    if (!existing) {
      const created = structuredClone(obj);
      created.metadata = { ...created.metadata, managedFields: [managed], generation: 1 };
      if (created.kind === 'Namespace') created.status = { phase: 'Active' };
      this.put(created);
      this.reconcile();
      return created;
    }
    const others = (existing.metadata?.managedFields ?? []).filter((m) => m.manager !== manager);
    if (!force) {
      for (const m of others) {
        if (m.operation !== 'Apply') continue;
        const conflict = conflictingField(existing, obj, m.fieldsV1 ?? {});
        if (conflict) {
          throw new KubeStatusError(
            409,
            'Conflict',
            `Apply failed with 1 conflict: conflict with "${m.manager}": ${conflict}`,
            {
              causes: [
                { reason: 'FieldManagerConflict', message: `conflict with "${m.manager}"`, field: conflict },
              ],
            },
          );
        }
      }
    }
    const merged = { ...existing, ...structuredClone(obj) } as KubeObject;
    merged.metadata = {
      ...existing.metadata,
      ...obj.metadata,
      uid: existing.metadata?.uid,
      creationTimestamp: existing.metadata?.creationTimestamp,
      generation:
        (existing.metadata?.generation ?? 1) +
        (JSON.stringify(existing.spec) === JSON.stringify(obj.spec) ? 0 : 1),
      managedFields: [...others, managed],
    };
    if ('status' in existing && !('status' in obj)) merged.status = existing.status;
    this.objects
      .get(existing.kind!)
      ?.delete(keyOf(existing.kind!, existing.metadata?.namespace, existing.metadata!.name!));
    this.put(merged, 'MODIFIED');
    this.reconcile();
    return merged;
  }
}

const STATIC_PODS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'] as const;

function namespaceObject(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

/** The fieldsV1 set of an object: `f:<field>` for every leaf it sets (lists kept whole). */
function fieldSet(obj: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return out;
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'apiVersion' || k === 'kind' || k === 'status') continue;
    if (k === 'metadata') {
      const m = v as Record<string, unknown>;
      const meta: Record<string, unknown> = {};
      for (const part of ['labels', 'annotations'] as const)
        if (m[part]) meta[`f:${part}`] = fieldSet(m[part]);
      if (Object.keys(meta).length) out['f:metadata'] = meta;
      continue;
    }
    out[`f:${k}`] = v && typeof v === 'object' && !Array.isArray(v) ? fieldSet(v) : {};
  }
  return out;
}

/** The first field `set` owns whose live value the applied object changes, as a dotted path. */
function conflictingField(
  live: unknown,
  applied: unknown,
  set: Record<string, unknown>,
  path = '',
): string | undefined {
  for (const [fk, sub] of Object.entries(set)) {
    const k = fk.slice(2);
    const a = (applied as Record<string, unknown> | undefined)?.[k];
    const l = (live as Record<string, unknown> | undefined)?.[k];
    if (a === undefined) continue;
    const here = path ? `${path}.${k}` : `.${k}`;
    if (
      sub &&
      typeof sub === 'object' &&
      Object.keys(sub).length &&
      a &&
      typeof a === 'object' &&
      !Array.isArray(a)
    ) {
      const deeper = conflictingField(l, a, sub as Record<string, unknown>, here);
      if (deeper) return deeper;
    } else if (JSON.stringify(a) !== JSON.stringify(l)) return here;
  }
  return undefined;
}
