/**
 * A Kubernetes version change rolled as `talosctl upgrade-k8s` rolls it, after the rest of the
 * config: kube-apiserver on every control plane one at a time, then kube-controller-manager, then
 * kube-scheduler (each its own config change, waiting for that static pod's mirror pod to be Ready
 * at the new image), then kube-proxy's image on the control planes, then the kubelets (control planes
 * one at a time, then workers in batches, each drained first), then the manifests Talos renders,
 * applied server-side. Each step patches the node's running config, so a re-run resumes where it
 * stopped; the end state is the render. Before anything is touched, the pre-checks refuse an upgrade
 * path upgrade-k8s would refuse, a Kubernetes version the nodes' Talos does not run, and objects
 * stored on an API version the new release removes.
 */
import type { ConfigDocument } from '../config/document.js';
import { encodeConfig } from '../config/encode.js';
import { loadConfig } from '../config/patch.js';
import {
  CONTROL_PLANE_COMPONENTS,
  componentImage,
  imageKubernetesVersion,
  type KubernetesComponent,
  VERSIONED_COMPONENTS,
  withComponentImage,
} from '../kinds/kubernetes.js';
import { KubernetesApiError } from '../kubernetes/api-error.js';
import type { KubernetesClient } from '../kubernetes/client.js';
import { removedResources, upgradePathSupported } from '../kubernetes/removed-apis.js';
import { kubernetesUnsupported } from '../kubernetes/talos-compatibility.js';
import { readyStatus } from '../kubernetes/types.js';
import { contractOf } from '../model/model.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import { drainNode, kubernetesNodeOf, nap, uncordonWhenReady } from './drain.js';
import { describeFailure } from './failure.js';
import { syncBootstrapManifests } from './manifest-sync.js';
import type { ClusterEnv } from './node-step.js';
import type { KubernetesStepName, KubernetesUpgradeReport } from './types.js';
import { waitUntilHealthy } from './wait.js';
import type { Wakeup } from './wakeup.js';

export interface KubernetesUpgradePlan {
  from: string;
  to: string;
  /** Nodes whose running Kubernetes images differ from the render. */
  nodes: RenderedNode[];
}

/** The versioned components whose image differs between the running documents and the render. */
export function componentChanges(
  live: readonly ConfigDocument[],
  render: readonly ConfigDocument[],
): KubernetesComponent[] {
  return VERSIONED_COMPONENTS.filter((c) => componentImage(live, c) !== componentImage(render, c));
}

const versionKey = (v: string) => {
  const m = /^v?(\d+)\.(\d+)\.?(\d+)?/.exec(v);
  return m ? Number(m[1]) * 1e6 + Number(m[2]) * 1e3 + Number(m[3] ?? 0) : 0;
};

/** A Kubernetes upgrade is needed when some node's running component images differ from the render. */
export function planKubernetesUpgrade(
  cluster: RenderedCluster,
  lives: ReadonlyMap<RenderedNode, readonly ConfigDocument[]>,
): KubernetesUpgradePlan | undefined {
  const nodes = cluster.nodes.filter((n) => {
    const live = lives.get(n);
    return live !== undefined && componentChanges(live, n.docs).length > 0;
  });
  if (nodes.length === 0) return undefined;
  // The version the cluster runs now: its lowest component, as upgrade-k8s detects it.
  const running = [...lives.values()]
    .flatMap((docs) => (['kube-apiserver', 'kubelet'] as const).map((c) => componentImage(docs, c)))
    .map(imageKubernetesVersion)
    .filter((v): v is string => v !== undefined)
    .sort((a, b) => versionKey(a) - versionKey(b));
  return { from: running[0] ?? cluster.kubernetesVersion, to: cluster.kubernetesVersion, nodes };
}

/**
 * The node's render held at its running Kubernetes images: what the config rollout applies first,
 * so that the Kubernetes components only move in the upgrade's own order afterwards.
 */
