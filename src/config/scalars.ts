/**
 * Reading YAML scalars the way go-yaml's decoder fills Go fields, and representing Go values as YAML
 * scalars the way its encoder does. Shared by the decoder, the encoder and the special-type codecs.
 */
import type { ScalarKind } from '../model/model.js';
import { type ENode, scalar } from '../yaml/emitter.js';
import { formatGoFloat, isBase60Float, isOldBool, resolvePlain } from '../yaml/go-scalar.js';
import type { YNode } from '../yaml/ynode.js';

export type ScalarResult = { ok: true; value: unknown } | { ok: false; message: string };

const YES = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON']);
const NO = new Set(['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);

const INT_RANGES: Record<string, [bigint, bigint]> = {
  int: [-(2n ** 63n), 2n ** 63n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int16: [-(2n ** 15n), 2n ** 15n - 1n],
  int8: [-128n, 127n],
  uint: [0n, 2n ** 64n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  uint16: [0n, 65535n],
  uint8: [0n, 255n],
};

/** What a message says of a secret value: its shape, never its text. */
export const HIDDEN_VALUE = 'a secret value (not shown)';

/** A node for a message: a mapping, a list, or the scalar quoted (shortened); secret text never. */
export function describeNode(n: YNode): string {
  if (n.t === 'map') return 'a mapping';
  if (n.t === 'seq') return 'a list';
  if (n.hidden) return HIDDEN_VALUE;
  const short = n.text.length > 40 ? `${n.text.slice(0, 37)}...` : n.text;
  return `${JSON.stringify(short)}`;
}

/** A scalar's text quoted for a message, unless it is secret. */
export function quoteText(n: YNode, text: string): string {
  return n.t === 'scalar' && n.hidden ? HIDDEN_VALUE : JSON.stringify(text);
}

function kindName(kind: ScalarKind): string {
  if (kind === 'string') return 'a string';
  if (kind === 'bool') return 'a boolean (true or false)';
  if (kind.startsWith('float')) return 'a number';
  if (kind.startsWith('uint')) return `a non-negative integer (${kind})`;
  return `an integer (${kind})`;
}

/** Decodes a scalar node into a Go scalar of the given kind, with go-yaml's acceptance rules. */
export function decodeScalar(n: YNode, kind: ScalarKind): ScalarResult {
  if (n.t !== 'scalar') return { ok: false, message: `expected ${kindName(kind)}, got ${describeNode(n)}` };
  if (kind === 'string') return { ok: true, value: n.text };
  const r = n.quoted ? { tag: 'str' as const, value: n.text } : resolvePlain(n.text);
  const bad = (): ScalarResult => ({
    ok: false,
    message: `expected ${kindName(kind)}, got ${describeNode(n)}`,
  });
  if (kind === 'bool') {
    if (r.tag === 'bool') return { ok: true, value: r.value };
    if (r.tag === 'str' && YES.has(n.text)) return { ok: true, value: true };
    if (r.tag === 'str' && NO.has(n.text)) return { ok: true, value: false };
    return bad();
  }
  if (kind === 'float32' || kind === 'float64') {
    if (r.tag === 'int' || r.tag === 'float') return { ok: true, value: Number(r.value) };
    return bad();
  }
  // integers
  let big: bigint | undefined;
  if (r.tag === 'int') big = BigInt(r.value as number | bigint);
  else if (r.tag === 'float' && Number.isInteger(r.value)) big = BigInt(r.value as number);
  if (big === undefined) return bad();
  const [lo, hi] = INT_RANGES[kind]!;
  if (big < lo || big > hi)
    return { ok: false, message: `${n.hidden ? HIDDEN_VALUE : n.text} is out of range for ${kind}` };
  const value =
    big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  return { ok: true, value };
}

export function isNullNode(n: YNode): boolean {
  return n.t === 'scalar' && !n.quoted && resolvePlain(n.text).tag === 'null';
}

function shouldUseLiteral(s: string): boolean {
  return s.includes('\n') && s.length >= 2 && /\S/u.test(s);
}

/** A Go string as go-yaml represents it (v3 defaults, legacy quoting). */
export function goString(s: string): ENode {
  if (s.includes('\n')) return scalar(s, shouldUseLiteral(s) ? 'literal' : 'double');
  if (isBase60Float(s) || isOldBool(s) || s === '<<') return scalar(s, 'single');
  return resolvePlain(s).tag === 'str' ? scalar(s) : scalar(s, 'double');
}

/** A scalar node explicitly tagged !!str with no style (how custom marshallers build nodes). */
export function taggedString(s: string): ENode {
  return resolvePlain(s).tag === 'str' ? scalar(s) : scalar(s, 'double');
}

export function goInt(v: number | bigint): ENode {
  return scalar(String(v));
}

export function goBool(v: boolean): ENode {
  return scalar(v ? 'true' : 'false');
}

export function goFloat(v: number): ENode {
  return scalar(formatGoFloat(v));
}

export const NULL_NODE: ENode = scalar('null');
