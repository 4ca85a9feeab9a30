#!/usr/bin/env node
// Maintainer tool: derives the facts validation needs from a siderolabs/talos git checkout, per supported
// version contract, into src/validate/data/talos-facts.json:
//   - enum values of the Go text-enum types used by config fields (enumer name lists), and whether
//     Talos also accepts them lower-cased;
//   - `required` keys of each object in Talos's published config JSON schema;
//   - fields marked deprecated, with the replacement identifiers their deprecation note names;
//   - the Kubernetes versions each Talos release line supports, and the oldest Talos it upgrades from;
//   - the Talos API roles and the kubelet configuration fields Talos protects.
// Only facts (names, values, limits) are taken; no upstream text is copied.
//
// Usage: node scripts/extract-talos-facts.mjs TALOS_REPO [--out FILE]
// Needs: git. The repository must have the tags in VERSIONS (the same as the typed model's).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSIONS } from './talos-releases.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = process.argv[2];
if (!repo) {
  console.error('usage: extract-talos-facts.mjs TALOS_REPO [--out FILE]');
  process.exit(2);
}
const outIdx = process.argv.indexOf('--out');
const out =
  outIdx > 0
    ? process.argv[outIdx + 1]
    : path.join(here, '..', 'src', 'validate', 'data', 'talos-facts.json');
const model = JSON.parse(readFileSync(path.join(here, '..', 'src', 'model', 'talos-model.json'), 'utf8'));

const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const show = (tag, file) => git('show', `${tag}:${file}`);
const listFiles = (tag, dir) =>
  git('ls-tree', '-r', '--name-only', tag, dir)
    .split('\n')
    .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'));

// Go package alias used in the model → directories to look in.
const PACKAGE_DIRS = {
  nethelpers: ['pkg/machinery/nethelpers'],
  block_res: ['pkg/machinery/resources/block'],
  block: ['pkg/machinery/config/types/block', 'pkg/machinery/resources/block'],
  storageres: ['pkg/machinery/resources/storage'],
  config: ['pkg/machinery/config/config'],
};

/** Go type names the model marks as text-encoded enums. */
function textEnumTypes() {
  const types = new Set();
  const walk = (t) => {
    if (!t) return;
    if (t.k === 'special' && t.name === 'text' && t.go) types.add(t.go);
    if (t.of) walk(t.of);
  };
  for (const def of Object.values(model.types))
    for (const f of def.fields) {
      walk(f.type);
      for (const tb of Object.values(f.typeBefore ?? {})) walk(tb);
    }
  return [...types].sort();
}

function enumValues(tag, goType, fileCache) {
  const [alias, name] = goType.split('.');
  for (const dir of PACKAGE_DIRS[alias] ?? []) {
    let files;
    try {
      files = listFiles(tag, dir).filter((f) => f.endsWith('_enumer.go'));
    } catch {
      continue;
    }
    for (const f of files) {
      const src = fileCache.get(f) ?? show(tag, f);
      fileCache.set(f, src);
      if (!src.includes(`func (i *${name}) UnmarshalText(`)) continue;
      const consts = {};
      for (const m of src.matchAll(new RegExp(`(_${name}(?:Lower)?Name(?:_\\d+)?)\\s*=\\s*"([^"]*)"`, 'g')))
        consts[m[1]] = m[2];
      const list = src.match(new RegExp(`var _${name}Names = \\[\\]string\\{([^}]*)\\}`));
      if (!list) continue;
      const values = [];
      for (const m of list[1].matchAll(/(_\w+)\[(\d+):(\d+)\]/g)) {
        values.push(consts[m[1]].slice(Number(m[2]), Number(m[3])));
      }
      const fn = src.match(new RegExp(`func ${name}String\\(s string\\)[^{]*\\{([\\s\\S]*?)\\n\\}`));
      const ci = !!fn && fn[1].includes('strings.ToLower(s)');
      return { values, ci };
    }
  }
  return undefined;
}

/** `required` lists of the published schema, by model type. */
function requiredKeys(tag) {
  const schema = JSON.parse(show(tag, 'pkg/machinery/config/schemas/config.schema.json'));
  const outReq = {};
  for (const [name, def] of Object.entries(schema.$defs ?? {})) {
    if (!model.types[name] || !def.required) continue;
    const keys = def.required.filter((k) => k !== 'apiVersion' && k !== 'kind');
    if (keys.length > 0) outReq[name] = keys;
  }
  return outReq;
}

const KINDS = new Set(model.kinds.map((k) => k.kind));

