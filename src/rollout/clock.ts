/** Real time, and polling with exponential backoff (never fixed sleeps) until a deadline. */
import type { Clock, RolloutTiming } from './types.js';
import type { Wakeup } from './wakeup.js';

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

export type PollVerdict<T> =
  | { done: true; value: T }
  /**
   * Not yet; `state` names what was seen, and a change of it restarts the backoff. `unreachable`:
   * nothing answered, so the next look comes within pollUnreachableMs.
   */
  | { done: false; state: string; problems: string[]; unreachable?: boolean };

export interface PollResult<T> {
  ok: boolean;
  value?: T;
  /** The last problems seen when the deadline passed. */
  problems: string[];
  elapsedMs: number;
}

/**
 * Calls `check` until it is done or `timeoutMs` passed. Intervals grow from pollInitialMs by
 * pollFactor up to pollMaxMs, and restart small whenever the observed state changes (a node that
 * just came back is looked at again soon, not after the longest interval). With `pollWaitedFraction`,
 * no interval is longer than that fraction of the time the current state has lasted, so noticing
 * the end of a wait never adds more than that fraction to it. A `wake` cuts a sleep short when what
 * is waited for changed (a Kubernetes watch event); the check stays the authority.
 */
export async function pollUntil<T>(
  /** `woken`: this look follows a wakeup (what is waited for just changed). */
  check: (woken: boolean) => Promise<PollVerdict<T>>,
  opts: {
    timeoutMs: number;
    clock: Clock;
    timing: Pick<
      RolloutTiming,
      'pollInitialMs' | 'pollMaxMs' | 'pollFactor' | 'pollWaitedFraction' | 'pollUnreachableMs'
    >;
    wake?: Wakeup;
  },
): Promise<PollResult<T>> {
  const { clock, timing, wake } = opts;
  const start = clock.now();
  const deadline = start + opts.timeoutMs;
  let interval = timing.pollInitialMs;
  let lastState: string | undefined;
  let stateSince = start;
  let problems: string[] = [];
  let woken = false;
  for (;;) {
    const seen = wake?.seq;
    const checkedAt = clock.now();
    const verdict = await check(woken);
    if (verdict.done) return { ok: true, value: verdict.value, problems: [], elapsedMs: clock.now() - start };
    problems = verdict.problems;
    if (lastState !== undefined && verdict.state !== lastState) {
      interval = timing.pollInitialMs;
      stateSince = checkedAt;
    }
    lastState = verdict.state;
    const now = clock.now();
    if (now >= deadline) return { ok: false, problems, elapsedMs: now - start };
    let ms = Math.min(interval, deadline - now);
    if (timing.pollWaitedFraction)
      ms = Math.min(ms, Math.max(timing.pollInitialMs, (now - stateSince) * timing.pollWaitedFraction));
    // with a wakeup, the watch tells when the node is back: the refused calls would only cost CPU
    if (verdict.unreachable && timing.pollUnreachableMs && !wake) ms = Math.min(ms, timing.pollUnreachableMs);
    interval = Math.min(timing.pollMaxMs, interval * timing.pollFactor);
    // something changed while checking, or does while sleeping: look again now
    woken = false;
    if (wake && (wake.seq !== seen || (await wake.sleep(clock, ms)))) {
      interval = timing.pollInitialMs;
      woken = true;
    } else if (!wake) await clock.sleep(ms);
  }
}

/** Runs `fn` over `items` with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
