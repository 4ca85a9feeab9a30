/** Field paths inside a config document, as findings print them (`machine.install.image`, `addresses[0]`). */
import type { ConfigDocument } from '../config/document.js';
import { documentLabel } from '../config/document.js';
import { V1ALPHA1 } from '../model/model.js';

export type Seg = string | number;

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `machine.network.interfaces[0].vip`; keys that are not identifiers are bracketed and quoted. */
export function formatPath(segs: readonly Seg[]): string {
  let out = '';
  for (const s of segs) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (PLAIN_KEY.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** The path as findings report it: multi-document kinds are prefixed by `Kind/name`. */
export function documentPath(
  doc: Pick<ConfigDocument, 'kind' | 'name' | 'def'>,
  segs: readonly Seg[],
): string {
  const inner = formatPath(segs);
  if (doc.kind === V1ALPHA1) return inner;
  const label = documentLabel(doc);
  return inner === '' ? label : `${label}.${inner}`;
}

/** The value at a path, or undefined. */
export function valueAt(root: unknown, segs: readonly Seg[]): unknown {
  let cur = root;
  for (const s of segs) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}
