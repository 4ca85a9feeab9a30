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

/** Sets the value at a path of plain keys, making the maps on the way (a non-map on the way is replaced). */
export function setPath(root: Obj, path: readonly string[], value: unknown): void {
  let cur = root;
  for (const p of path.slice(0, -1)) {
    const next = asObj(cur[p]);
    if (next) cur = next;
    else {
      const made: Obj = {};
      cur[p] = made;
      cur = made;
    }
  }
  cur[path.at(-1)!] = value;
}
