/**
 * Nodes removed from cluster.yaml. Apply asks the cluster which nodes it runs — its etcd members and,
 * with Kubernetes access, its Kubernetes nodes — and every one that cluster.yaml no longer lists (by
 * name or address) is removed: reported and left running, unless `rollout.removeNodes: true`. Then,
 * one at a time and after every other change, it is cordoned and drained, leaves etcd (a control
 * plane: only while every other member is healthy, never the last member, so quorum holds at every
 * step), is reset gracefully (it reboots into maintenance mode, ready to be reused), and its
 * Kubernetes node is deleted.
 *
 * The live cluster is asked rather than the previous commit: a re-run after a failure, or a change
 * made without apply, still finds what the cluster runs that the repository does not list.
 */
import { KubernetesAccess, type KubernetesAccessOptions } from '../kubernetes/access.js';
import { KubernetesApiError } from '../kubernetes/api-error.js';
import type { KubernetesClient } from '../kubernetes/client.js';
import type { RenderedCluster, Role } from '../render/types.js';
import type { EtcdMember } from '../talos/types.js';
import { pollUntil } from './clock.js';
import { drainNode } from './drain.js';
import { describeFailure } from './failure.js';
import { checkNodeHealth } from './health.js';
import { type MaintenanceEnv, probeMaintenance } from './maintenance.js';
import { type ClusterEnv, gateControlPlanes, type NodeResult, stepEmitter } from './node-step.js';
import { isMemberOf } from './schedule.js';
import type { NodeStep } from './types.js';

export interface RemovedNode {
  name: string;
  /** Where it answers ('' when only its etcd member is known and it has no address). */
  address: string;
  role: Role;
  /** Its etcd member (control planes). */
  member?: EtcdMember;
  /** Its Kubernetes node. */
  kubernetesNode?: string;
}

const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

function peerHost(member: EtcdMember): string {
  for (const u of member.peerUrls) {
    try {
      return new URL(u).hostname.replace(/^\[|\]$/g, '');
    } catch {
      // the next one
    }
  }
  return '';
}

export interface RemovedNodes {
  removed: RemovedNode[];
  /** What could not be looked at (no Kubernetes access). */
  notes: string[];
}

/** The nodes the cluster runs that cluster.yaml does not list. */
export async function findRemoved(
  env: ClusterEnv & { kubernetes?: KubernetesAccessOptions },
  cluster: RenderedCluster,
  members: readonly EtcdMember[],
  opts: { kubernetes: boolean },
): Promise<RemovedNodes> {
  const cps = cluster.nodes.filter((n) => n.role === 'controlplane');
  const removed: RemovedNode[] = members
    .filter((m) => !cps.some((cp) => isMemberOf(m, cp)))
    .map((m) => ({
      name: m.hostname || m.id.toString(16),
      address: peerHost(m),
      role: 'controlplane',
      member: m,
    }));
  const notes: string[] = [];
  let kube: KubernetesClient | undefined = env.kube;
  let access: KubernetesAccess | undefined;
  if (!opts.kubernetes) {
    notes.push(
      'nodes removed from cluster.yaml were looked for among the etcd members only (rollout.drain is off)',
    );
    return { removed, notes };
  }
  if (!kube) {
    const made = KubernetesAccess.forCluster(cluster, env.kubernetes ?? {}, env.registry);
    if (!('error' in made)) {
      access = made;
      kube = made.client();
    }
  }
  try {
    if (!kube) throw new Error('no Kubernetes access');
    const nodes = (await kube.listNodes({ timeoutMs: env.timing.callTimeoutMs })).items;
    for (const k of nodes) {
      const name = k.metadata?.name ?? '';
      const addresses = (k.status?.addresses ?? []).map((a) => a.address);
      if (cluster.nodes.some((n) => n.name === name || addresses.includes(n.address))) continue;
      const internal =
        k.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? addresses[0] ?? '';
      const known = removed.find((r) => r.name === name || (r.address && addresses.includes(r.address)));
      if (known) {
        known.kubernetesNode = name;
        known.address ||= internal;
        continue;
      }
      removed.push({
        name,
        address: internal,
        role: CONTROL_PLANE_LABEL in (k.metadata?.labels ?? {}) ? 'controlplane' : 'worker',
        kubernetesNode: name,
      });
    }
  } catch (err) {
    notes.push(
      `nodes removed from cluster.yaml were looked for among the etcd members only: the Kubernetes nodes could not be listed (${describeFailure(err, env.registry)})`,
    );
  } finally {
    access?.close();
  }
  return { removed, notes };
}

class RemovalFailure extends Error {}

/**
 * Removes one node from the running cluster. Before anything is done to a control plane, every
 * control plane that stays must be healthy and at least one member must stay.
 */
