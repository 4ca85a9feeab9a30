/**
 * `*` and `?` globs for node, cluster and stage names, matched without backtracking: the greedy
 * two-pointer walk remembers only the last `*`, so a pattern of many stars costs at most
 * pattern × name steps, never an exponential search.
 */
export function globMatch(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    const c = pattern[p];
    if (c === '*') {
      star = p++;
      resume = v;
    } else if (c !== undefined && (c === '?' || c === value[v])) {
      p++;
      v++;
    } else if (star >= 0) {
      p = star + 1;
      v = ++resume;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

export function anyGlob(patterns: readonly string[] | undefined, value: string): boolean {
  return !patterns || patterns.length === 0 || patterns.some((p) => globMatch(p, value));
}
