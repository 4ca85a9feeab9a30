#!/usr/bin/env node
// Reports, for each Talos config JSON schema given (default: the reference schemas in ../shared/reference),
// which property paths the project's typed model (src/model/talos-model.json) lacks, and the deprecated
// fields the model knows that the schema leaves out. Exit 1 when a schema listed in --require has gaps.
//
// Usage: node scripts/model-coverage.mjs [SCHEMA.json ...] [--require v1.12,v1.13] [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const model = JSON.parse(readFileSync(path.join(root, 'src/model/talos-model.json'), 'utf8'));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const required = (opt('--require') ?? '').split(',').filter(Boolean);
let schemas = args.filter((a, i) => !a.startsWith('--') && !['--require'].includes(args[i - 1]));
if (schemas.length === 0) {
  const refDir = path.resolve(root, '../shared/reference');
  if (!existsSync(refDir)) {
    console.log('model coverage: ../shared/reference not found; nothing to check');
    process.exit(0);
  }
  schemas = readdirSync(refDir)
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => path.join(refDir, f));
}

// The schema's kind names where they differ from the registered kinds (an upstream naming slip).
const SCHEMA_KIND_ALIASES = {
  KubeSpanEndpoints: 'KubeSpanEndpointsConfig',
  UnattendedInstall: 'UnattendedInstallConfig',
};

function schemaPaths(schema) {
  const defs = schema.$defs ?? {};
  const out = new Map(); // kind -> Set(paths)
  const deref = (s) => (s?.$ref ? defs[s.$ref.replace('#/$defs/', '')] : s);
  function walk(s, prefix, acc, seen) {
    s = deref(s);
    if (!s || seen.has(s)) return;
    seen = new Set(seen).add(s);
    for (const [k, v] of Object.entries(s.properties ?? {})) {
      const p = prefix ? `${prefix}.${k}` : k;
      acc.add(p);
      walkValue(v, p, acc, seen);
    }
  }
  function walkValue(v, p, acc, seen) {
    const d = deref(v);
    if (!d) return;
    if (d.type === 'array' || d.items) walkValue(d.items, `${p}[]`, acc, seen);
    else if (d.patternProperties)
      for (const pv of Object.values(d.patternProperties)) walkValue(pv, `${p}.*`, acc, seen);
    else if (d.properties) walk(d, p, acc, seen);
  }
  for (const ref of schema.oneOf ?? []) {
    const def = deref(ref);
    const kindEnum = def?.properties?.kind?.enum;
    const kind = kindEnum ? (SCHEMA_KIND_ALIASES[kindEnum[0]] ?? kindEnum[0]) : 'v1alpha1';
    const acc = new Set();
    walk(def, '', acc, new Set());
    out.set(kind, acc);
  }
  return out;
}

function modelPaths(kind) {
  const k = model.kinds.find((x) => x.kind === kind);
  if (!k) return null;
  const acc = new Map(); // path -> field
  function walkType(t, p, seen) {
    if (t.k === 'list') return walkType(t.of, `${p}[]`, seen);
    if (t.k === 'map') return walkType(t.of, `${p}.*`, seen);
    if (t.k === 'struct' && !seen.has(t.ref)) walkStruct(t.ref, p, new Set(seen).add(t.ref));
    if (t.k === 'special' && ['certkey', 'cert', 'key'].includes(t.name)) {
      for (const sub of t.name === 'certkey' ? ['crt', 'key'] : t.name === 'cert' ? ['crt'] : ['key'])
        acc.set(`${p}.${sub}`, {});
    }
  }
  function walkStruct(ref, prefix, seen) {
    for (const f of model.types[ref]?.fields ?? []) {
      const p = prefix ? `${prefix}.${f.name}` : f.name;
      acc.set(p, f);
      walkType(f.type, p, seen);
    }
  }
  walkStruct(k.type, '', new Set([k.type]));
  return acc;
}

// Schema paths that disagree with Talos's Go types (hand-written `schema:` overrides in the docs);
// the Go type decides what Talos accepts, so these are explained rather than missing.
const EXPLAINED = [
  {
    test: (_kind, p, mp) => p.endsWith('.crt') && mp?.has(p.replace(/\.crt$/, '[].crt')),
    why: 'a list of certificates in Talos; the schema override describes one object',
  },
  {
    test: (kind, p) => kind === 'RegistryTLSConfig' && p === 'clientIdentity.crt',
    why: 'Talos reads clientIdentity.cert (meta.CertificateAndKey); the schema override says crt',
  },
];

const report = [];
let failed = false;
for (const file of schemas) {
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  const id = schema.$id?.match(/\/(v\d+\.\d+)\//)?.[1] ?? path.basename(file);
  const missing = [];
  const explained = [];
  const notInSchema = [];
  let total = 0;
  for (const [kind, paths] of schemaPaths(schema)) {
    const mp = modelPaths(kind);
    for (const p of paths) {
      total++;
      if (mp?.has(p)) continue;
      const why = EXPLAINED.find((e) => e.test(kind, p, mp))?.why;
      if (why) explained.push(`${kind}: ${p} (${why})`);
      else missing.push(`${kind}: ${p}`);
    }
    if (mp) for (const [p, f] of mp) if (f.deprecated && !paths.has(p)) notInSchema.push(`${kind}: ${p}`);
  }
  report.push({
    schema: path.basename(file),
    version: id,
    paths: total,
    missing,
    explained,
    deprecatedNotInSchema: notInSchema.length,
  });
  if (required.includes(id) && missing.length > 0) failed = true;
}
if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
else
  for (const r of report) {
    console.log(
      `${r.schema} (${r.version}): ${r.paths} property paths, ${r.missing.length} missing from the model, ` +
        `${r.explained.length} explained; the model also knows ${r.deprecatedNotInSchema} deprecated paths the schema leaves out`,
    );
    for (const m of r.missing) console.log(`  missing ${m}`);
    for (const m of r.explained) console.log(`  explained ${m}`);
  }
process.exit(failed ? 1 : 0);
