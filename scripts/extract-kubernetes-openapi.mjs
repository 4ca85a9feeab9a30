#!/usr/bin/env node
/**
 * Extracts the Kubernetes API operations this project calls (and its simulated API server answers)
 * from Kubernetes's published OpenAPI v3 description, so the simulated Kubernetes API can be checked
 * request by request and answer by answer against the real contract.
 *
 * Usage:
 *   node scripts/extract-kubernetes-openapi.mjs --source DIR          # (re)write the fixture
 *   node scripts/extract-kubernetes-openapi.mjs --source DIR --check  # fail if the fixture differs
 *
 * DIR is Kubernetes's `api/openapi-spec/v3` folder of a release (files `api__v1_openapi.json`,
 * `apis__apps__v1_openapi.json`, …) or the same files laid out as `api/v1.json`, `apis/apps/v1.json`.
 * Every source file is checked against the sha256 pinned below, so the fixture says exactly what it
 * was made from; a new release means new pins. A few operations exist only in an older release (an
 * API a newer Kubernetes removed, which the upgrade pre-check lists): their files are read from the
 * sibling folder of that release (`DIR/../1.31`), pinned the same way.
 *
 * What it does, reproducibly: copies the operations listed in OPERATIONS (parameters inlined,
 * request and response bodies for application/json and the patch media types), and every schema
 * they reach, transitively, into `components.schemas`; drops prose (descriptions, examples) and
 * `x-*` extensions except the ones that change what a value may be; adds the `Status` schema every
 * error answer carries. Sorted keys and no timestamps: two runs give identical bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Kubernetes release line the pinned files come from (`release-1.35` of kubernetes/kubernetes). */
const RELEASE = '1.35';

/** Source files by group version, with the sha256 of the published file. */
const SOURCES = {
  'api/v1': '45666551cf0928e4e8a9b88508f9b23aa78d2341aa27b0587457b2694717fcc1',
  'apis/apps/v1': '8f22326dfd8be012bc6247e44bb6adb8070079c0ca9c0a527840811bccf3482e',
  'apis/policy/v1': '166c6c720025c3b5a03e4cd4698a9dd876de383df07a9c0955cff8da833d51d5',
  'apis/rbac.authorization.k8s.io/v1': 'b65de9550d92bca038a9f72d3dadea088d268c39aec999c1a215314331af9f6d',
  // resource.k8s.io/v1alpha3 PodSchedulingContexts, served up to 1.31 and removed in 1.32
  '1.31:apis/resource.k8s.io/v1alpha3': '4c005cec5f4edea609f308a106be10866a14e64d994313541fea48e98f5aeb77',
};

