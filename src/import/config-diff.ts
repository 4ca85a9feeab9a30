/**
 * What turns one machine config into another, as strategic-patch operations: keys to set (a list that
 * only grows is set to its new items, which Talos appends), keys to delete, values to replace (delete,
 * then set: for lists that do not just grow, and for scalars a merge cannot reach, such as a value
 * going back to zero), documents to add or delete. Operations name documents by identity and keys by
 * path, and never overlap within one config, so they can be regrouped across nodes and levels.
 * Values are Go-typed, as the project's YAML reader decodes them (see config/codecs.ts).
 */
import { decodeAny } from '../config/codecs.js';
import { GoFloat } from '../config/tree.js';
import { parseYamlDocuments } from '../yaml/ynode.js';

export type Plain = Record<string, unknown>;

/** One document of a config: its identity (`v1alpha1`, `Kind` or `Kind/name`) and its whole body. */
export interface PlainDoc {
  id: string;
  body: Plain;
}

export type Op =
  | { doc: string; path: string[]; op: 'set' | 'replace'; value: unknown }
  | { doc: string; path: string[]; op: 'delete' }
  | { doc: string; path: []; op: 'add-doc'; value: Plain }
  | { doc: string; path: []; op: 'delete-doc' };

export const LEGACY = 'v1alpha1';

const IDENTITY_KEYS = new Set(['apiVersion', 'kind', 'name']);

export function isPlainMap(v: unknown): v is Plain {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoFloat);
}

/** A config's documents, Go-typed, in file order. */
export function parseConfigDocs(text: string, source: string): PlainDoc[] {
  return parseYamlDocuments(text, source)
    .filter((d) => d.root !== null)
    .map((d) => {
      const body = decodeAny(d.root!) as Plain;
      return { id: documentKey(body), body };
    });
}

export function documentKey(body: Plain): string {
  if (typeof body.kind !== 'string') return LEGACY;
  return typeof body.name === 'string' && body.name !== '' ? `${body.kind}/${body.name}` : body.kind;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof GoFloat || b instanceof GoFloat)
    return a instanceof GoFloat && b instanceof GoFloat && a.value === b.value;
  if (typeof a === 'bigint' || typeof b === 'bigint') return String(a) === String(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainMap(a) && isPlainMap(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/** Operations that take `base` to `target` (both in the engine's document order). */
export function diffConfigs(base: PlainDoc[], target: PlainDoc[]): Op[] {
  const ops: Op[] = [];
  const baseById = new Map(base.map((d) => [d.id, d]));
  const targetIds = new Set(target.map((d) => d.id));
  for (const d of base) if (!targetIds.has(d.id)) ops.push({ doc: d.id, path: [], op: 'delete-doc' });

  // Patched configs list base documents first (in base order), then added ones: a target whose order
  // differs re-adds the documents from the first one out of place.
  const baseOrder = base.filter((d) => d.id !== LEGACY && targetIds.has(d.id)).map((d) => d.id);
  let next = 0;
  let inPlace = true;
  for (const d of target) {
    const b = baseById.get(d.id);
    if (d.id === LEGACY) {
      if (b) diffValue(d.id, b.body, d.body, [], ops);
      else ops.push({ doc: d.id, path: [], op: 'add-doc', value: d.body });
      continue;
    }
    if (inPlace && b && baseOrder[next] === d.id) {
      next++;
      diffValue(d.id, b.body, d.body, [], ops);
      continue;
    }
    inPlace = false;
    if (b) ops.push({ doc: d.id, path: [], op: 'delete-doc' });
    ops.push({ doc: d.id, path: [], op: 'add-doc', value: d.body });
  }
  return ops;
}

function diffValue(doc: string, base: unknown, target: unknown, path: string[], ops: Op[]): void {
  if (deepEqual(base, target)) return;
  if (isPlainMap(base) && isPlainMap(target)) {
    for (const k of Object.keys(target)) {
      if (path.length === 0 && IDENTITY_KEYS.has(k)) continue;
      if (!(k in base)) setDeep(doc, [...path, k], target[k], ops);
      else diffValue(doc, base[k], target[k], [...path, k], ops);
    }
    for (const k of Object.keys(base))
      if (!(k in target)) ops.push({ doc, path: [...path, k], op: 'delete' });
    return;
  }
  if (Array.isArray(base) && Array.isArray(target)) {
    const grows = target.length > base.length && base.every((x, i) => deepEqual(x, target[i]));
    if (grows) ops.push({ doc, path, op: 'set', value: target.slice(base.length) });
    else ops.push({ doc, path, op: 'replace', value: target });
    return;
  }
  ops.push({ doc, path, op: 'set', value: target });
}

/** Sets a value the base lacks, leaf by leaf, so nodes sharing part of it can share that part. */
function setDeep(doc: string, path: string[], value: unknown, ops: Op[]): void {
  if (isPlainMap(value) && Object.keys(value).length > 0) {
    for (const k of Object.keys(value)) setDeep(doc, [...path, k], value[k], ops);
    return;
  }
  ops.push({ doc, path, op: 'set', value });
}

export function opKey(op: Op): string {
  return `${op.doc}\u0000${op.path.join('\u0000')}`;
}

/** Whether two operations are the same change (same place, same kind, same value). */
export function sameOp(a: Op, b: Op): boolean {
  if (a.op !== b.op || opKey(a) !== opKey(b)) return false;
  const va = 'value' in a ? a.value : undefined;
  const vb = 'value' in b ? b.value : undefined;
  return deepEqual(va, vb);
}

/** `a` lies within `b` or `b` within `a` (same document, one path a prefix of the other). */
export function overlaps(a: Op, b: Op): boolean {
  if (a.doc !== b.doc) return false;
  const n = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < n; i++) if (a.path[i] !== b.path[i]) return false;
  return true;
}
