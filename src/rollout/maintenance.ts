/**
 * Nodes in maintenance mode: booted from an installation medium with no config, they are not behind
 * the cluster's endpoint but answer directly at their address, without authenticating either side.
 * A node that cannot be reached the usual way is asked there; one that answers is new and gets its
 * first config over that connection (as `talosctl apply-config --insecure` sends it), then installs,
 * boots with it and is waited for behind the cluster's endpoint.
 *
 * That first config travels to a server nobody authenticated: whoever answers at the node's address
 * receives it, secrets included (see the README on when that is acceptable).
 */
import type { RenderedNode } from '../render/types.js';
import { pollUntil } from './clock.js';
import { describeFailure } from './failure.js';
import type { MaintenanceApi } from './types.js';
import type { WaitEnv } from './wait.js';

export interface MaintenanceEnv extends WaitEnv {
  /** A connection to the node's maintenance service (its address, port 50000 unless mapped). */
  maintenance?: (node: RenderedNode) => MaintenanceApi;
}

/** The Talos API port a maintenance-mode node listens on. */
export const MAINTENANCE_PORT = 50000;

/** Where a node in maintenance mode is reached by default: its address, Talos's API port. */
export function defaultMaintenanceEndpoint(node: RenderedNode): string {
  return node.address.includes(':') && !node.address.startsWith('[')
    ? `[${node.address}]:${MAINTENANCE_PORT}`
    : `${node.address}:${MAINTENANCE_PORT}`;
}

async function withMaintenance<T>(
  env: MaintenanceEnv,
  node: RenderedNode,
  fn: (api: MaintenanceApi) => Promise<T>,
): Promise<T> {
  const api = env.maintenance!(node);
  try {
    return await fn(api);
  } finally {
    api.close();
  }
}

/** The node's Talos version if it answers in maintenance mode; undefined if it does not. */
export async function probeMaintenance(env: MaintenanceEnv, node: RenderedNode): Promise<string | undefined> {
  if (!env.maintenance) return undefined;
  try {
    return await withMaintenance(env, node, async (api) => {
      const [version, status] = await Promise.all([api.version(''), api.getMachineStatus('')]);
      return status.stage === 'maintenance' ? version.tag : undefined;
    });
  } catch {
    return undefined;
  }
}

/** The node's own check of its first config (a dry run over the maintenance API). */
export async function checkFirstConfig(env: MaintenanceEnv, node: RenderedNode): Promise<string | undefined> {
  try {
    await withMaintenance(env, node, (api) =>
      api.applyConfiguration('', node.text, { mode: 'auto', dryRun: true }),
    );
    return undefined;
  } catch (err) {
    return `the node rejects its first config (dry run): ${describeFailure(err, env.registry)}`;
  }
}

/** Sends the first config over the maintenance API. */
export async function sendFirstConfig(env: MaintenanceEnv, node: RenderedNode): Promise<void> {
  await withMaintenance(env, node, (api) => api.applyConfiguration('', node.text, { mode: 'auto' }));
}

/**
 * Waits until the node, installed, answers behind the cluster's endpoint with its rendered config:
 * the install took and the node is part of the cluster's PKI. Health comes after (etcd, services).
 */
export async function waitConfigured(
  env: WaitEnv,
  node: RenderedNode,
  timeoutMs: number,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const result = await pollUntil<true>(
    async () => {
      try {
        const config = await env.api.getMachineConfig(node.address);
        if (config === node.text) return { done: true, value: true };
        return { done: false, state: 'other-config', problems: ['runs another config than its first one'] };
      } catch (err) {
        return {
          done: false,
          state: 'installing',
          problems: [`not reachable behind the endpoint yet: ${describeFailure(err, env.registry)}`],
        };
      }
    },
    { timeoutMs, clock: env.clock, timing: env.timing },
  );
  if (result.ok) return { ok: true };
  return { ok: false, reason: `not up with its first config in time: ${result.problems.join('; ')}` };
}