/** [group version, method, path], in the order they appear in the fixture header. */
const OPERATIONS = [
  ['api/v1', 'get', '/api/v1/'],
  ['api/v1', 'get', '/api/v1/nodes'],
  ['api/v1', 'get', '/api/v1/nodes/{name}'],
  ['api/v1', 'patch', '/api/v1/nodes/{name}'],
  ['api/v1', 'delete', '/api/v1/nodes/{name}'],
  ['api/v1', 'get', '/api/v1/pods'],
  ['api/v1', 'get', '/api/v1/namespaces/{namespace}/pods'],
  ['api/v1', 'get', '/api/v1/namespaces/{namespace}/pods/{name}'],
  ['api/v1', 'post', '/api/v1/namespaces/{namespace}/pods/{name}/eviction'],
  ['api/v1', 'get', '/api/v1/namespaces'],
  ['api/v1', 'patch', '/api/v1/namespaces/{name}'],
  ['api/v1', 'patch', '/api/v1/namespaces/{namespace}/serviceaccounts/{name}'],
  ['api/v1', 'patch', '/api/v1/namespaces/{namespace}/configmaps/{name}'],
  ['api/v1', 'patch', '/api/v1/namespaces/{namespace}/services/{name}'],
  ['api/v1', 'patch', '/api/v1/namespaces/{namespace}/secrets/{name}'],
  ['apis/apps/v1', 'get', '/apis/apps/v1/'],
  ['apis/apps/v1', 'get', '/apis/apps/v1/namespaces/{namespace}/daemonsets'],
  ['apis/apps/v1', 'get', '/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}'],
  ['apis/apps/v1', 'patch', '/apis/apps/v1/namespaces/{namespace}/daemonsets/{name}'],
  ['apis/apps/v1', 'get', '/apis/apps/v1/namespaces/{namespace}/deployments'],
  ['apis/apps/v1', 'get', '/apis/apps/v1/namespaces/{namespace}/deployments/{name}'],
  ['apis/apps/v1', 'patch', '/apis/apps/v1/namespaces/{namespace}/deployments/{name}'],
  ['apis/policy/v1', 'get', '/apis/policy/v1/'],
  ['apis/policy/v1', 'get', '/apis/policy/v1/poddisruptionbudgets'],
  ['apis/rbac.authorization.k8s.io/v1', 'get', '/apis/rbac.authorization.k8s.io/v1/'],
  ['apis/rbac.authorization.k8s.io/v1', 'patch', '/apis/rbac.authorization.k8s.io/v1/clusterroles/{name}'],
  [
    'apis/rbac.authorization.k8s.io/v1',
    'patch',
    '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/{name}',
  ],
  [
    'apis/rbac.authorization.k8s.io/v1',
    'patch',
    '/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/roles/{name}',
  ],
  [
    'apis/rbac.authorization.k8s.io/v1',
    'patch',
    '/apis/rbac.authorization.k8s.io/v1/namespaces/{namespace}/rolebindings/{name}',
  ],
  ['1.31:apis/resource.k8s.io/v1alpha3', 'get', '/apis/resource.k8s.io/v1alpha3/'],
  ['1.31:apis/resource.k8s.io/v1alpha3', 'get', '/apis/resource.k8s.io/v1alpha3/podschedulingcontexts'],
];

/** Media types kept: what a JSON client sends and receives. */
const MEDIA = new Set([
  'application/json',
  'application/apply-patch+yaml',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
  'application/json-patch+json',
  'application/json;stream=watch',
  '*/*',
]);

const STATUS_SCHEMA = 'io.k8s.apimachinery.pkg.apis.meta.v1.Status';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/kubernetes-openapi/operations.json');

const DROP_KEYS = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'tags', 'title']);
/** Extensions that change what a value may be. */
const KEEP_EXTENSIONS = new Set(['x-kubernetes-int-or-string', 'x-kubernetes-preserve-unknown-fields']);

const dropKey = (key) => DROP_KEYS.has(key) || (key.startsWith('x-') && !KEEP_EXTENSIONS.has(key));

function sourceFile(dir, gv) {
  const nested = join(dir, `${gv}.json`);
  if (existsSync(nested)) return nested;
  const flat = join(dir, `${gv.replace(/\//g, '__')}_openapi.json`);
  if (existsSync(flat)) return flat;
  throw new Error(`${gv}: neither ${nested} nor ${flat} exists`);
}

function resolvePointer(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  let node = doc;
  for (const part of ref.slice(2).split('/')) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`dangling $ref ${ref}`);
  return node;
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}

