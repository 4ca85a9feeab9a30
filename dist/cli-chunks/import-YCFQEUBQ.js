import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  TalosClient
} from "./chunk-34BHOFJA.js";
import {
  defaultTalosconfigPath,
  readTalosconfig,
  resolveContext
} from "./chunk-B3AFNTAU.js";
import {
  DEFAULT_FACTORY,
  EMPTY_SCHEMATIC_ID,
  SecretRegistry,
  factoryInstallerImage,
  generateBaseConfig,
  kubernetesVersionOf,
  memoryFiles,
  parseFactorySchematic,
  parseSecretsBundle,
  registerSecretPaths,
  renderFleet,
  schematicId,
  secretValuesOf
} from "./chunk-BEKQC6IL.js";
import {
  GoFloat,
  applyPatches,
  decodeAny,
  decodeConfig,
  emitDocument,
  encodeAny,
  fromJS,
  goString,
  loadConfig,
  loadPatch,
  parseYamlDocuments,
  stateText
} from "./chunk-N2UEE4T7.js";
import {
  encryptSopsYaml
} from "./chunk-3QKKBY2X.js";
import "./chunk-S72DQVPL.js";
import {
  generateX25519Identity,
  identityToRecipient
} from "./chunk-ND6V7LFJ.js";
import {
  decryptSopsFile,
  loadAgeIdentities,
  looksSopsEncrypted,
  parseAgeIdentities
} from "./chunk-HLEF6RPP.js";
import {
  contractOf,
  list,
  parseArgs,
  require_dist,
  str,
  structInfo
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError,
  describeError
} from "./chunk-4MQPINWT.js";
import "./chunk-XKE3C3WH.js";
import {
  __toESM
} from "./chunk-ZD72TYB7.js";

// src/cli/commands/import.ts
import { existsSync as existsSync3, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path4 from "node:path";

// src/import/live.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/generate/recover.ts
var isMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function at(root, path5) {
  let cur = root;
  for (const key of path5) cur = isMap(cur) ? cur[key] : void 0;
  return cur;
}
var legacy = (docs) => docs.find((d) => d.kind === void 0 && d.version === "v1alpha1");
var byKind = (docs, kind, name) => docs.find((d) => d.kind === kind && (name === void 0 || d.name === name));
var Reader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  string(doc, path5, label) {
    const v = at(doc, path5);
    if (typeof v !== "string" || v === "") {
      throw new TalosGitopsError(
        `${this.source}: ${label} is missing, so the secrets bundle cannot be read`,
        {
          file: this.source,
          field: label
        }
      );
    }
    return v;
  }
  optional(doc, path5) {
    const v = at(doc, path5);
    return typeof v === "string" && v !== "" ? v : void 0;
  }
};
var b64 = (pem) => Buffer.from(pem, "latin1").toString("base64");
function recoverInputs(docs, source) {
  const r = new Reader(source);
  const v1 = legacy(docs);
  const type = r.string(v1, ["machine", "type"], "machine.type");
  if (!["controlplane", "init", "worker"].includes(type)) {
    throw new TalosGitopsError(`${source}: machine.type is neither controlplane nor worker`, {
      file: source,
      field: "machine.type"
    });
  }
  const kube = byKind(docs, "KubeClusterConfig");
  return {
    role: type === "worker" ? "worker" : "controlplane",
    clusterName: kube ? r.string(kube, ["clusterName"], "KubeClusterConfig.clusterName") : r.string(v1, ["cluster", "clusterName"], "cluster.clusterName"),
    endpoint: kube ? r.string(kube, ["endpoint"], "KubeClusterConfig.endpoint") : r.string(v1, ["cluster", "controlPlane", "endpoint"], "cluster.controlPlane.endpoint")
  };
}
function recoverSecretsBundle(docs, source) {
  const r = new Reader(source);
  const v1 = legacy(docs);
  const kubeCa = byKind(docs, "KubeAPIServerCAConfig");
  const pair = (doc, path5, label) => ({
    crt: r.string(doc, [...path5, "crt"], `${label}.crt`),
    key: r.string(doc, [...path5, "key"], `${label}.key`)
  });
  const pemPair = (doc, kind) => ({
    crt: b64(r.string(doc, ["issuingCA", "cert"], `${kind}.issuingCA.cert`)),
    key: b64(r.string(doc, ["issuingCA", "key"], `${kind}.issuingCA.key`))
  });
  const secrets = {
    bootstraptoken: r.string(v1, ["cluster", "token"], "cluster.token")
  };
  let cluster;
  let certs;
  const common = {
    etcd: pair(v1, ["cluster", "etcd", "ca"], "cluster.etcd.ca"),
    os: pair(v1, ["machine", "ca"], "machine.ca")
  };
  if (kubeCa) {
    const identity = byKind(docs, "DiscoveryIdentityConfig");
    cluster = {
      id: r.string(identity, ["clusterID"], "DiscoveryIdentityConfig.clusterID"),
      secret: r.string(identity, ["clusterSecret"], "DiscoveryIdentityConfig.clusterSecret")
    };
    const account = byKind(docs, "KubeServiceAccountConfig");
    certs = {
      etcd: common.etcd,
      k8s: pemPair(kubeCa, "KubeAPIServerCAConfig"),
      k8saggregator: pemPair(byKind(docs, "KubeAggregatorCAConfig"), "KubeAggregatorCAConfig"),
      k8sserviceaccount: {
        key: b64(r.string(account, ["issuer", "privateKey"], "KubeServiceAccountConfig.issuer.privateKey"))
      },
      os: common.os
    };
    const providers = at(byKind(docs, "KubeEtcdEncryptionConfig"), ["config", "resources"]);
    const keys = (Array.isArray(providers) ? providers : []).flatMap((res) => Array.isArray(at(res, ["providers"])) ? at(res, ["providers"]) : []).flatMap(
      (p) => Array.isArray(at(p, ["secretbox", "keys"])) ? at(p, ["secretbox", "keys"]) : []
    );
    for (const k of keys) {
      if (!isMap(k) || typeof k.secret !== "string") continue;
      if (k.name === "key2") secrets.secretboxencryptionsecret = k.secret;
      if (k.name === "key1") secrets.aescbcencryptionsecret = k.secret;
    }
  } else {
    cluster = {
      id: r.string(v1, ["cluster", "id"], "cluster.id"),
      secret: r.string(v1, ["cluster", "secret"], "cluster.secret")
    };
    certs = {
      etcd: common.etcd,
      k8s: pair(v1, ["cluster", "ca"], "cluster.ca"),
      k8saggregator: pair(v1, ["cluster", "aggregatorCA"], "cluster.aggregatorCA"),
      k8sserviceaccount: {
        key: r.string(v1, ["cluster", "serviceAccount", "key"], "cluster.serviceAccount.key")
      },
      os: common.os
    };
    const secretbox = r.optional(v1, ["cluster", "secretboxEncryptionSecret"]);
    if (secretbox) secrets.secretboxencryptionsecret = secretbox;
    const aescbc = r.optional(v1, ["cluster", "aescbcEncryptionSecret"]);
    if (aescbc) secrets.aescbcencryptionsecret = aescbc;
  }
  if (!secrets.secretboxencryptionsecret && !secrets.aescbcencryptionsecret) {
    throw new TalosGitopsError(`${source}: the config holds no etcd encryption secret`, { file: source });
  }
  return {
    cluster,
    secrets,
    trustdinfo: { token: r.string(v1, ["machine", "token"], "machine.token") },
    certs
  };
}
function recoverHostname(docs) {
  const doc = byKind(docs, "HostnameConfig");
  const name = doc ? at(doc, ["hostname"]) : at(legacy(docs), ["machine", "network", "hostname"]);
  return typeof name === "string" && name !== "" ? name : void 0;
}

