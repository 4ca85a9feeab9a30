/**
 * A new node joining a running cluster: it answers only in maintenance mode, so it gets its first
 * config over the maintenance API, installs, boots with it and is waited for behind the cluster's
 * endpoint until healthy. A control plane joins only while every control plane is healthy, and is
 * done when its etcd member is listed, started and promoted (no longer a learner): one at a time, so
 * the cluster never has two members it is still waiting for.
 */
import type { RenderedNode } from '../render/types.js';
import { describeFailure } from './failure.js';
import { sendFirstConfig, waitConfigured } from './maintenance.js';
import { type ClusterEnv, gateControlPlanes, type NodeResult, stepEmitter } from './node-step.js';
import type { NodePlan } from './plan.js';
import { isMemberOf } from './schedule.js';
import { waitUntilHealthy } from './wait.js';

class JoinFailure extends Error {}

export async function joinNode(env: ClusterEnv, plan: NodePlan): Promise<NodeResult> {
  const { cluster } = env;
  const node = plan.node;
  const result: NodeResult = { status: 'failed', touched: false, rebooted: false, notes: [] };
  const step = stepEmitter(env, node.name);
  const cps = env.controlPlanes ?? [];
  try {
    if (node.role === 'controlplane') await gateControlPlanes(env, node, cps);
    step('first-config', 'over the maintenance API, not authenticated');
    await sendFirstConfig(env, node);
    result.touched = true;
    result.rebooted = true;
    step('wait-healthy', 'installing');
    const configured = await waitConfigured(env, node, env.healthTimeoutMs);
    if (!configured.ok) throw new JoinFailure(configured.reason);
    const members = (env.etcdMembers ?? cps.length) + (node.role === 'controlplane' ? 1 : 0);
    if (node.role === 'controlplane') step('etcd-member', `waiting for ${members} members`);
    const healthy = await waitUntilHealthy(
      env,
      node.address,
      {
        role: node.role,
        talosVersion: cluster.talosVersion,
        etcdMembers: node.role === 'controlplane' ? members : undefined,
      },
      { timeoutMs: env.healthTimeoutMs },
    );
    if (!healthy.ok) throw new JoinFailure(healthy.reason);
    if (node.role === 'controlplane') {
      const list = await env.api.etcdMemberList(node.address);
      const own = list.find((m) => isMemberOf(m, node));
      if (!own || own.isLearner)
        throw new JoinFailure('its etcd member is not among the cluster’s voting members');
      result.notes.push(`etcd member ${own.id.toString(16)} (${members} members)`);
      env.etcdMembers = members;
      env.controlPlanes = [...cps, node];
    }
    env.pending?.delete(node);
    result.status = 'joined';
  } catch (err) {
    result.reason =
      err instanceof JoinFailure ? env.registry.redact(err.message) : describeFailure(err, env.registry);
    if (!result.touched) result.reason += ' (node not touched)';
  }
  return result;
}

/** The control planes of the cluster that run (not waiting in maintenance mode to join). */
export function runningControlPlanes(
  cps: readonly RenderedNode[],
  joining: ReadonlySet<RenderedNode>,
): RenderedNode[] {
  return cps.filter((n) => !joining.has(n));
}
