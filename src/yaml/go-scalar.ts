/**
 * How go-yaml (v3/v4, the YAML library Talos uses) resolves a plain scalar to a type, and how it
 * formats Go numbers. Talos decodes configs with these rules and prints them back with them, so the
 * engine must use the same ones to read patches and to print byte-identical output.
 */

export type GoTag = 'str' | 'bool' | 'int' | 'float' | 'null' | 'timestamp' | 'merge';

export interface Resolved {
  tag: GoTag;
  /** The decoded value: string, boolean, number (int or float), bigint for ints beyond 2^53, or null. */
  value: string | boolean | number | bigint | null;
}

const BOOL_TRUE = new Set(['true', 'True', 'TRUE']);
const BOOL_FALSE = new Set(['false', 'False', 'FALSE']);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const NAN = new Set(['.nan', '.NaN', '.NAN']);
const INF = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']);
const NEG_INF = new Set(['-.inf', '-.Inf', '-.INF']);

const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** The first character decides which rules apply (go-yaml's resolve table). */
function hint(c: string): 'M' | 'D' | 'S' | '.' | undefined {
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~<'.includes(c)) return 'M';
  if (c === '.') return '.';
  return undefined;
}

/** The type a plain (unquoted) scalar resolves to. */
export function resolvePlain(s: string): Resolved {
  if (s === '') return { tag: 'null', value: null };
  const h = hint(s[0]!);
  if (h === undefined) return { tag: 'str', value: s };
  if (BOOL_TRUE.has(s)) return { tag: 'bool', value: true };
  if (BOOL_FALSE.has(s)) return { tag: 'bool', value: false };
  if (NULLS.has(s)) return { tag: 'null', value: null };
  if (NAN.has(s)) return { tag: 'float', value: Number.NaN };
  if (INF.has(s)) return { tag: 'float', value: Number.POSITIVE_INFINITY };
  if (NEG_INF.has(s)) return { tag: 'float', value: Number.NEGATIVE_INFINITY };
  if (s === '-0' || s === '-0.0') return { tag: 'float', value: -0 };
  if (s === '<<') return { tag: 'merge', value: s };
  if (h === '.') {
    const f = goParseFloat(s);
    if (f !== undefined) return { tag: 'float', value: f };
    return { tag: 'str', value: s };
  }
  if (h === 'D' || h === 'S') {
    if (looksLikeTimestamp(s)) return { tag: 'timestamp', value: s };
    const plain = s.replaceAll('_', '');
    const i = goParseInt(plain);
    if (i !== undefined) return { tag: 'int', value: i };
    if (YAML_STYLE_FLOAT.test(plain)) {
      const f = goParseFloat(plain);
      if (f !== undefined) return { tag: 'float', value: f };
    }
  }
  return { tag: 'str', value: s };
}

const DIGITS: Record<number, RegExp> = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ };

/** Go's strconv.ParseInt/ParseUint with base 0 (0x, 0o, 0b prefixes, leading-0 octal), 64-bit range. */
export function goParseInt(s: string): number | bigint | undefined {
  let sign = 1n;
  let body = s;
  if (body.startsWith('+') || body.startsWith('-')) {
    if (body.startsWith('-')) sign = -1n;
    body = body.slice(1);
  }
  if (body === '') return undefined;
  let digits = body;
  let radix = 10;
  const lower = body.toLowerCase();
  if (lower.startsWith('0x')) {
    radix = 16;
    digits = body.slice(2);
  } else if (lower.startsWith('0o')) {
    radix = 8;
    digits = body.slice(2);
  } else if (lower.startsWith('0b')) {
    radix = 2;
    digits = body.slice(2);
  } else if (body.length > 1 && body.startsWith('0')) {
    radix = 8;
    digits = body.slice(1);
  }
  if (digits === '') return undefined;
  if (!DIGITS[radix]!.test(digits)) return undefined;
  // every decimal of up to 15 digits is a safe integer (and an int64): no BigInt needed
  if (radix === 10 && digits.length <= 15) {
    const n = Number(digits);
    return sign < 0n && n !== 0 ? -n : n;
  }
  let v = 0n;
  const r = BigInt(radix);
  for (const ch of digits) v = v * r + BigInt(Number.parseInt(ch, radix));
  v *= sign;
  // ParseInt fits int64; ParseUint fits uint64 (positive only).
  if (v < -(2n ** 63n) || v > 2n ** 64n - 1n) return undefined;
  if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
  return v;
}

