/** `*` and `?` globs for node, cluster and stage names. */
const cache = new Map<string, RegExp>();

export function globMatch(pattern: string, value: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${body}$`);
    cache.set(pattern, re);
  }
  return re.test(value);
}

export function anyGlob(patterns: readonly string[] | undefined, value: string): boolean {
  return !patterns || patterns.length === 0 || patterns.some((p) => globMatch(p, value));
}
