/**
 * Rolling one node: (control planes) check every control plane is healthy and move etcd leadership
 * away, then Upgrade if the version changes, then apply the config with an explicit mode (and reboot
 * explicitly on 1.14+ when the change needs it), waiting after each disruptive step until the node is
 * back and healthy. Any failure ends the node's turn with the reason and whether it was touched.
 */

import type { KubernetesClient } from '../kubernetes/client.js';
import type { Node as KubeNode } from '../kubernetes/types.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import { TalosApiError } from '../talos/api-error.js';
import { drainNode, kubernetesNodeOf, uncordonWhenReady } from './drain.js';
import { explainFailure } from './failure.js';
import { checkNodeHealth, type HealthExpectation } from './health.js';
import type { KubernetesNodeList } from './kube-nodes.js';
import { disruptsPods, type NodePlan } from './plan.js';
import type { NodeStep, RolloutEvent } from './types.js';
import { bootIdBefore, type WaitEnv, waitUntilHealthy } from './wait.js';
import type { KubernetesWatch, Wakeup } from './wakeup.js';

export interface ClusterEnv extends WaitEnv {
  cluster: RenderedCluster;
  healthTimeoutMs: number;
  emit(event: RolloutEvent): void;
  /** The cluster's Kubernetes API, when the rollout can reach it. */
  kube?: KubernetesClient;
  /** Watches of the cluster's Kubernetes nodes and pods that wake a waiting step (with `kube`). */
  kubeWatch?: KubernetesWatch;
  /** The step's shared list of Kubernetes nodes (with `kube`; without it each node lists them). */
  kubeNodes?: KubernetesNodeList;
  /** The control planes running in the cluster (default: all of cluster.yaml's); grows as new ones join. */
  controlPlanes?: RenderedNode[];
  /** How many etcd members a healthy control plane sees (default: the control planes); grows with joins. */
  etcdMembers?: number;
  /** Nodes of cluster.yaml not in the cluster yet (waiting in maintenance mode to join). */
  pending?: Set<RenderedNode>;
  /**
   * Where each node answers now, by name, when that is not its rendered address: a node whose
   * address the change moves is reached at its old one until its new config is applied.
   */
  where?: Map<string, string>;
}

/** The address a node answers at now. */
export function currentAddress(
  env: Pick<ClusterEnv, 'where'>,
  node: Pick<RenderedNode, 'name' | 'address'>,
): string {
  return env.where?.get(node.name) ?? node.address;
}

export interface NodeResult {
  status: 'applied' | 'upgraded' | 'joined' | 'removed' | 'failed';
  reason?: string;
  /** The Talos API's own text behind the reason. */
  detail?: string;
  touched: boolean;
  rebooted: boolean;
  applyMode?: { requested: 'auto' | 'no-reboot'; used?: string };
  notes: string[];
}

class NodeFailure extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

const controlPlanes = (c: RenderedCluster): RenderedNode[] =>
  c.nodes.filter((n) => n.role === 'controlplane');

/** Reports a node's steps as they start (`node-step` events). */
export function stepEmitter(env: ClusterEnv, node: string): (s: NodeStep, detail?: string) => void {
  return (step, detail) =>
    env.emit({ type: 'node-step', at: env.clock.now(), cluster: env.cluster.name, node, step, detail });
}

