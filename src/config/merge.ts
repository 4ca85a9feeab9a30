/**
 * Talos's strategic merge of one document into another: the generic reflective merge (zero scalars in
 * the patch are ignored, pointers override, lists append, maps merge key by key, `merge:"replace"`
 * fields are replaced) plus the types with their own merge method (keyed lists, extra args, URLs,
 * byte sizes, CEL expressions, addresses). The left value is modified in place; right values are cloned.
 */
import type { Contract, TypeExpr } from '../model/model.js';
import { structInfo } from '../model/model.js';
import { CODECS, MergeError } from './codecs.js';
import { isZeroValue } from './encode.js';
import {
  type Arr,
  cloneValue,
  newObj,
  type Obj,
  type Origin,
  originOf,
  setIndexOrigin,
  setOrigin,
} from './tree.js';

export { MergeError };

export class MergeContext {
  constructor(readonly contract?: Contract) {}
}

/** Structs that hold (through value fields) a type merged even when the patch omits it. */
const alwaysCache = new Map<string, boolean>();
function structHasAlways(ref: string, contract: Contract | undefined, seen = new Set<string>()): boolean {
  const key = `${ref}@${contract ?? '*'}`;
  const cached = alwaysCache.get(key);
  if (cached !== undefined) return cached;
  if (seen.has(ref)) return false;
  seen.add(ref);
  let result = false;
  for (const f of structInfo(ref, contract).fields) {
    const t = f.type;
    if (t.ptr) continue;
    if (t.k === 'special' && CODECS[t.name].always) result = true;
    else if (t.k === 'scalar' && t.s === 'bool')
      result = true; // plain bools are always overwritten
    else if (t.k === 'struct' && !t.empty && structHasAlways(t.ref, contract, seen)) result = true;
    if (result) break;
  }
  alwaysCache.set(key, result);
  return result;
}

export function mergeStruct(l: Obj, r: Obj, ref: string, ctx: MergeContext): void {
  for (const f of structInfo(ref, ctx.contract).fields) {
    const rv = r[f.name];
    const lv = l[f.name];
    if (rv === undefined) {
      // absent in the patch: only types with their own merge (and plain bools) can still change
      const t = f.type;
      if (t.ptr || t.k === 'list' || t.k === 'map') continue;
      if (t.k === 'special' && !CODECS[t.name].always) continue;
      if (t.k === 'struct' && (lv === undefined || !structHasAlways(t.ref, ctx.contract))) continue;
      if (t.k === 'scalar' && t.s !== 'bool') continue;
    }
    let merged: unknown;
    try {
      merged = mergeValue(lv, rv, f.type, !!f.mergeReplace, false, ctx);
    } catch (e) {
      if (e instanceof MergeError && !e.message.startsWith('merge field')) {
        throw new MergeError(`merge field ${ref}.${f.go}: ${e.message}`);
      }
      throw e;
    }
    if (merged === undefined) delete l[f.name];
    else l[f.name] = merged;
    if (rv !== undefined && merged !== lv) setOrigin(l, f.name, originOf(r, f.name));
  }
}

export function mergeValue(
  lv: unknown,
  rv: unknown,
  t: TypeExpr,
  replace: boolean,
  overwrite: boolean,
  ctx: MergeContext,
): unknown {
  if (t.k === 'special') {
    const codec = CODECS[t.name];
    if (t.ptr) {
      if (rv === undefined || rv === null) return lv;
      if (lv === undefined || lv === null) return cloneValue(rv);
    }
    if (replace) return rv === undefined || codec.isZero(rv) ? lv : cloneValue(rv);
    return codec.merge(lv, rv === null ? undefined : rv);
  }
  if (t.ptr) {
    if (rv === undefined || rv === null) return lv;
    if (lv === undefined || lv === null) return cloneValue(rv);
    return mergeValue(lv, rv, { ...t, ptr: false } as TypeExpr, replace, true, ctx);
  }
  switch (t.k) {
    case 'scalar':
      if (t.s === 'bool') return overwrite ? (rv ?? lv) : rv;
      if (rv === undefined || ((rv === '' || rv === 0 || rv === 0n) && !overwrite)) return lv;
      return rv;
    case 'list':
      return mergeList(lv as Arr | undefined, rv as Arr | undefined, t, replace, ctx);
    case 'map': {
      if (rv === undefined || rv === null) return lv;
      if (replace) return cloneValue(rv);
      const out = (lv as Obj | undefined) ?? newObj();
      const r = rv as Obj;
      for (const k of Object.keys(r)) {
        const cur = out[k];
        if (cur !== undefined && cur !== null) {
          try {
            out[k] = mergeValue(cur, r[k], t.of, false, false, ctx);
          } catch (e) {
            if (e instanceof MergeError) throw new MergeError(`merge map key [${k}]: ${e.message}`);
            throw e;
          }
        } else out[k] = cloneValue(r[k]);
        if (out[k] !== cur) setOrigin(out, k, originOf(r, k));
      }
      return out;
    }
    case 'struct': {
      if (replace) return rv === undefined || isZeroValue(rv, t, ctx.contract) ? lv : cloneValue(rv);
      if (t.empty) return lv ?? (rv === undefined ? undefined : newObj());
      const l = (lv as Obj | undefined) ?? newObj();
      mergeStruct(l, (rv as Obj | undefined) ?? newObj(), t.ref, ctx);
      return lv === undefined && rv === undefined && Object.keys(l).length === 0 ? undefined : l;
    }
  }
}

