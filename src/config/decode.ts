/**
 * Talos's strict config loader: YAML documents → typed documents, guided by the model. Unknown
 * fields, unknown kinds, wrong types and duplicate documents are errors, each naming the file, line
 * and field (with a "did you mean" for typos). No semantic validation happens here.
 */

import { TalosGitopsError } from '../errors.js';
import { type SecretCursor, secretCursor } from '../kinds/index.js';
import { V1ALPHA1_DOCUMENT_KEYS } from '../kinds/v1alpha1/document-keys.js';
import {
  allKinds,
  type Contract,
  existsIn,
  type FieldDef,
  type KindDef,
  kindDef,
  structInfo,
  type TypeExpr,
  V1ALPHA1,
} from '../model/model.js';
import { suggest } from '../util/suggest.js';
import {
  hideTree,
  isNullScalar,
  mapGet,
  scalarText,
  type YDocument,
  type YMap,
  type YNode,
} from '../yaml/ynode.js';
import { CODECS, CodecError } from './codecs.js';
import { type ConfigDocument, documentId, documentLabel } from './document.js';
import { decodeScalar, describeNode, isNullNode } from './scalars.js';
import { type Arr, newObj, type Obj, type Origin, setIndexOrigin, setOrigin } from './tree.js';

export interface DecodeIssue {
  message: string;
  file: string;
  line?: number;
  field?: string;
  /** The validation rule the problem breaks (`schema/type`, `schema/unknown-field`, …), when known. */
  rule?: string;
}

/** One or more problems found while loading a config; `message` is the first, `describe()` lists all. */
export class ConfigDecodeError extends TalosGitopsError {
  override name = 'ConfigDecodeError';
  constructor(readonly issues: DecodeIssue[]) {
    const first = issues[0]!;
    super(first.message, { file: first.file, line: first.line, field: first.field });
  }

  override describe(): string {
    return this.issues
      .map((i) => `${i.file}${i.line ? `:${i.line}` : ''}: ${i.field ? `${i.field}: ` : ''}${i.message}`)
      .join('\n');
  }
}

export interface DecodeOptions {
  file: string;
  /** The version contract whose fields are accepted; omitted = any supported contract's fields. */
  contract?: Contract;
  /** Record each value's file and line (off for generated documents, which have no source line). */
  trackOrigins?: boolean;
}

/** How a YAML document is identified before decoding: legacy v1alpha1 or apiVersion/kind/name. */
export function classifyDocument(
  root: YMap,
  file: string,
  line: number | undefined,
  contract?: Contract,
): { def: KindDef; kind: string; apiVersion: string; name?: string } {
  const kind = scalarText(mapGet(root, 'kind'));
  const apiVersion = scalarText(mapGet(root, 'apiVersion'));
  if (kind === undefined || kind === '') {
    if (root.entries.some((e) => V1ALPHA1_DOCUMENT_KEYS.includes(e.key.text))) {
      return { def: kindDef(V1ALPHA1)!, kind: V1ALPHA1, apiVersion: '' };
    }
    throw new TalosGitopsError('missing kind', { file, line });
  }
  if (apiVersion === undefined || apiVersion === '')
    throw new TalosGitopsError('missing apiVersion', { file, line });
  const def = kindDef(kind);
  if (!def || def.kind === V1ALPHA1 || apiVersion !== 'v1alpha1' || !existsIn(def, contract)) {
    const known = suggest(
      kind,
      allKinds().map((k) => k.kind),
    );
    let hint = '';
    if (def && !existsIn(def, contract))
      hint = ` (${kind} exists from Talos ${def.since}, not in ${contract})`;
    else if (known && known !== kind) hint = ` (did you mean ${known}?)`;
    throw new TalosGitopsError(
      `${JSON.stringify(kind)} ${JSON.stringify(apiVersion)}: not registered${hint}`,
      {
        file,
        line,
        field: 'kind',
      },
    );
  }
  const name = def.named ? (scalarText(mapGet(root, 'name')) ?? '') : undefined;
  return { def, kind, apiVersion, name };
}

/** Problems listed per document; past that they are counted (a hostile file can hold millions). */
const MAX_ISSUES = 50;

