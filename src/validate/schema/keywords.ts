/**
 * The keywords that tie the schema to Talos's YAML decoding:
 * `x-scalar` (a Go scalar kind), `x-codec` (a special type's codec), `x-enum` (a Go text enum). When the
 * document came from YAML text, these check the original YAML node (quoting and spelling matter, as in
 * go-yaml); for already decoded documents the decoder has done that, and only `x-enum` still applies.
 */
import type { ErrorObject, SchemaValidateFunction } from 'ajv';
import { CODECS, CodecError } from '../../config/codecs.js';
import { decodeScalar } from '../../config/scalars.js';
import type { ScalarKind, SpecialName } from '../../model/model.js';
import type { YNode } from '../../yaml/ynode.js';

/** YAML nodes by JSON pointer, while a document from text is being validated. */
let currentNodes: Map<string, YNode> | undefined;

export function withNodes<T>(nodes: Map<string, YNode> | undefined, fn: () => T): T {
  const prev = currentNodes;
  currentNodes = nodes;
  try {
    return fn();
  } finally {
    currentNodes = prev;
  }
}

type Validate = SchemaValidateFunction & { errors?: Partial<ErrorObject>[] };

function fail(v: Validate, keyword: string, message: string, params: Record<string, unknown> = {}): boolean {
  v.errors = [{ keyword, message, params }];
  return false;
}

const scalarKeyword: Validate = function scalar(schema, _data, _parent, cxt) {
  const node = currentNodes?.get(cxt?.instancePath ?? '');
  if (node?.t !== 'scalar') return true;
  const r = decodeScalar(node, schema as ScalarKind);
  return r.ok ? true : fail(scalar, 'x-scalar', r.message);
};

const codecKeyword: Validate = function codec(schema, data, _parent, cxt) {
  const node = currentNodes?.get(cxt?.instancePath ?? '');
  if (!node || data === null) return true;
  try {
    CODECS[schema as SpecialName].decode(node);
    return true;
  } catch (e) {
    if (e instanceof CodecError) return fail(codec, 'x-codec', e.message);
    throw e;
  }
};

const enumKeyword: Validate = function enumCheck(schema, data, _parent, cxt) {
  if (data === null || data === undefined || data === '') return true;
  const s = schema as { values: string[]; ci: boolean; type: string };
  const node = currentNodes?.get(cxt?.instancePath ?? '');
  const text = node?.t === 'scalar' ? node.text : typeof data === 'object' ? undefined : String(data);
  if (text === undefined || text === '') return true;
  const ok = s.values.includes(text) || (s.ci && s.values.includes(text.toLowerCase()));
  return ok ? true : fail(enumCheck, 'x-enum', 'not an allowed value', { value: text, allowed: s.values });
};

/** The custom keywords, in the order they are added to ajv (its order of evaluation). */
export const CUSTOM_KEYWORDS: ReadonlyArray<readonly [string, Validate]> = [
  ['x-scalar', scalarKeyword],
  ['x-codec', codecKeyword],
  ['x-enum', enumKeyword],
];
