/** Go's time.Duration text form: ParseDuration and Duration.String, on nanoseconds as bigint. */

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n,
  μs: 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** Parses `1h30m`, `1.5s`, `300ms`, `-2m`; undefined when Go would reject it. */
export function parseGoDuration(input: string): bigint | undefined {
  let s = input;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s.startsWith('-');
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return undefined;
  let total = 0n;
  while (s !== '') {
    const m = s.match(/^(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/);
    if (!m || (m[1] === '' && (m[2] === undefined || m[2] === ''))) return undefined;
    const unit = UNITS[m[3]!]!;
    const whole = BigInt(m[1] || '0') * unit;
    let frac = 0n;
    if (m[2]) {
      // scale the fraction exactly: digits / 10^len * unit, truncated like Go
      frac = (BigInt(m[2]) * unit) / 10n ** BigInt(m[2].length);
    }
    total += whole + frac;
    s = s.slice(m[0].length);
  }
  if (total > 2n ** 63n - 1n) return undefined;
  return neg ? -total : total;
}

/** Duration.String(): `72h3m0.5s`, `1m0s`, `0s`, `1.5ms`. */
export function formatGoDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let out: string;
  if (u < 1_000_000_000n) {
    // sub-second: the largest unit that keeps a leading digit
    let unit: string;
    let scale: bigint;
    if (u < 1_000n) {
      unit = 'ns';
      scale = 1n;
    } else if (u < 1_000_000n) {
      unit = 'µs';
      scale = 1_000n;
    } else {
      unit = 'ms';
      scale = 1_000_000n;
    }
    out = fixed(u, scale) + unit;
  } else {
    const h = u / 3_600_000_000_000n;
    u -= h * 3_600_000_000_000n;
    const m = u / 60_000_000_000n;
    u -= m * 60_000_000_000n;
    let str = '';
    if (h > 0n) str += `${h}h`;
    if (h > 0n || m > 0n) str += `${m}m`;
    str += `${fixed(u, 1_000_000_000n)}s`;
    out = str;
  }
  return (neg ? '-' : '') + out;
}

function fixed(value: bigint, scale: bigint): string {
  const whole = value / scale;
  const rem = value % scale;
  if (rem === 0n) return whole.toString();
  const width = scale.toString().length - 1;
  const frac = rem.toString().padStart(width, '0').replace(/0+$/, '');
  return `${whole}.${frac}`;
}