// src/import/config-diff.ts
var LEGACY = "v1alpha1";
var IDENTITY_KEYS = /* @__PURE__ */ new Set(["apiVersion", "kind", "name"]);
function isPlainMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof GoFloat);
}
function parseConfigDocs(text, source) {
  return parseYamlDocuments(text, source).filter((d) => d.root !== null).map((d) => {
    const body = decodeAny(d.root);
    return { id: documentKey(body), body };
  });
}
function documentKey(body) {
  if (typeof body.kind !== "string") return LEGACY;
  return typeof body.name === "string" && body.name !== "" ? `${body.kind}/${body.name}` : body.kind;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (a instanceof GoFloat || b instanceof GoFloat)
    return a instanceof GoFloat && b instanceof GoFloat && a.value === b.value;
  if (typeof a === "bigint" || typeof b === "bigint") return String(a) === String(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainMap(a) && isPlainMap(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
function diffConfigs(base, target) {
  const ops = [];
  const baseById = new Map(base.map((d) => [d.id, d]));
  const targetIds = new Set(target.map((d) => d.id));
  for (const d of base) if (!targetIds.has(d.id)) ops.push({ doc: d.id, path: [], op: "delete-doc" });
  const baseOrder = base.filter((d) => d.id !== LEGACY && targetIds.has(d.id)).map((d) => d.id);
  let next = 0;
  let inPlace = true;
  for (const d of target) {
    const b = baseById.get(d.id);
    if (d.id === LEGACY) {
      if (b) diffValue(d.id, b.body, d.body, [], ops);
      else ops.push({ doc: d.id, path: [], op: "add-doc", value: d.body });
      continue;
    }
    if (inPlace && b && baseOrder[next] === d.id) {
      next++;
      diffValue(d.id, b.body, d.body, [], ops);
      continue;
    }
    inPlace = false;
    if (b) ops.push({ doc: d.id, path: [], op: "delete-doc" });
    ops.push({ doc: d.id, path: [], op: "add-doc", value: d.body });
  }
  return ops;
}
function diffValue(doc, base, target, path5, ops) {
  if (deepEqual(base, target)) return;
  if (isPlainMap(base) && isPlainMap(target)) {
    for (const k of Object.keys(target)) {
      if (path5.length === 0 && IDENTITY_KEYS.has(k)) continue;
      if (!(k in base)) setDeep(doc, [...path5, k], target[k], ops);
      else diffValue(doc, base[k], target[k], [...path5, k], ops);
    }
    for (const k of Object.keys(base))
      if (!(k in target)) ops.push({ doc, path: [...path5, k], op: "delete" });
    return;
  }
  if (Array.isArray(base) && Array.isArray(target)) {
    const grows = target.length > base.length && base.every((x, i) => deepEqual(x, target[i]));
    if (grows) ops.push({ doc, path: path5, op: "set", value: target.slice(base.length) });
    else ops.push({ doc, path: path5, op: "replace", value: target });
    return;
  }
  ops.push({ doc, path: path5, op: "set", value: target });
}
function setDeep(doc, path5, value, ops) {
  if (isPlainMap(value) && Object.keys(value).length > 0) {
    for (const k of Object.keys(value)) setDeep(doc, [...path5, k], value[k], ops);
    return;
  }
  ops.push({ doc, path: path5, op: "set", value });
}
function opKey(op) {
  return `${op.doc}\0${op.path.join("\0")}`;
}
function sameOp(a, b) {
  if (a.op !== b.op || opKey(a) !== opKey(b)) return false;
  const va = "value" in a ? a.value : void 0;
  const vb = "value" in b ? b.value : void 0;
  return deepEqual(va, vb);
}
function overlaps(a, b) {
  if (a.doc !== b.doc) return false;
  const n = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < n; i++) if (a.path[i] !== b.path[i]) return false;
  return true;
}

// src/import/reproduce.ts
var import_yaml = __toESM(require_dist(), 1);

// src/import/patch-files.ts
function holdsSecret(value, isSecret) {
  if (Array.isArray(value)) return value.some((v) => holdsSecret(v, isSecret));
  if (isPlainMap(value)) return Object.values(value).some((v) => holdsSecret(v, isSecret));
  return typeof value === "string" && isSecret(value);
}
function levelPatches(ops, headerOf, isSecret) {
  const readded = new Set(ops.filter((o) => o.op === "add-doc").map((o) => o.doc));
  const reset = [];
  const main = [];
  const secret = [];
  let addingSecretly = false;
  for (const o of ops) {
    if (o.op === "replace") reset.push({ doc: o.doc, path: o.path, op: "delete" });
    if (o.op === "delete-doc" && readded.has(o.doc)) {
      reset.push(o);
      continue;
    }
    const hidden = "value" in o && holdsSecret(o.value, isSecret);
    if (o.op === "add-doc" && hidden) addingSecretly = true;
    if (hidden || o.op === "add-doc" && addingSecretly) secret.push(o);
    else main.push(o);
  }
  return {
    reset: patchText(reset, headerOf),
    main: patchText(main, headerOf),
    secret: patchText(secret, headerOf)
  };
}
var DELETE = { $patch: "delete" };
function patchText(ops, headerOf) {
  if (ops.length === 0) return void 0;
  const docs = /* @__PURE__ */ new Map();
  const order = [];
  const docFor = (id) => {
    let d = docs.get(id);
    if (!d) {
      d = {};
      docs.set(id, d);
      order.push(id);
    }
    return d;
  };
  for (const o of ops) {
    if (o.op === "add-doc") {
      docs.set(`${o.doc}\0add`, o.value);
      order.push(`${o.doc}\0add`);
      continue;
    }
    if (o.op === "delete-doc") {
      const key = `${o.doc}\0delete`;
      docs.set(key, { ...headerOf(o.doc), ...DELETE });
      order.push(key);
      continue;
    }
    const body = docFor(o.doc);
    setAt(body, o.path, o.op === "delete" ? { ...DELETE } : o.value);
  }
  return order.map((key) => {
    const id = key.split("\0")[0];
    const body = docs.get(key);
    const header = key.includes("\0") || id === LEGACY ? {} : headerOf(id);
    return emitDocument(documentNode({ ...header, ...body }), { indent: 2 });
  }).join("---\n");
}
function setAt(root, path5, value) {
  let cur = root;
  for (const k of path5.slice(0, -1)) {
    if (!isPlainMap(cur[k])) cur[k] = {};
    cur = cur[k];
  }
  cur[path5[path5.length - 1]] = value;
}
function documentNode(body) {
  const first = ["apiVersion", "kind", "name"].filter((k) => k in body);
  const rest = encodeAny(Object.fromEntries(Object.entries(body).filter(([k]) => !first.includes(k))));
  const entries = first.map((k) => [goString(k), encodeAny(body[k])]);
  if (rest.k === "map") entries.push(...rest.entries);
  return { k: "map", entries };
}

// src/import/reproduce.ts
var CLUSTER_SCHEMA_URL = "https://raw.githubusercontent.com/talos-gitops/talos-gitops/v1/schemas/cluster.schema.json";
var MAX_ROUNDS = 6;
async function reproduceCluster(opts) {
  const contract = contractOf(opts.cluster.talosVersion);
  if (!contract) {
    throw new TalosGitopsError(
      `Talos ${opts.cluster.talosVersion} is outside the supported contracts 1.10 to 1.14`
    );
  }
  const names = /* @__PURE__ */ new Set();
  for (const n of opts.nodes) {
    if (names.has(n.name)) throw new TalosGitopsError(`two nodes are both named ${JSON.stringify(n.name)}`);
    names.add(n.name);
    registerSecretPaths(loadConfig(n.config, `node ${n.name}`, contract), opts.registry);
  }
  const isSecret = (text) => opts.registry.has(text) || opts.registry.redact(text) !== text;
  const throwaway = await generateX25519Identity();
  const verifyIdentities = await parseAgeIdentities(throwaway, "a throwaway key");
  const verifyRecipients = [...opts.recipients, await identityToRecipient(throwaway)];
  const wanted = new Map(opts.nodes.map((n) => [n.name, parseConfigDocs(n.config, `node ${n.name}`)]));
  const headers = /* @__PURE__ */ new Map();
  const build = async (arr, recipients, after, final = false) => folderFiles(opts, arr, recipients, (id) => headers.get(id) ?? {}, isSecret, after, final);
  const render = async (arr, after) => {
    const files = await build(arr, verifyRecipients, after);
    return renderTexts(opts, files, verifyIdentities, new SecretRegistry());
  };
  const empty = { cluster: [], roles: { controlplane: [], worker: [] }, nodes: /* @__PURE__ */ new Map() };
  const bases = await render(empty);
  const baseDocs = /* @__PURE__ */ new Map();
  const ops = /* @__PURE__ */ new Map();
  for (const n of opts.nodes) {
    const base = parseConfigDocs(bases.get(n.name), `base of ${n.name}`);
    baseDocs.set(n.name, base);
    for (const d of [...base, ...wanted.get(n.name)]) headers.set(d.id, identityOf(d.body));
    ops.set(n.name, diffConfigs(base, wanted.get(n.name)));
  }
  let mismatched = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const texts = await render(arrange(opts.nodes, ops, "per-node"));
    mismatched = opts.nodes.filter((n) => texts.get(n.name) !== n.config).map((n) => n.name);
    if (mismatched.length === 0) break;
    for (const name of mismatched) {
      const got = parseConfigDocs(texts.get(name), `render of ${name}`);
      const left = diffConfigs(got, wanted.get(name));
      ops.set(name, escalate(ops.get(name), left, baseDocs.get(name), wanted.get(name)));
    }
  }
  if (mismatched.length > 0) {
    const texts = await render(arrange(opts.nodes, ops, "per-node"));
    const detail = mismatched.map((name) => {
      const left = diffConfigs(parseConfigDocs(texts.get(name), name), wanted.get(name));
      const where = left.map((o) => [o.doc, ...o.path].join(".")).slice(0, 5);
      return `${name} (${where.length ? `differs at ${where.join(", ")}` : "differs in layout only"})`;
    });
    throw new TalosGitopsError(
      `no patches reproduce these nodes' configs byte for byte: ${detail.join("; ")}. Nothing was written.`
    );
  }
  const placements = opts.after ? [...opts.after.levels ? [{ placement: "levels" }] : [], { placement: "per-node" }] : [];
  const wantedFinal = (n) => opts.after ? opts.after.expected[n.name] : n.config;
  for (const sharing of ["levels", "levels-except-documents", "per-node"]) {
    const arr = arrange(opts.nodes, ops, sharing);
    if (sharing !== "per-node") {
      const texts = await render(arr);
      if (opts.nodes.some((n) => texts.get(n.name) !== n.config)) continue;
    }
    let after;
    for (const candidate of placements) {
      const texts = await render(arr, candidate);
      if (opts.nodes.every((n) => texts.get(n.name) === wantedFinal(n))) {
        after = candidate;
        break;
      }
    }
    if (opts.after && !after) {
      const texts = await render(arr, { placement: "per-node" });
      const off = opts.nodes.filter((n) => texts.get(n.name) !== wantedFinal(n)).map((n) => n.name);
      throw new TalosGitopsError(
        `with their own patches, these nodes do not render as expected: ${off.join(", ")}. Nothing was written.`
      );
    }
    return {
      files: await build(arr, opts.recipients, after, true),
      sharing,
      afterPlacement: after?.placement,
      counts: {
        cluster: arr.cluster.length,
        roles: { controlplane: arr.roles.controlplane.length, worker: arr.roles.worker.length },
        nodes: Object.fromEntries(opts.nodes.map((n) => [n.name, arr.nodes.get(n.name)?.length ?? 0]))
      }
    };
  }
  throw new Error("unreachable: the per-node arrangement was verified");
}
function identityOf(body) {
  const out = {};
  for (const k of ["apiVersion", "kind", "name"]) if (k in body) out[k] = body[k];
  return out;
}
function arrange(nodes, ops, sharing) {
  const shareable = (o) => sharing === "levels" || sharing === "levels-except-documents" && o.op !== "add-doc" && o.op !== "delete-doc";
  const common = (group) => {
    if (sharing === "per-node" || group.length < 2) return [];
    const [first, ...rest] = group.map((n) => ops.get(n.name));
    return first.filter((o) => shareable(o) && rest.every((r) => r.some((x) => sameOp(x, o))));
  };
  const without = (list3, taken) => list3.filter((o) => !taken.some((t) => sameOp(t, o)));
  const cluster = common(nodes);
  const roles = { controlplane: [], worker: [] };
  for (const role of ["controlplane", "worker"]) {
    const group = nodes.filter((n) => n.role === role);
    roles[role] = without(common(group), cluster);
  }
  const perNode = /* @__PURE__ */ new Map();
  for (const n of nodes) perNode.set(n.name, without(without(ops.get(n.name), cluster), roles[n.role]));
  return { cluster, roles, nodes: perNode };
}
function escalate(current, left, base, wanted) {
  let ops = [...current];
  const wantedValue = (doc, path5) => valueAt(wanted.find((d) => d.id === doc)?.body, path5);
  const inBase = (doc, path5) => valueAt(base.find((d) => d.id === doc)?.body, path5) !== void 0;
  for (const l of left) {
    if (l.op === "add-doc" || l.op === "delete-doc" || l.path.length === 0) {
      if (!ops.some((o) => sameOp(o, l))) ops.push(l);
      continue;
    }
    const touching = ops.filter((o) => overlaps(o, l) && o.path.length > 0);
    const path5 = [l.path, ...touching.map((o) => o.path)].reduce((a, b) => b.length < a.length ? b : a);
    const value = wantedValue(l.doc, path5);
    ops = ops.filter((o) => !touching.includes(o));
    if (value === void 0) ops.push({ doc: l.doc, path: path5, op: "delete" });
    else if (inBase(l.doc, path5)) ops.push({ doc: l.doc, path: path5, op: "replace", value });
    else ops.push({ doc: l.doc, path: path5, op: "set", value });
  }
  return dedupe(ops);
}
function dedupe(ops) {
  const out = [];
  for (const o of ops) if (!out.some((x) => sameOp(x, o))) out.push(o);
  return out;
}
function valueAt(root, path5) {
  let cur = root;
  for (const k of path5) {
    if (!isPlainMap(cur)) return void 0;
    cur = cur[k];
  }
  return cur;
}
async function renderTexts(opts, files, identities, registry) {
  const dir = `clusters/${opts.cluster.name}`;
  const repo = Object.fromEntries(Object.entries(files).map(([p, t]) => [`${dir}/${p}`, t]));
  const result = await renderFleet({ files: memoryFiles(repo, "import"), identities, registry });
  if (result.errors.length > 0) {
    const e = result.errors[0];
    throw new TalosGitopsError(`the imported folder does not render: ${describeError(e.error)}`);
  }
  const cluster = result.fleet.clusters[0];
  return new Map(cluster.nodes.map((n) => [n.name, n.text]));
}
async function folderFiles(opts, arr, recipients, headerOf, isSecret, after, final) {
  const files = {};
  files["secrets.sops.yaml"] = final && opts.bundleFile !== void 0 ? opts.bundleFile : await encryptSopsYaml(opts.bundleYaml, { recipients, file: "secrets.sops.yaml" });
  if (after && opts.after) {
    for (const [file, f] of Object.entries(opts.after.files)) {
      files[file] = final && f.keep !== void 0 ? f.keep : f.secret || f.keep !== void 0 ? await encryptSopsYaml(f.text, { recipients, file }) : f.text;
    }
  }
  const levels = after?.placement === "levels" ? opts.after?.levels : void 0;
  const level = async (name, ops) => {
    const p = levelPatches(ops, headerOf, isSecret);
    const refs = [];
    if (p.reset) refs.push(write(`patches/${name}.reset.yaml`, p.reset));
    if (p.main) refs.push(write(`patches/${name}.yaml`, p.main));
    if (p.secret) {
      const file = `patches/${name}.secrets.sops.yaml`;
      const rule = { kind: "unencrypted_regex", value: "^(apiVersion|kind|name)$" };
      refs.push(write(file, await encryptSopsYaml(p.secret, { recipients, file, rule })));
    }
    return refs;
  };
  const write = (path5, text) => {
    files[path5] = text;
    return path5;
  };
  const cluster = [...await level("cluster", arr.cluster), ...levels?.cluster ?? []];
  const roles = {
    controlplane: [
      ...await level("controlplane", arr.roles.controlplane),
      ...levels?.roles.controlplane ?? []
    ],
    worker: [...await level("worker", arr.roles.worker), ...levels?.roles.worker ?? []]
  };
  const nodes = [];
  for (const n of opts.nodes) {
    const own = await level(`nodes/${n.name}`, arr.nodes.get(n.name) ?? []);
    const later = !after ? [] : levels ? levels.nodes[n.name] ?? [] : opts.after?.perNode[n.name] ?? [];
    nodes.push({ node: n, patches: [...own, ...later] });
  }
  files["cluster.yaml"] = clusterYaml(opts, cluster, roles, nodes);
  return files;
}
var flow = (list3) => `[${list3.join(", ")}]`;
var block = (key, v, indent) => import_yaml.default.stringify({ [key]: v }, { indent: 2, lineWidth: 0 }).trimEnd().split("\n").map((l) => indent + l);
function clusterYaml(opts, cluster, roles, nodes) {
  const c = opts.cluster;
  const lines = [`# yaml-language-server: $schema=${opts.schemaUrl ?? CLUSTER_SCHEMA_URL}`];
  for (const h of opts.header ?? []) lines.push(`# ${h}`.trimEnd());
  lines.push(`name: ${c.name}`, `stage: ${c.stage}`, `talosVersion: ${c.talosVersion}`);
  if (c.kubernetesVersion) lines.push(`kubernetesVersion: ${c.kubernetesVersion}`);
  lines.push(`endpoint: ${c.endpoint}`, "secrets: secrets.sops.yaml");
  const sch = opts.schematics;
  if (sch?.cluster) lines.push(...block("schematic", sch.cluster, ""));
  lines.push(`patches: ${flow(cluster)}`);
  for (const role of ["controlplane", "worker"]) {
    const schematic = sch?.roles?.[role];
    if (roles[role].length === 0 && !schematic) continue;
    lines.push(`${role}:`);
    if (schematic) lines.push(...block("schematic", schematic, "  "));
    if (roles[role].length > 0) lines.push(`  patches: ${flow(roles[role])}`);
  }
  lines.push("nodes:");
  for (const { node, patches } of nodes) {
    lines.push(`  - name: ${node.name}`, `    address: ${node.address}`, `    role: ${node.role}`);
    const schematic = sch?.nodes?.[node.name];
    if (schematic) lines.push(...block("schematic", schematic, "    "));
    if (patches.length > 0) lines.push(`    patches: ${flow(patches)}`);
  }
  return `${lines.join("\n")}
`;
}

// src/import/live.ts
var NODE_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
async function readNodes(opts) {
  const out = new Array(opts.nodes.length);
  let next = 0;
  const worker = async () => {
    while (next < opts.nodes.length) {
      const i = next++;
      const address = opts.nodes[i];
      const [version, config] = await Promise.all([
        opts.client.version(address),
        opts.client.getMachineConfig(address)
      ]);
      out[i] = { address, tag: version.tag, config };
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, opts.nodes.length) }, worker));
  return out;
}
async function importLiveCluster(opts) {
  if (opts.nodes.length === 0) {
    throw new TalosGitopsError("no nodes to read: list them in the talosconfig context or with --nodes");
  }
  if (new Set(opts.nodes).size !== opts.nodes.length) throw new TalosGitopsError("a node is listed twice");
  const live = await readNodes(opts);
  const described = live.map((n) => {
    const source = `node ${n.address}`;
    if (n.config.trim() === "") throw new TalosGitopsError(`${source} returned no machine config`);
    const docs = parseConfigDocs(n.config, source);
    const bodies = docs.map((d) => d.body);
    const inputs = recoverInputs(bodies, source);
    const hostname = recoverHostname(bodies);
    return { ...n, docs: bodies, inputs, name: hostname && NODE_NAME.test(hostname) ? hostname : n.address };
  });
  const mismatch = described.filter((n) => n.inputs.clusterName !== opts.cluster);
  if (mismatch.length > 0) {
    throw new TalosGitopsError(
      `these nodes belong to another cluster than ${JSON.stringify(opts.cluster)}: ${mismatch.map((n) => `${n.address} (${JSON.stringify(n.inputs.clusterName)})`).join(", ")}`
    );
  }
  const endpoints = new Set(described.map((n) => n.inputs.endpoint));
  if (endpoints.size > 1) {
    throw new TalosGitopsError(`the nodes name different cluster endpoints: ${[...endpoints].join(", ")}`);
  }
  const versions = new Set(described.map((n) => n.tag));
  if (versions.size > 1) {
    throw new TalosGitopsError(
      `the nodes run different Talos versions (${described.map((n) => `${n.address} ${n.tag}`).join(", ")}): finish the upgrade, then import`
    );
  }
  const controlPlanes = described.filter((n) => n.inputs.role === "controlplane");
  if (controlPlanes.length === 0) {
    throw new TalosGitopsError(
      "no control plane among the nodes: the secrets bundle is read from a control plane"
    );
  }
  const bundles = controlPlanes.map((n) => import_yaml2.default.stringify(recoverSecretsBundle(n.docs, `node ${n.address}`)));
  if (bundles.some((b) => b !== bundles[0])) {
    throw new TalosGitopsError(
      "the control planes carry different cluster secrets: they are not one cluster"
    );
  }
  const bundleYaml = bundles[0];
  const bundle = parseSecretsBundle(
    import_yaml2.default.parse(bundleYaml),
    `the secrets of node ${controlPlanes[0].address}`
  );
  opts.registry.addAll(secretValuesOf(bundle));
  const names = /* @__PURE__ */ new Map();
  for (const n of described) {
    const other = names.get(n.name);
    if (other) throw new TalosGitopsError(`nodes ${other} and ${n.address} have the same hostname ${n.name}`);
    names.set(n.name, n.address);
  }
  const talosVersion = [...versions][0];
  const contract = contractOf(talosVersion);
  if (!contract)
    throw new TalosGitopsError(`Talos ${talosVersion} is outside the supported contracts 1.10 to 1.14`);
  const first = controlPlanes[0];
  const kubernetesVersion = kubernetesVersionOf(loadConfig(first.config, `node ${first.address}`, contract));
  const nodes = described.map((n) => ({
    name: n.name,
    address: n.address,
    role: n.inputs.role,
    config: n.config
  }));
  const folder = await reproduceCluster({
    cluster: {
      name: opts.cluster,
      stage: opts.stage,
      talosVersion,
      kubernetesVersion,
      endpoint: [...endpoints][0]
    },
    bundleYaml,
    nodes,
    recipients: opts.recipients,
    registry: opts.registry,
    header: [
      `Imported from the running cluster (${nodes.length} nodes, Talos ${talosVersion}) by talos-gitops import.`
    ]
  });
  return {
    ...folder,
    talosVersion,
    kubernetesVersion,
    nodes: nodes.map(({ name, address, role }) => ({ name, address, role }))
  };
}