function extract(specs) {
  const schemas = new Map();
  const PREFIX = '#/components/schemas/';

  function schema(spec, node) {
    if (Array.isArray(node) || node === null || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') {
      if (!node.$ref.startsWith(PREFIX)) return schema(spec, resolvePointer(spec, node.$ref));
      const name = node.$ref.slice(PREFIX.length);
      if (!schemas.has(name)) {
        schemas.set(name, null); // placeholder first: schemas refer to themselves (JSONSchemaProps)
        schemas.set(name, schema(spec, resolvePointer(spec, node.$ref)));
      }
      return { $ref: node.$ref };
    }
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (dropKey(key)) continue;
      if (key === 'properties') {
        out[key] = Object.fromEntries(Object.entries(value).map(([n, sub]) => [n, schema(spec, sub)]));
      } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
        out[key] = value.map((s) => schema(spec, s));
      } else if (key === 'items' || key === 'not' || key === 'additionalProperties') {
        out[key] = typeof value === 'object' ? schema(spec, value) : value;
      } else {
        out[key] = value;
      }
    }
    return out;
  }

  const content = (spec, node) =>
    Object.fromEntries(
      Object.entries(node)
        .filter(([media]) => MEDIA.has(media))
        .map(([media, m]) => [media, m.schema ? { schema: schema(spec, m.schema) } : {}]),
    );

  const paths = {};
  const listed = [];
  for (const [gv, method, path] of OPERATIONS) {
    const spec = specs[gv];
    const op = spec.paths[path]?.[method];
    if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in ${gv}`);
    const out = { operationId: op.operationId };
    const params = [...(spec.paths[path].parameters ?? []), ...(op.parameters ?? [])];
    if (params.length) {
      out.parameters = params.map((p) => {
        const r = p.$ref ? resolvePointer(spec, p.$ref) : p;
        const q = {};
        for (const [key, value] of Object.entries(r)) {
          if (dropKey(key)) continue;
          q[key] = key === 'schema' ? schema(spec, value) : value;
        }
        return q;
      });
    }
    if (op.requestBody) {
      out.requestBody = {
        required: op.requestBody.required === true,
        content: content(spec, op.requestBody.content),
      };
    }
    out.responses = Object.fromEntries(
      Object.entries(op.responses).map(([code, r]) => [
        code,
        r.content ? { content: content(spec, r.content) } : {},
      ]),
    );
    const gvk = op['x-kubernetes-group-version-kind'];
    if (gvk) out['x-kubernetes-group-version-kind'] = gvk;
    if (op['x-kubernetes-action']) out['x-kubernetes-action'] = op['x-kubernetes-action'];
    paths[path] ??= {};
    paths[path][method] = out;
    listed.push({ method: method.toUpperCase(), path, operationId: op.operationId });
  }
  schema(specs['api/v1'], { $ref: `${PREFIX}${STATUS_SCHEMA}` });
  return { paths, schemas: Object.fromEntries([...schemas].sort(([a], [b]) => (a < b ? -1 : 1))), listed };
}

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const at = args.indexOf('--source');
  if (at < 0 || !args[at + 1]) {
    console.error('usage: node scripts/extract-kubernetes-openapi.mjs --source DIR [--check]');
    process.exit(2);
  }
  const dir = resolve(args[at + 1]);
  const specs = {};
  const files = [];
  for (const [key, pinned] of Object.entries(SOURCES)) {
    // `1.31:apis/…` is read from the sibling folder of that release
    const [release, gv] = key.includes(':') ? key.split(':') : [RELEASE, key];
    const raw = readFileSync(sourceFile(release === RELEASE ? dir : join(dir, '..', release), gv));
    const sha256 = createHash('sha256').update(raw).digest('hex');
    if (sha256 !== pinned) throw new Error(`${key}: sha256 is ${sha256}, expected ${pinned}`);
    specs[key] = JSON.parse(raw.toString('utf8'));
    files.push(release === RELEASE ? { groupVersion: gv, sha256 } : { groupVersion: gv, release, sha256 });
  }
  const { paths, schemas, listed } = extract(specs);
  const fixture = {
    'x-source': {
      project: 'kubernetes/kubernetes',
      release: RELEASE,
      folder: 'api/openapi-spec/v3',
      files,
      generator: 'scripts/extract-kubernetes-openapi.mjs',
      operations: listed,
    },
    openapi: specs['api/v1'].openapi,
    info: specs['api/v1'].info,
    paths: sortKeys(paths),
    components: { schemas: sortKeys(schemas) },
  };
  const text = `${JSON.stringify(fixture)}\n`;
  if (check) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      console.error(`${OUT} is out of date; run node scripts/extract-kubernetes-openapi.mjs --source DIR`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date`);
    return;
  }
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(
    `wrote ${OUT}: ${listed.length} operations, ${Object.keys(schemas).length} schemas, ${text.length} bytes`,
  );
}

main();
