/**
 * Turns the OpenAPI 3.0 schemas of the fixture into JSON Schema that ajv understands, and builds the
 * ajv instance they are compiled with. OpenAPI 3.0 is not plain JSON Schema: `nullable` widens a type
 * to allow null and `discriminator` picks a `oneOf` branch by a property value; both are rewritten here
 * rather than switching ajv into a lenient mode, so an unknown keyword still fails loudly.
 */
import { Ajv, type ValidateFunction } from 'ajv';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type SchemaObject = { [key: string]: Json };

const COMPONENT_PREFIX = '#/components/schemas/';
/** `$id` under which the fixture's component schemas are registered with ajv. */
export const COMPONENTS_ID = 'github-openapi-components';

function isObject(value: Json | undefined): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function convertRef(ref: string): string {
  if (!ref.startsWith(COMPONENT_PREFIX)) throw new Error(`unsupported $ref ${ref} in the OpenAPI fixture`);
  return `${COMPONENTS_ID}#/definitions/${ref.slice(COMPONENT_PREFIX.length)}`;
}

/** Converts one OpenAPI 3.0 schema (recursively) into JSON Schema draft-07 for ajv. */
export function toJsonSchema(node: Json): Json {
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') {
    const ref: SchemaObject = { $ref: convertRef(node.$ref) };
    return node.nullable === true ? { anyOf: [ref, { type: 'null' }] } : ref;
  }

  let out: SchemaObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'discriminator' || key.startsWith('x-')) continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(
        Object.entries(value as SchemaObject).map(([k, v]) => [k, toJsonSchema(v)]),
      );
    } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
      out[key] = (value as Json[]).map(toJsonSchema);
    } else if (key === 'items' || key === 'not' || key === 'additionalProperties') {
      out[key] = toJsonSchema(value);
    } else {
      out[key] = value;
    }
  }

  const discriminator = node.discriminator;
  if (isObject(discriminator) && Array.isArray(out.oneOf) && isObject(discriminator.mapping)) {
    // A mapped discriminator chooses the branch; branches may overlap, so plain oneOf would be wrong.
    const property = String(discriminator.propertyName);
    const { oneOf, ...rest } = out;
    // "if the property is <value> then <branch>", written as not-A-or-B.
    const rules: Json[] = Object.entries(discriminator.mapping).map(
      ([value, ref]): Json => ({
        anyOf: [
          { not: { type: 'object', properties: { [property]: { const: value } }, required: [property] } },
          { $ref: convertRef(String(ref)) },
        ],
      }),
    );
    out = { ...rest, allOf: [...((rest.allOf as Json[] | undefined) ?? []), { anyOf: oneOf }, ...rules] };
  }

  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      out = { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * ajv configured for the fixture: strict about keywords (a missed OpenAPI construct throws at compile
 * time), lenient about type-inference hints (GitHub's schemas omit `type: object` next to
 * `properties` in places), with the formats the fixture uses implemented here so we need no plugin.
 */
export function createAjv(components: Record<string, Json>): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (s) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
  });
  ajv.addFormat('uri', { type: 'string', validate: (s) => URL.canParse(s) });
  ajv.addFormat('email', { type: 'string', validate: (s) => EMAIL.test(s) });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isSafeInteger(n) });
  const definitions = Object.fromEntries(
    Object.entries(components).map(([name, s]) => [name, toJsonSchema(s)]),
  );
  ajv.addSchema({ $id: COMPONENTS_ID, definitions } as SchemaObject);
  return ajv;
}

export type Validator = ValidateFunction;

/** Human-readable one-liners for ajv errors, prefixed with where the value came from. */
export function describeErrors(where: string, validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => {
    const at = e.instancePath ? `${where}${e.instancePath}` : where;
    const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
    return `${at}: ${e.message ?? e.keyword}${extra}`;
  });
}
