import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  GoFloat,
  KINDS,
  anyToPlain,
  applyPatches,
  asStr,
  copyDocuments,
  decodeAny,
  decodeConfig,
  decodeDocument,
  dig,
  documentLabel,
  emitDocument,
  encodeAny,
  fromJS,
  fromParsedDocuments,
  goString,
  isNullScalar,
  isSecretPath,
  loadConfig,
  loadPatch,
  originOf,
  parseGoDuration,
  parseYamlDocuments,
  resolvePlain,
  scalar,
  secretQueryParam,
  stateText,
  strategicMerge
} from "./chunk-N2UEE4T7.js";
import {
  SopsError,
  decryptSopsFile,
  isSopsPath
} from "./chunk-HLEF6RPP.js";
import {
  V1ALPHA1,
  contractForVersion,
  contractOf
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";

// src/repo/files.ts
import { execFileSync as execFileSync4 } from "node:child_process";
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync
} from "node:fs";
import path from "node:path";

// src/repo/confine.ts
var OutsideRepositoryError = class extends TalosGitopsError {
  name = "OutsideRepositoryError";
};
var MAX_LINKS = 40;
function resolveInRepo(rel, lookup, absoluteRoot) {
  const outside = (why) => new OutsideRepositoryError(`${rel || "."} leads outside the repository (${why})`, { file: rel });
  if (rel.startsWith("/")) throw outside("an absolute path");
  const queue = rel.split("/");
  const done = [];
  let links = 0;
  let entry = { kind: "dir" };
  while (queue.length > 0) {
    const part = queue.shift();
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (done.length === 0) throw outside('".." above the repository root');
      done.pop();
      entry = { kind: "dir" };
      continue;
    }
    if (entry?.kind !== "dir") return { path: [...done, part, ...queue].join("/") };
    const here = [...done, part].join("/");
    entry = lookup(here);
    if (entry === void 0) return { path: [here, ...queue].filter(Boolean).join("/") };
    if (entry.kind === "link") {
      if (++links > MAX_LINKS) throw outside("too many levels of symbolic links");
      let target = entry.target;
      if (target.startsWith("/")) {
        const inside = absoluteRoot?.(target);
        if (inside === void 0) throw outside(`${here} is a symbolic link to a path outside it`);
        done.length = 0;
        target = inside;
      }
      const depthBefore = done.length;
      const parts = target.split("/");
      let depth = depthBefore;
      for (const p of parts) {
        if (p === "..") depth--;
        else if (p !== "" && p !== ".") depth++;
        if (depth < 0) throw outside(`${here} is a symbolic link to a path outside it`);
      }
      queue.unshift(...parts);
      entry = { kind: "dir" };
      continue;
    }
    done.push(part);
  }
  return { path: done.join("/"), entry };
}

// src/repo/file-text.ts
var MAX_FILE_BYTES = 4 * 1024 * 1024;
var FileTooLargeError = class extends TalosGitopsError {
  name = "FileTooLargeError";
};
function checkFileSize(file, size) {
  if (size > MAX_FILE_BYTES) {
    throw new FileTooLargeError(
      `${file} is ${formatSize(size)}, over the ${formatSize(MAX_FILE_BYTES)} limit for a file the engine reads`,
      { file, line: 1 }
    );
  }
}
function formatSize(n) {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(0)} KiB`;
  return `${n} bytes`;
}
var decoder = new TextDecoder("utf-8", { fatal: true });
function utf8Text(bytes, file) {
  checkFileSize(file, bytes.length);
  try {
    return decoder.decode(bytes);
  } catch {
    const at3 = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at3; i++) if (bytes[i] === 10) line++;
    throw new TalosGitopsError(`${file} is not valid UTF-8 (invalid byte at offset ${at3})`, { file, line });
  }
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    let min = 0;
    if (c < 128) {
      i++;
      continue;
    }
    if (c >= 194 && c <= 223) {
      n = 1;
      min = 128;
    } else if (c >= 224 && c <= 239) {
      n = 2;
      min = 2048;
    } else if (c >= 240 && c <= 244) {
      n = 3;
      min = 65536;
    } else return i;
    if (i + n >= b.length) return i;
    let cp = c & 63 >> n;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === void 0 || (x & 192) !== 128) return i;
      cp = cp << 6 | x & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += n + 1;
  }
  return b.length;
}

// src/repo/git-batch.ts
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
function blobId(content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function catFileBatch(root, ids) {
  const out = /* @__PURE__ */ new Map();
  if (ids.length === 0) return out;
  const raw = execFileSync("git", ["-C", root, "cat-file", "--batch"], {
    input: `${ids.join("\n")}
`,
    maxBuffer: 1 << 30
  });
  let at3 = 0;
  while (at3 < raw.length) {
    const eol = raw.indexOf(10, at3);
    if (eol < 0) break;
    const header = raw.toString("latin1", at3, eol).split(" ");
    at3 = eol + 1;
    if (header.length !== 3) continue;
    const size = Number(header[2]);
    out.set(header[0], raw.subarray(at3, at3 + size));
    at3 += size + 1;
  }
  return out;
}
function catFileSizes(root, ids) {
  const out = /* @__PURE__ */ new Map();
  if (ids.length === 0) return out;
  const raw = execFileSync("git", ["-C", root, "cat-file", "--batch-check"], {
    input: `${ids.join("\n")}
