/**
 * Draining a node before a disruptive step, as `kubectl drain` does it through the API: cordon,
 * then evict every pod that an eviction would move (mirror pods of static pods, DaemonSet pods and
 * finished pods stay; pods without a controller stay too, since an eviction would delete them for
 * good while a reboot brings them back), retrying evictions a PodDisruptionBudget refuses until the
 * drain timeout, and waiting until no such pod is left on the node. A drain that cannot finish is
 * undone (uncordoned) and reported with the pods and budgets that blocked it.
 */
import { KubernetesApiError } from '../kubernetes/api-error.js';
import type { KubernetesClient } from '../kubernetes/client.js';
import {
  controllerOf,
  MIRROR_POD_ANNOTATION,
  type Node,
  type Pod,
  readyStatus,
} from '../kubernetes/types.js';
import { pickKubernetesNode } from './kube-nodes.js';
import type { Clock } from './types.js';
import type { Wakeup } from './wakeup.js';

export interface DrainOutcome {
  ok: boolean;
  /** Whether this drain cordoned the node (a node cordoned before stays so afterwards). */
  cordoned: boolean;
  evicted: string[];
  /** Pods left alone, with why (unmanaged). */
  left: string[];
  reason?: string;
}

const podName = (p: Pod) => `${p.metadata?.namespace}/${p.metadata?.name}`;

