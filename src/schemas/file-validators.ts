/**
 * The validators of the files every command reads (cluster.yaml, policy files), compiled ahead of time
 * from schemas/*.schema.json by scripts/compile-schemas.mjs: a process starts without ajv generating
 * validation code (CI checks the compiled copy is current). Made on first use.
 */
import type { ValidateFunction } from 'ajv';
import { fileValidators } from './compiled.generated.js';

/** Equality of JSON values, as ajv's runtime `equal` decides it (uniqueItems, enum, const). */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const c = b as unknown[];
    return a.length === c.length && a.every((x, i) => jsonEqual(x, c[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) &&
        jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** A string's length in code points, as ajv's runtime `ucs2length` counts it (minLength, maxLength). */
function ucs2length(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const RUNTIME: Record<string, unknown> = {
  'ajv/dist/runtime/equal': { default: jsonEqual },
  'ajv/dist/runtime/ucs2length': { default: ucs2length },
};

let compiled: ReturnType<typeof fileValidators> | undefined;

function validators(): ReturnType<typeof fileValidators> {
  compiled ??= fileValidators((id) => {
    if (!(id in RUNTIME))
      throw new Error(`compiled schemas need ${id}: add it to src/schemas/file-validators.ts`);
    return RUNTIME[id];
  });
  return compiled;
}

/** schemas/cluster.schema.json. */
export const clusterFileValidator = (): ValidateFunction => validators().validateClusterFile;

/** schemas/policy.schema.json. */
export const policyFileValidator = (): ValidateFunction => validators().validatePolicyFile;