function appendItems(l: Arr, r: Arr): Arr {
  const out = [...l] as Arr;
  const lo = originsOf(l);
  lo.forEach((o, i) => {
    setIndexOrigin(out, i, o);
  });
  r.forEach((item, j) => {
    out.push(cloneValue(item));
    setIndexOrigin(out, out.length - 1, originOf(r, j));
  });
  return out;
}

function originsOf(a: Arr): Array<Origin | undefined> {
  return a.map((_, i) => originOf(a, i));
}

function mergeList(
  l: Arr | undefined,
  r: Arr | undefined,
  t: TypeExpr & { k: 'list' },
  replace: boolean,
  ctx: MergeContext,
) {
  const keyed = KEYED_LISTS[t.named ?? ''];
  if (keyed) {
    if (r === undefined || r === null) return l;
    return keyed(l ?? ([] as Arr), r, t.of, ctx);
  }
  if (r === undefined || r === null) return l;
  // []byte-like lists and replace-tagged lists are replaced whole, even by an empty list
  if (replace) return cloneValue(r);
  if (l === undefined && r.length === 0) return [] as Arr;
  return appendItems(l ?? ([] as Arr), r);
}

type KeyedMerge = (l: Arr, r: Arr, elem: TypeExpr, ctx: MergeContext) => Arr;

/** Lists merged item by item on a key: the item found is merged into, or the new one appended. */
function byKey(match: (left: Obj, right: Obj) => boolean): KeyedMerge {
  return (l, r, elem, ctx) => {
    const out = l;
    r.forEach((item, j) => {
      const ri = item as Obj | null;
      const existing = ri ? out.findIndex((li) => li !== null && match(li as Obj, ri)) : -1;
      if (existing >= 0) {
        out[existing] = mergeValue(out[existing], ri, elem, false, false, ctx);
        // the item was last touched by this patch: what its own fields do not say points here
        const at = originOf(r, j);
        if (at) setIndexOrigin(out, existing, at);
      } else {
        out.push(cloneValue(item));
        setIndexOrigin(out, out.length - 1, originOf(r, j));
      }
    });
    return out;
  };
}

function sameSelector(a: unknown, b: unknown): boolean {
  if (!a || !b) return false;
  const x = a as Obj;
  const y = b as Obj;
  // Talos compares the selector structs with ==; their `physical` field is a pointer, so selectors
  // that set it never compare equal.
  if (x.physical !== undefined || y.physical !== undefined) return false;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if ((x[k] ?? '') !== (y[k] ?? '')) return false;
  return true;
}

const KEYED_LISTS: Record<string, KeyedMerge> = {
  'v1alpha1.NetworkDeviceList': byKey((left, right) => {
    if (right.interface) return left.interface === right.interface;
    if (right.deviceSelector) return sameSelector(left.deviceSelector, right.deviceSelector);
    return false;
  }),
  'v1alpha1.VlanList': byKey((left, right) => (left.vlanId ?? 0) === (right.vlanId ?? 0)),
  'v1alpha1.AdmissionPluginConfigList': byKey((left, right) => (left.name ?? '') === (right.name ?? '')),
  'extensions.ConfigFileList': byKey((left, right) => (left.mountPath ?? '') === (right.mountPath ?? '')),
  // rules with the same image pattern are replaced whole, not merged
  'security.ImageVerificationRules': (l, r) => {
    const out = l;
    r.forEach((item, j) => {
      const image = (item as Obj).image ?? '';
      const i = out.findIndex((x) => ((x as Obj).image ?? '') === image);
      if (i >= 0) out[i] = cloneValue(item);
      else out.push(cloneValue(item));
      setIndexOrigin(out, i >= 0 ? i : out.length - 1, originOf(r, j));
    });
    return out;
  },
};
