/** A decoded config document and its identity, as Talos's config container tracks them. */
import { type KindDef, V1ALPHA1 } from '../model/model.js';
import type { Obj } from './tree.js';

export interface ConfigDocument {
  /** `v1alpha1` for the legacy document. */
  kind: string;
  /** Empty for the legacy document. */
  apiVersion: string;
  /** The document's name for named kinds. */
  name?: string;
  def: KindDef;
  body: Obj;
  /** Where the document came from (file and first line). */
  file?: string;
  line?: number;
}

/** apiVersion/kind[/name]: how Talos matches documents. The legacy document is `/v1alpha1`. */
export function documentId(d: Pick<ConfigDocument, 'kind' | 'apiVersion' | 'name' | 'def'>): string {
  const base = `${d.apiVersion}/${d.kind}`;
  return d.def.named ? `${base}/${d.name ?? ''}` : base;
}

/** Human form used in messages: `v1alpha1`, `LinkConfig/eth0`. */
export function documentLabel(d: Pick<ConfigDocument, 'kind' | 'name' | 'def'>): string {
  if (d.kind === V1ALPHA1) return 'v1alpha1';
  return d.def.named ? `${d.kind}/${d.name ?? ''}` : d.kind;
}