class Decoder {
  readonly issues: DecodeIssue[] = [];
  /** Problems found beyond MAX_ISSUES. */
  more = 0;
  /** Where the field being decoded stands in the kind's secret paths (`[]` for list items). */
  private readonly cursors: SecretCursor[];
  constructor(
    private readonly opts: DecodeOptions,
    kind = '',
  ) {
    this.cursors = [secretCursor(kind)];
  }

  /** Decodes a child value one path segment down. */
  private child(seg: string, n: YNode, t: TypeExpr, path: string, field?: FieldDef): unknown {
    const here = this.cursors[this.cursors.length - 1]!.step(seg);
    this.cursors.push(here);
    try {
      // the value of a secret field is never quoted in a message, whatever file it came from
      if (here.secret || here.param) hideTree(n);
      return this.value(n, t, path, field);
    } finally {
      this.cursors.pop();
    }
  }

  private origin(n: YNode): Origin | undefined {
    return this.opts.trackOrigins === false ? undefined : { file: this.opts.file, line: n.pos?.line };
  }

  issue(message: string, n: YNode | undefined, field: string, rule = 'schema/type') {
    if (this.issues.length >= MAX_ISSUES) {
      this.more++;
      return;
    }
    this.issues.push({ message, file: this.opts.file, line: n?.pos?.line, field: field || undefined, rule });
  }

  struct(n: YNode, ref: string, path: string): Obj | undefined {
    if (isNullNode(n)) return undefined;
    if (n.t !== 'map') {
      this.issue(`expected a mapping, got ${describeNode(n)}`, n, path);
      return undefined;
    }
    const info = structInfo(ref, this.opts.contract);
    const out = newObj();
    for (const e of n.entries) {
      const key = e.key.text;
      const f = info.byName.get(key);
      const fieldPath = path ? `${path}.${key}` : key;
      if (!f) {
        this.unknownField(ref, key, e.key, fieldPath);
        continue;
      }
      const v = this.child(key, e.value, f.type, fieldPath, f);
      if (v !== undefined) {
        out[key] = v;
        setOrigin(out, key, this.origin(e.key));
      }
    }
    return out;
  }

  private unknownField(ref: string, key: string, n: YNode, path: string) {
    if (this.issues.length >= MAX_ISSUES) {
      this.more++;
      return;
    }
    const contract = this.opts.contract;
    const info = structInfo(ref, contract);
    // a field that exists in another contract deserves a clearer message than a typo
    const any = structInfo(ref).byName.get(key);
    if (any && contract) {
      const when = any.since ? `from Talos ${any.since}` : `until Talos ${any.until}`;
      this.issue(
        `unknown field ${JSON.stringify(key)}: it exists ${when}, not in ${contract}`,
        n,
        path,
        'schema/unknown-field',
      );
      return;
    }
    const guess = suggest(key, info.byName.keys());
    this.issue(
      `unknown field ${JSON.stringify(key)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}`,
      n,
      path,
      'schema/unknown-field',
    );
  }

  value(n: YNode, t: TypeExpr, path: string, field?: FieldDef): unknown {
    switch (t.k) {
      case 'scalar': {
        if (isNullNode(n)) return undefined;
        const r = decodeScalar(n, t.s);
        if (!r.ok) {
          this.issue(r.message, n, path, /out of range/.test(r.message) ? 'schema/range' : 'schema/type');
          return undefined;
        }
        // value (non-pointer) zero scalars are indistinguishable from absent ones
        if (!t.ptr && (r.value === '' || r.value === 0 || r.value === false)) return undefined;
        return r.value;
      }
      case 'struct': {
        if (t.empty) return isNullNode(n) ? undefined : newObj();
        const v = this.struct(n, t.ref, path);
        if (v && t.ref === 'v1alpha1.ClusterInlineManifest' && typeof v.contents === 'string') {
          // Talos trims leading tabs and line breaks (not spaces) of inline manifest contents
          v.contents = v.contents.replace(/^[\t\n\v\f\r]+/, '');
          if (v.contents === '') delete v.contents;
        }
        return v;
      }
      case 'list': {
        if (isNullNode(n)) return undefined;
        if (n.t !== 'seq') {
          this.issue(`expected a list, got ${describeNode(n)}`, n, path);
          return undefined;
        }
        const out: Arr = [];
        n.items.forEach((item, i) => {
          const v = this.child('[]', item, t.of, `${path}[${i}]`);
          // go-yaml keeps zero items in place (a list of pointers gets nil entries)
          out.push(v === undefined ? zeroOf(t.of) : v);
          setIndexOrigin(out, i, this.origin(item));
        });
        return out;
      }
      case 'map': {
        if (isNullNode(n)) return undefined;
        if (n.t !== 'map') {
          this.issue(`expected a mapping, got ${describeNode(n)}`, n, path);
          return undefined;
        }
        const out = newObj();
        for (const e of n.entries) {
          const p = `${path}.${e.key.text}`;
          let v: unknown;
          if (isNullNode(e.value) && (t.of.ptr || t.of.k === 'map' || t.of.k === 'list')) v = null;
          else v = this.child(e.key.text, e.value, t.of, p);
          out[e.key.text] = v === undefined ? zeroOf(t.of) : v;
          setOrigin(out, e.key.text, this.origin(e.key));
        }
        return out;
      }
      case 'special': {
        try {
          return CODECS[t.name].decode(n, (x) => this.origin(x));
        } catch (e) {
          if (e instanceof CodecError) {
            this.issue(e.message, n, path);
            return undefined;
          }
          throw e;
        }
      }
    }
    void field;
  }
}

