/**
 * Talos machine-config patches: loading (`@file`, a bare file name, or inline text; strategic merge
 * patch, JSON patch as JSON, or JSON patch as YAML; consecutive JSON patches joined) and applying them
 * in order to a config held either as decoded documents or as bytes — exactly as
 * `talosctl machineconfig patch` does.
 */
import { readFileSync } from 'node:fs';
import { TalosGitopsError } from '../errors.js';
import { type Contract, V1ALPHA1 } from '../model/model.js';
import { parseYamlDocuments, type YDocument, type YNode } from '../yaml/ynode.js';
import { checkContainer } from './container.js';
import { ConfigDecodeError, decodeConfig, decodeDocument } from './decode.js';
import { applyDelete, type DeleteSelector, extractDeletes } from './delete.js';
import { type ConfigDocument, documentId } from './document.js';
import { encodeConfig } from './encode.js';
import { JsonPatchError, type JsonPatchOp, json6902 } from './json6902.js';
import { MergeContext, MergeError, mergeStruct } from './merge.js';
import { cloneValue } from './tree.js';

export type PatchEntry = ConfigDocument | DeleteSelector;

export function isDelete(e: PatchEntry): e is DeleteSelector {
  return (e as DeleteSelector).type === 'delete';
}

export interface StrategicPatch {
  type: 'strategic';
  /** In the order Talos processes them: v1alpha1 deletes first, then the rest as written. */
  entries: PatchEntry[];
  source: string;
}

export interface JsonPatch {
  type: 'json';
  ops: JsonPatchOp[];
  source: string;
  /** Where the operations start in `source` (an inline patch in cluster.yaml), for errors. */
  line?: number;
}

export type Patch = StrategicPatch | JsonPatch;

export interface LoadOptions {
  contract?: Contract;
  /** Reads a file named by a patch argument; defaults to the file system. */
  readFile?: (path: string) => string;
}

