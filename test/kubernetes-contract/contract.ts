/**
 * The contract the simulated Kubernetes API is held to: the operations of
 * test/fixtures/kubernetes-openapi/operations.json, extracted from Kubernetes's published OpenAPI v3
 * description by scripts/extract-kubernetes-openapi.mjs. Each exchange (method, path, query,
 * body, answer) is matched to an operation and checked with ajv: undeclared or mistyped parameters,
 * a body of the wrong media type or shape, and an answer that is not what the operation (or, for
 * errors, a metav1.Status) returns are problems.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import type { KubeExchange } from '../../src/simulator/index.js';
import { COMPONENTS_ID, describeErrors, type SchemaObject, toJsonSchema } from '../github-fake/schema.js';

export const KUBERNETES_FIXTURE_URL = new URL(
  '../fixtures/kubernetes-openapi/operations.json',
  import.meta.url,
);

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema: SchemaObject;
}

interface OperationSpec {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema?: SchemaObject }> };
  responses: Record<string, { content?: Record<string, { schema?: SchemaObject }> }>;
}

interface Fixture {
  'x-source': { release: string };
  paths: Record<string, Record<string, OperationSpec>>;
  components: { schemas: Record<string, SchemaObject> };
}

type Json = Parameters<typeof toJsonSchema>[0];

/** Kubernetes's schemas: IntOrString as integer or string, and the formats its schemas use. */
function kubernetesAjv(components: Record<string, SchemaObject>): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && Math.abs(n) < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n) => Number.isSafeInteger(n) });
  ajv.addFormat('double', { type: 'number', validate: () => true });
  ajv.addFormat('byte', { type: 'string', validate: (s) => /^[A-Za-z0-9+/]*={0,2}$/.test(s) });
  ajv.addFormat('date-time', { type: 'string', validate: (s) => !Number.isNaN(Date.parse(s)) });
  ajv.addFormat('int-or-string', { validate: () => true });
  const definitions = Object.fromEntries(
    Object.entries(components).map(([n, s]) => [n, toJsonSchema(s as Json)]),
  );
  ajv.addSchema({ $id: COMPONENTS_ID, definitions } as SchemaObject);
  return ajv;
}

class Operation {
  private readonly pattern: RegExp;
  private readonly names: string[] = [];
  private readonly params = new Map<string, ValidateFunction>();
  private readonly bodies = new Map<string, ValidateFunction>();
  private readonly responses = new Map<string, ValidateFunction | null>();

  constructor(
    readonly method: string,
    readonly template: string,
    readonly spec: OperationSpec,
    compile: (s: SchemaObject) => ValidateFunction,
  ) {
    const source = template
      .split('/')
      .map((seg) => {
        const m = /^\{(.+)\}$/.exec(seg);
        if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        this.names.push(m[1]!);
        return '([^/]+)';
      })
      .join('/');
    this.pattern = new RegExp(`^${source}$`);
    for (const p of spec.parameters ?? [])
      this.params.set(`${p.in}:${p.name}`, compile(toJsonSchema(p.schema as Json) as SchemaObject));
    for (const [media, c] of Object.entries(spec.requestBody?.content ?? {})) {
      if (c.schema) this.bodies.set(media, compile(toJsonSchema(c.schema as Json) as SchemaObject));
    }
    for (const [code, r] of Object.entries(spec.responses)) {
      const schema = r.content?.['application/json']?.schema;
      this.responses.set(code, schema ? compile(toJsonSchema(schema as Json) as SchemaObject) : null);
      const watch = r.content?.['application/json;stream=watch']?.schema;
      if (watch) this.responses.set(`${code}:watch`, compile(toJsonSchema(watch as Json) as SchemaObject));
    }
  }

  match(path: string): boolean {
    return this.pattern.test(path);
  }

