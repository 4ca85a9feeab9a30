// The types of compiled.generated.js (scripts/compile-schemas.mjs writes it).
import type { ValidateFunction } from 'ajv';

/** The schemas' validators; `require` gives the ajv runtime helpers their code names. */
export declare function fileValidators(
  require: (id: string) => unknown,
): Record<'validateClusterFile' | 'validatePolicyFile', ValidateFunction>;
