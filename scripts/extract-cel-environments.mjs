#!/usr/bin/env node
// Maintainer tool: derives Talos's CEL environments (pkg/machinery/cel/celenv) per version contract into
// src/kinds/shared/cel/environments.json, for checking the CEL expressions of config documents offline:
//   - each environment's variables and their types (a resource spec message, or a primitive type);
//   - the functions it adds (glob, mac) and whether it declares the byte-unit constants (GiB, MB, ...);
//   - the fields of every protobuf message those variables reach, with their CEL types (enums are int,
//     repeated fields lists, map fields maps, google.protobuf.Duration/Timestamp the CEL well-known types).
// Only facts (names and types) are taken; no upstream text is copied. Environments using optional types
// (the OOM ones) are left out.
//
// Usage: node scripts/extract-cel-environments.mjs TALOS_REPO [--out FILE]
// Needs: git. The repository must have the tags in VERSIONS (the same as the typed model's).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSIONS } from './talos-releases.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = process.argv[2];
if (!repo) {
  console.error('usage: extract-cel-environments.mjs TALOS_REPO [--out FILE]');
  process.exit(2);
}
const outIdx = process.argv.indexOf('--out');
const out =
  outIdx > 0
    ? process.argv[outIdx + 1]
    : path.join(here, '..', 'src', 'kinds', 'shared', 'cel', 'environments.json');

const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const show = (tag, file) => git('show', `${tag}:${file}`);

const SCALARS = {
  double: 'double',
  float: 'double',
  int32: 'int',
  int64: 'int',
  sint32: 'int',
  sint64: 'int',
  sfixed32: 'int',
  sfixed64: 'int',
  uint32: 'uint',
  uint64: 'uint',
  fixed32: 'uint',
  fixed64: 'uint',
  bool: 'bool',
  string: 'string',
  bytes: 'bytes',
};
const WELL_KNOWN = {
  'google.protobuf.Duration': 'google.protobuf.Duration',
  'google.protobuf.Timestamp': 'google.protobuf.Timestamp',
};

/** Messages and enums of one .proto file: full names, fields as [name, proto type, label]. */
function parseProto(text) {
  const src = text.replace(/\/\/.*$/gm, '');
  const pkg = src.match(/^\s*package\s+([\w.]+)\s*;/m)?.[1] ?? '';
  const messages = {};
  const enums = new Set();
  const scope = [];
  const re =
    /\b(message|enum)\s+(\w+)\s*\{|\}|(repeated\s+)?(map\s*<\s*([\w.]+)\s*,\s*([\w.]+)\s*>|[\w.]+)\s+(\w+)\s*=\s*\d+[^;]*;/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[1]) {
      const full = [pkg, ...scope.map((s) => s.name), m[2]].filter(Boolean).join('.');
      scope.push({ kind: m[1], name: m[2], full });
      if (m[1] === 'message') messages[full] = [];
      else enums.add(full);
    } else if (m[0] === '}') scope.pop();
    else {
      const top = scope.at(-1);
      if (top?.kind !== 'message') continue;
      messages[top.full].push({
        name: m[7],
        repeated: Boolean(m[3]),
        map: m[5] ? [m[5], m[6]] : undefined,
        type: m[5] ? undefined : m[4],
        scope: top.full,
      });
    }
  }
  return { pkg, messages, enums };
}

/** All messages and enums of the resource definitions and common protos of a tag. */
function protoIndex(tag) {
  const files = git('ls-tree', '-r', '--name-only', tag, 'api/')
    .split('\n')
    .filter(
      (f) =>
        f.endsWith('.proto') && (f.includes('resource/definitions/') || f.endsWith('common/common.proto')),
    );
  const messages = {};
  const enums = new Set();
  for (const f of files) {
    const p = parseProto(show(tag, f));
    Object.assign(messages, p.messages);
    for (const e of p.enums) enums.add(e);
  }
  return { messages, enums };
}

