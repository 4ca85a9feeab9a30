/**
 * Waiting for a node to be back: when a reboot is expected it must first really have rebooted (its
 * boot id changed, as talosctl's --wait checks; without the right to read it, it must at least have
 * been seen down), then be healthy, within the cluster's health timeout, polling with backoff.
 */
import type { SecretRegistry } from '../secrets/registry.js';
import { TalosApiError } from '../talos/api-error.js';
import { pollUntil } from './clock.js';
import { describeFailure, isUnreachable } from './failure.js';
import { checkNodeHealth, type HealthExpectation, normalizeVersion } from './health.js';
import type { Clock, RolloutApi, RolloutTiming } from './types.js';
import type { Wakeup } from './wakeup.js';

export interface WaitEnv {
  api: RolloutApi;
  registry: SecretRegistry;
  clock: Clock;
  timing: RolloutTiming;
}

/** The boot id before a disruptive call; undefined when the certificate may not read it. */
export async function bootIdBefore(env: WaitEnv, address: string): Promise<string | undefined> {
  try {
    return await env.api.bootId(address);
  } catch (err) {
    if (err instanceof TalosApiError && err.kind === 'permission-denied') return undefined;
    throw err;
  }
}

export type WaitOutcome =
  | { ok: true; elapsedMs: number }
  /** `reason` in words; `detail`: what the node still reported wrong. */
  | { ok: false; reason: string; detail?: string; elapsedMs: number };

export async function waitUntilHealthy(
  env: WaitEnv,
  address: string,
  expect: HealthExpectation,
  opts: {
    timeoutMs: number;
    reboot?: { bootId: string | undefined };
    wake?: Wakeup;
    /** Called once, when the node answers with a new boot id (before its health is judged). */
    onRebooted?: () => void;
  },
): Promise<WaitOutcome> {
  let rebooted = !opts.reboot;
  let seenDown = false;
  let readBootId = opts.reboot?.bootId !== undefined;
  /** The last look found the node answering: the next asks everything at once. */
  let answered = false;
  const result = await pollUntil<{ fail?: string }>(
    async (woken) => {
      // A node that answered, or whose Kubernetes node just changed, is most likely up: its boot id
      // and health are asked in one look. One that was down is asked its boot id alone, until it answers.
      const likelyUp = woken || answered;
      const asksBootId = !rebooted && readBootId;
      const bootLook = asksBootId
        ? env.api.bootId(address).then(
            (id) => ({ id }),
            (err: unknown) => ({ err }),
          )
        : undefined;
      const healthLook = () =>
        checkNodeHealth(env.api, address, expect, env.registry, { together: likelyUp || asksBootId });
      const early = likelyUp || !bootLook ? healthLook() : undefined;
      const boot = await bootLook;
      answered = boot !== undefined && !('err' in boot);
      if (boot && 'err' in boot) {
        void early?.catch(() => undefined);
        const err = boot.err;
        if (err instanceof TalosApiError && err.kind === 'permission-denied') readBootId = false;
        else if (isUnreachable(err))
          return { done: false, state: 'down', problems: ['rebooting (unreachable)'], unreachable: true };
        else return { done: false, state: 'error', problems: [describeFailure(err, env.registry)] };
      } else if (boot) {
        if (boot.id === opts.reboot!.bootId)
          return { done: false, state: 'not-rebooted', problems: ['has not rebooted yet'] };
        rebooted = true;
        opts.onRebooted?.();
      }
      const health = await (early ?? healthLook());
      answered = health.reachable;
      if (!health.reachable) {
        seenDown = true;
        return { done: false, state: 'down', problems: health.problems, unreachable: health.down === true };
      }
      if (!rebooted && !readBootId) {
        if (!seenDown) return { done: false, state: 'not-rebooted', problems: ['not yet seen rebooting'] };
        rebooted = true;
      }
      // Back from a reboot on the old version: the upgrade did not take (rolled back), waiting is pointless.
      if (
        rebooted &&
        opts.reboot &&
        expect.talosVersion &&
        health.version &&
        normalizeVersion(health.version) !== normalizeVersion(expect.talosVersion)
      ) {
        return {
          done: true,
          value: {
            fail: `came back on Talos ${health.version}, not ${expect.talosVersion} (upgrade did not take effect)`,
          },
        };
      }
      if (health.problems.length === 0) return { done: true, value: {} };
      return { done: false, state: `unhealthy:${health.problems[0]}`, problems: health.problems };
    },
    { timeoutMs: opts.timeoutMs, clock: env.clock, timing: env.timing, wake: opts.wake },
  );
  if (result.ok && !result.value?.fail) return { ok: true, elapsedMs: result.elapsedMs };
  if (result.value?.fail)
    return { ok: false, reason: env.registry.redact(result.value.fail), elapsedMs: result.elapsedMs };
  const down = result.problems.some((p) => /^unreachable|rebooting \(unreachable\)/.test(p));
  const reason = `${down ? 'not back' : 'not healthy'} within ${formatMs(opts.timeoutMs)}${address ? ` at ${address}` : ''}`;
  return {
    ok: false,
    reason: env.registry.redact(reason),
    detail: env.registry.redact(result.problems.join('; ') || 'no answer'),
    elapsedMs: result.elapsedMs,
  };
}

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)}s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return s ? `${m}m${s}s` : `${m}m`;
}
