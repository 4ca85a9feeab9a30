#!/usr/bin/env node
// Maintainer tool: derives the project's typed model of Talos machine-config documents
// (src/model/talos-model.json) from the Go type declarations of a siderolabs/talos git checkout,
// for each supported version contract. It reads facts only (field names, Go types, struct tags,
// field order, which kinds are registered/named/redactable, which fields each kind's Redact replaces,
// which kinds Talos validates); the engine's behaviour for each kind lives in src/kinds/.
//
// Usage: node scripts/extract-talos-model.mjs /path/to/talos/.git-or-repo [--out src/model/talos-model.json]
// Needs: git. The repository must have the release tags listed in VERSIONS.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { VERSIONS } from './talos-releases.mjs';

const repo = process.argv[2];
if (!repo) {
  console.error('usage: extract-talos-model.mjs TALOS_REPO [--out FILE]');
  process.exit(2);
}
const outIdx = process.argv.indexOf('--out');
const out = outIdx > 0 ? process.argv[outIdx + 1] : 'src/model/talos-model.json';

const git = (...args) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

const TYPES_DIR = 'pkg/machinery/config/types';

/** Parse one Go file: its package, imports, type declarations, registered kinds and methods. */
function parseGoFile(src, dir) {
  const lines = src.split('\n');
  const file = { pkg: '', dir, imports: {}, types: {}, kinds: [], consts: {}, methods: [], funcs: {} };
  let i = 0;
  const importRe = /^\s*(?:(\w+)\s+)?"([^"]+)"/;
  while (i < lines.length) {
    const line = lines[i];
    let m;
    if ((m = line.match(/^package (\w+)/))) file.pkg = m[1];
    else if (/^import \($/.test(line)) {
      i++;
      while (i < lines.length && !/^\)/.test(lines[i])) {
        const im = lines[i].match(importRe);
        if (im) file.imports[im[1] ?? path.posix.basename(im[2]).replace(/^(v\d+)$/, 'yaml')] = im[2];
        i++;
      }
    } else if ((m = line.match(/^import (?:(\w+) )?"([^"]+)"/))) {
      file.imports[m[1] ?? path.posix.basename(m[2])] = m[2];
    } else if ((m = line.match(/^(?:const )?\s*(\w+)\s*(?:string\s*)?=\s*"([A-Za-z0-9]+)"\s*(?:\/\/.*)?$/))) {
      file.consts[m[1]] = m[2];
    } else if ((m = line.match(/^func \((\w+) \*?(\w+)\) (\w+)\(/))) {
      file.methods.push({
        type: m[2],
        name: m[3],
        recv: m[1],
        body: funcBody(lines, i),
        imports: file.imports,
      });
    } else if ((m = line.match(/^func (\w+)\((.*)\)/))) {
      const params = m[2]
        .split(',')
        .map((p) => p.trim().split(/\s+/))
        .filter((p) => p.length === 2)
        .map(([name, expr]) => ({ name, expr }));
      file.funcs[m[1]] = { params, body: funcBody(lines, i), imports: file.imports };
    } else if (/registry\.Register\(/.test(line)) {
      // registry.Register(XKind, func(version string) config.Document { switch version { case "v1alpha1": return &T{} ...
      const kindArg = line.match(/registry\.Register\(\s*("?[\w]+"?)/)[1];
      let j = i;
      let goType = null;
      while (j < lines.length && j < i + 20) {
        const r = lines[j].match(/return &(\w+)\{\}/);
        if (r) {
          goType = r[1];
          break;
        }
        j++;
      }
      file.kinds.push({ kindArg, goType });
    } else if ((m = line.match(/^type (\w+) struct \{\s*\}?\s*$/))) {
      const name = m[1];
      const fields = [];
      if (!/\}\s*$/.test(line)) {
        i++;
        let pending = [];
        while (i < lines.length && !/^\}/.test(lines[i])) {
          const l = lines[i];
          const t = l.trim();
          if (t.startsWith('//')) pending.push(t);
          else if (t === '') pending = [];
          else {
            const f = parseField(t, pending);
            if (f) fields.push(f);
            pending = [];
          }
          i++;
        }
      }
      file.types[name] = { decl: 'struct', fields };
    } else if (
      (m = line.match(/^type (\w+) (=\s*)?([^\s{]+.*)$/)) &&
      !/^type \w+ interface/.test(line) &&
      !/func\(/.test(line)
    ) {
      file.types[m[1]] = { decl: 'named', expr: m[3].replace(/\s*\/\/.*$/, '').trim() };
    }
    i++;
  }
  return file;
}

/** The lines of a top-level function, after its signature line up to its closing brace. */
function funcBody(lines, start) {
  const out = [];
  for (let j = start + 1; j < lines.length && !/^\}/.test(lines[j]); j++) out.push(lines[j].trim());
  return out;
}

function parseField(t, comments) {
  const nodoc = comments.some((c) => /docgen:nodoc/.test(c));
  const deprecated = comments.some((c) => /Deprecated:/.test(c));
  const tagMatch = t.match(/`([^`]*)`/);
  const tags = {};
  if (tagMatch) {
    for (const tm of tagMatch[1].matchAll(/(\w+):"([^"]*)"/g)) tags[tm[1]] = tm[2];
  }
  const head = t
    .replace(/`[^`]*`.*$/, '')
    .replace(/\/\/.*$/, '')
    .trim();
  const parts = head.split(/\s+/);
  let goName;
  let expr;
  if (parts.length === 1) {
    // embedded field
    expr = parts[0];
    goName = expr.replace(/^\*/, '').split('.').pop();
  } else {
    goName = parts[0];
    expr = parts.slice(1).join(' ');
  }
  if (!/^[A-Z]/.test(goName)) return null;
  const yamlTag = tags.yaml;
  if (yamlTag === '-') return null;
  const [yname, ...opts] = (yamlTag ?? '').split(',');
  return {
    go: goName,
    expr,
    yaml: yname,
    tagged: yamlTag !== undefined,
    omitempty: opts.includes('omitempty'),
    inline: opts.includes('inline'),
    flow: opts.includes('flow'),
    mergeReplace: (tags.merge ?? '').split(',').includes('replace'),
    omitOnlyIfNil: (tags.talos ?? '').includes('omitonlyifnil'),
    nodoc,
    deprecated,
  };
}