export function heldRender(
  node: RenderedNode,
  live: readonly ConfigDocument[],
  cluster: RenderedCluster,
): RenderedNode {
  let docs = node.docs;
  for (const c of VERSIONED_COMPONENTS) {
    const running = componentImage(live, c);
    if (running === '' || running === componentImage(docs, c)) continue;
    docs = withComponentImage(docs, c, running) ?? docs;
  }
  return docs === node.docs ? node : { ...node, docs, text: encodeConfig(docs, cluster.contract) };
}

export interface PrecheckEnv {
  cluster: RenderedCluster;
  kube: KubernetesClient;
  /** Talos versions the nodes run now. */
  talosVersions: ReadonlyMap<RenderedNode, string>;
}

/** Problems that stop the upgrade before anything is touched (empty: go ahead). */
export async function kubernetesPrechecks(plan: KubernetesUpgradePlan, env: PrecheckEnv): Promise<string[]> {
  const problems: string[] = [];
  if (!upgradePathSupported(plan.from, plan.to)) {
    problems.push(
      `unsupported upgrade path ${plan.from} → ${plan.to}: Kubernetes moves one minor version at a time`,
    );
  }
  // The Kubernetes upgrade runs after the Talos upgrades: judged against the version each node ends on.
  const target = env.cluster.talosVersion;
  const unsupported = kubernetesUnsupported(target, plan.to);
  if (unsupported) problems.push(unsupported);
  for (const [node, version] of env.talosVersions) {
    if (version === target) continue;
    const now = kubernetesUnsupported(target, plan.from);
    if (now) {
      problems.push(
        `${node.name} is upgraded to Talos ${target} first, which does not run the cluster's current Kubernetes (${now}): upgrade Kubernetes in a change of its own first`,
      );
      break;
    }
  }
  for (const r of removedResources(plan.from, plan.to)) {
    const gv = `${r.group}/${r.version}`;
    const served = await env.kube.apiResources(gv);
    if (!served?.some((x) => x.name === r.resource)) continue;
    let items: { metadata?: { namespace?: string; name?: string } }[];
    try {
      items = (await env.kube.listResource(r.group, r.version, r.resource)).items;
    } catch (err) {
      if (err instanceof KubernetesApiError && err.kind === 'not-found') continue;
      throw err;
    }
    if (items.length === 0) continue;
    const names = items
      .slice(0, 5)
      .map((o) => `${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata?.name}`);
    problems.push(
      `${items.length} ${r.resource}.${r.version}.${r.group} object(s) on an API Kubernetes ${plan.to} removes: ${names.join(', ')}${items.length > 5 ? ', …' : ''} (migrate them first)`,
    );
  }
  return problems;
}

export interface UpgradeRunEnv extends ClusterEnv {
  kube: KubernetesClient;
  /** Worker batch size. */
  parallel: number;
  /** Runs the cluster gates at a point; the reason when one fails. */
  gate(point: string): Promise<string | undefined>;
  /** The node was changed by the upgrade (its report says so). */
  touched(node: RenderedNode, note: string): void;
}

class StepFailure extends Error {}

interface WaitOpts {
  clock: { now(): number; sleep(ms: number): Promise<void> };
  pollMs: number;
  timeoutMs: number;
  wake?: Wakeup;
}

