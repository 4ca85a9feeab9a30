/**
 * The contract the fake GitHub server enforces: the operations of
 * test/fixtures/github-openapi/operations.json (extracted from GitHub's published OpenAPI
 * description by scripts/extract-github-openapi.mjs). It matches a method + path to an operation and
 * checks path parameters, query parameters, the JSON request body and the response against the
 * operation's schemas with ajv.
 */
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { createAjv, describeErrors, type SchemaObject, toJsonSchema } from './schema.js';

export const FIXTURE_URL = new URL('../fixtures/github-openapi/operations.json', import.meta.url);

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: SchemaObject;
  'x-multi-segment'?: boolean;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; content: Record<string, { schema?: SchemaObject }> };
  responses: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
}

interface OpenApiFixture {
  'x-source': { package: string; version: string; sha256: string };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, SchemaObject> };
}

/** Statuses GitHub may answer on any operation even where the description does not list them. */
const GENERIC_ERROR_STATUSES = new Set([401, 403, 404, 409, 413, 500, 502, 503]);

export interface RequestInput {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  contentType: string | undefined;
  rawBody: string;
}

export interface CheckedRequest {
  /** Problems found; empty when the request honours the contract. */
  problems: string[];
  /** Status GitHub would answer for the first problem (400 unparsable JSON, 422 invalid input). */
  status: number;
  /** Path and query parameters coerced to their schema types, with schema defaults filled in. */
  params: Record<string, unknown>;
  body: unknown;
}