// src/cli/commands/import-talhelper.ts
import path3 from "node:path";

// src/import/talhelper/import.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";

// src/import/talhelper/envsubst.ts
var NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
var BRACED = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=+])(.*))?$/s;
function substituteEnv(text, env, file) {
  let out = "";
  let i = 0;
  const lineAt = (pos) => text.slice(0, pos).split("\n").length;
  const value = (name, pos, op, word) => {
    const v = env[name];
    const set = v !== void 0;
    const nonEmpty = set && v !== "";
    switch (op) {
      case ":-":
      case ":=":
        return nonEmpty ? v : word ?? "";
      case "-":
      case "=":
        return set ? v : word ?? "";
      case ":+":
        return nonEmpty ? word ?? "" : "";
      case "+":
        return set ? word ?? "" : "";
      default:
        if (!set || !nonEmpty) {
          throw new TalosGitopsError(
            `variable \${${name}} is ${set ? "set but empty" : "not set"} (talhelper refuses it too)`,
            { file, line: lineAt(pos), field: name }
          );
        }
        return v;
    }
  };
  while (i < text.length) {
    const c = text[i];
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (next === "{") {
      const end = text.indexOf("}", i + 2);
      const m2 = end < 0 ? null : BRACED.exec(text.slice(i + 2, end));
      if (!m2) {
        out += c;
        i++;
        continue;
      }
      out += value(m2[1], i, m2[2], m2[3]);
      i = end + 1;
      continue;
    }
    NAME.lastIndex = i + 1;
    const m = NAME.exec(text);
    if (m) {
      out += value(m[0], i);
      i += 1 + m[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
function parseEnvFile(text) {
  const out = {};
  for (const raw of text.replace(/^---$/gm, "").split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*[:=]\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2].trim();
    if (v.startsWith('"') && v.endsWith('"') || v.startsWith("'") && v.endsWith("'")) v = v.slice(1, -1);
    else v = v.replace(/\s+#.*$/, "");
    out[m[1]] = v;
  }
  return out;
}

// src/import/talhelper/template.ts
function isTemplate(text) {
  return text.includes("{{") || text.includes("}}");
}
var FUNCS = {
  contains: (sub, s) => str2(s).includes(str2(sub)),
  hasPrefix: (p, s) => str2(s).startsWith(str2(p)),
  hasSuffix: (p, s) => str2(s).endsWith(str2(p)),
  lower: (s) => str2(s).toLowerCase(),
  upper: (s) => str2(s).toUpperCase(),
  trim: (s) => str2(s).trim(),
  quote: (s) => JSON.stringify(str2(s)),
  replace: (old, neu, s) => str2(s).replaceAll(str2(old), str2(neu)),
  default: (d, v) => v === void 0 || v === null || v === "" || v === false || v === 0 ? d : v
};
function str2(v) {
  if (v === void 0 || v === null) return "";
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}
function goPrint(v) {
  if (v === void 0) return "<no value>";
  if (v === null) return "<nil>";
  return str2(v);
}
function renderTemplate(text, data, where) {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{{", i);
    if (open < 0) {
      out += text.slice(i);
      break;
    }
    const close = text.indexOf("}}", open + 2);
    if (close < 0) throw new TalosGitopsError(`${where}: a template action is not closed`);
    let before = text.slice(i, open);
    let action = text.slice(open + 2, close);
    let next = close + 2;
    if (action.startsWith("-")) {
      before = before.trimEnd();
      action = action.slice(1);
    }
    if (action.endsWith("-")) {
      action = action.slice(0, -1);
      while (next < text.length && /\s/.test(text[next])) next++;
    }
    out += before + goPrint(evalPipeline(action.trim(), data, where));
    i = next;
  }
  return out;
}
function tokenize(expr, where) {
  const tokens = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\||\(|\)|[^\s|()]+)/y;
  re.lastIndex = 0;
  while (re.lastIndex < expr.length) {
    const m = re.exec(expr);
    if (!m) break;
    tokens.push(m[1]);
  }
  if (tokens.join("").replace(/\s/g, "") !== expr.replace(/\s/g, "")) {
    throw new TalosGitopsError(`${where}: cannot read the template action {{ ${expr} }}`);
  }
  return tokens;
}
function evalPipeline(expr, data, where) {
  const stages = [[]];
  for (const t of tokenize(expr, where)) {
    if (t === "|") stages.push([]);
    else if (t === "(" || t === ")")
      throw new TalosGitopsError(`${where}: parentheses in {{ ${expr} }} are not carried over`);
    else stages[stages.length - 1].push(t);
  }
  let value;
  let first = true;
  for (const stage of stages) {
    if (stage.length === 0) throw new TalosGitopsError(`${where}: an empty pipeline stage in {{ ${expr} }}`);
    const [head, ...rest] = stage;
    const args = rest.map((a) => operand(a, data, where, expr));
    if (FUNCS[head]) {
      value = FUNCS[head](...args, ...first ? [] : [value]);
    } else if (rest.length === 0 && first) {
      value = operand(head, data, where, expr);
    } else {
      throw new TalosGitopsError(
        `${where}: the template function ${JSON.stringify(head)} in {{ ${expr} }} is not carried over; write its result instead`
      );
    }
    first = false;
  }
  return value;
}
function operand(token, data, where, expr) {
  if (token.startsWith('"')) return JSON.parse(token);
  if (token.startsWith("`")) return token.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
  if (token === "true" || token === "false") return token === "true";
  if (token === ".") return data.config;
  if (token.startsWith(".")) return fieldPath(token.slice(1).split("."), data, where);
  throw new TalosGitopsError(`${where}: ${JSON.stringify(token)} in {{ ${expr} }} is not carried over`);
}
function fieldPath(goNames, data, where) {
  let value = data.config;
  let type = { k: "struct", ref: "v1alpha1.Config" };
  for (const name of goNames) {
    if (type?.k === "struct") {
      const field = structInfo(type.ref, data.contract).fields.find(
        (f) => f.go === name
      );
      if (!field) throw new TalosGitopsError(`${where}: the config has no field ${name}`);
      value = isMap2(value) ? value[field.name] : void 0;
      type = field.type;
    } else if (type?.k === "map") {
      value = isMap2(value) ? value[name] : void 0;
      type = type.of;
    } else {
      throw new TalosGitopsError(`${where}: cannot look up ${name} in a value that is not a struct or map`);
    }
    if (value === void 0) return type?.ptr || type?.k === "map" ? null : zeroOf(type);
  }
  return value;
}
function zeroOf(type) {
  if (type?.k === "scalar") return type.s === "string" ? "" : type.s === "bool" ? false : 0;
  if (type?.k === "special") return "";
  return null;
}
var isMap2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

// src/import/talhelper/node-config.ts
var DEFAULT_INSTALLER_TEMPLATE = "{{.RegistryURL}}/{{.Mode}}-installer{{if .Secureboot}}-secureboot{{end}}/{{.ID}}:{{.Version}}";
var isMap3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var list2 = (v) => Array.isArray(v) ? v : [];
function section(root, ...path5) {
  let cur = root;
  for (const k of path5) {
    if (!isMap3(cur[k])) cur[k] = {};
    cur = cur[k];
  }
  return cur;
}
var TALHELPER_DEFAULT_TALOS = "v1.13.9";
function talosVersionOf(project) {
  const v = project.config.talosVersion;
  if (typeof v !== "string" || v === "") return TALHELPER_DEFAULT_TALOS;
  return v.startsWith("v") ? v : `v${v}`;
}
function generateNode(project, node, bundle, contract) {
  const c = project.config;
  const s = node.settings;
  const talosVersion = talosVersionOf(project);
  const multidocNetwork = contract !== "1.10" && contract !== "1.11";
  const notCarried = [];
  const where = `node ${node.hostname}`;
  const role = node.controlPlane ? "controlplane" : "worker";
  const docs = generateBaseConfig({
    bundle,
    clusterName: String(c.clusterName),
    endpoint: String(c.endpoint),
    talosVersion,
    kubernetesVersion: String(c.kubernetesVersion),
    role,
    installDisk: "",
    installImage: `ghcr.io/siderolabs/installer:${talosVersion}`,
    dnsDomain: typeof c.domain === "string" && c.domain !== "" ? c.domain : void 0,
    additionalSANs: list2(c.additionalApiServerCertSans).map(String)
  });
  const v1 = docs[0];
  const machine = section(v1, "machine");
  const cluster = section(v1, "cluster");
  delete cluster.discovery;
  machine.certSANs = list2(c.additionalMachineCertSans).map(String);
  const network = section(cluster, "network");
  network.podSubnets = list2(c.clusterPodNets).length ? list2(c.clusterPodNets) : ["10.244.0.0/16"];
  network.serviceSubnets = list2(c.clusterSvcNets).length ? list2(c.clusterSvcNets) : ["10.96.0.0/12"];
  if (node.controlPlane && (c.allowSchedulingOnMasters === true || c.allowSchedulingOnControlPlanes === true)) {
    cluster.allowSchedulingOnControlPlanes = true;
  }
  if (bundle.secrets.aescbcEncryptionSecret)
    cluster.aescbcEncryptionSecret = bundle.secrets.aescbcEncryptionSecret;
  if (!multidocNetwork) {
    const net = section(machine, "network");
    if (s.ignoreHostname !== true) net.hostname = node.hostname;
    if (list2(s.nameservers).length) net.nameservers = list2(s.nameservers);
    if (s.disableSearchDomain === true) net.disableSearchDomain = true;
    if (list2(s.networkInterfaces).length) net.interfaces = list2(s.networkInterfaces);
  } else if (list2(s.networkInterfaces).length) {
    notCarried.push(
      `${where}: networkInterfaces — for Talos 1.12+ talhelper turns them into LinkConfig, BondConfig, VLANConfig, DHCP, VIP, WireGuard and bridge documents; write those documents as a node patch`
    );
  }
  const install = section(machine, "install");
  if (typeof s.installDisk === "string" && s.installDisk !== "") install.disk = s.installDisk;
  if (isMap3(s.installDiskSelector)) install.diskSelector = s.installDiskSelector;
  if (list2(s.machineDisks).length) machine.disks = list2(s.machineDisks);
  if (list2(s.kernelModules).length) machine.kernel = { modules: list2(s.kernelModules) };
  const [labels, labelTemplates] = splitTemplates(s.nodeLabels);
  const [annotations, annotationTemplates] = splitTemplates(s.nodeAnnotations);
  if (isMap3(s.nodeAnnotations)) machine.nodeAnnotations = annotations;
  if (isMap3(s.nodeLabels)) machine.nodeLabels = labels;
  if (isMap3(s.nodeTaints)) machine.nodeTaints = s.nodeTaints;
  if (list2(s.machineFiles).length) {
    machine.files = list2(s.machineFiles).map((f) => {
      const { skipEnvsubst: _skip, ...file } = f;
      return file;
    });
  }
  const spec = isMap3(s.machineSpec) ? s.machineSpec : {};
  const schematic = isMap3(s.schematic) ? s.schematic : void 0;
  const kernelArgs = list2(
    isMap3(schematic?.customization) ? schematic.customization.extraKernelArgs : []
  );
  if (kernelArgs.length && spec.useUKI !== true && !multidocNetwork) {
    install.extraKernelArgs = [...list2(install.extraKernelArgs), ...kernelArgs];
  }
  if (list2(s.certSANs).length) machine.certSANs = [...list2(machine.certSANs), ...list2(s.certSANs)];
  const installer = installerOf(project, s, schematic, spec, talosVersion, where, notCarried);
  install.image = installer.image;
  const data = { config: v1, contract };
  for (const [key, value] of Object.entries(labelTemplates))
    machine.nodeLabels[key] = renderTemplate(value, data, `${where} nodeLabels.${key}`);
  for (const [key, value] of Object.entries(annotationTemplates))
    machine.nodeAnnotations[key] = renderTemplate(value, data, `${where} nodeAnnotations.${key}`);
  if (isMap3(c.cniConfig)) {
    if (contract === "1.14")
      notCarried.push(`${where}: cniConfig on Talos 1.14 (talhelper rewrites KubeFlannelCNIConfig)`);
    else network.cni = c.cniConfig;
  }
  if (list2(c.inlineManifests).length) {
    cluster.inlineManifests = list2(c.inlineManifests).map((m) => {
      const { skipEnvsubst: _skip, ...manifest } = m;
      return manifest;
    });
  }
  if (list2(s.extraManifests).length) {
    notCarried.push(
      `${where}: extraManifests (talhelper appends them to the generated file; use patches instead)`
    );
  }
  const base = decodeConfig(
    docs.map((d, index) => ({ root: fromJS(d), index })),
    { file: `${where} (generated)`, contract, trackOrigins: false }
  );
  const text = mergeDocuments(
    stateText({ docs: base }, contract),
    talhelperDocuments(s, node.hostname, multidocNetwork),
    contract,
    where
  );
  return { config: text, schematic: installer.schematic, notCarried };
}
function talhelperDocuments(s, hostname, multidocNetwork) {
  const extra = [];
  const doc = (kind, body) => ({ apiVersion: "v1alpha1", kind, ...body });
  if (multidocNetwork && (list2(s.nameservers).length || s.disableSearchDomain === true)) {
    extra.push(
      doc("ResolverConfig", {
        nameservers: list2(s.nameservers).map((address) => ({ address })),
        searchDomains: { disableDefault: s.disableSearchDomain === true }
      })
    );
  }
  if (multidocNetwork) {
    extra.push(
      doc("HostnameConfig", s.ignoreHostname === true ? { auto: "stable" } : { hostname, auto: "off" })
    );
  }
  if (isMap3(s.ingressFirewall)) {
    const fw = s.ingressFirewall;
    extra.push(doc("NetworkDefaultActionConfig", { ingress: fw.defaultAction ?? "block" }));
    for (const r of list2(fw.rules)) {
      extra.push(
        doc("NetworkRuleConfig", { name: r.name, portSelector: r.portSelector, ingress: r.ingress })
      );
    }
  }
  for (const e of list2(s.extensionServices)) {
    extra.push(
      doc("ExtensionServiceConfig", { name: e.name, configFiles: e.configFiles, environment: e.environment })
    );
  }
  for (const v of list2(s.volumes)) {
    extra.push(doc("VolumeConfig", { name: v.name, provisioning: v.provisioning, encryption: v.encryption }));
  }
  for (const v of list2(s.userVolumes)) {
    extra.push(
      doc("UserVolumeConfig", {
        name: v.name,
        volumeType: v.volumeType,
        provisioning: v.provisioning,
        filesystem: v.filesystem,
        encryption: v.encryption
      })
    );
  }
  return extra;
}
function mergeDocuments(text, docs, contract, where) {
  if (docs.length === 0) return text;
  const patchText2 = docs.map((d) => emitDocument(encodeAny(dropUndefined(d)), { indent: 2 })).join("---\n");
  const patch = loadPatch(patchText2, `${where} (talhelper's documents)`, { contract });
  return stateText(
    applyPatches({ docs: loadConfig(text, where, contract) }, [patch], where, contract),
    contract
  );
}
function dropUndefined(v) {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== void 0 && x !== null));
}
function splitTemplates(v) {
  const plain = {};
  const templates = {};
  if (!isMap3(v)) return [plain, templates];
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === "string" && isTemplate(x)) templates[k] = x;
    else plain[k] = x;
  }
  return [plain, templates];
}
function installerOf(project, s, schematic, spec, talosVersion, where, notCarried) {
  if (typeof s.talosImageURL === "string" && s.talosImageURL !== "")
    return { image: `${s.talosImageURL}:${talosVersion}` };
  const factory = isMap3(project.config.imageFactory) ? project.config.imageFactory : {};
  const registry = typeof factory.registryURL === "string" && factory.registryURL ? factory.registryURL : DEFAULT_FACTORY;
  const template = typeof factory.installerURLTmpl === "string" && factory.installerURLTmpl ? factory.installerURLTmpl : DEFAULT_INSTALLER_TEMPLATE;
  let parsed = { customization: {} };
  if (schematic) {
    try {
      parsed = parseFactorySchematic(JSON.stringify(schematic), `${where} schematic`);
    } catch (e) {
      throw new TalosGitopsError(
        `${where}: its schematic is not one the Image Factory takes: ${e.message}`
      );
    }
  }
  const id = schematic ? schematicId(parsed) : EMPTY_SCHEMATIC_ID;
  const mode = typeof spec.mode === "string" && spec.mode ? spec.mode : "metal";
  const secureBoot = spec.secureboot === true;
  if (template !== DEFAULT_INSTALLER_TEMPLATE) {
    notCarried.push(
      `${where}: imageFactory.installerURLTmpl (a custom template; set the installer image in a patch)`
    );
  }
  const image = `${registry}/${mode}-installer${secureBoot ? "-secureboot" : ""}/${id}:${talosVersion}`;
  const rendered = factoryInstallerImage({
    schematicId: id,
    talosVersion,
    platform: mode,
    secureBoot,
    factory: registry
  });
  if (rendered !== image) return { image };
  const carried = { ...schematic ?? { customization: {} } };
  if (secureBoot) carried.secureBoot = true;
  if (mode !== "metal") carried.platform = mode;
  if (registry !== DEFAULT_FACTORY) carried.factory = registry;
  return { image, schematic: carried };
}

