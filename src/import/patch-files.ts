/**
 * Patch files from operations: one level's operations (cluster, role or node) become up to three files
 * applied in order — `<name>.reset.yaml` (what the next file replaces or re-adds is deleted first),
 * `<name>.yaml` (sets, deletes, added documents) and `<name>.secrets.sops.yaml` (operations whose values
 * are secret, SOPS-encrypted by the caller: a plain patch never carries a secret).
 */
import { encodeAny } from '../config/codecs.js';
import { goString } from '../config/scalars.js';
import { type ENode, emitDocument } from '../yaml/emitter.js';
import { isPlainMap, LEGACY, type Op, type Plain } from './config-diff.js';

export interface LevelPatches {
  reset?: string;
  main?: string;
  /** Plain YAML of the secret operations; the caller encrypts it. */
  secret?: string;
}

/** Whether a value holds a secret (any leaf the predicate flags). */
export function holdsSecret(value: unknown, isSecret: (text: string) => boolean): boolean {
  if (Array.isArray(value)) return value.some((v) => holdsSecret(v, isSecret));
  if (isPlainMap(value)) return Object.values(value).some((v) => holdsSecret(v, isSecret));
  return typeof value === 'string' && isSecret(value);
}

/**
 * The patch texts for one level. `headerOf` gives a document's identity keys (apiVersion, kind, name)
 * for multi-document kinds.
 */
export function levelPatches(
  ops: Op[],
  headerOf: (doc: string) => Plain,
  isSecret: (text: string) => boolean,
): LevelPatches {
  const readded = new Set(ops.filter((o) => o.op === 'add-doc').map((o) => o.doc));
  const reset: Op[] = [];
  const main: Op[] = [];
  const secret: Op[] = [];
  // added documents keep their order: after the first secret one, the rest follow it into the secret file
  let addingSecretly = false;
  for (const o of ops) {
    if (o.op === 'replace') reset.push({ doc: o.doc, path: o.path, op: 'delete' });
    if (o.op === 'delete-doc' && readded.has(o.doc)) {
      reset.push(o);
      continue;
    }
    const hidden = 'value' in o && holdsSecret(o.value, isSecret);
    if (o.op === 'add-doc' && hidden) addingSecretly = true;
    if (hidden || (o.op === 'add-doc' && addingSecretly)) secret.push(o);
    else main.push(o);
  }
  return {
    reset: patchText(reset, headerOf),
    main: patchText(main, headerOf),
    secret: patchText(secret, headerOf),
  };
}

const DELETE = { $patch: 'delete' };

function patchText(ops: Op[], headerOf: (doc: string) => Plain): string | undefined {
  if (ops.length === 0) return undefined;
  const docs = new Map<string, Plain>();
  const order: string[] = [];
  const docFor = (id: string): Plain => {
    let d = docs.get(id);
    if (!d) {
      d = {};
      docs.set(id, d);
      order.push(id);
    }
    return d;
  };
  for (const o of ops) {
    if (o.op === 'add-doc') {
      docs.set(`${o.doc}\u0000add`, o.value);
      order.push(`${o.doc}\u0000add`);
      continue;
    }
    if (o.op === 'delete-doc') {
      const key = `${o.doc}\u0000delete`;
      docs.set(key, { ...headerOf(o.doc), ...DELETE });
      order.push(key);
      continue;
    }
    const body = docFor(o.doc);
    setAt(body, o.path, o.op === 'delete' ? { ...DELETE } : o.value);
  }
  return order
    .map((key) => {
      const id = key.split('\u0000')[0]!;
      const body = docs.get(key)!;
      const header = key.includes('\u0000') || id === LEGACY ? {} : headerOf(id);
      return emitDocument(documentNode({ ...header, ...body }), { indent: 2 });
    })
    .join('---\n');
}

function setAt(root: Plain, path: string[], value: unknown): void {
  let cur = root;
  for (const k of path.slice(0, -1)) {
    if (!isPlainMap(cur[k])) cur[k] = {};
    cur = cur[k] as Plain;
  }
  cur[path[path.length - 1]!] = value;
}

/** A patch document with its identity keys first, the rest as Go would print a map. */
function documentNode(body: Plain): ENode {
  const first = ['apiVersion', 'kind', 'name'].filter((k) => k in body);
  const rest = encodeAny(Object.fromEntries(Object.entries(body).filter(([k]) => !first.includes(k))));
  const entries: Array<[ENode, ENode]> = first.map((k) => [goString(k), encodeAny(body[k])]);
  if (rest.k === 'map') entries.push(...rest.entries);
  return { k: 'map', entries };
}
