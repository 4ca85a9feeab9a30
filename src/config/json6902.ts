/**
 * RFC 6902 JSON patches on a single-document config, the way Talos applies them: the config bytes are
 * read as YAML into JSON (ghodss/yaml over yaml.v2), patched, and written back as yaml.v2 YAML
 * (2-space indent, sorted keys, list items not indented) — that text is the result.
 */
import YAML from 'yaml';
import { TalosGitopsError } from '../errors.js';
import { type ENode, emitDocument, scalar } from '../yaml/emitter.js';
import { formatGoFloat, goSortKeys, isBase60Float, resolvePlain } from '../yaml/go-scalar.js';

export interface JsonPatchOp {
  op: string;
  path?: unknown;
  from?: unknown;
  value?: unknown;
  [k: string]: unknown;
}

export class JsonPatchError extends TalosGitopsError {
  override name = 'JsonPatchError';
}

/** How many YAML documents a byte string holds (as go-yaml's decoder counts them). */
export function countYamlDocuments(text: string): number {
  const docs = YAML.parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [docs];
  for (const d of list) {
    if (d.errors.length > 0)
      throw new JsonPatchError(
        `failure decoding talos machine config: ${d.errors[0]!.message.split('\n')[0]}`,
      );
  }
  return list.length;
}