  check(ex: KubeExchange, status: ValidateFunction): string[] {
    const problems: string[] = [];
    const id = this.spec.operationId;
    for (const p of this.spec.parameters ?? []) {
      if (p.in !== 'query') continue;
      const raw = ex.query.get(p.name);
      if (raw === null) {
        if (p.required) problems.push(`${id}: query parameter ${p.name} is required`);
        continue;
      }
      const type = p.schema.type;
      const value =
        type === 'boolean'
          ? raw === 'true'
            ? true
            : raw === 'false'
              ? false
              : raw
          : type === 'integer' && /^-?\d+$/.test(raw)
            ? Number(raw)
            : raw;
      const v = this.params.get(`query:${p.name}`)!;
      if (!v(value)) problems.push(...describeErrors(`${id}: query parameter ${p.name}`, v));
    }
    const declared = new Set((this.spec.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of new Set(ex.query.keys()))
      if (!declared.has(name)) problems.push(`${id}: query parameter ${name} is not defined`);

    if (this.spec.requestBody) {
      const media = (ex.contentType ?? '').split(';')[0]!.trim();
      const validate = this.bodies.get(media) ?? this.bodies.get('*/*');
      if (!ex.rawBody && this.spec.requestBody.required) problems.push(`${id}: request body required`);
      else if (!ex.rawBody) {
        // an optional body left out (DELETE without DeleteOptions)
      } else if (!validate) problems.push(`${id}: content-type ${media || '(none)'} is not accepted`);
      else {
        let body: unknown;
        try {
          body = media === 'application/apply-patch+yaml' ? parseYaml(ex.rawBody) : JSON.parse(ex.rawBody);
        } catch {
          problems.push(`${id}: request body is not ${media}`);
        }
        if (body !== undefined && !validate(body))
          problems.push(...describeErrors(`${id}: request body`, validate));
      }
    } else if (ex.rawBody) problems.push(`${id}: takes no request body`);

    const code = String(ex.status);
    if (ex.watch && ex.status === 200) {
      const v = this.responses.get('200:watch');
      if (!v) problems.push(`${id}: no watch answer is documented`);
      else
        for (const event of ex.response as unknown[])
          if (!v(event)) problems.push(...describeErrors(`${id}: watch event`, v));
    } else if (this.responses.has(code)) {
      const v = this.responses.get(code);
      if (v && !v(ex.response)) problems.push(...describeErrors(`${id}: response ${code}`, v));
    } else if (ex.status >= 400) {
      if (!status(ex.response)) problems.push(...describeErrors(`${id}: error response ${code}`, status));
    } else problems.push(`${id}: status ${code} is not a documented answer`);
    return problems;
  }
}

export interface ContractViolation {
  method: string;
  path: string;
  problems: string[];
}

export class KubernetesContract {
  readonly release: string;
  private readonly operations: Operation[] = [];
  private readonly status: ValidateFunction;
  readonly violations: ContractViolation[] = [];
  /** Operations exercised, by operationId. */
  readonly seen = new Set<string>();

  constructor(fixture: Fixture) {
    this.release = fixture['x-source'].release;
    const ajv = kubernetesAjv(fixture.components.schemas);
    const compile = (s: SchemaObject) => ajv.compile(s);
    for (const [template, methods] of Object.entries(fixture.paths)) {
      for (const [method, spec] of Object.entries(methods))
        this.operations.push(new Operation(method.toUpperCase(), template, spec, compile));
    }
    this.status = compile({
      $ref: `${COMPONENTS_ID}#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Status`,
    });
  }

  static load(): KubernetesContract {
    return new KubernetesContract(JSON.parse(readFileSync(KUBERNETES_FIXTURE_URL, 'utf8')) as Fixture);
  }

  /** Problems of one exchange (also recorded in `violations`). */
  check(ex: KubeExchange): string[] {
    // Kubernetes serves a trailing-slash-less discovery path too; the description names it with one.
    const candidates = [ex.path, ex.path.endsWith('/') ? ex.path : `${ex.path}/`];
    const op = this.operations.find((o) => o.method === ex.method && candidates.some((p) => o.match(p)));
    const problems = op
      ? op.check(ex, this.status)
      : [`no operation ${ex.method} ${ex.path} in the Kubernetes API description`];
    if (op) this.seen.add(op.spec.operationId);
    if (problems.length) this.violations.push({ method: ex.method, path: ex.path, problems });
    return problems;
  }
}
