#!/usr/bin/env node
/**
 * Extracts the few GitHub REST operations this project calls from GitHub's published OpenAPI
 * description, so the fake GitHub server in test/github-fake can check every request and response
 * against the real contract without carrying the ~400 MB `@octokit/openapi` package.
 *
 * Usage:
 *   node scripts/extract-github-openapi.mjs          # (re)write test/fixtures/github-openapi/operations.json
 *   node scripts/extract-github-openapi.mjs --check  # fail if the committed fixture is not what the script makes
 *
 * What it does, reproducibly:
 *   1. `npm pack @octokit/openapi@23.0.2` into a fresh temp folder (npm checks the registry integrity);
 *   2. streams the tarball through gunzip and a minimal tar reader, keeping only the entry
 *      `package/generated/api.github.com.json` in memory (nothing else is unpacked), and checks its
 *      sha256 against the value pinned below;
 *   3. copies the operations listed in OPERATIONS, inlining every `$ref` to parameters, responses and
 *      headers, and copying every schema they reach (transitively) into `components.schemas`, so the
 *      only `$ref`s left point at `#/components/schemas/<name>` inside the fixture;
 *   4. trims prose to keep the fixture small: descriptions, examples, tags and `x-*` extensions are
 *      dropped (except `x-multi-segment`, which changes how a path parameter matches). Schemas,
 *      parameters, `required` lists, `nullable`, formats, enums and response codes are kept as is;
 *   5. writes the result with an `x-source` header (package, version, tarball integrity, source file
 *      sha256, operations). No timestamps, so running it twice gives identical bytes.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

const PACKAGE = '@octokit/openapi';
const VERSION = '23.0.2';
const SOURCE_FILE = 'generated/api.github.com.json';
// sha256 of SOURCE_FILE inside @octokit/openapi@23.0.2; a mismatch means the input is not what we pinned.
const SOURCE_SHA256 = '829b4bebb19a53133289f7b0bc819f4f1118115821db2ca9f25e9ee995a7da2a';

/** [method, path template], in the order they appear in the fixture header. */
const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/user'],
  ['get', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/github-openapi/operations.json');

/** Annotation keys that carry prose or samples only. */
const DROP_KEYS = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'tags', 'title']);
const KEEP_EXTENSIONS = new Set(['x-multi-segment']);

function dropKey(key) {
  return DROP_KEYS.has(key) || (key.startsWith('x-') && !KEEP_EXTENSIONS.has(key));
}

async function readTarEntry(tgzPath, wanted) {
  // ustar: 512-byte header blocks; name at 0..100, size (octal) at 124..136, prefix at 345..500.
  let buffered = Buffer.alloc(0);
  let skip = 0;
  let collect = null;
  let collectLeft = 0;
  for await (const chunk of createReadStream(tgzPath).pipe(createGunzip())) {
    buffered = Buffer.concat([buffered, chunk]);
    while (true) {
      if (skip > 0) {
        const n = Math.min(skip, buffered.length);
        if (collect && collectLeft > 0) {
          const take = Math.min(n, collectLeft);
          collect.push(buffered.subarray(0, take));
          collectLeft -= take;
        }
        buffered = buffered.subarray(n);
        skip -= n;
        if (skip > 0) break;
        if (collect) return Buffer.concat(collect);
      }
      if (buffered.length < 512) break;
      const header = buffered.subarray(0, 512);
      buffered = buffered.subarray(512);
      if (header.every((b) => b === 0)) continue;
      const field = (from, to) => header.subarray(from, to).toString('utf8').replace(/\0.*$/s, '');
      const prefix = field(345, 500);
      const name = (prefix ? `${prefix}/` : '') + field(0, 100);
      const size = Number.parseInt(field(124, 136).trim() || '0', 8);
      skip = Math.ceil(size / 512) * 512;
      if (name === wanted) {
        collect = [];
        collectLeft = size;
        if (size === 0) return Buffer.alloc(0);
      }
    }
  }
  throw new Error(`${wanted} not found in ${tgzPath}`);
}

function resolvePointer(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  let node = doc;
  for (const part of ref.slice(2).split('/')) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (node === undefined) throw new Error(`dangling $ref ${ref}`);
  return node;
}