function loadVersion(tag) {
  const files = git('ls-tree', '-r', '--name-only', tag, TYPES_DIR)
    .split('\n')
    .filter((f) => f.endsWith('.go') && !/_test\.go$|_doc\.go$|deep_?copy|zz_generated/.test(f));
  const pkgs = {}; // dir -> { pkg, types, kinds, methods, importsByFile }
  for (const f of files) {
    const src = git('show', `${tag}:${f}`);
    const dir = path.posix.dirname(f).slice(TYPES_DIR.length + 1);
    const pf = parseGoFile(src, dir);
    const p = (pkgs[dir] ??= { pkg: pf.pkg, dir, types: {}, kinds: [], methods: [], consts: {}, funcs: {} });
    for (const [n, ty] of Object.entries(pf.types)) p.types[n] = { ...ty, imports: pf.imports };
    p.kinds.push(...pf.kinds.map((k) => ({ ...k, imports: pf.imports })));
    p.methods.push(...pf.methods);
    Object.assign(p.funcs, pf.funcs);
    Object.assign(p.consts, pf.consts);
  }
  return pkgs;
}

// Go types whose YAML form and merge rule the engine implements by hand (see src/model/special.ts).
const SPECIAL = {
  'time.Duration': 'duration',
  'url.URL': 'url',
  'meta.URL': 'url',
  'v1alpha1.Endpoint': 'url',
  'meta.Args': 'args',
  'v1alpha1.Args': 'args',
  'meta.Unstructured': 'unstructured',
  'v1alpha1.Unstructured': 'unstructured',
  'meta.Prefix': 'prefix',
  'network.Prefix': 'prefix',
  'network.Addr': 'addr',
  'network.AddrPort': 'addrport',
  'meta.Addr': 'addr',
  'meta.AddrPort': 'addrport',
  'netip.Prefix': 'prefix',
  'netip.Addr': 'addr',
  'netip.AddrPort': 'addrport',
  'x509.PEMEncodedCertificateAndKey': 'certkey',
  'x509.PEMEncodedCertificate': 'cert',
  'x509.PEMEncodedKey': 'key',
  'cel.Expression': 'cel',
  'block.ByteSize': 'bytesize',
  'block.PercentageSize': 'percentsize',
  'block.Size': 'size',
  'v1alpha1.Base64Bytes': 'base64bytes',
  'v1alpha1.DiskSize': 'disksize',
  'v1alpha1.FileMode': 'filemode',
  'runtime.EtcFileMode': 'filemode',
  'v1alpha1.InstallDiskSizeMatcher': 'disksizematcher',
  'network.PortRange': 'portrange',
  'nethelpers.HardwareAddr': 'hwaddr',
};
// Text-marshalled enums and names from packages outside config/types.
const TEXT_PACKAGES = new Set(['nethelpers', 'storageres', 'config', 'block_res']);
const TEXT_TYPES = new Set(['block.FilesystemType', 'block.EncryptionProviderType', 'block.VolumeType']);
const SCALARS = new Set([
  'string',
  'bool',
  'int',
  'int8',
  'int16',
  'int32',
  'int64',
  'uint',
  'uint8',
  'uint16',
  'uint32',
  'uint64',
  'float32',
  'float64',
  'byte',
]);

