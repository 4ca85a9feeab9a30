/** What the probe kinds share (Talos's `CommonProbeConfig`, in TCPProbeConfig and HTTPProbeConfig). */
import { formatGoDuration, parseGoDuration } from '../../go/duration.js';
import type { DocReport } from '../types.js';
import { asStr, type Obj } from '../values.js';

/** A negative duration field, as Go prints it; undefined when the value is absent or not negative. */
export function negativeDuration(v: unknown): string | undefined {
  const ns = parseGoDuration(asStr(v));
  return ns !== undefined && ns < 0n ? formatGoDuration(ns) : undefined;
}

/** CommonProbeConfig.Validate: interval and failure threshold are not negative. */
export function checkCommonProbe(body: Obj, report: DocReport): void {
  const interval = negativeDuration(body.interval);
  if (interval) report.error(`probe interval cannot be negative: ${interval}`, ['interval']);
  const threshold = Number(body.failureThreshold ?? 0);
  if (threshold < 0)
    report.error(`probe failure threshold cannot be negative: ${threshold}`, ['failureThreshold']);
}

/** The probe kinds' `probe name is required`. */
export function checkProbeName(body: Obj, report: DocReport): void {
  if (asStr(body.name) === '') report.error('probe name is required', ['name']);
}