/** A protobuf type name as written inside `scope`, resolved to a full name by protobuf's scoping rules. */
function resolve(name, scope, index) {
  if (SCALARS[name]) return SCALARS[name];
  if (WELL_KNOWN[name]) return WELL_KNOWN[name];
  const parts = scope.split('.');
  for (let i = parts.length; i >= 0; i--) {
    const full = [...parts.slice(0, i), name].join('.');
    if (index.enums.has(full)) return 'int';
    if (index.messages[full]) return full;
  }
  if (WELL_KNOWN[`google.protobuf.${name}`]) return WELL_KNOWN[`google.protobuf.${name}`];
  return 'dyn';
}

/** The fields of every message reachable from the roots, as CEL type texts. */
function reachable(roots, index) {
  const out = {};
  const queue = [...roots];
  while (queue.length) {
    const full = queue.shift();
    if (out[full] || !index.messages[full]) continue;
    const fields = {};
    for (const f of index.messages[full]) {
      let t;
      if (f.map) {
        t = `map(${resolve(f.map[0], f.scope, index)}, ${resolve(f.map[1], f.scope, index)})`;
      } else {
        const base = resolve(f.type, f.scope, index);
        if (index.messages[base]) queue.push(base);
        t = f.repeated ? `list(${base})` : base;
      }
      if (f.map) {
        const v = resolve(f.map[1], f.scope, index);
        if (index.messages[v]) queue.push(v);
      }
      fields[f.name] = t;
    }
    out[full] = fields;
  }
  return out;
}

const PRIMITIVE = {
  BoolType: 'bool',
  StringType: 'string',
  IntType: 'int',
  UintType: 'uint',
  DoubleType: 'double',
};

/** The environments celenv.go declares with plain (non-optional) types. */
function environments(tag, index) {
  const src = show(tag, 'pkg/machinery/cel/celenv/celenv.go');
  const envs = {};
  for (const [block, name] of src.matchAll(
    /^var (\w+) = sync\.OnceValue\(func\(\) \*cel\.Env \{\n[\s\S]*?\n\}\)\n/gm,
  )) {
    if (/OptionalTypes|NewOptionalType/.test(block)) continue;
    const goVars = Object.fromEntries(
      [...block.matchAll(/^\s*(?:var\s+)?(\w+)\s+(block|network)\.(\w+)\s*$/gm)].map((m) => [
        m[1],
        `talos.resource.definitions.${m[2]}.${m[3]}`,
      ]),
    );
    const variables = {};
    for (const m of block.matchAll(/cel\.Variable\("(\w+)",\s*([^\n]+)\),?\n/g)) {
      const obj = m[2].match(/ObjectType\(string\((\w+)\.ProtoReflect/);
      const prim = m[2].match(/types\.(\w+Type)/);
      if (obj && goVars[obj[1]]) variables[m[1]] = goVars[obj[1]];
      else if (prim && PRIMITIVE[prim[1]]) variables[m[1]] = PRIMITIVE[prim[1]];
      else variables[m[1]] = 'dyn';
    }
    const functions = [...block.matchAll(/cel\.Function\(\s*"(\w+)"/g)].map((m) => m[1]);
    envs[name] = {
      variables,
      functions,
      unitConstants: block.includes('celUnitMultipliersConstants()'),
    };
  }
  const units = [...src.matchAll(/\{"(\w+)",\s*([\d *]+)\}/g)].map((m) => [
    m[1],
    m[2]
      .split('*')
      .map((x) => BigInt(x.trim()))
      .reduce((a, b) => a * b, 1n)
      .toString(),
  ]);
  const roots = Object.values(envs).flatMap((e) =>
    Object.values(e.variables).filter((t) => index.messages[t]),
  );
  return { environments: envs, units: Object.fromEntries(units), messages: reachable(roots, index) };
}

const result = { source: Object.fromEntries(VERSIONS), contracts: {} };
for (const [contract, tag] of VERSIONS) result.contracts[contract] = environments(tag, protoIndex(tag));
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
// the file lives in src/: keep it in the project's formatting
execFileSync('npx', ['biome', 'format', '--write', out], { cwd: path.join(here, '..'), stdio: 'ignore' });
console.log(`wrote ${path.relative(process.cwd(), out)}`);