/** Query/path values arrive as strings; convert only what is unambiguous so the validator still bites. */
function coerce(raw: string, schema: SchemaObject): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'integer' && /^-?\d+$/.test(raw)) return Number(raw);
  if (type === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

export class Operation {
  readonly id: string;
  private readonly pattern: RegExp;
  private readonly pathNames: string[] = [];
  private readonly paramValidators = new Map<string, ValidateFunction>();
  private readonly bodyValidator: ValidateFunction | undefined;
  private readonly responseValidators = new Map<string, ValidateFunction | null>();
  readonly literalSegments: number;

  constructor(
    readonly method: string,
    readonly template: string,
    private readonly spec: OpenApiOperation,
    compile: (schema: SchemaObject) => ValidateFunction,
  ) {
    this.id = spec.operationId;
    const multi = new Set((spec.parameters ?? []).filter((p) => p['x-multi-segment']).map((p) => p.name));
    let literal = 0;
    const source = template
      .split('/')
      .map((segment) => {
        const m = /^\{(.+)\}$/.exec(segment);
        if (!m) {
          literal++;
          return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
        this.pathNames.push(m[1]!);
        return multi.has(m[1]!) ? '(.+)' : '([^/]+)';
      })
      .join('/');
    this.literalSegments = literal;
    this.pattern = new RegExp(`^${source}$`);
    for (const p of spec.parameters ?? []) {
      this.paramValidators.set(`${p.in}:${p.name}`, compile(toJsonSchema(p.schema) as SchemaObject));
    }
    const bodySchema = spec.requestBody?.content['application/json']?.schema;
    this.bodyValidator = bodySchema ? compile(toJsonSchema(bodySchema) as SchemaObject) : undefined;
    for (const [code, response] of Object.entries(spec.responses)) {
      const schema = response.content?.['application/json']?.schema;
      this.responseValidators.set(code, schema ? compile(toJsonSchema(schema) as SchemaObject) : null);
    }
  }

  /** Path parameters (still percent-encoded) when `path` fits this operation's template. */
  match(path: string): Record<string, string> | undefined {
    const m = this.pattern.exec(path);
    if (!m) return undefined;
    return Object.fromEntries(this.pathNames.map((name, i) => [name, m[i + 1]!]));
  }

  checkRequest(input: RequestInput): CheckedRequest {
    const problems: string[] = [];
    let status = 422;
    const params: Record<string, unknown> = {};
    const declared = this.spec.parameters ?? [];

    for (const p of declared) {
      const validate = this.paramValidators.get(`${p.in}:${p.name}`)!;
      let raw: string | undefined;
      if (p.in === 'path') {
        try {
          raw = decodeURIComponent(input.pathParams[p.name] ?? '');
        } catch {
          problems.push(`path parameter ${p.name}: invalid percent-encoding`);
          continue;
        }
      } else if (p.in === 'query') {
        const all = input.query.getAll(p.name);
        if (all.length > 1) problems.push(`query parameter ${p.name}: given ${all.length} times`);
        raw = all[0];
      } else {
        continue; // no header/cookie parameters in the operations we use
      }
      if (raw === undefined) {
        if (p.required) problems.push(`${p.in} parameter ${p.name}: required but missing`);
        else if (p.schema.default !== undefined) params[p.name] = p.schema.default;
        continue;
      }
      const value = coerce(raw, p.schema);
      if (!validate(value)) problems.push(...describeErrors(`${p.in} parameter ${p.name}`, validate));
      params[p.name] = value;
    }
    const known = new Set(declared.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of new Set(input.query.keys())) {
      if (!known.has(name)) problems.push(`query parameter ${name}: not defined for ${this.id}`);
    }

    let body: unknown;
    const spec = this.spec.requestBody;
    if (!spec) {
      if (input.rawBody.length > 0) problems.push(`${this.id} takes no request body`);
    } else if (input.rawBody.length === 0) {
      if (spec.required) problems.push('request body: required but missing');
    } else if (!input.contentType?.toLowerCase().startsWith('application/json')) {
      problems.push(`request body: content-type ${input.contentType ?? '(none)'} is not application/json`);
      status = 415;
    } else {
      try {
        body = JSON.parse(input.rawBody);
      } catch {
        problems.push('request body: not valid JSON');
        status = 400;
      }
      if (body !== undefined && this.bodyValidator && !this.bodyValidator(body)) {
        problems.push(...describeErrors('request body', this.bodyValidator));
      }
    }
    return { problems, status: problems.length ? status : 200, params, body };
  }

  /** Problems with a response the fake is about to send; empty when it matches the description. */
  checkResponse(status: number, body: unknown, validateGeneric: ValidateFunction): string[] {
    const key = String(status);
    if (!this.responseValidators.has(key)) {
      if (!GENERIC_ERROR_STATUSES.has(status))
        return [`status ${status} is not a documented response of ${this.id}`];
      return validateGeneric(body) ? [] : describeErrors(`response ${status}`, validateGeneric);
    }
    const validate = this.responseValidators.get(key);
    if (validate === null)
      return body === undefined ? [] : [`response ${status} of ${this.id} must have no body`];
    return validate?.(body) ? [] : describeErrors(`response ${status}`, validate!);
  }
}

export type RouteMatch =
  | { operation: Operation; pathParams: Record<string, string> }
  | { operation: undefined; allowedMethods: string[] };

export class Contract {
  readonly source: OpenApiFixture['x-source'];
  readonly operations: Operation[] = [];
  private readonly basicError: ValidateFunction;

  constructor(fixture: OpenApiFixture) {
    this.source = fixture['x-source'];
    const ajv = createAjv(fixture.components.schemas);
    const compile = (schema: SchemaObject) => ajv.compile(schema);
    for (const [template, methods] of Object.entries(fixture.paths)) {
      for (const [method, spec] of Object.entries(methods)) {
        this.operations.push(new Operation(method.toUpperCase(), template, spec, compile));
      }
    }
    // Prefer templates with more literal segments when two could match the same path.
    this.operations.sort((a, b) => b.literalSegments - a.literalSegments);
    this.basicError = compile(toJsonSchema({ $ref: '#/components/schemas/basic-error' }) as SchemaObject);
  }

  static load(url: URL = FIXTURE_URL): Contract {
    return new Contract(JSON.parse(readFileSync(url, 'utf8')) as OpenApiFixture);
  }

  route(method: string, path: string): RouteMatch {
    const allowedMethods: string[] = [];
    for (const operation of this.operations) {
      const pathParams = operation.match(path);
      if (!pathParams) continue;
      if (operation.method === method) return { operation, pathParams };
      allowedMethods.push(operation.method);
    }
    return { operation: undefined, allowedMethods };
  }

  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    return operation.checkResponse(status, body, this.basicError);
  }
}