export async function runKubernetesUpgrade(
  plan: KubernetesUpgradePlan,
  env: UpgradeRunEnv,
  report: KubernetesUpgradeReport,
): Promise<{ ok: boolean; reason?: string }> {
  const { cluster, api } = env;
  const cps = cluster.nodes.filter((n) => n.role === 'controlplane');
  const workers = cluster.nodes.filter((n) => n.role === 'worker');
  const poll = { clock: env.clock, pollMs: Math.max(env.timing.pollInitialMs, 20) };
  /** The node's wakeup: its waits look again as soon as the node or a pod on it changes. */
  const wakeFor = (name: string): { wake?: Wakeup } => {
    const wake = env.kubeWatch?.wakeupFor(name);
    return wake ? { wake } : {};
  };
  const step = (name: KubernetesStepName, node?: RenderedNode, detail?: string) => {
    report.steps.push({ step: name, ...(node ? { node: node.name } : {}), ...(detail ? { detail } : {}) });
    env.emit({
      type: 'kubernetes-step',
      at: env.clock.now(),
      cluster: cluster.name,
      step: name,
      node: node?.name,
      detail,
    });
  };

  /** The node's running documents, read from the node. */
  const running = async (node: RenderedNode): Promise<{ docs: ConfigDocument[]; version: string }> => {
    const [text, version] = await Promise.all([
      api.getMachineConfig(node.address),
      api.version(node.address),
    ]);
    const contract = contractOf(version.tag) ?? cluster.contract;
    return { docs: loadConfig(text, `running config of ${node.name}`, contract), version: version.tag };
  };

  /** Applies the running config with `components` at the render's images; false when already there. */
  const patch = async (node: RenderedNode, components: readonly KubernetesComponent[]): Promise<boolean> => {
    const live = await running(node);
    let docs = live.docs;
    for (const c of components) {
      const target = componentImage(node.docs, c);
      if (target === '' || componentImage(docs, c) === target) continue;
      docs = withComponentImage(docs, c, target) ?? docs;
    }
    if (docs === live.docs) return false;
    const text = encodeConfig(docs, contractOf(live.version) ?? cluster.contract);
    await api.applyConfiguration(node.address, text, { mode: 'no-reboot' });
    env.touched(node, `Kubernetes ${plan.from} → ${plan.to}`);
    const back = await waitUntilHealthy(
      env,
      node.address,
      { role: node.role, etcdMembers: cps.length, talosVersion: cluster.talosVersion },
      { timeoutMs: env.healthTimeoutMs },
    );
    if (!back.ok) throw new StepFailure(`${node.name}: ${back.reason}`);
    return true;
  };

  const k8sName = async (node: RenderedNode): Promise<string> => {
    const n = await (env.kubeNodes ? env.kubeNodes.nodeOf(node) : kubernetesNodeOf(env.kube, node));
    if (!n?.metadata?.name) throw new StepFailure(`no Kubernetes node for ${node.name} (${node.address})`);
    return n.metadata.name;
  };

  try {
    // 1. the control plane's static pods, one component at a time over every control plane
    for (const component of CONTROL_PLANE_COMPONENTS) {
      for (const cp of cps) {
        const target = componentImage(cp.docs, component);
        step(component, cp, target);
        if (!(await patch(cp, [component]))) continue;
        const name = await k8sName(cp);
        await waitForMirrorPod(env.kube, component, name, target, {
          ...poll,
          ...wakeFor(name),
          timeoutMs: env.healthTimeoutMs,
        });
      }
      const bad = await env.gate(`after ${component}`);
      if (bad) throw new StepFailure(bad);
    }
    // 2. kube-proxy's image, which the control planes render into its DaemonSet
    for (const cp of cps) {
      step('kube-proxy', cp, componentImage(cp.docs, 'kube-proxy'));
      await patch(cp, ['kube-proxy']);
    }
    // 3. the kubelets: control planes one at a time, then workers in batches, each drained first
    const batches: RenderedNode[][] = cps.map((cp) => [cp]);
    for (let i = 0; i < workers.length; i += env.parallel) batches.push(workers.slice(i, i + env.parallel));
    for (const [b, batch] of batches.entries()) {
      await Promise.all(batch.map((n) => upgradeKubelet(n)));
      const bad = await env.gate(
        batch[0]!.role === 'controlplane'
          ? `after kubelet ${batch[0]!.name}`
          : `after kubelet batch ${b + 1 - cps.length}`,
      );
      if (bad) throw new StepFailure(bad);
    }
    // 4. the manifests Talos renders, from the first control plane
    step('manifests', cps[0]);
    const manifests = await api.bootstrapManifests(cps[0]!.address);
    const synced = await syncBootstrapManifests(env.kube, manifests, {
      ...poll,
      timeoutMs: env.healthTimeoutMs,
    });
    report.manifests = synced.applied;
    if (!synced.ok) throw new StepFailure(synced.reason ?? 'manifest sync failed');
    // 5. every node now runs its render
    for (const n of cluster.nodes) {
      const text = await api.getMachineConfig(n.address);
      if (text !== n.text)
        throw new StepFailure(`${n.name}: the running config differs from the render after the upgrade`);
    }
    return { ok: true };
  } catch (err) {
    const reason = err instanceof StepFailure ? err.message : describeFailure(err, env.registry);
    return { ok: false, reason: env.registry.redact(reason) };
  }

  async function upgradeKubelet(node: RenderedNode): Promise<void> {
    const target = componentImage(node.docs, 'kubelet');
    step('kubelet', node, target);
    const live = await running(node);
    // Everything versioned that is still behind moves with the kubelet (a worker's copy of the
    // control plane's images is inert): afterwards the node runs its render.
    if (componentChanges(live.docs, node.docs).length === 0) return;
    const restarts = componentImage(live.docs, 'kubelet') !== target;
    let cordoned: string | undefined;
    const name = await k8sName(node);
    if (restarts && cluster.rollout.drain !== false) {
      const drained = await drainNode(env.kube, name, {
        ...poll,
        ...wakeFor(name),
        timeoutMs: cluster.rollout.drainTimeoutMs ?? 5 * 60_000,
      });
      if (!drained.ok) throw new StepFailure(`${node.name}: ${drained.reason ?? 'drain failed'}`);
      if (drained.cordoned) cordoned = name;
    }
    await patch(node, VERSIONED_COMPONENTS);
    if (restarts) {
      await waitForKubelet(env.kube, name, imageKubernetesVersion(target) ?? '', {
        ...poll,
        ...wakeFor(name),
        timeoutMs: env.healthTimeoutMs,
      });
    }
    if (cordoned) {
      const back = await uncordonWhenReady(env.kube, cordoned, {
        ...poll,
        ...wakeFor(cordoned),
        timeoutMs: env.healthTimeoutMs,
      });
      if (!back.ok) throw new StepFailure(`${node.name}: ${back.reason}`);
    }
  }
}

