/**
 * A value as Talos compares configs: its canonical encoding (formatting, key order and comments never
 * count). Comparing two documents encodes both; within `withCanonicalCache` (one prediction, over
 * values nobody changes meanwhile) each object is encoded once however often it is compared.
 */
import type { Contract, TypeExpr } from '../model/model.js';
import { emitDocument } from '../yaml/emitter.js';
import { encodeValue } from './encode.js';

let cache: WeakMap<object, Map<string, string>> | undefined;

export function canonicalText(v: unknown, t: TypeExpr, contract?: Contract): string {
  if (!cache || v === null || typeof v !== 'object') return encode(v, t, contract);
  const key = `${JSON.stringify(t)}@${contract ?? ''}`;
  let byType = cache.get(v);
  if (!byType) {
    byType = new Map();
    cache.set(v, byType);
  }
  let text = byType.get(key);
  if (text === undefined) {
    text = encode(v, t, contract);
    byType.set(key, text);
  }
  return text;
}

/** Whether two values of one type encode alike (the same object always does). */
export function sameCanonical(a: unknown, b: unknown, t: TypeExpr, contract?: Contract): boolean {
  return a === b || canonicalText(a, t, contract) === canonicalText(b, t, contract);
}

export function withCanonicalCache<T>(fn: () => T): T {
  const prev = cache;
  cache ??= new WeakMap();
  try {
    return fn();
  } finally {
    cache = prev;
  }
}

function encode(v: unknown, t: TypeExpr, contract?: Contract): string {
  return emitDocument(encodeValue(v, t, contract), { indent: 2 });
}
