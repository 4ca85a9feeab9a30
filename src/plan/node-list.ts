/**
 * Lists of node names for humans: natural order, numbered runs folded ("w-1…w-480"), and a cap
 * with the count of what was left out, so a group of 500 workers stays one short line.
 */

type Part = string | number;

function parts(name: string): Part[] {
  return name.split(/(\d+)/).map((p, i) => (i % 2 === 1 ? Number(p) : p));
}

/** Natural order ("w-2" before "w-10"), independent of the host's locale. */
export function naturalCompare(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Numbered {
  prefix: string;
  digits: string;
  n: number;
}

function numbered(name: string): Numbered | undefined {
  const m = /^(.*?)(\d+)$/.exec(name);
  if (!m || m[2]!.length > 15) return undefined;
  return { prefix: m[1]!, digits: m[2]!, n: Number(m[2]) };
}

/** Whether `b` directly follows `a` in the same numbering scheme (same prefix, same zero padding). */
function follows(a: Numbered, b: Numbered): boolean {
  if (a.prefix !== b.prefix || b.n !== a.n + 1) return false;
  const padded = (x: Numbered) => x.digits.length > 1 && x.digits.startsWith('0');
  if (padded(a) || padded(b)) return a.digits.length === b.digits.length;
  return true;
}

export interface NameToken {
  text: string;
  /** How many names the token stands for. */
  count: number;
}

/** Sorted names folded into tokens: runs of three or more consecutive numbers become `first…last`. */
export function foldNames(names: readonly string[]): NameToken[] {
  const sorted = [...new Set(names)].sort(naturalCompare);
  const out: NameToken[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = numbered(sorted[i]!);
    let j = i;
    if (start) {
      let prev = start;
      while (j + 1 < sorted.length) {
        const next = numbered(sorted[j + 1]!);
        if (!next || !follows(prev, next)) break;
        prev = next;
        j++;
      }
    }
    const count = j - i + 1;
    if (count >= 3) {
      out.push({ text: `${sorted[i]}…${sorted[j]}`, count });
    } else {
      for (let k = i; k <= j; k++) out.push({ text: sorted[k]!, count: 1 });
    }
    i = j + 1;
  }
  return out;
}

/**
 * "w-1…w-12, cp-1" with at most `max` tokens, then "… and N more". `format` escapes each token
 * for where it is printed.
 */
export function nameList(names: readonly string[], max: number, format: (s: string) => string): string {
  const tokens = foldNames(names);
  const shown = tokens.slice(0, Math.max(1, max));
  const rest = tokens.slice(shown.length).reduce((n, t) => n + t.count, 0);
  const text = shown.map((t) => format(t.text)).join(', ');
  return rest > 0 ? `${text}, … and ${rest} more` : text;
}
