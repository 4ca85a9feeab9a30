/**
 * Talos's `CanApplyImmediate` (internal/app/machined/pkg/runtime/v1alpha1/v1alpha1_runtime.go, 1.9 to
 * 1.13): the new v1alpha1 document gets the running one's live-applicable fields copied in; if the two
 * still differ, the change cannot be applied immediately and Talos reboots. A config without a
 * v1alpha1 document on either side cannot be applied immediately either.
 */
import { sameCanonical } from '../../config/canonical.js';
import { type Contract, kindDef, structInfo } from '../../model/model.js';
import { asObj, type Obj } from '../values.js';
import { LIVE_FEATURE_FIELDS, LIVE_MACHINE_FIELDS, LIVE_TOP_LEVEL } from './live-fields.js';

/** Fields (dotted, up to `depth` levels) that differ between two values of one struct. */
function changedFields(
  a: unknown,
  b: unknown,
  ref: string,
  contract: Contract,
  prefix: string,
  depth: number,
): string[] {
  const out: string[] = [];
  const ao = asObj(a) ?? {};
  const bo = asObj(b) ?? {};
  for (const f of structInfo(ref, contract).fields) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    if (sameCanonical(ao[f.name], bo[f.name], f.type, contract)) continue;
    if (depth > 1 && f.type.k === 'struct')
      out.push(...changedFields(ao[f.name], bo[f.name], f.type.ref, contract, path, depth - 1));
    else out.push(path);
  }
  return out;
}

function set(o: Obj, key: string, value: unknown): void {
  if (value === undefined) delete o[key];
  else o[key] = value;
}

/** The new document with the running one's live fields, as Talos builds it before comparing. */
function withLiveFieldsOf(current: Obj, next: Obj, talosMinor: number): Obj {
  const out: Obj = { ...next };
  for (const k of LIVE_TOP_LEVEL) set(out, k, current[k]);
  const cm = asObj(current.machine);
  const nm = asObj(out.machine);
  if (cm && nm) {
    const machine: Obj = { ...nm };
    for (const f of LIVE_MACHINE_FIELDS) set(machine, f, cm[f]);
    const cf = asObj(cm.features);
    const nf = asObj(machine.features);
    if (cf && nf) {
      const features: Obj = { ...nf };
      for (const f of LIVE_FEATURE_FIELDS)
        if (talosMinor >= (f.since ?? 0)) set(features, f.name, cf[f.name]);
      machine.features = features;
    }
    out.machine = machine;
  }
  return out;
}

/**
 * The field paths that keep the change from applying immediately; empty when it applies live.
 * `talosMinor` is the Talos 1.x release line (the live feature list grew in 1.9).
 */
export function immediateBlockers(
  before: Obj | undefined,
  after: Obj | undefined,
  contract: Contract,
  talosMinor = Number(contract.split('.')[1]),
): string[] {
  if (!before) return ['the running config has no v1alpha1 document'];
  if (!after) return ['the new config has no v1alpha1 document'];
  const ref = kindDef('v1alpha1')!.type;
  const next = withLiveFieldsOf(before, after, talosMinor);
  // the document as Talos decodes it, compared through its canonical encoding
  if (sameCanonical(before, next, { k: 'struct', ref }, contract)) return [];
  const fields = changedFields(before, next, ref, contract, '', 3);
  return fields.length > 0 ? fields : ['v1alpha1'];
}
