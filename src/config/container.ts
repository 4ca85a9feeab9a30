/** The whole-config checks Talos's container makes when documents are put together. */
import { TalosGitopsError } from '../errors.js';
import { kindEntry } from '../kinds/index.js';
import { V1ALPHA1 } from '../model/model.js';
import type { ConfigDocument } from './document.js';

/**
 * Duplicate v1alpha1 documents, duplicate kind/name pairs, conflicting kinds with one name (each kind's
 * `conflictsWithKinds`), and one link configured by two documents (`configuresLinks`) are refused
 * (Talos's container.New).
 */
export function checkContainer(docs: ConfigDocument[], file?: string): void {
  const fail = (msg: string, d: ConfigDocument) => {
    throw new TalosGitopsError(msg, { file: d.file ?? file, line: d.line });
  };
  let v1 = false;
  const seen = new Set<string>();
  const conflicting = new Map<string, string>();
  const links = new Map<string, string>();
  for (const d of docs) {
    if (d.kind === V1ALPHA1) {
      if (v1) fail('duplicate v1alpha1.Config', d);
      v1 = true;
      continue;
    }
    const entry = kindEntry(d.kind);
    const id = `${d.kind}/${d.def.named ? (d.name ?? '') : ''}`;
    if (seen.has(id)) fail(`duplicate document: ${id}`, d);
    seen.add(id);
    const c = conflicting.get(id);
    if (c) fail(`conflicting documents: ${c} and ${id}`, d);
    for (const k of entry?.conflictsWithKinds ?? []) {
      const other = `${k}/${d.def.named ? (d.name ?? '') : ''}`;
      if (seen.has(other)) fail(`conflicting documents: ${other} and ${id}`, d);
      conflicting.set(other, id);
    }
    for (const link of entry?.configuresLinks?.(d.body) ?? []) {
      const owner = links.get(link);
      if (owner)
        fail(`conflicting link configurations: ${owner} and ${id} both configure ${JSON.stringify(link)}`, d);
      links.set(link, id);
    }
  }
}
