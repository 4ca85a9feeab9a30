/**
 * The bytes sops encrypts and hashes for a typed value, in both directions. sops is written in Go,
 * so numbers and booleans must be formatted and parsed as Go's strconv does or the MAC differs.
 */

/** Go's strconv.FormatFloat(f, 'f', -1, 64): shortest round-trip digits, never an exponent. */
export function goFormatFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return '+Inf';
  if (x === Number.NEGATIVE_INFINITY) return '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  // toExponential() without an argument gives the shortest digits that round-trip, as Go does.
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const intDigits = Number(exponent) + 1;
  let text: string;
  if (intDigits <= 0) text = `0.${'0'.repeat(-intDigits)}${digits}`;
  else if (intDigits >= digits.length) text = digits + '0'.repeat(intDigits - digits.length);
  else text = `${digits.slice(0, intDigits)}.${digits.slice(intDigits)}`;
  return x < 0 ? `-${text}` : text;
}

/** Go's strconv.ParseFloat for the forms sops writes (and a few more); undefined if not a float. */
function goParseFloat(text: string): number | undefined {
  if (/^[+-]?(inf|infinity)$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(text)) return Number.NaN;
  if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined; // Go reports out-of-range as an error
}

export const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
export const INT64_MAX = 2n ** 63n - 1n;
export const INT64_MIN = -(2n ** 63n);
export const SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** A value as sops sees it: its sops type name and the exact bytes it hashes and encrypts. */
export interface SopsTypedBytes {
  type: 'str' | 'int' | 'float' | 'bool';
  bytes: Buffer;
}

/**
 * The sops type and bytes of a JavaScript value, for encrypting. `integer` says whether a number was
 * written as an integer (YAML `1.0` is a float whose bytes are `1`); bigints are always integers.
 */
export function sopsBytesOf(value: string | number | boolean | bigint, integer: boolean): SopsTypedBytes {
  if (typeof value === 'string') return { type: 'str', bytes: Buffer.from(value, 'utf8') };
  if (typeof value === 'boolean') return { type: 'bool', bytes: Buffer.from(value ? 'True' : 'False') };
  if (typeof value === 'bigint') return { type: 'int', bytes: Buffer.from(value.toString()) };
  if (integer && Number.isSafeInteger(value))
    return { type: 'int', bytes: Buffer.from(BigInt(value).toString()) };
  return { type: 'float', bytes: Buffer.from(goFormatFloat(value)) };
}

type Typed = { ok: true; value: unknown; mac: Buffer | null } | { ok: false; why: string };

/** Turns decrypted bytes into the typed value and the bytes sops hashes for it (null: not hashed). */
export function typedValue(type: string, plain: Buffer): Typed {
  const text = plain.toString('utf8');
  switch (type) {
    case 'str':
      return { ok: true, value: text, mac: plain };
    case 'bytes':
      return { ok: true, value: text, mac: plain };
    case 'time':
      // sops re-marshals the parsed time, which gives back the text it wrote.
      return { ok: true, value: text, mac: plain };
    case 'comment':
      // A comment is never hashed and carries no value.
      return { ok: true, value: null, mac: null };
    case 'int': {
      if (!/^[+-]?[0-9]+$/.test(text)) return { ok: false, why: 'its int plaintext is not an integer' };
      const big = BigInt(text);
      if (big > INT64_MAX || big < INT64_MIN) return { ok: false, why: 'its int is out of the 64-bit range' };
      if (big > SAFE_MAX || big < -SAFE_MAX) {
        return { ok: false, why: 'its int is beyond 2^53 and cannot be represented exactly here' };
      }
      return { ok: true, value: Number(big), mac: Buffer.from(big.toString()) };
    }
    case 'float': {
      const n = goParseFloat(text);
      if (n === undefined) return { ok: false, why: 'its float plaintext is not a number' };
      return { ok: true, value: n, mac: Buffer.from(goFormatFloat(n)) };
    }
    case 'bool': {
      if (GO_TRUE.has(text)) return { ok: true, value: true, mac: Buffer.from('True') };
      if (GO_FALSE.has(text)) return { ok: true, value: false, mac: Buffer.from('False') };
      return { ok: false, why: 'its bool plaintext is not a boolean' };
    }
    default:
      return { ok: false, why: `its type "${type.slice(0, 20)}" is unknown` };
  }
}
