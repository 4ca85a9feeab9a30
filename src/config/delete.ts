/**
 * `$patch: delete` in strategic patches, as Talos handles it: the directives are taken out of the
 * patch YAML before decoding and become delete selectors (whole document, a key path, or one list
 * item chosen by its first key/value), which run before the rest of the same document is merged.
 */
import { TalosGitopsError } from '../errors.js';
import { type Contract, kindDef, structInfo, type TypeExpr, V1ALPHA1 } from '../model/model.js';
import { mapGet, scalarText, type YDocument, type YMap, type YNode } from '../yaml/ynode.js';
import { CODECS } from './codecs.js';
import type { ConfigDocument } from './document.js';
import { type Obj, setOrigin } from './tree.js';

export interface DeleteSelector {
  type: 'delete';
  /** Key path; list items appear as `[i]`. Empty for a whole-document delete. */
  path: string[];
  apiVersion: string;
  /** `v1alpha1` for the legacy document. */
  kind: string;
  name?: string;
  /** For list items: the first key/value of the item, compared as text. */
  key?: string;
  value?: string;
  file: string;
  line?: number;
  docIndex: number;
}

function isDeleteDirective(k: string, v: YNode): boolean {
  return k === '$patch' && v.t === 'scalar' && v.text === 'delete';
}

/**
 * Takes the delete directives out of one patch document (the document is modified) and returns them.
 * `emptied` tells the caller the document has nothing left to merge.
 */
export function extractDeletes(
  doc: YDocument,
  file: string,
): { selectors: DeleteSelector[]; emptied: boolean } {
  const selectors: DeleteSelector[] = [];
  const root = doc.root;
  if (!root) return { selectors, emptied: false };
  const fail = (msg: string, n?: YNode): never => {
    throw new TalosGitopsError(
      `error processing patch delete statements at line ${doc.pos?.line ?? n?.pos?.line ?? 1}: ${msg}`,
      {
        file,
        line: n?.pos?.line ?? doc.pos?.line,
      },
    );
  };
  const makeSelector = (path: string[], key?: string, value?: string, at?: YNode): DeleteSelector => {
    if (root.t !== 'map') return fail('expected a mapping node', at);
    const required = path.length === 0;
    const find = (k: string) => {
      const v = scalarText(mapGet(root, k));
      if (v === undefined && required) fail(`missing ${k} in document for which $patch: delete is used`, at);
      return v ?? '';
    };
    const apiVersion = find('apiVersion');
    let kind = find('kind');
    if (kind === '' && apiVersion === '') kind = V1ALPHA1;
    else if (kind === '' || apiVersion === '')
      fail(`kind and apiVersion must be both set for path ${path.join('.')}`, at);
    const name = scalarText(mapGet(root, 'name')) || undefined;
    return {
      type: 'delete',
      path: [...path],
      apiVersion,
      kind,
      name,
      key,
      value,
      file,
      line: at?.pos?.line,
      docIndex: doc.index,
    };
  };

  // returns [deleteThisNode]
  const walk = (parent: 'doc' | 'map' | 'seq', node: YNode, path: string[]): boolean => {
    if (node.t === 'map') {
      for (let i = 0; i < node.entries.length; i++) {
        const e = node.entries[i]!;
        if (isDeleteDirective(e.key.text, e.value)) {
          if (parent === 'seq') {
            // a list item: selected by its first key/value other than the directive
            const sel = node.entries.find((x) => !isDeleteDirective(x.key.text, x.value));
            if (!sel) fail(`no key:val found in sequence node for path ${path.join('.')}`, node);
            const v = sel!.value.t === 'scalar' ? sel!.value.text : '';
            selectors.push(makeSelector(path, sel!.key.text, v, node));
          } else {
            if (path.some((p) => p.startsWith('[')))
              fail(`cannot delete an inner key in '${path.join('.')}'`, node);
            selectors.push(makeSelector(path, undefined, undefined, node));
          }
          return true;
        }
        if (walk('map', e.value, [...path, e.key.text])) {
          node.entries.splice(i, 1);
          i--;
          if (node.entries.length === 0) return true;
        }
      }
      return false;
    }
    if (node.t === 'seq') {
      for (let i = 0; i < node.items.length; i++) {
        if (walk('seq', node.items[i]!, [...path, `[${i}]`])) {
          node.items.splice(i, 1);
          i--;
          if (node.items.length === 0) return true;
        }
      }
    }
    return false;
  };

  const removeDoc = walk('doc', root, []);
  if (removeDoc) return { selectors, emptied: true };
  return { selectors, emptied: isEmptyRemainder(root as YMap) };
}

