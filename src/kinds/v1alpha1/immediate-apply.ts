/**
 * Up to Talos 1.13, whether a v1alpha1 change applies without a reboot (Talos's `CanApplyImmediate`):
 * the documents are compared with the live-applicable fields left out; what still differs blocks it.
 */
import { encodeValue } from '../../config/encode.js';
import { type Contract, kindDef, structInfo } from '../../model/model.js';
import { emitDocument } from '../../yaml/emitter.js';
import { LIVE_FEATURE_FIELDS, LIVE_MACHINE_FIELDS } from './live-fields.js';

/** Fields (dotted, top levels) that differ between two versions of one struct. */
function changedFields(
  a: unknown,
  b: unknown,
  ref: string,
  contract: Contract | undefined,
  prefix: string,
  depth: number,
): string[] {
  const out: string[] = [];
  const ao = (a ?? {}) as Record<string, unknown>;
  const bo = (b ?? {}) as Record<string, unknown>;
  for (const f of structInfo(ref, contract).fields) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const left = emitDocument(encodeValue(ao[f.name], f.type, contract), { indent: 2 });
    const right = emitDocument(encodeValue(bo[f.name], f.type, contract), { indent: 2 });
    if (left === right) continue;
    if (depth > 1 && f.type.k === 'struct')
      out.push(...changedFields(ao[f.name], bo[f.name], f.type.ref, contract, path, depth - 1));
    else out.push(path);
  }
  return out;
}

function strip(body: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...body };
  delete copy.debug;
  delete copy.cluster;
  const machine = { ...((copy.machine as Record<string, unknown> | undefined) ?? {}) };
  for (const f of LIVE_MACHINE_FIELDS) delete machine[f];
  const features = { ...((machine.features as Record<string, unknown> | undefined) ?? {}) };
  for (const f of LIVE_FEATURE_FIELDS) delete features[f];
  machine.features = features;
  copy.machine = machine;
  return copy;
}

export function immediateBlockers(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  contract: Contract,
): string[] {
  if (!before || !after) return before === after ? [] : ['v1alpha1 document added or removed'];
  return changedFields(strip(before), strip(after), kindDef('v1alpha1')!.type, contract, '', 3);
}
