/**
 * JSON Schemas for editors, one per version contract, for patch files (schemas/patch/v1.1x.schema.json):
 * the validation schemas of every document kind (build.ts), made into what a patch may hold — nothing is
 * required but a document's identity (apiVersion and kind; name for named kinds), `$patch: delete` may
 * stand for any value, a list of JSON 6902 operations is a patch too — in plain draft-07 with standard
 * keywords only (the `x-*` checks of Go's YAML decoding stay in the validator), so yaml-language-server
 * and other editors complete and check patches as they are typed.
 */
import { type Contract, kindsIn, V1ALPHA1 } from '../../model/model.js';
import { type JsonSchema, kindSchema } from './build.js';

export const PATCH_SCHEMA_BASE =
  'https://raw.githubusercontent.com/talos-gitops/talos-gitops/v1/schemas/patch';

const DELETE: JsonSchema = {
  type: 'object',
  properties: { $patch: { const: 'delete', description: 'Deletes this key, list item or document.' } },
  required: ['$patch'],
};

const JSON6902: JsonSchema = {
  type: 'array',
  description: 'JSON 6902 operations (for a config of one document)',
  items: {
    type: 'object',
    required: ['op', 'path'],
    properties: {
      op: { enum: ['add', 'remove', 'replace', 'move', 'copy', 'test'] },
      path: { type: 'string' },
      from: { type: 'string' },
      value: {},
    },
    additionalProperties: false,
  },
};

/** The JSON Schema of a patch file for one contract. */
export function patchSchema(contract: Contract): JsonSchema {
  const definitions: Record<string, JsonSchema> = { delete: DELETE, json6902: JSON6902 };
  const kinds = kindsIn(contract);
  const branches: JsonSchema[] = [];
  for (const kind of kinds) {
    const schema = kindSchema(kind, contract);
    const { $defs, ...root } = schema as JsonSchema & { $defs: Record<string, JsonSchema> };
    for (const [ref, def] of Object.entries($defs)) definitions[ref] ??= relax(def);
    const id = kind.kind === V1ALPHA1 ? 'document:v1alpha1' : `document:${kind.kind}`;
    const doc = relax(root);
    const props = doc.properties as Record<string, JsonSchema>;
    if (kind.kind === V1ALPHA1) {
      props.version = { const: 'v1alpha1' };
    } else {
      props.apiVersion = { const: 'v1alpha1' };
      props.kind = { const: kind.kind };
      if (kind.named)
        props.name = { type: 'string', description: `Which ${kind.kind} document this patches.` };
      doc.required = kind.named ? ['apiVersion', 'kind', 'name'] : ['apiVersion', 'kind'];
    }
    props.$patch = { const: 'delete', description: 'Deletes the whole document.' };
    definitions[id] = doc;
    if (kind.kind !== V1ALPHA1) {
      branches.push(
        ifThen(
          { properties: { kind: { const: kind.kind } }, required: ['kind'] },
          { $ref: `#/definitions/${id}` },
        ),
      );
    }
  }
  const multidoc = kinds.filter((k) => k.kind !== V1ALPHA1).map((k) => k.kind);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${PATCH_SCHEMA_BASE}/v${contract}.schema.json`,
    title: `Talos machine config patch (version contract ${contract})`,
    description:
      'One document of a patch file for Talos ' +
      contract +
      ': a strategic merge patch of the v1alpha1 document or of a multi-document kind (apiVersion, kind and, for named kinds, name say which), `$patch: delete` anywhere, or a list of JSON 6902 operations.',
    definitions,
    ...ifThen(
      { type: 'array' },
      { $ref: '#/definitions/json6902' },
      {
        type: 'object',
        ...ifThen(
          { required: ['kind'] },
          { properties: { kind: { enum: multidoc } }, allOf: branches },
          { $ref: '#/definitions/document:v1alpha1' },
        ),
      },
    ),
  };
}

/** JSON Schema's if/then/else. */
function ifThen(condition: JsonSchema, then: JsonSchema, otherwise?: JsonSchema): JsonSchema {
  const out: JsonSchema = { if: condition, then };
  if (otherwise) out.else = otherwise;
  return out;
}

/** A validation schema made into a patch schema: standard keywords, nothing required, deletes allowed. */
function relax(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k.startsWith('x-') || k === 'required') continue;
    if (k === '$ref') out.$ref = String(v).replace('#/$defs/', '#/definitions/');
    else if (k === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(v as Record<string, JsonSchema>).map(([name, p]) => [name, deletable(relax(p))]),
      );
    } else if (k === 'items' || k === 'additionalProperties') {
      out[k] = typeof v === 'object' && v !== null ? deletable(relax(v as JsonSchema)) : v;
    } else out[k] = v;
  }
  const en = schema['x-enum'] as { values: string[]; ci: boolean } | undefined;
  if (en) out[en.ci ? 'examples' : 'enum'] = en.values;
  if (schema['x-codec'] && out.type === undefined) out.type = ['string', 'number', 'boolean', 'null'];
  if (out.type === 'object' || (Array.isArray(out.type) && out.type.includes('object'))) {
    if (out.properties) (out.properties as Record<string, JsonSchema>).$patch = { const: 'delete' };
  }
  return out;
}

/** A value, or `{ $patch: delete }` in its place. */
function deletable(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, { $ref: '#/definitions/delete' }] };
}
