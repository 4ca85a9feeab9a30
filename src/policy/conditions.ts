/**
 * Conditions of policy rules: a small set of operators (all listed must hold), combinators (`not`,
 * `allOf`, `anyOf`) and JSON Schema (`schema`, checked with ajv). Values are the plain YAML form of the
 * config; numeric strings and byte sizes such as `8GiB` compare as numbers.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { parseBytes } from '../go/humanize.js';
import { ajvLinearRegExp, type LinearRegex, linearRegex } from '../util/linear-regex.js';
import type { Condition } from './types.js';

export const OPERATORS = [
  'exists',
  'equals',
  'notEquals',
  'in',
  'notIn',
  'matches',
  'notMatches',
  'greaterThan',
  'greaterOrEqual',
  'lessThan',
  'lessOrEqual',
  'minItems',
  'maxItems',
  'contains',
  'schema',
  'not',
  'allOf',
  'anyOf',
] as const;

let schemaAjv: Ajv | undefined;
const compiledSchemas = new WeakMap<object, ValidateFunction>();

export function conditionSchema(schema: object): ValidateFunction {
  let v = compiledSchemas.get(schema);
  if (!v) {
    // `pattern` keywords run on the linear-time engine, like the `matches` operators
    schemaAjv ??= new Ajv({ allErrors: false, strict: false, code: { regExp: ajvLinearRegExp } });
    v = schemaAjv.compile(schema);
    compiledSchemas.set(schema, v);
  }
  return v;
}

/** A condition's regular expression (RE2 syntax), matched in linear time. */
export function regex(source: string): LinearRegex {
  return linearRegex(source);
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean' || v === null || v === undefined) return undefined;
  const s = String(v).trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(s)) return Number(s);
  return parseBytes(s);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' || typeof b === 'number') {
    const x = toNumber(a);
    return x !== undefined && x === toNumber(b) && typeof a !== 'boolean' && typeof b !== 'boolean';
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as never)[k], (b as never)[k]));
}

function size(v: unknown): number | undefined {
  if (Array.isArray(v)) return v.length;
  if (v && typeof v === 'object') return Object.keys(v).length;
  return undefined;
}

/** Whether the value (undefined = absent) satisfies the condition. */
export function evaluate(cond: Condition, value: unknown): boolean {
  for (const [op, arg] of Object.entries(cond)) {
    if (!evalOperator(op, arg, value)) return false;
  }
  return true;
}

function evalOperator(op: string, arg: unknown, value: unknown): boolean {
  const present = value !== undefined && value !== null;
  const cmp = (f: (a: number, b: number) => boolean) => {
    const a = toNumber(value);
    const b = toNumber(arg);
    return a !== undefined && b !== undefined && f(a, b);
  };
  switch (op) {
    case 'exists':
      return present === arg;
    case 'equals':
      return deepEqual(value, arg);
    case 'notEquals':
      return !deepEqual(value, arg);
    case 'in':
      return (arg as unknown[]).some((x) => deepEqual(value, x));
    case 'notIn':
      return !(arg as unknown[]).some((x) => deepEqual(value, x));
    case 'matches':
      return present && typeof value !== 'object' && regex(arg as string).test(String(value));
    case 'notMatches':
      return !(present && typeof value !== 'object' && regex(arg as string).test(String(value)));
    case 'greaterThan':
      return cmp((a, b) => a > b);
    case 'greaterOrEqual':
      return cmp((a, b) => a >= b);
    case 'lessThan':
      return cmp((a, b) => a < b);
    case 'lessOrEqual':
      return cmp((a, b) => a <= b);
    case 'minItems':
      return (size(value) ?? 0) >= (arg as number);
    case 'maxItems':
      return (size(value) ?? 0) <= (arg as number);
    case 'contains':
      if (Array.isArray(value)) return value.some((x) => deepEqual(x, arg));
      return typeof value === 'string' && value.includes(String(arg));
    case 'schema':
      return present && (conditionSchema(arg as object)(value) as boolean);
    case 'not':
      return !evaluate(arg as Condition, value);
    case 'allOf':
      return (arg as Condition[]).every((c) => evaluate(c, value));
    case 'anyOf':
      return (arg as Condition[]).some((c) => evaluate(c, value));
    default:
      throw new Error(`unknown condition operator ${op}`);
  }
}

/** Whether the condition decides by itself what an absent value means (it tests `exists`). */
export function decidesAbsence(cond: Condition | undefined): boolean {
  if (!cond) return false;
  if ('exists' in cond) return true;
  if (cond.not && decidesAbsence(cond.not as Condition)) return true;
  for (const k of ['allOf', 'anyOf'] as const) {
    if (Array.isArray(cond[k]) && (cond[k] as Condition[]).some(decidesAbsence)) return true;
  }
  return false;
}