/** Waits until the node's mirror pod of a static pod runs the image and is Ready. */
async function waitForMirrorPod(
  kube: KubernetesClient,
  component: string,
  nodeName: string,
  image: string,
  opts: WaitOpts,
): Promise<void> {
  const deadline = opts.clock.now() + opts.timeoutMs;
  let last = 'no mirror pod';
  for (;;) {
    const seen = opts.wake?.seq;
    const pods = (await kube.listPods('kube-system', `k8s-app=${component}`)).items;
    const pod = pods.find((p) => p.spec?.nodeName === nodeName && !p.metadata?.deletionTimestamp);
    const running = pod?.spec?.containers?.[0]?.image;
    if (pod && running === image && readyStatus(pod) === 'True') return;
    last = pod
      ? `${pod.metadata?.name} runs ${running}${readyStatus(pod) === 'True' ? '' : ', not Ready'}`
      : last;
    if (opts.clock.now() >= deadline)
      throw new StepFailure(`${component} on ${nodeName} not Ready at ${image} in time (${last})`);
    await nap(opts, opts.pollMs, seen);
  }
}

/** Waits until the Kubernetes node reports the kubelet version and is Ready. */
async function waitForKubelet(
  kube: KubernetesClient,
  nodeName: string,
  version: string,
  opts: WaitOpts,
): Promise<void> {
  const deadline = opts.clock.now() + opts.timeoutMs;
  for (;;) {
    const seen = opts.wake?.seq;
    const node = await kube.getNode(nodeName).catch(() => undefined);
    const got = node?.status?.nodeInfo?.kubeletVersion;
    if (node && got === version && readyStatus(node) === 'True') return;
    if (opts.clock.now() >= deadline) {
      throw new StepFailure(
        `kubelet on ${nodeName}: ${got !== version ? `version ${got}, expected ${version}` : 'node not Ready'} in time`,
      );
    }
    await nap(opts, opts.pollMs, seen);
  }
}
