/**
 * Validation of a document against its kind's schema (build.ts) by walking the schema, with no code
 * generated: generating a kind's validator cost a quarter of a short command's run. The schema uses
 * few keywords ($ref, type, enum, maximum/minimum, items, required, additionalProperties, properties
 * and the x-* keywords of keywords.ts), and errors come out as ajv reports them with `allErrors` and
 * `verbose` — the same objects, in the same order (a test holds the two to it) — so that
 * validate.ts reads them as it always has.
 */
import type { ErrorObject } from 'ajv';
import type { JsonSchema } from './build.js';
import { CUSTOM_KEYWORDS } from './keywords.js';

export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** A JSON pointer segment (RFC 6901), as ajv writes instance paths. */
function seg(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

function isType(data: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return !!data && typeof data === 'object' && !Array.isArray(data);
    case 'array':
      return Array.isArray(data);
    case 'null':
      return data === null;
    case 'number':
      return typeof data === 'number';
    case 'integer':
      return typeof data === 'number' && !(data % 1) && !Number.isNaN(data);
    default:
      return typeof data === type;
  }
}

/** An always-valid schema (ajv skips such properties). */
const isEmpty = (s: unknown) => !!s && typeof s === 'object' && Object.keys(s).length === 0;

const LIMITS = [
  ['maximum', '<=', (d: number, l: number) => d <= l],
  ['minimum', '>=', (d: number, l: number) => d >= l],
] as const;

export function interpretSchema(root: JsonSchema): SchemaValidator {
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
  const deref = (ref: string): JsonSchema => {
    const name = ref.replace(/^#\/\$defs\//, '');
    const s = defs[name];
    if (!s) throw new Error(`schema reference ${ref} not found`);
    return s;
  };

  const validate: SchemaValidator = (data) => {
    const errors: ErrorObject[] = [];
    const error = (
      keyword: string,
      instancePath: string,
      params: Record<string, unknown>,
      message: string,
      schema: unknown,
      parentSchema: JsonSchema,
      value: unknown,
    ) =>
      errors.push({
        keyword,
        instancePath,
        schemaPath: '',
        params,
        message,
        schema,
        parentSchema,
        data: value,
      } as ErrorObject);

    const walk = (
      s: JsonSchema,
      d: unknown,
      path: string,
      parent: unknown,
      key: string | number | undefined,
    ) => {
      if (typeof s.$ref === 'string') {
        walk(deref(s.$ref), d, path, parent, key);
        return;
      }
      const types = s.type === undefined ? [] : ([] as string[]).concat(s.type as string | string[]);
      const typeError = () =>
        error('type', path, { type: s.type }, `must be ${types.join(',')}`, s.type, s, d);
      // one type with keywords of its group is reported where that group is skipped; else up front
      const group = types.length === 1 ? groupWithRules(s, types[0]!) : undefined;
      if (types.length > 0 && !group && !types.some((t) => isType(d, t))) typeError();
      // keywords for any type: enum, then the custom ones in the order they were added
      if (Array.isArray(s.enum) && !s.enum.some((v) => v === d))
        error(
          'enum',
          path,
          { allowedValues: s.enum },
          'must be equal to one of the allowed values',
          s.enum,
          s,
          d,
        );
      for (const [keyword, check] of CUSTOM_KEYWORDS) {
        if (!(keyword in s)) continue;
        check.errors = null as never;
        const cxt = { instancePath: path, parentData: parent, parentDataProperty: key, rootData: data };
        if (check(s[keyword], d, s, cxt as never)) continue;
        const own = check.errors as Partial<ErrorObject>[] | null | undefined;
        if (!Array.isArray(own))
          error(keyword, path, {}, `must pass "${keyword}" keyword validation`, s[keyword], s, d);
        // as ajv extends a keyword's own errors: no parentSchema
        else
          for (const e of own)
            errors.push({
              ...e,
              instancePath: e.instancePath ?? path,
              schemaPath: '',
              schema: s[keyword],
              data: d,
            } as ErrorObject);
      }
      if (typeof d === 'number') {
        for (const [keyword, comparison, ok] of LIMITS) {
          const limit = s[keyword];
          if (typeof limit === 'number' && (!ok(d, limit) || Number.isNaN(d)))
            error(keyword, path, { comparison, limit }, `must be ${comparison} ${limit}`, limit, s, d);
        }
      } else if (group === 'number') typeError();
      if (Array.isArray(d)) {
        const items = s.items as JsonSchema | undefined;
        if (items && typeof items === 'object')
          for (let i = 0; i < d.length; i++) walk(items, d[i], `${path}/${i}`, d, i);
      } else if (group === 'array') typeError();
      if (isType(d, 'object')) {
        const o = d as Record<string, unknown>;
        for (const p of (s.required as string[] | undefined) ?? [])
          if (o[p] === undefined)
            error(
              'required',
              path,
              { missingProperty: p },
              `must have required property '${p}'`,
              s.required,
              s,
              d,
            );
        const props = (s.properties ?? {}) as Record<string, JsonSchema>;
        const extra = s.additionalProperties;
        if (extra !== undefined && extra !== true) {
          for (const k in o) {
            if (Object.hasOwn(props, k)) continue;
            if (extra === false)
              error(
                'additionalProperties',
                path,
                { additionalProperty: k },
                'must NOT have additional properties',
                false,
                s,
                d,
              );
            else walk(extra as JsonSchema, o[k], `${path}/${seg(k)}`, o, k);
          }
        }
        for (const [p, ps] of Object.entries(props)) {
          if (isEmpty(ps) || o[p] === undefined) continue;
          walk(ps, o[p], `${path}/${seg(p)}`, o, p);
        }
      } else if (group === 'object') typeError();
    };

    walk(root, data, '', undefined, undefined);
    validate.errors = errors.length > 0 ? errors : null;
    return errors.length === 0;
  };
  return validate;
}

/**
 * The keyword group (ajv's: number, array, object) a single type has rules in, if any; `integer`
 * has no group of its own, and these schemas use no string keywords.
 */
function groupWithRules(s: JsonSchema, type: string): 'number' | 'array' | 'object' | undefined {
  if (type === 'number' && ('maximum' in s || 'minimum' in s)) return 'number';
  if (type === 'array' && 'items' in s) return 'array';
  if (type === 'object' && ('required' in s || 'additionalProperties' in s || 'properties' in s))
    return 'object';
  return undefined;
}
