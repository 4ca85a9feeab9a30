/**
 * Talos's canonical encoding of config documents (go-yaml v4 `Marshal` of the typed structs): fields in
 * Go struct order, map keys sorted, zero fields without omitempty printed, 4-space indentation; the
 * v1alpha1 document first and documents joined by `---`.
 */
import { type Contract, structInfo, type TypeExpr } from '../model/model.js';
import { type ENode, emitDocument } from '../yaml/emitter.js';
import { goSortKeys } from '../yaml/go-scalar.js';
import { CODECS } from './codecs.js';
import type { ConfigDocument } from './document.js';
import { goBool, goFloat, goInt, goString, NULL_NODE } from './scalars.js';
import type { Obj } from './tree.js';

export function isZeroValue(v: unknown, t: TypeExpr, contract?: Contract): boolean {
  if (v === undefined || v === null) return true;
  if (t.ptr) return false;
  switch (t.k) {
    case 'scalar':
      return v === '' || v === 0 || v === false || v === 0n;
    case 'list':
      return (v as unknown[]).length === 0;
    case 'map':
      return Object.keys(v as object).length === 0;
    case 'struct': {
      if (t.empty) return true;
      const o = v as Obj;
      for (const f of structInfo(t.ref, contract).fields)
        if (!isZeroValue(o[f.name], f.type, contract)) return false;
      return true;
    }
    case 'special':
      return CODECS[t.name].isZero(v);
  }
}

export function encodeValue(v: unknown, t: TypeExpr, contract?: Contract): ENode {
  if ((v === undefined || v === null) && t.ptr) return NULL_NODE;
  switch (t.k) {
    case 'scalar': {
      if (t.s === 'string') return goString((v as string | undefined) ?? '');
      if (t.s === 'bool') return goBool((v as boolean | undefined) ?? false);
      if (t.s.startsWith('float')) return goFloat((v as number | undefined) ?? 0);
      return goInt((v as number | bigint | undefined) ?? 0);
    }
    case 'list':
      return {
        k: 'seq',
        items: ((v as unknown[] | undefined) ?? []).map((i) => encodeValue(i, t.of, contract)),
      };
    case 'map': {
      const o = (v as Obj | undefined) ?? {};
      return {
        k: 'map',
        entries: goSortKeys(Object.keys(o)).map((key) => [
          goString(key),
          encodeValue(o[key], t.of, contract),
        ]),
      };
    }
    case 'struct':
      // struct{} types (e.g. a node-ID encryption key) print as an empty mapping
      if (t.empty) return { k: 'map', entries: [] };
      return encodeStruct((v as Obj | undefined) ?? {}, t.ref, contract);
    case 'special':
      return CODECS[t.name].encode(v === null ? undefined : v);
  }
}

export function encodeStruct(o: Obj, ref: string, contract?: Contract): ENode {
  const entries: Array<[ENode, ENode]> = [];
  for (const f of structInfo(ref, contract).fields) {
    const v = o[f.name];
    if (f.omitempty && isZeroValue(v, f.type, contract)) continue;
    entries.push([goString(f.name), encodeValue(v, f.type, contract)]);
  }
  return { k: 'map', entries };
}

export function encodeDocumentNode(doc: ConfigDocument, contract?: Contract): ENode {
  return encodeStruct(doc.body, doc.def.type, contract);
}

/** The canonical bytes of one document. */
export function encodeDocument(doc: ConfigDocument, contract?: Contract): string {
  return emitDocument(encodeDocumentNode(doc, contract), { indent: 4 });
}

/** The canonical bytes of a whole config: v1alpha1 first, then the others in order, joined by `---`. */
export function encodeConfig(docs: ConfigDocument[], contract?: Contract): string {
  const ordered = [
    ...docs.filter((d) => d.kind === 'v1alpha1'),
    ...docs.filter((d) => d.kind !== 'v1alpha1'),
  ];
  return ordered.map((d) => encodeDocument(d, contract)).join('---\n');
}