export async function rollNode(env: ClusterEnv, plan: NodePlan): Promise<NodeResult> {
  const { api, cluster } = env;
  const node = plan.node;
  const cps = env.controlPlanes ?? controlPlanes(cluster);
  const expect: HealthExpectation = { role: node.role, etcdMembers: env.etcdMembers ?? cps.length };
  const result: NodeResult = { status: 'failed', touched: false, rebooted: false, notes: [] };
  const step = stepEmitter(env, node.name);
  // Until the new config is applied the node is where it was; after that, where the config puts it.
  const before = currentAddress(env, node);
  const wait = async (
    address: string,
    expectation: HealthExpectation,
    reboot: { bootId: string | undefined } | undefined,
    onRebooted?: () => void,
  ) => {
    step(
      'wait-healthy',
      [reboot ? 'reboot expected' : '', address !== before ? `at ${address}` : '']
        .filter(Boolean)
        .join(', ') || undefined,
    );
    const w = await waitUntilHealthy(env, address, expectation, {
      timeoutMs: env.healthTimeoutMs,
      reboot,
      // the node's Kubernetes object changes as it goes down and comes back
      ...(wake ? { wake } : {}),
      ...(onRebooted ? { onRebooted } : {}),
    });
    if (!w.ok) throw new NodeFailure(w.reason, w.detail);
  };

  /** The Kubernetes node this rollout cordoned, to uncordon once the node is back. */
  let cordoned: string | undefined;
  /** Wakes this node's waits when its Kubernetes node or a pod on it changes. */
  let wake: Wakeup | undefined;
  let readyLook: Promise<KubeNode | undefined> | undefined;
  const poll = { clock: env.clock, pollMs: Math.max(env.timing.pollInitialMs, 20) };
  const drains = env.kube !== undefined && cluster.rollout.drain !== false && disruptsPods(plan);
  // Reads that do not depend on each other are started together: the node's boot id before its
  // first disruptive call, its Kubernetes node, and (control planes) the other control planes' health.
  const upgrades = plan.action === 'upgrade' || plan.action === 'upgrade+config';
  const firstMayReboot = upgrades || cluster.rollout.allowReboots || plan.explicitReboot;
  let firstBoot = firstMayReboot ? settle(bootIdBefore(env, before)) : undefined;
  const bootBefore = async () => {
    const early = firstBoot;
    firstBoot = undefined;
    return early ? unsettle(await early) : bootIdBefore(env, before);
  };
  const k8sLookup =
    drains && env.kube
      ? settle(env.kubeNodes ? env.kubeNodes.nodeOf(node) : kubernetesNodeOf(env.kube, node))
      : undefined;
  try {
    if (node.role === 'controlplane') {
      await gateControlPlanes(env, node, cps);
    }
    if (drains && env.kube && k8sLookup) {
      const k8sNode = unsettle(await k8sLookup);
      if (!k8sNode?.metadata?.name)
        throw new NodeFailure(`no Kubernetes node for ${node.name} (${node.address}) to drain`);
      step('drain', k8sNode.metadata.name);
      wake = env.kubeWatch?.wakeupFor(k8sNode.metadata.name);
      const drained = await drainNode(env.kube, k8sNode.metadata.name, {
        ...poll,
        known: k8sNode,
        ...(wake ? { wake } : {}),
        timeoutMs: cluster.rollout.drainTimeoutMs ?? 5 * 60_000,
      });
      if (!drained.ok) throw new NodeFailure(drained.reason ?? 'drain failed');
      if (drained.cordoned) cordoned = k8sNode.metadata.name;
      result.notes.push(
        `drained: ${drained.evicted.length} pod(s) evicted${drained.left.length ? `; left: ${drained.left.join(', ')}` : ''}`,
      );
    }
    if (node.role === 'controlplane' && cps.length > 1) await moveLeadershipAway(env, node, result, step);
    if (upgrades) {
      const boot = await bootBefore();
      step('upgrade', plan.upgradeImage);
      await api.upgrade(before, plan.upgradeImage!);
      result.touched = true;
      result.rebooted = true;
      // it comes back with its old config, so at its old address
      await wait(before, { ...expect, talosVersion: cluster.talosVersion }, { bootId: boot });
    }
    if (plan.action === 'config' || plan.action === 'upgrade+config') {
      const requested = cluster.rollout.allowReboots ? 'auto' : 'no-reboot';
      const mayReboot = requested === 'auto' || plan.explicitReboot;
      const boot = mayReboot ? await bootBefore() : undefined;
      step('apply', requested);
      let applied: Awaited<ReturnType<typeof api.applyConfiguration>>;
      try {
        applied = await api.applyConfiguration(before, node.text, { mode: requested });
      } catch (err) {
        if (err instanceof TalosApiError && err.needsReboot) {
          throw new NodeFailure(
            'Talos refused the change without a reboot, and this cluster does not allow reboots (rollout.allowReboots: false)',
          );
        }
        throw err;
      }
      result.touched = true;
      result.applyMode = { requested, used: applied.mode };
      for (const w of applied.warnings ?? []) result.notes.push(`warning: ${env.registry.redact(w)}`);
      let reboots = applied.mode === 'reboot';
      if (!reboots && plan.explicitReboot) {
        step('reboot', 'the change takes effect only after a reboot');
        await api.reboot(node.address);
        reboots = true;
        result.notes.push(
          'rebooted explicitly: Talos applies this change without rebooting, but it takes effect only after a reboot',
        );
      }
      result.rebooted ||= reboots;
      // The config a node boots with is the one it runs: it is read as soon as the node is back
      // from its reboot, alongside the look at its health.
      let runningRead: Promise<Settled<string>> | undefined;
      await wait(
        node.address,
        { ...expect, talosVersion: cluster.talosVersion },
        reboots ? { bootId: boot } : undefined,
        () => {
          runningRead ??= settle(api.getMachineConfig(node.address));
        },
      );
      step('verify');
      // the Kubernetes node's first Ready look goes alongside the config's read
      if (cordoned && env.kube) readyLook = env.kube.getNode(cordoned).catch(() => undefined);
      const running = runningRead ? unsettle(await runningRead) : await api.getMachineConfig(node.address);
      if (running !== node.text)
        throw new NodeFailure('the running config differs from the render after the apply');
      if (before !== node.address) {
        env.where?.delete(node.name);
        result.notes.push(`moved: reached at ${before}, now healthy at ${node.address}`);
      }
    }
    if (cordoned && env.kube) {
      step('uncordon', cordoned);
      const back = await uncordonWhenReady(env.kube, cordoned, {
        ...poll,
        ...(wake ? { wake } : {}),
        ...(readyLook ? { first: readyLook } : {}),
        timeoutMs: env.healthTimeoutMs,
      });
      if (!back.ok) throw new NodeFailure(back.reason ?? 'not Ready in Kubernetes');
      cordoned = undefined;
    }
    result.status = plan.action === 'config' ? 'applied' : 'upgraded';
  } catch (err) {
    result.status = 'failed';
    if (err instanceof NodeFailure) {
      result.reason = env.registry.redact(err.message);
      if (err.detail) result.detail = env.registry.redact(err.detail);
    } else {
      const e = explainFailure(err, env.registry);
      result.reason = e.reason;
      if (e.detail) result.detail = e.detail;
    }
    if (!result.touched) result.reason += ' (node not touched)';
    if (cordoned && env.kube && !result.touched) {
      // Nothing was done to the node: give it back to the scheduler.
      await env.kube.setUnschedulable(cordoned, false).catch(() => undefined);
    } else if (cordoned) result.notes.push(`left cordoned: ${cordoned}`);
  }
  return result;
}

