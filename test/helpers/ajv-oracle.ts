/**
 * ajv, set up as the engine once compiled document schemas: the oracle the schema walk
 * (src/validate/schema/interpret.ts) is held to, error for error.
 */
import { Ajv } from 'ajv';
import { CUSTOM_KEYWORDS } from '../../src/validate/schema/keywords.js';

let instance: Ajv | undefined;

export function ajv(): Ajv {
  if (instance) return instance;
  instance = new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    allowUnionTypes: true,
    validateSchema: false,
    code: { optimize: false },
  });
  for (const [keyword, validate] of CUSTOM_KEYWORDS) {
    instance.addKeyword({
      keyword,
      schemaType: keyword === 'x-enum' ? 'object' : 'string',
      errors: true,
      validate,
    });
  }
  instance.addKeyword({ keyword: 'x-struct', schemaType: 'string' });
  return instance;
}
