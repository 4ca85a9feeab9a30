/**
 * JSON Schemas of Talos config documents, generated from the typed model for one kind and version
 * contract: object shapes with `additionalProperties: false`, Go integer ranges, the required keys and
 * text-enum values Talos publishes, and `x-*` keywords that check Go's YAML decoding of scalars and
 * special types with the same code the decoder uses (see keywords.ts).
 */
import {
  type Contract,
  type KindDef,
  type ScalarKind,
  structInfo,
  type TypeExpr,
  V1ALPHA1,
} from '../../model/model.js';
import { enumFact, requiredKeys } from '../facts.js';

export type JsonSchema = Record<string, unknown>;

const INT_BOUNDS: Partial<Record<ScalarKind, [number, number | undefined]>> = {
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint8: [0, 255],
  uint16: [0, 65535],
  uint32: [0, 2 ** 32 - 1],
  uint: [0, undefined],
  uint64: [0, undefined],
};

/** Special types whose YAML form is a mapping (the rest are scalars). */
const OBJECT_SPECIALS = new Set(['args', 'unstructured', 'certkey', 'cert', 'key']);

class Builder {
  readonly defs: Record<string, JsonSchema> = {};
  constructor(readonly contract: Contract) {}

  struct(ref: string): JsonSchema {
    if (!this.defs[ref]) {
      const def: JsonSchema = { type: ['object', 'null'], additionalProperties: false, 'x-struct': ref };
      this.defs[ref] = def; // registered before filling, for recursive types
      const properties: Record<string, JsonSchema> = {};
      for (const f of structInfo(ref, this.contract).fields) {
        if (f.name === '') continue;
        properties[f.name] = this.type(f.type);
      }
      def.properties = properties;
      const required = requiredKeys(ref, this.contract).filter((k) => k in properties);
      if (required.length > 0) def.required = [...required];
    }
    return { $ref: `#/$defs/${ref}` };
  }

  type(t: TypeExpr): JsonSchema {
    switch (t.k) {
      case 'scalar':
        return scalarSchema(t.s);
      case 'struct':
        return t.empty ? {} : this.struct(t.ref);
      case 'list':
        return { type: ['array', 'null'], items: this.type(t.of) };
      case 'map':
        return { type: ['object', 'null'], additionalProperties: this.type(t.of) };
      case 'special': {
        const s: JsonSchema = { 'x-codec': t.name };
        if (OBJECT_SPECIALS.has(t.name)) s.type = ['object', 'null'];
        if (t.name === 'certkey' || t.name === 'cert' || t.name === 'key') {
          const keys = t.name === 'certkey' ? ['crt', 'key'] : [t.name === 'cert' ? 'crt' : 'key'];
          s.properties = Object.fromEntries(keys.map((k) => [k, { type: ['string', 'null'] }]));
          s.additionalProperties = false;
        }
        if (t.name === 'text' && t.go) {
          const e = enumFact(t.go, this.contract);
          if (e) s['x-enum'] = { type: t.go, values: e.values, ci: e.ci };
        }
        return s;
      }
    }
  }
}

function scalarSchema(kind: ScalarKind): JsonSchema {
  if (kind === 'string') return { type: ['string', 'number', 'boolean', 'null'] };
  if (kind === 'bool') return { type: ['boolean', 'string', 'null'], 'x-scalar': kind };
  if (kind === 'float32' || kind === 'float64') return { type: ['number', 'null'], 'x-scalar': kind };
  const s: JsonSchema = { type: ['integer', 'null'], 'x-scalar': kind };
  const b = INT_BOUNDS[kind];
  if (b) {
    s.minimum = b[0];
    if (b[1] !== undefined) s.maximum = b[1];
  }
  return s;
}

/** The schema of one document kind in one contract. */
export function kindSchema(kind: KindDef, contract: Contract): JsonSchema {
  const b = new Builder(contract);
  b.struct(kind.type);
  const root = { ...b.defs[kind.type]! };
  const props = { ...(root.properties as Record<string, JsonSchema>) };
  if (kind.kind === V1ALPHA1) {
    props.version = { enum: ['v1alpha1'] };
  } else {
    props.apiVersion = { enum: ['v1alpha1'] };
    props.kind = { enum: [kind.kind] };
    root.required = ['apiVersion', 'kind', ...((root.required as string[] | undefined) ?? [])];
  }
  root.properties = props;
  root.type = 'object';
  return { ...root, $defs: b.defs };
}
