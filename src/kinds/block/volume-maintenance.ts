/**
 * A volume's periodic maintenance settings (Talos 1.14's `block.TrimConfig` and `block.ScrubConfig`,
 * under `trim:` and `scrub:` of VolumeConfig, UserVolumeConfig and ExistingVolumeConfig) and the
 * filesystem-wide defaults of FilesystemTrimConfig and FilesystemScrubConfig. Intervals are Go durations.
 */
import { parseGoDuration } from '../../go/duration.js';
import type { Seg } from '../../validate/paths.js';
import type { KindContext } from '../context.js';
import type { DocReport } from '../types.js';
import { asObj, asStr, type Obj } from '../values.js';

/** Talos's `MinScrubInterval`. */
const MIN_SCRUB_NS = 10_000_000_000n;

const nanos = (v: unknown): bigint => parseGoDuration(asStr(v) || '0') ?? 0n;

/** A trim interval below zero. */
export function negativeTrimInterval(v: unknown): boolean {
  return nanos(v) < 0n;
}

/** A scrub interval set but below Talos's minimum of 10s. */
export function scrubIntervalTooShort(v: unknown): string | undefined {
  const ns = nanos(v);
  return ns !== 0n && ns < MIN_SCRUB_NS ? 'scrub interval: minimum value is 10s' : undefined;
}

/** Talos's `TrimConfig.Validate` and `ScrubConfig.Validate` of a volume document (from 1.14). */
export function checkVolumeMaintenance(body: Obj, report: DocReport, ctx: KindContext): void {
  if (!ctx.since('1.14')) return;
  const trim = asObj(body.trim);
  const at = (block: string): Seg[] => [block, 'interval'];
  if (trim && negativeTrimInterval(trim.interval))
    report.error('trim interval cannot be negative', at('trim'));
  const scrub = asObj(body.scrub);
  const problem = scrub && scrubIntervalTooShort(scrub.interval);
  if (problem) report.error(problem, at('scrub'));
}
