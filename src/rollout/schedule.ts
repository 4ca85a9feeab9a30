/**
 * The order things happen in: stages as given, control planes one at a time with the etcd leader
 * last, workers in batches of `maxParallel` (a count, or a percentage of the cluster's workers).
 */
import { TalosGitopsError } from '../errors.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import type { EtcdMember } from '../talos/types.js';
import type { RolloutApi } from './types.js';

export interface StageGroup {
  stage: string;
  clusters: RenderedCluster[];
}

/**
 * Clusters grouped by stage, stages in `order`. Without an order a single stage is fine; several
 * stages need one (rolling production before staging would defeat the point of stages), and every
 * stage present must be in it.
 */
export function orderStages(clusters: readonly RenderedCluster[], order?: readonly string[]): StageGroup[] {
  const present = [...new Set(clusters.map((c) => c.stage))];
  const wanted = order?.filter(Boolean) ?? [];
  if (wanted.length === 0) {
    if (present.length > 1) {
      throw new TalosGitopsError(
        `the clusters are in several stages (${present.join(', ')}): give their rollout order (--stages a,b or the action's stages input)`,
      );
    }
    return present.map((stage) => ({ stage, clusters: clusters.filter((c) => c.stage === stage) }));
  }
  const missing = present.filter((s) => !wanted.includes(s));
  if (missing.length) {
    throw new TalosGitopsError(
      `stage${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not in the stages order (${wanted.join(', ')})`,
    );
  }
  return wanted
    .filter((s, i) => present.includes(s) && wanted.indexOf(s) === i)
    .map((stage) => ({ stage, clusters: clusters.filter((c) => c.stage === stage) }));
}

/** How many workers may be out at once: a count, or a percentage of all workers (rounded down, at least 1). */
export function workerParallelism(maxParallel: number | string, workers: number): number {
  let n: number;
  if (typeof maxParallel === 'number') n = maxParallel;
  else {
    const pct = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(maxParallel);
    if (pct) n = Math.floor((Number(pct[1]) * workers) / 100);
    else if (/^\s*\d+\s*$/.test(maxParallel)) n = Number(maxParallel);
    else
      throw new TalosGitopsError(
        `rollout.workers.maxParallel ${JSON.stringify(maxParallel)} is not a count or a percentage`,
      );
  }
  return Math.max(1, Math.floor(n));
}

/** Whether an etcd member is this node (by hostname, else by peer URL address). */
export function isMemberOf(member: EtcdMember, node: Pick<RenderedNode, 'name' | 'address'>): boolean {
  if (member.hostname && member.hostname === node.name) return true;
  return member.peerUrls.some((u) => {
    try {
      return new URL(u).hostname.replace(/^\[|\]$/g, '') === node.address;
    } catch {
      return false;
    }
  });
}

/** The control plane node that leads etcd now, if any control plane can tell. */
export async function etcdLeader(
  api: RolloutApi,
  controlPlanes: readonly RenderedNode[],
): Promise<RenderedNode | undefined> {
  for (const cp of controlPlanes) {
    try {
      const [status, members] = await Promise.all([
        api.etcdStatus(cp.address),
        api.etcdMemberList(cp.address),
      ]);
      if (status.leader === 0n) continue;
      const leader = members.find((m) => m.id === status.leader);
      return leader ? controlPlanes.find((n) => isMemberOf(leader, n)) : undefined;
    } catch {
      // ask the next one
    }
  }
  return undefined;
}

/** Control planes in render order, the etcd leader moved last. */
export function controlPlaneOrder<T extends { node: RenderedNode }>(
  items: readonly T[],
  leader: RenderedNode | undefined,
): T[] {
  const rest = items.filter((i) => i.node !== leader);
  const last = items.filter((i) => i.node === leader);
  return [...rest, ...last];
}
