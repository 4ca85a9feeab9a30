/**
 * What applying a config does to a running node, by Talos's own rules per kind: up to 1.13 whether it
 * applies immediately (`CanApplyImmediate`, which only compares the v1alpha1 document); from 1.14, which
 * changes only take effect after an explicit reboot. Impact prediction and the simulator both call this.
 */
import type { ConfigDocument } from '../config/document.js';
import { type Contract, contractIndex } from '../model/model.js';
import { KINDS } from './index.js';
import type { ApplyBehaviour } from './types.js';
import { dig } from './values.js';

/** Talos 1.14 stopped rebooting on apply. */
export function appliesWithoutReboot(contract: Contract): boolean {
  return contractIndex(contract) >= contractIndex('1.14');
}

/**
 * Up to 1.13: the field paths that keep the change from applying immediately (empty: it applies live).
 * Only kinds with an immediate-apply rule count (Talos compares the v1alpha1 document alone; every other
 * kind's changes apply live). `talosMinor` is the node's Talos 1.x line when older than the contract.
 */
export function immediateApplyBlockers(
  before: readonly ConfigDocument[],
  after: readonly ConfigDocument[],
  contract: Contract,
  talosMinor?: number,
): string[] {
  const out: string[] = [];
  for (const entry of KINDS.entries) {
    const rule = entry.apply?.immediateBlockers;
    if (!rule) continue;
    const a = before.find((d) => d.kind === entry.kind)?.body;
    const b = after.find((d) => d.kind === entry.kind)?.body;
    out.push(...rule(a, b, contract, talosMinor));
  }
  return out;
}

/** The documents compared by what a change does: a kind, its name for named kinds, and its body. */
export type ComparedDocument = Pick<ConfigDocument, 'kind' | 'body'> & { name?: string };

/**
 * The paths (named by `paths` of each kind's entry, `''` the whole document) whose value differs
 * between the two configs, as `path` (v1alpha1) or `Kind/name.path`.
 */
function changedPaths(
  before: readonly ComparedDocument[],
  after: readonly ComparedDocument[],
  paths: (behaviour: ApplyBehaviour | undefined) => readonly string[] | undefined,
): string[] {
  const key = (d: ComparedDocument) => (d.name ? `${d.kind}/${d.name}` : d.kind);
  const a = new Map(before.map((d) => [key(d), d]));
  const b = new Map(after.map((d) => [key(d), d]));
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const kind = (a.get(k) ?? b.get(k))!.kind;
    for (const path of paths(KINDS.entry(kind)?.apply) ?? []) {
      const segs = path === '' ? [] : path.split('.');
      const x = dig(a.get(k)?.body, ...segs);
      const y = dig(b.get(k)?.body, ...segs);
      if (JSON.stringify(x ?? null) === JSON.stringify(y ?? null)) continue;
      out.push(kind === 'v1alpha1' ? path : path === '' ? k : `${k}.${path}`);
    }
  }
  return out;
}

/** From 1.14: the changes that only take effect after a reboot, as `path` (v1alpha1) or `Kind/name.path`. */
export function rebootToTakeEffect(
  before: readonly ConfigDocument[],
  after: readonly ConfigDocument[],
): string[] {
  return changedPaths(before, after, (b) => b?.rebootToTakeEffect);
}

/** The changes that restart the kubelet (its spec is made from them); empty when it keeps running. */
export function kubeletRestarts(
  before: readonly ComparedDocument[],
  after: readonly ComparedDocument[],
): string[] {
  return changedPaths(before, after, (b) => b?.restartsKubelet);
}