/** A replacement named in a deprecation note, as a registered kind (or kind glob); undefined otherwise. */
function registeredKind(name) {
  if (name.includes('*')) {
    const re = new RegExp(`^${name.replace('*', '.*')}$`);
    return [...KINDS].some((k) => re.test(k)) ? name : undefined;
  }
  if (KINDS.has(name)) return name;
  if (KINDS.has(`${name}Config`)) return `${name}Config`;
  return undefined;
}

/** Fields whose doc comment carries a deprecation note, by `type.yamlName`, with named replacements. */
function deprecations(tag) {
  const result = {};
  for (const f of listFiles(tag, 'pkg/machinery/config/types')) {
    if (/deep_?copy|_doc\.go$|zz_generated/.test(f)) continue;
    const pkg = path.posix.basename(path.posix.dirname(f));
    const lines = show(tag, f).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const m = lines[i].match(/^type (\w+) struct \{\s*$/);
      if (!m) continue;
      const ref = `${pkg === 'extensions' ? 'extensions' : pkg}.${m[1]}`;
      let comments = [];
      for (i++; i < lines.length && !/^\}/.test(lines[i]); i++) {
        const t = lines[i].trim();
        if (t.startsWith('//')) {
          comments.push(t.replace(/^\/\/\s?/, ''));
          continue;
        }
        const tag2 = t.match(/`[^`]*yaml:"([^",]*)/);
        const dep = comments.findIndex((c) => c.startsWith('Deprecated:'));
        if (tag2?.[1] && dep >= 0 && model.types[ref]) {
          const note = comments.slice(dep).join(' ');
          const names = new Set();
          for (const w of note.matchAll(/[`'"]?([A-Z][A-Za-z0-9*]+)[`'"]?/g)) {
            const word = w[1];
            if (
              /Config$|Configs$|^[A-Z][a-z]+[A-Z]\w*$/.test(word) &&
              !['Deprecated', 'NetworkConfig'].includes(word)
            )
              names.add(word);
          }
          result[`${ref}.${tag2[1]}`] = [...names].map(registeredKind).filter(Boolean);
        }
        if (t !== '') comments = [];
      }
    }
  }
  return result;
}

function compatibility(tag, contract) {
  const [maj, min] = contract.split('.');
  const src = show(tag, `pkg/machinery/compatibility/talos${maj}${min}/talos${maj}${min}.go`);
  const v = (name) => src.match(new RegExp(`${name} = semver\\.MustParse\\("([^"]+)"\\)`))?.[1];
  return {
    minKubernetes: v('MinimumKubernetesVersion'),
    maxKubernetes: v('MaximumKubernetesVersion'),
    minUpgradeFrom: v('MinimumHostUpgradeVersion'),
  };
}

function roles(tag) {
  const src = show(tag, 'pkg/machinery/role/role.go');
  const prefix = src.match(/Prefix = (?:string\()?"([^"]+)"/)[1];
  const defs = Object.fromEntries(
    [...src.matchAll(/(\w+)\s+= Role\(Prefix \+ "([^"]+)"\)/g)].map((m) => [m[1], prefix + m[2]]),
  );
  const all = src
    .match(/All = MakeSet\(([^)]*)\)/)[1]
    .split(',')
    .map((s) => defs[s.trim()]);
  return all;
}

function kubeletProtected(tag) {
  const src = show(tag, 'pkg/machinery/kubelet/kubelet.go');
  const body = src.match(/ProtectedConfigurationFields = \[\]string\{([^}]*)\}/)[1];
  return [...body.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

const facts = {
  source: Object.fromEntries(VERSIONS),
  enums: {},
  required: {},
  deprecated: {},
  compatibility: {},
  roles: {},
  kubeletProtected: {},
};
const types = textEnumTypes();
for (const [contract, tag] of VERSIONS) {
  const cache = new Map();
  const enums = {};
  for (const t of types) {
    const e = enumValues(tag, t, cache);
    if (e) enums[t] = e;
  }
  facts.enums[contract] = enums;
  facts.required[contract] = requiredKeys(tag);
  facts.deprecated[contract] = deprecations(tag);
  facts.compatibility[contract] = compatibility(tag, contract);
  facts.roles[contract] = roles(tag);
  facts.kubeletProtected[contract] = kubeletProtected(tag);
  console.error(
    `${tag}: ${Object.keys(enums).length} enums, ${Object.keys(facts.deprecated[contract]).length} deprecated fields`,
  );
}
writeFileSync(out, `${JSON.stringify(facts, null, 1)}\n`);