// src/import/talhelper/talconfig.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var DEFAULT_ENV_FILES = ["talenv.yaml", "talenv.sops.yaml", "talenv.yml", "talenv.sops.yml"];
var DEFAULT_SECRET_FILES = [
  "talsecret.yaml",
  "talsecret.sops.yaml",
  "talsecret.yml",
  "talsecret.sops.yml"
];
var NODE_CONFIGS = [
  "nodeLabels",
  "nodeAnnotations",
  "nodeTaints",
  "machineDisks",
  "machineFiles",
  "disableSearchDomain",
  "kernelModules",
  "nameservers",
  "networkInterfaces",
  "extraManifests",
  "certSANs",
  "patches",
  "talosImageURL",
  "noSchematicValidate",
  "schematic",
  "imageSchematic",
  "machineSpec",
  "ingressFirewall",
  "extensionServices",
  "volumes",
  "userVolumes",
  "filenameTmpl"
];
var isMap4 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function isZero(v) {
  if (v === void 0 || v === null || v === false || v === "" || v === 0) return true;
  if (isMap4(v) && Object.keys(v).length > 0) return Object.values(v).every(isZero);
  return false;
}
async function fileReader(identities, secretValues) {
  return async (file) => {
    const raw = readFileSync(file, "utf8");
    if (!looksSopsEncrypted(raw, file)) return { text: raw, decrypted: false, recipients: [] };
    const dec = await decryptSopsFile(raw, file, identities);
    secretValues.push(...dec.secretValues);
    const text = dec.format === "yaml" ? dec.documents.map((d) => d.toString({ lineWidth: 0 })).join("---\n") : dec.format === "json" ? `${JSON.stringify(dec.values[0], null, 2)}
` : dec.format === "dotenv" ? dec.dotenv.map((e) => `${e.key}=${e.value}`).join("\n") : dec.binary?.toString("utf8") ?? "";
    return { text, decrypted: true, recipients: dec.metadata.recipients };
  };
}
function stripComments(text, file) {
  const docs = import_yaml3.default.parseAllDocuments(text, { keepSourceTokens: false });
  const list3 = Array.isArray(docs) ? docs : [docs];
  return list3.map((doc) => {
    if (doc.errors[0])
      throw new TalosGitopsError(`not valid YAML: ${doc.errors[0].message.split("\n")[0]}`, { file });
    doc.commentBefore = null;
    doc.comment = null;
    import_yaml3.default.visit(doc, (_k, node) => {
      if (import_yaml3.default.isNode(node)) {
        node.comment = null;
        node.commentBefore = null;
      }
    });
    return doc.toString({ lineWidth: 0 });
  }).join("---\n");
}
async function loadTalhelperProject(opts) {
  const file = path.resolve(opts.file);
  const dir = path.dirname(file);
  if (!existsSync(file)) throw new TalosGitopsError(`${opts.file} not found`);
  const env = { ...opts.env };
  const envFiles = [...DEFAULT_ENV_FILES.map((f) => path.join(dir, f)), ...opts.envFiles ?? []];
  for (const f of envFiles) {
    if (!existsSync(f)) continue;
    const { text } = await opts.read(f);
    Object.assign(env, parseEnvFile(text));
  }
  const source = readFileSync(file, "utf8");
  const substituted = substituteEnv(stripComments(source, opts.file), env, opts.file);
  const docs = parseYamlDocuments(substituted, opts.file).filter((d) => d.root !== null);
  if (docs.length !== 1 || docs[0].root.t !== "map") {
    throw new TalosGitopsError("talconfig.yaml must hold one YAML mapping", { file: opts.file });
  }
  const config = decodeAny(docs[0].root);
  for (const key of ["clusterName", "endpoint", "kubernetesVersion"]) {
    if (typeof config[key] !== "string" || config[key] === "")
      throw new TalosGitopsError(`talconfig.yaml needs ${key}`, { file: opts.file, field: key });
  }
  const nodes = Array.isArray(config.nodes) ? config.nodes : [];
  if (nodes.length === 0)
    throw new TalosGitopsError("talconfig.yaml lists no nodes", { file: opts.file, field: "nodes" });
  const resolved = await resolveFileRefs(config, dir, opts.read, env);
  const role = (name) => isMap4(resolved[name]) ? resolved[name] : {};
  return {
    file,
    dir,
    config: resolved,
    nodes: resolved.nodes.map(
      (n, i) => completeNode(n, n.controlPlane === true ? role("controlPlane") : role("worker"), i, opts.file)
    ),
    patches: stringList(resolved.patches),
    env,
    secretValues: opts.secretValues
  };
}
function stringList(v) {
  return Array.isArray(v) ? v.map((x) => String(x)) : [];
}
function completeNode(node, role, index, file) {
  const hostname = node.hostname;
  if (typeof hostname !== "string" || hostname === "") {
    throw new TalosGitopsError(`nodes[${index}] has no hostname`, {
      file,
      field: `nodes[${index}].hostname`
    });
  }
  const settings = { ...node };
  for (const key of NODE_CONFIGS) if (isZero(settings[key]) && !isZero(role[key])) settings[key] = role[key];
  const rolePatches = node.overridePatches === true ? [] : stringList(role.patches);
  const nodePatches = stringList(node.patches);
  settings.patches = [...rolePatches, ...nodePatches];
  if (node.overrideMachineCertSANs !== true && Array.isArray(role.certSANs) && Array.isArray(node.certSANs)) {
    settings.certSANs = [...node.certSANs, ...role.certSANs];
  }
  const address = String(node.ipAddress ?? "").split(",").map((s) => s.trim()).find(Boolean);
  return {
    hostname,
    address: address ?? hostname,
    controlPlane: node.controlPlane === true,
    settings,
    rolePatches,
    ownPatches: nodePatches
  };
}
async function resolveFileRefs(config, dir, read, env) {
  const content = async (value, skipEnvsubst, env2) => {
    if (typeof value !== "string" || !value.startsWith("@")) return value;
    const f = path.resolve(dir, value.slice(1));
    const { text } = await read(f);
    return skipEnvsubst ? text : substituteEnv(text, env2, f);
  };
  const out = { ...config };
  if (Array.isArray(config.inlineManifests)) {
    out.inlineManifests = await Promise.all(
      config.inlineManifests.map(async (m) => ({
        ...m,
        contents: await content(m.contents, m.skipEnvsubst === true, env)
      }))
    );
  }
  const files = async (list3) => Array.isArray(list3) ? Promise.all(
    list3.map(async (f) => ({
      ...f,
      content: await content(f.content, f.skipEnvsubst === true, env)
    }))
  ) : list3;
  out.nodes = await Promise.all(
    config.nodes.map(
      async (n) => n.machineFiles ? { ...n, machineFiles: await files(n.machineFiles) } : n
    )
  );
  for (const r of ["controlPlane", "worker"]) {
    const role = config[r];
    if (isMap4(role) && role.machineFiles) out[r] = { ...role, machineFiles: await files(role.machineFiles) };
  }
  return out;
}

