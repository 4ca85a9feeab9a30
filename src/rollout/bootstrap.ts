/**
 * A cluster without etcd gets it once: on exactly one control plane, and never when any control plane
 * reports etcd data (its data directory, /var/lib/etcd, is not empty, or its etcd runs) — that means
 * the cluster exists, and a second bootstrap would start a second, separate etcd. When a control plane
 * cannot be asked, nothing is bootstrapped either: not knowing is not "no data".
 */
import { status } from '@grpc/grpc-js';
import type { RenderedNode } from '../render/types.js';
import { TalosApiError } from '../talos/api-error.js';
import { pollUntil } from './clock.js';
import { describeFailure } from './failure.js';
import type { WaitEnv } from './wait.js';

export const ETCD_DATA_DIR = '/var/lib/etcd';

export type EtcdData = { data: boolean } | { unknown: string };

/** Whether a configured control plane has etcd data: its data directory's entries, and its etcd service. */
export async function etcdDataOf(env: WaitEnv, cp: RenderedNode): Promise<EtcdData> {
  try {
    const [entries, services] = await Promise.all([
      env.api.list(cp.address, ETCD_DATA_DIR),
      env.api.serviceList(cp.address),
    ]);
    const etcd = services.find((s) => s.id === 'etcd');
    return { data: entries.length > 0 || etcd?.state === 'Running' };
  } catch (err) {
    return { unknown: describeFailure(err, env.registry) };
  }
}

export type BootstrapOutcome =
  | { ok: true; node: RenderedNode }
  | { ok: false; refused: boolean; node?: RenderedNode; reason: string };

/**
 * Bootstraps etcd on the first control plane of cluster.yaml, after asking every control plane
 * whether it has etcd data. Talos answers "not available yet" (FailedPrecondition) while the node is
 * still coming up: that is waited out; any other failure is the outcome.
 */
export async function bootstrapOnce(
  env: WaitEnv,
  cps: readonly RenderedNode[],
  timeoutMs: number,
): Promise<BootstrapOutcome> {
  const target = cps[0];
  if (!target) return { ok: false, refused: true, reason: 'the cluster has no control plane to bootstrap' };
  const checks = await Promise.all(cps.map(async (cp) => ({ cp, data: await etcdDataOf(env, cp) })));
  for (const { cp, data } of checks) {
    if ('unknown' in data) {
      return {
        ok: false,
        refused: true,
        node: target,
        reason: `not bootstrapping: cannot tell whether ${cp.name} has etcd data (${data.unknown})`,
      };
    }
    if (data.data) {
      return {
        ok: false,
        refused: true,
        node: target,
        reason: `not bootstrapping: ${cp.name} reports etcd data (${ETCD_DATA_DIR} is not empty or etcd runs), so the cluster already exists and is never bootstrapped again`,
      };
    }
  }
  let last = '';
  const result = await pollUntil<BootstrapOutcome>(
    async () => {
      try {
        await env.api.bootstrap(target.address);
        return { done: true, value: { ok: true, node: target } };
      } catch (err) {
        last = describeFailure(err, env.registry);
        if (err instanceof TalosApiError && err.kind === 'failed-precondition') {
          return { done: false, state: 'not-ready', problems: [last] };
        }
        const refused = err instanceof TalosApiError && err.code === status.ALREADY_EXISTS;
        return {
          done: true,
          value: {
            ok: false,
            refused,
            node: target,
            reason: refused
              ? `not bootstrapping: ${target.name} reports etcd data (${last})`
              : `bootstrap on ${target.name} failed: ${last}`,
          },
        };
      }
    },
    { timeoutMs, clock: env.clock, timing: env.timing },
  );
  return (
    result.value ?? {
      ok: false,
      refused: false,
      node: target,
      reason: `bootstrap on ${target.name} was not accepted in time: ${last}`,
    }
  );
}