/** What is left of a patch document that holds only version/kind/name is dropped. */
function isEmptyRemainder(root: YNode): boolean {
  if (root.t !== 'map') return false;
  return root.entries.every(
    (e) => e.value.t === 'scalar' && ['version', 'kind', 'name'].includes(e.key.text),
  );
}

export class DeleteError extends TalosGitopsError {
  override name = 'DeleteError';
}

export function selectorLabel(s: DeleteSelector): string {
  return s.path.join('.');
}

/**
 * Runs a selector against the matching document. Returns 'document' when the whole document goes.
 * Errors carry Talos's wording (`patch delete: path 'P' in document 'A/K': failed to delete path 'P': lookup failed`).
 */
export function applyDelete(
  s: DeleteSelector,
  doc: ConfigDocument,
  contract?: Contract,
): 'document' | 'done' {
  const wrap = (inner: string) => {
    const msg = s.name
      ? `named patch delete: document ${doc.apiVersion}/${doc.kind}: ${inner}`
      : `patch delete: path '${s.path.join('.')}' in document '${doc.apiVersion}/${doc.kind}': ${inner}`;
    return new DeleteError(msg, { file: s.file, line: s.line, field: s.path.join('.') || undefined });
  };
  if (s.path.length === 0) {
    if (doc.kind === V1ALPHA1) throw wrap("can't delete the root of the legacy document");
    return 'document';
  }
  const err = deleteForPath(doc.body, { k: 'struct', ref: kindDef(doc.kind)!.type }, s.path, s, contract);
  if (err) throw wrap(`failed to delete path '${s.path.join('.')}': ${err}`);
  return 'done';
}

const LOOKUP_FAILED = 'lookup failed';

function deleteForPath(
  holder: unknown,
  t: TypeExpr,
  path: string[],
  s: DeleteSelector,
  contract: Contract | undefined,
): string | undefined {
  if (holder === undefined || holder === null) return LOOKUP_FAILED;
  const [head, ...rest] = path as [string, ...string[]];
  if (t.k === 'struct') {
    const obj = holder as Obj;
    const f = structInfo(t.ref, contract).byName.get(head);
    if (!f) return LOOKUP_FAILED;
    if (rest.length === 0) {
      delete obj[head];
      // what goes missing was taken out here: findings about its absence point at the delete
      setOrigin(obj, head, { file: s.file, line: s.line });
      return undefined;
    }
    const child = obj[head];
    // a value (non-pointer) struct that is zero still exists in Go, so the walk goes on into it
    if (child === undefined && f.type.k === 'struct' && !f.type.ptr)
      return deleteForPath({}, f.type, rest, s, contract);
    return deleteForPath(child, f.type, rest, s, contract);
  }
  if (
    t.k === 'map' ||
    (t.k === 'special' && (t.name === 'args' || t.name === 'unstructured' || t.name === 'any'))
  ) {
    const obj = holder as Obj;
    if (typeof obj !== 'object' || Array.isArray(obj) || !(head in obj)) return LOOKUP_FAILED;
    if (rest.length === 0) {
      delete obj[head];
      setOrigin(obj, head, { file: s.file, line: s.line });
      return undefined;
    }
    const inner: TypeExpr = t.k === 'map' ? t.of : { k: 'special', name: 'any' };
    return deleteForPath(obj[head], inner, rest, s, contract);
  }
  if (t.k === 'list') {
    if (rest.length !== 0) return 'searching for complex paths in slices is not supported';
    if (!head.startsWith('[')) return 'searching for non-integer keys in slices is not supported';
    const list = holder as unknown[];
    const elem = t.of;
    if (elem.k !== 'struct') return LOOKUP_FAILED; // items that are not structs are never matched
    const fields = structInfo(elem.ref, contract);
    const field = fields.byName.get(s.key ?? '');
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as Obj | null;
      if (!item || !field) continue;
      if (fieldText(item[field.name], field.type) !== s.value) continue;
      list.splice(i, 1);
      return undefined;
    }
    return LOOKUP_FAILED;
  }
  return LOOKUP_FAILED;
}

/**
 * A list item's field as Go's reflect String() gives it: strings and Stringers (addresses, prefixes,
 * URLs) compare by their text; numbers and structs never match.
 */
function fieldText(v: unknown, t: TypeExpr): string | undefined {
  if (t.ptr) return undefined;
  if (t.k === 'scalar') return t.s === 'string' ? ((v as string | undefined) ?? '') : undefined;
  if (t.k === 'special') {
    if (['prefix', 'addr', 'addrport', 'url', 'text', 'hwaddr', 'cel', 'duration'].includes(t.name)) {
      return String(CODECS[t.name].toPlain(v) ?? '');
    }
  }
  return undefined;
}