// src/import/talhelper/import.ts
var NODE_NAME2 = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
async function importTalhelper(opts) {
  const secretValues = [];
  const read = await fileReader(opts.identities, secretValues);
  const project = await loadTalhelperProject({
    file: opts.file,
    envFiles: opts.envFiles,
    env: opts.env,
    read,
    secretValues
  });
  const talosVersion = talosVersionOf(project);
  const contract = contractOf(talosVersion);
  if (!contract)
    throw new TalosGitopsError(`talosVersion ${talosVersion} is outside the contracts 1.10 to 1.14`);
  if (contract === "1.14") {
    throw new TalosGitopsError(
      "talosVersion 1.14: talhelper builds on a Talos library older than 1.14, whose generator puts the installer where 1.14 no longer does; import a 1.14 cluster from its nodes instead (import --talosconfig)"
    );
  }
  const clusterName = String(project.config.clusterName);
  for (const n of project.nodes) {
    if (!NODE_NAME2.test(n.hostname)) {
      throw new TalosGitopsError(
        `node hostname ${JSON.stringify(n.hostname)} is not a valid node name here`,
        {
          file: opts.file
        }
      );
    }
  }
  const secretFile = opts.secretFile !== void 0 ? path2.resolve(opts.secretFile) : DEFAULT_SECRET_FILES.map((f) => path2.join(project.dir, f)).find((f) => existsSync2(f));
  if (!secretFile || !existsSync2(secretFile)) {
    throw new TalosGitopsError(
      "no talsecret file next to talconfig.yaml: without one talhelper makes new secrets on every run, so there are none to carry over (create one with `talhelper gensecret`, or start with `talos-gitops init`)"
    );
  }
  const raw = readFileSync2(secretFile, "utf8");
  const secret = await read(secretFile);
  const plainBundle = substituteEnv(secret.text, project.env, secretFile);
  const bundle = parseSecretsBundle(import_yaml4.default.parse(plainBundle), secretFile);
  opts.registry.addAll(secretValuesOf(bundle));
  opts.registry.addAll(secretValues);
  const recipients = opts.recipients?.length ? opts.recipients : secret.recipients;
  if (recipients.length === 0) {
    throw new TalosGitopsError(
      `${path2.basename(secretFile)} is not SOPS-encrypted: give --recipient so the bundle is written encrypted`
    );
  }
  const bundleKept = secret.decrypted && !opts.recipients?.length && plainBundle === secret.text;
  const notCarried = [];
  const generated = /* @__PURE__ */ new Map();
  for (const n of project.nodes) {
    const g = generateNode(project, n, bundle, contract);
    generated.set(n.hostname, g);
    notCarried.push(...g.notCarried);
  }
  for (const key of ["extraManifests"]) {
    if (project.config[key] !== void 0)
      notCarried.push(`${key} (talhelper appends it to the generated file)`);
  }
  const patchFiles = new PatchFiles(project.dir, project.env, read, opts.registry);
  const perNode = {};
  const expected = {};
  const refsOf = {};
  for (const n of project.nodes) {
    let text = generated.get(n.hostname).config;
    const where = `node ${n.hostname}`;
    const role = await patchFiles.add(n.rolePatches, rolePrefix(n), text, contract, where);
    const own = await patchFiles.add(n.ownPatches, `nodes/${n.hostname}`, text, contract, where);
    text = applyAll(text, [...role.texts, ...own.texts], contract, where);
    const global = await patchFiles.add(project.patches, "cluster", text, contract, where);
    expected[n.hostname] = applyAll(text, global.texts, contract, where);
    perNode[n.hostname] = [...role.refs, ...own.refs, ...global.refs];
    refsOf[n.hostname] = { role: role.refs, own: own.refs, global: global.refs };
  }
  const after = {
    files: patchFiles.files,
    perNode,
    expected,
    levels: levelsOf(project.nodes, refsOf)
  };
  const nodes = project.nodes.map((n) => ({
    name: n.hostname,
    address: n.address,
    role: n.controlPlane ? "controlplane" : "worker",
    config: generated.get(n.hostname).config
  }));
  const kubernetesVersion = String(project.config.kubernetesVersion);
  const folder = await reproduceCluster({
    cluster: {
      name: clusterName,
      stage: opts.stage ?? "default",
      talosVersion,
      kubernetesVersion: kubernetesVersion.startsWith("v") ? kubernetesVersion : `v${kubernetesVersion}`,
      endpoint: String(project.config.endpoint)
    },
    bundleYaml: plainBundle,
    bundleFile: bundleKept ? raw : void 0,
    nodes,
    recipients,
    registry: opts.registry,
    header: [`Imported from ${path2.basename(opts.file)} (talhelper) by talos-gitops import talhelper.`],
    schematics: placeSchematics(nodes, generated),
    after
  });
  return {
    ...folder,
    cluster: clusterName,
    talosVersion,
    nodes: nodes.map(({ name, address, role }) => ({ name, address, role })),
    bundleKept,
    notCarried,
    differences: [
      "layout: talhelper re-indents its output with 2 spaces; render writes Talos's canonical encoding (4 spaces, the bytes talosctl prints) — the documents and values are the same",
      "talosconfig: not written (keep talhelper's, or use `talosctl config`); talos-gitops reads one for apply",
      "validation: talhelper validates each file as it writes it; here `talos-gitops validate` does, with policies"
    ]
  };
}
function rolePrefix(n) {
  return n.controlPlane ? "controlplane" : "worker";
}
function applyAll(text, patches, contract, where) {
  if (patches.length === 0) return text;
  const loaded = patches.map((p, i) => loadPatch(p, `${where} patch ${i + 1}`, { contract }));
  return stateText(
    applyPatches({ docs: loadConfig(text, where, contract) }, loaded, where, contract),
    contract
  );
}
var PatchFiles = class {
  constructor(dir, env, read, registry) {
    this.dir = dir;
    this.env = env;
    this.read = read;
    this.registry = registry;
  }
  dir;
  env;
  read;
  registry;
  files = {};
  byContent = /* @__PURE__ */ new Map();
  async add(patches, scope, configText, contract, where) {
    const refs = [];
    const texts = [];
    const v1 = parseConfigDocs(configText, where).find((d) => d.id === LEGACY)?.body ?? {};
    for (const [i, p] of patches.entries()) {
      let text;
      let name;
      let raw;
      if (p.startsWith("@")) {
        const file = path2.resolve(this.dir, p.slice(1));
        const read = await this.read(file);
        if (read.text.trim() === "") continue;
        const rendered = isTemplate(read.text) ? renderTemplate(read.text, { config: v1, contract }, `${where} patch ${p}`) : read.text;
        text = substituteEnv(rendered, this.env, file);
        name = path2.relative(this.dir, file).replace(/^(\.\.\/)+/, "").replace(/[^A-Za-z0-9._/-]/g, "-");
        if (read.decrypted && text === read.text) raw = readFileSync2(file, "utf8");
      } else {
        text = isTemplate(p) ? renderTemplate(p, { config: v1, contract }, `${where} patch ${i + 1}`) : p;
        name = `${scope}-${i + 1}.yaml`;
      }
      texts.push(text);
      refs.push(await this.store(name, text, raw));
    }
    return { refs, texts };
  }
  async store(name, text, encrypted) {
    const known = this.byContent.get(text);
    if (known) return known;
    const secret = this.registry.redact(text) !== text;
    const base = `patches/talhelper/${name.replace(/(\.sops)?\.(ya?ml|json)$/, "")}`;
    let file = secret || encrypted ? `${base}.sops.yaml` : `${base}.yaml`;
    for (let n = 2; this.files[file] !== void 0; n++)
      file = file.replace(/(-\d+)?(\.sops)?\.yaml$/, `-${n}$2.yaml`);
    this.files[file] = {
      text: text.endsWith("\n") ? text : `${text}
`,
      secret: secret || encrypted !== void 0,
      keep: encrypted !== void 0 && looksSopsEncrypted(encrypted, file) ? encrypted : void 0
    };
    this.byContent.set(text, file);
    return file;
  }
};
function levelsOf(nodes, refs) {
  const same = (lists) => lists.every((l) => JSON.stringify(l) === JSON.stringify(lists[0]));
  const all = nodes.map((n) => refs[n.hostname]);
  if (!same(all.map((r) => r.global))) return void 0;
  const roles = { controlplane: [], worker: [] };
  for (const role of ["controlplane", "worker"]) {
    const group = nodes.filter((n) => (n.controlPlane ? "controlplane" : "worker") === role).map((n) => refs[n.hostname]);
    if (!same(group.map((r) => r.role))) return void 0;
    roles[role] = group[0]?.role ?? [];
  }
  return {
    cluster: all[0]?.global ?? [],
    roles,
    nodes: Object.fromEntries(nodes.map((n) => [n.hostname, refs[n.hostname].own]))
  };
}
function placeSchematics(nodes, generated) {
  const of = (n) => generated.get(n.name)?.schematic;
  const key = (n) => JSON.stringify(of(n) ?? null);
  if (nodes.every((n) => of(n) && key(n) === key(nodes[0]))) return { cluster: of(nodes[0]) };
  const roles = {};
  const perNode = {};
  for (const role of ["controlplane", "worker"]) {
    const group = nodes.filter((n) => n.role === role);
    if (group.length > 1 && group.every((n) => of(n) && key(n) === key(group[0])))
      roles[role] = of(group[0]);
    else for (const n of group) if (of(n)) perNode[n.name] = of(n);
  }
  return { roles, nodes: perNode };
}