export async function removeNode(env: ClusterEnv & MaintenanceEnv, r: RemovedNode): Promise<NodeResult> {
  const { cluster } = env;
  const result: NodeResult = { status: 'failed', touched: false, rebooted: false, notes: [] };
  const step = stepEmitter(env, r.name);
  const staying = env.controlPlanes ?? cluster.nodes.filter((n) => n.role === 'controlplane');
  // set once the node is out of etcd: from then on it is not given back to the cluster
  let left = false;
  const reachable = r.address
    ? await env.api.version(r.address).then(
        () => true,
        () => false,
      )
    : false;
  try {
    if (r.member) {
      const members = env.etcdMembers ?? staying.length + 1;
      if (members <= 1 || staying.length === 0) {
        throw new RemovalFailure(`${r.name} is the cluster's last etcd member: it is never removed`);
      }
      await gateControlPlanes(env, staying[0]!, staying);
    }
    if (env.kube && r.kubernetesNode && cluster.rollout.drain !== false && reachable) {
      step('drain', r.kubernetesNode);
      const drained = await drainNode(env.kube, r.kubernetesNode, {
        timeoutMs: cluster.rollout.drainTimeoutMs ?? 5 * 60_000,
        clock: env.clock,
        pollMs: Math.max(env.timing.pollInitialMs, 50),
      });
      result.touched = true;
      if (!drained.ok) throw new RemovalFailure(drained.reason ?? `drain of ${r.kubernetesNode} failed`);
      result.notes.push(`drained: ${drained.evicted.length} pod(s) evicted`);
    }
    if (r.member) await leaveEtcd(env, r, reachable, step, result);
    left = true;
    if (reachable) {
      step('reset', 'graceful, then into maintenance mode');
      await env.api.reset(r.address, { graceful: true, reboot: true });
      result.touched = true;
      result.rebooted = true;
      result.notes.push(await waitReset(env, r));
    } else {
      result.notes.push(
        r.address
          ? `not reachable at ${r.address}: not reset (wipe it before reusing it)`
          : 'no address known: not reset (wipe it before reusing it)',
      );
    }
    if (r.kubernetesNode && env.kube) {
      step('delete-node', r.kubernetesNode);
      await env.kube.deleteNode(r.kubernetesNode).catch((err: unknown) => {
        if (!(err instanceof KubernetesApiError && err.kind === 'not-found')) throw err;
      });
      result.notes.push(`Kubernetes node ${r.kubernetesNode} deleted`);
    } else if (r.kubernetesNode || r.role === 'worker') {
      result.notes.push('Kubernetes node not deleted: no Kubernetes access (kubectl delete node by hand)');
    }
    result.status = 'removed';
  } catch (err) {
    result.reason =
      err instanceof RemovalFailure ? env.registry.redact(err.message) : describeFailure(err, env.registry);
    if (!result.touched) result.reason += ' (node not touched)';
    // a drained node that stays a full member is not left cordoned
    if (result.touched && !left && env.kube && r.kubernetesNode) {
      await env.kube.setUnschedulable(r.kubernetesNode, false).catch(() => undefined);
    }
  }
  return result;
}

/**
 * The member leaves etcd: asked of the node itself (EtcdLeaveCluster, as a graceful reset does),
 * or, when it cannot be reached, removed by a member that stays (EtcdRemoveMemberByID). Then every
 * member that stays must be healthy, one member fewer.
 */
async function leaveEtcd(
  env: ClusterEnv,
  r: RemovedNode,
  reachable: boolean,
  step: (s: NodeStep, detail?: string) => void,
  result: NodeResult,
): Promise<void> {
  const staying = env.controlPlanes ?? [];
  const members = env.etcdMembers ?? staying.length + 1;
  step('etcd-member', `leaving (${members} → ${members - 1} members)`);
  try {
    if (reachable) {
      const status = await env.api.etcdStatus(r.address);
      if (status.leader !== 0n && status.leader === status.memberId)
        await env.api.etcdForfeitLeadership(r.address);
      await env.api.etcdLeaveCluster(r.address);
    } else {
      await env.api.etcdRemoveMemberById(staying[0]!.address, r.member!.id);
    }
  } catch (err) {
    throw new RemovalFailure(`${r.name} did not leave etcd: ${describeFailure(err, env.registry)}`);
  }
  result.touched = true;
  env.etcdMembers = members - 1;
  const checks = await Promise.all(
    staying.map(async (cp) => {
      const h = await checkNodeHealth(
        env.api,
        cp.address,
        { role: 'controlplane', etcdMembers: members - 1 },
        env.registry,
      );
      return { cp, h };
    }),
  );
  const list = await env.api.etcdMemberList(staying[0]!.address);
  if (list.some((m) => m.id === r.member!.id || isMemberOf(m, { name: r.name, address: r.address }))) {
    throw new RemovalFailure(`${r.name} is still an etcd member after leaving`);
  }
  const bad = checks.filter((c) => c.h.problems.length > 0);
  if (bad.length) {
    throw new RemovalFailure(
      `after ${r.name} left etcd: ${bad.map((b) => `${b.cp.name}: ${b.h.problems.join('; ')}`).join(' | ')}`,
    );
  }
  result.notes.push(`left etcd (${members - 1} members)`);
}

/**
 * Waits until the node no longer answers behind the endpoint (its config is wiped) and, where it can
 * be reached there, answers in maintenance mode. Still answering with its config at the deadline is a
 * failure: the reset did not take (a graceful reset stops when its member will not leave etcd).
 */
async function waitReset(env: ClusterEnv & MaintenanceEnv, r: RemovedNode): Promise<string> {
  const target = { name: r.name, address: r.address, role: r.role } as Parameters<typeof probeMaintenance>[1];
  let state = 'configured';
  const outcome = await pollUntil<true>(
    async () => {
      const configured = await env.api.version(r.address).then(
        () => true,
        () => false,
      );
      state = configured ? 'configured' : 'down';
      if (configured) return { done: false, state, problems: ['still runs its config'] };
      if (env.maintenance && (await probeMaintenance(env, target))) return { done: true, value: true };
      return { done: false, state, problems: ['resetting'] };
    },
    { timeoutMs: env.healthTimeoutMs, clock: env.clock, timing: env.timing },
  );
  if (outcome.ok) return 'reset: wiped, back in maintenance mode';
  if (state === 'down') return 'reset: no longer answers with its config (not seen in maintenance mode)';
  throw new RemovalFailure(
    `the reset of ${r.name} did not take within the health timeout: ${outcome.problems.join('; ')}`,
  );
}