/** Go's strconv.ParseFloat for the forms YAML produces (decimal, exponent, hex floats are rare). */
export function goParseFloat(s: string): number | undefined {
  if (
    !/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s) &&
    !/^[-+]?(inf|infinity|nan)$/i.test(s)
  ) {
    return undefined;
  }
  const lower = s.toLowerCase().replace(/^\+/, '');
  if (lower === 'inf' || lower === 'infinity') return Number.POSITIVE_INFINITY;
  if (lower === '-inf' || lower === '-infinity') return Number.NEGATIVE_INFINITY;
  if (lower === 'nan' || lower === '-nan') return Number.NaN;
  return Number(s);
}

const TIMESTAMP_FORMATS = [
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?$/,
  /^\d{4}-\d{1,2}-\d{1,2}$/,
];

/** go-yaml only tries timestamps for values starting with exactly four digits and a dash. */
export function looksLikeTimestamp(s: string): boolean {
  if (!/^\d{4}-/.test(s)) return false;
  return TIMESTAMP_FORMATS.some((re) => re.test(s));
}

/** Strings YAML 1.1 would read as booleans; go-yaml single-quotes them on output. */
export function isOldBool(s: string): boolean {
  return [
    'y',
    'Y',
    'yes',
    'Yes',
    'YES',
    'on',
    'On',
    'ON',
    'n',
    'N',
    'no',
    'No',
    'NO',
    'off',
    'Off',
    'OFF',
  ].includes(s);
}

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** Sexagesimal floats of YAML 1.1 (`1:20`); go-yaml single-quotes strings that look like them. */
export function isBase60Float(s: string): boolean {
  if (s === '') return false;
  const c = s[0]!;
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return false;
  return BASE60_FLOAT.test(s);
}

/** Go's strconv.FormatFloat(f, 'g', -1, 64) as go-yaml prints floats (with .inf/.nan spellings). */
export function formatGoFloat(f: number): string {
  if (Number.isNaN(f)) return '.nan';
  if (f === Number.POSITIVE_INFINITY) return '.inf';
  if (f === Number.NEGATIVE_INFINITY) return '-.inf';
  if (Object.is(f, -0)) return '-0';
  if (f === 0) return '0';
  // Shortest round-trip digits in Go's 'g' layout: for shortest formatting Go switches to the exponent
  // form when the decimal exponent is below -4 or at least 6 (123456 but 1.234567e+06).
  const [mant, expStr] = f.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  const digits = mant.replace('-', '').replace('.', '');
  const neg = f < 0 ? '-' : '';
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : `${Math.abs(exp)}`;
    return `${neg}${m}e${exp < 0 ? '-' : '+'}${e}`;
  }
  if (exp >= digits.length - 1) return neg + digits + '0'.repeat(exp - digits.length + 1);
  if (exp >= 0) return `${neg}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  return `${neg}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/**
 * go-yaml's key order for Go maps: numbers by value, strings in "natural" order (runs of digits compare
 * as numbers, letters before digits after a digit run).
 */
export function goKeyLess(a: string, b: string): boolean {
  const ar = Array.from(a);
  const br = Array.from(b);
  let digits = false;
  const isDigit = (c: string) => /\p{Nd}/u.test(c);
  const isLetter = (c: string) => /\p{L}/u.test(c);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) {
      digits = isDigit(ar[i]!);
      continue;
    }
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
    if (al || bl) return digits ? al : bl;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== '0') {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]!); ai++) an = an * 10n + BigInt(ar[ai]!.codePointAt(0)! - 48);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]!); bi++) bn = bn * 10n + BigInt(br[bi]!.codePointAt(0)! - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
  }
  return ar.length < br.length;
}

export function goSortKeys(keys: string[]): string[] {
  return [...keys].sort((a, b) => (goKeyLess(a, b) ? -1 : goKeyLess(b, a) ? 1 : 0));
}
