/** Reading decoded document values without trusting their shape: a missing or mistyped value reads as empty. */

export type Obj = Record<string, unknown>;

export function asObj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asStr(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

/** The value at a path of plain keys (undefined as soon as a step is missing). */
export function dig(root: unknown, ...path: readonly string[]): unknown {
  let cur = root;
  for (const p of path) {
    const o = asObj(cur);
    if (!o) return undefined;
    cur = o[p];
  }
  return cur;
}
