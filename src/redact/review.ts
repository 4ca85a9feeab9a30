/**
 * The reviewable form of a rendered config: the canonical YAML with every secret replaced by a marker —
 * values at Talos secret paths, values that came from a SOPS file, and any value the secret registry
 * knows. When a base render is given, a secret that differs from it is marked as changed; nothing
 * derived from a secret's value (no hash, no length) ever appears.
 */
import type { ConfigDocument } from '../config/document.js';
import { encodeConfig } from '../config/encode.js';
import { type Obj, originOf, shallowCopy } from '../config/tree.js';
import { formatGoURL, type GoURL } from '../go/url.js';
import { type SecretCursor, secretCursor } from '../kinds/index.js';
import type { Contract } from '../model/model.js';
import type { SecretRegistry } from '../secrets/registry.js';

export const SECRET_MARK = '(secret)';
export const SECRET_CHANGED_MARK = '(secret, changed)';

const SOPS_ORIGIN = /\.sops\.(ya?ml|json)/;

export interface ReviewOptions {
  registry: SecretRegistry;
  /** The same node's documents at the base side, to mark changed secrets. */
  base?: ConfigDocument[];
  contract?: Contract;
}

export interface ReviewText {
  text: string;
  /** Secret paths whose value differs from the base (`Kind:path`). */
  changedSecrets: string[];
}

type Visit = (path: string, value: string) => string | undefined;

/** Collects the secret leaves of documents: `doc-id:path` → value. */
export function secretLeaves(docs: ConfigDocument[], registry: SecretRegistry): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of docs) {
    transform(d, registry, (path, value) => {
      out.set(path, value);
      return undefined;
    });
  }
  return out;
}

function docPrefix(d: ConfigDocument): string {
  return d.def.named ? `${d.kind}/${d.name}` : d.kind;
}

/**
 * Walks a document's values; `visit` is called for every secret leaf with a stable path and its value,
 * and may return a replacement. Returns a transformed copy of the body (or undefined when unchanged).
 */
function transform(d: ConfigDocument, registry: SecretRegistry, visit: Visit): Obj {
  const prefix = docPrefix(d);
  // the path of the value being walked, kept as stacks (every leaf of every node passes through here;
  // the path's text is made only for the secret ones): where it stands in the kind's secret paths,
  // and the pieces of `a.b[0].c`, with the text's length so far
  const cursors: SecretCursor[] = [secretCursor(d.kind)];
  const pieces: string[] = [];
  const lengths: number[] = [0];
  const pathText = () => pieces.join('');
  const enter = (seg: string, piece: string) => {
    cursors.push(cursors[cursors.length - 1]!.step(seg));
    const p = seg === '[]' || lengths[lengths.length - 1] === 0 ? piece : `.${piece}`;
    pieces.push(p);
    lengths.push(lengths[lengths.length - 1]! + p.length);
  };
  const leave = () => {
    cursors.pop();
    pieces.pop();
    lengths.pop();
  };
  const walk = (value: unknown, fromSops: boolean): unknown => {
    if (Array.isArray(value)) {
      let changed = false;
      const out = value.map((item, i) => {
        const sops = fromSops || SOPS_ORIGIN.test(originOf(value, i)?.file ?? '');
        enter('[]', `[${i}]`);
        const r = walk(item, sops);
        leave();
        if (r !== item) changed = true;
        return r;
      });
      return changed ? out : value;
    }
    if (value && typeof value === 'object') {
      if ('rawQuery' in value && 'scheme' in value) {
        const param = cursors[cursors.length - 1]!.param;
        const u = value as GoURL;
        if (!param && !fromSops) return value;
        if (fromSops) {
          const r = visit(pathText(), formatGoURL(u));
          return r === undefined
            ? value
            : Object.freeze({ ...u, rawQuery: '', host: r, path: '', scheme: '', user: '' });
        }
        const params = new URLSearchParams(u.rawQuery);
        const secret = params.get(param!);
        if (!secret) return value;
        const r = visit(`${pathText()}?${param}`, secret);
        if (r === undefined) return value;
        params.set(param!, r);
        return Object.freeze({
          ...u,
          rawQuery: params.toString().replaceAll('%28', '(').replaceAll('%29', ')').replaceAll('+', ' '),
        });
      }
      const src = value as Obj;
      let out: Obj | undefined;
      for (const k of Object.keys(src)) {
        const sops = fromSops || SOPS_ORIGIN.test(originOf(src, k)?.file ?? '');
        enter(k, k);
        const r = walk(src[k], sops);
        leave();
        if (r !== src[k]) {
          // a level copied, its other values shared: the copy is only ever encoded
          if (!out) out = Object.isFrozen(src) ? ({ ...src } as Obj) : shallowCopy(src);
          out[k] = r;
        }
      }
      if (!out) return value;
      return Object.isFrozen(src) ? Object.freeze(out) : out;
    }
    if (value === undefined || value === null || value === '') return value;
    const text = String(value);
    const secret =
      fromSops || cursors[cursors.length - 1]!.secret || (typeof value === 'string' && registry.has(text));
    if (!secret) return value;
    const r = visit(`${prefix}:${pathText()}`, text);
    return r === undefined ? value : r;
  };
  return walk(d.body, false) as Obj;
}

/** The node's canonical YAML with secrets replaced by markers. */
export function reviewText(docs: ConfigDocument[], opts: ReviewOptions): ReviewText {
  const baseSecrets = opts.base ? secretLeaves(opts.base, opts.registry) : undefined;
  const changed: string[] = [];
  const redacted = docs.map((d) => ({
    ...d,
    body: transform(d, opts.registry, (path, value) => {
      const before = baseSecrets?.get(path);
      if (baseSecrets && before !== value) {
        changed.push(path);
        return SECRET_CHANGED_MARK;
      }
      return SECRET_MARK;
    }),
  }));
  // callers pass whatever of this text they show (a diff) through the registry's text redactor too:
  // the safety net for a secret that landed somewhere unexpected
  return { text: encodeConfig(redacted, opts.contract), changedSecrets: changed };
}
