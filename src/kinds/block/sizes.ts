/**
 * Talos's size fields as its checks read them: `ByteSize` (`10GiB`, from Talos 1.13 optionally negative,
 * meaning "all but") and `Size` (a `ByteSize` or, from Talos 1.12, a percentage `50%`). The decoder keeps
 * the text (a `Size` as `{bytes}` or `{percent}`); an absent or empty text is the zero size.
 */
import { parseBytes } from '../../go/humanize.js';
import type { Seg } from '../../validate/paths.js';
import type { KindContext } from '../context.js';
import type { DocReport } from '../types.js';
import { asObj, asStr } from '../values.js';

export interface SizeValue {
  /** The text as written. */
  raw: string;
  /** Bytes (0 for a percentage). */
  value: number;
  negative: boolean;
  relative: boolean;
}

/** The size a field holds, undefined for the zero size. */
export function sizeOf(v: unknown): SizeValue | undefined {
  const o = asObj(v);
  const raw = o ? asStr(o.bytes) || asStr(o.percent) : asStr(v);
  if (raw === '') return undefined;
  const negative = raw.startsWith('-');
  const text = negative ? raw.slice(1) : raw;
  const relative = text.endsWith('%');
  return { raw, negative, relative, value: relative ? 0 : (parseBytes(text) ?? 0) };
}

/**
 * Before Talos 1.13 a size has no sign: a leading `-` fails decoding (go-humanize, or the percentage's
 * range check). Reports it and answers whether the size is usable.
 */
export function checkSign(
  size: SizeValue | undefined,
  segs: Seg[],
  report: DocReport,
  ctx: KindContext,
): boolean {
  if (!size?.negative || ctx.since('1.13')) return true;
  report.error(
    size.relative
      ? `percentage must be between 0 and 100, got ${size.raw.slice(0, -1)}`
      : 'strconv.ParseFloat: parsing "": invalid syntax',
    segs,
  );
  return false;
}