/** yaml.v2 reads YAML 1.1 (yes/no booleans, sexagesimals) — the yaml package's 1.1 schema does too. */
function yamlToJson(text: string): unknown {
  const doc = YAML.parseDocument(text, { version: '1.1', uniqueKeys: false });
  if (doc.errors.length > 0)
    throw new JsonPatchError(
      `failure converting talos machine config to json: ${doc.errors[0]!.message.split('\n')[0]}`,
    );
  // the text is the engine's own render, which has no aliases: any expansion is bounded (the yaml
  // package's default count) and a bomb is refused, not expanded
  try {
    return toJsonable(doc.toJS({ maxAliasCount: 100 }));
  } catch (e) {
    throw new JsonPatchError(
      `failure converting talos machine config to json: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
  }
}

/** ghodss turns every map key into a string and keeps numbers as numbers. */
function toJsonable(v: unknown): unknown {
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, val] of v) o[String(k)] = toJsonable(val);
    return o;
  }
  if (Array.isArray(v)) return v.map(toJsonable);
  if (v instanceof Date) return v.toISOString().replace('.000Z', 'Z');
  if (typeof v === 'bigint') return Number(v);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) o[k] = toJsonable(val);
    return o;
  }
  return v;
}

function decodePointer(path: unknown, what: string): string[] {
  if (typeof path !== 'string') throw new Error(`${what} is missing or not a string`);
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error(`invalid JSON pointer ${JSON.stringify(path)}`);
  return path
    .slice(1)
    .split('/')
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
}

type Container = Record<string, unknown> | unknown[];

function parentOf(
  doc: unknown,
  parts: string[],
  op: string,
  path: string,
): { parent: Container; key: string } {
  let cur: unknown = doc;
  for (const p of parts.slice(0, -1)) {
    if (Array.isArray(cur)) {
      const i = Number(p);
      if (!/^\d+$/.test(p) || i >= cur.length)
        throw new Error(`${op} operation does not apply: doc is missing path: "${path}"`);
      cur = cur[i];
    } else if (cur && typeof cur === 'object') {
      if (!(p in (cur as object)))
        throw new Error(`${op} operation does not apply: doc is missing path: "${path}"`);
      cur = (cur as Record<string, unknown>)[p];
    } else throw new Error(`${op} operation does not apply: doc is missing path: "${path}"`);
  }
  if (!cur || typeof cur !== 'object')
    throw new Error(`${op} operation does not apply: doc is missing path: "${path}"`);
  return { parent: cur as Container, key: parts[parts.length - 1]! };
}

function getAt(doc: unknown, parts: string[], op: string, path: string): unknown {
  if (parts.length === 0) return doc;
  const { parent, key } = parentOf(doc, parts, op, path);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!/^\d+$/.test(key) || i >= parent.length)
      throw new Error(`${op} operation does not apply: doc is missing key: "${path}"`);
    return parent[i];
  }
  if (!(key in parent)) throw new Error(`${op} operation does not apply: doc is missing key: "${path}"`);
  return parent[key];
}

function removeAt(doc: unknown, parts: string[], op: string, path: string): unknown {
  const { parent, key } = parentOf(doc, parts, op, path);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!/^\d+$/.test(key) || i >= parent.length)
      throw new Error(`${op} operation does not apply: doc is missing key: "${path}"`);
    return parent.splice(i, 1)[0];
  }
  if (!(key in parent)) throw new Error(`${op} operation does not apply: doc is missing key: "${path}"`);
  const v = parent[key];
  delete parent[key];
  return v;
}

function addAt(doc: unknown, parts: string[], value: unknown, path: string): unknown {
  if (parts.length === 0) return value;
  const { parent, key } = parentOf(doc, parts, 'add', path);
  if (Array.isArray(parent)) {
    if (key === '-') parent.push(value);
    else {
      const i = Number(key);
      if (!/^\d+$/.test(key) || i > parent.length)
        throw new Error(`add operation does not apply: index out of bounds: "${path}"`);
      parent.splice(i, 0, value);
    }
  } else parent[key] = value;
  return doc;
}

const clone = (v: unknown) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

export function applyJsonPatch(document: unknown, ops: JsonPatchOp[]): unknown {
  let doc = document;
  for (const o of ops) {
    const path = o.path as string;
    switch (o.op) {
      case 'add':
        if (!('value' in o)) throw new Error('add operation has no value');
        doc = addAt(doc, decodePointer(o.path, 'path'), clone(o.value), path);
        break;
      case 'remove':
        removeAt(doc, decodePointer(o.path, 'path'), 'remove', path);
        break;
      case 'replace': {
        const parts = decodePointer(o.path, 'path');
        if (parts.length === 0) {
          doc = clone(o.value);
          break;
        }
        getAt(doc, parts, 'replace', path);
        const { parent, key } = parentOf(doc, parts, 'replace', path);
        if (Array.isArray(parent)) parent[Number(key)] = clone(o.value);
        else parent[key] = clone(o.value);
        break;
      }
      case 'move': {
        const v = removeAt(doc, decodePointer(o.from, 'from'), 'move', String(o.from));
        doc = addAt(doc, decodePointer(o.path, 'path'), v, path);
        break;
      }
      case 'copy': {
        const v = getAt(doc, decodePointer(o.from, 'from'), 'copy', String(o.from));
        doc = addAt(doc, decodePointer(o.path, 'path'), clone(v), path);
        break;
      }
      case 'test': {
        const v = getAt(doc, decodePointer(o.path, 'path'), 'test', path);
        if (JSON.stringify(v) !== JSON.stringify(o.value))
          throw new Error(`testing value ${path} failed: test failed`);
        break;
      }
      default:
        throw new Error(`Unexpected kind: ${String(o.op)}`);
    }
  }
  return doc;
}

// yaml.v2 resolves these as booleans, so its encoder double-quotes such strings.
const V2_BOOLS = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  'on',
  'On',
  'ON',
  'off',
  'Off',
  'OFF',
]);

function v2String(s: string): ENode {
  if (s.includes('\n')) return scalar(s, 'literal');
  const resolvesAsString = !V2_BOOLS.has(s) && resolvePlain(s).tag === 'str' && !isBase60Float(s);
  return resolvesAsString ? scalar(s) : scalar(s, 'double');
}

function v2Node(v: unknown): ENode {
  if (v === null || v === undefined) return scalar('null');
  if (typeof v === 'string') return v2String(v);
  if (typeof v === 'boolean') return scalar(v ? 'true' : 'false');
  if (typeof v === 'number') return scalar(Number.isInteger(v) ? String(v) : formatGoFloat(v));
  if (Array.isArray(v)) return { k: 'seq', items: v.map(v2Node) };
  const o = v as Record<string, unknown>;
  return { k: 'map', entries: goSortKeys(Object.keys(o)).map((k) => [v2String(k), v2Node(o[k])]) };
}

/** ghodss.JSONToYAML of a JSON value: yaml.v2 layout. */
export function jsonToV2Yaml(v: unknown): string {
  const node = v2Node(v);
  if (node.k === 'map' && node.entries.length === 0) return '{}\n';
  if (node.k === 'seq' && node.items.length === 0) return '[]\n';
  return emitDocument(node, { indent: 2, indentlessSequences: true, width: 80 });
}

/** Applies a (joined) JSON patch to config bytes holding exactly one document. */
export function json6902(configText: string, ops: JsonPatchOp[]): string {
  if (countYamlDocuments(configText) !== 1) {
    throw new JsonPatchError('JSON6902 patches are not supported for multi-document machine configuration');
  }
  const json = yamlToJson(configText);
  let patched: unknown;
  try {
    patched = applyJsonPatch(json, ops);
  } catch (e) {
    throw new JsonPatchError(
      `failure applying rfc6902 patches to talos machine config: ${(e as Error).message}`,
    );
  }
  return jsonToV2Yaml(patched);
}
