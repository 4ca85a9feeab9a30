/**
 * Schema validation of one document: builds (once per kind and contract) the schema generated from
 * the model, checks the document against it (interpret.ts) and turns ajv's errors into findings — unknown fields with a "did you mean", wrong types,
 * text-enum values, ranges, and keys Talos's schema requires. Values of secret fields never appear.
 */
import type { ErrorObject } from 'ajv';
import type { ConfigDocument } from '../../config/document.js';
import { isSecretPath, secretQueryParam } from '../../kinds/index.js';
import { type Contract, type KindDef, structInfo } from '../../model/model.js';
import { suggest } from '../../util/suggest.js';
import type { Issue } from '../issue.js';
import type { Seg } from '../paths.js';
import { kindSchema } from './build.js';
import { interpretSchema, type SchemaValidator } from './interpret.js';
import { withNodes } from './keywords.js';
import { type PlainFromYaml, parsePointer, plainFromDecoded, pointerSeg } from './plain.js';

const compiled = new Map<string, SchemaValidator>();

export function validatorFor(kind: KindDef, contract: Contract): SchemaValidator {
  const key = `${kind.kind}@${contract}`;
  let v = compiled.get(key);
  if (!v) {
    v = interpretSchema(kindSchema(kind, contract));
    compiled.set(key, v);
  }
  return v;
}

/** A schema issue; `line` is known when the document came from YAML text. */
export interface SchemaIssue extends Issue {
  segs: Seg[];
  line?: number;
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  null: 'nothing',
};

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function describeValue(v: unknown): string {
  if (v === null || typeof v === 'object') return TYPE_NAMES[jsonType(v)] ?? 'a value';
  const s = String(v);
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}...` : s);
}

/** Segments with list indexes turned into `[]`, as the secret-path table writes them. */
function secretSegs(segs: readonly Seg[]): string[] {
  return segs.map((s) => (typeof s === 'number' ? '[]' : s));
}

function unknownFieldMessage(key: string, parent: Record<string, unknown>, contract: Contract): string {
  const ref = parent['x-struct'] as string | undefined;
  if (ref) {
    const any = structInfo(ref).byName.get(key);
    if (any) {
      const when = any.since ? `from Talos ${any.since}` : `until Talos ${any.until}`;
      return `unknown field ${JSON.stringify(key)}: it exists ${when}, not in ${contract}`;
    }
  }
  const known = Object.keys((parent.properties as Record<string, unknown> | undefined) ?? {});
  const guess = suggest(key, known);
  return `unknown field ${JSON.stringify(key)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}`;
}

/** Pointer segments as a path: list positions become numbers (map keys stay strings, even `"80"`). */
function segsOf(ptr: string, data: unknown): Seg[] {
  const out: Seg[] = [];
  let cur = data;
  for (const s of parsePointer(ptr)) {
    const key = Array.isArray(cur) ? Number(s) : String(s);
    out.push(key);
    cur = (cur as Record<string | number, unknown> | undefined)?.[key];
  }
  return out;
}

function toIssues(
  errors: ErrorObject[],
  kindName: string,
  contract: Contract,
  data: unknown,
  text?: PlainFromYaml,
): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  // a decoding keyword's message is more precise than the plain type error at the same place
  const decodingErrorAt = new Set(
    errors.filter((e) => e.keyword === 'x-scalar' || e.keyword === 'x-codec').map((e) => e.instancePath),
  );
  const lineOf = (ptr: string) => text?.keys.get(ptr)?.pos?.line ?? text?.nodes.get(ptr)?.pos?.line;
  const valueAt = (ptr: string) => parsePointer(ptr).reduce<unknown>((v, s) => (v as never)?.[s], data);
  for (const e of errors) {
    const segs = segsOf(e.instancePath, data);
    const secret =
      isSecretPath(kindName, secretSegs(segs)) || secretQueryParam(kindName, secretSegs(segs)) !== undefined;
    const add = (
      rule: string,
      severity: Issue['severity'],
      message: string,
      at = segs,
      ptr = e.instancePath,
    ) => out.push({ rule, severity, message, segs: at, line: lineOf(ptr) });
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = (e.params as { additionalProperty: string }).additionalProperty;
        const ptr = `${e.instancePath}/${pointerSeg(key)}`;
        const parent = (e.parentSchema ?? {}) as Record<string, unknown>;
        add('schema/unknown-field', 'error', unknownFieldMessage(key, parent, contract), [...segs, key], ptr);
        break;
      }
      case 'required': {
        const key = (e.params as { missingProperty: string }).missingProperty;
        add('schema/required', 'warning', `missing ${JSON.stringify(key)}, which Talos's schema requires`);
        break;
      }
      case 'type': {
        if (decodingErrorAt.has(e.instancePath)) break;
        const want = ([] as string[])
          .concat((e.params as { type: string | string[] }).type)
          .filter((t) => t !== 'null')
          .map((t) => TYPE_NAMES[t] ?? t);
        const got = secret ? 'a value' : describeValue(valueAt(e.instancePath));
        add('schema/type', 'error', `expected ${[...new Set(want)].join(' or ')}, got ${got}`);
        break;
      }
      case 'x-scalar':
      case 'x-codec':
        add(
          'schema/type',
          'error',
          secret ? 'invalid value for this secret field (value not shown)' : (e.message ?? 'invalid value'),
        );
        break;
      case 'x-enum': {
        const p = e.params as { value: string; allowed: string[] };
        const allowed =
          p.allowed.length > 12 ? `${p.allowed.slice(0, 12).join(', ')}, ...` : p.allowed.join(', ');
        add('schema/enum', 'error', `${JSON.stringify(p.value)} is not one of: ${allowed}`);
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
        add(
          'schema/enum',
          'error',
          `expected ${allowed.join(' or ')}, got ${describeValue(valueAt(e.instancePath))}`,
        );
        break;
      }
      case 'minimum':
      case 'maximum': {
        const limit = (e.params as { limit: number }).limit;
        const v = valueAt(e.instancePath);
        add(
          'schema/range',
          'error',
          `${v} is out of range (${e.keyword === 'minimum' ? 'at least' : 'at most'} ${limit})`,
        );
        break;
      }
      default:
        add('schema/invalid', 'error', e.message ?? 'invalid value');
    }
  }
  return out;
}

/** Validates a document parsed from YAML text. */
export function validatePlainDocument(
  kind: KindDef,
  contract: Contract,
  plain: PlainFromYaml,
): SchemaIssue[] {
  const validate = validatorFor(kind, contract);
  const ok = withNodes(plain.nodes, () => validate(plain.value));
  return ok ? [] : toIssues(validate.errors ?? [], kind.kind, contract, plain.value, plain);
}

/** Validates a decoded document (types are already checked by the decoder: enums, ranges, required). */
export function validateDecodedDocument(doc: ConfigDocument, contract: Contract): SchemaIssue[] {
  const plain = plainFromDecoded(doc.body, { k: 'struct', ref: doc.def.type }, contract);
  const validate = validatorFor(doc.def, contract);
  const ok = withNodes(undefined, () => validate(plain));
  if (ok) return [];
  return toIssues(validate.errors ?? [], doc.kind, contract, plain).map((i) => ({ ...i, doc }));
}
