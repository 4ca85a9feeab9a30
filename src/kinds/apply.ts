/**
 * What applying a config does to a running node, by Talos's own rules per kind: up to 1.13 whether it
 * applies immediately (`CanApplyImmediate`, which only compares the v1alpha1 document); from 1.14, which
 * changes only take effect after an explicit reboot. Impact prediction and the simulator both call this.
 */
import type { ConfigDocument } from '../config/document.js';
import { type Contract, contractIndex } from '../model/model.js';
import { KINDS } from './index.js';
import { dig } from './values.js';

function docKey(d: ConfigDocument): string {
  return d.def.named ? `${d.kind}/${d.name}` : d.kind;
}

/** Talos 1.14 stopped rebooting on apply. */
export function appliesWithoutReboot(contract: Contract): boolean {
  return contractIndex(contract) >= contractIndex('1.14');
}

/** Up to 1.13: the field paths that keep the change from applying immediately (empty: it applies live). */
export function immediateApplyBlockers(
  before: readonly ConfigDocument[],
  after: readonly ConfigDocument[],
  contract: Contract,
): string[] {
  const v1 = KINDS.entry('v1alpha1')!;
  const a = before.find((d) => d.kind === 'v1alpha1')?.body;
  const b = after.find((d) => d.kind === 'v1alpha1')?.body;
  return v1.apply?.immediateBlockers?.(a, b, contract) ?? [];
}

/** From 1.14: the changes that only take effect after a reboot, as `path` (v1alpha1) or `Kind/name.path`. */
export function rebootToTakeEffect(
  before: readonly ConfigDocument[],
  after: readonly ConfigDocument[],
): string[] {
  const a = new Map(before.map((d) => [docKey(d), d]));
  const b = new Map(after.map((d) => [docKey(d), d]));
  const out: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const kind = (a.get(key) ?? b.get(key))!.kind;
    for (const path of KINDS.entry(kind)?.apply?.rebootToTakeEffect ?? []) {
      const segs = path === '' ? [] : path.split('.');
      const x = dig(a.get(key)?.body, ...segs);
      const y = dig(b.get(key)?.body, ...segs);
      if (JSON.stringify(x ?? null) === JSON.stringify(y ?? null)) continue;
      out.push(kind === 'v1alpha1' ? path : path === '' ? key : `${key}.${path}`);
    }
  }
  return out;
}