// src/cli/commands/import-talhelper.ts
var IMPORT_TALHELPER_HELP = `Usage: talos-gitops import talhelper [talconfig.yaml] [--recipient AGE_RECIPIENT...] [--env-file F]...
                                    [--secret-file F] [--stage S] [--out DIR] [--clusters-dir DIR]

Writes OUT/clusters/<clusterName>/ (default OUT: the current folder) from a talhelper project so that
\`render\` gives the machine configs \`talhelper genconfig\` generates (checked before anything is written):
  - talconfig.yaml (default ./talconfig.yaml) is read as talhelper reads it: env variables from
    talenv{,.sops}.y{a,}ml next to it and --env-file, \`@./file\` references, role settings for nodes;
  - talhelper's own settings (hostname, install disk, labels, files, nameservers, …) become the smallest
    cluster, role and node patches; each node's schematic goes to cluster.yaml (its installer follows);
  - its patches are written as files under patches/talhelper/, applied in talhelper's order;
  - talsecret.sops.yaml (or --secret-file) is kept as the bundle, byte for byte; with --recipient it is
    re-encrypted to those recipients instead. Patches holding secret values are written encrypted.
What differs by design and what cannot be carried over is printed. Age identities to decrypt the
talhelper files come from SOPS_AGE_KEY / SOPS_AGE_KEY_FILE.`;
async function importTalhelperCommand(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    recipient: { value: true, multiple: true, short: "r" },
    "env-file": { value: true, multiple: true, short: "e" },
    "secret-file": { value: true, short: "s" },
    stage: { value: true },
    out: { value: true, short: "o" },
    "clusters-dir": { value: true },
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${IMPORT_TALHELPER_HELP}
`);
    return 0;
  }
  if (positionals.length > 1) throw new TalosGitopsError("import talhelper takes one talconfig.yaml");
  const file = path3.resolve(io.cwd, positionals[0] ?? "talconfig.yaml");
  const registry = new SecretRegistry();
  const identities = await loadAgeIdentities({ env: io.env });
  const say = (t) => io.out(registry.redact(t));
  const imported = await importTalhelper({
    file,
    envFiles: list(flags["env-file"]).map((f) => path3.resolve(io.cwd, f)),
    secretFile: str(flags["secret-file"]) ? path3.resolve(io.cwd, str(flags["secret-file"])) : void 0,
    env: io.env,
    identities,
    recipients: list(flags.recipient),
    registry,
    stage: str(flags.stage)
  });
  const dir = clusterFolder(io, flags, imported.cluster);
  writeFolder(dir, imported.files);
  say(
    `imported ${imported.cluster} from ${path3.relative(io.cwd, file) || file}: ${imported.nodes.length} nodes, Talos ${imported.talosVersion}
`
  );
  say(`wrote ${path3.relative(io.cwd, dir) || dir}/: ${describeFolder(imported.files)}
`);
  say(
    imported.bundleKept ? "secrets.sops.yaml is talhelper's secrets file, byte for byte\n" : "secrets.sops.yaml holds talhelper's secrets, re-encrypted to the given recipients\n"
  );
  say(
    imported.afterPlacement === "levels" ? "talhelper's patches sit at their levels (global, role, node): that renders the same as talhelper's order\n" : "talhelper's patches are listed per node in talhelper's order (role, node, then global), which decides the result here\n"
  );
  say("render gives the configs talhelper genconfig generates (checked before writing)\n");
  say("\nDifferences by design:\n");
  for (const d of imported.differences) say(`  - ${d}
`);
  if (imported.notCarried.length > 0) {
    say("\nNOT carried over — these nodes differ from talhelper's output until you add them by hand:\n");
    for (const d of imported.notCarried) say(`  - ${d}
`);
  } else {
    say("\nEverything talhelper generates for these nodes was carried over.\n");
  }
  return 0;
}

// src/cli/commands/import.ts
var IMPORT_HELP = `Usage: talos-gitops import --talosconfig FILE --cluster NAME --recipient AGE_RECIPIENT...
                          [--context CTX] [--nodes A,B,...] [--stage S] [--out DIR] [--clusters-dir DIR]
       talos-gitops import talhelper [talconfig.yaml] [--recipient AGE_RECIPIENT...] [--out DIR] ...

From a running cluster: reads every node's machine config and Talos version over the Talos API (read
only: nothing on the nodes changes), recovers the cluster's secrets bundle from its control planes and
writes OUT/clusters/NAME/ (default OUT: the current folder): cluster.yaml, secrets.sops.yaml encrypted to
every --recipient, and the smallest patches — what all nodes share, what each role shares, the rest per
node — such that \`render\` reproduces each node's live config byte for byte (checked before anything
is written). Patches holding a secret value are written SOPS-encrypted too (*.secrets.sops.yaml).
The nodes are those of the talosconfig context --context, else of the context named NAME if there is
one, else of the current context; or --nodes. Reading machine configs needs the os:admin role.

From talhelper: see \`talos-gitops import talhelper --help\`.`;
async function importCommand(argv, io) {
  if (argv[0] === "talhelper") return importTalhelperCommand(argv.slice(1), io);
  const { positionals, flags } = parseArgs(argv, {
    talosconfig: { value: true },
    cluster: { value: true },
    context: { value: true },
    nodes: { value: true, multiple: true },
    recipient: { value: true, multiple: true, short: "r" },
    stage: { value: true },
    out: { value: true, short: "o" },
    "clusters-dir": { value: true },
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${IMPORT_HELP}
`);
    return 0;
  }
  if (positionals.length > 0) {
    throw new TalosGitopsError(`import takes no argument ${JSON.stringify(positionals[0])}; see --help`);
  }
  const cluster = str(flags.cluster);
  if (!cluster) throw new TalosGitopsError("import needs --cluster NAME (the name of the cluster to import)");
  const recipients = requireRecipients(flags.recipient);
  const dir = clusterFolder(io, flags, cluster);
  const file = path4.resolve(io.cwd, str(flags.talosconfig) ?? defaultTalosconfigPath(io.env));
  const talosconfig = await readTalosconfig(file);
  const contextName = str(flags.context) ?? (talosconfig.contexts[cluster] ? cluster : void 0);
  const context = resolveContext(talosconfig, contextName, file);
  const registry = new SecretRegistry();
  registry.addAll([context.keyPem, context.crtPem]);
  const say = (t) => io.out(registry.redact(t));
  const nodes = list(flags.nodes).flatMap(
    (n) => n.split(",").map((s) => s.trim()).filter(Boolean)
  );
  const client = new TalosClient(context);
  try {
    const imported = await importLiveCluster({
      client,
      nodes: nodes.length > 0 ? nodes : context.nodes,
      cluster,
      stage: str(flags.stage) ?? "default",
      recipients,
      registry
    });
    writeFolder(dir, imported.files);
    say(`imported ${cluster}: ${imported.nodes.length} nodes, Talos ${imported.talosVersion}`);
    say(imported.kubernetesVersion ? `, Kubernetes ${imported.kubernetesVersion}
` : "\n");
    say(`wrote ${path4.relative(io.cwd, dir) || dir}/: ${describeFolder(imported.files)}
`);
    say(`patch operations: ${imported.counts.cluster} shared by every node`);
    say(
      `, ${imported.counts.roles.controlplane} by the control planes, ${imported.counts.roles.worker} by the workers`
    );
    say(`, ${Object.values(imported.counts.nodes).reduce((a, b) => a + b, 0)} node-specific`);
    say(imported.sharing === "per-node" ? " (kept per node: sharing changed the document order)\n" : "\n");
    say("render reproduces every node's live config byte for byte (checked before writing)\n");
    return 0;
  } catch (e) {
    throw new TalosGitopsError(registry.redact(e.message ?? String(e)));
  } finally {
    client.close();
  }
}
function requireRecipients(value) {
  const recipients = list(value);
  if (recipients.length === 0) {
    throw new TalosGitopsError(
      "import needs at least one --recipient (an age public key, age1...): secrets are only ever written encrypted"
    );
  }
  return recipients;
}
function clusterFolder(io, flags, name) {
  const dir = path4.resolve(io.cwd, str(flags.out) ?? ".", str(flags["clusters-dir"]) ?? "clusters", name);
  if (existsSync3(dir))
    throw new TalosGitopsError(`${dir} already exists; import never overwrites a cluster folder`);
  return dir;
}
function writeFolder(dir, files) {
  mkdirSync(path4.dirname(dir), { recursive: true });
  const scratch = mkdtempSync(path4.join(path4.dirname(dir), `.${path4.basename(dir)}-`));
  try {
    for (const [rel, text] of Object.entries(files)) {
      const target = path4.join(scratch, rel);
      mkdirSync(path4.dirname(target), { recursive: true });
      writeFileSync(target, text, { flag: "wx" });
    }
    renameSync(scratch, dir);
  } catch (e) {
    rmSync(scratch, { recursive: true, force: true });
    throw e;
  }
}
function describeFolder(files) {
  const names = Object.keys(files);
  const patches = names.filter((n) => n.startsWith("patches/"));
  const encrypted = patches.filter((n) => n.endsWith(".sops.yaml"));
  return `cluster.yaml, secrets.sops.yaml (encrypted), ${patches.length} patch files${encrypted.length ? ` (${encrypted.length} encrypted: they hold secret values)` : ""}`;
}
export {
  IMPORT_HELP,
  clusterFolder,
  describeFolder,
  importCommand,
  requireRecipients,
  writeFolder
};