/** Decides what a patch argument is: a file to read or the patch text itself. */
export function resolvePatchArgument(
  arg: string,
  readFile: (p: string) => string,
): { text: string; source: string } {
  const read = (p: string) => {
    try {
      return readFile(p);
    } catch (e) {
      throw new TalosGitopsError(
        `cannot read patch file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        { file: p },
      );
    }
  };
  if (arg.startsWith('@')) return { text: read(arg.slice(1)), source: arg.slice(1) };
  if (!/[\n ]/.test(arg) && !arg.startsWith('[') && !arg.startsWith('{'))
    return { text: read(arg), source: arg };
  return { text: arg, source: '<inline patch>' };
}

/** Parses patch text; `source` names it in errors. YAML documents may be given pre-parsed (SOPS). */
export function loadPatch(text: string, source: string, opts: LoadOptions = {}, parsed?: YDocument[]): Patch {
  // parsed once: a file built to be expensive to parse must not be parsed twice
  let docs = parsed;
  let parseError: unknown;
  if (!docs) {
    try {
      docs = parseYamlDocuments(text, source);
    } catch (e) {
      if (!(e instanceof TalosGitopsError)) throw e;
      parseError = e;
    }
  }
  let strategicError: unknown;
  try {
    if (!docs) throw parseError;
    const p = loadStrategic(docs, source, opts.contract);
    if (p.entries.length > 0) return p;
    strategicError = new TalosGitopsError('config not found', { file: source });
  } catch (e) {
    if (!(e instanceof TalosGitopsError)) throw e;
    strategicError = e;
  }
  let jsonError: unknown;
  try {
    const ops = JSON.parse(text);
    if (Array.isArray(ops) && ops.every((o) => o && typeof o === 'object' && !Array.isArray(o))) {
      return { type: 'json', ops, source };
    }
    jsonError = new TalosGitopsError(
      'json: cannot unmarshal into a JSON patch (expected a list of operations)',
      { file: source },
    );
  } catch (e) {
    jsonError = new TalosGitopsError(`invalid JSON patch: ${(e as Error).message}`, { file: source });
  }
  // a YAML list of operations
  try {
    const only = (docs ?? []).filter((d) => d.root !== null);
    if (docs && only.length <= 1) {
      const root = only[0]?.root;
      if (!root || (root.t === 'seq' && root.items.every((i) => i.t === 'map'))) {
        const ops = root ? (root as { items: YNode[] }).items.map((i) => yToJson(i) as JsonPatchOp) : [];
        return { type: 'json', ops, source, line: root?.pos?.line ?? only[0]?.pos?.line ?? 1 };
      }
    }
  } catch {
    // fall through to the earlier errors
  }
  if (text.trim().startsWith('[')) throw jsonError;
  throw strategicError;
}

function yToJson(n: YNode): unknown {
  if (n.t === 'map') return Object.fromEntries(n.entries.map((e) => [e.key.text, yToJson(e.value)]));
  if (n.t === 'seq') return n.items.map(yToJson);
  if (n.quoted) return n.text;
  const t = n.text;
  if (['', '~', 'null', 'Null', 'NULL'].includes(t)) return null;
  if (['true', 'True', 'TRUE'].includes(t)) return true;
  if (['false', 'False', 'FALSE'].includes(t)) return false;
  if (/^[-+]?\d+$/.test(t)) return Number(t);
  if (/^[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  return t;
}

function loadStrategic(ydocs: YDocument[], source: string, contract?: Contract): StrategicPatch {
  const v1Deletes: PatchEntry[] = [];
  const rest: PatchEntry[] = [];
  for (const yd of ydocs) {
    if (!yd.root) continue;
    // deletes are taken out before decoding, and run before the remainder of their document
    const { selectors, emptied } = extractDeletes(yd, source);
    for (const s of selectors) (s.kind === V1ALPHA1 ? v1Deletes : rest).push(s);
    if (emptied) continue;
    if (yd.root.t === 'scalar' && ['', '~', 'null'].includes(yd.root.text)) continue;
    rest.push(decodeDocument(yd, { file: source, contract }));
  }
  return { type: 'strategic', entries: [...v1Deletes, ...rest], source };
}

/** Loads patch arguments like `talosctl machineconfig patch --patch`, joining consecutive JSON patches. */
export function loadPatches(args: string[], opts: LoadOptions = {}): Patch[] {
  const readFile = opts.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  const out: Patch[] = [];
  for (const arg of args) {
    const { text, source } = resolvePatchArgument(arg, readFile);
    const p = loadPatch(text, source, opts);
    const last = out[out.length - 1];
    if (p.type === 'json' && last?.type === 'json') {
      out[out.length - 1] = {
        type: 'json',
        ops: [...last.ops, ...p.ops],
        source: `${last.source}, ${p.source}`,
      };
    } else out.push(p);
  }
  return out;
}

/** The config being patched: decoded documents, or bytes (after a JSON patch, or untouched input). */
export type ConfigState = { docs: ConfigDocument[]; text?: undefined } | { text: string; docs?: undefined };

/** Strategic merge of a patch into a copy of the documents (Talos's StrategicMerge). */
export function strategicMerge(
  base: ConfigDocument[],
  patch: StrategicPatch,
  contract?: Contract,
): ConfigDocument[] {
  return mergeInto(copyDocuments(base), patch, contract);
}

/** Documents of one's own: their bodies copied, origins included. */
export function copyDocuments(docs: readonly ConfigDocument[]): ConfigDocument[] {
  return docs.map((d) => ({ ...d, body: cloneValue(d.body) }));
}

/** The merge itself, into documents the caller owns (changed in place). */
function mergeInto(left: ConfigDocument[], patch: StrategicPatch, contract?: Contract): ConfigDocument[] {
  const index = new Map(left.map((d) => [documentId(d), d]));
  const ctx = new MergeContext(contract);
  for (const entry of patch.entries) {
    const id = documentId(isDelete(entry) ? selectorIdentity(entry) : entry);
    const target = index.get(id);
    if (isDelete(entry)) {
      if (!target) continue; // a delete for a document the config lacks is skipped
      if (applyDelete(entry, target, contract) === 'document') {
        index.delete(id);
        left.splice(left.indexOf(target), 1);
      }
      continue;
    }
    if (target) {
      try {
        mergeStruct(target.body, entry.body, target.def.type, ctx);
      } catch (e) {
        if (e instanceof MergeError)
          throw new TalosGitopsError(e.message, { file: entry.file, line: entry.line });
        throw e;
      }
    } else {
      const added = { ...entry, body: cloneValue(entry.body) };
      left.push(added);
      index.set(id, added);
    }
  }
  checkContainer(left);
  return left;
}

function selectorIdentity(s: DeleteSelector): Pick<ConfigDocument, 'kind' | 'apiVersion' | 'name' | 'def'> {
  return {
    kind: s.kind,
    apiVersion: s.kind === V1ALPHA1 ? '' : s.apiVersion,
    name: s.name,
    def: { kind: s.kind, type: '', named: s.name !== undefined, redacts: false },
  };
}

/** Loads a base config (strict: no deletes, no duplicates). An empty file is an empty config. */
export function loadConfig(
  text: string,
  file: string,
  contract?: Contract,
  parsed?: YDocument[],
): ConfigDocument[] {
  const docs = decodeConfig(parsed ?? parseYamlDocuments(text, file), { file, contract });
  checkContainer(docs, file);
  return docs;
}

/** Applies patches in order (Talos's configpatcher.Apply). */
export function applyPatches(
  state: ConfigState,
  patches: Patch[],
  file: string,
  contract?: Contract,
): ConfigState {
  let cur = state;
  // documents this loop made (a merge's copy, a decoded text) are its own: merged into in place, as
  // copying a whole config for every patch of every node is most of what patching costs
  let owned = false;
  for (const p of patches) {
    if (p.type === 'json') {
      owned = false;
      const text = cur.text ?? encodeConfig(cur.docs!, contract);
      try {
        cur = { text: json6902(text, p.ops) };
      } catch (e) {
        // the patch that cannot apply is the place to fix
        if (e instanceof JsonPatchError && !e.file)
          throw new JsonPatchError(e.message, { file: p.source, line: p.line ?? 1 });
        throw e;
      }
    } else {
      if (cur.docs && !owned) cur = { docs: strategicMerge(cur.docs, p, contract) };
      else cur = { docs: mergeInto(cur.docs ?? loadConfig(cur.text!, file, contract), p, contract) };
      owned = true;
    }
  }
  return cur;
}

/** The bytes of a patched config, as `talosctl machineconfig patch` writes them. */
export function stateText(state: ConfigState, contract?: Contract): string {
  return state.text ?? encodeConfig(state.docs!, contract);
}

export { ConfigDecodeError };