function extract(spec) {
  const schemas = new Map();

  /** A JSON Schema (OpenAPI flavour): keep keywords, drop prose, walk sub-schemas, collect refs. */
  function schema(node) {
    if (Array.isArray(node) || node === null || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') {
      const prefix = '#/components/schemas/';
      if (!node.$ref.startsWith(prefix)) return schema(resolvePointer(spec, node.$ref));
      const name = node.$ref.slice(prefix.length);
      if (!schemas.has(name)) {
        schemas.set(name, null); // placeholder first: schemas may refer to themselves
        schemas.set(name, schema(resolvePointer(spec, node.$ref)));
      }
      return { $ref: node.$ref };
    }
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (dropKey(key)) continue;
      if (key === 'properties' || key === 'patternProperties') {
        out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, schema(sub)]));
      } else if (key === 'allOf' || key === 'anyOf' || key === 'oneOf') {
        out[key] = value.map(schema);
      } else if (key === 'items' || key === 'not' || key === 'additionalProperties') {
        out[key] = typeof value === 'object' ? schema(value) : value;
      } else {
        out[key] = value; // enum, required, default, discriminator, format, type, nullable, …
      }
    }
    return out;
  }

  const deref = (node) =>
    node && typeof node.$ref === 'string' ? deref(resolvePointer(spec, node.$ref)) : node;

  function parameter(node) {
    const p = deref(node);
    const out = {};
    for (const [key, value] of Object.entries(p)) {
      if (dropKey(key)) continue;
      out[key] = key === 'schema' ? schema(value) : value;
    }
    return out;
  }

  function content(node) {
    return Object.fromEntries(
      Object.entries(node).map(([mediaType, media]) => [
        mediaType,
        media.schema ? { schema: schema(media.schema) } : {},
      ]),
    );
  }

  function response(node) {
    const r = deref(node);
    const out = {};
    if (r.headers) {
      out.headers = Object.fromEntries(
        Object.entries(r.headers).map(([name, h]) => [name, { schema: schema(deref(h).schema) }]),
      );
    }
    if (r.content) out.content = content(r.content);
    return out;
  }

  const paths = {};
  for (const [method, path] of OPERATIONS) {
    const op = spec.paths[path]?.[method];
    if (!op) throw new Error(`${method.toUpperCase()} ${path} is not in ${SOURCE_FILE}`);
    const out = { operationId: op.operationId };
    if (op.parameters?.length) out.parameters = op.parameters.map(parameter);
    if (op.requestBody) {
      const body = deref(op.requestBody);
      out.requestBody = { required: body.required === true, content: content(body.content) };
    }
    out.responses = Object.fromEntries(Object.entries(op.responses).map(([code, r]) => [code, response(r)]));
    paths[path] ??= {};
    paths[path][method] = out;
  }

  const sortedSchemas = Object.fromEntries([...schemas.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { paths, components: { schemas: sortedSchemas } };
}

async function main() {
  const check = process.argv.includes('--check');
  const work = mkdtempSync(join(tmpdir(), 'github-openapi-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', work], {
        cwd: work,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    )[0];
    const raw = await readTarEntry(join(work, packed.filename), `package/${SOURCE_FILE}`);
    const sha256 = createHash('sha256').update(raw).digest('hex');
    if (sha256 !== SOURCE_SHA256) {
      throw new Error(`${SOURCE_FILE} sha256 is ${sha256}, expected ${SOURCE_SHA256}`);
    }
    const spec = JSON.parse(raw.toString('utf8'));
    const { paths, components } = extract(spec);
    const fixture = {
      'x-source': {
        package: PACKAGE,
        version: packed.version,
        integrity: packed.integrity,
        file: SOURCE_FILE,
        sha256,
        license: spec.info?.license?.name,
        generator: 'scripts/extract-github-openapi.mjs',
        operations: OPERATIONS.map(([method, path]) => ({
          method: method.toUpperCase(),
          path,
          operationId: spec.paths[path][method].operationId,
        })),
      },
      openapi: spec.openapi,
      info: { title: spec.info.title, version: spec.info.version },
      paths,
      components,
    };
    const text = `${JSON.stringify(fixture, null, 2)}\n`;
    if (check) {
      let current = '';
      try {
        current = readFileSync(OUT, 'utf8');
      } catch {}
      if (current !== text) {
        console.error(`${OUT} is out of date; run node scripts/extract-github-openapi.mjs`);
        process.exit(1);
      }
      console.log(`${OUT} is up to date`);
      return;
    }
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, text);
    console.log(
      `wrote ${OUT}: ${OPERATIONS.length} operations, ${Object.keys(components.schemas).length} schemas, ${text.length} bytes`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