/** Never take a control plane out (or add one) while any running control plane is not healthy. */
export async function gateControlPlanes(
  env: ClusterEnv,
  node: RenderedNode,
  cps: RenderedNode[],
): Promise<void> {
  const checks = await Promise.all(
    cps.map(async (cp) => ({
      cp,
      health: await checkNodeHealth(
        env.api,
        currentAddress(env, cp),
        { role: 'controlplane', etcdMembers: env.etcdMembers ?? cps.length },
        env.registry,
        { together: true },
      ),
    })),
  );
  const bad = checks.filter((c) => c.health.problems.length > 0);
  if (bad.length) {
    const what = bad.map((b) => `${b.cp.name}: ${b.health.problems.join('; ')}`).join(' | ');
    throw new NodeFailure(`control planes not all healthy, so ${node.name} is not taken out: ${what}`);
  }
}

async function moveLeadershipAway(
  env: ClusterEnv,
  node: RenderedNode,
  result: NodeResult,
  step: (s: NodeStep, detail?: string) => void,
): Promise<void> {
  const at = currentAddress(env, node);
  const status = await env.api.etcdStatus(at);
  if (status.leader === 0n || status.leader !== status.memberId) return;
  step('forfeit-leadership');
  const { member } = await env.api.etcdForfeitLeadership(at);
  result.notes.push(`etcd leadership forfeited${member ? ` to ${member}` : ''}`);
}

type Settled<T> = { value: T } | { error: unknown };

/** A look started early, whose failure surfaces where it is awaited (not as an unhandled rejection). */
function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  return p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

function unsettle<T>(s: Settled<T>): T {
  if ('error' in s) throw s.error;
  return s.value;
}