/** Whether evicting the pod is part of draining its node. */
export function evictable(p: Pod): 'evict' | 'mirror' | 'daemonset' | 'finished' | 'unmanaged' {
  if (p.metadata?.annotations?.[MIRROR_POD_ANNOTATION] !== undefined) return 'mirror';
  if (p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') return 'finished';
  const owner = controllerOf(p);
  if (!owner) return 'unmanaged';
  if (owner.kind === 'DaemonSet') return 'daemonset';
  return 'evict';
}

/** The Kubernetes node of a Talos node: the one with its address, else the one with its name. */
export async function kubernetesNodeOf(
  kube: KubernetesClient,
  node: { name: string; address: string },
): Promise<Node | undefined> {
  return pickKubernetesNode((await kube.listNodes()).items, node);
}

export async function drainNode(
  kube: KubernetesClient,
  nodeName: string,
  opts: {
    timeoutMs: number;
    clock: Clock;
    pollMs: number;
    wake?: Wakeup;
    /** The node as a list taken a moment ago shows it (whether it is cordoned already); else read. */
    known?: Node;
  },
): Promise<DrainOutcome> {
  const { clock } = opts;
  let seen = opts.wake?.seq;
  // The pods are listed alongside the cordon (or the node's read): that list, taken before the
  // cordon is surely in place, is only trusted to be complete once a look after it agrees (below).
  const pods0 = kube.podsOnNode(nodeName);
  pods0.catch(() => undefined);
  const before = opts.known ?? (await kube.getNode(nodeName));
  const cordoned = !before.spec?.unschedulable;
  const [firstPods] = await Promise.all([
    pods0,
    cordoned ? kube.setUnschedulable(nodeName, true) : undefined,
  ]);
  const outcome: DrainOutcome = { ok: false, cordoned, evicted: [], left: [] };
  const deadline = clock.now() + opts.timeoutMs;
  /** Why each pod could not be evicted yet (the budget's own words). */
  const blocked = new Map<string, string>();
  const requested = new Set<string>();
  let early: Pod[] | undefined = firstPods.items;
  for (;;) {
    const listedAt = clock.now();
    const pods = early ?? (await kube.podsOnNode(nodeName)).items;
    const beforeCordon = early !== undefined && cordoned;
    early = undefined;
    outcome.left = pods
      .filter((p) => evictable(p) === 'unmanaged')
      .map((p) => `${podName(p)} (no controller)`);
    const remaining = pods.filter((p) => evictable(p) === 'evict');
    if (remaining.length === 0) {
      // a pod may have been scheduled onto the node just before the cordon: look once more
      if (beforeCordon) continue;
      outcome.ok = true;
      return outcome;
    }
    await Promise.all(
      remaining
        .filter((p) => !p.metadata?.deletionTimestamp && !requested.has(p.metadata?.uid ?? podName(p)))
        .map(async (p) => {
          try {
            await kube.evict(p.metadata!.namespace!, p.metadata!.name!);
            requested.add(p.metadata?.uid ?? podName(p));
            blocked.delete(podName(p));
            outcome.evicted.push(podName(p));
          } catch (err) {
            if (err instanceof KubernetesApiError && err.kind === 'not-found') return;
            if (err instanceof KubernetesApiError && err.kind === 'too-many-requests') {
              const cause = err.body?.details?.causes?.find((c) => c.reason === 'DisruptionBudget')?.message;
              blocked.set(podName(p), cause ?? err.body?.message ?? 'eviction refused');
              return;
            }
            throw err;
          }
        }),
    );
    // Every pod left is on its way out, and the watch sees deletions: the next list waits for
    // the watch to see them all, or for the poll interval (the list stays the authority).
    const waitsOnWatch =
      opts.wake !== undefined &&
      !beforeCordon &&
      remaining.every((p) => p.metadata?.uid !== undefined && !blocked.has(podName(p)));
    for (;;) {
      if (clock.now() >= deadline) {
        if (cordoned) await kube.setUnschedulable(nodeName, false).catch(() => undefined);
        const stuck = remaining.map((p) => {
          const why = blocked.get(podName(p));
          return why
            ? `${podName(p)} (${why})`
            : `${podName(p)} (${p.metadata?.deletionTimestamp ? 'still terminating' : 'not evicted'})`;
        });
        outcome.reason = `drain of ${nodeName} did not finish within ${Math.round(opts.timeoutMs / 1000)}s: ${stuck.join(', ')}`;
        return outcome;
      }
      const untilList = waitsOnWatch ? listedAt + opts.pollMs - clock.now() : opts.pollMs;
      await nap(opts, Math.max(0, Math.min(untilList, deadline - clock.now())), seen);
      seen = opts.wake?.seq;
      // Every pod left to evict in a list taken after the cordon is seen deleted by the watch: none is
      // left (the cordon keeps new ones off), so no list is asked to say so. Otherwise the list decides.
      const gone = opts.wake?.deletedPods;
      if (
        gone &&
        !beforeCordon &&
        remaining.every((p) => p.metadata?.uid !== undefined && gone.has(p.metadata.uid))
      ) {
        outcome.ok = true;
        return outcome;
      }
      if (!waitsOnWatch || clock.now() - listedAt >= opts.pollMs) break;
    }
  }
}

/**
 * Sleeps for `ms`, or until the wakeup fires (the node or its pods changed); not at all if it fired
 * since `seen` (while the last look was under way).
 */
export async function nap(
  opts: { clock: Clock; wake?: Wakeup },
  ms: number,
  seen: number | undefined,
): Promise<void> {
  if (opts.wake) {
    if (opts.wake.seq === seen) await opts.wake.sleep(opts.clock, ms);
  } else await opts.clock.sleep(ms);
}

/** Waits until the Kubernetes node is Ready, then uncordons it (if the drain cordoned it). */
export async function uncordonWhenReady(
  kube: KubernetesClient,
  nodeName: string,
  opts: {
    timeoutMs: number;
    clock: Clock;
    pollMs: number;
    wake?: Wakeup;
    /** A first look at the node already under way (taken alongside the node's own checks). */
    first?: Promise<Node | undefined>;
  },
): Promise<{ ok: boolean; reason?: string }> {
  const deadline = opts.clock.now() + opts.timeoutMs;
  let first = opts.first;
  for (;;) {
    const seen = first ? undefined : opts.wake?.seq;
    const node = await (first ?? kube.getNode(nodeName)).catch(() => undefined);
    first = undefined;
    if (node && readyStatus(node) === 'True') {
      await kube.setUnschedulable(nodeName, false);
      return { ok: true };
    }
    if (opts.clock.now() >= deadline) {
      return {
        ok: false,
        reason: `Kubernetes node ${nodeName} not Ready within ${Math.round(opts.timeoutMs / 1000)}s (left cordoned)`,
      };
    }
    await nap(opts, opts.pollMs, seen);
  }
}