function buildVersion(pkgs) {
  const byPkg = {};
  for (const p of Object.values(pkgs)) byPkg[p.pkg] = p;
  const types = {};
  const problems = new Set();

  function qualify(name, pkg, imports) {
    const dot = name.indexOf('.');
    if (dot < 0) return `${pkg}.${name}`;
    const alias = name.slice(0, dot);
    const target = imports?.[alias];
    let q = alias;
    if (target?.includes('/config/types/'))
      q = byPkg[path.posix.basename(target)]?.pkg ?? path.posix.basename(target);
    else if (target && /resources\/block$/.test(target)) q = 'block_res';
    return `${q}.${name.slice(dot + 1)}`;
  }

  function resolve(expr, pkg, imports) {
    expr = expr.trim();
    if (expr.startsWith('*')) return { ...resolve(expr.slice(1), pkg, imports), ptr: true };
    if (expr === '[]byte') return { k: 'special', name: 'bytes' };
    if (expr.startsWith('[]')) return { k: 'list', of: resolve(expr.slice(2), pkg, imports) };
    let m;
    if ((m = expr.match(/^map\[(\w+)\](.+)$/))) return { k: 'map', of: resolve(m[2], pkg, imports) };
    if (expr === 'any' || expr === 'interface{}') return { k: 'special', name: 'any' };
    if (SCALARS.has(expr)) return { k: 'scalar', s: expr === 'byte' ? 'uint8' : expr };
    const q = qualify(expr, pkg, imports);
    if (SPECIAL[q]) return { k: 'special', name: SPECIAL[q] };
    const [qp, qn] = q.split('.');
    if (TEXT_PACKAGES.has(qp) || TEXT_TYPES.has(q)) return { k: 'special', name: 'text', go: q };
    const owner = byPkg[qp];
    const decl = owner?.types[qn];
    if (!decl) {
      problems.add(`unresolved ${q} (from ${expr} in ${pkg})`);
      return { k: 'special', name: 'unknown', go: q };
    }
    if (decl.decl === 'struct') {
      buildStruct(qp, qn);
      return { k: 'struct', ref: q };
    }
    // named non-struct type: keep its name so list/map types with their own merge rule are recognised
    if (decl.expr === 'struct{}') return { k: 'struct', ref: q, empty: true };
    const inner = resolve(decl.expr, qp, decl.imports);
    return { ...inner, named: q };
  }

  function buildStruct(pkg, name) {
    const q = `${pkg}.${name}`;
    if (types[q]) return;
    types[q] = { fields: [] };
    const decl = byPkg[pkg].types[name];
    const fields = [];
    for (const f of decl.fields) {
      if (f.inline) {
        const t = resolve(f.expr, pkg, decl.imports);
        if (t.k === 'struct') {
          for (const inner of types[t.ref].fields) fields.push({ ...inner });
          continue;
        }
        fields.push({ name: '', go: f.go, type: t, inline: true });
        continue;
      }
      if (!f.tagged) {
        // untagged exported fields only appear inside types the engine handles specially
        problems.add(`untagged field ${q}.${f.go}`);
        continue;
      }
      const field = {
        name: f.yaml || f.go.toLowerCase(),
        go: f.go,
        type: resolve(f.expr, pkg, decl.imports),
      };
      if (f.omitempty) field.omitempty = true;
      if (f.mergeReplace) field.mergeReplace = true;
      if (f.flow) field.flow = true;
      if (f.nodoc) field.nodoc = true;
      if (f.deprecated) field.deprecated = true;
      fields.push(field);
    }
    types[q].fields = fields;
  }

  // --- Redact: which YAML paths a kind's Redact method replaces -------------------------------------
  // A small reader of Talos's Redact methods (and the helpers they call): assignments of the
  // replacement to a field chain, `range` loops over lists and maps, nested Redact calls, URL query
  // parameters, and key-matched replacement inside free-form maps.
  function goType(expr, pkg, imports) {
    let e = expr.trim();
    let elem = null;
    while (e.startsWith('*')) e = e.slice(1);
    if (e.startsWith('[]')) elem = '[]';
    else if (/^map\[/.test(e)) elem = '*';
    return { expr: e, pkg, imports, elem };
  }
  function elemOf(t) {
    const e = t.expr;
    if (e.startsWith('[]')) return goType(e.slice(2), t.pkg, t.imports);
    const m = e.match(/^map\[\w+\](.+)$/);
    if (m) return goType(m[1], t.pkg, t.imports);
    // a named list/map type
    const decl = declOf(t);
    if (decl && decl.decl === 'named') return elemOf(goType(decl.expr, decl.pkg, decl.imports));
    return null;
  }
  function declOf(t) {
    const q = qualify(t.expr, t.pkg, t.imports);
    const [qp, qn] = q.split('.');
    const d = byPkg[qp]?.types[qn];
    return d ? { ...d, pkg: qp, name: qn } : null;
  }
  function structOf(t) {
    let d = declOf(t);
    while (d && d.decl === 'named') d = declOf(goType(d.expr, d.pkg, d.imports));
    return d && d.decl === 'struct' ? d : null;
  }
  /** Resolves `a.B.C[i]` against the variables in scope: the YAML segments and the Go type reached. */
  function resolveChain(chain, env) {
    const tokens = chain.replace(/\s+/g, '').split('.');
    const head = tokens.shift().match(/^(\w+)((?:\[\w+\])*)$/);
    if (!head || !env[head[1]]) return null;
    let { segs, type } = env[head[1]];
    segs = [...segs];
    const index = (n) => {
      for (let k = 0; k < n && type; k++) {
        segs.push(type.expr.startsWith('[]') || !/^map\[/.test(type.expr) ? '[]' : '*');
        const decl = /^(\[\]|map\[)/.test(type.expr) ? null : declOf(type);
        if (decl?.decl === 'named' && /^map\[/.test(decl.expr)) segs[segs.length - 1] = '*';
        type = elemOf(type);
      }
    };
    index((head[2].match(/\[/g) ?? []).length);
    for (const tok of tokens) {
      const m = tok.match(/^(\w+)((?:\[\w+\])*)$/);
      if (!m || !type) return null;
      const st = structOf(type);
      const f = st?.fields.find((x) => x.go === m[1]);
      if (f) {
        if (!f.inline && f.tagged) segs.push(f.yaml || f.go.toLowerCase());
        type = goType(f.expr, st.pkg, st.imports);
      } else if (st) return null;
      else {
        // a type from outside config/types (certificate pairs, URLs, free-form maps): its YAML keys are
        // the lower-camel Go names; the embedded value of a wrapper (`.URL`, `.Object`) adds no key
        if (!['URL', 'Object'].includes(m[1])) segs.push(m[1][0].toLowerCase() + m[1].slice(1));
        type = { expr: 'opaque', pkg: type.pkg, imports: type.imports };
      }
      index((m[2].match(/\[/g) ?? []).length);
    }
    return { segs, type };
  }
  function splitArgs(s) {
    const out = [];
    let depth = 0;
    let cur = '';
    for (const ch of s) {
      if (ch === '(' || ch === '[') depth++;
      if (ch === ')' || ch === ']') depth--;
      if (ch === ',' && depth === 0) {
        out.push(cur.trim());
        cur = '';
      } else cur += ch;
    }
    if (cur.trim()) out.push(cur.trim());
    return out;
  }
  function traceRedact(pkgName, goTypeName) {
    const found = new Set();
    const stack = [];
    const methodOf = (t, name) => {
      const st = structOf(t);
      if (!st) return null;
      const m = byPkg[st.pkg].methods.find((mm) => mm.type === st.name && mm.name === name);
      return m ? { ...m, pkg: st.pkg } : null;
    };
    const pathText = (segs) => segs.join('.').replaceAll('.[]', '[]');
    const run = (body, env, pkg, selfName) => {
      const literal = {};
      for (let li = 0; li < body.length; li++) {
        const line = body[li];
        let m;
        if ((m = line.match(/^for\s+_,\s*(\w+)\s*:=\s*range\s+\[\]\*?[\w.]+\{$/))) {
          // a loop over a literal list of field chains: the rest of the body runs once per chain
          const chains = [];
          let j = li + 1;
          for (; j < body.length && !/^\}\s*\{$/.test(body[j]); j++) chains.push(body[j].replace(/,$/, ''));
          for (const c of chains) {
            const r = resolveChain(c, env);
            if (r) run(body.slice(j + 1), { ...env, [m[1]]: r }, pkg, selfName);
          }
          return;
        }
        if ((m = line.match(/^for\s+(\w+)(?:\s*,\s*(\w+))?\s*:=\s*range\s+(.+?)\s*\{$/))) {
          const over = resolveChain(m[3], env);
          if (over && m[2]) {
            const el = elemOf(over.type);
            const mark =
              /^map\[/.test(over.type.expr) || declOf(over.type)?.expr?.startsWith('map[') ? '*' : '[]';
            if (el) env[m[2]] = { segs: [...over.segs, mark], type: el };
            if (m[1] !== '_') env[m[1]] = { segs: over.segs, type: over.type, key: true };
          }
        } else if ((m = line.match(/^if\s+(\w+)\s*==\s*"([^"]+)"/))) literal[m[1]] = m[2];
        else if ((m = line.match(/^(\w+)\s*:=\s*(.+)\.Query\(\)$/))) {
          const u = resolveChain(m[2], env);
          if (u) env[m[1]] = { segs: u.segs, type: u.type, query: true };
        } else if ((m = line.match(/^(\w+)\.Set\("([^"]+)",\s*replacement\)$/))) {
          if (env[m[1]]?.query) found.add(`${pathText(env[m[1]].segs)}?${m[2]}`);
        } else if ((m = line.match(/^(\w+)\[(\w+)\]\s*=\s*replacement$/))) {
          const base = env[m[1]];
          const key = literal[m[2]];
          const recursive = body.some((l) => new RegExp(`^${selfName}\\(`).test(l));
          if (base && key) found.add(pathText([...base.segs, ...(recursive ? ['**'] : []), key]));
        } else if ((m = line.match(/^([\w.[\]]+)\s*=\s*(.*)$/)) && /replacement|redact\w*\(/.test(m[2])) {
          const r = resolveChain(m[1], env);
          if (r) found.add(pathText(r.segs));
        } else if ((m = line.match(/^([\w.[\]]+)\.Redact\(replacement\)$/))) {
          const r = resolveChain(m[1], env);
          const method = r && methodOf(r.type, 'Redact');
          if (method && !stack.includes(method)) {
            stack.push(method);
            run(method.body, { [method.recv]: { segs: r.segs, type: r.type } }, method.pkg, '');
            stack.pop();
          }
        } else if ((m = line.match(/^(\w+)\((.*)\)$/)) && byPkg[pkg].funcs[m[1]] && m[1] !== selfName) {
          const fn = byPkg[pkg].funcs[m[1]];
          const args = splitArgs(m[2]);
          const fenv = {};
          fn.params.forEach((p, k) => {
            const r = args[k] && resolveChain(args[k], env);
            if (r) fenv[p.name] = r;
          });
          if (!stack.includes(fn)) {
            stack.push(fn);
            run(fn.body, fenv, pkg, m[1]);
            stack.pop();
          }
        }
      }
    };
    const root = goType(goTypeName, pkgName, {});
    const method = methodOf(root, 'Redact');
    if (method) run(method.body, { [method.recv]: { segs: [], type: root } }, method.pkg, '');
    return [...found].filter((f) => f !== '').sort();
  }

  const kinds = [];
  for (const p of Object.values(pkgs)) {
    for (const k of p.kinds) {
      const kind = k.kindArg.startsWith('"') ? k.kindArg.replaceAll('"', '') : p.consts[k.kindArg];
      if (!kind || !k.goType) {
        problems.add(`kind ${k.kindArg} in ${p.pkg} not resolved`);
        continue;
      }
      buildStruct(p.pkg, k.goType);
      const methods = new Set(p.methods.filter((mm) => mm.type === k.goType).map((mm) => mm.name));
      kinds.push({
        kind,
        type: `${p.pkg}.${k.goType}`,
        named: methods.has('Name') && kind !== 'v1alpha1',
        redacts: methods.has('Redact'),
        secretFields: methods.has('Redact') ? traceRedact(p.pkg, k.goType) : [],
        validates: methods.has('Validate'),
        v1alpha1Conflict: methods.has('V1Alpha1ConflictValidate'),
        controlPlaneOnly: methods.has('ControlplaneOnlyDocument'),
      });
    }
  }
  return { types, kinds, problems: [...problems] };
}

const perVersion = {};
for (const [contract, tag] of VERSIONS) {
  const built = buildVersion(loadVersion(tag));
  perVersion[contract] = built;
  console.error(`${tag}: ${built.kinds.length} kinds, ${Object.keys(built.types).length} types`);
  for (const pr of built.problems) console.error(`  ${pr}`);
}

// Merge the versions: newest layout first; fields and kinds carry since/until.
const contracts = VERSIONS.map(([c]) => c);
const newest = contracts.at(-1);
const model = { source: Object.fromEntries(VERSIONS), contracts, kinds: [], types: {} };
// Per kind: the contracts in which Talos validates it, has it conflict with v1alpha1 and keeps it to
// control planes, and the union of the fields its Redact replaces.
const kindMap = new Map();
const PER_CONTRACT = ['validates', 'v1alpha1Conflict', 'controlPlaneOnly'];
for (const c of contracts) {
  for (const k of perVersion[c].kinds) {
    const { secretFields, validates, v1alpha1Conflict, controlPlaneOnly, ...base } = k;
    const flags = { validates, v1alpha1Conflict, controlPlaneOnly };
    let entry = kindMap.get(k.kind);
    if (entry) {
      entry.until = c;
      Object.assign(entry, { type: k.type, named: k.named, redacts: k.redacts });
    } else {
      entry = {
        ...base,
        since: c,
        until: c,
        secretFields: [],
        ...Object.fromEntries(PER_CONTRACT.map((f) => [f, []])),
      };
      kindMap.set(k.kind, entry);
    }
    for (const f of PER_CONTRACT) if (flags[f]) entry[f].push(c);
    entry.secretFields = [...new Set([...entry.secretFields, ...secretFields])].sort();
    if (k.redacts && secretFields.length === 0)
      console.error(`  ${c} ${k.kind}: Redact replaces no field the reader understood`);
  }
}
for (const k of kindMap.values()) {
  if (k.since === contracts[0]) delete k.since;
  if (k.until === newest) delete k.until;
  for (const f of [...PER_CONTRACT, 'secretFields']) if (k[f].length === 0) delete k[f];
  model.kinds.push(k);
}
const typeNames = new Set(contracts.flatMap((c) => Object.keys(perVersion[c].types)));
for (const tn of [...typeNames].sort()) {
  const order = [];
  const byName = new Map();
  for (const c of [...contracts].reverse()) {
    const t = perVersion[c].types[tn];
    if (!t) continue;
    let prevName = null;
    for (const f of t.fields) {
      const key = f.name || `~${f.go}`;
      let entry = byName.get(key);
      if (!entry) {
        entry = { ...f, versions: new Set() };
        byName.set(key, entry);
        const at = prevName === null ? 0 : order.indexOf(prevName) + 1;
        order.splice(at, 0, key);
      }
      entry.versions.add(c);
      const newer = JSON.stringify(entry.type);
      const older = JSON.stringify(f.type);
      if (newer !== older) {
        // the field changed type between contracts: keep each older shape for that contract
        entry.typeBefore ??= {};
        entry.typeBefore[c] = f.type;
      }
      prevName = key;
    }
  }
  const fields = order.map((key) => {
    const e = byName.get(key);
    const present = contracts.filter((c) => e.versions.has(c));
    const { versions, ...f } = e;
    if (present[0] !== contracts[0]) f.since = present[0];
    if (present.at(-1) !== newest) f.until = present.at(-1);
    return f;
  });
  const present = contracts.filter((c) => perVersion[c].types[tn]);
  model.types[tn] = { fields };
  if (present[0] !== contracts[0]) model.types[tn].since = present[0];
}
writeFileSync(out, JSON.stringify(model, null, 1) + '\n');
console.error(`wrote ${out}: ${model.kinds.length} kinds, ${Object.keys(model.types).length} types`);