`,
    encoding: "utf8",
    maxBuffer: 1 << 30
  });
  for (const line of raw.split("\n")) {
    const [id, , size] = line.split(" ");
    if (id && size !== void 0) out.set(id, Number(size));
  }
  return out;
}

// src/repo/git-grep.ts
import { execFileSync as execFileSync2 } from "node:child_process";
function indexFilesHolding(root, files, needles) {
  const out = /* @__PURE__ */ new Set();
  if (files.length === 0 || needles.length === 0) return out;
  if (needles.some((n) => n === "" || n.includes("\n"))) return void 0;
  const wanted = new Set(files);
  const tops = [...new Set(files.map((f) => f.includes("/") ? f.slice(0, f.indexOf("/")) : f))];
  let listed;
  try {
    listed = execFileSync2(
      "git",
      [
        "-C",
        root,
        // paths as written, never globs; names as given (relative to root), whatever the config says
        "--literal-pathspecs",
        "-c",
        "grep.fullName=false",
        "grep",
        "--cached",
        "--no-textconv",
        "-F",
        "-l",
        "-z",
        "-f",
        "-",
        "--",
        ...tops
      ],
      { input: needles.join("\n"), encoding: "utf8", maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "ignore"] }
    );
  } catch (e) {
    if (e.status === 1) return out;
    return void 0;
  }
  for (const f of listed.split("\0")) if (wanted.has(f)) out.add(f);
  return out;
}

// src/repo/git-index.ts
import { execFileSync as execFileSync3 } from "node:child_process";
function cleanIndexIds(root) {
  const git = (...args) => execFileSync3("git", ["-C", root, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "ignore"]
  });
  let listed;
  let dirty;
  try {
    listed = git("ls-files", "-v", "-s", "-z");
    dirty = git("diff-files", "--name-only", "--relative", "-z");
  } catch {
    return void 0;
  }
  const ids = /* @__PURE__ */ new Map();
  const unmerged = /* @__PURE__ */ new Set();
  for (const record of listed.split("\0")) {
    const m = record.match(/^(\S) (\d{6}) ([0-9a-f]{40,64}) (\d)\t([\s\S]+)$/);
    if (!m) continue;
    const [, tag, mode, id, stage, file] = m;
    if (file === ".gitattributes" || file.endsWith("/.gitattributes")) return void 0;
    if (stage !== "0") unmerged.add(file);
    else if (tag === "H" && (mode === "100644" || mode === "100755")) ids.set(file, id);
  }
  for (const file of unmerged) ids.delete(file);
  for (const file of dirty.split("\0")) if (file) ids.delete(file);
  return ids;
}

// src/repo/files.ts
function repoPath(...parts) {
  const joined = path.posix.normalize(parts.filter(Boolean).join("/"));
  if (joined.startsWith("../") || joined === ".." || path.posix.isAbsolute(joined)) {
    throw new OutsideRepositoryError(`path ${JSON.stringify(parts.join("/"))} leaves the repository`);
  }
  return joined === "." ? "" : joined;
}
function confinedFiles(label, lookup, contents, names, absoluteRoot, knownId, fetchMany, clean) {
  const resolved = /* @__PURE__ */ new Map();
  const resolve2 = (p) => {
    let r = resolved.get(p);
    if (!r) {
      r = resolveInRepo(p, lookup, absoluteRoot);
      resolved.set(p, r);
    }
    return r;
  };
  const hashed = /* @__PURE__ */ new Map();
  return {
    label,
    read(file) {
      if (clean?.id(file) !== void 0) return utf8Text(clean.read(file), file);
      const r = resolve2(file);
      if (r.entry?.kind !== "file") return void 0;
      checkFileSize(file, r.entry.size);
      const bytes = hashed.get(r.path) ?? contents(r.path);
      hashed.delete(r.path);
      return bytes === void 0 ? void 0 : utf8Text(bytes, file);
    },
    contentId(file) {
      const id = clean?.id(file);
      if (id !== void 0) return id;
      const r = resolve2(file);
      if (r.entry?.kind !== "file") return void 0;
      const known = knownId?.(r.path);
      if (known !== void 0) return known;
      checkFileSize(file, r.entry.size);
      const bytes = contents(r.path);
      if (bytes === void 0) return void 0;
      hashed.set(r.path, bytes);
      return blobId(bytes);
    },
    list(dir) {
      const r = resolve2(dir);
      return r.entry?.kind === "dir" ? names(r.path) : [];
    },
    isDirectory(p) {
      return resolve2(p).entry?.kind === "dir";
    },
    ...clean && {
      holding(files, needles) {
        const vouched = files.filter((f) => clean.id(f) !== void 0);
        const held = clean.holding(vouched, needles);
        return new Set(files.filter((f) => !held || clean.id(f) === void 0 || held.has(f)));
      }
    },
    ...fetchMany && {
      prefetch(files) {
        const real = [];
        for (const f of files) {
          try {
            const r = resolve2(f);
            if (r.entry?.kind === "file") real.push(r.path);
          } catch {
          }
        }
        fetchMany(real);
      }
    }
  };
}
function workTreeFiles(root) {
  const real = realpathSync(root);
  const abs = (p) => p === "" ? real : path.join(real, ...p.split("/"));
  const dirs = /* @__PURE__ */ new Set();
  const lookup = (p) => {
    if (dirs.has(p)) return { kind: "dir" };
    let st;
    try {
      st = lstatSync(abs(p));
    } catch {
      return void 0;
    }
    if (st.isSymbolicLink()) return { kind: "link", target: readlinkSync(abs(p)) };
    if (st.isDirectory()) {
      dirs.add(p);
      return { kind: "dir" };
    }
    if (st.isFile()) return { kind: "file", size: st.size };
    return void 0;
  };
  const absoluteRoot = (target) => {
    const t = path.normalize(target);
    if (t === real) return "";
    return t.startsWith(`${real}/`) ? t.slice(real.length + 1) : void 0;
  };
  let ids = null;
  const clean = {
    id(file) {
      if (ids === null) ids = cleanIndexIds(real);
      return ids?.get(file);
    },
    // the last component is still never followed, and the size is checked before reading
    read(file) {
      const fd = openSync(abs(file), constants.O_RDONLY | constants.O_NOFOLLOW);
      try {
        checkFileSize(file, fstatSync(fd).size);
        return readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    },
    holding: (files, needles) => indexFilesHolding(real, files, needles)
  };
  return confinedFiles(
    "work tree",
    lookup,
    (p) => readFileSync(abs(p)),
    (p) => readdirSync(abs(p)).sort(),
    absoluteRoot,
    void 0,
    void 0,
    clean
  );
}
function gitRefFiles(root, ref) {
  const git = (...args) => execFileSync4("git", ["-C", root, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  let commit;
  try {
    commit = git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`).trim();
  } catch {
    throw new TalosGitopsError(
      `git ref ${JSON.stringify(ref)} not found in ${root} (fetch it first, e.g. fetch-depth: 0)`
    );
  }
  const entries = /* @__PURE__ */ new Map();
  for (const record of git("ls-tree", "-r", "-t", "-z", "--full-tree", commit).split("\0")) {
    const m = record.match(/^(\d+) (blob|tree|commit) ([0-9a-f]+)\t([\s\S]*)$/);
    if (!m || m[2] === "commit") continue;
    const type = m[1] === "120000" ? "link" : m[2];
    entries.set(m[4], { type, object: m[3], ...type === "tree" ? { size: 0 } : {} });
  }
  const sizes = (paths) => {
    const unknown = [...new Set(paths)].flatMap((p) => {
      const e = entries.get(p);
      return e && e.size === void 0 ? [e] : [];
    });
    if (unknown.length === 0) return;
    const known = catFileSizes(
      root,
      unknown.map((e) => e.object)
    );
    for (const e of unknown) e.size = known.get(e.object) ?? 0;
  };
  const siblings = (file) => {
    const dir = file.slice(0, file.lastIndexOf("/") + 1);
    return [...entries.keys()].filter((p) => p.startsWith(dir) && !p.slice(dir.length).includes("/"));
  };
  const cache = /* @__PURE__ */ new Map();
  const readMany = (paths) => {
    sizes(paths);
    let batch = [];
    let bytes = 0;
    const flush = () => {
      const contents = catFileBatch(
        root,
        batch.map((p) => entries.get(p).object)
      );
      for (const p of batch) cache.set(p, contents.get(entries.get(p).object));
      batch = [];
      bytes = 0;
    };
    for (const p of new Set(paths)) {
      const e = entries.get(p);
      if (e?.type !== "blob" || cache.has(p) || e.size > BATCH_FILE_BYTES) continue;
      if (batch.length > 0 && bytes + e.size > BATCH_BYTES) flush();
      batch.push(p);
      bytes += e.size;
    }
    if (batch.length > 0) flush();
  };
  const readBatch = (file) => {
    readMany([file, ...siblings(file).filter((p) => p !== file)]);
    const object = entries.get(file).object;
    if (!cache.has(file)) cache.set(file, catFileBatch(root, [object]).get(object));
  };
  const lookup = (p) => {
    const e = entries.get(p);
    if (!e) return void 0;
    if (e.type === "tree") return { kind: "dir" };
    const size = () => {
      if (e.size === void 0) sizes([p, ...siblings(p)]);
      return e.size;
    };
    if (e.type === "blob")
      return {
        kind: "file",
        get size() {
          return size();
        }
      };
    if (size() > 4096) return void 0;
    const target = catFileBatch(root, [e.object]).get(e.object);
    return { kind: "link", target: target?.toString("utf8") ?? "" };
  };
  return confinedFiles(
    `${ref} (${commit.slice(0, 7)})`,
    lookup,
    (p) => {
      if (!cache.has(p)) readBatch(p);
      return cache.get(p);
    },
    (dir) => {
      const prefix = dir === "" ? "" : `${dir}/`;
      const names = /* @__PURE__ */ new Set();
      for (const p of entries.keys()) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        if (rest && !rest.includes("/")) names.add(rest);
      }
      return [...names].sort();
    },
    void 0,
    (p) => entries.get(p)?.type === "blob" ? entries.get(p).object : void 0,
    readMany
  );
}
var BATCH_FILE_BYTES = 1 << 20;
var BATCH_BYTES = 64 << 20;
function memoryFiles(files, label = "memory") {
  const dirs = /* @__PURE__ */ new Set([""]);
  for (const f of Object.keys(files)) {
    const parts = f.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  const ids = /* @__PURE__ */ new Map();
  return {
    label,
    read: (file) => files[file],
    contentId(file) {
      const text = files[file];
      if (text === void 0) return void 0;
      const id = ids.get(file) ?? blobId(text);
      ids.set(file, id);
      return id;
    },
    list(dir) {
      const prefix = dir === "" ? "" : `${dir}/`;
      const names = /* @__PURE__ */ new Set();
      for (const p of [...Object.keys(files), ...dirs]) {
        if (!p.startsWith(prefix) || p === dir) continue;
        const rest = p.slice(prefix.length);
        if (rest && !rest.includes("/")) names.add(rest);
      }
      return [...names].sort();
    },
    isDirectory: (p) => dirs.has(p)
  };
}
function overlayFiles(base, overrides) {
  const entries = Object.entries(overrides);
  const under = (dir) => {
    const prefix = dir ? `${dir.replace(/\/$/, "")}/` : "";
    return entries.filter(([p, v]) => v !== void 0 && p.startsWith(prefix)).map(([p]) => p.slice(prefix.length).split("/"));
  };
  return {
    label: `${base.label} (with ${entries.length} file(s) replaced)`,
    read: (file) => file in overrides ? overrides[file] : base.read(file),
    prefetch: (files) => base.prefetch?.(files.filter((f) => !(f in overrides))),
    // a replaced file is the caller's text: in, to be read
    ...base.holding && {
      holding: (files, needles) => {
        const held = base.holding(
          files.filter((f) => !(f in overrides)),
          needles
        );
        for (const f of files) if (f in overrides) held.add(f);
        return held;
      }
    },
    contentId: (file) => {
      if (!(file in overrides)) return base.contentId(file);
      const text = overrides[file];
      return text === void 0 ? void 0 : blobId(text);
    },
    list: (dir) => {
      const names = new Set(
        base.list(dir).filter((n) => !(`${dir}/${n}` in overrides && overrides[`${dir}/${n}`] === void 0))
      );
      for (const parts of under(dir)) names.add(parts[0]);
      return [...names].sort();
    },
    isDirectory: (p) => base.isDirectory(p) || under(p).some((parts) => parts.length > 1 || parts[0] !== "")
  };
}

// src/generate/contract.ts
var MIN_CONTRACT = { major: 1, minor: 10 };
var MAX_CONTRACT = { major: 1, minor: 14 };
function contractName(contract) {
  return `v${contract.major}.${contract.minor}`;
}
function compare(a, b) {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}
var RELEASE = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;
function parseTalosRelease(talosVersion, field = "talosVersion") {
  const match = RELEASE.exec(talosVersion.trim());
  if (!match) {
    throw new TalosGitopsError(
      `invalid Talos version ${JSON.stringify(talosVersion)}: expected a release such as v1.13.9`,
      { field }
    );
  }
  let contract = { major: Number(match[1]), minor: Number(match[2]) };
  if (compare(contract, MAX_CONTRACT) > 0) contract = { ...MAX_CONTRACT };
  if (compare(contract, MIN_CONTRACT) < 0) {
    throw new TalosGitopsError(
      `Talos ${talosVersion} (contract ${contractName(contract)}) is not supported: base config generation supports version contracts ${contractName(MIN_CONTRACT)} to ${contractName(MAX_CONTRACT)}`,
      { field }
    );
  }
  const version = `v${match[1]}.${match[2]}.${match[3]}${match[4] ?? ""}`;
  return { version, contract };
}
function contractFeatures(contract) {
  const after = (minor) => compare(contract, { major: 1, minor }) > 0;
  return {
    legacyFeatureFlags: !after(11),
    disablePSPField: !after(11),
    endpointInAPIServerSANs: !after(11),
    grubUseUKICmdline: after(11),
    multidocNetwork: after(11),
    multidocKubeSpan: after(12),
    multidocKubernetes: after(13),
    secureDefaults: after(13)
  };
}

// src/generate/defaults.ts
var KUBELET_IMAGE = "ghcr.io/siderolabs/kubelet";
var KUBE_APISERVER_IMAGE = "registry.k8s.io/kube-apiserver";
var KUBE_CONTROLLER_MANAGER_IMAGE = "registry.k8s.io/kube-controller-manager";
var KUBE_SCHEDULER_IMAGE = "registry.k8s.io/kube-scheduler";
var KUBE_PROXY_IMAGE = "registry.k8s.io/kube-proxy";
var LEGACY_INSTALLER_REPOSITORY = "ghcr.io/siderolabs/installer";
var FACTORY_METAL_INSTALLER_REPOSITORY = "factory.talos.dev/metal-installer/376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba";
var DEFAULT_INSTALL_DISK = "/dev/sda";
var DEFAULT_DNS_DOMAIN = "cluster.local";
var DEFAULT_POD_SUBNET = "10.244.0.0/16";
var DEFAULT_SERVICE_SUBNET = "10.96.0.0/12";
var DEFAULT_KUBEPRISM_PORT = 7445;
var DEFAULT_DISCOVERY_ENDPOINT = "https://discovery.talos.dev/";
var FLANNEL_BACKEND = "vxlan";
var FLANNEL_BACKEND_PORT = 4789;
var FILESYSTEM_TRIM_INTERVAL = "168h0m0s";
var LABEL_CONTROL_PLANE = "node-role.kubernetes.io/control-plane";
var LABEL_EXCLUDE_FROM_EXTERNAL_LB = "node.kubernetes.io/exclude-from-external-load-balancers";
var DEFAULT_KUBERNETES_VERSIONS = {
  "v1.10.0": "1.33.0",
  "v1.10.0-alpha.0": "1.32.0",
  "v1.10.0-alpha.1": "1.32.1",
  "v1.10.0-alpha.2": "1.33.0-alpha.2",
  "v1.10.0-alpha.3": "1.33.0-beta.0",
  "v1.10.0-beta.0": "1.33.0-rc.0",
  "v1.10.0-beta.1": "1.33.0-rc.1",
  "v1.10.1": "1.33.0",
  "v1.10.2": "1.33.0",
  "v1.10.3": "1.33.1",
  "v1.10.4": "1.33.1",
  "v1.10.5": "1.33.2",
  "v1.10.6": "1.33.3",
  "v1.10.7": "1.33.4",
  "v1.10.8": "1.33.6",
  "v1.10.9": "1.33.6",
  "v1.11.0": "1.34.0",
  "v1.11.0-alpha.0": "1.33.0",
  "v1.11.0-alpha.1": "1.33.1",
  "v1.11.0-alpha.2": "1.34.0-alpha.2",
  "v1.11.0-alpha.3": "1.34.0-alpha.2",
  "v1.11.0-beta.0": "1.34.0-beta.0",
  "v1.11.0-beta.1": "1.34.0-beta.0",
  "v1.11.0-beta.2": "1.34.0-rc.1",
  "v1.11.0-rc.0": "1.34.0-rc.1",
  "v1.11.1": "1.34.0",
  "v1.11.2": "1.34.1",
  "v1.11.3": "1.34.1",
  "v1.11.4": "1.34.1",
  "v1.11.5": "1.34.1",
  "v1.11.6": "1.34.1",
  "v1.12.0": "1.35.0",
  "v1.12.0-alpha.0": "1.34.0",
  "v1.12.0-alpha.1": "1.34.1",
  "v1.12.0-alpha.2": "1.35.0-alpha.2",
  "v1.12.0-beta.0": "1.35.0-alpha.3",
  "v1.12.0-beta.1": "1.35.0-alpha.3",
  "v1.12.0-rc.0": "1.35.0-rc.0",
  "v1.12.0-rc.1": "1.35.0-rc.0",
  "v1.12.1": "1.35.0",
  "v1.12.2": "1.35.0",
  "v1.12.3": "1.35.0",
  "v1.12.4": "1.35.0",
  "v1.12.5": "1.35.2",
  "v1.12.6": "1.35.2",
  "v1.12.7": "1.35.4",
  "v1.12.8": "1.35.4",
  "v1.12.9": "1.35.4",
  "v1.12.10": "1.35.4",
  "v1.12.11": "1.35.4",
  "v1.13.0": "1.36.0",
  "v1.13.0-alpha.0": "1.35.0",
  "v1.13.0-alpha.1": "1.35.0",
  "v1.13.0-alpha.2": "1.36.0-alpha.1",
  "v1.13.0-beta.0": "1.36.0-alpha.2",
  "v1.13.0-beta.1": "1.36.0-beta.0",
  "v1.13.0-rc.0": "1.36.0-rc.1",
  "v1.13.1": "1.36.0",
  "v1.13.2": "1.36.0",
  "v1.13.3": "1.36.1",
  "v1.13.4": "1.36.1",
  "v1.13.5": "1.36.2",
  "v1.13.6": "1.36.2",
  "v1.13.7": "1.36.2",
  "v1.13.8": "1.36.2",
  "v1.13.9": "1.36.3",
  "v1.14.0-alpha.0": "1.36.0",
  "v1.14.0-alpha.1": "1.36.1",
  "v1.14.0-alpha.2": "1.36.2",
  "v1.14.0-beta.0": "1.37.0-beta.0",
  "v1.14.0-beta.1": "1.37.0-beta.0",
  "v1.14.0-rc.1": "1.37.0-rc.0"
};
function defaultKubernetesVersion(release) {
  const known = DEFAULT_KUBERNETES_VERSIONS[release.version];
  if (known === void 0) {
    throw new TalosGitopsError(
      `no default Kubernetes version is known for Talos ${release.version}; set kubernetesVersion explicitly`,
      { field: "kubernetesVersion" }
    );
  }
  return known;
}
function defaultInstallerImage(release) {
  const repository = release.contract.minor >= 14 ? FACTORY_METAL_INSTALLER_REPOSITORY : LEGACY_INSTALLER_REPOSITORY;
  return `${repository}:${release.version}`;
}
function kubernetesImages(kubernetesVersion) {
  const tag = `v${kubernetesVersion}`;
  return {
    kubelet: `${KUBELET_IMAGE}:${tag}`,
    apiServer: `${KUBE_APISERVER_IMAGE}:${tag}`,
    controllerManager: `${KUBE_CONTROLLER_MANAGER_IMAGE}:${tag}`,
    scheduler: `${KUBE_SCHEDULER_IMAGE}:${tag}`,
    proxy: `${KUBE_PROXY_IMAGE}:${tag}`
  };
}

// src/generate/documents.ts
function systemDocuments(input) {
  const { features, bundle } = input;
  if (!features.multidocKubernetes) return [];
  const docs = [];
  if (input.clusterDiscovery) {
    docs.push({
      apiVersion: "v1alpha1",
      kind: "DiscoveryServiceConfig",
      name: "default",
      endpoint: DEFAULT_DISCOVERY_ENDPOINT
    });
  }
  docs.push({
    apiVersion: "v1alpha1",
    kind: "DiscoveryIdentityConfig",
    clusterID: bundle.cluster.id,
    clusterSecret: bundle.cluster.secret
  });
  if (input.installDisk !== "") {
    const installer = {};
    if (input.installImage !== "") installer.image = input.installImage;
    docs.push({
      apiVersion: "v1alpha1",
      kind: "UnattendedInstallConfig",
      installer,
      provisioning: {
        diskSelector: { match: `disk.dev_path == ${JSON.stringify(input.installDisk)}` },
        wipe: false
      }
    });
  }
  docs.push({
    apiVersion: "v1alpha1",
    kind: "ResolverConfig",
    hostDNS: { enabled: true, forwardKubeDNSToHost: true }
  });
  return docs;
}
function secureDefaultDocuments(input) {
  if (!input.features.secureDefaults) return [];
  return [
    { apiVersion: "v1alpha1", kind: "VolumeConfig", name: "EPHEMERAL", mount: { secure: true } },
    { apiVersion: "v1alpha1", kind: "FilesystemTrimConfig", interval: FILESYSTEM_TRIM_INTERVAL },
    { apiVersion: "v1alpha1", kind: "SecurityProfileConfig", workloadIsolation: true }
  ];
}
function networkDocuments(input) {
  const { features } = input;
  const docs = [];
  if (features.multidocNetwork) {
    for (const [host, endpoints] of input.registryMirrors) {
      docs.push({
        apiVersion: "v1alpha1",
        kind: "RegistryMirrorConfig",
        name: host,
        endpoints: endpoints.map((url) => ({ url }))
      });
    }
    docs.push({ apiVersion: "v1alpha1", kind: "HostnameConfig", auto: "stable" });
  }
  if (features.multidocKubeSpan && input.kubeSpan) {
    docs.push({ apiVersion: "v1alpha1", kind: "KubeSpanConfig", enabled: true });
  }
  return docs;
}

// src/generate/input.ts
var KUBERNETES_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
function fail(message, field) {
  throw new TalosGitopsError(message, { field });
}
function endpointHost(endpoint) {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([/?#].*)?$/.exec(endpoint);
  if (!match)
    fail(`invalid cluster endpoint ${JSON.stringify(endpoint)}: expected https://host:port`, "endpoint");
  if (match[1]?.toLowerCase() !== "https") {
    fail(`the cluster endpoint ${JSON.stringify(endpoint)} must use the https:// scheme`, "endpoint");
  }
  const authority = (match[2] ?? "").replace(/^.*@/, "");
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(authority);
  let host;
  let port;
  if (bracketed) {
    host = bracketed[1] ?? "";
    port = bracketed[2];
  } else {
    if ((authority.match(/:/g) ?? []).length > 1) {
      fail(
        `invalid cluster endpoint ${JSON.stringify(endpoint)}: IPv6 addresses must be in brackets`,
        "endpoint"
      );
    }
    const colon = authority.indexOf(":");
    host = colon < 0 ? authority : authority.slice(0, colon);
    port = colon < 0 ? void 0 : authority.slice(colon + 1);
  }
  if (host === "")
    fail(`invalid cluster endpoint ${JSON.stringify(endpoint)}: the host name is blank`, "endpoint");
  if (port !== void 0 && port !== "") {
    const n = /^\d+$/.test(port) ? Number(port) : Number.NaN;
    if (!(n >= 1 && n <= 65535)) {
      fail(
        `invalid cluster endpoint ${JSON.stringify(endpoint)}: the port must be between 1 and 65535`,
        "endpoint"
      );
    }
  }
  return host;
}
function normalizeInput(options) {
  const release = parseTalosRelease(options.talosVersion);
  if (options.role !== "controlplane" && options.role !== "worker") {
    fail(`unknown machine role ${JSON.stringify(options.role)}: expected controlplane or worker`, "role");
  }
  if (options.clusterName.trim() === "") fail("the cluster name must not be empty", "clusterName");
  let kubernetesVersion = options.kubernetesVersion?.trim().replace(/^v/, "");
  if (kubernetesVersion === void 0 || kubernetesVersion === "") {
    kubernetesVersion = defaultKubernetesVersion(release);
  } else if (!KUBERNETES_VERSION.test(kubernetesVersion)) {
    fail(
      `invalid Kubernetes version ${JSON.stringify(options.kubernetesVersion)}: expected a release such as v1.34.2`,
      "kubernetesVersion"
    );
  }
  const installDisk = options.installDisk ?? DEFAULT_INSTALL_DISK;
  if (!/^[\x20-\x7e]*$/.test(installDisk))
    fail("the install disk path must be printable ASCII", "installDisk");
  const registryMirrors = Object.entries(options.registryMirrors ?? {}).map(([host, endpoints]) => [host, [...endpoints]]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return {
    bundle: options.bundle,
    release,
    features: contractFeatures(release.contract),
    role: options.role,
    clusterName: options.clusterName,
    endpoint: options.endpoint,
    endpointHost: endpointHost(options.endpoint),
    kubernetesVersion,
    installDisk,
    installImage: options.installImage ?? defaultInstallerImage(release),
    additionalSANs: [...options.additionalSANs ?? []],
    dnsDomain: options.dnsDomain ?? DEFAULT_DNS_DOMAIN,
    clusterDiscovery: options.clusterDiscovery ?? true,
    kubeSpan: options.kubeSpan ?? false,
    registryMirrors,
    debug: options.debug ?? false
  };
}

// src/generate/kubernetes.ts
function doc(kind, fields2, name) {
  return name === void 0 ? { apiVersion: "v1alpha1", kind, ...fields2 } : { apiVersion: "v1alpha1", kind, name, ...fields2 };
}
function podSecurityConfiguration() {
  return {
    apiVersion: "pod-security.admission.config.k8s.io/v1alpha1",
    defaults: {
      audit: "restricted",
      "audit-version": "latest",
      enforce: "baseline",
      "enforce-version": "latest",
      warn: "restricted",
      "warn-version": "latest"
    },
    exemptions: { namespaces: ["kube-system"], runtimeClasses: [], usernames: [] },
    kind: "PodSecurityConfiguration"
  };
}
function defaultAuditPolicy() {
  return { apiVersion: "audit.k8s.io/v1", kind: "Policy", rules: [{ level: "Metadata" }] };
}
function universalKubernetesDocuments(input) {
  const { bundle } = input;
  const controlPlane = input.role === "controlplane";
  const node = { nodeIP: {} };
  if (controlPlane) {
    node.labels = { [LABEL_CONTROL_PLANE]: "", [LABEL_EXCLUDE_FROM_EXTERNAL_LB]: "" };
    node.taints = { [LABEL_CONTROL_PLANE]: "NoSchedule" };
  }
  const network = {};
  if (input.dnsDomain !== "") network.dnsDomain = input.dnsDomain;
  network.podSubnets = [DEFAULT_POD_SUBNET];
  network.serviceSubnets = [DEFAULT_SERVICE_SUBNET];
  const apiServerCA = controlPlane ? { issuingCA: { cert: bundle.certs.k8s.crt, key: bundle.certs.k8s.key } } : { acceptedCAs: [bundle.certs.k8s.crt] };
  return [
    doc("KubeClusterConfig", { clusterName: input.clusterName, endpoint: input.endpoint }),
    doc("KubeNodeConfig", node),
    doc("KubeletConfig", {
      image: kubernetesImages(input.kubernetesVersion).kubelet,
      config: {},
      defaultRuntimeSeccompProfileEnabled: true
    }),
    doc("KubeNetworkConfig", network),
    doc("KubeAPIServerCAConfig", apiServerCA),
    doc("KubePrismConfig", { port: DEFAULT_KUBEPRISM_PORT })
  ];
}
function etcdEncryptionConfig(input) {
  const providers = [];
  const { secretboxEncryptionSecret, aescbcEncryptionSecret } = input.bundle.secrets;
  if (secretboxEncryptionSecret) {
    providers.push({ secretbox: { keys: [{ name: "key2", secret: secretboxEncryptionSecret }] } });
  }
  if (aescbcEncryptionSecret) {
    providers.push({ secretbox: { keys: [{ name: "key1", secret: aescbcEncryptionSecret }] } });
  }
  return { resources: [{ providers, resources: ["secrets"] }] };
}
function controlPlaneKubernetesDocuments(input) {
  const { bundle } = input;
  const images = kubernetesImages(input.kubernetesVersion);
  const apiServer2 = { image: images.apiServer };
  if (input.additionalSANs.length > 0) apiServer2.certExtraSANs = [...input.additionalSANs];
  return [
    doc("KubeAggregatorCAConfig", {
      issuingCA: { cert: bundle.certs.k8sAggregator.crt, key: bundle.certs.k8sAggregator.key }
    }),
    doc("KubeAdmissionControlConfig", { configuration: podSecurityConfiguration() }, "PodSecurity"),
    doc("KubeAuditPolicyConfig", { configuration: defaultAuditPolicy() }),
    doc("KubeAuthenticationConfig", {
      configuration: {
        anonymous: {
          conditions: [{ path: "/livez" }, { path: "/readyz" }, { path: "/healthz" }],
          enabled: true
        },
        jwt: []
      }
    }),
    doc("KubeAuthorizerConfig", { type: "Node" }, "node"),
    doc("KubeAuthorizerConfig", { type: "RBAC" }, "rbac"),
    doc("KubeEtcdEncryptionConfig", { config: etcdEncryptionConfig(input) }),
    doc("KubeServiceAccountConfig", {
      issuer: { privateKey: bundle.certs.k8sServiceAccount.key, issuerURL: input.endpoint }
    }),
    doc("KubeAPIServerConfig", apiServer2),
    doc("KubeControllerManagerConfig", { image: images.controllerManager }),
    doc("KubeSchedulerConfig", { image: images.scheduler, config: {} }),
    doc("KubeProxyConfig", { image: images.proxy, config: {} }),
    doc("KubeFlannelCNIConfig", { backendType: FLANNEL_BACKEND, backendPort: FLANNEL_BACKEND_PORT }),
    doc("KubeCoreDNSConfig", { enabled: true })
  ];
}

// src/secrets/bundle.ts
import { createPrivateKey, X509Certificate } from "node:crypto";
var SecretsBundleError = class extends TalosGitopsError {
  name = "SecretsBundleError";
  issues;
  constructor(file, issues) {
    const first = issues[0];
    const text = issues.length === 1 ? `secrets bundle is invalid: ${first?.message}` : `secrets bundle is invalid (${issues.length} problems): ${issues.map((i) => i.message).join("; ")}`;
    super(text, { file, field: first?.field });
    this.issues = issues;
  }
};
function decodeBase64(text) {
  const compact = text.replace(/[\r\n]/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return void 0;
  return Buffer.from(compact, "base64");
}
function decodePem(text) {
  const match = /-----BEGIN ([^\r\n-]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!match) return void 0;
  let body = match[2] ?? "";
  if (/^[^\r\n]*:/.test(body))
    body = body.split(/\r?\n\r?\n/).slice(1).join("\n");
  const der = decodeBase64(body.replace(/\s/g, ""));
  if (!der) return void 0;
  return { type: match[1] ?? "", der };
}
function parseDer(der, type) {
  try {
    return createPrivateKey({ key: der, format: "der", type });
  } catch {
    return void 0;
  }
}
function parseKey(pem, unsupportedStyle) {
  const block = decodePem(pem);
  if (!block) return { error: "failed to parse PEM block" };
  switch (block.type) {
    case "RSA PRIVATE KEY": {
      const key = parseDer(block.der, "pkcs1");
      return key ? { key } : { error: "failed to parse RSA key" };
    }
    case "EC PRIVATE KEY": {
      const key = parseDer(block.der, "sec1");
      return key ? { key } : { error: "failed to parse ECDSA key" };
    }
    case "ED25519 PRIVATE KEY": {
      const key = parseDer(block.der, "pkcs8");
      if (!key) return { error: "failed to parse Ed25519 key" };
      return key.asymmetricKeyType === "ed25519" ? { key } : { error: "failed parsing Ed25519 key, got wrong key type" };
    }
    case "PRIVATE KEY": {
      const key = parseDer(block.der, "pkcs8");
      return key ? { key } : { error: "failed to parse key" };
    }
    default:
      return {
        error: unsupportedStyle === "colon" ? `unsupported key type: ${JSON.stringify(block.type)}` : `unsupported key type ${JSON.stringify(block.type)}`
      };
  }
}
function checkCertAndKey(pair) {
  const key = parseKey(pair.key, "colon");
  if ("error" in key) return key.error;
  const block = decodePem(pair.crt);
  if (!block) return "failed to parse PEM block";
  let cert;
  try {
    cert = new X509Certificate(block.der);
  } catch {
    return "failed to parse certificate";
  }
  let matches = false;
  try {
    matches = cert.checkPrivateKey(key.key);
  } catch {
    matches = false;
  }
  return matches ? void 0 : "certificate and key do not match";
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var Reader = class {
  issues = [];
  problem(field, message) {
    this.issues.push({ field, message });
  }
  /** A nested section; undefined (with an issue) when present but not a mapping. */
  section(parent, key, path2) {
    const value = parent[key];
    if (value === void 0 || value === null) return void 0;
    if (!isMapping(value)) {
      this.problem(path2, `${path2} must be a mapping`);
      return void 0;
    }
    return value;
  }
  /** A string field; '' when absent (Talos treats absent and empty alike). */
  string(parent, key, path2) {
    const value = parent?.[key];
    if (value === void 0 || value === null) return "";
    if (typeof value !== "string") {
      this.problem(path2, `${path2} must be a string`);
      return "";
    }
    return value;
  }
  /** A base64-of-PEM field, returned as PEM text ('' when absent or undecodable). */
  pem(parent, key, path2) {
    const raw = this.string(parent, key, path2);
    if (raw === "") return { pem: "", ok: true };
    const bytes = decodeBase64(raw);
    if (!bytes) {
      this.problem(path2, `${path2} is not valid base64`);
      return { pem: "", ok: false };
    }
    return { pem: bytes.toString("latin1"), ok: true };
  }
};
var ENCRYPTION_SECRETS = "[secrets.secretboxencryptionsecret, secrets.aescbcencryptionsecret]";
function readCertAndKey(r, certs, name) {
  const path2 = `certs.${name}`;
  const section = r.section(certs, name, path2);
  if (!section) {
    if (certs[name] === void 0 || certs[name] === null) r.problem(path2, `${path2} is required`);
    return void 0;
  }
  const crt = r.pem(section, "crt", `${path2}.crt`);
  const key = r.pem(section, "key", `${path2}.key`);
  const pair = { crt: crt.pem, key: key.pem };
  if (crt.ok && key.ok) {
    const error = checkCertAndKey(pair);
    if (error) r.problem(path2, `${path2} is invalid: ${error}`);
  }
  return pair;
}
function readServiceAccount(r, certs) {
  const path2 = "certs.k8sserviceaccount";
  const section = r.section(certs, "k8sserviceaccount", path2);
  if (!section) {
    if (certs.k8sserviceaccount === void 0 || certs.k8sserviceaccount === null) {
      r.problem(path2, `${path2} is required`);
    }
    return void 0;
  }
  const key = r.pem(section, "key", `${path2}.key`);
  if (key.ok) {
    const parsed = parseKey(key.pem, "plain");
    if ("error" in parsed) r.problem(`${path2}.key`, `${path2}.key is invalid: ${parsed.error}`);
  }
  return { key: key.pem };
}
function parseSecretsBundle(value, file) {
  if (!isMapping(value)) {
    throw new SecretsBundleError(file, [{ field: "", message: "the file must hold a YAML mapping" }]);
  }
  const r = new Reader();
  const cluster = r.section(value, "cluster", "cluster");
  if (!cluster && (value.cluster === void 0 || value.cluster === null)) {
    r.problem("cluster", "cluster is required");
  }
  const clusterId = r.string(cluster, "id", "cluster.id");
  const clusterSecret = r.string(cluster, "secret", "cluster.secret");
  if (cluster && clusterId === "") r.problem("cluster.id", "cluster.id is required");
  if (cluster && clusterSecret === "") r.problem("cluster.secret", "cluster.secret is required");
  const secrets = r.section(value, "secrets", "secrets");
  if (!secrets && (value.secrets === void 0 || value.secrets === null)) {
    r.problem("secrets", "secrets is required");
  }
  const bootstrapToken = r.string(secrets, "bootstraptoken", "secrets.bootstraptoken");
  const secretbox = r.string(secrets, "secretboxencryptionsecret", "secrets.secretboxencryptionsecret");
  const aescbc = r.string(secrets, "aescbcencryptionsecret", "secrets.aescbcencryptionsecret");
  if (secrets) {
    if (bootstrapToken === "") r.problem("secrets.bootstraptoken", "secrets.bootstraptoken is required");
    if (secretbox === "" && aescbc === "") {
      r.problem("secrets.secretboxencryptionsecret", `one of ${ENCRYPTION_SECRETS} is required`);
    }
    if (secretbox !== "" && aescbc !== "") {
      r.problem("secrets.aescbcencryptionsecret", `only one of ${ENCRYPTION_SECRETS} is allowed`);
    }
  }
  const trustd = r.section(value, "trustdinfo", "trustdinfo");
  if (!trustd && (value.trustdinfo === void 0 || value.trustdinfo === null)) {
    r.problem("trustdinfo", "trustdinfo is required");
  }
  const trustdToken = r.string(trustd, "token", "trustdinfo.token");
  if (trustd && trustdToken === "") r.problem("trustdinfo.token", "trustdinfo.token is required");
  const certs = r.section(value, "certs", "certs");
  let etcd;
  let k8s;
  let k8sAggregator;
  let k8sServiceAccount;
  let os;
  if (certs) {
    etcd = readCertAndKey(r, certs, "etcd");
    k8s = readCertAndKey(r, certs, "k8s");
    k8sAggregator = readCertAndKey(r, certs, "k8saggregator");
    k8sServiceAccount = readServiceAccount(r, certs);
    os = readCertAndKey(r, certs, "os");
  } else if (value.certs === void 0 || value.certs === null) {
    r.problem("certs", "certs is required");
  }
  if (r.issues.length > 0 || !etcd || !k8s || !k8sAggregator || !k8sServiceAccount || !os) {
    throw new SecretsBundleError(file, r.issues);
  }
  const bundleSecrets = { bootstrapToken };
  if (secretbox !== "") bundleSecrets.secretboxEncryptionSecret = secretbox;
  if (aescbc !== "") bundleSecrets.aescbcEncryptionSecret = aescbc;
  return {
    cluster: { id: clusterId, secret: clusterSecret },
    secrets: bundleSecrets,
    trustdInfo: { token: trustdToken },
    certs: { etcd, k8s, k8sAggregator, k8sServiceAccount, os }
  };
}
function pemToBase64(pem) {
  return Buffer.from(pem, "latin1").toString("base64");
}
var MIN_LINE_LENGTH = 16;
function pemForms(pem) {
  if (pem === "") return [];
  const forms = [pem, pem.trimEnd(), pemToBase64(pem)];
  const block = decodePem(pem);
  if (block) forms.push(block.der.toString("base64"));
  for (const line of pem.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.length >= MIN_LINE_LENGTH && !trimmed.startsWith("-----")) forms.push(trimmed);
  }
  return forms;
}
function secretValuesOf(bundle) {
  const values = /* @__PURE__ */ new Set();
  const add = (value) => {
    if (value) values.add(value);
  };
  add(bundle.cluster.id);
  add(bundle.cluster.secret);
  add(bundle.secrets.bootstrapToken);
  add(bundle.secrets.secretboxEncryptionSecret);
  add(bundle.secrets.aescbcEncryptionSecret);
  add(bundle.trustdInfo.token);
  const { etcd, k8s, k8sAggregator, k8sServiceAccount, os } = bundle.certs;
  for (const pair of [etcd, k8s, k8sAggregator, os]) {
    for (const form of pemForms(pair.crt)) add(form);
    for (const form of pemForms(pair.key)) add(form);
  }
  for (const form of pemForms(k8sServiceAccount.key)) add(form);
  return [...values].sort((a, b) => b.length - a.length);
}

// src/generate/v1alpha1.ts
function certAndKey(pair, withKey) {
  return { crt: pemToBase64(pair.crt), key: withKey ? pemToBase64(pair.key) : "" };
}
function machineSection(input) {
  const { bundle, features, role } = input;
  const controlPlane = role === "controlplane";
  const legacyKubernetes = !features.multidocKubernetes;
  const machine = {
    type: role,
    token: bundle.trustdInfo.token,
    ca: certAndKey(bundle.certs.os, controlPlane),
    certSANs: [...input.additionalSANs]
  };
  if (legacyKubernetes) {
    machine.kubelet = {
      image: kubernetesImages(input.kubernetesVersion).kubelet,
      defaultRuntimeSeccompProfileEnabled: true,
      disableManifestsDirectory: true
    };
  }
  if (!features.multidocKubeSpan) {
    machine.network = input.kubeSpan ? { kubespan: { enabled: true } } : {};
  }
  if (legacyKubernetes) {
    const install = {};
    if (input.installDisk !== "") install.disk = input.installDisk;
    if (input.installImage !== "") install.image = input.installImage;
    install.wipe = false;
    if (features.grubUseUKICmdline) install.grubUseUKICmdline = true;
    machine.install = install;
  }
  if (!features.multidocNetwork && input.registryMirrors.length > 0) {
    const mirrors = {};
    for (const [host, endpoints] of input.registryMirrors) mirrors[host] = { endpoints: [...endpoints] };
    machine.registries = { mirrors };
  }
  const machineFeatures = {};
  if (features.legacyFeatureFlags) {
    machineFeatures.rbac = true;
    machineFeatures.stableHostname = true;
    machineFeatures.apidCheckExtKeyUsage = true;
  }
  machineFeatures.diskQuotaSupport = true;
  if (legacyKubernetes) {
    machineFeatures.kubePrism = { enabled: true, port: DEFAULT_KUBEPRISM_PORT };
    machineFeatures.hostDNS = { enabled: true, forwardKubeDNSToHost: true };
  }
  machine.features = machineFeatures;
  if (controlPlane && legacyKubernetes) {
    machine.nodeLabels = { [LABEL_EXCLUDE_FROM_EXTERNAL_LB]: "" };
  }
  return machine;
}
function clusterNetwork(input) {
  const network = {};
  if (input.dnsDomain !== "") network.dnsDomain = input.dnsDomain;
  network.podSubnets = [DEFAULT_POD_SUBNET];
  network.serviceSubnets = [DEFAULT_SERVICE_SUBNET];
  return network;
}
function discovery(input) {
  return {
    enabled: input.clusterDiscovery,
    registries: { kubernetes: { disabled: true }, service: {} }
  };
}
function apiServer(input) {
  const { features } = input;
  const section = { image: kubernetesImages(input.kubernetesVersion).apiServer };
  const certSANs = features.endpointInAPIServerSANs ? [input.endpointHost, ...input.additionalSANs] : [...input.additionalSANs];
  if (certSANs.length > 0) section.certSANs = certSANs;
  if (features.disablePSPField) section.disablePodSecurityPolicy = true;
  section.admissionControl = [{ name: "PodSecurity", configuration: podSecurityConfiguration() }];
  section.auditPolicy = defaultAuditPolicy();
  return section;
}
function legacyCluster(input) {
  const { bundle, role } = input;
  const controlPlane = role === "controlplane";
  const images = kubernetesImages(input.kubernetesVersion);
  const cluster = {
    id: bundle.cluster.id,
    secret: bundle.cluster.secret,
    controlPlane: { endpoint: input.endpoint },
    // Workers carry the cluster name too for every contract in range (Talos > 1.7).
    clusterName: input.clusterName,
    network: clusterNetwork(input),
    token: bundle.secrets.bootstrapToken
  };
  if (!controlPlane) {
    cluster.ca = certAndKey(bundle.certs.k8s, false);
    cluster.discovery = discovery(input);
    return cluster;
  }
  if (bundle.secrets.secretboxEncryptionSecret) {
    cluster.secretboxEncryptionSecret = bundle.secrets.secretboxEncryptionSecret;
  }
  cluster.ca = certAndKey(bundle.certs.k8s, true);
  cluster.aggregatorCA = certAndKey(bundle.certs.k8sAggregator, true);
  cluster.serviceAccount = { key: pemToBase64(bundle.certs.k8sServiceAccount.key) };
  cluster.apiServer = apiServer(input);
  cluster.controllerManager = { image: images.controllerManager };
  cluster.proxy = { image: images.proxy };
  cluster.scheduler = { image: images.scheduler };
  cluster.discovery = discovery(input);
  cluster.etcd = { ca: certAndKey(bundle.certs.etcd, true) };
  return cluster;
}
function v1alpha1Document(input) {
  const { bundle, role, features } = input;
  let cluster;
  if (!features.multidocKubernetes) {
    cluster = legacyCluster(input);
  } else {
    cluster = { token: bundle.secrets.bootstrapToken };
    if (role === "controlplane") cluster.etcd = { ca: certAndKey(bundle.certs.etcd, true) };
  }
  return {
    version: "v1alpha1",
    debug: input.debug,
    persist: true,
    machine: machineSection(input),
    cluster
  };
}

// src/generate/generate.ts
function generateBaseConfig(options) {
  const input = normalizeInput(options);
  const docs = [v1alpha1Document(input)];
  docs.push(...systemDocuments(input));
  docs.push(...secureDefaultDocuments(input));
  docs.push(...networkDocuments(input));
  if (input.features.multidocKubernetes) {
    docs.push(...universalKubernetesDocuments(input));
    if (input.role === "controlplane") docs.push(...controlPlaneKubernetesDocuments(input));
  }
  return docs;
}

// src/talos/types.ts
var APPLY_MODE_WIRE = {
  reboot: 0,
  auto: 1,
  "no-reboot": 2,
  staged: 3,
  try: 4
};
function applyModeFromWire(n) {
  const found = Object.keys(APPLY_MODE_WIRE).find((k) => APPLY_MODE_WIRE[k] === n);
  if (!found) throw new RangeError(`unknown ApplyConfiguration mode ${n}`);
  return found;
}
var MACHINE_STAGES = [
  "unknown",
  "booting",
  "installing",
  "maintenance",
  "running",
  "rebooting",
  "shutting-down",
  "resetting",
  "upgrading"
];
var REBOOT_MODE_WIRE = { default: 0, powercycle: 1, force: 2 };
function imageTag(image) {
  const noDigest = image.split("@")[0];
  const lastSlash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  return colon > lastSlash ? noDigest.slice(colon + 1) : void 0;
}
function timestampToDate(ts) {
  if (!ts || !ts.seconds && !ts.nanos) return void 0;
  return new Date(Number(ts.seconds ?? 0n) * 1e3 + Math.floor((ts.nanos ?? 0) / 1e6));
}
function dateToTimestamp(d) {
  const ms = d.getTime();
  return { seconds: BigInt(Math.floor(ms / 1e3)), nanos: ms % 1e3 * 1e6 };
}

// src/kinds/images.ts
function documentImages(docs, role) {
  const out = [];
  for (const doc2 of docs) {
    for (const f of KINDS.entry(doc2.kind)?.images ?? []) {
      if (role && f.role !== role) continue;
      const value = asStr(dig(doc2.body, ...f.path));
      if (value !== "") out.push({ role: f.role, value, segs: [...f.path], doc: doc2 });
    }
  }
  return out;
}
function imageSlot(docs, role) {
  const slots = docs.flatMap(
    (doc2) => (KINDS.entry(doc2.kind)?.images ?? []).filter((f) => f.role === role).map((f) => ({ doc: doc2, path: f.path }))
  );
  return slots.find((s) => s.doc.kind !== "v1alpha1") ?? slots[0];
}
function installerImageSlot(docs) {
  return imageSlot(docs, "installer");
}
function installerImage(docs) {
  const slot = installerImageSlot(docs);
  const value = slot ? asStr(dig(slot.doc.body, ...slot.path)) : "";
  return slot && value !== "" ? { role: "installer", value, segs: [...slot.path], doc: slot.doc } : void 0;
}
function imageRepository(image) {
  const noDigest = image.split("@")[0];
  return imageTag(noDigest) !== void 0 ? noDigest.slice(0, noDigest.lastIndexOf(":")) : noDigest;
}
function kubernetesVersionOf(docs) {
  for (const img of documentImages(docs, "kubelet")) {
    const tag = imageTag(img.value);
    if (tag && /^v?\d+\.\d+/.test(tag)) return tag.startsWith("v") ? tag : `v${tag}`;
  }
  return void 0;
}

// src/schematic/factory.ts
import { createHash as createHash2 } from "node:crypto";
var BOOTLOADERS = ["none", "dual-boot", "sd-boot", "grub"];
var SchematicError = class extends TalosGitopsError {
  name = "SchematicError";
};
function fail2(message, n, w) {
  throw new SchematicError(message, { file: w.file, line: n?.pos?.line, field: w.path || void 0 });
}
function at(w, key) {
  if (typeof key === "number") return { ...w, path: `${w.path}[${key}]` };
  return { ...w, path: w.path ? `${w.path}.${key}` : key };
}
function describe(n) {
  if (n.t === "map") return "a mapping";
  if (n.t === "seq") return "a list";
  return JSON.stringify(n.text);
}
function fields(n, known, w) {
  if (n.t !== "map") fail2(`expected a mapping, got ${describe(n)}`, n, w);
  const out = /* @__PURE__ */ new Map();
  for (const e of n.entries) {
    const key = e.key.text;
    if (!known.includes(key)) fail2(`field ${key} not found in the schematic format`, e.key, at(w, key));
    if (!isNullScalar(e.value)) out.set(key, { node: e.value, w: at(w, key) });
  }
  return out;
}
function str(n, w) {
  if (n.t !== "scalar") fail2(`expected a string, got ${describe(n)}`, n, w);
  return n.text;
}
function bool(n, w) {
  if (n.t === "scalar" && !n.quoted) {
    const r = resolvePlain(n.text);
    if (r.tag === "bool") return r.value;
  }
  return fail2(`expected true or false, got ${describe(n)}`, n, w);
}
function uint(n, w, max) {
  if (n.t === "scalar" && !n.quoted) {
    const r = resolvePlain(n.text);
    if (r.tag === "int" && Number(r.value) >= 0 && Number(r.value) <= max) return Number(r.value);
  }
  return fail2(`expected a whole number from 0 to ${max}, got ${describe(n)}`, n, w);
}
function list(n, w, item) {
  if (n.t !== "seq") fail2(`expected a list, got ${describe(n)}`, n, w);
  return n.items.map((i, k) => item(i, at(w, k)));
}
function decodeCustomization(n, w) {
  const f = fields(
    n,
    [
      "embeddedMachineConfiguration",
      "extraKernelArgs",
      "meta",
      "systemExtensions",
      "bootloader",
      "secureboot",
      "diskImage"
    ],
    w
  );
  const c = {};
  for (const [key, { node, w: fw }] of f) {
    switch (key) {
      case "embeddedMachineConfiguration":
        c.embeddedMachineConfiguration = str(node, fw);
        break;
      case "extraKernelArgs":
        c.extraKernelArgs = list(node, fw, str);
        break;
      case "meta":
        c.meta = list(node, fw, (m, mw) => {
          const mf = fields(m, ["key", "value"], mw);
          const k = mf.get("key");
          const v = mf.get("value");
          return { key: k ? uint(k.node, k.w, 255) : 0, value: v ? str(v.node, v.w) : "" };
        });
        break;
      case "systemExtensions": {
        const sf = fields(node, ["officialExtensions"], fw);
        const off = sf.get("officialExtensions");
        c.systemExtensions = off ? { officialExtensions: list(off.node, off.w, str) } : {};
        break;
      }
      case "bootloader": {
        const text = str(node, fw);
        if (!BOOTLOADERS.includes(text)) {
          fail2(`${text} does not belong to the bootloader kinds (${BOOTLOADERS.join(", ")})`, node, fw);
        }
        c.bootloader = text;
        break;
      }
      case "secureboot": {
        const sf = fields(node, ["enrollKeys", "includeWellKnownCertificates"], fw);
        const e = sf.get("enrollKeys");
        const i = sf.get("includeWellKnownCertificates");
        c.secureboot = {
          ...e ? { enrollKeys: str(e.node, e.w) } : {},
          ...i ? { includeWellKnownCertificates: bool(i.node, i.w) } : {}
        };
        break;
      }
      case "diskImage": {
        const df = fields(node, ["sectorSize"], fw);
        const s = df.get("sectorSize");
        c.diskImage = s ? { sectorSize: uint(s.node, s.w, Number.MAX_SAFE_INTEGER) } : {};
        break;
      }
    }
  }
  return c;
}
function decodeOverlay(n, w) {
  const f = fields(n, ["image", "name", "options"], w);
  const o = {
    image: f.has("image") ? str(f.get("image").node, f.get("image").w) : "",
    name: f.has("name") ? str(f.get("name").node, f.get("name").w) : ""
  };
  const opts = f.get("options");
  if (opts) {
    if (opts.node.t !== "map") fail2(`expected a mapping, got ${describe(opts.node)}`, opts.node, opts.w);
    o.options = decodeAny(opts.node);
  }
  return o;
}
function decodeFactorySchematic(n, file, opts = {}) {
  const w = { file, path: opts.path ?? "" };
  const f = fields(n, ["owner", "overlay", "customization", ...opts.extraKeys ?? []], w);
  const s = { customization: {} };
  const owner = f.get("owner");
  if (owner) s.owner = str(owner.node, owner.w);
  const overlay = f.get("overlay");
  if (overlay) s.overlay = decodeOverlay(overlay.node, overlay.w);
  const cust = f.get("customization");
  if (cust) s.customization = decodeCustomization(cust.node, cust.w);
  return s;
}
function parseFactorySchematic(text, file = "schematic.yaml") {
  const docs = parseYamlDocuments(text, file).filter((d) => d.root !== null);
  if (docs.length === 0) return { customization: {} };
  return decodeFactorySchematic(docs[0].root, file);
}
var map = (entries) => ({
  k: "map",
  entries: entries.filter((e) => e[1] !== void 0).map(([k, v]) => [scalar(k), v])
});
function omitEmptyStruct(entries) {
  return entries.some(([, v]) => v !== void 0) ? map(entries) : void 0;
}
var strings = (a) => a?.length ? { k: "seq", items: a.map(goString) } : void 0;
var nonEmpty = (s) => s ? goString(s) : void 0;
function encodeCustomization(c) {
  return map([
    ["embeddedMachineConfiguration", nonEmpty(c.embeddedMachineConfiguration)],
    ["extraKernelArgs", strings(c.extraKernelArgs)],
    [
      "meta",
      c.meta?.length ? {
        k: "seq",
        items: c.meta.map(
          (m) => map([
            ["key", scalar(String(m.key))],
            ["value", goString(m.value)]
          ])
        )
      } : void 0
    ],
    [
      "systemExtensions",
      omitEmptyStruct([["officialExtensions", strings(c.systemExtensions?.officialExtensions)]])
    ],
    ["bootloader", c.bootloader && c.bootloader !== "none" ? goString(c.bootloader) : void 0],
    [
      "secureboot",
      omitEmptyStruct([
        ["enrollKeys", nonEmpty(c.secureboot?.enrollKeys)],
        [
          "includeWellKnownCertificates",
          c.secureboot?.includeWellKnownCertificates ? scalar("true") : void 0
        ]
      ])
    ],
    [
      "diskImage",
      omitEmptyStruct([
        ["sectorSize", c.diskImage?.sectorSize ? scalar(String(c.diskImage.sectorSize)) : void 0]
      ])
    ]
  ]);
}
function encodeOverlay(o) {
  if (!o) return void 0;
  const options = o.options && Object.keys(o.options).length > 0 ? encodeAny(o.options) : void 0;
  if (!o.image && !o.name && !options) return void 0;
  return map([
    ["image", goString(o.image)],
    ["name", goString(o.name)],
    ["options", options]
  ]);
}
function encodeFactorySchematic(s) {
  const root = map([
    ["owner", nonEmpty(s.owner)],
    ["overlay", encodeOverlay(s.overlay)],
    ["customization", encodeCustomization(s.customization)]
  ]);
  return emitDocument(root, { indent: 4 });
}
function schematicId(s) {
  return createHash2("sha256").update(encodeFactorySchematic(s)).digest("hex");
}
var EMPTY_SCHEMATIC_ID = schematicId({ customization: {} });

// src/schematic/installer.ts
var DEFAULT_FACTORY = "factory.talos.dev";
var DEFAULT_PLATFORM = "metal";
function supportsUnifiedInstaller(talosVersion) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?/.exec(talosVersion);
  if (!m) return true;
  const [maj, min, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (maj !== 1) return maj > 1;
  if (min !== 10) return min > 10;
  return patch > 0 || m[4] === void 0;
}
function factoryInstallerImage(input) {
  const host = input.factory ?? DEFAULT_FACTORY;
  const suffix = input.secureBoot ? "-secureboot" : "";
  const repo = supportsUnifiedInstaller(input.talosVersion) ? `${input.platform ?? DEFAULT_PLATFORM}-installer${suffix}` : `installer${suffix}`;
  const version = input.talosVersion.startsWith("v") ? input.talosVersion : `v${input.talosVersion}`;
  return `${host}/${repo}/${input.schematicId}:${version}`;
}
function installerVariant(image, emptySchematicId) {
  const m = /\/((?:[a-z0-9-]+-)?installer(?:-secureboot)?)\/([0-9a-f]{64})(?::|@|$)/.exec(image);
  if (!m) return `metal-installer/${emptySchematicId}`;
  const repo = m[1].startsWith("installer") ? `metal-${m[1]}` : m[1];
  return `${repo}/${m[2]}`;
}

// src/schematic/layers.ts
function appendUnique(into, more) {
  for (const v of more ?? []) if (!into.includes(v)) into.push(v);
}
function combineSchematic(levels, talosVersion) {
  const set = levels.filter((l) => l !== void 0);
  if (set.length === 0) return void 0;
  const extensions = [];
  const kernelArgs = [];
  const meta = /* @__PURE__ */ new Map();
  const customization = {};
  const out = { customization };
  let secureBoot = false;
  let platform = DEFAULT_PLATFORM;
  let factory = DEFAULT_FACTORY;
  for (const level of set) {
    const c = level.schematic.customization;
    appendUnique(extensions, c.systemExtensions?.officialExtensions);
    appendUnique(kernelArgs, c.extraKernelArgs);
    for (const m of c.meta ?? []) meta.set(m.key, m.value);
    if (level.schematic.overlay) out.overlay = level.schematic.overlay;
    if (c.bootloader !== void 0) customization.bootloader = c.bootloader;
    if (c.secureboot !== void 0) customization.secureboot = c.secureboot;
    if (c.diskImage !== void 0) customization.diskImage = c.diskImage;
    if (level.secureBoot !== void 0) secureBoot = level.secureBoot;
    if (level.platform !== void 0) platform = level.platform;
    if (level.factory !== void 0) factory = level.factory;
  }
  if (kernelArgs.length) customization.extraKernelArgs = kernelArgs;
  if (meta.size) customization.meta = [...meta].map(([key, value]) => ({ key, value }));
  if (extensions.length) customization.systemExtensions = { officialExtensions: extensions };
  const id = schematicId(out);
  return {
    schematic: out,
    id,
    yaml: encodeFactorySchematic(out),
    extensions,
    secureBoot,
    platform,
    factory,
    installerImage: factoryInstallerImage({ schematicId: id, talosVersion, platform, secureBoot, factory }),
    sources: set.map((l) => l.source)
  };
}
function extensionChange(before, after) {
  return {
    gained: after.filter((e) => !before.includes(e)),
    lost: before.filter((e) => !after.includes(e))
  };
}

// src/repo/cluster-file.ts
import { isIP } from "node:net";

// src/schemas/compiled.generated.js
function fileValidators(require2) {
  const out = {};
  out.validateClusterFile = validate10;
  const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/talos-gitops/talos-gitops/schemas/cluster.schema.json", "title": "talos-gitops cluster.yaml", "description": "One Talos cluster managed by talos-gitops: how to build each node's machine config and how to roll changes out.", "type": "object", "additionalProperties": false, "required": ["talosVersion", "endpoint", "nodes"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "description": "Cluster name (default: the folder name). Lower-case letters, digits and dashes." }, "stage": { "type": "string", "minLength": 1, "description": "Rollout stage, e.g. staging or production. Stages roll out in the order given to the action (`stages`)." }, "talosVersion": { "type": "string", "pattern": "^v1\\.([1-9][0-9])\\.[0-9]+(-[0-9A-Za-z.-]+)?$", "description": "Talos version of the nodes (1.10 or newer): the version contract for generation and validation, and the installer tag. A release newer than the newest contract this tool knows is generated and validated under that contract, with a warning." }, "kubernetesVersion": { "type": "string", "pattern": "^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$", "description": "Kubernetes version (default: the Talos release's default)." }, "platform": { "enum": ["metal", "cloud", "container"], "description": "How Talos runs on the nodes, which decides how Talos validates their configs (talosctl validate --mode): metal (default: installs to disk, so install settings are required before Talos 1.14), cloud (cloud images, nothing to install), container (Talos in containers: host DNS must forward to the cluster DNS)." }, "endpoint": { "type": "string", "pattern": "^https://", "description": "Kubernetes API endpoint of the cluster, e.g. https://10.0.1.100:6443." }, "secrets": { "type": "string", "minLength": 1, "description": "Talos secrets bundle (talosctl gen secrets layout), SOPS+age encrypted, relative to the cluster folder. Required unless `base` is given. A missing file is an error: secrets are never regenerated." }, "base": { "type": "object", "additionalProperties": false, "description": "Committed base configs per role, used instead of generating them from `secrets`.", "properties": { "controlplane": { "type": "string", "minLength": 1 }, "worker": { "type": "string", "minLength": 1 } } }, "patches": { "$ref": "#/definitions/patches", "description": "Patches for every node, applied first." }, "controlplane": { "$ref": "#/definitions/rolePatches" }, "worker": { "$ref": "#/definitions/rolePatches" }, "schematic": { "$ref": "#/definitions/schematic", "description": "The Image Factory schematic every node installs from (extensions, kernel args, overlay, secure boot). Roles and nodes may add to it; see the README for how levels combine." }, "nodes": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "address", "role"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "description": "Node name (unique in the fleet)." }, "address": { "type": "string", "minLength": 1, "description": "Talos API address of the node (IP or DNS name, no port)." }, "role": { "enum": ["controlplane", "worker"] }, "schematic": { "$ref": "#/definitions/schematic", "description": "This node's additions to the schematic." }, "patches": { "$ref": "#/definitions/patches", "description": "Patches for this node only, applied last." } } } }, "rollout": { "type": "object", "additionalProperties": false, "properties": { "workers": { "type": "object", "additionalProperties": false, "properties": { "maxParallel": { "oneOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^([1-9][0-9]?|100)%$" }], "description": `How many workers may be rolled at once: a count, or a percentage of the cluster's workers such as "25%". Default 1.` } } }, "healthTimeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long a node may take to become healthy after an apply or upgrade (default 10m)." }, "allowReboots": { "type": "boolean", "description": "Whether changes that need a reboot may be applied (default true). When false, the rollout stops before touching a node that would reboot." }, "removeNodes": { "type": "boolean", "description": "Whether apply removes the nodes the cluster runs that cluster.yaml no longer lists (default false: they are reported and left running). When true, each is drained, leaves etcd (never below quorum, never the last member), is reset and its Kubernetes node deleted." }, "drain": { "type": "boolean", "description": "Cordon and drain a node (evictions through the Eviction API, PodDisruptionBudgets respected, DaemonSet and mirror pods left) before a reboot, an upgrade or a change that restarts its kubelet, and uncordon it once healthy (default true)." }, "drainTimeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long a drain may take before the rollout halts with the blocking pods and budgets named, leaving the node untouched (default 5m)." }, "gates": { "type": "array", "description": "Checks of your own, run on apply (never on a pull request's plan) before the first node, after every control plane and worker batch, and after the last; a gate that fails halts the rollout.", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "oneOf": [{ "required": ["command"] }, { "required": ["http"] }], "properties": { "name": { "type": "string", "minLength": 1, "description": "Shown in the progress and the report." }, "command": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string" } }], "description": "A command that must exit 0: an argument list, or a string run by /bin/sh -c, in the repository root." }, "http": { "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "url": { "type": "string", "pattern": "^https?://" }, "expectStatus": { "oneOf": [{ "type": "integer", "minimum": 100, "maximum": 599 }, { "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 100, "maximum": 599 } }], "description": "Accepted status codes (default any 2xx)." } }, "description": "A GET that must answer an accepted status." }, "timeout": { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "description": "How long one run of the gate may take (default 1m)." } } } } } }, "policies": { "type": "object", "additionalProperties": false, "properties": { "packs": { "type": "array", "items": { "enum": ["baseline", "hardened"] }, "uniqueItems": true, "description": "Built-in policy packs to apply (default [baseline])." } } }, "waivers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["policy", "reason"], "properties": { "policy": { "type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+$", "description": "Rule id, e.g. hardened/disk-encryption." }, "nodes": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Node name globs (default: every node)." }, "reason": { "type": "string", "minLength": 1 }, "expires": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "YYYY-MM-DD; an expired waiver stops waiving and says so." } } } } }, "definitions": { "patches": { "type": "array", "items": { "oneOf": [{ "type": "string", "minLength": 1, "description": "A patch file, relative to the cluster folder." }, { "type": "object", "description": "An inline strategic merge patch." }, { "type": "array", "items": { "type": "object", "required": ["op", "path"] }, "description": "An inline JSON patch (RFC 6902)." }] } }, "rolePatches": { "type": "object", "additionalProperties": false, "properties": { "patches": { "$ref": "#/definitions/patches" }, "schematic": { "$ref": "#/definitions/schematic", "description": "This role's additions to the schematic." } } }, "schematic": { "type": "object", "additionalProperties": false, "description": "An Image Factory schematic, in the factory's own format (what factory.talos.dev shows and `POST /schematics` takes), plus how to pick the installer: secureBoot, platform, factory.", "properties": { "customization": { "type": "object", "additionalProperties": false, "properties": { "extraKernelArgs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "description": "Extra kernel arguments of the installed system." }, "meta": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key", "value"], "properties": { "key": { "type": "integer", "minimum": 0, "maximum": 255 }, "value": { "type": "string" } } }, "description": "Initial META values of the image." }, "systemExtensions": { "type": "object", "additionalProperties": false, "properties": { "officialExtensions": { "type": "array", "items": { "type": "string", "pattern": "^[^\\s]+$" }, "uniqueItems": true, "description": "System extensions, e.g. siderolabs/iscsi-tools." } } }, "bootloader": { "enum": ["none", "dual-boot", "sd-boot", "grub"] }, "secureboot": { "type": "object", "additionalProperties": false, "properties": { "enrollKeys": { "enum": ["off", "manual", "if-safe", "force"] }, "includeWellKnownCertificates": { "type": "boolean" } } }, "diskImage": { "type": "object", "additionalProperties": false, "properties": { "sectorSize": { "type": "integer", "minimum": 1 } } } } }, "overlay": { "type": "object", "additionalProperties": false, "required": ["image", "name"], "properties": { "image": { "type": "string", "minLength": 1, "description": "e.g. siderolabs/sbc-raspberrypi" }, "name": { "type": "string", "minLength": 1, "description": "e.g. rpi_generic" }, "options": { "type": "object" } } }, "secureBoot": { "type": "boolean", "description": "Install from the secure boot installer (…-installer-secureboot). Default false." }, "platform": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "description": "The Image Factory platform of the installer: metal (default), aws, gcp, azure, nocloud, openstack, vmware, …" }, "factory": { "type": "string", "pattern": "^[A-Za-z0-9.-]+(:[0-9]+)?$", "description": "The Image Factory's host for self-hosted factories (default factory.talos.dev)." } } } } };
  const schema12 = { "type": "array", "items": { "oneOf": [{ "type": "string", "minLength": 1, "description": "A patch file, relative to the cluster folder." }, { "type": "object", "description": "An inline strategic merge patch." }, { "type": "array", "items": { "type": "object", "required": ["op", "path"] }, "description": "An inline JSON patch (RFC 6902)." }] } };
  const schema15 = { "type": "object", "additionalProperties": false, "description": "An Image Factory schematic, in the factory's own format (what factory.talos.dev shows and `POST /schematics` takes), plus how to pick the installer: secureBoot, platform, factory.", "properties": { "customization": { "type": "object", "additionalProperties": false, "properties": { "extraKernelArgs": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "description": "Extra kernel arguments of the installed system." }, "meta": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["key", "value"], "properties": { "key": { "type": "integer", "minimum": 0, "maximum": 255 }, "value": { "type": "string" } } }, "description": "Initial META values of the image." }, "systemExtensions": { "type": "object", "additionalProperties": false, "properties": { "officialExtensions": { "type": "array", "items": { "type": "string", "pattern": "^[^\\s]+$" }, "uniqueItems": true, "description": "System extensions, e.g. siderolabs/iscsi-tools." } } }, "bootloader": { "enum": ["none", "dual-boot", "sd-boot", "grub"] }, "secureboot": { "type": "object", "additionalProperties": false, "properties": { "enrollKeys": { "enum": ["off", "manual", "if-safe", "force"] }, "includeWellKnownCertificates": { "type": "boolean" } } }, "diskImage": { "type": "object", "additionalProperties": false, "properties": { "sectorSize": { "type": "integer", "minimum": 1 } } } } }, "overlay": { "type": "object", "additionalProperties": false, "required": ["image", "name"], "properties": { "image": { "type": "string", "minLength": 1, "description": "e.g. siderolabs/sbc-raspberrypi" }, "name": { "type": "string", "minLength": 1, "description": "e.g. rpi_generic" }, "options": { "type": "object" } } }, "secureBoot": { "type": "boolean", "description": "Install from the secure boot installer (…-installer-secureboot). Default false." }, "platform": { "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "description": "The Image Factory platform of the installer: metal (default), aws, gcp, azure, nocloud, openstack, vmware, …" }, "factory": { "type": "string", "pattern": "^[A-Za-z0-9.-]+(:[0-9]+)?$", "description": "The Image Factory's host for self-hosted factories (default factory.talos.dev)." } } };
  const func2 = Object.prototype.hasOwnProperty;
  const func3 = require2("ajv/dist/runtime/ucs2length").default;
  const func0 = require2("ajv/dist/runtime/equal").default;
  const pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
  const pattern1 = new RegExp("^v1\\.([1-9][0-9])\\.[0-9]+(-[0-9A-Za-z.-]+)?$", "u");
  const pattern2 = new RegExp("^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$", "u");
  const pattern3 = new RegExp("^https://", "u");
  const pattern4 = new RegExp("^[^\\s]+$", "u");
  const pattern6 = new RegExp("^[A-Za-z0-9.-]+(:[0-9]+)?$", "u");
  const pattern10 = new RegExp("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
  const pattern14 = new RegExp("^([1-9][0-9]?|100)%$", "u");
  const pattern15 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u");
  const pattern17 = new RegExp("^https?://", "u");
  const pattern19 = new RegExp("^[a-z0-9-]+/[a-z0-9-]+$", "u");
  const pattern20 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
  const schema13 = { "type": "object", "additionalProperties": false, "properties": { "patches": { "$ref": "#/definitions/patches" }, "schematic": { "$ref": "#/definitions/schematic", "description": "This role's additions to the schematic." } } };
  function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "patches" || key0 === "schematic")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.patches !== void 0) {
        let data0 = data.patches;
        if (Array.isArray(data0)) {
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            const _errs6 = errors;
            let valid4 = false;
            let passing0 = null;
            const _errs7 = errors;
            if (typeof data1 === "string") {
              if (func3(data1) < 1) {
                const err1 = { instancePath: instancePath + "/patches/" + i0, schemaPath: "#/definitions/patches/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
            } else {
              const err2 = { instancePath: instancePath + "/patches/" + i0, schemaPath: "#/definitions/patches/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            var _valid0 = _errs7 === errors;
            if (_valid0) {
              valid4 = true;
              passing0 = 0;
            }
            const _errs9 = errors;
            if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
              const err3 = { instancePath: instancePath + "/patches/" + i0, schemaPath: "#/definitions/patches/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            var _valid0 = _errs9 === errors;
            if (_valid0 && valid4) {
              valid4 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid0) {
                valid4 = true;
                passing0 = 1;
              }
              const _errs11 = errors;
              if (Array.isArray(data1)) {
                const len1 = data1.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data2 = data1[i1];
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.op === void 0) {
                      const err4 = { instancePath: instancePath + "/patches/" + i0 + "/" + i1, schemaPath: "#/definitions/patches/items/oneOf/2/items/required", keyword: "required", params: { missingProperty: "op" }, message: "must have required property 'op'" };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                    if (data2.path === void 0) {
                      const err5 = { instancePath: instancePath + "/patches/" + i0 + "/" + i1, schemaPath: "#/definitions/patches/items/oneOf/2/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                      if (vErrors === null) {
                        vErrors = [err5];
                      } else {
                        vErrors.push(err5);
                      }
                      errors++;
                    }
                  } else {
                    const err6 = { instancePath: instancePath + "/patches/" + i0 + "/" + i1, schemaPath: "#/definitions/patches/items/oneOf/2/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                }
              } else {
                const err7 = { instancePath: instancePath + "/patches/" + i0, schemaPath: "#/definitions/patches/items/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              var _valid0 = _errs11 === errors;
              if (_valid0 && valid4) {
                valid4 = false;
                passing0 = [passing0, 2];
              } else {
                if (_valid0) {
                  valid4 = true;
                  passing0 = 2;
                }
              }
            }
            if (!valid4) {
              const err8 = { instancePath: instancePath + "/patches/" + i0, schemaPath: "#/definitions/patches/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            } else {
              errors = _errs6;
              if (vErrors !== null) {
                if (_errs6) {
                  vErrors.length = _errs6;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        } else {
          const err9 = { instancePath: instancePath + "/patches", schemaPath: "#/definitions/patches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.schematic !== void 0) {
        let data3 = data.schematic;
        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
          for (const key1 in data3) {
            if (!(key1 === "customization" || key1 === "overlay" || key1 === "secureBoot" || key1 === "platform" || key1 === "factory")) {
              const err10 = { instancePath: instancePath + "/schematic", schemaPath: "#/definitions/schematic/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          if (data3.customization !== void 0) {
            let data4 = data3.customization;
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
              for (const key2 in data4) {
                if (!(key2 === "extraKernelArgs" || key2 === "meta" || key2 === "systemExtensions" || key2 === "bootloader" || key2 === "secureboot" || key2 === "diskImage")) {
                  const err11 = { instancePath: instancePath + "/schematic/customization", schemaPath: "#/definitions/schematic/properties/customization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data4.extraKernelArgs !== void 0) {
                let data5 = data4.extraKernelArgs;
                if (Array.isArray(data5)) {
                  const len2 = data5.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data6 = data5[i2];
                    if (typeof data6 === "string") {
                      if (func3(data6) < 1) {
                        const err12 = { instancePath: instancePath + "/schematic/customization/extraKernelArgs/" + i2, schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    } else {
                      const err13 = { instancePath: instancePath + "/schematic/customization/extraKernelArgs/" + i2, schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  }
                  let i3 = data5.length;
                  let j0;
                  if (i3 > 1) {
                    const indices0 = {};
                    for (; i3--; ) {
                      let item0 = data5[i3];
                      if (typeof item0 !== "string") {
                        continue;
                      }
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err14 = { instancePath: instancePath + "/schematic/customization/extraKernelArgs", schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                        break;
                      }
                      indices0[item0] = i3;
                    }
                  }
                } else {
                  const err15 = { instancePath: instancePath + "/schematic/customization/extraKernelArgs", schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              if (data4.meta !== void 0) {
                let data7 = data4.meta;
                if (Array.isArray(data7)) {
                  const len3 = data7.length;
                  for (let i4 = 0; i4 < len3; i4++) {
                    let data8 = data7[i4];
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                      if (data8.key === void 0) {
                        const err16 = { instancePath: instancePath + "/schematic/customization/meta/" + i4, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                      if (data8.value === void 0) {
                        const err17 = { instancePath: instancePath + "/schematic/customization/meta/" + i4, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                        if (vErrors === null) {
                          vErrors = [err17];
                        } else {
                          vErrors.push(err17);
                        }
                        errors++;
                      }
                      for (const key3 in data8) {
                        if (!(key3 === "key" || key3 === "value")) {
                          const err18 = { instancePath: instancePath + "/schematic/customization/meta/" + i4, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err18];
                          } else {
                            vErrors.push(err18);
                          }
                          errors++;
                        }
                      }
                      if (data8.key !== void 0) {
                        let data9 = data8.key;
                        if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                          const err19 = { instancePath: instancePath + "/schematic/customization/meta/" + i4 + "/key", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/key/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                          if (vErrors === null) {
                            vErrors = [err19];
                          } else {
                            vErrors.push(err19);
                          }
                          errors++;
                        }
                        if (typeof data9 == "number") {
                          if (data9 > 255 || isNaN(data9)) {
                            const err20 = { instancePath: instancePath + "/schematic/customization/meta/" + i4 + "/key", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/key/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255" };
                            if (vErrors === null) {
                              vErrors = [err20];
                            } else {
                              vErrors.push(err20);
                            }
                            errors++;
                          }
                          if (data9 < 0 || isNaN(data9)) {
                            const err21 = { instancePath: instancePath + "/schematic/customization/meta/" + i4 + "/key", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/key/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                              vErrors = [err21];
                            } else {
                              vErrors.push(err21);
                            }
                            errors++;
                          }
                        }
                      }
                      if (data8.value !== void 0) {
                        if (typeof data8.value !== "string") {
                          const err22 = { instancePath: instancePath + "/schematic/customization/meta/" + i4 + "/value", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err22];
                          } else {
                            vErrors.push(err22);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err23 = { instancePath: instancePath + "/schematic/customization/meta/" + i4, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err24 = { instancePath: instancePath + "/schematic/customization/meta", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
              if (data4.systemExtensions !== void 0) {
                let data11 = data4.systemExtensions;
                if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                  for (const key4 in data11) {
                    if (!(key4 === "officialExtensions")) {
                      const err25 = { instancePath: instancePath + "/schematic/customization/systemExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  }
                  if (data11.officialExtensions !== void 0) {
                    let data12 = data11.officialExtensions;
                    if (Array.isArray(data12)) {
                      const len4 = data12.length;
                      for (let i5 = 0; i5 < len4; i5++) {
                        let data13 = data12[i5];
                        if (typeof data13 === "string") {
                          if (!pattern4.test(data13)) {
                            const err26 = { instancePath: instancePath + "/schematic/customization/systemExtensions/officialExtensions/" + i5, schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/items/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"' };
                            if (vErrors === null) {
                              vErrors = [err26];
                            } else {
                              vErrors.push(err26);
                            }
                            errors++;
                          }
                        } else {
                          const err27 = { instancePath: instancePath + "/schematic/customization/systemExtensions/officialExtensions/" + i5, schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err27];
                          } else {
                            vErrors.push(err27);
                          }
                          errors++;
                        }
                      }
                      let i6 = data12.length;
                      let j1;
                      if (i6 > 1) {
                        const indices1 = {};
                        for (; i6--; ) {
                          let item1 = data12[i6];
                          if (typeof item1 !== "string") {
                            continue;
                          }
                          if (typeof indices1[item1] == "number") {
                            j1 = indices1[item1];
                            const err28 = { instancePath: instancePath + "/schematic/customization/systemExtensions/officialExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)" };
                            if (vErrors === null) {
                              vErrors = [err28];
                            } else {
                              vErrors.push(err28);
                            }
                            errors++;
                            break;
                          }
                          indices1[item1] = i6;
                        }
                      }
                    } else {
                      const err29 = { instancePath: instancePath + "/schematic/customization/systemExtensions/officialExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err30 = { instancePath: instancePath + "/schematic/customization/systemExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
              if (data4.bootloader !== void 0) {
                let data14 = data4.bootloader;
                if (!(data14 === "none" || data14 === "dual-boot" || data14 === "sd-boot" || data14 === "grub")) {
                  const err31 = { instancePath: instancePath + "/schematic/customization/bootloader", schemaPath: "#/definitions/schematic/properties/customization/properties/bootloader/enum", keyword: "enum", params: { allowedValues: schema15.properties.customization.properties.bootloader.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              if (data4.secureboot !== void 0) {
                let data15 = data4.secureboot;
                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                  for (const key5 in data15) {
                    if (!(key5 === "enrollKeys" || key5 === "includeWellKnownCertificates")) {
                      const err32 = { instancePath: instancePath + "/schematic/customization/secureboot", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                  if (data15.enrollKeys !== void 0) {
                    let data16 = data15.enrollKeys;
                    if (!(data16 === "off" || data16 === "manual" || data16 === "if-safe" || data16 === "force")) {
                      const err33 = { instancePath: instancePath + "/schematic/customization/secureboot/enrollKeys", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/properties/enrollKeys/enum", keyword: "enum", params: { allowedValues: schema15.properties.customization.properties.secureboot.properties.enrollKeys.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err33];
                      } else {
                        vErrors.push(err33);
                      }
                      errors++;
                    }
                  }
                  if (data15.includeWellKnownCertificates !== void 0) {
                    if (typeof data15.includeWellKnownCertificates !== "boolean") {
                      const err34 = { instancePath: instancePath + "/schematic/customization/secureboot/includeWellKnownCertificates", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/properties/includeWellKnownCertificates/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err35 = { instancePath: instancePath + "/schematic/customization/secureboot", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (data4.diskImage !== void 0) {
                let data18 = data4.diskImage;
                if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                  for (const key6 in data18) {
                    if (!(key6 === "sectorSize")) {
                      const err36 = { instancePath: instancePath + "/schematic/customization/diskImage", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                  }
                  if (data18.sectorSize !== void 0) {
                    let data19 = data18.sectorSize;
                    if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
                      const err37 = { instancePath: instancePath + "/schematic/customization/diskImage/sectorSize", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/properties/sectorSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    if (typeof data19 == "number") {
                      if (data19 < 1 || isNaN(data19)) {
                        const err38 = { instancePath: instancePath + "/schematic/customization/diskImage/sectorSize", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/properties/sectorSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err39 = { instancePath: instancePath + "/schematic/customization/diskImage", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              }
            } else {
              const err40 = { instancePath: instancePath + "/schematic/customization", schemaPath: "#/definitions/schematic/properties/customization/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (data3.overlay !== void 0) {
            let data20 = data3.overlay;
            if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
              if (data20.image === void 0) {
                const err41 = { instancePath: instancePath + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (data20.name === void 0) {
                const err42 = { instancePath: instancePath + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              for (const key7 in data20) {
                if (!(key7 === "image" || key7 === "name" || key7 === "options")) {
                  const err43 = { instancePath: instancePath + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
              if (data20.image !== void 0) {
                let data21 = data20.image;
                if (typeof data21 === "string") {
                  if (func3(data21) < 1) {
                    const err44 = { instancePath: instancePath + "/schematic/overlay/image", schemaPath: "#/definitions/schematic/properties/overlay/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                } else {
                  const err45 = { instancePath: instancePath + "/schematic/overlay/image", schemaPath: "#/definitions/schematic/properties/overlay/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
              if (data20.name !== void 0) {
                let data22 = data20.name;
                if (typeof data22 === "string") {
                  if (func3(data22) < 1) {
                    const err46 = { instancePath: instancePath + "/schematic/overlay/name", schemaPath: "#/definitions/schematic/properties/overlay/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                } else {
                  const err47 = { instancePath: instancePath + "/schematic/overlay/name", schemaPath: "#/definitions/schematic/properties/overlay/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
              if (data20.options !== void 0) {
                let data23 = data20.options;
                if (!(data23 && typeof data23 == "object" && !Array.isArray(data23))) {
                  const err48 = { instancePath: instancePath + "/schematic/overlay/options", schemaPath: "#/definitions/schematic/properties/overlay/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
            } else {
              const err49 = { instancePath: instancePath + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          if (data3.secureBoot !== void 0) {
            if (typeof data3.secureBoot !== "boolean") {
              const err50 = { instancePath: instancePath + "/schematic/secureBoot", schemaPath: "#/definitions/schematic/properties/secureBoot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (data3.platform !== void 0) {
            let data25 = data3.platform;
            if (typeof data25 === "string") {
              if (!pattern0.test(data25)) {
                const err51 = { instancePath: instancePath + "/schematic/platform", schemaPath: "#/definitions/schematic/properties/platform/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            } else {
              const err52 = { instancePath: instancePath + "/schematic/platform", schemaPath: "#/definitions/schematic/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
          if (data3.factory !== void 0) {
            let data26 = data3.factory;
            if (typeof data26 === "string") {
              if (!pattern6.test(data26)) {
                const err53 = { instancePath: instancePath + "/schematic/factory", schemaPath: "#/definitions/schematic/properties/factory/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.-]+(:[0-9]+)?$" }, message: 'must match pattern "^[A-Za-z0-9.-]+(:[0-9]+)?$"' };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            } else {
              const err54 = { instancePath: instancePath + "/schematic/factory", schemaPath: "#/definitions/schematic/properties/factory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
        } else {
          const err55 = { instancePath: instancePath + "/schematic", schemaPath: "#/definitions/schematic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
      }
    } else {
      const err56 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err56];
      } else {
        vErrors.push(err56);
      }
      errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
  }
  function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.talosVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "talosVersion" }, message: "must have required property 'talosVersion'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.endpoint === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.nodes === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nodes" }, message: "must have required property 'nodes'" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func2.call(schema11.properties, key0)) {
          const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.name !== void 0) {
        let data0 = data.name;
        if (typeof data0 === "string") {
          if (!pattern0.test(data0)) {
            const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.stage !== void 0) {
        let data1 = data.stage;
        if (typeof data1 === "string") {
          if (func3(data1) < 1) {
            const err6 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.talosVersion !== void 0) {
        let data2 = data.talosVersion;
        if (typeof data2 === "string") {
          if (!pattern1.test(data2)) {
            const err8 = { instancePath: instancePath + "/talosVersion", schemaPath: "#/properties/talosVersion/pattern", keyword: "pattern", params: { pattern: "^v1\\.([1-9][0-9])\\.[0-9]+(-[0-9A-Za-z.-]+)?$" }, message: 'must match pattern "^v1\\.([1-9][0-9])\\.[0-9]+(-[0-9A-Za-z.-]+)?$"' };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/talosVersion", schemaPath: "#/properties/talosVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.kubernetesVersion !== void 0) {
        let data3 = data.kubernetesVersion;
        if (typeof data3 === "string") {
          if (!pattern2.test(data3)) {
            const err10 = { instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/pattern", keyword: "pattern", params: { pattern: "^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$" }, message: 'must match pattern "^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"' };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        } else {
          const err11 = { instancePath: instancePath + "/kubernetesVersion", schemaPath: "#/properties/kubernetesVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.platform !== void 0) {
        let data4 = data.platform;
        if (!(data4 === "metal" || data4 === "cloud" || data4 === "container")) {
          const err12 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/enum", keyword: "enum", params: { allowedValues: schema11.properties.platform.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.endpoint !== void 0) {
        let data5 = data.endpoint;
        if (typeof data5 === "string") {
          if (!pattern3.test(data5)) {
            const err13 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"' };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        } else {
          const err14 = { instancePath: instancePath + "/endpoint", schemaPath: "#/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.secrets !== void 0) {
        let data6 = data.secrets;
        if (typeof data6 === "string") {
          if (func3(data6) < 1) {
            const err15 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        } else {
          const err16 = { instancePath: instancePath + "/secrets", schemaPath: "#/properties/secrets/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.base !== void 0) {
        let data7 = data.base;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
          for (const key1 in data7) {
            if (!(key1 === "controlplane" || key1 === "worker")) {
              const err17 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          if (data7.controlplane !== void 0) {
            let data8 = data7.controlplane;
            if (typeof data8 === "string") {
              if (func3(data8) < 1) {
                const err18 = { instancePath: instancePath + "/base/controlplane", schemaPath: "#/properties/base/properties/controlplane/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            } else {
              const err19 = { instancePath: instancePath + "/base/controlplane", schemaPath: "#/properties/base/properties/controlplane/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data7.worker !== void 0) {
            let data9 = data7.worker;
            if (typeof data9 === "string") {
              if (func3(data9) < 1) {
                const err20 = { instancePath: instancePath + "/base/worker", schemaPath: "#/properties/base/properties/worker/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            } else {
              const err21 = { instancePath: instancePath + "/base/worker", schemaPath: "#/properties/base/properties/worker/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        } else {
          const err22 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      if (data.patches !== void 0) {
        let data10 = data.patches;
        if (Array.isArray(data10)) {
          const len0 = data10.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data11 = data10[i0];
            const _errs26 = errors;
            let valid5 = false;
            let passing0 = null;
            const _errs27 = errors;
            if (typeof data11 === "string") {
              if (func3(data11) < 1) {
                const err23 = { instancePath: instancePath + "/patches/" + i0, schemaPath: "#/definitions/patches/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            } else {
              const err24 = { instancePath: instancePath + "/patches/" + i0, schemaPath: "#/definitions/patches/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            var _valid0 = _errs27 === errors;
            if (_valid0) {
              valid5 = true;
              passing0 = 0;
            }
            const _errs29 = errors;
            if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
              const err25 = { instancePath: instancePath + "/patches/" + i0, schemaPath: "#/definitions/patches/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            var _valid0 = _errs29 === errors;
            if (_valid0 && valid5) {
              valid5 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid0) {
                valid5 = true;
                passing0 = 1;
              }
              const _errs31 = errors;
              if (Array.isArray(data11)) {
                const len1 = data11.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data12 = data11[i1];
                  if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    if (data12.op === void 0) {
                      const err26 = { instancePath: instancePath + "/patches/" + i0 + "/" + i1, schemaPath: "#/definitions/patches/items/oneOf/2/items/required", keyword: "required", params: { missingProperty: "op" }, message: "must have required property 'op'" };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                    if (data12.path === void 0) {
                      const err27 = { instancePath: instancePath + "/patches/" + i0 + "/" + i1, schemaPath: "#/definitions/patches/items/oneOf/2/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  } else {
                    const err28 = { instancePath: instancePath + "/patches/" + i0 + "/" + i1, schemaPath: "#/definitions/patches/items/oneOf/2/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/patches/" + i0, schemaPath: "#/definitions/patches/items/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var _valid0 = _errs31 === errors;
              if (_valid0 && valid5) {
                valid5 = false;
                passing0 = [passing0, 2];
              } else {
                if (_valid0) {
                  valid5 = true;
                  passing0 = 2;
                }
              }
            }
            if (!valid5) {
              const err30 = { instancePath: instancePath + "/patches/" + i0, schemaPath: "#/definitions/patches/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            } else {
              errors = _errs26;
              if (vErrors !== null) {
                if (_errs26) {
                  vErrors.length = _errs26;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        } else {
          const err31 = { instancePath: instancePath + "/patches", schemaPath: "#/definitions/patches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      if (data.controlplane !== void 0) {
        if (!validate11(data.controlplane, { instancePath: instancePath + "/controlplane", parentData: data, parentDataProperty: "controlplane", rootData })) {
          vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
          errors = vErrors.length;
        }
      }
      if (data.worker !== void 0) {
        if (!validate11(data.worker, { instancePath: instancePath + "/worker", parentData: data, parentDataProperty: "worker", rootData })) {
          vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
          errors = vErrors.length;
        }
      }
      if (data.schematic !== void 0) {
        let data15 = data.schematic;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
          for (const key2 in data15) {
            if (!(key2 === "customization" || key2 === "overlay" || key2 === "secureBoot" || key2 === "platform" || key2 === "factory")) {
              const err32 = { instancePath: instancePath + "/schematic", schemaPath: "#/definitions/schematic/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (data15.customization !== void 0) {
            let data16 = data15.customization;
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
              for (const key3 in data16) {
                if (!(key3 === "extraKernelArgs" || key3 === "meta" || key3 === "systemExtensions" || key3 === "bootloader" || key3 === "secureboot" || key3 === "diskImage")) {
                  const err33 = { instancePath: instancePath + "/schematic/customization", schemaPath: "#/definitions/schematic/properties/customization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
              if (data16.extraKernelArgs !== void 0) {
                let data17 = data16.extraKernelArgs;
                if (Array.isArray(data17)) {
                  const len2 = data17.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data18 = data17[i2];
                    if (typeof data18 === "string") {
                      if (func3(data18) < 1) {
                        const err34 = { instancePath: instancePath + "/schematic/customization/extraKernelArgs/" + i2, schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    } else {
                      const err35 = { instancePath: instancePath + "/schematic/customization/extraKernelArgs/" + i2, schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  }
                  let i3 = data17.length;
                  let j0;
                  if (i3 > 1) {
                    const indices0 = {};
                    for (; i3--; ) {
                      let item0 = data17[i3];
                      if (typeof item0 !== "string") {
                        continue;
                      }
                      if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err36 = { instancePath: instancePath + "/schematic/customization/extraKernelArgs", schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                        break;
                      }
                      indices0[item0] = i3;
                    }
                  }
                } else {
                  const err37 = { instancePath: instancePath + "/schematic/customization/extraKernelArgs", schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
              if (data16.meta !== void 0) {
                let data19 = data16.meta;
                if (Array.isArray(data19)) {
                  const len3 = data19.length;
                  for (let i4 = 0; i4 < len3; i4++) {
                    let data20 = data19[i4];
                    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                      if (data20.key === void 0) {
                        const err38 = { instancePath: instancePath + "/schematic/customization/meta/" + i4, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                      if (data20.value === void 0) {
                        const err39 = { instancePath: instancePath + "/schematic/customization/meta/" + i4, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                      for (const key4 in data20) {
                        if (!(key4 === "key" || key4 === "value")) {
                          const err40 = { instancePath: instancePath + "/schematic/customization/meta/" + i4, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err40];
                          } else {
                            vErrors.push(err40);
                          }
                          errors++;
                        }
                      }
                      if (data20.key !== void 0) {
                        let data21 = data20.key;
                        if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
                          const err41 = { instancePath: instancePath + "/schematic/customization/meta/" + i4 + "/key", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/key/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                          if (vErrors === null) {
                            vErrors = [err41];
                          } else {
                            vErrors.push(err41);
                          }
                          errors++;
                        }
                        if (typeof data21 == "number") {
                          if (data21 > 255 || isNaN(data21)) {
                            const err42 = { instancePath: instancePath + "/schematic/customization/meta/" + i4 + "/key", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/key/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255" };
                            if (vErrors === null) {
                              vErrors = [err42];
                            } else {
                              vErrors.push(err42);
                            }
                            errors++;
                          }
                          if (data21 < 0 || isNaN(data21)) {
                            const err43 = { instancePath: instancePath + "/schematic/customization/meta/" + i4 + "/key", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/key/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                              vErrors = [err43];
                            } else {
                              vErrors.push(err43);
                            }
                            errors++;
                          }
                        }
                      }
                      if (data20.value !== void 0) {
                        if (typeof data20.value !== "string") {
                          const err44 = { instancePath: instancePath + "/schematic/customization/meta/" + i4 + "/value", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err45 = { instancePath: instancePath + "/schematic/customization/meta/" + i4, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err46 = { instancePath: instancePath + "/schematic/customization/meta", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
              if (data16.systemExtensions !== void 0) {
                let data23 = data16.systemExtensions;
                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                  for (const key5 in data23) {
                    if (!(key5 === "officialExtensions")) {
                      const err47 = { instancePath: instancePath + "/schematic/customization/systemExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                  if (data23.officialExtensions !== void 0) {
                    let data24 = data23.officialExtensions;
                    if (Array.isArray(data24)) {
                      const len4 = data24.length;
                      for (let i5 = 0; i5 < len4; i5++) {
                        let data25 = data24[i5];
                        if (typeof data25 === "string") {
                          if (!pattern4.test(data25)) {
                            const err48 = { instancePath: instancePath + "/schematic/customization/systemExtensions/officialExtensions/" + i5, schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/items/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"' };
                            if (vErrors === null) {
                              vErrors = [err48];
                            } else {
                              vErrors.push(err48);
                            }
                            errors++;
                          }
                        } else {
                          const err49 = { instancePath: instancePath + "/schematic/customization/systemExtensions/officialExtensions/" + i5, schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err49];
                          } else {
                            vErrors.push(err49);
                          }
                          errors++;
                        }
                      }
                      let i6 = data24.length;
                      let j1;
                      if (i6 > 1) {
                        const indices1 = {};
                        for (; i6--; ) {
                          let item1 = data24[i6];
                          if (typeof item1 !== "string") {
                            continue;
                          }
                          if (typeof indices1[item1] == "number") {
                            j1 = indices1[item1];
                            const err50 = { instancePath: instancePath + "/schematic/customization/systemExtensions/officialExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)" };
                            if (vErrors === null) {
                              vErrors = [err50];
                            } else {
                              vErrors.push(err50);
                            }
                            errors++;
                            break;
                          }
                          indices1[item1] = i6;
                        }
                      }
                    } else {
                      const err51 = { instancePath: instancePath + "/schematic/customization/systemExtensions/officialExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err52 = { instancePath: instancePath + "/schematic/customization/systemExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
              if (data16.bootloader !== void 0) {
                let data26 = data16.bootloader;
                if (!(data26 === "none" || data26 === "dual-boot" || data26 === "sd-boot" || data26 === "grub")) {
                  const err53 = { instancePath: instancePath + "/schematic/customization/bootloader", schemaPath: "#/definitions/schematic/properties/customization/properties/bootloader/enum", keyword: "enum", params: { allowedValues: schema15.properties.customization.properties.bootloader.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
              if (data16.secureboot !== void 0) {
                let data27 = data16.secureboot;
                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                  for (const key6 in data27) {
                    if (!(key6 === "enrollKeys" || key6 === "includeWellKnownCertificates")) {
                      const err54 = { instancePath: instancePath + "/schematic/customization/secureboot", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  }
                  if (data27.enrollKeys !== void 0) {
                    let data28 = data27.enrollKeys;
                    if (!(data28 === "off" || data28 === "manual" || data28 === "if-safe" || data28 === "force")) {
                      const err55 = { instancePath: instancePath + "/schematic/customization/secureboot/enrollKeys", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/properties/enrollKeys/enum", keyword: "enum", params: { allowedValues: schema15.properties.customization.properties.secureboot.properties.enrollKeys.enum }, message: "must be equal to one of the allowed values" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                  }
                  if (data27.includeWellKnownCertificates !== void 0) {
                    if (typeof data27.includeWellKnownCertificates !== "boolean") {
                      const err56 = { instancePath: instancePath + "/schematic/customization/secureboot/includeWellKnownCertificates", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/properties/includeWellKnownCertificates/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err57 = { instancePath: instancePath + "/schematic/customization/secureboot", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
              if (data16.diskImage !== void 0) {
                let data30 = data16.diskImage;
                if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                  for (const key7 in data30) {
                    if (!(key7 === "sectorSize")) {
                      const err58 = { instancePath: instancePath + "/schematic/customization/diskImage", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  }
                  if (data30.sectorSize !== void 0) {
                    let data31 = data30.sectorSize;
                    if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
                      const err59 = { instancePath: instancePath + "/schematic/customization/diskImage/sectorSize", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/properties/sectorSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                    if (typeof data31 == "number") {
                      if (data31 < 1 || isNaN(data31)) {
                        const err60 = { instancePath: instancePath + "/schematic/customization/diskImage/sectorSize", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/properties/sectorSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err61 = { instancePath: instancePath + "/schematic/customization/diskImage", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
            } else {
              const err62 = { instancePath: instancePath + "/schematic/customization", schemaPath: "#/definitions/schematic/properties/customization/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
          if (data15.overlay !== void 0) {
            let data32 = data15.overlay;
            if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
              if (data32.image === void 0) {
                const err63 = { instancePath: instancePath + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (data32.name === void 0) {
                const err64 = { instancePath: instancePath + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              for (const key8 in data32) {
                if (!(key8 === "image" || key8 === "name" || key8 === "options")) {
                  const err65 = { instancePath: instancePath + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
              if (data32.image !== void 0) {
                let data33 = data32.image;
                if (typeof data33 === "string") {
                  if (func3(data33) < 1) {
                    const err66 = { instancePath: instancePath + "/schematic/overlay/image", schemaPath: "#/definitions/schematic/properties/overlay/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                } else {
                  const err67 = { instancePath: instancePath + "/schematic/overlay/image", schemaPath: "#/definitions/schematic/properties/overlay/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              }
              if (data32.name !== void 0) {
                let data34 = data32.name;
                if (typeof data34 === "string") {
                  if (func3(data34) < 1) {
                    const err68 = { instancePath: instancePath + "/schematic/overlay/name", schemaPath: "#/definitions/schematic/properties/overlay/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                } else {
                  const err69 = { instancePath: instancePath + "/schematic/overlay/name", schemaPath: "#/definitions/schematic/properties/overlay/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
              if (data32.options !== void 0) {
                let data35 = data32.options;
                if (!(data35 && typeof data35 == "object" && !Array.isArray(data35))) {
                  const err70 = { instancePath: instancePath + "/schematic/overlay/options", schemaPath: "#/definitions/schematic/properties/overlay/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              }
            } else {
              const err71 = { instancePath: instancePath + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
          if (data15.secureBoot !== void 0) {
            if (typeof data15.secureBoot !== "boolean") {
              const err72 = { instancePath: instancePath + "/schematic/secureBoot", schemaPath: "#/definitions/schematic/properties/secureBoot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          }
          if (data15.platform !== void 0) {
            let data37 = data15.platform;
            if (typeof data37 === "string") {
              if (!pattern0.test(data37)) {
                const err73 = { instancePath: instancePath + "/schematic/platform", schemaPath: "#/definitions/schematic/properties/platform/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            } else {
              const err74 = { instancePath: instancePath + "/schematic/platform", schemaPath: "#/definitions/schematic/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          }
          if (data15.factory !== void 0) {
            let data38 = data15.factory;
            if (typeof data38 === "string") {
              if (!pattern6.test(data38)) {
                const err75 = { instancePath: instancePath + "/schematic/factory", schemaPath: "#/definitions/schematic/properties/factory/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.-]+(:[0-9]+)?$" }, message: 'must match pattern "^[A-Za-z0-9.-]+(:[0-9]+)?$"' };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            } else {
              const err76 = { instancePath: instancePath + "/schematic/factory", schemaPath: "#/definitions/schematic/properties/factory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
        } else {
          const err77 = { instancePath: instancePath + "/schematic", schemaPath: "#/definitions/schematic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
      }
      if (data.nodes !== void 0) {
        let data39 = data.nodes;
        if (Array.isArray(data39)) {
          if (data39.length < 1) {
            const err78 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
          const len5 = data39.length;
          for (let i7 = 0; i7 < len5; i7++) {
            let data40 = data39[i7];
            if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
              if (data40.name === void 0) {
                const err79 = { instancePath: instancePath + "/nodes/" + i7, schemaPath: "#/properties/nodes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (data40.address === void 0) {
                const err80 = { instancePath: instancePath + "/nodes/" + i7, schemaPath: "#/properties/nodes/items/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
              if (data40.role === void 0) {
                const err81 = { instancePath: instancePath + "/nodes/" + i7, schemaPath: "#/properties/nodes/items/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              for (const key9 in data40) {
                if (!(key9 === "name" || key9 === "address" || key9 === "role" || key9 === "schematic" || key9 === "patches")) {
                  const err82 = { instancePath: instancePath + "/nodes/" + i7, schemaPath: "#/properties/nodes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data40.name !== void 0) {
                let data41 = data40.name;
                if (typeof data41 === "string") {
                  if (!pattern10.test(data41)) {
                    const err83 = { instancePath: instancePath + "/nodes/" + i7 + "/name", schemaPath: "#/properties/nodes/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"' };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                } else {
                  const err84 = { instancePath: instancePath + "/nodes/" + i7 + "/name", schemaPath: "#/properties/nodes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
              if (data40.address !== void 0) {
                let data42 = data40.address;
                if (typeof data42 === "string") {
                  if (func3(data42) < 1) {
                    const err85 = { instancePath: instancePath + "/nodes/" + i7 + "/address", schemaPath: "#/properties/nodes/items/properties/address/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                } else {
                  const err86 = { instancePath: instancePath + "/nodes/" + i7 + "/address", schemaPath: "#/properties/nodes/items/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              }
              if (data40.role !== void 0) {
                let data43 = data40.role;
                if (!(data43 === "controlplane" || data43 === "worker")) {
                  const err87 = { instancePath: instancePath + "/nodes/" + i7 + "/role", schemaPath: "#/properties/nodes/items/properties/role/enum", keyword: "enum", params: { allowedValues: schema11.properties.nodes.items.properties.role.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
              if (data40.schematic !== void 0) {
                let data44 = data40.schematic;
                if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                  for (const key10 in data44) {
                    if (!(key10 === "customization" || key10 === "overlay" || key10 === "secureBoot" || key10 === "platform" || key10 === "factory")) {
                      const err88 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic", schemaPath: "#/definitions/schematic/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  }
                  if (data44.customization !== void 0) {
                    let data45 = data44.customization;
                    if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                      for (const key11 in data45) {
                        if (!(key11 === "extraKernelArgs" || key11 === "meta" || key11 === "systemExtensions" || key11 === "bootloader" || key11 === "secureboot" || key11 === "diskImage")) {
                          const err89 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization", schemaPath: "#/definitions/schematic/properties/customization/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                        }
                      }
                      if (data45.extraKernelArgs !== void 0) {
                        let data46 = data45.extraKernelArgs;
                        if (Array.isArray(data46)) {
                          const len6 = data46.length;
                          for (let i8 = 0; i8 < len6; i8++) {
                            let data47 = data46[i8];
                            if (typeof data47 === "string") {
                              if (func3(data47) < 1) {
                                const err90 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/extraKernelArgs/" + i8, schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                if (vErrors === null) {
                                  vErrors = [err90];
                                } else {
                                  vErrors.push(err90);
                                }
                                errors++;
                              }
                            } else {
                              const err91 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/extraKernelArgs/" + i8, schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err91];
                              } else {
                                vErrors.push(err91);
                              }
                              errors++;
                            }
                          }
                          let i9 = data46.length;
                          let j2;
                          if (i9 > 1) {
                            const indices2 = {};
                            for (; i9--; ) {
                              let item2 = data46[i9];
                              if (typeof item2 !== "string") {
                                continue;
                              }
                              if (typeof indices2[item2] == "number") {
                                j2 = indices2[item2];
                                const err92 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/extraKernelArgs", schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i9 + " are identical)" };
                                if (vErrors === null) {
                                  vErrors = [err92];
                                } else {
                                  vErrors.push(err92);
                                }
                                errors++;
                                break;
                              }
                              indices2[item2] = i9;
                            }
                          }
                        } else {
                          const err93 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/extraKernelArgs", schemaPath: "#/definitions/schematic/properties/customization/properties/extraKernelArgs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err93];
                          } else {
                            vErrors.push(err93);
                          }
                          errors++;
                        }
                      }
                      if (data45.meta !== void 0) {
                        let data48 = data45.meta;
                        if (Array.isArray(data48)) {
                          const len7 = data48.length;
                          for (let i10 = 0; i10 < len7; i10++) {
                            let data49 = data48[i10];
                            if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                              if (data49.key === void 0) {
                                const err94 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/meta/" + i10, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                                if (vErrors === null) {
                                  vErrors = [err94];
                                } else {
                                  vErrors.push(err94);
                                }
                                errors++;
                              }
                              if (data49.value === void 0) {
                                const err95 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/meta/" + i10, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
                                if (vErrors === null) {
                                  vErrors = [err95];
                                } else {
                                  vErrors.push(err95);
                                }
                                errors++;
                              }
                              for (const key12 in data49) {
                                if (!(key12 === "key" || key12 === "value")) {
                                  const err96 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/meta/" + i10, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                  if (vErrors === null) {
                                    vErrors = [err96];
                                  } else {
                                    vErrors.push(err96);
                                  }
                                  errors++;
                                }
                              }
                              if (data49.key !== void 0) {
                                let data50 = data49.key;
                                if (!(typeof data50 == "number" && (!(data50 % 1) && !isNaN(data50)))) {
                                  const err97 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/meta/" + i10 + "/key", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/key/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                  if (vErrors === null) {
                                    vErrors = [err97];
                                  } else {
                                    vErrors.push(err97);
                                  }
                                  errors++;
                                }
                                if (typeof data50 == "number") {
                                  if (data50 > 255 || isNaN(data50)) {
                                    const err98 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/meta/" + i10 + "/key", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/key/maximum", keyword: "maximum", params: { comparison: "<=", limit: 255 }, message: "must be <= 255" };
                                    if (vErrors === null) {
                                      vErrors = [err98];
                                    } else {
                                      vErrors.push(err98);
                                    }
                                    errors++;
                                  }
                                  if (data50 < 0 || isNaN(data50)) {
                                    const err99 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/meta/" + i10 + "/key", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/key/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                      vErrors = [err99];
                                    } else {
                                      vErrors.push(err99);
                                    }
                                    errors++;
                                  }
                                }
                              }
                              if (data49.value !== void 0) {
                                if (typeof data49.value !== "string") {
                                  const err100 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/meta/" + i10 + "/value", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err100];
                                  } else {
                                    vErrors.push(err100);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err101 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/meta/" + i10, schemaPath: "#/definitions/schematic/properties/customization/properties/meta/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                              if (vErrors === null) {
                                vErrors = [err101];
                              } else {
                                vErrors.push(err101);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err102 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/meta", schemaPath: "#/definitions/schematic/properties/customization/properties/meta/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                      }
                      if (data45.systemExtensions !== void 0) {
                        let data52 = data45.systemExtensions;
                        if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                          for (const key13 in data52) {
                            if (!(key13 === "officialExtensions")) {
                              const err103 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/systemExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                              if (vErrors === null) {
                                vErrors = [err103];
                              } else {
                                vErrors.push(err103);
                              }
                              errors++;
                            }
                          }
                          if (data52.officialExtensions !== void 0) {
                            let data53 = data52.officialExtensions;
                            if (Array.isArray(data53)) {
                              const len8 = data53.length;
                              for (let i11 = 0; i11 < len8; i11++) {
                                let data54 = data53[i11];
                                if (typeof data54 === "string") {
                                  if (!pattern4.test(data54)) {
                                    const err104 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/systemExtensions/officialExtensions/" + i11, schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/items/pattern", keyword: "pattern", params: { pattern: "^[^\\s]+$" }, message: 'must match pattern "^[^\\s]+$"' };
                                    if (vErrors === null) {
                                      vErrors = [err104];
                                    } else {
                                      vErrors.push(err104);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err105 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/systemExtensions/officialExtensions/" + i11, schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err105];
                                  } else {
                                    vErrors.push(err105);
                                  }
                                  errors++;
                                }
                              }
                              let i12 = data53.length;
                              let j3;
                              if (i12 > 1) {
                                const indices3 = {};
                                for (; i12--; ) {
                                  let item3 = data53[i12];
                                  if (typeof item3 !== "string") {
                                    continue;
                                  }
                                  if (typeof indices3[item3] == "number") {
                                    j3 = indices3[item3];
                                    const err106 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/systemExtensions/officialExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i12 + " are identical)" };
                                    if (vErrors === null) {
                                      vErrors = [err106];
                                    } else {
                                      vErrors.push(err106);
                                    }
                                    errors++;
                                    break;
                                  }
                                  indices3[item3] = i12;
                                }
                              }
                            } else {
                              const err107 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/systemExtensions/officialExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/properties/officialExtensions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                              if (vErrors === null) {
                                vErrors = [err107];
                              } else {
                                vErrors.push(err107);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err108 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/systemExtensions", schemaPath: "#/definitions/schematic/properties/customization/properties/systemExtensions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          if (vErrors === null) {
                            vErrors = [err108];
                          } else {
                            vErrors.push(err108);
                          }
                          errors++;
                        }
                      }
                      if (data45.bootloader !== void 0) {
                        let data55 = data45.bootloader;
                        if (!(data55 === "none" || data55 === "dual-boot" || data55 === "sd-boot" || data55 === "grub")) {
                          const err109 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/bootloader", schemaPath: "#/definitions/schematic/properties/customization/properties/bootloader/enum", keyword: "enum", params: { allowedValues: schema15.properties.customization.properties.bootloader.enum }, message: "must be equal to one of the allowed values" };
                          if (vErrors === null) {
                            vErrors = [err109];
                          } else {
                            vErrors.push(err109);
                          }
                          errors++;
                        }
                      }
                      if (data45.secureboot !== void 0) {
                        let data56 = data45.secureboot;
                        if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                          for (const key14 in data56) {
                            if (!(key14 === "enrollKeys" || key14 === "includeWellKnownCertificates")) {
                              const err110 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/secureboot", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                              if (vErrors === null) {
                                vErrors = [err110];
                              } else {
                                vErrors.push(err110);
                              }
                              errors++;
                            }
                          }
                          if (data56.enrollKeys !== void 0) {
                            let data57 = data56.enrollKeys;
                            if (!(data57 === "off" || data57 === "manual" || data57 === "if-safe" || data57 === "force")) {
                              const err111 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/secureboot/enrollKeys", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/properties/enrollKeys/enum", keyword: "enum", params: { allowedValues: schema15.properties.customization.properties.secureboot.properties.enrollKeys.enum }, message: "must be equal to one of the allowed values" };
                              if (vErrors === null) {
                                vErrors = [err111];
                              } else {
                                vErrors.push(err111);
                              }
                              errors++;
                            }
                          }
                          if (data56.includeWellKnownCertificates !== void 0) {
                            if (typeof data56.includeWellKnownCertificates !== "boolean") {
                              const err112 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/secureboot/includeWellKnownCertificates", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/properties/includeWellKnownCertificates/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                              if (vErrors === null) {
                                vErrors = [err112];
                              } else {
                                vErrors.push(err112);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err113 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/secureboot", schemaPath: "#/definitions/schematic/properties/customization/properties/secureboot/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          if (vErrors === null) {
                            vErrors = [err113];
                          } else {
                            vErrors.push(err113);
                          }
                          errors++;
                        }
                      }
                      if (data45.diskImage !== void 0) {
                        let data59 = data45.diskImage;
                        if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                          for (const key15 in data59) {
                            if (!(key15 === "sectorSize")) {
                              const err114 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/diskImage", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                              if (vErrors === null) {
                                vErrors = [err114];
                              } else {
                                vErrors.push(err114);
                              }
                              errors++;
                            }
                          }
                          if (data59.sectorSize !== void 0) {
                            let data60 = data59.sectorSize;
                            if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)))) {
                              const err115 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/diskImage/sectorSize", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/properties/sectorSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                              if (vErrors === null) {
                                vErrors = [err115];
                              } else {
                                vErrors.push(err115);
                              }
                              errors++;
                            }
                            if (typeof data60 == "number") {
                              if (data60 < 1 || isNaN(data60)) {
                                const err116 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/diskImage/sectorSize", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/properties/sectorSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                if (vErrors === null) {
                                  vErrors = [err116];
                                } else {
                                  vErrors.push(err116);
                                }
                                errors++;
                              }
                            }
                          }
                        } else {
                          const err117 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization/diskImage", schemaPath: "#/definitions/schematic/properties/customization/properties/diskImage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          if (vErrors === null) {
                            vErrors = [err117];
                          } else {
                            vErrors.push(err117);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err118 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/customization", schemaPath: "#/definitions/schematic/properties/customization/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err118];
                      } else {
                        vErrors.push(err118);
                      }
                      errors++;
                    }
                  }
                  if (data44.overlay !== void 0) {
                    let data61 = data44.overlay;
                    if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                      if (data61.image === void 0) {
                        const err119 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'" };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                      if (data61.name === void 0) {
                        const err120 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                      for (const key16 in data61) {
                        if (!(key16 === "image" || key16 === "name" || key16 === "options")) {
                          const err121 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err121];
                          } else {
                            vErrors.push(err121);
                          }
                          errors++;
                        }
                      }
                      if (data61.image !== void 0) {
                        let data62 = data61.image;
                        if (typeof data62 === "string") {
                          if (func3(data62) < 1) {
                            const err122 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/overlay/image", schemaPath: "#/definitions/schematic/properties/overlay/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                              vErrors = [err122];
                            } else {
                              vErrors.push(err122);
                            }
                            errors++;
                          }
                        } else {
                          const err123 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/overlay/image", schemaPath: "#/definitions/schematic/properties/overlay/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err123];
                          } else {
                            vErrors.push(err123);
                          }
                          errors++;
                        }
                      }
                      if (data61.name !== void 0) {
                        let data63 = data61.name;
                        if (typeof data63 === "string") {
                          if (func3(data63) < 1) {
                            const err124 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/overlay/name", schemaPath: "#/definitions/schematic/properties/overlay/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                              vErrors = [err124];
                            } else {
                              vErrors.push(err124);
                            }
                            errors++;
                          }
                        } else {
                          const err125 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/overlay/name", schemaPath: "#/definitions/schematic/properties/overlay/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err125];
                          } else {
                            vErrors.push(err125);
                          }
                          errors++;
                        }
                      }
                      if (data61.options !== void 0) {
                        let data64 = data61.options;
                        if (!(data64 && typeof data64 == "object" && !Array.isArray(data64))) {
                          const err126 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/overlay/options", schemaPath: "#/definitions/schematic/properties/overlay/properties/options/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                          if (vErrors === null) {
                            vErrors = [err126];
                          } else {
                            vErrors.push(err126);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err127 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/overlay", schemaPath: "#/definitions/schematic/properties/overlay/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  }
                  if (data44.secureBoot !== void 0) {
                    if (typeof data44.secureBoot !== "boolean") {
                      const err128 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/secureBoot", schemaPath: "#/definitions/schematic/properties/secureBoot/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                  }
                  if (data44.platform !== void 0) {
                    let data66 = data44.platform;
                    if (typeof data66 === "string") {
                      if (!pattern0.test(data66)) {
                        const err129 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/platform", schemaPath: "#/definitions/schematic/properties/platform/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
                        if (vErrors === null) {
                          vErrors = [err129];
                        } else {
                          vErrors.push(err129);
                        }
                        errors++;
                      }
                    } else {
                      const err130 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/platform", schemaPath: "#/definitions/schematic/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                  }
                  if (data44.factory !== void 0) {
                    let data67 = data44.factory;
                    if (typeof data67 === "string") {
                      if (!pattern6.test(data67)) {
                        const err131 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/factory", schemaPath: "#/definitions/schematic/properties/factory/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9.-]+(:[0-9]+)?$" }, message: 'must match pattern "^[A-Za-z0-9.-]+(:[0-9]+)?$"' };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    } else {
                      const err132 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic/factory", schemaPath: "#/definitions/schematic/properties/factory/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err133 = { instancePath: instancePath + "/nodes/" + i7 + "/schematic", schemaPath: "#/definitions/schematic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              }
              if (data40.patches !== void 0) {
                let data68 = data40.patches;
                if (Array.isArray(data68)) {
                  const len9 = data68.length;
                  for (let i13 = 0; i13 < len9; i13++) {
                    let data69 = data68[i13];
                    const _errs159 = errors;
                    let valid46 = false;
                    let passing1 = null;
                    const _errs160 = errors;
                    if (typeof data69 === "string") {
                      if (func3(data69) < 1) {
                        const err134 = { instancePath: instancePath + "/nodes/" + i7 + "/patches/" + i13, schemaPath: "#/definitions/patches/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    } else {
                      const err135 = { instancePath: instancePath + "/nodes/" + i7 + "/patches/" + i13, schemaPath: "#/definitions/patches/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err135];
                      } else {
                        vErrors.push(err135);
                      }
                      errors++;
                    }
                    var _valid1 = _errs160 === errors;
                    if (_valid1) {
                      valid46 = true;
                      passing1 = 0;
                    }
                    const _errs162 = errors;
                    if (!(data69 && typeof data69 == "object" && !Array.isArray(data69))) {
                      const err136 = { instancePath: instancePath + "/nodes/" + i7 + "/patches/" + i13, schemaPath: "#/definitions/patches/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err136];
                      } else {
                        vErrors.push(err136);
                      }
                      errors++;
                    }
                    var _valid1 = _errs162 === errors;
                    if (_valid1 && valid46) {
                      valid46 = false;
                      passing1 = [passing1, 1];
                    } else {
                      if (_valid1) {
                        valid46 = true;
                        passing1 = 1;
                      }
                      const _errs164 = errors;
                      if (Array.isArray(data69)) {
                        const len10 = data69.length;
                        for (let i14 = 0; i14 < len10; i14++) {
                          let data70 = data69[i14];
                          if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                            if (data70.op === void 0) {
                              const err137 = { instancePath: instancePath + "/nodes/" + i7 + "/patches/" + i13 + "/" + i14, schemaPath: "#/definitions/patches/items/oneOf/2/items/required", keyword: "required", params: { missingProperty: "op" }, message: "must have required property 'op'" };
                              if (vErrors === null) {
                                vErrors = [err137];
                              } else {
                                vErrors.push(err137);
                              }
                              errors++;
                            }
                            if (data70.path === void 0) {
                              const err138 = { instancePath: instancePath + "/nodes/" + i7 + "/patches/" + i13 + "/" + i14, schemaPath: "#/definitions/patches/items/oneOf/2/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                              if (vErrors === null) {
                                vErrors = [err138];
                              } else {
                                vErrors.push(err138);
                              }
                              errors++;
                            }
                          } else {
                            const err139 = { instancePath: instancePath + "/nodes/" + i7 + "/patches/" + i13 + "/" + i14, schemaPath: "#/definitions/patches/items/oneOf/2/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err139];
                            } else {
                              vErrors.push(err139);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err140 = { instancePath: instancePath + "/nodes/" + i7 + "/patches/" + i13, schemaPath: "#/definitions/patches/items/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err140];
                        } else {
                          vErrors.push(err140);
                        }
                        errors++;
                      }
                      var _valid1 = _errs164 === errors;
                      if (_valid1 && valid46) {
                        valid46 = false;
                        passing1 = [passing1, 2];
                      } else {
                        if (_valid1) {
                          valid46 = true;
                          passing1 = 2;
                        }
                      }
                    }
                    if (!valid46) {
                      const err141 = { instancePath: instancePath + "/nodes/" + i7 + "/patches/" + i13, schemaPath: "#/definitions/patches/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    } else {
                      errors = _errs159;
                      if (vErrors !== null) {
                        if (_errs159) {
                          vErrors.length = _errs159;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                } else {
                  const err142 = { instancePath: instancePath + "/nodes/" + i7 + "/patches", schemaPath: "#/definitions/patches/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err142];
                  } else {
                    vErrors.push(err142);
                  }
                  errors++;
                }
              }
            } else {
              const err143 = { instancePath: instancePath + "/nodes/" + i7, schemaPath: "#/properties/nodes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
          }
        } else {
          const err144 = { instancePath: instancePath + "/nodes", schemaPath: "#/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err144];
          } else {
            vErrors.push(err144);
          }
          errors++;
        }
      }
      if (data.rollout !== void 0) {
        let data71 = data.rollout;
        if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
          for (const key17 in data71) {
            if (!(key17 === "workers" || key17 === "healthTimeout" || key17 === "allowReboots" || key17 === "removeNodes" || key17 === "drain" || key17 === "drainTimeout" || key17 === "gates")) {
              const err145 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err145];
              } else {
                vErrors.push(err145);
              }
              errors++;
            }
          }
          if (data71.workers !== void 0) {
            let data72 = data71.workers;
            if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
              for (const key18 in data72) {
                if (!(key18 === "maxParallel")) {
                  const err146 = { instancePath: instancePath + "/rollout/workers", schemaPath: "#/properties/rollout/properties/workers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
              }
              if (data72.maxParallel !== void 0) {
                let data73 = data72.maxParallel;
                const _errs175 = errors;
                let valid51 = false;
                let passing2 = null;
                const _errs176 = errors;
                if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)))) {
                  const err147 = { instancePath: instancePath + "/rollout/workers/maxParallel", schemaPath: "#/properties/rollout/properties/workers/properties/maxParallel/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                  if (vErrors === null) {
                    vErrors = [err147];
                  } else {
                    vErrors.push(err147);
                  }
                  errors++;
                }
                if (typeof data73 == "number") {
                  if (data73 < 1 || isNaN(data73)) {
                    const err148 = { instancePath: instancePath + "/rollout/workers/maxParallel", schemaPath: "#/properties/rollout/properties/workers/properties/maxParallel/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                var _valid2 = _errs176 === errors;
                if (_valid2) {
                  valid51 = true;
                  passing2 = 0;
                }
                const _errs178 = errors;
                if (typeof data73 === "string") {
                  if (!pattern14.test(data73)) {
                    const err149 = { instancePath: instancePath + "/rollout/workers/maxParallel", schemaPath: "#/properties/rollout/properties/workers/properties/maxParallel/oneOf/1/pattern", keyword: "pattern", params: { pattern: "^([1-9][0-9]?|100)%$" }, message: 'must match pattern "^([1-9][0-9]?|100)%$"' };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                } else {
                  const err150 = { instancePath: instancePath + "/rollout/workers/maxParallel", schemaPath: "#/properties/rollout/properties/workers/properties/maxParallel/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err150];
                  } else {
                    vErrors.push(err150);
                  }
                  errors++;
                }
                var _valid2 = _errs178 === errors;
                if (_valid2 && valid51) {
                  valid51 = false;
                  passing2 = [passing2, 1];
                } else {
                  if (_valid2) {
                    valid51 = true;
                    passing2 = 1;
                  }
                }
                if (!valid51) {
                  const err151 = { instancePath: instancePath + "/rollout/workers/maxParallel", schemaPath: "#/properties/rollout/properties/workers/properties/maxParallel/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                } else {
                  errors = _errs175;
                  if (vErrors !== null) {
                    if (_errs175) {
                      vErrors.length = _errs175;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            } else {
              const err152 = { instancePath: instancePath + "/rollout/workers", schemaPath: "#/properties/rollout/properties/workers/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
          }
          if (data71.healthTimeout !== void 0) {
            let data74 = data71.healthTimeout;
            if (typeof data74 === "string") {
              if (!pattern15.test(data74)) {
                const err153 = { instancePath: instancePath + "/rollout/healthTimeout", schemaPath: "#/properties/rollout/properties/healthTimeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            } else {
              const err154 = { instancePath: instancePath + "/rollout/healthTimeout", schemaPath: "#/properties/rollout/properties/healthTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          }
          if (data71.allowReboots !== void 0) {
            if (typeof data71.allowReboots !== "boolean") {
              const err155 = { instancePath: instancePath + "/rollout/allowReboots", schemaPath: "#/properties/rollout/properties/allowReboots/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err155];
              } else {
                vErrors.push(err155);
              }
              errors++;
            }
          }
          if (data71.removeNodes !== void 0) {
            if (typeof data71.removeNodes !== "boolean") {
              const err156 = { instancePath: instancePath + "/rollout/removeNodes", schemaPath: "#/properties/rollout/properties/removeNodes/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
          }
          if (data71.drain !== void 0) {
            if (typeof data71.drain !== "boolean") {
              const err157 = { instancePath: instancePath + "/rollout/drain", schemaPath: "#/properties/rollout/properties/drain/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
          }
          if (data71.drainTimeout !== void 0) {
            let data78 = data71.drainTimeout;
            if (typeof data78 === "string") {
              if (!pattern15.test(data78)) {
                const err158 = { instancePath: instancePath + "/rollout/drainTimeout", schemaPath: "#/properties/rollout/properties/drainTimeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            } else {
              const err159 = { instancePath: instancePath + "/rollout/drainTimeout", schemaPath: "#/properties/rollout/properties/drainTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
          }
          if (data71.gates !== void 0) {
            let data79 = data71.gates;
            if (Array.isArray(data79)) {
              const len11 = data79.length;
              for (let i15 = 0; i15 < len11; i15++) {
                let data80 = data79[i15];
                const _errs194 = errors;
                let valid54 = false;
                let passing3 = null;
                const _errs195 = errors;
                if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                  if (data80.command === void 0) {
                    const err160 = { instancePath: instancePath + "/rollout/gates/" + i15, schemaPath: "#/properties/rollout/properties/gates/items/oneOf/0/required", keyword: "required", params: { missingProperty: "command" }, message: "must have required property 'command'" };
                    if (vErrors === null) {
                      vErrors = [err160];
                    } else {
                      vErrors.push(err160);
                    }
                    errors++;
                  }
                }
                var _valid3 = _errs195 === errors;
                if (_valid3) {
                  valid54 = true;
                  passing3 = 0;
                }
                const _errs196 = errors;
                if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                  if (data80.http === void 0) {
                    const err161 = { instancePath: instancePath + "/rollout/gates/" + i15, schemaPath: "#/properties/rollout/properties/gates/items/oneOf/1/required", keyword: "required", params: { missingProperty: "http" }, message: "must have required property 'http'" };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
                var _valid3 = _errs196 === errors;
                if (_valid3 && valid54) {
                  valid54 = false;
                  passing3 = [passing3, 1];
                } else {
                  if (_valid3) {
                    valid54 = true;
                    passing3 = 1;
                  }
                }
                if (!valid54) {
                  const err162 = { instancePath: instancePath + "/rollout/gates/" + i15, schemaPath: "#/properties/rollout/properties/gates/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                } else {
                  errors = _errs194;
                  if (vErrors !== null) {
                    if (_errs194) {
                      vErrors.length = _errs194;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                  if (data80.name === void 0) {
                    const err163 = { instancePath: instancePath + "/rollout/gates/" + i15, schemaPath: "#/properties/rollout/properties/gates/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  }
                  for (const key19 in data80) {
                    if (!(key19 === "name" || key19 === "command" || key19 === "http" || key19 === "timeout")) {
                      const err164 = { instancePath: instancePath + "/rollout/gates/" + i15, schemaPath: "#/properties/rollout/properties/gates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                      if (vErrors === null) {
                        vErrors = [err164];
                      } else {
                        vErrors.push(err164);
                      }
                      errors++;
                    }
                  }
                  if (data80.name !== void 0) {
                    let data81 = data80.name;
                    if (typeof data81 === "string") {
                      if (func3(data81) < 1) {
                        const err165 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/name", schemaPath: "#/properties/rollout/properties/gates/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err165];
                        } else {
                          vErrors.push(err165);
                        }
                        errors++;
                      }
                    } else {
                      const err166 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/name", schemaPath: "#/properties/rollout/properties/gates/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err166];
                      } else {
                        vErrors.push(err166);
                      }
                      errors++;
                    }
                  }
                  if (data80.command !== void 0) {
                    let data82 = data80.command;
                    const _errs201 = errors;
                    let valid56 = false;
                    let passing4 = null;
                    const _errs202 = errors;
                    if (typeof data82 === "string") {
                      if (func3(data82) < 1) {
                        const err167 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/command", schemaPath: "#/properties/rollout/properties/gates/items/properties/command/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err167];
                        } else {
                          vErrors.push(err167);
                        }
                        errors++;
                      }
                    } else {
                      const err168 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/command", schemaPath: "#/properties/rollout/properties/gates/items/properties/command/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err168];
                      } else {
                        vErrors.push(err168);
                      }
                      errors++;
                    }
                    var _valid4 = _errs202 === errors;
                    if (_valid4) {
                      valid56 = true;
                      passing4 = 0;
                    }
                    const _errs204 = errors;
                    if (Array.isArray(data82)) {
                      if (data82.length < 1) {
                        const err169 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/command", schemaPath: "#/properties/rollout/properties/gates/items/properties/command/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                        if (vErrors === null) {
                          vErrors = [err169];
                        } else {
                          vErrors.push(err169);
                        }
                        errors++;
                      }
                      const len12 = data82.length;
                      for (let i16 = 0; i16 < len12; i16++) {
                        if (typeof data82[i16] !== "string") {
                          const err170 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/command/" + i16, schemaPath: "#/properties/rollout/properties/gates/items/properties/command/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err170];
                          } else {
                            vErrors.push(err170);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err171 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/command", schemaPath: "#/properties/rollout/properties/gates/items/properties/command/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                      if (vErrors === null) {
                        vErrors = [err171];
                      } else {
                        vErrors.push(err171);
                      }
                      errors++;
                    }
                    var _valid4 = _errs204 === errors;
                    if (_valid4 && valid56) {
                      valid56 = false;
                      passing4 = [passing4, 1];
                    } else {
                      if (_valid4) {
                        valid56 = true;
                        passing4 = 1;
                      }
                    }
                    if (!valid56) {
                      const err172 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/command", schemaPath: "#/properties/rollout/properties/gates/items/properties/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                      if (vErrors === null) {
                        vErrors = [err172];
                      } else {
                        vErrors.push(err172);
                      }
                      errors++;
                    } else {
                      errors = _errs201;
                      if (vErrors !== null) {
                        if (_errs201) {
                          vErrors.length = _errs201;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                  if (data80.http !== void 0) {
                    let data84 = data80.http;
                    if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                      if (data84.url === void 0) {
                        const err173 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
                        if (vErrors === null) {
                          vErrors = [err173];
                        } else {
                          vErrors.push(err173);
                        }
                        errors++;
                      }
                      for (const key20 in data84) {
                        if (!(key20 === "url" || key20 === "expectStatus")) {
                          const err174 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                          if (vErrors === null) {
                            vErrors = [err174];
                          } else {
                            vErrors.push(err174);
                          }
                          errors++;
                        }
                      }
                      if (data84.url !== void 0) {
                        let data85 = data84.url;
                        if (typeof data85 === "string") {
                          if (!pattern17.test(data85)) {
                            const err175 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/url", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
                            if (vErrors === null) {
                              vErrors = [err175];
                            } else {
                              vErrors.push(err175);
                            }
                            errors++;
                          }
                        } else {
                          const err176 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/url", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err176];
                          } else {
                            vErrors.push(err176);
                          }
                          errors++;
                        }
                      }
                      if (data84.expectStatus !== void 0) {
                        let data86 = data84.expectStatus;
                        const _errs214 = errors;
                        let valid60 = false;
                        let passing5 = null;
                        const _errs215 = errors;
                        if (!(typeof data86 == "number" && (!(data86 % 1) && !isNaN(data86)))) {
                          const err177 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/expectStatus", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/expectStatus/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                          if (vErrors === null) {
                            vErrors = [err177];
                          } else {
                            vErrors.push(err177);
                          }
                          errors++;
                        }
                        if (typeof data86 == "number") {
                          if (data86 > 599 || isNaN(data86)) {
                            const err178 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/expectStatus", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/expectStatus/oneOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" };
                            if (vErrors === null) {
                              vErrors = [err178];
                            } else {
                              vErrors.push(err178);
                            }
                            errors++;
                          }
                          if (data86 < 100 || isNaN(data86)) {
                            const err179 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/expectStatus", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/expectStatus/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" };
                            if (vErrors === null) {
                              vErrors = [err179];
                            } else {
                              vErrors.push(err179);
                            }
                            errors++;
                          }
                        }
                        var _valid5 = _errs215 === errors;
                        if (_valid5) {
                          valid60 = true;
                          passing5 = 0;
                        }
                        const _errs217 = errors;
                        if (Array.isArray(data86)) {
                          if (data86.length < 1) {
                            const err180 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/expectStatus", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/expectStatus/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                            if (vErrors === null) {
                              vErrors = [err180];
                            } else {
                              vErrors.push(err180);
                            }
                            errors++;
                          }
                          const len13 = data86.length;
                          for (let i17 = 0; i17 < len13; i17++) {
                            let data87 = data86[i17];
                            if (!(typeof data87 == "number" && (!(data87 % 1) && !isNaN(data87)))) {
                              const err181 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/expectStatus/" + i17, schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/expectStatus/oneOf/1/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                              if (vErrors === null) {
                                vErrors = [err181];
                              } else {
                                vErrors.push(err181);
                              }
                              errors++;
                            }
                            if (typeof data87 == "number") {
                              if (data87 > 599 || isNaN(data87)) {
                                const err182 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/expectStatus/" + i17, schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/expectStatus/oneOf/1/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 599 }, message: "must be <= 599" };
                                if (vErrors === null) {
                                  vErrors = [err182];
                                } else {
                                  vErrors.push(err182);
                                }
                                errors++;
                              }
                              if (data87 < 100 || isNaN(data87)) {
                                const err183 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/expectStatus/" + i17, schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/expectStatus/oneOf/1/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 100 }, message: "must be >= 100" };
                                if (vErrors === null) {
                                  vErrors = [err183];
                                } else {
                                  vErrors.push(err183);
                                }
                                errors++;
                              }
                            }
                          }
                        } else {
                          const err184 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/expectStatus", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/expectStatus/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                          if (vErrors === null) {
                            vErrors = [err184];
                          } else {
                            vErrors.push(err184);
                          }
                          errors++;
                        }
                        var _valid5 = _errs217 === errors;
                        if (_valid5 && valid60) {
                          valid60 = false;
                          passing5 = [passing5, 1];
                        } else {
                          if (_valid5) {
                            valid60 = true;
                            passing5 = 1;
                          }
                        }
                        if (!valid60) {
                          const err185 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http/expectStatus", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/properties/expectStatus/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                          if (vErrors === null) {
                            vErrors = [err185];
                          } else {
                            vErrors.push(err185);
                          }
                          errors++;
                        } else {
                          errors = _errs214;
                          if (vErrors !== null) {
                            if (_errs214) {
                              vErrors.length = _errs214;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                      }
                    } else {
                      const err186 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/http", schemaPath: "#/properties/rollout/properties/gates/items/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                      if (vErrors === null) {
                        vErrors = [err186];
                      } else {
                        vErrors.push(err186);
                      }
                      errors++;
                    }
                  }
                  if (data80.timeout !== void 0) {
                    let data88 = data80.timeout;
                    if (typeof data88 === "string") {
                      if (!pattern15.test(data88)) {
                        const err187 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/timeout", schemaPath: "#/properties/rollout/properties/gates/items/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"' };
                        if (vErrors === null) {
                          vErrors = [err187];
                        } else {
                          vErrors.push(err187);
                        }
                        errors++;
                      }
                    } else {
                      const err188 = { instancePath: instancePath + "/rollout/gates/" + i15 + "/timeout", schemaPath: "#/properties/rollout/properties/gates/items/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err188];
                      } else {
                        vErrors.push(err188);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err189 = { instancePath: instancePath + "/rollout/gates/" + i15, schemaPath: "#/properties/rollout/properties/gates/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                  if (vErrors === null) {
                    vErrors = [err189];
                  } else {
                    vErrors.push(err189);
                  }
                  errors++;
                }
              }
            } else {
              const err190 = { instancePath: instancePath + "/rollout/gates", schemaPath: "#/properties/rollout/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err190];
              } else {
                vErrors.push(err190);
              }
              errors++;
            }
          }
        } else {
          const err191 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err191];
          } else {
            vErrors.push(err191);
          }
          errors++;
        }
      }
      if (data.policies !== void 0) {
        let data89 = data.policies;
        if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
          for (const key21 in data89) {
            if (!(key21 === "packs")) {
              const err192 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err192];
              } else {
                vErrors.push(err192);
              }
              errors++;
            }
          }
          if (data89.packs !== void 0) {
            let data90 = data89.packs;
            if (Array.isArray(data90)) {
              const len14 = data90.length;
              for (let i18 = 0; i18 < len14; i18++) {
                let data91 = data90[i18];
                if (!(data91 === "baseline" || data91 === "hardened")) {
                  const err193 = { instancePath: instancePath + "/policies/packs/" + i18, schemaPath: "#/properties/policies/properties/packs/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.policies.properties.packs.items.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
              }
              let i19 = data90.length;
              let j4;
              if (i19 > 1) {
                outer0:
                  for (; i19--; ) {
                    for (j4 = i19; j4--; ) {
                      if (func0(data90[i19], data90[j4])) {
                        const err194 = { instancePath: instancePath + "/policies/packs", schemaPath: "#/properties/policies/properties/packs/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i19 + " are identical)" };
                        if (vErrors === null) {
                          vErrors = [err194];
                        } else {
                          vErrors.push(err194);
                        }
                        errors++;
                        break outer0;
                      }
                    }
                  }
              }
            } else {
              const err195 = { instancePath: instancePath + "/policies/packs", schemaPath: "#/properties/policies/properties/packs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err195];
              } else {
                vErrors.push(err195);
              }
              errors++;
            }
          }
        } else {
          const err196 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err196];
          } else {
            vErrors.push(err196);
          }
          errors++;
        }
      }
      if (data.waivers !== void 0) {
        let data92 = data.waivers;
        if (Array.isArray(data92)) {
          const len15 = data92.length;
          for (let i20 = 0; i20 < len15; i20++) {
            let data93 = data92[i20];
            if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
              if (data93.policy === void 0) {
                const err197 = { instancePath: instancePath + "/waivers/" + i20, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'" };
                if (vErrors === null) {
                  vErrors = [err197];
                } else {
                  vErrors.push(err197);
                }
                errors++;
              }
              if (data93.reason === void 0) {
                const err198 = { instancePath: instancePath + "/waivers/" + i20, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
              for (const key22 in data93) {
                if (!(key22 === "policy" || key22 === "nodes" || key22 === "reason" || key22 === "expires")) {
                  const err199 = { instancePath: instancePath + "/waivers/" + i20, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                  if (vErrors === null) {
                    vErrors = [err199];
                  } else {
                    vErrors.push(err199);
                  }
                  errors++;
                }
              }
              if (data93.policy !== void 0) {
                let data94 = data93.policy;
                if (typeof data94 === "string") {
                  if (!pattern19.test(data94)) {
                    const err200 = { instancePath: instancePath + "/waivers/" + i20 + "/policy", schemaPath: "#/properties/waivers/items/properties/policy/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+/[a-z0-9-]+$"' };
                    if (vErrors === null) {
                      vErrors = [err200];
                    } else {
                      vErrors.push(err200);
                    }
                    errors++;
                  }
                } else {
                  const err201 = { instancePath: instancePath + "/waivers/" + i20 + "/policy", schemaPath: "#/properties/waivers/items/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                }
              }
              if (data93.nodes !== void 0) {
                let data95 = data93.nodes;
                if (Array.isArray(data95)) {
                  const len16 = data95.length;
                  for (let i21 = 0; i21 < len16; i21++) {
                    let data96 = data95[i21];
                    if (typeof data96 === "string") {
                      if (func3(data96) < 1) {
                        const err202 = { instancePath: instancePath + "/waivers/" + i20 + "/nodes/" + i21, schemaPath: "#/properties/waivers/items/properties/nodes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                          vErrors = [err202];
                        } else {
                          vErrors.push(err202);
                        }
                        errors++;
                      }
                    } else {
                      const err203 = { instancePath: instancePath + "/waivers/" + i20 + "/nodes/" + i21, schemaPath: "#/properties/waivers/items/properties/nodes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err203];
                      } else {
                        vErrors.push(err203);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err204 = { instancePath: instancePath + "/waivers/" + i20 + "/nodes", schemaPath: "#/properties/waivers/items/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                  if (vErrors === null) {
                    vErrors = [err204];
                  } else {
                    vErrors.push(err204);
                  }
                  errors++;
                }
              }
              if (data93.reason !== void 0) {
                let data97 = data93.reason;
                if (typeof data97 === "string") {
                  if (func3(data97) < 1) {
                    const err205 = { instancePath: instancePath + "/waivers/" + i20 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err205];
                    } else {
                      vErrors.push(err205);
                    }
                    errors++;
                  }
                } else {
                  const err206 = { instancePath: instancePath + "/waivers/" + i20 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err206];
                  } else {
                    vErrors.push(err206);
                  }
                  errors++;
                }
              }
              if (data93.expires !== void 0) {
                let data98 = data93.expires;
                if (typeof data98 === "string") {
                  if (!pattern20.test(data98)) {
                    const err207 = { instancePath: instancePath + "/waivers/" + i20 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                } else {
                  const err208 = { instancePath: instancePath + "/waivers/" + i20 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err208];
                  } else {
                    vErrors.push(err208);
                  }
                  errors++;
                }
              }
            } else {
              const err209 = { instancePath: instancePath + "/waivers/" + i20, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
              if (vErrors === null) {
                vErrors = [err209];
              } else {
                vErrors.push(err209);
              }
              errors++;
            }
          }
        } else {
          const err210 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err210];
          } else {
            vErrors.push(err210);
          }
          errors++;
        }
      }
    } else {
      const err211 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err211];
      } else {
        vErrors.push(err211);
      }
      errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
  }
  out.validatePolicyFile = validate14;
  const schema19 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/talos-gitops/talos-gitops/schemas/policy.schema.json", "title": "talos-gitops policy file", "description": "Policy rules checked against every rendered node config. Files: the built-in packs, and policies/*.yaml in your repository.", "type": "object", "additionalProperties": false, "required": ["rules"], "properties": { "pack": { "type": "string", "pattern": "^[a-z0-9-]+$", "description": "Name of a built-in pack (only in the packs shipped with talos-gitops)." }, "description": { "type": "string" }, "rules": { "type": "array", "items": { "$ref": "#/definitions/rule" } } }, "definitions": { "rule": { "type": "object", "additionalProperties": false, "required": ["id", "severity", "description"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+$", "description": "Rule id, `<group>/<name>`; waivers in cluster.yaml name it." }, "severity": { "enum": ["error", "warning", "notice"] }, "description": { "type": "string", "minLength": 1, "description": "What the rule wants; findings start with it." }, "rationale": { "type": "string", "description": "Why, for reviewers (shown in SARIF help)." }, "scope": { "$ref": "#/definitions/scope" }, "target": { "$ref": "#/definitions/target" }, "condition": { "$ref": "#/definitions/condition" }, "missing": { "enum": ["pass", "fail"], "description": "When the target is absent: pass (default) or fail. A condition with `exists` decides for itself." }, "anyOf": { "type": "array", "minItems": 1, "description": "Alternatives (e.g. a v1alpha1 field and the document that replaces it): the rule holds when any of them holds.", "items": { "$ref": "#/definitions/check" } }, "builtin": { "enum": ["talos-api-not-public", "no-plaintext-secrets", "system-disk-encryption"], "description": "A programmatic check for what a condition cannot express." }, "params": { "type": "object", "description": "Parameters of the builtin check." }, "allOf": { "type": "array", "minItems": 1, "description": "Checks that must all hold (e.g. the same setting in a v1alpha1 field and in the document that replaces it).", "items": { "$ref": "#/definitions/check" } } }, "oneOf": [{ "required": ["target"], "not": { "anyOf": [{ "required": ["anyOf"] }, { "required": ["allOf"] }, { "required": ["builtin"] }] } }, { "required": ["anyOf"], "not": { "anyOf": [{ "required": ["target"] }, { "required": ["allOf"] }, { "required": ["builtin"] }] } }, { "required": ["allOf"], "not": { "anyOf": [{ "required": ["target"] }, { "required": ["anyOf"] }, { "required": ["builtin"] }] } }, { "required": ["builtin"], "not": { "anyOf": [{ "required": ["target"] }, { "required": ["anyOf"] }, { "required": ["allOf"] }] } }] }, "scope": { "type": "object", "additionalProperties": false, "description": "Where the rule applies; every listed dimension must match. Names accept * and ? globs.", "properties": { "clusters": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "stages": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "roles": { "type": "array", "items": { "enum": ["controlplane", "worker"] } }, "nodes": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "talosVersions": { "type": "array", "items": { "type": "string", "pattern": "^1\\.[0-9]+$" }, "description": 'Talos release lines (version contracts), e.g. ["1.10", "1.11"].' } } }, "target": { "type": "object", "additionalProperties": false, "required": ["kind", "path"], "properties": { "kind": { "type": "string", "minLength": 1, "description": "Document kind: v1alpha1 for the legacy document, else a multi-document kind such as VolumeConfig." }, "name": { "type": "string", "description": "Only documents with this name (glob), for named kinds." }, "path": { "type": "string", "description": 'Field path: keys joined by dots, [N] or [*] for list items, * for any map key, ["key.with.dots"] for odd keys; empty for the whole document.' } } }, "condition": { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "What each value at the target must satisfy; several operators must all hold.", "properties": { "exists": { "type": "boolean" }, "equals": {}, "notEquals": {}, "in": { "type": "array" }, "notIn": { "type": "array" }, "matches": { "type": "string", "description": "A regular expression (RE2 syntax, as in Go) the value must match; matched in linear time." }, "notMatches": { "type": "string" }, "greaterThan": { "type": ["number", "string"], "description": "Numbers, numeric strings and byte sizes (8GiB) compare as numbers." }, "greaterOrEqual": { "type": ["number", "string"] }, "lessThan": { "type": ["number", "string"] }, "lessOrEqual": { "type": ["number", "string"] }, "minItems": { "type": "integer", "minimum": 0, "description": "At least this many list items (or map keys)." }, "maxItems": { "type": "integer", "minimum": 0 }, "contains": { "description": "A list holding this item, or a string holding this text." }, "schema": { "type": "object", "description": "A JSON Schema (draft-07) the value must match." }, "not": { "$ref": "#/definitions/condition" }, "allOf": { "type": "array", "items": { "$ref": "#/definitions/condition" } }, "anyOf": { "type": "array", "items": { "$ref": "#/definitions/condition" } } } }, "check": { "type": "object", "additionalProperties": false, "required": ["target"], "properties": { "target": { "$ref": "#/definitions/target" }, "condition": { "$ref": "#/definitions/condition" }, "missing": { "enum": ["pass", "fail"] } } } } };
  const pattern21 = new RegExp("^[a-z0-9-]+$", "u");
  const schema20 = { "type": "object", "additionalProperties": false, "required": ["id", "severity", "description"], "properties": { "id": { "type": "string", "pattern": "^[a-z0-9-]+/[a-z0-9-]+$", "description": "Rule id, `<group>/<name>`; waivers in cluster.yaml name it." }, "severity": { "enum": ["error", "warning", "notice"] }, "description": { "type": "string", "minLength": 1, "description": "What the rule wants; findings start with it." }, "rationale": { "type": "string", "description": "Why, for reviewers (shown in SARIF help)." }, "scope": { "$ref": "#/definitions/scope" }, "target": { "$ref": "#/definitions/target" }, "condition": { "$ref": "#/definitions/condition" }, "missing": { "enum": ["pass", "fail"], "description": "When the target is absent: pass (default) or fail. A condition with `exists` decides for itself." }, "anyOf": { "type": "array", "minItems": 1, "description": "Alternatives (e.g. a v1alpha1 field and the document that replaces it): the rule holds when any of them holds.", "items": { "$ref": "#/definitions/check" } }, "builtin": { "enum": ["talos-api-not-public", "no-plaintext-secrets", "system-disk-encryption"], "description": "A programmatic check for what a condition cannot express." }, "params": { "type": "object", "description": "Parameters of the builtin check." }, "allOf": { "type": "array", "minItems": 1, "description": "Checks that must all hold (e.g. the same setting in a v1alpha1 field and in the document that replaces it).", "items": { "$ref": "#/definitions/check" } } }, "oneOf": [{ "required": ["target"], "not": { "anyOf": [{ "required": ["anyOf"] }, { "required": ["allOf"] }, { "required": ["builtin"] }] } }, { "required": ["anyOf"], "not": { "anyOf": [{ "required": ["target"] }, { "required": ["allOf"] }, { "required": ["builtin"] }] } }, { "required": ["allOf"], "not": { "anyOf": [{ "required": ["target"] }, { "required": ["anyOf"] }, { "required": ["builtin"] }] } }, { "required": ["builtin"], "not": { "anyOf": [{ "required": ["target"] }, { "required": ["anyOf"] }, { "required": ["allOf"] }] } }] };
  const schema21 = { "type": "object", "additionalProperties": false, "description": "Where the rule applies; every listed dimension must match. Names accept * and ? globs.", "properties": { "clusters": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "stages": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "roles": { "type": "array", "items": { "enum": ["controlplane", "worker"] } }, "nodes": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "talosVersions": { "type": "array", "items": { "type": "string", "pattern": "^1\\.[0-9]+$" }, "description": 'Talos release lines (version contracts), e.g. ["1.10", "1.11"].' } } };
  const schema22 = { "type": "object", "additionalProperties": false, "required": ["kind", "path"], "properties": { "kind": { "type": "string", "minLength": 1, "description": "Document kind: v1alpha1 for the legacy document, else a multi-document kind such as VolumeConfig." }, "name": { "type": "string", "description": "Only documents with this name (glob), for named kinds." }, "path": { "type": "string", "description": 'Field path: keys joined by dots, [N] or [*] for list items, * for any map key, ["key.with.dots"] for odd keys; empty for the whole document.' } } };
  const pattern23 = new RegExp("^1\\.[0-9]+$", "u");
  const schema23 = { "type": "object", "additionalProperties": false, "minProperties": 1, "description": "What each value at the target must satisfy; several operators must all hold.", "properties": { "exists": { "type": "boolean" }, "equals": {}, "notEquals": {}, "in": { "type": "array" }, "notIn": { "type": "array" }, "matches": { "type": "string", "description": "A regular expression (RE2 syntax, as in Go) the value must match; matched in linear time." }, "notMatches": { "type": "string" }, "greaterThan": { "type": ["number", "string"], "description": "Numbers, numeric strings and byte sizes (8GiB) compare as numbers." }, "greaterOrEqual": { "type": ["number", "string"] }, "lessThan": { "type": ["number", "string"] }, "lessOrEqual": { "type": ["number", "string"] }, "minItems": { "type": "integer", "minimum": 0, "description": "At least this many list items (or map keys)." }, "maxItems": { "type": "integer", "minimum": 0 }, "contains": { "description": "A list holding this item, or a string holding this text." }, "schema": { "type": "object", "description": "A JSON Schema (draft-07) the value must match." }, "not": { "$ref": "#/definitions/condition" }, "allOf": { "type": "array", "items": { "$ref": "#/definitions/condition" } }, "anyOf": { "type": "array", "items": { "$ref": "#/definitions/condition" } } } };
  const wrapper0 = { validate: validate16 };
  function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (Object.keys(data).length < 1) {
        const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func2.call(schema23.properties, key0)) {
          const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.exists !== void 0) {
        if (typeof data.exists !== "boolean") {
          const err2 = { instancePath: instancePath + "/exists", schemaPath: "#/properties/exists/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.in !== void 0) {
        if (!Array.isArray(data.in)) {
          const err3 = { instancePath: instancePath + "/in", schemaPath: "#/properties/in/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.notIn !== void 0) {
        if (!Array.isArray(data.notIn)) {
          const err4 = { instancePath: instancePath + "/notIn", schemaPath: "#/properties/notIn/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.matches !== void 0) {
        if (typeof data.matches !== "string") {
          const err5 = { instancePath: instancePath + "/matches", schemaPath: "#/properties/matches/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.notMatches !== void 0) {
        if (typeof data.notMatches !== "string") {
          const err6 = { instancePath: instancePath + "/notMatches", schemaPath: "#/properties/notMatches/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.greaterThan !== void 0) {
        let data5 = data.greaterThan;
        if (!(typeof data5 == "number") && typeof data5 !== "string") {
          const err7 = { instancePath: instancePath + "/greaterThan", schemaPath: "#/properties/greaterThan/type", keyword: "type", params: { type: schema23.properties.greaterThan.type }, message: "must be number,string" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.greaterOrEqual !== void 0) {
        let data6 = data.greaterOrEqual;
        if (!(typeof data6 == "number") && typeof data6 !== "string") {
          const err8 = { instancePath: instancePath + "/greaterOrEqual", schemaPath: "#/properties/greaterOrEqual/type", keyword: "type", params: { type: schema23.properties.greaterOrEqual.type }, message: "must be number,string" };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.lessThan !== void 0) {
        let data7 = data.lessThan;
        if (!(typeof data7 == "number") && typeof data7 !== "string") {
          const err9 = { instancePath: instancePath + "/lessThan", schemaPath: "#/properties/lessThan/type", keyword: "type", params: { type: schema23.properties.lessThan.type }, message: "must be number,string" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.lessOrEqual !== void 0) {
        let data8 = data.lessOrEqual;
        if (!(typeof data8 == "number") && typeof data8 !== "string") {
          const err10 = { instancePath: instancePath + "/lessOrEqual", schemaPath: "#/properties/lessOrEqual/type", keyword: "type", params: { type: schema23.properties.lessOrEqual.type }, message: "must be number,string" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.minItems !== void 0) {
        let data9 = data.minItems;
        if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
          const err11 = { instancePath: instancePath + "/minItems", schemaPath: "#/properties/minItems/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (typeof data9 == "number") {
          if (data9 < 0 || isNaN(data9)) {
            const err12 = { instancePath: instancePath + "/minItems", schemaPath: "#/properties/minItems/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
      if (data.maxItems !== void 0) {
        let data10 = data.maxItems;
        if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
          const err13 = { instancePath: instancePath + "/maxItems", schemaPath: "#/properties/maxItems/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (typeof data10 == "number") {
          if (data10 < 0 || isNaN(data10)) {
            const err14 = { instancePath: instancePath + "/maxItems", schemaPath: "#/properties/maxItems/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      }
      if (data.schema !== void 0) {
        let data11 = data.schema;
        if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
          const err15 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (data.not !== void 0) {
        if (!wrapper0.validate(data.not, { instancePath: instancePath + "/not", parentData: data, parentDataProperty: "not", rootData })) {
          vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
          errors = vErrors.length;
        }
      }
      if (data.allOf !== void 0) {
        let data13 = data.allOf;
        if (Array.isArray(data13)) {
          const len0 = data13.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (!wrapper0.validate(data13[i0], { instancePath: instancePath + "/allOf/" + i0, parentData: data13, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err16 = { instancePath: instancePath + "/allOf", schemaPath: "#/properties/allOf/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.anyOf !== void 0) {
        let data15 = data.anyOf;
        if (Array.isArray(data15)) {
          const len1 = data15.length;
          for (let i1 = 0; i1 < len1; i1++) {
            if (!wrapper0.validate(data15[i1], { instancePath: instancePath + "/anyOf/" + i1, parentData: data15, parentDataProperty: i1, rootData })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err17 = { instancePath: instancePath + "/anyOf", schemaPath: "#/properties/anyOf/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    } else {
      const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    validate16.errors = vErrors;
    return errors === 0;
  }
  const schema24 = { "type": "object", "additionalProperties": false, "required": ["target"], "properties": { "target": { "$ref": "#/definitions/target" }, "condition": { "$ref": "#/definitions/condition" }, "missing": { "enum": ["pass", "fail"] } } };
  function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.target === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "target" || key0 === "condition" || key0 === "missing")) {
          const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.target !== void 0) {
        let data0 = data.target;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.kind === void 0) {
            const err2 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/target/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data0.path === void 0) {
            const err3 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/target/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          for (const key1 in data0) {
            if (!(key1 === "kind" || key1 === "name" || key1 === "path")) {
              const err4 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          if (data0.kind !== void 0) {
            let data1 = data0.kind;
            if (typeof data1 === "string") {
              if (func3(data1) < 1) {
                const err5 = { instancePath: instancePath + "/target/kind", schemaPath: "#/definitions/target/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/target/kind", schemaPath: "#/definitions/target/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data0.name !== void 0) {
            if (typeof data0.name !== "string") {
              const err7 = { instancePath: instancePath + "/target/name", schemaPath: "#/definitions/target/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          if (data0.path !== void 0) {
            if (typeof data0.path !== "string") {
              const err8 = { instancePath: instancePath + "/target/path", schemaPath: "#/definitions/target/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        } else {
          const err9 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/target/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.condition !== void 0) {
        if (!validate16(data.condition, { instancePath: instancePath + "/condition", parentData: data, parentDataProperty: "condition", rootData })) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
      if (data.missing !== void 0) {
        let data5 = data.missing;
        if (!(data5 === "pass" || data5 === "fail")) {
          const err10 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/enum", keyword: "enum", params: { allowedValues: schema24.properties.missing.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    } else {
      const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    validate18.errors = vErrors;
    return errors === 0;
  }
  function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs2 = errors;
    const _errs3 = errors;
    const _errs4 = errors;
    const _errs5 = errors;
    let valid2 = false;
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.anyOf === void 0 && (missing0 = "anyOf")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    var _valid1 = _errs6 === errors;
    valid2 = valid2 || _valid1;
    if (!valid2) {
      const _errs7 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.allOf === void 0 && (missing1 = "allOf")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var _valid1 = _errs7 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const _errs8 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing2;
          if (data.builtin === void 0 && (missing2 = "builtin")) {
            const err2 = {};
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        var _valid1 = _errs8 === errors;
        valid2 = valid2 || _valid1;
      }
    }
    if (!valid2) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    } else {
      errors = _errs5;
      if (vErrors !== null) {
        if (_errs5) {
          vErrors.length = _errs5;
        } else {
          vErrors = null;
        }
      }
    }
    var valid1 = _errs4 === errors;
    if (valid1) {
      const err4 = { instancePath, schemaPath: "#/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.target === void 0) {
        const err5 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    var _valid0 = _errs2 === errors;
    if (_valid0) {
      valid0 = true;
      passing0 = 0;
    }
    const _errs9 = errors;
    const _errs10 = errors;
    const _errs11 = errors;
    const _errs12 = errors;
    let valid4 = false;
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.target === void 0 && (missing3 = "target")) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid2 = _errs13 === errors;
    valid4 = valid4 || _valid2;
    if (!valid4) {
      const _errs14 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing4;
        if (data.allOf === void 0 && (missing4 = "allOf")) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var _valid2 = _errs14 === errors;
      valid4 = valid4 || _valid2;
      if (!valid4) {
        const _errs15 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing5;
          if (data.builtin === void 0 && (missing5 = "builtin")) {
            const err8 = {};
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        var _valid2 = _errs15 === errors;
        valid4 = valid4 || _valid2;
      }
    }
    if (!valid4) {
      const err9 = {};
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    } else {
      errors = _errs12;
      if (vErrors !== null) {
        if (_errs12) {
          vErrors.length = _errs12;
        } else {
          vErrors = null;
        }
      }
    }
    var valid3 = _errs11 === errors;
    if (valid3) {
      const err10 = { instancePath, schemaPath: "#/oneOf/1/not", keyword: "not", params: {}, message: "must NOT be valid" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    } else {
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.anyOf === void 0) {
        const err11 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "anyOf" }, message: "must have required property 'anyOf'" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    var _valid0 = _errs9 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 1;
      }
      const _errs16 = errors;
      const _errs17 = errors;
      const _errs18 = errors;
      const _errs19 = errors;
      let valid6 = false;
      const _errs20 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing6;
        if (data.target === void 0 && (missing6 = "target")) {
          const err12 = {};
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      var _valid3 = _errs20 === errors;
      valid6 = valid6 || _valid3;
      if (!valid6) {
        const _errs21 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing7;
          if (data.anyOf === void 0 && (missing7 = "anyOf")) {
            const err13 = {};
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        var _valid3 = _errs21 === errors;
        valid6 = valid6 || _valid3;
        if (!valid6) {
          const _errs22 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing8;
            if (data.builtin === void 0 && (missing8 = "builtin")) {
              const err14 = {};
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          var _valid3 = _errs22 === errors;
          valid6 = valid6 || _valid3;
        }
      }
      if (!valid6) {
        const err15 = {};
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
      var valid5 = _errs18 === errors;
      if (valid5) {
        const err16 = { instancePath, schemaPath: "#/oneOf/2/not", keyword: "not", params: {}, message: "must NOT be valid" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.allOf === void 0) {
          const err17 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "allOf" }, message: "must have required property 'allOf'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      var _valid0 = _errs16 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 2];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 2;
        }
        const _errs23 = errors;
        const _errs24 = errors;
        const _errs25 = errors;
        const _errs26 = errors;
        let valid8 = false;
        const _errs27 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing9;
          if (data.target === void 0 && (missing9 = "target")) {
            const err18 = {};
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        var _valid4 = _errs27 === errors;
        valid8 = valid8 || _valid4;
        if (!valid8) {
          const _errs28 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing10;
            if (data.anyOf === void 0 && (missing10 = "anyOf")) {
              const err19 = {};
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          var _valid4 = _errs28 === errors;
          valid8 = valid8 || _valid4;
          if (!valid8) {
            const _errs29 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
              let missing11;
              if (data.allOf === void 0 && (missing11 = "allOf")) {
                const err20 = {};
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            var _valid4 = _errs29 === errors;
            valid8 = valid8 || _valid4;
          }
        }
        if (!valid8) {
          const err21 = {};
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        } else {
          errors = _errs26;
          if (vErrors !== null) {
            if (_errs26) {
              vErrors.length = _errs26;
            } else {
              vErrors = null;
            }
          }
        }
        var valid7 = _errs25 === errors;
        if (valid7) {
          const err22 = { instancePath, schemaPath: "#/oneOf/3/not", keyword: "not", params: {}, message: "must NOT be valid" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        } else {
          errors = _errs24;
          if (vErrors !== null) {
            if (_errs24) {
              vErrors.length = _errs24;
            } else {
              vErrors = null;
            }
          }
        }
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.builtin === void 0) {
            const err23 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "builtin" }, message: "must have required property 'builtin'" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        var _valid0 = _errs23 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 3];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 3;
          }
        }
      }
    }
    if (!valid0) {
      const err24 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    } else {
      errors = _errs1;
      if (vErrors !== null) {
        if (_errs1) {
          vErrors.length = _errs1;
        } else {
          vErrors = null;
        }
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.id === void 0) {
        const err25 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (data.severity === void 0) {
        const err26 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (data.description === void 0) {
        const err27 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func2.call(schema20.properties, key0)) {
          const err28 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      if (data.id !== void 0) {
        let data0 = data.id;
        if (typeof data0 === "string") {
          if (!pattern19.test(data0)) {
            const err29 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+/[a-z0-9-]+$"' };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        } else {
          const err30 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      if (data.severity !== void 0) {
        let data1 = data.severity;
        if (!(data1 === "error" || data1 === "warning" || data1 === "notice")) {
          const err31 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema20.properties.severity.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      if (data.description !== void 0) {
        let data2 = data.description;
        if (typeof data2 === "string") {
          if (func3(data2) < 1) {
            const err32 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        } else {
          const err33 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.rationale !== void 0) {
        if (typeof data.rationale !== "string") {
          const err34 = { instancePath: instancePath + "/rationale", schemaPath: "#/properties/rationale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      if (data.scope !== void 0) {
        let data4 = data.scope;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
          for (const key1 in data4) {
            if (!(key1 === "clusters" || key1 === "stages" || key1 === "roles" || key1 === "nodes" || key1 === "talosVersions")) {
              const err35 = { instancePath: instancePath + "/scope", schemaPath: "#/definitions/scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data4.clusters !== void 0) {
            let data5 = data4.clusters;
            if (Array.isArray(data5)) {
              const len0 = data5.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data6 = data5[i0];
                if (typeof data6 === "string") {
                  if (func3(data6) < 1) {
                    const err36 = { instancePath: instancePath + "/scope/clusters/" + i0, schemaPath: "#/definitions/scope/properties/clusters/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                } else {
                  const err37 = { instancePath: instancePath + "/scope/clusters/" + i0, schemaPath: "#/definitions/scope/properties/clusters/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            } else {
              const err38 = { instancePath: instancePath + "/scope/clusters", schemaPath: "#/definitions/scope/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
          if (data4.stages !== void 0) {
            let data7 = data4.stages;
            if (Array.isArray(data7)) {
              const len1 = data7.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data8 = data7[i1];
                if (typeof data8 === "string") {
                  if (func3(data8) < 1) {
                    const err39 = { instancePath: instancePath + "/scope/stages/" + i1, schemaPath: "#/definitions/scope/properties/stages/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                } else {
                  const err40 = { instancePath: instancePath + "/scope/stages/" + i1, schemaPath: "#/definitions/scope/properties/stages/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            } else {
              const err41 = { instancePath: instancePath + "/scope/stages", schemaPath: "#/definitions/scope/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          if (data4.roles !== void 0) {
            let data9 = data4.roles;
            if (Array.isArray(data9)) {
              const len2 = data9.length;
              for (let i2 = 0; i2 < len2; i2++) {
                let data10 = data9[i2];
                if (!(data10 === "controlplane" || data10 === "worker")) {
                  const err42 = { instancePath: instancePath + "/scope/roles/" + i2, schemaPath: "#/definitions/scope/properties/roles/items/enum", keyword: "enum", params: { allowedValues: schema21.properties.roles.items.enum }, message: "must be equal to one of the allowed values" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
            } else {
              const err43 = { instancePath: instancePath + "/scope/roles", schemaPath: "#/definitions/scope/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
          if (data4.nodes !== void 0) {
            let data11 = data4.nodes;
            if (Array.isArray(data11)) {
              const len3 = data11.length;
              for (let i3 = 0; i3 < len3; i3++) {
                let data12 = data11[i3];
                if (typeof data12 === "string") {
                  if (func3(data12) < 1) {
                    const err44 = { instancePath: instancePath + "/scope/nodes/" + i3, schemaPath: "#/definitions/scope/properties/nodes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                } else {
                  const err45 = { instancePath: instancePath + "/scope/nodes/" + i3, schemaPath: "#/definitions/scope/properties/nodes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
            } else {
              const err46 = { instancePath: instancePath + "/scope/nodes", schemaPath: "#/definitions/scope/properties/nodes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data4.talosVersions !== void 0) {
            let data13 = data4.talosVersions;
            if (Array.isArray(data13)) {
              const len4 = data13.length;
              for (let i4 = 0; i4 < len4; i4++) {
                let data14 = data13[i4];
                if (typeof data14 === "string") {
                  if (!pattern23.test(data14)) {
                    const err47 = { instancePath: instancePath + "/scope/talosVersions/" + i4, schemaPath: "#/definitions/scope/properties/talosVersions/items/pattern", keyword: "pattern", params: { pattern: "^1\\.[0-9]+$" }, message: 'must match pattern "^1\\.[0-9]+$"' };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                } else {
                  const err48 = { instancePath: instancePath + "/scope/talosVersions/" + i4, schemaPath: "#/definitions/scope/properties/talosVersions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
            } else {
              const err49 = { instancePath: instancePath + "/scope/talosVersions", schemaPath: "#/definitions/scope/properties/talosVersions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
        } else {
          const err50 = { instancePath: instancePath + "/scope", schemaPath: "#/definitions/scope/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
      }
      if (data.target !== void 0) {
        let data15 = data.target;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
          if (data15.kind === void 0) {
            const err51 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/target/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (data15.path === void 0) {
            const err52 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/target/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          for (const key2 in data15) {
            if (!(key2 === "kind" || key2 === "name" || key2 === "path")) {
              const err53 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/target/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          if (data15.kind !== void 0) {
            let data16 = data15.kind;
            if (typeof data16 === "string") {
              if (func3(data16) < 1) {
                const err54 = { instancePath: instancePath + "/target/kind", schemaPath: "#/definitions/target/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            } else {
              const err55 = { instancePath: instancePath + "/target/kind", schemaPath: "#/definitions/target/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          if (data15.name !== void 0) {
            if (typeof data15.name !== "string") {
              const err56 = { instancePath: instancePath + "/target/name", schemaPath: "#/definitions/target/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data15.path !== void 0) {
            if (typeof data15.path !== "string") {
              const err57 = { instancePath: instancePath + "/target/path", schemaPath: "#/definitions/target/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        } else {
          const err58 = { instancePath: instancePath + "/target", schemaPath: "#/definitions/target/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      }
      if (data.condition !== void 0) {
        if (!validate16(data.condition, { instancePath: instancePath + "/condition", parentData: data, parentDataProperty: "condition", rootData })) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
      if (data.missing !== void 0) {
        let data20 = data.missing;
        if (!(data20 === "pass" || data20 === "fail")) {
          const err59 = { instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/enum", keyword: "enum", params: { allowedValues: schema20.properties.missing.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      }
      if (data.anyOf !== void 0) {
        let data21 = data.anyOf;
        if (Array.isArray(data21)) {
          if (data21.length < 1) {
            const err60 = { instancePath: instancePath + "/anyOf", schemaPath: "#/properties/anyOf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          const len5 = data21.length;
          for (let i5 = 0; i5 < len5; i5++) {
            if (!validate18(data21[i5], { instancePath: instancePath + "/anyOf/" + i5, parentData: data21, parentDataProperty: i5, rootData })) {
              vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err61 = { instancePath: instancePath + "/anyOf", schemaPath: "#/properties/anyOf/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
      }
      if (data.builtin !== void 0) {
        let data23 = data.builtin;
        if (!(data23 === "talos-api-not-public" || data23 === "no-plaintext-secrets" || data23 === "system-disk-encryption")) {
          const err62 = { instancePath: instancePath + "/builtin", schemaPath: "#/properties/builtin/enum", keyword: "enum", params: { allowedValues: schema20.properties.builtin.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
      }
      if (data.params !== void 0) {
        let data24 = data.params;
        if (!(data24 && typeof data24 == "object" && !Array.isArray(data24))) {
          const err63 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
      }
      if (data.allOf !== void 0) {
        let data25 = data.allOf;
        if (Array.isArray(data25)) {
          if (data25.length < 1) {
            const err64 = { instancePath: instancePath + "/allOf", schemaPath: "#/properties/allOf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          const len6 = data25.length;
          for (let i6 = 0; i6 < len6; i6++) {
            if (!validate18(data25[i6], { instancePath: instancePath + "/allOf/" + i6, parentData: data25, parentDataProperty: i6, rootData })) {
              vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err65 = { instancePath: instancePath + "/allOf", schemaPath: "#/properties/allOf/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      }
    } else {
      const err66 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err66];
      } else {
        vErrors.push(err66);
      }
      errors++;
    }
    validate15.errors = vErrors;
    return errors === 0;
  }
  function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.rules === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "pack" || key0 === "description" || key0 === "rules")) {
          const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.pack !== void 0) {
        let data0 = data.pack;
        if (typeof data0 === "string") {
          if (!pattern21.test(data0)) {
            const err2 = { instancePath: instancePath + "/pack", schemaPath: "#/properties/pack/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+$"' };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/pack", schemaPath: "#/properties/pack/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.description !== void 0) {
        if (typeof data.description !== "string") {
          const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.rules !== void 0) {
        let data2 = data.rules;
        if (Array.isArray(data2)) {
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (!validate15(data2[i0], { instancePath: instancePath + "/rules/" + i0, parentData: data2, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err5 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    } else {
      const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    validate14.errors = vErrors;
    return errors === 0;
  }
  return out;
}

// src/schemas/file-validators.ts
function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const c = b;
    return a.length === c.length && a.every((x, i) => jsonEqual(x, c[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every(
    (k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k])
  );
}
function ucs2length(s) {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
var RUNTIME = {
  "ajv/dist/runtime/equal": { default: jsonEqual },
  "ajv/dist/runtime/ucs2length": { default: ucs2length }
};
var compiled;
function validators() {
  compiled ??= fileValidators((id) => {
    if (!(id in RUNTIME))
      throw new Error(`compiled schemas need ${id}: add it to src/schemas/file-validators.ts`);
    return RUNTIME[id];
  });
  return compiled;
}
var clusterFileValidator = () => validators().validateClusterFile;
var policyFileValidator = () => validators().validatePolicyFile;

// src/repo/cluster-file.ts
var SCHEMATIC_OWN_KEYS = ["secureBoot", "platform", "factory"];
var NULL = { t: "scalar", text: "null", quoted: false };
var ClusterFileError = class extends TalosGitopsError {
  name = "ClusterFileError";
};
function nodeAt(root, instancePath) {
  let cur = root;
  for (const raw of instancePath.split("/").slice(1)) {
    const seg = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (!cur) return void 0;
    if (cur.t === "map") cur = cur.entries.find((e) => e.key.text === seg)?.value;
    else if (cur.t === "seq") cur = cur.items[Number(seg)];
    else return cur;
  }
  return cur;
}
function keyLine(m, key) {
  return m.entries.find((e) => e.key.text === key)?.key.pos?.line;
}
function describeSchemaError(e) {
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown field ${JSON.stringify(e.params.additionalProperty)}`;
    case "required":
      return `missing required field ${JSON.stringify(e.params.missingProperty)}`;
    case "enum":
      return `must be one of ${(e.params.allowedValues ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern":
      return `${e.message ?? "has the wrong format"}`;
    default:
      return e.message ?? "is invalid";
  }
}
function parseClusterFile(text, file, dir) {
  const docs = parseYamlDocuments(text, file).filter((d) => d.root !== null);
  if (docs.length !== 1 || docs[0].root.t !== "map") {
    throw new ClusterFileError("cluster.yaml must hold exactly one YAML mapping", {
      file,
      line: docs[1]?.pos?.line
    });
  }
  const root = docs[0].root;
  const plain = anyToPlain(decodeAny(root));
  const validateSchema = clusterFileValidator();
  if (!validateSchema(plain)) {
    const errs = (validateSchema.errors ?? []).filter(
      (e2) => e2.keyword !== "oneOf" || validateSchema.errors.length === 1
    );
    const e = pickError(errs);
    const n = e.keyword === "additionalProperties" ? findKeyNode(root, e.instancePath, e.params.additionalProperty) : nodeAt(root, e.instancePath);
    const field = fieldName(e);
    throw new ClusterFileError(describeSchemaError(e), {
      file,
      line: n?.pos?.line ?? 1,
      field: field || void 0
    });
  }
  const line = (n) => ({ file, line: n?.pos?.line });
  const get = (m, k) => m.entries.find((e) => e.key.text === k)?.value;
  const patchList = (n) => {
    if (n?.t !== "seq") return [];
    return n.items.map(
      (item) => item.t === "scalar" ? { kind: "file", path: item.text, source: line(item) } : { kind: "inline", node: item, source: line(item) }
    );
  };
  const schematicAt = (m, path2) => {
    const entry = m?.t === "map" ? m.entries.find((e) => e.key.text === "schematic") : void 0;
    if (!entry) return void 0;
    const n = entry.value;
    const own = (k) => n.t === "map" ? anyToPlain(decodeAny(get(n, k) ?? NULL)) : void 0;
    return {
      schematic: decodeFactorySchematic(n, file, { path: path2, extraKeys: SCHEMATIC_OWN_KEYS }),
      secureBoot: own("secureBoot") ?? void 0,
      platform: own("platform") ?? void 0,
      factory: own("factory") ?? void 0,
      source: { file, line: entry.key.pos?.line }
    };
  };
  const nodesNode = get(root, "nodes");
  if (nodesNode.items.length > MAX_NODES_PER_CLUSTER) {
    throw new ClusterFileError(
      `${nodesNode.items.length.toLocaleString("en-US")} nodes: at most ${MAX_NODES_PER_CLUSTER.toLocaleString("en-US")} per cluster (Kubernetes's own largest supported cluster)`,
      {
        file,
        line: nodesNode.items[MAX_NODES_PER_CLUSTER].pos?.line,
        field: `nodes[${MAX_NODES_PER_CLUSTER}]`
      }
    );
  }
  const names = /* @__PURE__ */ new Map();
  const nodes = nodesNode.items.map((n, i) => {
    const p = plain.nodes[i];
    const at3 = (key, field) => ({
      file,
      line: keyLine(n, key) ?? n.pos?.line,
      field: `nodes[${i}].${field}`
    });
    if (names.has(p.name)) {
      throw new ClusterFileError(
        `node name ${JSON.stringify(p.name)} is already used by the node at line ${names.get(p.name) ?? "?"}`,
        at3("name", "name")
      );
    }
    names.set(p.name, n.pos?.line);
    if (!isNodeAddress(p.address)) {
      throw new ClusterFileError(
        `${JSON.stringify(p.address)} is not an IP address or a DNS name (the Talos API address, without a port)`,
        at3("address", "address")
      );
    }
    const schematic2 = schematicAt(n, `nodes[${i}].schematic`);
    return {
      name: p.name,
      address: p.address,
      role: p.role,
      patches: patchList(get(n, "patches")),
      ...schematic2 ? { schematic: schematic2 } : {},
      source: line(n)
    };
  });
  const rollout = plain.rollout ?? {};
  const ms = (d, fallback) => d ? Number((parseGoDuration(d) ?? 0n) / 1000000n) : fallback;
  const healthTimeoutMs = ms(rollout.healthTimeout, 10 * 6e4);
  const rolloutNode = get(root, "rollout");
  const gatesNode = rolloutNode?.t === "map" ? get(rolloutNode, "gates") : void 0;
  const gates = (rollout.gates ?? []).map((g, i) => {
    const common = {
      name: g.name,
      timeoutMs: ms(g.timeout, 6e4),
      source: line(gatesNode?.t === "seq" ? gatesNode.items[i] : void 0)
    };
    if (g.command !== void 0) {
      return typeof g.command === "string" ? { ...common, command: ["/bin/sh", "-c", g.command], shell: true } : { ...common, command: [...g.command], shell: false };
    }
    const expect = g.http.expectStatus;
    return {
      ...common,
      http: { url: g.http.url, expectStatus: expect === void 0 ? void 0 : [expect].flat() }
    };
  });
  const waiversNode = get(root, "waivers");
  (plain.waivers ?? []).forEach((w, i) => {
    const item = waiversNode?.t === "seq" ? waiversNode.items[i] : void 0;
    if (typeof w.expires === "string" && !isCalendarDate(w.expires)) {
      throw new ClusterFileError(`${w.expires} is not a date of the calendar (YYYY-MM-DD)`, {
        file,
        line: (item?.t === "map" ? keyLine(item, "expires") : void 0) ?? item?.pos?.line,
        field: `waivers[${i}].expires`
      });
    }
  });
  const waivers = (plain.waivers ?? []).map((w, i) => ({
    policy: w.policy,
    nodes: w.nodes ?? ["*"],
    reason: w.reason,
    expires: w.expires,
    source: line(waiversNode?.t === "seq" ? waiversNode.items[i] : void 0)
  }));
  const roleNode = (r) => {
    const m = get(root, r);
    return m?.t === "map" ? get(m, "patches") : void 0;
  };
  const baseNode = get(root, "base");
  const base = plain.base;
  const roleSchematics = {};
  for (const r of ["controlplane", "worker"]) {
    const level = schematicAt(get(root, r), `${r}.schematic`);
    if (level) roleSchematics[r] = level;
  }
  const schematic = schematicAt(root, "schematic");
  const clusterPatches = patchList(get(root, "patches"));
  const rolePatches = {
    controlplane: patchList(roleNode("controlplane")),
    worker: patchList(roleNode("worker"))
  };
  for (const n of nodes) {
    const all = [...clusterPatches, ...rolePatches[n.role], ...n.patches];
    if (all.length > MAX_PATCHES_PER_NODE) {
      throw new ClusterFileError(
        `node ${n.name} gets ${all.length} patches (cluster, ${n.role} and its own): at most ${MAX_PATCHES_PER_NODE} per node`,
        { file, line: all[MAX_PATCHES_PER_NODE].source.line }
      );
    }
  }
  const fieldLines = {};
  for (const e of root.entries) if (e.key.pos) fieldLines[e.key.text] = e.key.pos.line;
  const folder = dir.split("/").pop();
  if (plain.name === void 0 && !CLUSTER_NAME.test(folder)) {
    throw new ClusterFileError(
      `the folder name ${JSON.stringify(folder)} is not a cluster name (lower-case letters, digits and dashes): set name`,
      { file, line: 1, field: "name" }
    );
  }
  return {
    file,
    dir,
    name: plain.name ?? folder,
    stage: plain.stage ?? "default",
    talosVersion: plain.talosVersion,
    kubernetesVersion: plain.kubernetesVersion,
    platform: plain.platform ?? "metal",
    endpoint: plain.endpoint,
    secrets: plain.secrets ? { path: plain.secrets, source: { file, line: keyLine(root, "secrets") } } : void 0,
    base: base ? Object.fromEntries(
      Object.entries(base).map(([role, p]) => [
        role,
        { path: p, source: { file, line: baseNode?.t === "map" ? keyLine(baseNode, role) : void 0 } }
      ])
    ) : void 0,
    patches: clusterPatches,
    rolePatches,
    ...schematic ? { schematic } : {},
    roleSchematics,
    nodes,
    rollout: {
      maxParallel: rollout.workers?.maxParallel ?? 1,
      healthTimeoutMs,
      allowReboots: rollout.allowReboots ?? true,
      removeNodes: rollout.removeNodes ?? false,
      drain: rollout.drain ?? true,
      drainTimeoutMs: ms(rollout.drainTimeout, 5 * 6e4),
      gates
    },
    policyPacks: (plain.policies?.packs ?? DEFAULT_POLICY_PACKS).slice(),
    waivers,
    fieldLines
  };
}
var MAX_NODES_PER_CLUSTER = 5e3;
var MAX_PATCHES_PER_NODE = 256;
var DEFAULT_POLICY_PACKS = ["baseline"];
var CLUSTER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS_LABEL = /^[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?$/;
function isNodeAddress(a) {
  if (isIP(a) !== 0) return true;
  const name = a.endsWith(".") ? a.slice(0, -1) : a;
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split(".");
  return labels.every((l) => DNS_LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1]);
}
function isCalendarDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
function pickError(errs) {
  return [...errs].sort((a, b) => b.instancePath.split("/").length - a.instancePath.split("/").length)[0];
}
function findKeyNode(root, parentPath, key) {
  const parent = nodeAt(root, parentPath);
  if (parent?.t === "map") return parent.entries.find((e) => e.key.text === key)?.key;
  return parent;
}
function fieldName(e) {
  const base = e.instancePath.split("/").slice(1).map((s) => /^\d+$/.test(s) ? `[${s}]` : `.${s}`).join("").replace(/^\./, "");
  if (e.keyword === "additionalProperties") {
    const k = e.params.additionalProperty;
    return base ? `${base}.${k}` : k;
  }
  if (e.keyword === "required") {
    const k = e.params.missingProperty;
    return base ? `${base}.${k}` : k;
  }
  return base;
}

// src/render/inputs.ts
function loadClusterInputs(files, dir, same) {
  const file = `${dir}/cluster.yaml`;
  const id = contentId(files, file);
  if (same && same.dir === dir && id !== void 0 && same.files.get(file)?.id === id) {
    return { ...same, files: contentIds(files, same.files) };
  }
  const text = files.read(file);
  if (text === void 0) throw new TalosGitopsError(`${file} not found`, { file });
  const spec = parseClusterFile(text, file, dir);
  const listed = /* @__PURE__ */ new Map([[file, "cluster file"]]);
  const add = (path2, kind) => {
    if (!listed.has(path2)) listed.set(path2, kind);
  };
  if (!spec.base?.controlplane || !spec.base?.worker) {
    if (spec.secrets) resolve(spec.dir, spec.secrets.path, (p) => add(p, "secrets bundle"));
  }
  for (const role of new Set(spec.nodes.map((n) => n.role))) {
    const committed = spec.base?.[role];
    if (committed) resolve(spec.dir, committed.path, (p) => add(p, `${role} base config`));
  }
  const patches = (refs) => {
    for (const r of refs) if (r.kind === "file") resolve(spec.dir, r.path, (p) => add(p, "patch"));
  };
  patches(spec.patches);
  patches(spec.rolePatches.controlplane);
  patches(spec.rolePatches.worker);
  const shared = [...listed.keys()].filter((p) => p !== file);
  const nodeFiles = /* @__PURE__ */ new Map();
  for (const n of spec.nodes) {
    const own = [];
    for (const r of n.patches) {
      if (r.kind !== "file") continue;
      resolve(spec.dir, r.path, (p) => {
        add(p, "patch");
        own.push(p);
      });
    }
    nodeFiles.set(n.name, own);
  }
  const kinds = new Map([...listed].map(([p, kind]) => [p, { kind, id: void 0 }]));
  return { dir, file, spec, files: contentIds(files, kinds), shared, nodeFiles };
}
function resolve(dir, path2, add) {
  let p;
  try {
    p = repoPath(dir, path2);
  } catch {
    return;
  }
  add(p);
}
function contentIds(files, listed) {
  return new Map([...listed].map(([p, { kind }]) => [p, { kind, id: contentId(files, p) }]));
}
function contentId(files, path2) {
  try {
    return files.contentId(path2);
  } catch (e) {
    return `unreadable: ${e.message}`;
  }
}
function sameInputs(a, b) {
  if (a.dir !== b.dir || a.files.size !== b.files.size) return false;
  for (const [p, f] of a.files) {
    const g = b.files.get(p);
    if (!g || g.id !== f.id) return false;
  }
  return true;
}
function unchangedNodes(a, b) {
  const out = /* @__PURE__ */ new Set();
  const same = (p) => {
    const id = a.files.get(p)?.id;
    return id !== void 0 && id === b.files.get(p)?.id;
  };
  if (a.dir !== b.dir || !same(a.file) || !a.shared.every(same)) return out;
  for (const [node, own] of a.nodeFiles) if (own.every(same)) out.add(node);
  return out;
}
function encryptedInputs(inputs) {
  return [...inputs.files].filter(([p, f]) => f.kind !== "cluster file" && f.id !== void 0 && isSopsPath(p)).map(([path2, f]) => ({ path: path2, kind: f.kind }));
}
function assertListed(inputs, path2) {
  if (!inputs.files.has(path2))
    throw new Error(`rendering ${inputs.dir} read ${path2}, which is not among its inputs (render/inputs.ts)`);
}
function confine(files, inputs) {
  const check = (p) => assertListed(inputs, p);
  return {
    label: files.label,
    read: (p) => {
      check(p);
      return files.read(p);
    },
    contentId: (p) => {
      check(p);
      return files.contentId(p);
    },
    list: (d) => files.list(d),
    isDirectory: (d) => files.isDirectory(d),
    prefetch: (ps) => {
      for (const p of ps) check(p);
      files.prefetch?.(ps);
    }
  };
}

// src/validate/paths.ts
var PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function formatPath(segs) {
  let out = "";
  for (const s of segs) {
    if (typeof s === "number") out += `[${s}]`;
    else if (PLAIN_KEY.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
function documentPath(doc2, segs) {
  const inner = formatPath(segs);
  if (doc2.kind === V1ALPHA1) return inner;
  const label = documentLabel(doc2);
  return inner === "" ? label : `${label}.${inner}`;
}

// src/render/installer-image.ts
function installerImageOf(docs) {
  return installerImage(docs)?.value;
}
function installerImagePath(docs) {
  const slot = installerImageSlot(docs);
  return slot ? documentPath(slot.doc, slot.path) : "installer image";
}
function installerImageOrigin(docs) {
  const slot = installerImageSlot(docs);
  if (!slot) return void 0;
  const parent = slot.path.slice(0, -1).reduce((v, k) => v?.[k], slot.doc.body);
  return parent && typeof parent === "object" ? originOf(parent, slot.path.at(-1)) : void 0;
}
function at2(n, line) {
  const pos = line ? { line, column: 1 } : void 0;
  if (n.t === "map")
    return {
      ...n,
      pos,
      entries: n.entries.map((e) => ({ key: { ...e.key, pos }, value: at2(e.value, line) }))
    };
  if (n.t === "seq") return { ...n, pos, items: n.items.map((i) => at2(i, line)) };
  return { ...n, pos };
}
function withInstallerImage(docs, image, contract, source) {
  const slot = installerImageSlot(docs);
  if (!slot) return docs;
  const set = slot.path.reduceRight((v, k) => ({ [k]: v }), image);
  const doc2 = slot.doc.kind === "v1alpha1" ? set : {
    apiVersion: slot.doc.apiVersion,
    kind: slot.doc.kind,
    ...slot.doc.name ? { name: slot.doc.name } : {},
    ...set
  };
  const entry = decodeDocument(
    {
      root: at2(fromJS(doc2), source.line),
      index: 0,
      pos: source.line ? { line: source.line, column: 1 } : void 0
    },
    { file: source.file, contract }
  );
  return strategicMerge(docs, { type: "strategic", entries: [entry], source: source.file }, contract);
}

// src/render/secret-walk.ts
function walkLeaves(value, segs, visit) {
  if (Array.isArray(value)) {
    for (const item of value) walkLeaves(item, [...segs, "[]"], visit);
    return;
  }
  if (value && typeof value === "object" && !isLeafObject(value)) {
    for (const k of Object.keys(value))
      walkLeaves(value[k], [...segs, k], visit);
    return;
  }
  visit(segs, value);
}
function isLeafObject(v) {
  return "rawQuery" in v && "scheme" in v || v instanceof GoFloat;
}
function registerSecretPaths(docs, registry) {
  for (const d of docs) {
    walkLeaves(d.body, [], (segs, v) => {
      if (v === void 0 || v === null || v === "") return;
      if (isSecretPath(d.kind, segs)) {
        registry.add(typeof v === "object" ? JSON.stringify(v) : String(v));
        if (typeof v === "string" && /^[A-Za-z0-9+/]+=*$/.test(v) && v.length % 4 === 0 && v.length >= 16) {
          const decoded = Buffer.from(v, "base64").toString("utf8");
          if (/^[\t\n\r\x20-\x7e]+$/.test(decoded)) registry.add(decoded);
        }
      }
      const param = secretQueryParam(d.kind, segs);
      if (param && v && typeof v === "object") {
        const q = v.rawQuery ?? "";
        const m = new URLSearchParams(q).get(param);
        if (m) registry.add(m);
      }
    });
  }
}

// src/render/render.ts
var NodeRenderFailures = class extends Error {
  constructor(cluster, failures) {
    super(failures[0].error.message);
    this.cluster = cluster;
    this.failures = failures;
  }
  cluster;
  failures;
};
function renderFailure(cluster, file, e) {
  if (e instanceof NodeRenderFailures)
    return { cluster, file, error: e.failures[0].error, nodeErrors: e.failures, partial: e.cluster };
  return { cluster, file, error: asError(e, file) };
}
var SECRET_PLACEHOLDER = "secret-unavailable";
function clusterFolders(files, clustersDir) {
  const out = [];
  for (const n of files.list(clustersDir)) {
    const dir = repoPath(clustersDir, n);
    try {
      if (!files.isDirectory(dir)) continue;
      if (files.contentId(`${dir}/cluster.yaml`) !== void 0) out.push({ dir });
    } catch (e) {
      const file = `${dir}/cluster.yaml`;
      out.push({
        dir,
        error: e instanceof OutsideRepositoryError ? new TalosGitopsError(e.message, { file }) : asError(e, file)
      });
    }
  }
  return out;
}
function renderCache() {
  return { patches: /* @__PURE__ */ new Map(), bundles: /* @__PURE__ */ new Map(), bases: /* @__PURE__ */ new Map() };
}
function loadFolder(files, folder, same) {
  const file = `${folder.dir}/cluster.yaml`;
  try {
    if (folder.error) throw folder.error;
    return { inputs: loadClusterInputs(files, folder.dir, same) };
  } catch (e) {
    const error = e instanceof OutsideRepositoryError ? new TalosGitopsError(e.message, { file }) : asError(e, file);
    return { error: { cluster: folder.dir.split("/").pop(), file, error } };
  }
}
function sameName(seen, inputs) {
  const { spec, file } = inputs;
  const twin = seen.get(spec.name);
  if (!twin) {
    seen.set(spec.name, file);
    return void 0;
  }
  return {
    cluster: spec.name,
    file,
    error: new TalosGitopsError(`cluster name ${JSON.stringify(spec.name)} is already used by ${twin}`, {
      file,
      line: spec.fieldLines.name ?? 1,
      field: "name"
    })
  };
}
async function renderFleet(opts) {
  const clustersDir = opts.clustersDir ?? "clusters";
  const fleet = { root: opts.files.label, clusters: [] };
  const errors = [];
  const cache = renderCache();
  const seen = /* @__PURE__ */ new Map();
  const wanted = [];
  for (const folder of clusterFolders(opts.files, clustersDir)) {
    const loaded = loadFolder(opts.files, folder);
    if (loaded.error) {
      wanted.push(loaded.error);
      continue;
    }
    const { spec } = loaded.inputs;
    const twin = sameName(seen, loaded.inputs);
    if (twin) {
      wanted.push(twin);
      continue;
    }
    if (opts.clusters?.length && !opts.clusters.includes(spec.name)) continue;
    if (opts.stages?.length && !opts.stages.includes(spec.stage)) continue;
    wanted.push(loaded.inputs);
  }
  const isInputs = (w) => "files" in w;
  opts.files.prefetch?.(wanted.filter(isInputs).flatMap((i) => [...i.files.keys()]));
  for (const inputs of wanted) {
    if (!isInputs(inputs)) {
      errors.push(inputs);
      continue;
    }
    try {
      fleet.clusters.push(await renderClusterInputs(inputs, opts, cache));
    } catch (e) {
      errors.push(renderFailure(inputs.spec.name, inputs.spec.file, e));
    }
  }
  if (opts.clusters?.length) {
    for (const name of opts.clusters) {
      if (!fleet.clusters.some((c) => c.name === name) && !errors.some((e) => e.cluster === name)) {
        errors.push({
          cluster: name,
          file: clustersDir,
          error: new TalosGitopsError(`no cluster named ${JSON.stringify(name)} in ${clustersDir}/`)
        });
      }
    }
  }
  return { fleet, errors };
}
function pathFrom(dir, p, source, what) {
  try {
    return repoPath(dir, p);
  } catch (e) {
    if (e instanceof OutsideRepositoryError)
      throw new TalosGitopsError(`${what} ${e.message}`, { file: source.file, line: source.line });
    throw e;
  }
}
function asError(e, file) {
  if (e instanceof TalosGitopsError) return e;
  return new TalosGitopsError(e.message ?? String(e), { file });
}
function hiddenNote(path2, what) {
  return `${path2} (${what}; no key to decrypt it here)`;
}
var Secrets = class {
  constructor(opts, hidden) {
    this.opts = opts;
    this.hidden = hidden;
  }
  opts;
  hidden;
  /** Reads (and decrypts, for .sops files) a file; null when secrets are unavailable and allowed to be. */
  async read(path2, ref, what) {
    let text;
    try {
      text = this.opts.files.read(path2);
    } catch (e) {
      if (e instanceof OutsideRepositoryError)
        throw new TalosGitopsError(`${what} ${e.message}`, { file: ref.file, line: ref.line });
      throw e;
    }
    if (text === void 0) {
      throw new TalosGitopsError(`${what} ${path2} not found`, { file: ref.file, line: ref.line });
    }
    if (!isSopsPath(path2)) return { text };
    try {
      const dec = await decryptSopsFile(text, path2, this.opts.identities);
      this.opts.registry.addAll(dec.secretValues);
      return {
        text: "",
        parsed: fromParsedDocuments(dec.documents, dec.lineCounter, path2),
        plain: dec.values[0],
        secrets: dec.secretValues
      };
    } catch (e) {
      const unavailable = e instanceof SopsError && e.reason === "no-identity";
      if (unavailable && this.opts.allowMissingSecrets) {
        this.hidden.push(hiddenNote(path2, what));
        return null;
      }
      throw e;
    }
  }
};
async function renderClusterInputs(inputs, options, cache, reuse) {
  const { spec } = inputs;
  const opts = { ...options, files: confine(options.files, inputs) };
  opts.files.prefetch?.([...inputs.files.keys()]);
  const contract = contractForVersion(spec.talosVersion)?.contract ?? contractOf(spec.talosVersion);
  const hidden = [];
  const secrets = new Secrets(opts, hidden);
  const roles = [...new Set(spec.nodes.map((n) => n.role))];
  const bases = /* @__PURE__ */ new Map();
  let bundle;
  let bundleKey = "no bundle";
  if (!spec.base?.controlplane || !spec.base?.worker) {
    if (!spec.secrets) {
      throw new TalosGitopsError(
        "needs `secrets` (the encrypted secrets bundle) or a `base` config for every role",
        {
          file: spec.file,
          line: 1
        }
      );
    }
    const path2 = pathFrom(spec.dir, spec.secrets.path, spec.secrets.source, "secrets bundle");
    bundleKey = `${path2}@${inputs.files.get(path2)?.id}`;
    let entry = cache.bundles.get(bundleKey);
    if (!entry) {
      const source = spec.secrets.source;
      entry = (async () => {
        const read = await new Secrets(opts, []).read(path2, source, "secrets bundle");
        if (read === null) return { bundle: null, secrets: [] };
        if (!isSopsPath(path2)) {
          throw new TalosGitopsError(
            `secrets bundle ${path2} must be SOPS-encrypted (name it *.sops.yaml)`,
            source
          );
        }
        const parsed = parseSecretsBundle(read.plain, path2);
        return { bundle: parsed, secrets: [...read.secrets ?? [], ...secretValuesOf(parsed)] };
      })();
      cache.bundles.set(bundleKey, entry);
    }
    const got = await entry;
    opts.registry.addAll(got.secrets);
    if (got.bundle === null) hidden.push(hiddenNote(path2, "secrets bundle"));
    bundle = got.bundle ?? placeholderBundle();
  }
  for (const role of roles) {
    const committed = spec.base?.[role];
    if (committed) {
      const path2 = pathFrom(spec.dir, committed.path, committed.source, `${role} base config`);
      const read = await secrets.read(path2, committed.source, `${role} base config`);
      if (read === null)
        throw new TalosGitopsError(`${role} base config ${path2} cannot be decrypted here`, committed.source);
      bases.set(role, loadConfig(read.text, path2, contract, read.parsed));
      continue;
    }
    const input = {
      bundle,
      clusterName: spec.name,
      endpoint: spec.endpoint,
      talosVersion: spec.talosVersion,
      kubernetesVersion: spec.kubernetesVersion,
      role
    };
    const key = JSON.stringify([
      bundleKey,
      spec.file,
      input.clusterName,
      input.endpoint,
      input.talosVersion,
      input.kubernetesVersion,
      role
    ]);
    let base = cache.bases.get(key);
    if (!base) {
      base = decodeConfig(
        generateBaseConfig(input).map((d, index) => ({ root: fromJS(d), index })),
        { file: `${spec.file} (generated base)`, contract, trackOrigins: false }
      );
      cache.bases.set(key, base);
    }
    bases.set(role, base);
  }
  const load = async (ref) => {
    if (ref.kind === "inline") {
      return loadPatch("", spec.file, { contract }, [
        { root: structuredCloneY(ref.node), index: 0, pos: ref.node.pos }
      ]);
    }
    const path2 = pathFrom(spec.dir, ref.path, ref.source, "patch");
    const key = `${path2}@${inputs.files.get(path2)?.id}@${contract}`;
    const cached = cache.patches.get(key);
    if (!cached) {
      const p = (async () => {
        const read = await secrets.read(path2, ref.source, "patch");
        if (read === null) return { patch: null, secrets: [] };
        const parsed = read.parsed ?? parseYamlDocuments(read.text, path2);
        return { patch: loadPatch(read.text, path2, { contract }, parsed), secrets: read.secrets ?? [] };
      })();
      cache.patches.set(key, p);
      return (await p).patch;
    }
    assertListed(inputs, path2);
    const { patch, secrets: values } = await cached;
    opts.registry.addAll(values);
    if (patch === null && !hidden.includes(hiddenNote(path2, "patch"))) hidden.push(hiddenNote(path2, "patch"));
    return patch;
  };
  const loadAll = async (refs) => {
    const out = [];
    for (const r of refs) {
      const p = await load(r);
      if (p) out.push(p);
    }
    return out;
  };
  const clusterPatches = await loadAll(spec.patches);
  const rolePatches = {
    controlplane: await loadAll(spec.rolePatches.controlplane),
    worker: await loadAll(spec.rolePatches.worker)
  };
  const prefixes = /* @__PURE__ */ new Map();
  const prefixOf = (role) => {
    const shared = [...clusterPatches, ...rolePatches[role]];
    if (shared.some((p) => p.type === "json")) return void 0;
    let prefix = prefixes.get(role);
    if (!prefix) {
      try {
        prefix = { docs: applyPatches({ docs: bases.get(role) }, shared, spec.file, contract).docs };
      } catch (error) {
        prefix = { error };
      }
      prefixes.set(role, prefix);
    }
    if ("error" in prefix) throw prefix.error;
    return prefix.docs;
  };
  const nodes = [];
  const failures = [];
  for (const n of spec.nodes) {
    const same = reuse?.nodes.has(n.name) ? reuse.from.nodes.find((x) => x.name === n.name) : void 0;
    if (same) {
      nodes.push({ ...same, docs: copyDocuments(same.docs), patches: [...same.patches] });
      continue;
    }
    try {
      nodes.push(await renderNode(n));
    } catch (e) {
      failures.push({ node: n.name, error: asError(e, n.source.file ?? spec.file) });
    }
  }
  async function renderNode(n) {
    const nodePatches = await loadAll(n.patches);
    const label = `${spec.file} (node ${n.name})`;
    const prefix = prefixOf(n.role);
    const state = prefix ? nodePatches.length > 0 ? applyPatches({ docs: prefix }, nodePatches, label, contract) : { docs: copyDocuments(prefix) } : applyPatches(
      { docs: bases.get(n.role) },
      [...clusterPatches, ...rolePatches[n.role], ...nodePatches],
      label,
      contract
    );
    let text = stateText(state, contract);
    let docs = state.docs ?? loadConfig(text, label, contract);
    const schematic = combineSchematic(
      [spec.schematic, spec.roleSchematics[n.role], n.schematic],
      spec.talosVersion
    );
    if (schematic) {
      docs = installFromSchematic(docs, schematic, spec, contract, n.name);
      text = stateText({ docs }, contract);
    }
    registerSecretPaths(docs, opts.registry);
    return {
      cluster: spec.name,
      name: n.name,
      role: n.role,
      address: n.address,
      source: n.source,
      docs,
      text,
      ...schematic ? { schematic } : {},
      patches: [...spec.patches, ...spec.rolePatches[n.role], ...n.patches].map(
        (r) => r.kind === "file" ? { file: repoPath(spec.dir, r.path), line: r.source.line } : r.source
      )
    };
  }
  const cluster = {
    name: spec.name,
    stage: spec.stage,
    file: spec.file,
    dir: spec.dir,
    endpoint: spec.endpoint,
    talosVersion: spec.talosVersion,
    kubernetesVersion: kubernetesVersionOf2(nodes, spec.kubernetesVersion),
    contract,
    platform: spec.platform,
    nodes,
    rollout: {
      workersMaxParallel: spec.rollout.maxParallel,
      healthTimeoutMs: spec.rollout.healthTimeoutMs,
      allowReboots: spec.rollout.allowReboots,
      removeNodes: spec.rollout.removeNodes,
      drain: spec.rollout.drain,
      drainTimeoutMs: spec.rollout.drainTimeoutMs,
      gates: spec.rollout.gates
    },
    waivers: spec.waivers,
    policyPacks: spec.policyPacks,
    fieldLines: spec.fieldLines,
    ...bundle && hidden.length === 0 ? { kubernetesCa: { ...bundle.certs.k8s } } : {},
    hidden
  };
  if (failures.length > 0) throw new NodeRenderFailures(cluster, failures);
  return cluster;
}
function installFromSchematic(docs, schematic, spec, contract, node) {
  const current = installerImageOf(docs);
  const origin = installerImageOrigin(docs);
  const fromPatch = origin && !origin.file.endsWith("(generated base)") && !isBaseFile(spec, origin.file);
  const where = schematic.sources[schematic.sources.length - 1];
  if (current && current !== schematic.installerImage && fromPatch) {
    throw new TalosGitopsError(
      `node ${node}: ${installerImagePath(docs)} is set to ${current} by ${origin.file}${origin.line ? `:${origin.line}` : ""}, but the schematic (${where.file}:${where.line ?? "?"}) installs ${schematic.installerImage}; remove the image from the patch, the schematic decides it`,
      { file: origin.file, line: origin.line, field: installerImagePath(docs) }
    );
  }
  return withInstallerImage(docs, schematic.installerImage, contract, where);
}
function isBaseFile(spec, file) {
  return Object.values(spec.base ?? {}).some((b) => b && repoPath(spec.dir, b.path) === file);
}
function kubernetesVersionOf2(nodes, declared) {
  if (declared) return declared.startsWith("v") ? declared : `v${declared}`;
  for (const n of nodes) {
    const v = kubernetesVersionOf(n.docs);
    if (v) return v;
  }
  return "";
}
function structuredCloneY(n) {
  return JSON.parse(JSON.stringify(n));
}
function placeholderBundle() {
  const pair = { crt: SECRET_PLACEHOLDER, key: SECRET_PLACEHOLDER };
  return {
    cluster: { id: SECRET_PLACEHOLDER, secret: SECRET_PLACEHOLDER },
    secrets: { bootstrapToken: SECRET_PLACEHOLDER, secretboxEncryptionSecret: SECRET_PLACEHOLDER },
    trustdInfo: { token: SECRET_PLACEHOLDER },
    certs: {
      etcd: pair,
      k8s: pair,
      k8sAggregator: pair,
      k8sServiceAccount: { key: SECRET_PLACEHOLDER },
      os: pair
    }
  };
}

// src/secrets/registry.ts
var REDACTED = "<redacted>";
var MIN_TEXT_LENGTH = 6;
var FRAGMENT = 16;
var HASH_BASE = 16777619;
var ANCHOR = FRAGMENT / 2;
var OUT_WEIGHT = (() => {
  let w = 1;
  for (let i = 0; i < ANCHOR; i++) w = Math.imul(w, HASH_BASE);
  return w;
})();
function isSpace(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var FILTER_BITS = 21;
function sidesHash(v, at3) {
  const from = Math.max(0, at3 - ANCHOR);
  const to = Math.min(v.length, at3 + 2 * ANCHOR);
  let h = Math.imul(at3 - from + 1, 2654435761) ^ to - at3;
  for (let k = from; k < to; k++) h = Math.imul(h, HASH_BASE) + v.charCodeAt(k) | 0;
  h ^= h >>> 15;
  h = Math.imul(h, 739982445);
  h ^= h >>> 12;
  return h || 1;
}
function anchorHash(v, at3) {
  let h = 0;
  for (let k = at3; k < at3 + ANCHOR; k++) h = Math.imul(h, HASH_BASE) + v.charCodeAt(k) | 0;
  return h || 1;
}
var FragmentTable = class {
  /** [hash, first place] pairs; hash 0 marks an empty slot (a piece hashing to 0 is stored as 1). */
  slots = new Int32Array(64);
  bits = 5;
  /** Every place: its value (index into `values`), offset, and the next place of the same piece. */
  owner = new Int32Array(16);
  offset = new Int32Array(16);
  next = new Int32Array(16);
  places = 0;
  pieces = 0;
  /**
   * One bit per hash prefix of the pieces here: most characters redacted are no piece's end, and
   * this answers for them from 256 KB (the cache) instead of the table.
   */
  filter = new Int32Array(1 << FILTER_BITS - 5);
  /**
   * [hash of a place's piece and sides, place] pairs, to tell a new place from one already here:
   * the places of every piece found more than once.
   */
  sides = new Int32Array(64);
  sideBits = 5;
  sided = 0;
  /** 1 for a place in `sides`; a piece's only place is not (most pieces are found in one value). */
  sidedPlace = new Uint8Array(16);
  values = [];
  add(v) {
    const i = this.values.push(v) - 1;
    for (let at3 = 0; at3 + ANCHOR <= v.length; at3 += ANCHOR) this.insert(anchorHash(v, at3), i, at3);
  }
  insert(h, owner, at3) {
    if ((this.pieces + 1) * 2 > 1 << this.bits) this.grow();
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    const v = this.values[owner];
    let slot = h >>> 32 - this.bits;
    for (; slots[slot * 2] !== 0; slot = slot + 1 & mask) {
      if (slots[slot * 2] !== h) continue;
      const first = slots[slot * 2 + 1];
      if (!this.samePiece(first, v, at3)) continue;
      if (this.sidedPlace[first] === 0) {
        const w = this.values[this.owner[first]];
        this.side(sidesHash(w, this.offset[first]), first);
      }
      const c = sidesHash(v, at3);
      if (this.known(c, v, at3)) return;
      const p = this.place(owner, at3, first);
      this.side(c, p);
      slots[slot * 2 + 1] = p;
      return;
    }
    slots[slot * 2] = h;
    slots[slot * 2 + 1] = this.place(owner, at3, -1);
    this.pieces++;
    const bit = h >>> 32 - FILTER_BITS;
    this.filter[bit >>> 5] |= 1 << (bit & 31);
  }
  /** Whether a place with the piece and sides of v's piece at `at` (sides hashing to c) is here. */
  known(c, v, at3) {
    const mask = (1 << this.sideBits) - 1;
    for (let slot = c >>> 32 - this.sideBits; this.sides[slot * 2] !== 0; slot = slot + 1 & mask) {
      const p = this.sides[slot * 2 + 1];
      if (this.sides[slot * 2] === c && this.samePiece(p, v, at3) && this.sameSides(p, v, at3)) return true;
    }
    return false;
  }
  place(owner, at3, next) {
    if (this.places === this.owner.length) {
      const more = (a) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.owner = more(this.owner);
      this.offset = more(this.offset);
      this.next = more(this.next);
      const flags = new Uint8Array(this.sidedPlace.length * 2);
      flags.set(this.sidedPlace);
      this.sidedPlace = flags;
    }
    const p = this.places++;
    this.owner[p] = owner;
    this.offset[p] = at3;
    this.next[p] = next;
    return p;
  }
  side(c, p) {
    this.sidedPlace[p] = 1;
    if (++this.sided * 2 > 1 << this.sideBits) {
      const old = this.sides;
      this.sideBits++;
      this.sides = new Int32Array(2 << this.sideBits);
      for (let k = 0; k < old.length; k += 2) if (old[k] !== 0) this.sideAt(old[k], old[k + 1]);
    }
    this.sideAt(c, p);
  }
  sideAt(c, p) {
    const mask = (1 << this.sideBits) - 1;
    let slot = c >>> 32 - this.sideBits;
    while (this.sides[slot * 2] !== 0) slot = slot + 1 & mask;
    this.sides[slot * 2] = c;
    this.sides[slot * 2 + 1] = p;
  }
  grow() {
    const old = this.slots;
    this.bits++;
    this.slots = new Int32Array(2 << this.bits);
    const mask = (1 << this.bits) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] === 0) continue;
      let slot = old[k] >>> 32 - this.bits;
      while (this.slots[slot * 2] !== 0) slot = slot + 1 & mask;
      this.slots[slot * 2] = old[k];
      this.slots[slot * 2 + 1] = old[k + 1];
    }
  }
  samePiece(p, text, at3) {
    const v = this.values[this.owner[p]];
    const o = this.offset[p];
    for (let k = 0; k < ANCHOR; k++) if (v.charCodeAt(o + k) !== text.charCodeAt(at3 + k)) return false;
    return true;
  }
  /** Whether a place and v's piece at `at` have the same 8 characters (or fewer, at an end) either side. */
  sameSides(p, v, at3) {
    const w = this.values[this.owner[p]];
    const o = this.offset[p];
    const before = Math.min(ANCHOR, at3);
    const after = Math.min(ANCHOR, v.length - at3 - ANCHOR);
    if (Math.min(ANCHOR, o) !== before || Math.min(ANCHOR, w.length - o - ANCHOR) !== after) return false;
    for (let k = -before; k < ANCHOR + after; k++)
      if (w.charCodeAt(o + k) !== v.charCodeAt(at3 + k)) return false;
    return true;
  }
  /** The slot holding a piece of this hash, or -1 (called for every character redacted: kept small). */
  probe(hash) {
    const h = hash || 1;
    const bit = h >>> 32 - FILTER_BITS;
    if ((this.filter[bit >>> 5] & 1 << (bit & 31)) === 0) return -1;
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    for (let slot = h >>> 32 - this.bits; slots[slot * 2] !== 0; slot = slot + 1 & mask) {
      if (slots[slot * 2] === h) return slot;
    }
    return -1;
  }
  /**
   * Given a slot `probe` found for text[at, at+8): every 16-character window around it that is a
   * fragment of a registered value (and not white space alone), as [start, end) pairs. Slots of
   * the same hash follow it (a collision).
   */
  find(slot, text, at3, out) {
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    const h = slots[slot * 2];
    let windows = 0;
    for (; slots[slot * 2] !== 0; slot = slot + 1 & mask) {
      if (slots[slot * 2] !== h || !this.samePiece(slots[slot * 2 + 1], text, at3)) continue;
      for (let p = slots[slot * 2 + 1]; p !== -1 && windows !== EVERY_WINDOW; p = this.next[p]) {
        const v = this.values[this.owner[p]];
        const o = this.offset[p];
        let l = 0;
        while (l < ANCHOR && l < o && l < at3 && text.charCodeAt(at3 - l - 1) === v.charCodeAt(o - l - 1)) l++;
        let r = 0;
        const room = Math.min(ANCHOR, v.length - o - ANCHOR, text.length - at3 - ANCHOR);
        while (r < room && text.charCodeAt(at3 + ANCHOR + r) === v.charCodeAt(o + ANCHOR + r)) r++;
        for (let x = at3 - l; x + FRAGMENT <= at3 + ANCHOR + r; x++) {
          const bit = 1 << x - at3 + ANCHOR;
          if (windows & bit) continue;
          windows |= bit;
          if (!blank(text, x)) out.push(x, x + FRAGMENT);
        }
      }
      return;
    }
  }
};
var EVERY_WINDOW = (1 << ANCHOR + 1) - 1;
function blank(text, start) {
  for (let k = start; k < start + FRAGMENT; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}
var ShortValues = class {
  next = [/* @__PURE__ */ new Map()];
  fail = [0];
  /** Longest pattern ending at each state (following failure links), 0 for none. */
  out = [0];
  constructor(patterns) {
    for (const p of patterns) {
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let t = this.next[s].get(c);
        if (t === void 0) {
          t = this.next.length;
          this.next.push(/* @__PURE__ */ new Map());
          this.fail.push(0);
          this.out.push(0);
          this.next[s].set(c, t);
        }
        s = t;
      }
      this.out[s] = Math.max(this.out[s], p.length);
    }
    const queue = [];
    for (const t of this.next[0].values()) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, t] of this.next[s]) {
        let f = this.fail[s];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const ft = this.next[f].get(c);
        this.fail[t] = ft !== void 0 && ft !== t ? ft : 0;
        this.out[t] = Math.max(this.out[t], this.out[this.fail[t]]);
        queue.push(t);
      }
    }
  }
  get empty() {
    return this.next.length === 1;
  }
  step(s, c) {
    while (s !== 0 && !this.next[s].has(c)) s = this.fail[s];
    return this.next[s].get(c) ?? 0;
  }
  longestEndingAt(s) {
    return this.out[s];
  }
};
var SecretRegistry = class {
  values = /* @__PURE__ */ new Set();
  fragments = new FragmentTable();
  /** Long values registered since the last redaction, not yet in `fragments`. */
  pending = [];
  /** The lines registered for a multi-line value are inside it: their windows are its windows. */
  lines = /* @__PURE__ */ new Set();
  shortValues = [];
  short = null;
  listeners = [];
  /** Registers a value and the forms it appears in (base64, each line of multi-line text). */
  add(value) {
    if (value === void 0 || value === null) return;
    const v = String(value);
    if (v.trim() === "" || this.values.has(v)) return;
    this.register(v);
    if (v.includes("\n")) {
      for (const line of v.split("\n"))
        if (line.trim().length >= 16) {
          this.lines.add(line.trim());
          this.register(line.trim());
        }
    }
    if (v.length >= MIN_TEXT_LENGTH && !/^[A-Za-z0-9+/]+=*$/.test(v))
      this.register(Buffer.from(v, "utf8").toString("base64"));
  }
  addAll(values) {
    for (const v of values) this.add(v);
  }
  register(v) {
    if (this.values.has(v)) return;
    this.values.add(v);
    if (v.length >= FRAGMENT) this.pending.push(v);
    else if (v.length >= MIN_TEXT_LENGTH) {
      this.shortValues.push(v);
      this.short = null;
    }
    for (const l of this.listeners) l(v);
  }
  /** Called for every value registered from now on (the action passes them to core.setSecret). */
  onAdd(listener) {
    this.listeners.push(listener);
    for (const v of this.values) listener(v);
  }
  has(value) {
    return this.values.has(value);
  }
  get size() {
    return this.values.size;
  }
  all() {
    return [...this.values];
  }
  built() {
    for (const v of this.pending) if (!this.lines.has(v)) this.fragments.add(v);
    this.pending = [];
    this.short ??= new ShortValues(this.shortValues);
    return { fragments: this.fragments, short: this.short };
  }
  /** Replaces every occurrence of a registered value, and of any 16-character fragment of one. */
  redact(text) {
    if (this.values.size === 0 || text === "") return text;
    if (this.values.has(text)) return REDACTED;
    const { fragments, short } = this.built();
    const found = [];
    let h = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h = Math.imul(h, HASH_BASE) + c | 0;
      if (i >= ANCHOR) h = h - Math.imul(text.charCodeAt(i - ANCHOR), OUT_WEIGHT) | 0;
      if (i >= ANCHOR - 1) {
        const slot = fragments.probe(h);
        if (slot >= 0) fragments.find(slot, text, i - ANCHOR + 1, found);
      }
      if (!short.empty) {
        state = short.step(state, c);
        const len = short.longestEndingAt(state);
        if (len > 0) found.push(i - len + 1, i + 1);
      }
    }
    if (found.length === 0) return text;
    const reach = new Int32Array(text.length);
    for (let k = 0; k < found.length; k += 2) {
      if (found[k + 1] > reach[found[k]]) reach[found[k]] = found[k + 1];
    }
    let out = "";
    let at3 = 0;
    let end = -1;
    for (let i = 0; i < text.length; i++) {
      const r = reach[i];
      if (r === 0 || r <= end) continue;
      if (i > end) out += text.slice(at3, i) + REDACTED;
      end = r;
      at3 = r;
    }
    return out + text.slice(at3);
  }
};

export {
  parseSecretsBundle,
  secretValuesOf,
  generateBaseConfig,
  APPLY_MODE_WIRE,
  applyModeFromWire,
  MACHINE_STAGES,
  REBOOT_MODE_WIRE,
  imageTag,
  timestampToDate,
  dateToTimestamp,
  imageSlot,
  installerImage,
  imageRepository,
  kubernetesVersionOf,
  repoPath,
  workTreeFiles,
  gitRefFiles,
  memoryFiles,
  overlayFiles,
  parseFactorySchematic,
  schematicId,
  EMPTY_SCHEMATIC_ID,
  DEFAULT_FACTORY,
  factoryInstallerImage,
  installerVariant,
  combineSchematic,
  extensionChange,
  policyFileValidator,
  parseClusterFile,
  DEFAULT_POLICY_PACKS,
  sameInputs,
  unchangedNodes,
  encryptedInputs,
  formatPath,
  documentPath,
  installerImageOf,
  registerSecretPaths,
  renderFailure,
  clusterFolders,
  renderCache,
  loadFolder,
  sameName,
  renderFleet,
  hiddenNote,
  renderClusterInputs,
  SecretRegistry
};