/** The zero value stored for a list item or map value that decoded to nil/zero. */
function zeroOf(t: TypeExpr): unknown {
  if (t.ptr) return null;
  if (t.k === 'scalar') return t.s === 'string' ? '' : t.s === 'bool' ? false : 0;
  if (t.k === 'struct') return newObj();
  return null;
}

/** Decodes one YAML document. `root` must be non-empty. */
export function decodeDocument(doc: YDocument, opts: DecodeOptions): ConfigDocument {
  const root = doc.root;
  const line = doc.pos?.line;
  if (root?.t !== 'map') {
    throw new ConfigDecodeError([
      {
        message: `a config document must be a mapping, got ${root ? describeNode(root) : 'nothing'}`,
        file: opts.file,
        line,
      },
    ]);
  }
  const id = classifyDocument(root, opts.file, line, opts.contract);
  const d = new Decoder(opts, id.kind);
  const body = d.struct(root, id.def.type, '') ?? newObj();
  if (d.issues.length > 0) {
    const label = documentLabel(id);
    if (d.more > 0) {
      const last = d.issues[d.issues.length - 1]!;
      d.issues.push({
        file: last.file,
        line: last.line,
        message: `and ${d.more} more problem${d.more === 1 ? '' : 's'} in this document`,
      });
    }
    throw new ConfigDecodeError(d.issues.map((i) => ({ ...i, message: `${label}: ${i.message}` })));
  }
  return { ...id, body, file: opts.file, line };
}

/**
 * Decodes a whole config (every non-empty document). Duplicate identities are refused unless
 * `allowDuplicates` (patches may repeat an identity).
 */
export function decodeConfig(
  docs: YDocument[],
  opts: DecodeOptions & { allowDuplicates?: boolean },
): ConfigDocument[] {
  const out: ConfigDocument[] = [];
  const seen = new Map<string, number | undefined>();
  const issues: DecodeIssue[] = [];
  for (const yd of docs) {
    if (!yd.root || isNullScalar(yd.root)) continue;
    try {
      const doc = decodeDocument(yd, opts);
      const id = documentId(doc);
      if (!opts.allowDuplicates && seen.has(id)) {
        issues.push({
          // Talos's container wording: `duplicate v1alpha1.Config`, `duplicate document: Kind/name`
          message: `${doc.kind === 'v1alpha1' ? 'duplicate v1alpha1.Config' : `duplicate document: ${doc.kind}/${doc.name ?? ''}`} (first at line ${seen.get(id) ?? '?'})`,
          file: opts.file,
          line: yd.pos?.line,
        });
        continue;
      }
      seen.set(id, yd.pos?.line);
      out.push(doc);
    } catch (e) {
      if (e instanceof ConfigDecodeError) issues.push(...e.issues);
      else if (e instanceof TalosGitopsError) {
        issues.push({ message: e.message, file: e.file ?? opts.file, line: e.line, field: e.field });
      } else throw e;
    }
  }
  if (issues.length > 0) throw new ConfigDecodeError(issues);
  return out;
}
