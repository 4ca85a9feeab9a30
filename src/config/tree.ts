/**
 * The decoded form of a config document: plain JS objects keyed by YAML field names (absent key = Go
 * nil/zero), arrays, and a few immutable special values. Each object/array can carry where each of its
 * values came from (file and line), which validation findings use to point at the line to fix.
 */

export interface Origin {
  file: string;
  line?: number;
}

/** Per-key (objects) or per-index (arrays) origins, kept off the enumerable data. */
export const ORIGIN: unique symbol = Symbol('talos-gitops.origin');

export type Obj = { [key: string]: unknown; [ORIGIN]?: Record<string, Origin> };
export type Arr = unknown[] & { [ORIGIN]?: Array<Origin | undefined> };

/** A float whose value is integral (`1.0`), kept apart from ints the way Go's decoder keeps them apart. */
export class GoFloat {
  constructor(readonly value: number) {
    Object.freeze(this);
  }
}

export function newObj(): Obj {
  return Object.create(null) as Obj;
}

export function isObj(v: unknown): v is Obj {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && !Object.isFrozen(v) && !(v instanceof GoFloat)
  );
}

export function setOrigin(container: Obj, key: string, origin: Origin | undefined): void {
  if (!origin) return;
  let o = container[ORIGIN];
  if (!o) {
    o = Object.create(null) as Record<string, Origin>;
    Object.defineProperty(container, ORIGIN, {
      value: o,
      enumerable: false,
      writable: true,
      configurable: true,
    });
  }
  o[key] = origin;
}

export function setIndexOrigin(arr: Arr, index: number, origin: Origin | undefined): void {
  if (!origin) return;
  let o = arr[ORIGIN];
  if (!o) {
    o = [];
    Object.defineProperty(arr, ORIGIN, { value: o, enumerable: false, writable: true, configurable: true });
  }
  o[index] = origin;
}

export function originOf(container: unknown, key: string | number): Origin | undefined {
  if (Array.isArray(container)) return (container as Arr)[ORIGIN]?.[key as number];
  if (typeof container === 'object' && container !== null) return (container as Obj)[ORIGIN]?.[key as string];
  return undefined;
}

/** Deep copy of a decoded value, origins included. Frozen values (special immutables) are shared. */
export function cloneValue<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  if (Array.isArray(v)) {
    const src = v as Arr;
    const out = src.map(cloneValue) as Arr;
    const o = src[ORIGIN];
    if (o)
      Object.defineProperty(out, ORIGIN, {
        value: [...o],
        enumerable: false,
        writable: true,
        configurable: true,
      });
    return out as T;
  }
  return copyObj(v as Obj, cloneValue) as T;
}

/** A copy of an object's own level (its values shared), origins included. */
export function shallowCopy(src: Obj): Obj {
  return copyObj(src, (x) => x);
}

function copyObj(src: Obj, each: (v: unknown) => unknown): Obj {
  const out = Object.create(Object.getPrototypeOf(src)) as Obj;
  for (const k of Object.keys(src)) out[k] = each(src[k]);
  const o = src[ORIGIN];
  if (o)
    Object.defineProperty(out, ORIGIN, {
      value: { ...o },
      enumerable: false,
      writable: true,
      configurable: true,
    });
  return out;
}

/** The value at a dotted path (list items addressed by index), for reading rendered documents. */
export function getPath(root: unknown, path: Array<string | number>): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
