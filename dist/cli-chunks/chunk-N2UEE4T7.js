import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  V1ALPHA1,
  allKinds,
  contractIndex,
  existsIn,
  formatGoAddr,
  formatGoPrefix,
  isMaskedPrefix,
  isUnspecifiedAddr,
  kindDef,
  normalizeAddr,
  normalizeAddrPort,
  normalizePrefix,
  parseGoAddr,
  parseGoPrefix,
  prefixContains,
  require_dist,
  structInfo
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";
import {
  __export,
  __toESM
} from "./chunk-ZD72TYB7.js";

// src/yaml/ynode.ts
var import_yaml = __toESM(require_dist(), 1);

// src/yaml/plain-block.ts
var Outside = class {
};
var OUTSIDE = new Outside();
var out = () => {
  throw OUTSIDE;
};
var MAX_DEPTH = 64;
function parsePlainBlockYaml(text2) {
  if (OUTSIDE_ASCII.test(text2)) return void 0;
  try {
    return new PlainBlockParser(text2).documents();
  } catch (e) {
    if (e === OUTSIDE) return void 0;
    throw e;
  }
}
var OUTSIDE_ASCII = /[^\n\x20-\x7e]/;
var isSpace = (c) => c === " ";
var lineEnd = (c) => c === void 0 || c === "\n";
var INDICATORS = /* @__PURE__ */ new Set([",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", '"', "%", "@", "`"]);
var FLOW_STOP = /* @__PURE__ */ new Set([",", "[", "]", "{", "}"]);
var PlainBlockParser = class {
  constructor(text2) {
    this.text = text2;
    let start = 0;
    while (start <= text2.length) {
      let end = text2.indexOf("\n", start);
      if (end < 0) end = text2.length;
      let at = start;
      while (at < end && text2[at] === " ") at++;
      this.lines.push({ start, at, end, indent: at - start, no: this.lines.length + 1 });
      if (end === text2.length) break;
      start = end + 1;
    }
  }
  text;
  lines = [];
  /** The content lines (not blank, not comments) of the document being parsed. */
  doc = [];
  i = 0;
  depth = 0;
  pos(offset, line) {
    return { line: line.no, column: offset - line.start + 1 };
  }
  documents() {
    const docs = [];
    let current = [];
    let started = false;
    const finish = () => {
      if (current.length === 0) out();
      this.doc = current;
      this.i = 0;
      const root = this.block(current[0].indent, current[0].at);
      if (this.i !== current.length) out();
      const pos = root.pos ?? out();
      docs.push({ root, index: docs.length, pos });
      current = [];
    };
    for (const line of this.lines) {
      const t = this.text;
      if (line.indent === 0 && t.startsWith("---", line.start)) {
        if (line.end !== line.start + 3) out();
        if (started || current.length > 0) finish();
        started = true;
        continue;
      }
      if (line.indent === 0 && (t.startsWith("...", line.start) || t[line.start] === "%")) out();
      if (line.at === line.end || t[line.at] === "#") continue;
      started = true;
      current.push(line);
    }
    finish();
    return docs;
  }
  get line() {
    return this.doc[this.i];
  }
  /** A mapping or sequence whose first line is the current one, its content starting at `at`. */
  block(indent, at) {
    if (++this.depth > MAX_DEPTH) out();
    try {
      return this.isItem(at) ? this.seq(indent) : this.map(indent, at);
    } finally {
      this.depth--;
    }
  }
  isItem(at) {
    const t = this.text;
    return t[at] === "-" && (isSpace(t[at + 1]) || lineEnd(t[at + 1]));
  }
  seq(indent) {
    const first = this.line;
    const items = [];
    while (this.line && this.line.indent === indent && this.isItem(this.line.at)) {
      const line = this.line;
      let at = line.at + 1;
      while (isSpace(this.text[at])) at++;
      if (at >= line.end || this.text[at] === "#") out();
      if (this.isItem(at)) out();
      if (this.keyEnd(at, line) !== void 0) {
        items.push(this.block(at - line.start, at));
      } else {
        items.push(this.inlineValue(at, line));
        this.i++;
      }
      const next = this.line;
      if (next && next.indent > indent) out();
    }
    return { t: "seq", items, pos: this.pos(first.at, first) };
  }
  /** A mapping at `indent`; its first key starts at `at` (past a `- ` when it opens a sequence item). */
  map(indent, at) {
    const first = this.line;
    const entries = [];
    const seen = /* @__PURE__ */ new Set();
    let keyAt = at;
    for (; ; ) {
      const line = this.line;
      const end = this.keyEnd(keyAt, line) ?? out();
      const key = this.key(keyAt, end, line);
      if (seen.has(key.text) || key.text === "<<" && !key.quoted) out();
      seen.add(key.text);
      let v = end + 1;
      while (isSpace(this.text[v])) v++;
      let value;
      if (v >= line.end || this.text[v] === "#") {
        this.i++;
        const next2 = this.line ?? out();
        if (next2.indent > indent) value = this.block(next2.indent, next2.at);
        else if (next2.indent === indent && this.isItem(next2.at)) value = this.block(indent, next2.at);
        else out();
      } else {
        value = this.inlineValue(v, line);
        this.i++;
      }
      entries.push({ key, value });
      const next = this.line;
      if (!next || next.indent < indent) break;
      if (next.indent > indent || this.isItem(next.at)) out();
      keyAt = next.at;
    }
    return { t: "map", entries, pos: this.pos(at, first) };
  }
  /** Where the `:` of a block mapping key starting at `at` is, if the line holds one. */
  keyEnd(at, line) {
    const t = this.text;
    const c = t[at];
    if (c === '"' || c === "'") {
      const close = this.quotedEnd(at, line);
      return t[close] === ":" && (isSpace(t[close + 1]) || close + 1 >= line.end) ? close : void 0;
    }
    if (!this.plainStart(at, line)) return void 0;
    for (let k = at; k < line.end; k++) {
      const d = t[k];
      if (d === "#" && isSpace(t[k - 1])) return void 0;
      if (d === ":" && (isSpace(t[k + 1]) || k + 1 >= line.end)) {
        if (isSpace(t[k - 1]) || k - at > 1024) out();
        return k;
      }
    }
    return void 0;
  }
  key(at, end, line) {
    const t = this.text;
    if (t[at] === '"' || t[at] === "'") return this.quoted(at, line).node;
    const text2 = t.slice(at, end);
    for (const c of text2) if (FLOW_STOP.has(c)) out();
    return { t: "scalar", text: text2, quoted: false, pos: this.pos(at, line) };
  }
  plainStart(at, line) {
    const t = this.text;
    const c = t[at];
    if (INDICATORS.has(c) || c === "?" || c === ":") return false;
    return c !== "-" || at + 1 < line.end && !isSpace(t[at + 1]);
  }
  /** A value on the rest of the line (a scalar or a flow collection), nothing after it but a comment. */
  inlineValue(at, line) {
    const t = this.text;
    const c = t[at];
    let node2;
    let after;
    if (c === "[" || c === "{") {
      const r = this.flow(at, line);
      node2 = r.node;
      after = r.after;
    } else if (c === '"' || c === "'") {
      const r = this.quoted(at, line);
      node2 = r.node;
      after = r.after;
    } else {
      if (!this.plainStart(at, line)) out();
      let k = at;
      for (; k < line.end; k++) {
        const d = t[k];
        if (d === "#" && isSpace(t[k - 1])) break;
        if (d === ":" && (isSpace(t[k + 1]) || k + 1 >= line.end)) out();
      }
      let e = k;
      while (isSpace(t[e - 1])) e--;
      node2 = { t: "scalar", text: t.slice(at, e), quoted: false, pos: this.pos(at, line) };
      after = e;
    }
    this.restIsComment(after, line);
    return node2;
  }
  restIsComment(after, line) {
    const t = this.text;
    let k = after;
    while (isSpace(t[k])) k++;
    if (k < line.end && !(t[k] === "#" && k > after)) out();
  }
  quotedEnd(at, line) {
    const t = this.text;
    const q6 = t[at];
    for (let k = at + 1; k < line.end; k++) {
      if (q6 === '"' && t[k] === "\\") out();
      if (t[k] === q6) {
        if (q6 === "'" && t[k + 1] === "'") {
          k++;
          continue;
        }
        return k + 1;
      }
    }
    return out();
  }
  quoted(at, line) {
    const after = this.quotedEnd(at, line);
    let text2 = this.text.slice(at + 1, after - 1);
    if (this.text[at] === "'") text2 = text2.replaceAll("''", "'");
    return { node: { t: "scalar", text: text2, quoted: true, pos: this.pos(at, line) }, after };
  }
  /** A flow collection closed on the same line. */
  flow(at, line) {
    if (++this.depth > MAX_DEPTH) out();
    try {
      const t = this.text;
      const close = t[at] === "[" ? "]" : "}";
      const pos = this.pos(at, line);
      const items = [];
      const entries = [];
      const seen = /* @__PURE__ */ new Set();
      let k = this.skip(at + 1, line);
      if (t[k] === close) {
        return { node: close === "]" ? { t: "seq", items, pos } : { t: "map", entries, pos }, after: k + 1 };
      }
      for (; ; ) {
        if (close === "]") {
          const r = this.flowValue(k, line);
          items.push(r.node);
          k = this.skip(r.after, line);
          if (t[k] === ":") out();
        } else {
          const c = t[k];
          if (c === "[" || c === "{") out();
          const key = this.flowValue(k, line);
          if (key.node.t !== "scalar") out();
          const keyNode = key.node;
          if (t[key.after] !== ":" || !isSpace(t[key.after + 1])) out();
          if (seen.has(keyNode.text) || keyNode.text === "<<" && !keyNode.quoted) out();
          seen.add(keyNode.text);
          const value = this.flowValue(this.skip(key.after + 1, line), line);
          entries.push({ key: keyNode, value: value.node });
          k = this.skip(value.after, line);
        }
        if (t[k] === close) break;
        if (t[k] !== ",") out();
        k = this.skip(k + 1, line);
        if (t[k] === close || t[k] === ",") out();
      }
      return { node: close === "]" ? { t: "seq", items, pos } : { t: "map", entries, pos }, after: k + 1 };
    } finally {
      this.depth--;
    }
  }
  skip(k, line) {
    while (isSpace(this.text[k])) k++;
    if (k >= line.end || this.text[k] === "#") out();
    return k;
  }
  flowValue(at, line) {
    const t = this.text;
    const c = t[at];
    if (c === "[" || c === "{") return this.flow(at, line);
    if (c === '"' || c === "'") {
      const r = this.quoted(at, line);
      const d = t[r.after];
      if (!(isSpace(d) || d === "," || d === "]" || d === "}" || d === ":")) out();
      return r;
    }
    if (!this.plainStart(at, line)) out();
    let k = at;
    for (; k < line.end; k++) {
      const d = t[k];
      if (FLOW_STOP.has(d)) break;
      if (d === ":") {
        const e2 = t[k + 1];
        if (isSpace(e2) || e2 === void 0 || k + 1 >= line.end || FLOW_STOP.has(e2)) break;
      }
      if (d === "#" && isSpace(t[k - 1])) out();
    }
    let e = k;
    while (isSpace(t[e - 1])) e--;
    if (e === at) out();
    return { node: { t: "scalar", text: t.slice(at, e), quoted: false, pos: this.pos(at, line) }, after: k };
  }
};

// src/yaml/ynode.ts
function isNullScalar(n) {
  return !n || n.t === "scalar" && !n.quoted && ["", "~", "null", "Null", "NULL"].includes(n.text);
}
function mapGet(m, key) {
  for (const e of m.entries) if (e.key.text === key) return e.value;
  return void 0;
}
function scalarText(n) {
  return n && n.t === "scalar" ? n.text : void 0;
}
var MAX_ALIAS_EXPANSION = 1e5;
function parseYamlDocuments(text2, file) {
  checkFlowNesting(text2, file);
  return parsePlainBlockYaml(text2) ?? yamlPackageDocuments(text2, file);
}
function yamlPackageDocuments(text2, file) {
  const lineCounter = new import_yaml.default.LineCounter();
  const docs = import_yaml.default.parseAllDocuments(text2, {
    schema: "failsafe",
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false
  });
  const list2 = Array.isArray(docs) ? docs : [docs];
  const out2 = [];
  list2.forEach((doc, index) => {
    const err = doc.errors[0];
    if (err) {
      const pos = lineCounter.linePos(err.pos[0]);
      const what = err.code === "DUPLICATE_KEY" ? "duplicate key" : "invalid YAML";
      throw new TalosGitopsError(`${what}: ${firstLine(err.message)}`, {
        file,
        line: pos.line,
        column: pos.col
      });
    }
    const converter = new AstConverter(doc, lineCounter, file);
    const root = doc.contents === null ? null : converter.node(doc.contents);
    const start = doc.contents ? lineCounter.linePos(doc.contents.range?.[0] ?? 0) : void 0;
    out2.push({ root, index, pos: start ? { line: start.line, column: start.col } : void 0 });
  });
  return out2;
}
var MAX_FLOW_DEPTH = 256;
function checkFlowNesting(text2, file) {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) {
        throw new TalosGitopsError(`YAML nested more than ${MAX_FLOW_DEPTH} levels deep`, { file, line });
      }
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
    else if (c === 35 && (i === 0 || /\s/.test(text2[i - 1]))) {
      while (i + 1 < text2.length && text2.charCodeAt(i + 1) !== 10) i++;
    } else if (c === 34 || c === 39) {
      const prev = text2.slice(Math.max(0, i - 2), i);
      if (i > 0 && !/(^|[\s:,[{-])\s*$/.test(prev)) continue;
      for (i++; i < text2.length; i++) {
        const d = text2.charCodeAt(i);
        if (d === 10) line++;
        if (c === 34 && d === 92) i++;
        else if (d === c) {
          if (c === 39 && text2.charCodeAt(i + 1) === 39) i++;
          else break;
        }
      }
    }
  }
}
function firstLine(msg) {
  return msg.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
var AstConverter = class {
  constructor(doc, lc, file) {
    this.doc = doc;
    this.lc = lc;
    this.file = file;
  }
  doc;
  lc;
  file;
  depth = 0;
  /** Values produced by expanding aliases so far (they count every time they are expanded). */
  expanded = 0;
  inAlias = 0;
  /** The outermost alias being expanded, for the error. */
  aliasLine;
  targets = /* @__PURE__ */ new Map();
  pos(n) {
    const off = n.range?.[0];
    if (off === void 0) return void 0;
    const p = this.lc.linePos(off);
    return { line: p.line, column: p.col };
  }
  /**
   * A scalar's text as go-yaml sees it. Works for any schema the document was parsed with: quoted and
   * block scalars are strings; plain ones keep their source text; values replaced after parsing (SOPS
   * decryption) carry no source and are taken by their JS type.
   */
  scalar(n) {
    const pos = this.pos(n);
    const quotedStyle = n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE" || n.type === "BLOCK_LITERAL" || n.type === "BLOCK_FOLDED";
    if (quotedStyle || n.tag === "tag:yaml.org,2002:str")
      return { t: "scalar", text: String(n.value ?? ""), quoted: true, pos };
    if (typeof n.value === "string")
      return { t: "scalar", text: n.value, quoted: n.source === void 0 && n.type === void 0, pos };
    if (typeof n.source === "string") return { t: "scalar", text: n.source, quoted: false, pos };
    if (n.value === null || n.value === void 0) return { t: "scalar", text: "", quoted: false, pos };
    return { t: "scalar", text: String(n.value), quoted: false, pos };
  }
  node(n) {
    if (n === null || n === void 0) return { t: "scalar", text: "", quoted: false };
    if (++this.depth > 1e3)
      throw new TalosGitopsError("YAML nested more than 1,000 levels deep", {
        file: this.file,
        line: this.pos(n)?.line
      });
    if (this.inAlias > 0 && ++this.expanded > MAX_ALIAS_EXPANSION) {
      throw new TalosGitopsError(
        `YAML aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString("en-US")} values (aliases of aliases?)`,
        { file: this.file, line: this.aliasLine }
      );
    }
    try {
      if (import_yaml.default.isAlias(n)) {
        let target = this.targets.get(n);
        if (target === void 0) {
          target = n.resolve(this.doc) ?? null;
          this.targets.set(n, target);
        }
        if (!target)
          throw new TalosGitopsError(`unknown alias *${n.source}`, {
            file: this.file,
            line: this.pos(n)?.line
          });
        if (this.inAlias++ === 0) this.aliasLine = this.pos(n)?.line;
        try {
          return this.node(target);
        } finally {
          this.inAlias--;
        }
      }
      if (import_yaml.default.isScalar(n)) return this.scalar(n);
      if (import_yaml.default.isMap(n)) {
        const entries = [];
        const seen = /* @__PURE__ */ new Set();
        for (const pair of n.items) {
          const k = this.node(pair.key);
          if (k.t !== "scalar") {
            throw new TalosGitopsError("mapping keys must be scalars", {
              file: this.file,
              line: k.pos?.line
            });
          }
          if (k.text === "<<" && !k.quoted) {
            throw new TalosGitopsError("YAML merge keys (<<) are not supported in Talos configs", {
              file: this.file,
              line: k.pos?.line
            });
          }
          if (seen.has(k.text)) {
            throw new TalosGitopsError(
              `duplicate key: ${JSON.stringify(k.text)} is already a key of this mapping`,
              {
                file: this.file,
                line: k.pos?.line,
                column: k.pos?.column
              }
            );
          }
          seen.add(k.text);
          entries.push({ key: k, value: this.node(pair.value) });
        }
        return { t: "map", entries, pos: this.pos(n) };
      }
      if (import_yaml.default.isSeq(n)) {
        return { t: "seq", items: n.items.map((i) => this.node(i)), pos: this.pos(n) };
      }
      throw new TalosGitopsError("unsupported YAML node", { file: this.file, line: this.pos(n)?.line });
    } finally {
      this.depth--;
    }
  }
};
function hideTree(n) {
  const stack = [n];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x.t === "scalar") x.hidden = true;
    else if (x.t === "map") for (const e of x.entries) stack.push(e.value);
    else for (const i of x.items) stack.push(i);
  }
}
function fromParsedDocuments(docs, lineCounter, file) {
  return docs.map((doc, index) => {
    const converter = new AstConverter(doc, lineCounter, file);
    const root = doc.contents === null ? null : converter.node(doc.contents);
    if (root) hideTree(root);
    const start = doc.contents ? lineCounter.linePos(doc.contents.range?.[0] ?? 0) : void 0;
    return { root, index, pos: start ? { line: start.line, column: start.col } : void 0 };
  });
}
function fromJS(v) {
  if (v === null || v === void 0) return { t: "scalar", text: "null", quoted: false };
  if (typeof v === "string") return { t: "scalar", text: v, quoted: true };
  if (typeof v === "number" || typeof v === "bigint") return { t: "scalar", text: String(v), quoted: false };
  if (typeof v === "boolean") return { t: "scalar", text: v ? "true" : "false", quoted: false };
  if (Array.isArray(v)) return { t: "seq", items: v.map(fromJS) };
  if (typeof v === "object") {
    return {
      t: "map",
      entries: Object.entries(v).map(([k, val]) => ({
        key: { t: "scalar", text: k, quoted: true },
        value: fromJS(val)
      }))
    };
  }
  throw new Error(`cannot represent ${typeof v} as YAML`);
}

// src/kinds/values.ts
function asObj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function asList(v) {
  return Array.isArray(v) ? v : [];
}
function asStr(v) {
  return typeof v === "string" ? v : v === void 0 || v === null ? "" : String(v);
}
function dig(root, ...path2) {
  let cur = root;
  for (const p of path2) {
    const o = asObj(cur);
    if (!o) return void 0;
    cur = o[p];
  }
  return cur;
}
function setPath(root, path2, value) {
  let cur = root;
  for (const p of path2.slice(0, -1)) {
    const next = asObj(cur[p]);
    if (next) cur = next;
    else {
      const made = {};
      cur[p] = made;
      cur = made;
    }
  }
  cur[path2.at(-1)] = value;
}

// src/kinds/context.ts
var VALIDATION_MODES = ["metal", "cloud", "container"];
function parseMachineType(s) {
  switch (s ?? "") {
    case "init":
      return { type: "init", canonical: "init" };
    case "controlplane":
      return { type: "controlplane", canonical: "controlplane" };
    case "worker":
    case "join":
    case "":
      return { type: "worker", canonical: "worker" };
    default:
      return { type: "unknown" };
  }
}
var KindContext = class {
  constructor(docs, contract, opts = {}) {
    this.docs = docs;
    this.contract = contract;
    this.v1 = docs.find((d) => d.kind === V1ALPHA1);
    this.machineType = parseMachineType(asObj(this.v1?.body.machine)?.type).type;
    this.mode = opts.mode ?? "metal";
    this.strict = opts.strict ?? false;
    this.onMachine = opts.onMachine ?? false;
    this.talosVersion = opts.talosVersion?.trim().replace(/^v/, "") || contract;
  }
  docs;
  contract;
  issues = [];
  v1;
  machineType;
  mode;
  strict;
  onMachine;
  talosVersion;
  get isControlPlane() {
    return this.machineType === "init" || this.machineType === "controlplane";
  }
  /** Talos's `mode.RequiresInstall()`. */
  get requiresInstall() {
    return this.mode === "metal";
  }
  /** Talos's `mode.InContainer()`. */
  get inContainer() {
    return this.mode === "container";
  }
  /** Whether the contract is this one or newer. */
  since(c) {
    return contractIndex(this.contract) >= contractIndex(c);
  }
  ofKind(kind) {
    return this.docs.filter((d) => d.kind === kind);
  }
  first(kind) {
    return this.docs.find((d) => d.kind === kind);
  }
  add(rule, severity, message, doc, segs) {
    this.issues.push({ rule, severity, message, doc, segs });
  }
  error(rule, message, doc, segs) {
    this.add(rule, "error", message, doc, segs);
  }
  warn(rule, message, doc, segs) {
    this.add(rule, "warning", message, doc, segs);
  }
};

// src/config/patch.ts
import { readFileSync } from "node:fs";

// src/kinds/block/index.ts
var block_exports = {};
__export(block_exports, {
  ExistingVolumeConfig: () => ExistingVolumeConfig,
  ExternalVolumeConfig: () => ExternalVolumeConfig,
  FilesystemScrubConfig: () => FilesystemScrubConfig,
  FilesystemTrimConfig: () => FilesystemTrimConfig,
  RawVolumeConfig: () => RawVolumeConfig,
  SwapVolumeConfig: () => SwapVolumeConfig,
  UserVolumeConfig: () => UserVolumeConfig,
  VolumeConfig: () => VolumeConfig,
  ZswapConfig: () => ZswapConfig
});

// src/kinds/shared/cel/types.ts
var prim = (k) => ({ k });
var INT = prim("int");
var UINT = prim("uint");
var DOUBLE = prim("double");
var BOOL = prim("bool");
var STRING = prim("string");
var BYTES = prim("bytes");
var NULL = prim("null_type");
var DYN = prim("dyn");
var ERROR = prim("error");
var DURATION = { k: "message", name: "google.protobuf.Duration" };
var TIMESTAMP = { k: "message", name: "google.protobuf.Timestamp" };
var list = (elem) => ({ k: "list", elem });
var map = (key, value) => ({ k: "map", key, value });
var param = (name) => ({ k: "param", name });
function formatType(t) {
  switch (t.k) {
    case "list":
      return `list(${formatType(t.elem)})`;
    case "map":
      return `map(${formatType(t.key)}, ${formatType(t.value)})`;
    case "message":
      return t.name;
    case "type":
      return `type(${formatType(t.of)})`;
    case "optional":
      return `optional_type(${formatType(t.of)})`;
    case "param":
      return t.name;
    default:
      return t.k;
  }
}
function parseTypeText(s) {
  const text2 = s.trim();
  const inner = (prefix) => text2.slice(prefix.length, -1);
  if (text2.startsWith("list(")) return list(parseTypeText(inner("list(")));
  if (text2.startsWith("optional_type(")) return { k: "optional", of: parseTypeText(inner("optional_type(")) };
  if (text2.startsWith("map(")) {
    const body = inner("map(");
    let depth = 0;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === "(") depth++;
      else if (body[i] === ")") depth--;
      else if (body[i] === "," && depth === 0)
        return map(parseTypeText(body.slice(0, i)), parseTypeText(body.slice(i + 1)));
    }
  }
  if (["int", "uint", "double", "bool", "string", "bytes", "null_type", "dyn"].includes(text2))
    return { k: text2 };
  return { k: "message", name: text2 };
}
function substitute(t, b) {
  switch (t.k) {
    case "param": {
      const bound = b.get(t.name);
      return bound ? substitute(bound, b) : t;
    }
    case "list":
      return list(substitute(t.elem, b));
    case "map":
      return map(substitute(t.key, b), substitute(t.value, b));
    case "type":
    case "optional":
      return { k: t.k, of: substitute(t.of, b) };
    default:
      return t;
  }
}
function assignable(declared, actual, b) {
  if (declared.k === "param") {
    const bound = b.get(declared.name);
    if (bound) return assignable(bound, actual, b) || assignable(actual, bound, b);
    b.set(declared.name, actual);
    return true;
  }
  if (actual.k === "param") return true;
  if (declared.k === "dyn" || actual.k === "dyn" || declared.k === "error" || actual.k === "error")
    return true;
  if (actual.k === "null_type" && declared.k === "message") return true;
  if (declared.k !== actual.k) return false;
  switch (declared.k) {
    case "list":
      return assignable(declared.elem, actual.elem, b);
    case "map": {
      const a = actual;
      return assignable(declared.key, a.key, b) && assignable(declared.value, a.value, b);
    }
    case "message":
      return declared.name === actual.name;
    case "type":
    case "optional":
      return assignable(declared.of, actual.of, b);
    default:
      return true;
  }
}
function sameType(a, b) {
  return formatType(a) === formatType(b);
}

// src/kinds/shared/cel/stdlib.ts
var A = param("A");
var B = param("B");
var NUMERIC = [INT, UINT, DOUBLE];
var ORDERED = [INT, UINT, DOUBLE, STRING, BYTES, BOOL, TIMESTAMP, DURATION];
var fn = (args2, result, member = false) => ({ args: args2, result, member });
var same = (types, result) => types.map((t) => fn([t, t], result ?? t));
var TIME_PARTS = ["getFullYear", "getMonth", "getDate", "getDayOfMonth", "getDayOfWeek", "getDayOfYear"];
var CLOCK_PARTS = ["getHours", "getMinutes", "getSeconds", "getMilliseconds"];
var STANDARD = {
  "!_": [fn([BOOL], BOOL)],
  "-_": [fn([INT], INT), fn([DOUBLE], DOUBLE)],
  "_&&_": [fn([BOOL, BOOL], BOOL)],
  "_||_": [fn([BOOL, BOOL], BOOL)],
  "_?_:_": [fn([BOOL, A, A], A)],
  "_==_": [fn([A, A], BOOL)],
  "_!=_": [fn([A, A], BOOL)],
  "_<_": same(ORDERED, BOOL),
  "_<=_": same(ORDERED, BOOL),
  "_>_": same(ORDERED, BOOL),
  "_>=_": same(ORDERED, BOOL),
  "_+_": [
    ...same([INT, UINT, DOUBLE, STRING, BYTES]),
    fn([list(A), list(A)], list(A)),
    fn([TIMESTAMP, DURATION], TIMESTAMP),
    fn([DURATION, TIMESTAMP], TIMESTAMP),
    fn([DURATION, DURATION], DURATION)
  ],
  "_-_": [
    ...same(NUMERIC),
    fn([TIMESTAMP, TIMESTAMP], DURATION),
    fn([TIMESTAMP, DURATION], TIMESTAMP),
    fn([DURATION, DURATION], DURATION)
  ],
  "_*_": same(NUMERIC),
  "_/_": same(NUMERIC),
  "_%_": same([INT, UINT]),
  "_[_]": [fn([list(A), INT], A), fn([map(A, B), A], B)],
  "@in": [fn([A, list(A)], BOOL), fn([A, map(A, B)], BOOL)],
  size: [
    ...[STRING, BYTES, list(A), map(A, B)].map((t) => fn([t], INT)),
    ...[STRING, BYTES, list(A), map(A, B)].map((t) => fn([t], INT, true))
  ],
  contains: [fn([STRING, STRING], BOOL, true)],
  startsWith: [fn([STRING, STRING], BOOL, true)],
  endsWith: [fn([STRING, STRING], BOOL, true)],
  matches: [fn([STRING, STRING], BOOL), fn([STRING, STRING], BOOL, true)],
  bool: [fn([BOOL], BOOL), fn([STRING], BOOL)],
  bytes: [fn([BYTES], BYTES), fn([STRING], BYTES)],
  double: [DOUBLE, INT, UINT, STRING].map((t) => fn([t], DOUBLE)),
  duration: [fn([DURATION], DURATION), fn([STRING], DURATION)],
  dyn: [fn([A], DYN)],
  int: [INT, UINT, DOUBLE, STRING, TIMESTAMP].map((t) => fn([t], INT)),
  string: [STRING, INT, UINT, DOUBLE, BOOL, BYTES, TIMESTAMP, DURATION].map((t) => fn([t], STRING)),
  timestamp: [fn([TIMESTAMP], TIMESTAMP), fn([STRING], TIMESTAMP), fn([INT], TIMESTAMP)],
  type: [fn([A], { k: "type", of: A })],
  uint: [UINT, INT, DOUBLE, STRING].map((t) => fn([t], UINT)),
  ...Object.fromEntries(
    TIME_PARTS.map((name) => [name, [fn([TIMESTAMP], INT, true), fn([TIMESTAMP, STRING], INT, true)]])
  ),
  ...Object.fromEntries(
    CLOCK_PARTS.map((name) => [
      name,
      [fn([TIMESTAMP], INT, true), fn([TIMESTAMP, STRING], INT, true), fn([DURATION], INT, true)]
    ])
  )
};
var TALOS_FUNCTIONS = {
  glob: [fn([STRING, STRING], BOOL)],
  mac: [fn([BYTES], STRING)]
};
var optional = (of) => ({ k: "optional", of });
var OPTIONAL_FUNCTIONS = {
  hasValue: [fn([optional(A)], BOOL, true)],
  value: [fn([optional(A)], A, true)],
  orValue: [fn([optional(A), A], A, true)],
  or: [fn([optional(A), optional(A)], optional(A), true)]
};
var MULTIPLY_QOS_VECTORS = [fn([map(DYN, DOUBLE), map(DYN, DOUBLE)], DOUBLE)];

// src/kinds/shared/cel/check.ts
var LIT = {
  int: INT,
  uint: { k: "uint" },
  double: { k: "double" },
  string: { k: "string" },
  bytes: { k: "bytes" },
  bool: BOOL,
  null_type: { k: "null_type" }
};
var Checker = class {
  constructor(env) {
    this.env = env;
  }
  env;
  errors = [];
  scopes = [];
  fresh = 0;
  error(message, at) {
    this.errors.push({ message, at });
    return ERROR;
  }
  lookup(name) {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const t = this.scopes[i].get(name);
      if (t) return t;
    }
    return this.env.variables[name];
  }
  /** Mixed element types make a dynamic aggregate (cel-go's default); none leaves the type open. */
  join(types) {
    if (types.length === 0) return param(`_elem${this.fresh++}`);
    const first = types[0];
    return types.every((t) => sameType(t, first)) ? first : DYN;
  }
  check(n) {
    switch (n.k) {
      case "lit":
        return LIT[n.type];
      case "ident": {
        const t = this.lookup(n.name);
        return t ?? this.error(`undeclared reference to '${n.name}' (in container '')`, n.at);
      }
      case "select":
        return this.select(this.check(n.operand), n.field, n.at);
      case "has": {
        this.select(this.check(n.select.operand), n.select.field, n.select.at);
        return BOOL;
      }
      case "list":
        return list(this.join(n.items.map((i) => this.check(i))));
      case "map": {
        const keys = n.entries.map((e) => this.check(e.key));
        const values = n.entries.map((e) => this.check(e.value));
        return map(this.join(keys), this.join(values));
      }
      case "struct": {
        const fields = this.env.messages[n.name];
        for (const f of n.fields) this.check(f.value);
        if (!fields) return this.error(`undeclared reference to '${n.name}' (in container '')`, n.at);
        for (const f of n.fields) if (!fields[f.name]) this.error(`undefined field '${f.name}'`, f.value.at);
        return { k: "message", name: n.name };
      }
      case "call":
        return this.call(n);
      case "comprehension":
        return this.comprehension(n);
    }
  }
  select(operand, field, at) {
    switch (operand.k) {
      case "message": {
        const fields = this.env.messages[operand.name] ?? {};
        return fields[field] ?? this.error(`undefined field '${field}'`, at);
      }
      case "map":
        return operand.value;
      case "dyn":
      case "error":
      case "param":
        return DYN;
      default:
        return this.error(`type '${formatType(operand)}' does not support field selection`, at);
    }
  }
  call(n) {
    const args2 = [...n.target ? [this.check(n.target)] : [], ...n.args.map((a) => this.check(a))];
    const overloads = this.env.functions[n.fn] ?? STANDARD[n.fn];
    if (!overloads) return this.error(`undeclared reference to '${n.fn}' (in container '')`, n.at);
    return this.resolve(n.fn, overloads, args2, n.target !== void 0, n.at);
  }
  resolve(fn2, overloads, args2, member, at) {
    const results = [];
    for (const o of overloads) {
      if ((o.member ?? false) !== member || o.args.length !== args2.length) continue;
      const b = /* @__PURE__ */ new Map();
      if (o.args.every((p, i) => assignable(p, args2[i], b))) results.push(substitute(o.result, b));
    }
    if (results.length === 0) {
      const shown = args2.map(formatType);
      const sig = member ? `${shown[0]}.(${shown.slice(1).join(", ")})` : `(${shown.join(", ")})`;
      return this.error(`found no matching overload for '${fn2}' applied to '${sig}'`, at);
    }
    const first = results[0];
    const concrete = first.k === "param" ? DYN : first;
    return results.every((r) => sameType(r, first)) ? concrete : DYN;
  }
  comprehension(n) {
    const range = this.check(n.range);
    let iter;
    if (range.k === "list") iter = range.elem;
    else if (range.k === "map") iter = range.key;
    else if (range.k === "dyn" || range.k === "error" || range.k === "param") iter = DYN;
    else {
      this.error(
        `expression of type '${formatType(range)}' cannot be range of a comprehension (must be list, map, or dynamic)`,
        n.range.at
      );
      iter = DYN;
    }
    this.scopes.push(/* @__PURE__ */ new Map([[n.iterVar, iter]]));
    try {
      const pred = n.predicate ? this.check(n.predicate) : void 0;
      const transform = n.transform ? this.check(n.transform) : void 0;
      const needBool = (op, argsOf) => {
        if (pred) this.resolve(op, STANDARD[op], argsOf(pred), false, n.at);
      };
      switch (n.macro) {
        case "all":
          needBool("_&&_", (p) => [BOOL, p]);
          return BOOL;
        case "exists":
          needBool("_||_", (p) => [BOOL, p]);
          return BOOL;
        case "exists_one":
          needBool("_?_:_", (p) => [p, INT, INT]);
          return BOOL;
        case "filter":
          needBool("_?_:_", (p) => [p, list(iter), list(iter)]);
          return list(iter);
        case "map":
          needBool("_?_:_", (p) => [p, DYN, DYN]);
          return list(transform ?? DYN);
      }
    } finally {
      this.scopes.pop();
    }
  }
};
function checkCel(node2, env) {
  const c = new Checker(env);
  const type = c.check(node2);
  return { type, errors: c.errors };
}

// src/kinds/shared/cel/environments.json
var environments_default = {
  source: {
    "1.10": "v1.10.9",
    "1.11": "v1.11.6",
    "1.12": "v1.12.11",
    "1.13": "v1.13.9",
    "1.14": "v1.14.0-rc.1"
  },
  contracts: {
    "1.10": {
      environments: {
        Empty: {
          variables: {},
          functions: [],
          unitConstants: false
        },
        DiskLocator: {
          variables: {
            disk: "talos.resource.definitions.block.DiskSpec",
            system_disk: "bool"
          },
          functions: ["glob"],
          unitConstants: true
        },
        VolumeLocator: {
          variables: {
            volume: "talos.resource.definitions.block.DiscoveredVolumeSpec"
          },
          functions: [],
          unitConstants: true
        }
      },
      units: {
        KiB: "1024",
        MiB: "1048576",
        GiB: "1073741824",
        TiB: "1099511627776",
        PiB: "1125899906842624",
        EiB: "1152921504606846976",
        kB: "1000",
        MB: "1000000",
        GB: "1000000000",
        TB: "1000000000000",
        PB: "1000000000000000",
        EB: "1000000000000000000"
      },
      messages: {
        "talos.resource.definitions.block.DiskSpec": {
          size: "uint",
          io_size: "uint",
          sector_size: "uint",
          readonly: "bool",
          model: "string",
          serial: "string",
          modalias: "string",
          wwid: "string",
          bus_path: "string",
          sub_system: "string",
          transport: "string",
          rotational: "bool",
          cdrom: "bool",
          dev_path: "string",
          pretty_size: "string",
          secondary_disks: "list(string)",
          uuid: "string",
          symlinks: "list(string)"
        },
        "talos.resource.definitions.block.DiscoveredVolumeSpec": {
          size: "uint",
          sector_size: "uint",
          io_size: "uint",
          name: "string",
          uuid: "string",
          label: "string",
          block_size: "uint",
          filesystem_block_size: "uint",
          probed_size: "uint",
          partition_uuid: "string",
          partition_type: "string",
          partition_label: "string",
          partition_index: "uint",
          type: "string",
          device_path: "string",
          parent: "string",
          dev_path: "string",
          parent_dev_path: "string",
          pretty_size: "string"
        }
      }
    },
    "1.11": {
      environments: {
        Empty: {
          variables: {},
          functions: [],
          unitConstants: false
        },
        DiskLocator: {
          variables: {
            disk: "talos.resource.definitions.block.DiskSpec",
            system_disk: "bool"
          },
          functions: ["glob"],
          unitConstants: true
        },
        VolumeLocator: {
          variables: {
            volume: "talos.resource.definitions.block.DiscoveredVolumeSpec",
            disk: "talos.resource.definitions.block.DiskSpec"
          },
          functions: [],
          unitConstants: true
        }
      },
      units: {
        KiB: "1024",
        MiB: "1048576",
        GiB: "1073741824",
        TiB: "1099511627776",
        PiB: "1125899906842624",
        EiB: "1152921504606846976",
        kB: "1000",
        MB: "1000000",
        GB: "1000000000",
        TB: "1000000000000",
        PB: "1000000000000000",
        EB: "1000000000000000000"
      },
      messages: {
        "talos.resource.definitions.block.DiskSpec": {
          size: "uint",
          io_size: "uint",
          sector_size: "uint",
          readonly: "bool",
          model: "string",
          serial: "string",
          modalias: "string",
          wwid: "string",
          bus_path: "string",
          sub_system: "string",
          transport: "string",
          rotational: "bool",
          cdrom: "bool",
          dev_path: "string",
          pretty_size: "string",
          secondary_disks: "list(string)",
          uuid: "string",
          symlinks: "list(string)"
        },
        "talos.resource.definitions.block.DiscoveredVolumeSpec": {
          size: "uint",
          sector_size: "uint",
          io_size: "uint",
          name: "string",
          uuid: "string",
          label: "string",
          block_size: "uint",
          filesystem_block_size: "uint",
          probed_size: "uint",
          partition_uuid: "string",
          partition_type: "string",
          partition_label: "string",
          partition_index: "uint",
          type: "string",
          device_path: "string",
          parent: "string",
          dev_path: "string",
          parent_dev_path: "string",
          pretty_size: "string"
        }
      }
    },
    "1.12": {
      environments: {
        Empty: {
          variables: {},
          functions: [],
          unitConstants: false
        },
        DiskLocator: {
          variables: {
            disk: "talos.resource.definitions.block.DiskSpec",
            system_disk: "bool"
          },
          functions: ["glob"],
          unitConstants: true
        },
        VolumeLocator: {
          variables: {
            volume: "talos.resource.definitions.block.DiscoveredVolumeSpec",
            disk: "talos.resource.definitions.block.DiskSpec"
          },
          functions: [],
          unitConstants: true
        },
        LinkLocator: {
          variables: {
            link: "talos.resource.definitions.network.LinkStatusSpec"
          },
          functions: ["glob", "mac"],
          unitConstants: false
        }
      },
      units: {
        KiB: "1024",
        MiB: "1048576",
        GiB: "1073741824",
        TiB: "1099511627776",
        PiB: "1125899906842624",
        EiB: "1152921504606846976",
        kB: "1000",
        MB: "1000000",
        GB: "1000000000",
        TB: "1000000000000",
        PB: "1000000000000000",
        EB: "1000000000000000000"
      },
      messages: {
        "talos.resource.definitions.block.DiskSpec": {
          size: "uint",
          io_size: "uint",
          sector_size: "uint",
          readonly: "bool",
          model: "string",
          serial: "string",
          modalias: "string",
          wwid: "string",
          bus_path: "string",
          sub_system: "string",
          transport: "string",
          rotational: "bool",
          cdrom: "bool",
          dev_path: "string",
          pretty_size: "string",
          secondary_disks: "list(string)",
          uuid: "string",
          symlinks: "list(string)"
        },
        "talos.resource.definitions.block.DiscoveredVolumeSpec": {
          size: "uint",
          sector_size: "uint",
          io_size: "uint",
          name: "string",
          uuid: "string",
          label: "string",
          block_size: "uint",
          filesystem_block_size: "uint",
          probed_size: "uint",
          partition_uuid: "string",
          partition_type: "string",
          partition_label: "string",
          partition_index: "uint",
          type: "string",
          device_path: "string",
          parent: "string",
          dev_path: "string",
          parent_dev_path: "string",
          pretty_size: "string",
          offset: "uint"
        },
        "talos.resource.definitions.network.LinkStatusSpec": {
          index: "uint",
          type: "int",
          link_index: "uint",
          flags: "uint",
          hardware_addr: "bytes",
          broadcast_addr: "bytes",
          mtu: "uint",
          queue_disc: "string",
          master_index: "uint",
          operational_state: "int",
          kind: "string",
          slave_kind: "string",
          bus_path: "string",
          pciid: "string",
          driver: "string",
          driver_version: "string",
          firmware_version: "string",
          product_id: "string",
          vendor_id: "string",
          product: "string",
          vendor: "string",
          link_state: "bool",
          speed_megabits: "int",
          port: "int",
          duplex: "int",
          vlan: "talos.resource.definitions.network.VLANSpec",
          bridge_master: "talos.resource.definitions.network.BridgeMasterSpec",
          bond_master: "talos.resource.definitions.network.BondMasterSpec",
          wireguard: "talos.resource.definitions.network.WireguardSpec",
          permanent_addr: "bytes",
          alias: "string",
          alt_names: "list(string)"
        },
        "talos.resource.definitions.network.VLANSpec": {
          vid: "uint",
          protocol: "int"
        },
        "talos.resource.definitions.network.BridgeMasterSpec": {
          stp: "talos.resource.definitions.network.STPSpec",
          vlan: "talos.resource.definitions.network.BridgeVLANSpec"
        },
        "talos.resource.definitions.network.BondMasterSpec": {
          mode: "int",
          hash_policy: "int",
          lacp_rate: "int",
          arp_validate: "int",
          arp_all_targets: "int",
          primary_index: "uint",
          primary_reselect: "int",
          fail_over_mac: "int",
          ad_select: "int",
          mii_mon: "uint",
          up_delay: "uint",
          down_delay: "uint",
          arp_interval: "uint",
          resend_igmp: "uint",
          min_links: "uint",
          lp_interval: "uint",
          packets_per_slave: "uint",
          num_peer_notif: "uint",
          tlb_dynamic_lb: "uint",
          all_slaves_active: "uint",
          use_carrier: "bool",
          ad_actor_sys_prio: "uint",
          ad_user_port_key: "uint",
          peer_notify_delay: "uint",
          arpip_targets: "list(common.NetIP)",
          nsip6_targets: "list(common.NetIP)",
          adlacp_active: "int",
          missed_max: "uint"
        },
        "talos.resource.definitions.network.WireguardSpec": {
          private_key: "string",
          public_key: "string",
          listen_port: "int",
          firewall_mark: "int",
          peers: "list(talos.resource.definitions.network.WireguardPeer)"
        },
        "talos.resource.definitions.network.STPSpec": {
          enabled: "bool"
        },
        "talos.resource.definitions.network.BridgeVLANSpec": {
          filtering_enabled: "bool"
        },
        "common.NetIP": {
          ip: "bytes"
        },
        "talos.resource.definitions.network.WireguardPeer": {
          public_key: "string",
          preshared_key: "string",
          endpoint: "string",
          persistent_keepalive_interval: "google.protobuf.Duration",
          allowed_ips: "list(common.NetIPPrefix)"
        },
        "common.NetIPPrefix": {
          ip: "bytes",
          prefix_length: "int"
        }
      }
    },
    "1.13": {
      environments: {
        Empty: {
          variables: {},
          functions: [],
          unitConstants: false
        },
        DiskLocator: {
          variables: {
            disk: "talos.resource.definitions.block.DiskSpec",
            system_disk: "bool"
          },
          functions: ["glob"],
          unitConstants: true
        },
        VolumeLocator: {
          variables: {
            volume: "talos.resource.definitions.block.DiscoveredVolumeSpec",
            disk: "talos.resource.definitions.block.DiskSpec"
          },
          functions: [],
          unitConstants: true
        },
        LinkLocator: {
          variables: {
            link: "talos.resource.definitions.network.LinkStatusSpec"
          },
          functions: ["glob", "mac"],
          unitConstants: false
        }
      },
      units: {
        KiB: "1024",
        MiB: "1048576",
        GiB: "1073741824",
        TiB: "1099511627776",
        PiB: "1125899906842624",
        EiB: "1152921504606846976",
        kB: "1000",
        MB: "1000000",
        GB: "1000000000",
        TB: "1000000000000",
        PB: "1000000000000000",
        EB: "1000000000000000000"
      },
      messages: {
        "talos.resource.definitions.block.DiskSpec": {
          size: "uint",
          io_size: "uint",
          sector_size: "uint",
          readonly: "bool",
          model: "string",
          serial: "string",
          modalias: "string",
          wwid: "string",
          bus_path: "string",
          sub_system: "string",
          transport: "string",
          rotational: "bool",
          cdrom: "bool",
          dev_path: "string",
          pretty_size: "string",
          secondary_disks: "list(string)",
          uuid: "string",
          symlinks: "list(string)"
        },
        "talos.resource.definitions.block.DiscoveredVolumeSpec": {
          size: "uint",
          sector_size: "uint",
          io_size: "uint",
          name: "string",
          uuid: "string",
          label: "string",
          block_size: "uint",
          filesystem_block_size: "uint",
          probed_size: "uint",
          partition_uuid: "string",
          partition_type: "string",
          partition_label: "string",
          partition_index: "uint",
          type: "string",
          device_path: "string",
          parent: "string",
          dev_path: "string",
          parent_dev_path: "string",
          pretty_size: "string",
          offset: "uint"
        },
        "talos.resource.definitions.network.LinkStatusSpec": {
          index: "uint",
          type: "int",
          link_index: "uint",
          flags: "uint",
          hardware_addr: "bytes",
          broadcast_addr: "bytes",
          mtu: "uint",
          queue_disc: "string",
          master_index: "uint",
          operational_state: "int",
          kind: "string",
          slave_kind: "string",
          bus_path: "string",
          pciid: "string",
          driver: "string",
          driver_version: "string",
          firmware_version: "string",
          product_id: "string",
          vendor_id: "string",
          product: "string",
          vendor: "string",
          link_state: "bool",
          speed_megabits: "int",
          port: "int",
          duplex: "int",
          vlan: "talos.resource.definitions.network.VLANSpec",
          bridge_master: "talos.resource.definitions.network.BridgeMasterSpec",
          bond_master: "talos.resource.definitions.network.BondMasterSpec",
          wireguard: "talos.resource.definitions.network.WireguardSpec",
          permanent_addr: "bytes",
          alias: "string",
          alt_names: "list(string)",
          vrf_master: "talos.resource.definitions.network.VRFMasterSpec"
        },
        "talos.resource.definitions.network.VLANSpec": {
          vid: "uint",
          protocol: "int"
        },
        "talos.resource.definitions.network.BridgeMasterSpec": {
          stp: "talos.resource.definitions.network.STPSpec",
          vlan: "talos.resource.definitions.network.BridgeVLANSpec"
        },
        "talos.resource.definitions.network.BondMasterSpec": {
          mode: "int",
          hash_policy: "int",
          lacp_rate: "int",
          arp_validate: "int",
          arp_all_targets: "int",
          primary_index: "uint",
          primary_reselect: "int",
          fail_over_mac: "int",
          ad_select: "int",
          mii_mon: "uint",
          up_delay: "uint",
          down_delay: "uint",
          arp_interval: "uint",
          resend_igmp: "uint",
          min_links: "uint",
          lp_interval: "uint",
          packets_per_slave: "uint",
          num_peer_notif: "uint",
          tlb_dynamic_lb: "uint",
          all_slaves_active: "uint",
          use_carrier: "bool",
          ad_actor_sys_prio: "uint",
          ad_user_port_key: "uint",
          peer_notify_delay: "uint",
          arpip_targets: "list(common.NetIP)",
          nsip6_targets: "list(common.NetIP)",
          adlacp_active: "int",
          missed_max: "uint"
        },
        "talos.resource.definitions.network.WireguardSpec": {
          private_key: "string",
          public_key: "string",
          listen_port: "int",
          firewall_mark: "int",
          peers: "list(talos.resource.definitions.network.WireguardPeer)"
        },
        "talos.resource.definitions.network.VRFMasterSpec": {
          table: "int"
        },
        "talos.resource.definitions.network.STPSpec": {
          enabled: "bool"
        },
        "talos.resource.definitions.network.BridgeVLANSpec": {
          filtering_enabled: "bool"
        },
        "common.NetIP": {
          ip: "bytes"
        },
        "talos.resource.definitions.network.WireguardPeer": {
          public_key: "string",
          preshared_key: "string",
          endpoint: "string",
          persistent_keepalive_interval: "google.protobuf.Duration",
          allowed_ips: "list(common.NetIPPrefix)"
        },
        "common.NetIPPrefix": {
          ip: "bytes",
          prefix_length: "int"
        }
      }
    },
    "1.14": {
      environments: {
        Empty: {
          variables: {},
          functions: [],
          unitConstants: false
        },
        DiskLocator: {
          variables: {
            disk: "talos.resource.definitions.block.DiskSpec",
            system_disk: "bool"
          },
          functions: ["glob"],
          unitConstants: true
        },
        VolumeLocator: {
          variables: {
            volume: "talos.resource.definitions.block.DiscoveredVolumeSpec",
            disk: "talos.resource.definitions.block.DiskSpec"
          },
          functions: [],
          unitConstants: true
        },
        LinkLocator: {
          variables: {
            link: "talos.resource.definitions.network.LinkStatusSpec"
          },
          functions: ["glob", "mac"],
          unitConstants: false
        }
      },
      units: {
        KiB: "1024",
        MiB: "1048576",
        GiB: "1073741824",
        TiB: "1099511627776",
        PiB: "1125899906842624",
        EiB: "1152921504606846976",
        kB: "1000",
        MB: "1000000",
        GB: "1000000000",
        TB: "1000000000000",
        PB: "1000000000000000",
        EB: "1000000000000000000"
      },
      messages: {
        "talos.resource.definitions.block.DiskSpec": {
          size: "uint",
          io_size: "uint",
          sector_size: "uint",
          readonly: "bool",
          model: "string",
          serial: "string",
          modalias: "string",
          wwid: "string",
          bus_path: "string",
          sub_system: "string",
          transport: "string",
          rotational: "bool",
          cdrom: "bool",
          dev_path: "string",
          pretty_size: "string",
          secondary_disks: "list(string)",
          uuid: "string",
          symlinks: "list(string)",
          firmware_version: "string"
        },
        "talos.resource.definitions.block.DiscoveredVolumeSpec": {
          size: "uint",
          sector_size: "uint",
          io_size: "uint",
          name: "string",
          uuid: "string",
          label: "string",
          block_size: "uint",
          filesystem_block_size: "uint",
          probed_size: "uint",
          partition_uuid: "string",
          partition_type: "string",
          partition_label: "string",
          partition_index: "uint",
          type: "string",
          device_path: "string",
          parent: "string",
          dev_path: "string",
          parent_dev_path: "string",
          pretty_size: "string",
          offset: "uint"
        },
        "talos.resource.definitions.network.LinkStatusSpec": {
          index: "uint",
          type: "int",
          link_index: "uint",
          flags: "uint",
          hardware_addr: "bytes",
          broadcast_addr: "bytes",
          mtu: "uint",
          queue_disc: "string",
          master_index: "uint",
          operational_state: "int",
          kind: "string",
          slave_kind: "string",
          bus_path: "string",
          pciid: "string",
          driver: "string",
          driver_version: "string",
          firmware_version: "string",
          product_id: "string",
          vendor_id: "string",
          product: "string",
          vendor: "string",
          link_state: "bool",
          speed_megabits: "int",
          port: "int",
          duplex: "int",
          vlan: "talos.resource.definitions.network.VLANSpec",
          bridge_master: "talos.resource.definitions.network.BridgeMasterSpec",
          bond_master: "talos.resource.definitions.network.BondMasterSpec",
          wireguard: "talos.resource.definitions.network.WireguardSpec",
          permanent_addr: "bytes",
          alias: "string",
          alt_names: "list(string)",
          vrf_master: "talos.resource.definitions.network.VRFMasterSpec",
          veth: "talos.resource.definitions.network.VethSpec"
        },
        "talos.resource.definitions.network.VLANSpec": {
          vid: "uint",
          protocol: "int"
        },
        "talos.resource.definitions.network.BridgeMasterSpec": {
          stp: "talos.resource.definitions.network.STPSpec",
          vlan: "talos.resource.definitions.network.BridgeVLANSpec"
        },
        "talos.resource.definitions.network.BondMasterSpec": {
          mode: "int",
          hash_policy: "int",
          lacp_rate: "int",
          arp_validate: "int",
          arp_all_targets: "int",
          primary_index: "uint",
          primary_reselect: "int",
          fail_over_mac: "int",
          ad_select: "int",
          mii_mon: "uint",
          up_delay: "uint",
          down_delay: "uint",
          arp_interval: "uint",
          resend_igmp: "uint",
          min_links: "uint",
          lp_interval: "uint",
          packets_per_slave: "uint",
          num_peer_notif: "uint",
          tlb_dynamic_lb: "uint",
          all_slaves_active: "uint",
          use_carrier: "bool",
          ad_actor_sys_prio: "uint",
          ad_user_port_key: "uint",
          peer_notify_delay: "uint",
          arpip_targets: "list(common.NetIP)",
          nsip6_targets: "list(common.NetIP)",
          adlacp_active: "int",
          missed_max: "uint"
        },
        "talos.resource.definitions.network.WireguardSpec": {
          private_key: "string",
          public_key: "string",
          listen_port: "int",
          firewall_mark: "int",
          peers: "list(talos.resource.definitions.network.WireguardPeer)"
        },
        "talos.resource.definitions.network.VRFMasterSpec": {
          table: "int"
        },
        "talos.resource.definitions.network.VethSpec": {
          peer_name: "string"
        },
        "talos.resource.definitions.network.STPSpec": {
          enabled: "bool"
        },
        "talos.resource.definitions.network.BridgeVLANSpec": {
          filtering_enabled: "bool"
        },
        "common.NetIP": {
          ip: "bytes"
        },
        "talos.resource.definitions.network.WireguardPeer": {
          public_key: "string",
          preshared_key: "string",
          endpoint: "string",
          persistent_keepalive_interval: "google.protobuf.Duration",
          allowed_ips: "list(common.NetIPPrefix)"
        },
        "common.NetIPPrefix": {
          ip: "bytes",
          prefix_length: "int"
        }
      }
    }
  }
};

// src/kinds/shared/cel/parse.ts
var CelSyntaxError = class extends Error {
  constructor(message, at) {
    super(message);
    this.at = at;
  }
  at;
};
var MAX_CODE_POINTS = 1e5;
var MAX_DEPTH2 = 250;
var RESERVED = /* @__PURE__ */ new Set([
  "as",
  "break",
  "const",
  "continue",
  "else",
  "for",
  "function",
  "if",
  "import",
  "let",
  "loop",
  "package",
  "namespace",
  "return",
  "var",
  "void",
  "while"
]);
var OPS = [
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "<",
  ">",
  "+",
  "-",
  "*",
  "/",
  "%",
  "!",
  "?",
  ":",
  ".",
  ",",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}"
];
function lex(src) {
  const toks = [];
  let i = 0;
  const fail = (msg, at) => {
    throw new CelSyntaxError(msg, at);
  };
  while (i < src.length) {
    const c = src[i];
    if (/[ \t\n\r\f]/.test(c)) {
      i++;
      continue;
    }
    if (src.startsWith("//", i)) {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    const start = i;
    const str = src.slice(i).match(/^([rRbB]{0,2})("""|'''|"|')/);
    if (str && (str[1] === "" || /^(r|b|rb|br)$/i.test(str[1]))) {
      const prefix = str[1].toLowerCase();
      const quote = str[2];
      i += str[0].length;
      const raw = prefix.includes("r");
      for (; ; ) {
        if (i >= src.length) fail("Syntax error: unterminated string literal", start);
        if (src.startsWith(quote, i)) {
          i += quote.length;
          break;
        }
        const ch = src[i];
        if (quote.length === 1 && (ch === "\n" || ch === "\r"))
          fail("Syntax error: newline in a single-quoted string literal", i);
        if (ch === "\\" && !raw) {
          const esc = src.slice(i + 1);
          const m = esc.match(
            /^([abfnrtv\\'"`?]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-3][0-7]{2})/
          );
          if (!m) fail(`Syntax error: invalid escape sequence in string literal`, i);
          i += 1 + m[0].length;
          continue;
        }
        if (ch === "\\" && raw) {
          i += src.startsWith(quote, i + 1) ? 1 + quote.length : 1;
          continue;
        }
        i++;
      }
      toks.push({ t: "str", bytes: prefix.includes("b"), at: start });
      continue;
    }
    const num = src.slice(i).match(
      /^(?:(0x[0-9a-fA-F]+|[0-9]+)([uU])|([0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+|\.[0-9]+(?:[eE][+-]?[0-9]+)?)|(0x[0-9a-fA-F]+|[0-9]+))/
    );
    if (num) {
      const type = num[2] ? "uint" : num[3] ? "double" : "int";
      toks.push({ t: "num", type, v: num[0], at: start });
      i += num[0].length;
      if (/[_a-zA-Z0-9]/.test(src[i] ?? "")) fail(`Syntax error: token recognition error at: '${src[i]}'`, i);
      continue;
    }
    const id = src.slice(i).match(/^[_a-zA-Z][_a-zA-Z0-9]*/);
    if (id) {
      toks.push({ t: "ident", v: id[0], at: start });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op)
      fail(`Syntax error: token recognition error at: '${String.fromCodePoint(src.codePointAt(i))}'`, i);
    toks.push({ t: "op", v: op, at: start });
    i += op.length;
  }
  toks.push({ t: "eof", at: src.length });
  return toks;
}
var describe = (t) => t.t === "eof" ? "'<EOF>'" : t.t === "op" || t.t === "ident" ? `'${t.v}'` : t.t === "num" ? `'${t.v}'` : "a string";
var Parser = class {
  constructor(toks) {
    this.toks = toks;
  }
  toks;
  pos = 0;
  depth = 0;
  peek() {
    return this.toks[this.pos];
  }
  isOp(v) {
    const t = this.peek();
    return t.t === "op" && t.v === v;
  }
  take() {
    return this.toks[this.pos++];
  }
  expectIdent() {
    const id = this.take();
    if (id.t !== "ident")
      throw new CelSyntaxError(`Syntax error: mismatched input ${describe(id)} expecting IDENTIFIER`, id.at);
    return id;
  }
  /** A call when `(` follows the name (the call's position is the `(`, as cel-go reports it). */
  callIfOpen(name, target) {
    if (!this.isOp("(")) return void 0;
    const open = this.take();
    return this.call(name, target, this.args(")"), open.at);
  }
  expectOp(v) {
    const t = this.peek();
    if (t.t !== "op" || t.v !== v)
      throw new CelSyntaxError(`Syntax error: mismatched input ${describe(t)} expecting '${v}'`, t.at);
    return this.take();
  }
  nest(f) {
    if (++this.depth > MAX_DEPTH2)
      throw new CelSyntaxError(`expression recursion limit exceeded: ${MAX_DEPTH2}`, this.peek().at);
    try {
      return f();
    } finally {
      this.depth--;
    }
  }
  parseAll() {
    const e = this.expr();
    const t = this.peek();
    if (t.t !== "eof")
      throw new CelSyntaxError(`Syntax error: extraneous input ${describe(t)} expecting <EOF>`, t.at);
    return e;
  }
  expr() {
    return this.nest(() => {
      const cond = this.or();
      if (!this.isOp("?")) return cond;
      const q6 = this.take();
      const yes = this.or();
      this.expectOp(":");
      const no = this.expr();
      return { k: "call", fn: "_?_:_", args: [cond, yes, no], at: q6.at };
    });
  }
  binary(next, ops) {
    let left = next();
    for (let chain = 1; ; chain++) {
      const t = this.peek();
      const fn2 = t.t === "op" ? ops[t.v] : t.t === "ident" && t.v === "in" && ops.in ? ops.in : void 0;
      if (!fn2) return left;
      if (this.depth + chain > MAX_DEPTH2)
        throw new CelSyntaxError(`expression recursion limit exceeded: ${MAX_DEPTH2}`, t.at);
      this.take();
      const right = this.nest(next);
      left = { k: "call", fn: fn2, args: [left, right], at: t.at };
    }
  }
  or() {
    return this.binary(() => this.and(), { "||": "_||_" });
  }
  and() {
    return this.binary(() => this.relation(), { "&&": "_&&_" });
  }
  relation() {
    return this.binary(() => this.addition(), {
      "<": "_<_",
      "<=": "_<=_",
      ">": "_>_",
      ">=": "_>=_",
      "==": "_==_",
      "!=": "_!=_",
      in: "@in"
    });
  }
  addition() {
    return this.binary(() => this.multiplication(), { "+": "_+_", "-": "_-_" });
  }
  multiplication() {
    return this.binary(() => this.unary(), { "*": "_*_", "/": "_/_", "%": "_%_" });
  }
  unary() {
    const t = this.peek();
    if (t.t === "op" && (t.v === "!" || t.v === "-")) {
      this.take();
      const operand = this.nest(() => this.unary());
      return { k: "call", fn: t.v === "!" ? "!_" : "-_", args: [operand], at: t.at };
    }
    return this.member();
  }
  args(close) {
    const out2 = [];
    if (this.isOp(close)) {
      this.take();
      return out2;
    }
    for (; ; ) {
      out2.push(this.expr());
      if (this.isOp(",")) {
        this.take();
        if (this.isOp(close) && close !== ")") break;
        continue;
      }
      break;
    }
    this.expectOp(close);
    return out2;
  }
  member() {
    let e = this.primary();
    for (let chain = 1; ; chain++) {
      if (this.depth + chain > MAX_DEPTH2)
        throw new CelSyntaxError(`expression recursion limit exceeded: ${MAX_DEPTH2}`, this.peek().at);
      if (this.isOp(".")) {
        const dot = this.take();
        const id = this.expectIdent();
        const called = this.callIfOpen(id.v, e);
        if (called) e = called;
        else if (this.isOp("{") && qualifiedName(e) !== void 0)
          e = this.struct(`${qualifiedName(e)}.${id.v}`);
        else e = { k: "select", operand: e, field: id.v, at: dot.at };
      } else if (this.isOp("[")) {
        const open = this.take();
        const index = this.expr();
        this.expectOp("]");
        e = { k: "call", fn: "_[_]", args: [e, index], at: open.at };
      } else return e;
    }
  }
  /** A message literal `Name{field: value}`; cel-go places it at the `{`. */
  struct(name) {
    const open = this.expectOp("{");
    const fields = [];
    while (!this.isOp("}")) {
      const id = this.expectIdent();
      this.expectOp(":");
      fields.push({ name: id.v, value: this.expr() });
      if (!this.isOp(",")) break;
      this.take();
    }
    this.expectOp("}");
    return { k: "struct", name, fields, at: open.at };
  }
  primary() {
    const t = this.take();
    if (t.t === "num") return { k: "lit", type: t.type, at: t.at };
    if (t.t === "str") return { k: "lit", type: t.bytes ? "bytes" : "string", at: t.at };
    if (t.t === "ident") {
      if (t.v === "true" || t.v === "false") return { k: "lit", type: "bool", at: t.at };
      if (t.v === "null") return { k: "lit", type: "null_type", at: t.at };
      if (RESERVED.has(t.v)) throw new CelSyntaxError(`reserved identifier: ${t.v}`, t.at);
      if (t.v === "in") throw new CelSyntaxError(`Syntax error: mismatched input 'in'`, t.at);
      const called = this.callIfOpen(t.v, void 0);
      if (called) return called;
      if (this.isOp("{")) return this.struct(t.v);
      return { k: "ident", name: t.v, at: t.at };
    }
    if (t.t === "op") {
      if (t.v === ".") {
        const id = this.expectIdent();
        return this.callIfOpen(id.v, void 0) ?? { k: "ident", name: id.v, at: id.at };
      }
      if (t.v === "(") {
        const e = this.expr();
        this.expectOp(")");
        return e;
      }
      if (t.v === "[") return { k: "list", items: this.args("]"), at: t.at };
      if (t.v === "{") {
        const entries = [];
        while (!this.isOp("}")) {
          const key = this.expr();
          this.expectOp(":");
          entries.push({ key, value: this.expr() });
          if (!this.isOp(",")) break;
          this.take();
        }
        this.expectOp("}");
        return { k: "map", entries, at: t.at };
      }
    }
    throw new CelSyntaxError(`Syntax error: mismatched input ${describe(t)} expecting an expression`, t.at);
  }
  /** A call, or one of the macros cel-go expands at parse time. */
  call(fn2, target, args2, at) {
    if (!target && fn2 === "has" && args2.length === 1) {
      const arg = args2[0];
      if (arg.k !== "select") throw new CelSyntaxError("invalid argument to has() macro", arg.at);
      return { k: "has", select: arg, at };
    }
    const macro = target ? MACROS[fn2] : void 0;
    if (target && macro?.arity.includes(args2.length)) {
      const v = args2[0];
      if (v.k !== "ident") throw new CelSyntaxError("argument must be a simple name", v.at);
      const base = { k: "comprehension", macro: macro.name, range: target, iterVar: v.name, at };
      if (macro.name === "map")
        return args2.length === 3 ? { ...base, predicate: args2[1], transform: args2[2] } : { ...base, transform: args2[1] };
      return { ...base, predicate: args2[1] };
    }
    return { k: "call", fn: fn2, target, args: args2, at };
  }
};
var MACROS = {
  all: { name: "all", arity: [2] },
  exists: { name: "exists", arity: [2] },
  exists_one: { name: "exists_one", arity: [2] },
  map: { name: "map", arity: [2, 3] },
  filter: { name: "filter", arity: [2] }
};
function qualifiedName(n) {
  if (n.k === "ident") return n.name;
  if (n.k === "select") {
    const left = qualifiedName(n.operand);
    return left === void 0 ? void 0 : `${left}.${n.field}`;
  }
  return void 0;
}
function parseCel(src) {
  const size2 = [...src].length;
  if (size2 > MAX_CODE_POINTS)
    throw new CelSyntaxError(
      `expression code point size exceeds limit: size: ${size2}, limit ${MAX_CODE_POINTS}`,
      0
    );
  return new Parser(lex(src)).parseAll();
}

// src/kinds/shared/cel/index.ts
var CGROUP_CLASSES = ["Besteffort", "Burstable", "Guaranteed", "Podruntime", "System"];
function oomVariables(name) {
  const vars = {};
  if (name === "OOMTrigger") {
    const psi = ["some", "full"].flatMap(
      (s) => ["avg10", "avg60", "avg300", "total"].map((w) => `memory_${s}_${w}`)
    );
    const perClass = map(INT, DOUBLE);
    for (const m of psi) {
      vars[m] = DOUBLE;
      vars[`d_${m}`] = DOUBLE;
      vars[`qos_${m}`] = perClass;
      vars[`d_qos_${m}`] = perClass;
    }
    for (const m of ["current", "peak", "max"]) {
      vars[`qos_memory_${m}`] = perClass;
      vars[`d_qos_memory_${m}`] = perClass;
    }
    vars.time_since_trigger = DURATION;
  } else {
    for (const m of ["memory_max", "memory_current", "memory_peak"]) vars[m] = { k: "optional", of: UINT };
    vars.path = STRING;
    vars.class = INT;
  }
  for (const c of CGROUP_CLASSES) vars[c] = INT;
  return vars;
}
var cache = /* @__PURE__ */ new Map();
function environment(name, contract) {
  const key = `${contract}/${name}`;
  if (cache.has(key)) return cache.get(key);
  const data = environments_default.contracts[contract];
  const decl = data?.environments[name];
  let env;
  if (data && (name === "OOMTrigger" || name === "OOMCgroupScoring")) {
    const variables = oomVariables(name);
    for (const unit of Object.keys(data.units)) variables[unit] = UINT;
    const functions = {
      ...OPTIONAL_FUNCTIONS,
      ...name === "OOMTrigger" ? { multiply_qos_vectors: MULTIPLY_QOS_VECTORS } : {}
    };
    env = { variables, functions, messages: {} };
  } else if (data && decl) {
    const variables = {};
    for (const [v, t] of Object.entries(decl.variables)) variables[v] = parseTypeText(t);
    if (decl.unitConstants) for (const unit of Object.keys(data.units)) variables[unit] = UINT;
    const messages = Object.fromEntries(
      Object.entries(data.messages).map(([m, fields]) => [
        m,
        Object.fromEntries(Object.entries(fields).map(([f, t]) => [f, parseTypeText(t)]))
      ])
    );
    const functions = Object.fromEntries(decl.functions.map((f) => [f, TALOS_FUNCTIONS[f] ?? []]));
    env = { variables, functions, messages };
  }
  cache.set(key, env);
  return env;
}
function locate(src, at) {
  const before = src.slice(0, at);
  const line = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd2 = src.indexOf("\n", lineStart);
  const text2 = src.slice(lineStart, lineEnd2 < 0 ? void 0 : lineEnd2);
  return { line, col: [...src.slice(lineStart, at)].length + 1, text: text2 };
}
function display(src, errors) {
  return [...errors].sort((a, b) => a.at - b.at).map((e) => {
    const { line, col, text: text2 } = locate(src, e.at);
    const snippet = text2.replace(/\t/g, " ");
    return `ERROR: <input>:${line}:${col}: ${e.message}
 | ${snippet}
 | ${".".repeat(col - 1)}^`;
  }).join("\n");
}
function celTypedError(src, envName, contract, want) {
  const env = environment(envName, contract);
  if (!env) return void 0;
  let node2;
  try {
    node2 = parseCel(src);
  } catch (e) {
    if (e instanceof CelSyntaxError) return display(src, [{ message: e.message, at: e.at }]);
    throw e;
  }
  const { type, errors } = checkCel(node2, env);
  if (errors.length > 0) return display(src, errors);
  if (type.k !== want) return `expression output type is ${formatType(type)}, expected ${want}`;
  return void 0;
}
function celBoolError(src, envName, contract) {
  return celTypedError(src, envName, contract, "bool");
}
function celDoubleError(src, envName, contract) {
  return celTypedError(src, envName, contract, "double");
}

// src/go/duration.ts
var UNITS = {
  ns: 1n,
  us: 1000n,
  µs: 1000n,
  μs: 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n
};
function parseGoDuration(input) {
  let s = input;
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s.startsWith("-");
    s = s.slice(1);
  }
  if (s === "0") return 0n;
  if (s === "") return void 0;
  let total = 0n;
  while (s !== "") {
    const m = s.match(/^(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/);
    if (!m || m[1] === "" && (m[2] === void 0 || m[2] === "")) return void 0;
    const unit = UNITS[m[3]];
    const whole = BigInt(m[1] || "0") * unit;
    let frac = 0n;
    if (m[2]) {
      frac = BigInt(m[2]) * unit / 10n ** BigInt(m[2].length);
    }
    total += whole + frac;
    s = s.slice(m[0].length);
  }
  if (total > 2n ** 63n - 1n) return void 0;
  return neg ? -total : total;
}
function formatGoDuration(ns) {
  if (ns === 0n) return "0s";
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let out2;
  if (u < 1000000000n) {
    let unit;
    let scale;
    if (u < 1000n) {
      unit = "ns";
      scale = 1n;
    } else if (u < 1000000n) {
      unit = "µs";
      scale = 1000n;
    } else {
      unit = "ms";
      scale = 1000000n;
    }
    out2 = fixed(u, scale) + unit;
  } else {
    const h = u / 3600000000000n;
    u -= h * 3600000000000n;
    const m = u / 60000000000n;
    u -= m * 60000000000n;
    let str = "";
    if (h > 0n) str += `${h}h`;
    if (h > 0n || m > 0n) str += `${m}m`;
    str += `${fixed(u, 1000000000n)}s`;
    out2 = str;
  }
  return (neg ? "-" : "") + out2;
}
function fixed(value, scale) {
  const whole = value / scale;
  const rem = value % scale;
  if (rem === 0n) return whole.toString();
  const width = scale.toString().length - 1;
  const frac = rem.toString().padStart(width, "0").replace(/0+$/, "");
  return `${whole}.${frac}`;
}

// src/kinds/block/volume-maintenance.ts
var MIN_SCRUB_NS = 10000000000n;
var nanos = (v) => parseGoDuration(asStr(v) || "0") ?? 0n;
function negativeTrimInterval(v) {
  return nanos(v) < 0n;
}
function scrubIntervalTooShort(v) {
  const ns = nanos(v);
  return ns !== 0n && ns < MIN_SCRUB_NS ? "scrub interval: minimum value is 10s" : void 0;
}
function checkVolumeMaintenance(body, report, ctx) {
  if (!ctx.since("1.14")) return;
  const trim = asObj(body.trim);
  const at = (block) => [block, "interval"];
  if (trim && negativeTrimInterval(trim.interval))
    report.error("trim interval cannot be negative", at("trim"));
  const scrub = asObj(body.scrub);
  const problem = scrub && scrubIntervalTooShort(scrub.interval);
  if (problem) report.error(problem, at("scrub"));
}

// src/kinds/block/volume-name.ts
var MAX_VOLUME_NAME = 34;
function checkVolumeName(name, report, opts = {}) {
  if (name === "") report.error("name is required", ["name"]);
  const length = Buffer.byteLength(name, "utf8");
  if (opts.max !== void 0 && (length < 1 || length > opts.max))
    report.error(`name must be between 1 and ${opts.max} characters long`, ["name"]);
  const allowed = opts.underscores ? /^[A-Za-z0-9_-]*$/ : /^[A-Za-z0-9-]*$/;
  if (!allowed.test(name))
    report.error(
      opts.underscores ? "name can only contain ASCII letters, digits, hyphens and underscores" : "name can only contain lowercase and uppercase ASCII letters, digits, and hyphens",
      ["name"]
    );
}

// src/kinds/block/existing-volume-config.ts
var ExistingVolumeConfig = {
  kind: "ExistingVolumeConfig",
  group: "block",
  validate(body, report, ctx) {
    checkVolumeName(asStr(body.name), report);
    const match = asStr(dig(body, "discovery", "volumeSelector", "match"));
    if (match === "")
      report.error("volume selector is required", body.discovery === void 0 ? [] : ["discovery"]);
    else {
      const problem = celBoolError(match, "VolumeLocator", ctx.contract);
      if (problem)
        report.error(`volume selector is invalid: ${problem}`, ["discovery", "volumeSelector", "match"]);
    }
    checkVolumeMaintenance(body, report, ctx);
  },
  conflictsWithKinds: ["UserVolumeConfig"]
};

// src/kinds/block/external-volume-config.ts
var ExternalVolumeConfig = {
  kind: "ExternalVolumeConfig",
  group: "block",
  validate(body, report) {
    checkVolumeName(asStr(body.name), report, { max: MAX_VOLUME_NAME });
    const type = asStr(body.filesystemType).toLowerCase() || "none";
    if (type !== "virtiofs") {
      report.error(
        `invalid filesystem type: ${type}`,
        body.filesystemType === void 0 ? [] : ["filesystemType"]
      );
      return;
    }
    const virtiofs = asObj(asObj(body.mount)?.virtiofs);
    if (!virtiofs) report.error("virtiofs mount spec is required", body.mount === void 0 ? [] : ["mount"]);
    else if (asStr(virtiofs.tag) === "") report.error("virtiofs tag is required", ["mount", "virtiofs"]);
  }
};

// src/kinds/block/filesystem-scrub-config.ts
var FilesystemScrubConfig = {
  kind: "FilesystemScrubConfig",
  group: "block",
  validate(body, report) {
    const problem = scrubIntervalTooShort(body.interval);
    if (problem) report.error(problem, ["interval"]);
  }
};

// src/kinds/block/filesystem-trim-config.ts
var FilesystemTrimConfig = {
  kind: "FilesystemTrimConfig",
  group: "block",
  validate(body, report) {
    if (negativeTrimInterval(body.interval)) report.error("interval cannot be negative", ["interval"]);
  }
};

// src/kinds/block/enums.ts
function goEnum(v, names, type, segs, report) {
  if (v === void 0 || v === null) return names[0];
  const s = asStr(v);
  const found = names.find((n) => n === s.toLowerCase());
  if (found === void 0) report.error(`${s} does not belong to ${type} values`, segs);
  return found;
}
var FILESYSTEM_TYPES = [
  "none",
  "xfs",
  "vfat",
  "ext4",
  "iso9660",
  "swap",
  "virtiofs",
  "btrfs"
];
var VOLUME_TYPES = [
  "partition",
  "disk",
  "tmpfs",
  "directory",
  "symlink",
  "overlay",
  "external"
];

// src/kinds/block/encryption-spec.ts
var ENCRYPTION_SECRETS = ["encryption.keys[].static.passphrase"];
var PROVIDERS = ["none", "luks2"];
function encryptionIsZero(enc) {
  const provider = asStr(enc?.provider).toLowerCase();
  return (provider === "" || provider === "none") && asList(enc?.keys).length === 0;
}
function checkEncryption(enc, report, ctx) {
  if (encryptionIsZero(enc)) return;
  const provider = goEnum(
    enc?.provider,
    PROVIDERS,
    "EncryptionProviderType",
    ["encryption", "provider"],
    report
  );
  if (provider !== void 0 && provider !== "luks2")
    report.error(`unsupported encryption provider: ${provider}`, [
      "encryption",
      ...enc?.provider === void 0 ? [] : ["provider"]
    ]);
  const keys = asList(enc?.keys);
  if (keys.length === 0) report.error("encryption keys are required", ["encryption"]);
  const slots = /* @__PURE__ */ new Set();
  keys.forEach((k, i) => {
    const key = asObj(k) ?? {};
    const slot = Number(key.slot ?? 0);
    if (slots.has(slot)) report.error(`duplicate key slot ${slot}`, ["encryption", "keys", i, "slot"]);
    slots.add(slot);
    if (!isSet(key.static) && !isSet(key.nodeID) && !isSet(key.kms) && !isSet(key.tpm))
      report.error(`at least one encryption key type must be specified for slot ${slot}`, [
        "encryption",
        "keys",
        i
      ]);
    if (!ctx.since("1.12")) return;
    asList(asObj(asObj(key.tpm)?.options)?.pcrs).forEach((p, j) => {
      const pcr = Number(p);
      if (pcr < 0 || pcr > 23)
        report.error(`TPM PCR ${pcr} is out of range (0-23)`, [
          "encryption",
          "keys",
          i,
          "tpm",
          "options",
          "pcrs",
          j
        ]);
    });
  });
}
function isSet(v) {
  return v !== void 0 && v !== null;
}

// src/go/humanize.ts
var SIZES = {
  "": 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  m: 1e6,
  mb: 1e6,
  g: 1e9,
  gb: 1e9,
  t: 1e12,
  tb: 1e12,
  p: 1e15,
  pb: 1e15,
  e: 1e18,
  eb: 1e18,
  ki: 2 ** 10,
  kib: 2 ** 10,
  mi: 2 ** 20,
  mib: 2 ** 20,
  gi: 2 ** 30,
  gib: 2 ** 30,
  ti: 2 ** 40,
  tib: 2 ** 40,
  pi: 2 ** 50,
  pib: 2 ** 50,
  ei: 2 ** 60,
  eib: 2 ** 60
};
function parseBytes(s) {
  const m = s.trim().match(/^([0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)\s*([A-Za-z]*)$/);
  if (!m) return void 0;
  const num = Number(m[1].replaceAll(",", ""));
  const mult = SIZES[m[2].toLowerCase()];
  if (mult === void 0 || !Number.isFinite(num)) return void 0;
  const v = num * mult;
  return v >= 2 ** 64 ? void 0 : Math.floor(v);
}
function formatBytes(n) {
  if (n < 10) return `${n} B`;
  const units = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
  const e = Math.floor(Math.log(n) / Math.log(1e3));
  const val = Math.floor(n / 1e3 ** e * 10 + 0.5) / 10;
  const text2 = val < 10 ? val.toFixed(1) : val.toFixed(0);
  return `${text2} ${units[e]}`;
}

// src/kinds/block/sizes.ts
function sizeOf(v) {
  const o = asObj(v);
  const raw = o ? asStr(o.bytes) || asStr(o.percent) : asStr(v);
  if (raw === "") return void 0;
  const negative3 = raw.startsWith("-");
  const text2 = negative3 ? raw.slice(1) : raw;
  const relative = text2.endsWith("%");
  return { raw, negative: negative3, relative, value: relative ? 0 : parseBytes(text2) ?? 0 };
}
function checkSign(size2, segs, report, ctx) {
  if (!size2?.negative || ctx.since("1.13")) return true;
  report.error(
    size2.relative ? `percentage must be between 0 and 100, got ${size2.raw.slice(0, -1)}` : 'strconv.ParseFloat: parsing "": invalid syntax',
    segs
  );
  return false;
}

// src/kinds/block/provisioning-spec.ts
var diskSelector = (prov) => asStr(asObj(prov?.diskSelector)?.match);
function provisioningIsZero(prov) {
  return prov?.grow === void 0 && sizeOf(prov?.minSize) === void 0 && sizeOf(prov?.maxSize) === void 0 && diskSelector(prov) === "";
}
var provisioningRequested = (prov) => !provisioningIsZero(prov);
function checkProvisioning(prov, report, ctx, opts) {
  const at = (...segs) => prov === void 0 ? [] : ["provisioning", ...segs];
  const match = diskSelector(prov);
  if (match !== "") {
    const problem = celBoolError(match, "DiskLocator", ctx.contract);
    if (problem) report.error(`disk selector is invalid: ${problem}`, at("diskSelector", "match"));
  } else if (opts.required) report.error("disk selector is required", at());
  const min = sizeOf(prov?.minSize);
  const max = sizeOf(prov?.maxSize);
  const minOk = checkSign(min, at("minSize"), report, ctx);
  const maxOk = checkSign(max, at("maxSize"), report, ctx);
  if (!minOk || !maxOk) return;
  if (!ctx.since("1.12") || opts.sizeSupported) {
    if (min && max && !max.relative && !max.negative) {
      if (min.value > max.value) report.error("min size is greater than max size", at());
    } else if (opts.required && !min && !max) report.error("min size or max size is required", at());
    if (min?.negative) report.error("min size cannot be negative", at("minSize"));
  } else if (min || max || prov?.grow !== void 0)
    report.error("min size, max size and grow are not supported", at());
}

// src/kinds/block/raw-volume-config.ts
var RawVolumeConfig = {
  kind: "RawVolumeConfig",
  group: "block",
  secrets: ENCRYPTION_SECRETS,
  validate(body, report, ctx) {
    checkVolumeName(asStr(body.name), report, { max: MAX_VOLUME_NAME });
    checkProvisioning(asObj(body.provisioning), report, ctx, { required: true, sizeSupported: true });
    checkEncryption(asObj(body.encryption), report, ctx);
  },
  apply: { rebootToTakeEffect: ["encryption"] }
};

// src/kinds/block/swap-volume-config.ts
var SwapVolumeConfig = {
  kind: "SwapVolumeConfig",
  group: "block",
  secrets: ENCRYPTION_SECRETS,
  validate(body, report, ctx) {
    checkVolumeName(asStr(body.name), report, { max: MAX_VOLUME_NAME });
    checkProvisioning(asObj(body.provisioning), report, ctx, { required: true, sizeSupported: true });
    checkEncryption(asObj(body.encryption), report, ctx);
  },
  apply: { rebootToTakeEffect: ["encryption"] }
};

// src/kinds/block/filesystem-spec.ts
function filesystemIsZero(fs) {
  const type = String(fs?.type ?? "").toLowerCase();
  return (type === "" || type === "none") && fs?.projectQuotaSupport === void 0 && fs?.xfs === void 0;
}
function supported(ctx) {
  return ctx.since("1.14") ? ["none", "xfs", "ext4", "btrfs"] : ["none", "xfs", "ext4"];
}
function checkFilesystem(fs, report, ctx) {
  const type = goEnum(fs?.type, FILESYSTEM_TYPES, "FilesystemType", ["filesystem", "type"], report);
  if (type === void 0) return;
  if (!supported(ctx).includes(type)) {
    report.error(`unsupported filesystem type: ${type}`, ["filesystem", "type"]);
    return;
  }
  const isXFS = type === "none" || type === "xfs";
  if (ctx.since("1.11") && fs?.projectQuotaSupport === true && !isXFS) {
    report.error("project quota support is only available for xfs filesystem", [
      "filesystem",
      "projectQuotaSupport"
    ]);
    return;
  }
  if (ctx.since("1.14") && fs?.xfs !== void 0 && fs.xfs !== null && !isXFS)
    report.error("xfs options are only available for xfs filesystem", ["filesystem", "xfs"]);
}

// src/kinds/block/user-volume-config.ts
var UserVolumeConfig = {
  kind: "UserVolumeConfig",
  group: "block",
  secrets: ENCRYPTION_SECRETS,
  validate(body, report, ctx) {
    checkVolumeName(asStr(body.name), report, { max: MAX_VOLUME_NAME });
    const prov = asObj(body.provisioning);
    const fs = asObj(body.filesystem);
    const enc = asObj(body.encryption);
    const volumes = () => {
      checkFilesystem(fs, report, ctx);
      checkEncryption(enc, report, ctx);
    };
    const type = ctx.since("1.12") ? goEnum(body.volumeType, VOLUME_TYPES, "VolumeType", ["volumeType"], report) : "partition";
    switch (type) {
      case void 0:
        break;
      case "partition":
        checkProvisioning(prov, report, ctx, { required: true, sizeSupported: true });
        volumes();
        break;
      case "disk":
        checkProvisioning(prov, report, ctx, { required: true, sizeSupported: false });
        volumes();
        break;
      case "directory":
        if (!provisioningIsZero(prov))
          report.error("provisioning spec is invalid for volumeType directory", ["provisioning"]);
        if (!encryptionIsZero(enc))
          report.error("encryption spec is invalid for volumeType directory", ["encryption"]);
        if (!filesystemIsZero(fs))
          report.error("filesystem spec is invalid for volumeType directory", ["filesystem"]);
        if (ctx.since("1.13") && Object.keys(asObj(body.mount) ?? {}).length > 0)
          report.error("mount spec is invalid for volumeType directory", ["mount"]);
        break;
      default:
        report.error(`unsupported volume type ${JSON.stringify(type)}`, ["volumeType"]);
    }
    checkVolumeMaintenance(body, report, ctx);
  },
  conflictsWithKinds: ["ExistingVolumeConfig"],
  apply: { rebootToTakeEffect: ["encryption"] }
};

// src/kinds/block/volume-config.ts
function volumeNames(ctx) {
  if (!ctx.since("1.11")) return ["EPHEMERAL", "IMAGECACHE"];
  if (!ctx.since("1.14")) return ["STATE", "EPHEMERAL", "IMAGECACHE"];
  return ["STATE", "EPHEMERAL", "IMAGECACHE", "ETCD", "CRI", "KUBELET", "LOG"];
}
var DEDICATED = ["ETCD", "CRI", "KUBELET", "LOG"];
var VolumeConfig = {
  kind: "VolumeConfig",
  group: "block",
  secrets: ENCRYPTION_SECRETS,
  validate(body, report, ctx) {
    const name = asStr(body.name);
    const allowed = volumeNames(ctx);
    if (!allowed.includes(name)) {
      report.error(`only [${allowed.map((n) => JSON.stringify(n)).join(" ")}] volumes are supported`, [
        "name"
      ]);
      return;
    }
    const provisioning = asObj(body.provisioning);
    const encryption = asObj(body.encryption);
    const mountSet = Object.keys(asObj(body.mount) ?? {}).length > 0;
    const q6 = JSON.stringify(name);
    if (name === "STATE" && ctx.since("1.11")) {
      if (!provisioningIsZero(provisioning))
        report.error(`provisioning config is not allowed for the ${q6} volume`, ["provisioning"]);
      asList(encryption?.keys).forEach((k, i) => {
        if (asObj(k)?.lockToState === true)
          report.error(`state-locked key is not allowed for the ${q6} volume`, [
            "encryption",
            "keys",
            i,
            "lockToState"
          ]);
      });
    }
    if (ctx.since("1.14")) {
      if ((name === "STATE" || name === "IMAGECACHE") && mountSet)
        report.error(`mount config is not allowed for the ${q6} volume`, ["mount"]);
      if (name === "IMAGECACHE" && dig(body, "filesystem", "xfs") !== void 0)
        report.error(`filesystem config is not allowed for the ${q6} volume`, ["filesystem"]);
      if (DEDICATED.includes(name) && mountSet && !provisioningRequested(provisioning))
        report.error(
          `mount config for the ${q6} volume is only supported when it is provisioned onto a dedicated partition`,
          ["mount"]
        );
    }
    checkProvisioning(provisioning, report, ctx, { required: false, sizeSupported: true });
    if (ctx.since("1.11")) checkEncryption(encryption, report, ctx);
    checkVolumeMaintenance(body, report, ctx);
  },
  conflictsWithV1alpha1(body, v1, report, ctx) {
    if (!ctx.since("1.11")) return;
    const name = asStr(body.name);
    const provider = asStr(asObj(body.encryption)?.provider).toLowerCase();
    if ((name === "STATE" || name === "EPHEMERAL") && provider !== "" && provider !== "none") {
      if (asObj(dig(v1, "machine", "systemDiskEncryption", name.toLowerCase())))
        report.error(
          `system disk encryption for ${JSON.stringify(name)} is configured in both v1alpha1.Config and VolumeConfig`
        );
    }
  },
  apply: { rebootToTakeEffect: ["encryption"] },
  volumeEncryption: (body) => [{ volume: asStr(body.name), value: body.encryption, segs: ["encryption"] }]
};

// src/kinds/block/zswap-config.ts
var ZswapConfig = {
  kind: "ZswapConfig",
  group: "block",
  validate(body, report) {
    const pct = body.maxPoolPercent;
    if (pct !== void 0 && pct !== null && (Number(pct) < 0 || Number(pct) > 100))
      report.error("maxPoolPercent must be between 0 and 100", ["maxPoolPercent"]);
  }
};

// src/kinds/cluster/index.ts
var cluster_exports = {};
__export(cluster_exports, {
  DiscoveryIdentityConfig: () => DiscoveryIdentityConfig,
  DiscoveryServiceConfig: () => DiscoveryServiceConfig
});

// src/kinds/cluster/discovery-identity-config.ts
var DiscoveryIdentityConfig = {
  kind: "DiscoveryIdentityConfig",
  group: "cluster",
  secrets: ["clusterSecret"],
  validate(body, report) {
    if (asStr(body.clusterID) === "") return report.error("clusterID is required", ["clusterID"]);
    const secret = asStr(body.clusterSecret);
    if (secret === "") return report.error("clusterSecret is required", ["clusterSecret"]);
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(secret)) {
      return report.error("invalid clusterSecret: failed to decode from base64 (value not shown)", [
        "clusterSecret"
      ]);
    }
    const len = Buffer.from(secret, "base64").length;
    if (len !== 32)
      report.error(`invalid clusterSecret: expected 32 bytes, got ${len} (value not shown)`, [
        "clusterSecret"
      ]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const cluster = asObj(v1.cluster) ?? {};
    if (asStr(cluster.id) !== "" || asStr(cluster.secret) !== "")
      report.error(
        "cluster identity is already configured in .cluster.id/.cluster.secret of the v1alpha1 config"
      );
  }
};

// src/go/url.ts
var EMPTY_URL = Object.freeze({
  scheme: "",
  opaque: "",
  user: "",
  host: "",
  path: "",
  rawQuery: "",
  fragment: "",
  forceQuery: false,
  omitHost: false
});
function unescapePath(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return void 0;
  }
}
function parseGoURL(raw) {
  if (/[\u0000-\u001f\u007f]/.test(raw)) return void 0;
  let rest = raw;
  let fragment = "";
  const hash = rest.indexOf("#");
  if (hash >= 0) {
    fragment = unescapePath(rest.slice(hash + 1)) ?? "";
    rest = rest.slice(0, hash);
  }
  const u = { ...EMPTY_URL, fragment };
  const sm = rest.match(/^([A-Za-z][A-Za-z0-9+.-]*):/);
  if (sm) {
    u.scheme = sm[1].toLowerCase();
    rest = rest.slice(sm[0].length);
  }
  if (rest.endsWith("?") && rest.split("?").length === 2) {
    u.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    const q6 = rest.indexOf("?");
    if (q6 >= 0) {
      u.rawQuery = rest.slice(q6 + 1);
      rest = rest.slice(0, q6);
    }
  }
  if (!rest.startsWith("/") && u.scheme !== "") {
    u.opaque = rest;
    return u;
  }
  if (rest.startsWith("//") && (u.scheme !== "" || true)) {
    const authEnd = rest.indexOf("/", 2);
    const authority = authEnd < 0 ? rest.slice(2) : rest.slice(2, authEnd);
    rest = authEnd < 0 ? "" : rest.slice(authEnd);
    const at = authority.lastIndexOf("@");
    if (at >= 0) {
      u.user = authority.slice(0, at);
      u.host = authority.slice(at + 1);
    } else u.host = authority;
    if (u.host === "" && at < 0 && authority === "") u.omitHost = false;
    if (/[\s<>"{}|\\^`]/.test(u.host)) return void 0;
  }
  const p = unescapePath(rest);
  if (p === void 0) return void 0;
  u.path = p;
  return u;
}
var PATH_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;
function escapePath(p) {
  let out2 = "";
  for (const ch of p) {
    if (PATH_SAFE.test(ch)) out2 += ch;
    else for (const b of Buffer.from(ch, "utf8")) out2 += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out2;
}
function formatGoURL(u) {
  let s = "";
  if (u.scheme) s += `${u.scheme}:`;
  if (u.opaque) {
    s += u.opaque;
  } else {
    if (u.scheme || u.host || u.user) {
      if (u.host || u.path || u.user) s += "//";
      if (u.user) s += `${u.user}@`;
      s += u.host;
    }
    const path2 = escapePath(u.path);
    if (path2 && !path2.startsWith("/") && u.host) s += "/";
    if (s === "" && /^[^/]*:/.test(path2)) s += "./";
    s += path2;
  }
  if (u.forceQuery || u.rawQuery) s += `?${u.rawQuery}`;
  if (u.fragment) s += `#${escapePath(u.fragment)}`;
  return s;
}
function mergeGoURL(left, right) {
  return {
    scheme: right.scheme || left.scheme,
    opaque: right.opaque || left.opaque,
    user: right.user || left.user,
    host: right.host || left.host,
    path: right.path || left.path,
    rawQuery: right.rawQuery || left.rawQuery,
    fragment: right.fragment || left.fragment,
    // plain bools are always taken from the patch
    forceQuery: right.forceQuery,
    omitHost: right.omitHost
  };
}
function urlHostname(u) {
  const h = u.host;
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]"));
  const colon = h.lastIndexOf(":");
  return colon >= 0 && !h.slice(0, colon).includes(":") ? h.slice(0, colon) : h;
}
function urlPort(u) {
  const h = u.host;
  const m = h.match(/:(\d*)$/);
  if (!m) return "";
  if (h.startsWith("[") && !h.includes("]:")) return "";
  return m[1];
}
function splitScheme(raw) {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (/[A-Za-z]/.test(c)) continue;
    if (/[0-9+.-]/.test(c)) {
      if (i === 0) return { scheme: "", rest: raw };
      continue;
    }
    if (c === ":") {
      if (i === 0) return { error: "missing protocol scheme" };
      return { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    }
    return { scheme: "", rest: raw };
  }
  return { scheme: "", rest: raw };
}
function requestURIPath(raw) {
  const fail = (msg) => ({ error: `parse ${JSON.stringify(raw)}: ${msg}` });
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fail("net/url: invalid control character in URL");
  if (raw === "") return fail("empty url");
  if (raw === "*") return { path: "*" };
  const split = splitScheme(raw);
  if ("error" in split) return fail(split.error);
  let rest = split.rest;
  if (rest.endsWith("?") && rest.split("?").length === 2) rest = rest.slice(0, -1);
  else rest = rest.split("?")[0];
  if (!rest.startsWith("/")) {
    if (split.scheme !== "") return { path: "" };
    return fail("invalid URI for request");
  }
  if (split.scheme !== "" && rest.startsWith("//")) {
    const slash = rest.indexOf("/", 2);
    const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    rest = slash < 0 ? "" : rest.slice(slash);
    const host = authority.slice(authority.lastIndexOf("@") + 1);
    const port = host.match(/:([^\]:]*)$/);
    if (port && !/^[0-9]*$/.test(port[1]) && !host.startsWith("["))
      return fail(`invalid port ${JSON.stringify(`:${port[1]}`)} after host`);
  }
  const path2 = unescapePath(rest);
  if (path2 === void 0)
    return fail(`invalid URL escape ${JSON.stringify(rest.match(/%.{0,2}/)?.[0] ?? "%")}`);
  return { path: path2 };
}

// src/kinds/shared/url.ts
function metaURL(v) {
  const u = typeof v === "string" ? v === "" ? void 0 : parseGoURL(v) : asObj(v);
  if (!u) return void 0;
  return Object.values(u).some((x) => x !== "" && x !== false && x !== void 0) ? u : void 0;
}

// src/kinds/cluster/discovery-service-config.ts
var DiscoveryServiceConfig = {
  kind: "DiscoveryServiceConfig",
  group: "cluster",
  validate(body, report) {
    if (asStr(body.name) === "")
      return report.error("name is required", body.name === void 0 ? [] : ["name"]);
    const url2 = metaURL(body.endpoint);
    if (!url2) return report.error("endpoint is required", body.endpoint === void 0 ? [] : ["endpoint"]);
    if (url2.scheme === "") return report.error("endpoint scheme is required", ["endpoint"]);
    if (!["http", "https", "grpc"].includes(url2.scheme))
      return report.error("endpoint scheme must be http://, https:// or grpc://", ["endpoint"]);
    if (urlHostname(url2) === "") report.error("endpoint host is required", ["endpoint"]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const legacy = asObj(v1.cluster)?.discovery;
    if (legacy !== void 0 && legacy !== null)
      report.error("discovery service is already configured in .cluster.discovery of the v1alpha1 config");
  },
  crossCheck(docs, ctx) {
    const v1 = ctx.v1?.body;
    const legacy = asObj(dig(v1, "cluster", "discovery"));
    const legacyOn = legacy?.enabled === true && dig(legacy, "registries", "service", "disabled") !== true && parseGoURL(
      asStr(dig(legacy, "registries", "service", "endpoint")) || "https://discovery.talos.dev/"
    ) !== void 0;
    const discovery = docs.filter((d) => d.kind === "DiscoveryServiceConfig");
    if (!legacyOn && discovery.length === 0) return;
    const at = legacyOn ? ctx.v1 : discovery[0];
    const segs = legacyOn ? ["cluster", "discovery"] : [];
    const v1ID = asStr(dig(v1, "cluster", "id"));
    const v1Secret = asStr(dig(v1, "cluster", "secret"));
    const identity = docs.find((d) => d.kind === "DiscoveryIdentityConfig")?.body;
    const [id, secret] = v1ID !== "" || v1Secret !== "" ? [v1ID, v1Secret] : [asStr(identity?.clusterID), asStr(identity?.clusterSecret)];
    if (id === "")
      ctx.error(
        "talos/discovery",
        "cluster ID (.cluster.id or DiscoveryIdentityConfig) should be set when cluster discovery (DiscoveryServiceConfig) is enabled",
        at,
        segs
      );
    if (secret === "")
      ctx.error(
        "talos/discovery",
        "cluster secret (.cluster.secret or DiscoveryIdentityConfig) should be set when cluster discovery (DiscoveryServiceConfig) is enabled",
        at,
        segs
      );
  }
};

// src/kinds/container/index.ts
var container_exports = {};
__export(container_exports, {
  ContainerConfig: () => ContainerConfig
});

// src/go/strconv.ts
function parseGoUint(s, bits) {
  const max = (1n << BigInt(bits)) - 1n;
  if (!/^[0-9]+$/.test(s))
    return { value: 0n, error: `strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax` };
  const value = BigInt(s);
  if (value > max)
    return { value: max, error: `strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range` };
  return { value };
}

// src/kinds/shared/image-reference.ts
var REPOSITORY_CHARS = /^[a-z0-9_./-]+$/;
var TAG_CHARS = /^[A-Za-z0-9_.-]+$/;
var DIGEST = /^sha256:[0-9a-f]{64}$/;
function repositoryOK(name) {
  if (name === "") return false;
  let repo = name;
  const slash = name.indexOf("/");
  if (slash >= 0) {
    const first = name.slice(0, slash);
    if (first.includes(".") || first.includes(":")) {
      repo = name.slice(slash + 1);
      if (parseGoURL(`//${first}`)?.host !== first) return false;
    }
  }
  return repo.length >= 2 && repo.length <= 255 && REPOSITORY_CHARS.test(repo);
}
function tagOK(name) {
  const parts = name.split(":");
  let base = name;
  if (parts.length > 1 && !parts.at(-1).includes("/")) {
    const tag = parts.at(-1);
    base = parts.slice(0, -1).join(":");
    if (tag === "" || tag.length > 128 || !TAG_CHARS.test(tag)) return false;
  }
  return repositoryOK(base);
}
function digestOK(name) {
  const parts = name.split("@");
  if (parts.length !== 2 || !DIGEST.test(parts[1])) return false;
  return tagOK(parts[0]);
}
function parseImageReference(ref) {
  if (tagOK(ref)) return "tag";
  if (digestOK(ref)) return "digest";
  return void 0;
}

// src/kinds/container/container-dependencies.ts
var RULE = "talos/container-dependencies";
function dependencies(doc) {
  return asList(dig(doc.body, "dependsOn", "containers")).map((d) => asStr(d));
}
function cycles(edges) {
  const done = /* @__PURE__ */ new Set();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const found = [];
  const visit = (name) => {
    if (done.has(name)) return;
    if (onStack.has(name)) {
      found.push([...stack.slice(stack.indexOf(name)), name].join(" -> "));
      return;
    }
    onStack.add(name);
    stack.push(name);
    for (const dep of edges.get(name) ?? []) if (edges.has(dep)) visit(dep);
    stack.pop();
    onStack.delete(name);
    done.add(name);
  };
  for (const name of [...edges.keys()].sort()) visit(name);
  return [...new Set(found)].sort();
}
function checkContainerDependencies(docs, ctx) {
  const containers = docs.filter((d) => d.kind === "ContainerConfig");
  if (containers.length === 0) return;
  const edges = new Map(containers.map((d) => [d.name ?? "", dependencies(d)]));
  for (const doc of containers) {
    dependencies(doc).forEach((dep, i) => {
      if (!edges.has(dep))
        ctx.error(
          RULE,
          `container ${JSON.stringify(doc.name ?? "")} depends on container ${JSON.stringify(dep)}, which is not configured`,
          doc,
          ["dependsOn", "containers", i]
        );
    });
  }
  const found = cycles(edges);
  if (found.length === 0) return;
  const start = containers.find((d) => (d.name ?? "") === found[0].split(" -> ")[0]) ?? containers[0];
  ctx.error(RULE, `container dependsOn cycle detected: ${found.join(", ")}`, start, [
    "dependsOn",
    "containers"
  ]);
}

// src/kinds/container/container-config.ts
var NAME = /^[a-z0-9-]+$/;
var MOUNT_OPTIONS = ["ro", "rw", "noexec", "nosuid", "nodev", "noatime", "rbind", "rshared"];
var NETWORK_CONDITIONS = ["addresses", "connectivity", "hostname", "etcfiles"];
var isSet2 = (v) => v !== void 0 && v !== null;
var q = (s) => JSON.stringify(s);
function absPathError(what, p) {
  if (p === "") return `${what} is required`;
  return p.startsWith("/") ? void 0 : `${what} ${q(p)} must be an absolute path`;
}
function mountOptionErrors(options) {
  const opts = asList(options).map(asStr);
  const out2 = opts.filter((o) => !MOUNT_OPTIONS.includes(o)).map((o) => `unsupported mount option ${q(o)}`);
  if (opts.includes("ro") && opts.includes("rw")) out2.push("mount options ro and rw are mutually exclusive");
  return out2;
}
function checkMount(m) {
  const sources = ["userVolume", "tmpfs", "hostPath"].filter((k) => isSet2(m[k]));
  if (sources.length !== 1)
    return { destination: "", errors: ["exactly one of userVolume, tmpfs or hostPath must be set"] };
  const kind = sources[0];
  const spec = asObj(m[kind]) ?? {};
  const destination = asStr(spec.destination);
  const errors = [];
  if (kind === "userVolume" && asStr(spec.name) === "") errors.push("userVolume.name is required");
  if (kind === "hostPath") {
    const src = absPathError("hostPath.source", asStr(spec.source));
    if (src) errors.push(src);
  }
  const dst = absPathError(`${kind}.destination`, destination);
  if (dst) errors.push(dst);
  errors.push(...mountOptionErrors(spec.options));
  return { destination, errors };
}
function checkMounts(body, report) {
  const seen = /* @__PURE__ */ new Set();
  asList(body.mounts).forEach((raw, i) => {
    const { destination, errors } = checkMount(asObj(raw) ?? {});
    for (const e of errors) report.error(`mounts[${i}]: ${e}`, ["mounts", i]);
    if (errors.length > 0) return;
    if (seen.has(destination))
      report.error(`mounts[${i}]: duplicate destination ${q(destination)}`, ["mounts", i]);
    seen.add(destination);
  });
}
function capabilityError(field, cap) {
  if (cap === "") return `${field}: capability name must not be empty`;
  if (cap.startsWith("CAP_")) return `${field}: capability ${q(cap)} must be given without the CAP_ prefix`;
  if (cap.toUpperCase() !== cap) return `${field}: capability ${q(cap)} must be upper case`;
  if (!/^[A-Z_]*$/.test(cap))
    return `${field}: capability ${q(cap)} may only contain upper case letters and underscores`;
  return void 0;
}
function checkSecurity(security, report) {
  const profile = asStr(security.profile);
  if (!["", "restricted", "privileged"].includes(profile))
    report.error(`unsupported security profile ${q(profile)}, expected restricted or privileged`, [
      "security",
      "profile"
    ]);
  if (!isSet2(security.capabilities)) return;
  const caps = asObj(security.capabilities) ?? {};
  const add = asList(caps.add).map(asStr);
  const drop = asList(caps.drop).map(asStr);
  const at = ["security", "capabilities"];
  for (const c of add) {
    const err = c === "ALL" ? "capabilities.add does not accept ALL, use profile: privileged instead" : capabilityError("capabilities.add", c);
    if (err) report.error(err, [...at, "add"]);
  }
  for (const c of drop) {
    const err = c === "ALL" ? void 0 : capabilityError("capabilities.drop", c);
    if (err) report.error(err, [...at, "drop"]);
  }
  for (const c of add)
    if (drop.includes(c)) report.error(`capability ${q(c)} appears in both add and drop`, at);
}
function millicoresError(v) {
  if (!v.endsWith("m")) return `limits.cpu ${q(v)} must be expressed in millicores, e.g. 1500m`;
  const parsed = parseGoUint(v.slice(0, -1), 64);
  if (parsed.error) return `limits.cpu ${q(v)} is not a valid millicore quantity: ${parsed.error}`;
  return parsed.value === 0n ? `limits.cpu ${q(v)} must be greater than zero` : void 0;
}
function checkResources(resources, report) {
  const limits = asObj(resources.limits);
  if (!limits) return;
  const memory = asStr(limits.memory);
  if (memory !== "" && parseBytes(memory) === void 0)
    report.error(`limits.memory ${q(memory)} is not a valid size`, ["resources", "limits", "memory"]);
  const cpu = asStr(limits.cpu);
  const err = cpu === "" ? void 0 : millicoresError(cpu);
  if (err) report.error(err, ["resources", "limits", "cpu"]);
}
function checkDependsOn(dependsOn, self, report) {
  asList(dependsOn.paths).forEach((p, i) => {
    const err = absPathError("dependsOn.paths entry", asStr(p));
    if (err) report.error(err, ["dependsOn", "paths", i]);
  });
  asList(dependsOn.networks).forEach((c, i) => {
    if (!NETWORK_CONDITIONS.includes(asStr(c)))
      report.error(`unsupported dependsOn.networks condition ${q(asStr(c))}`, ["dependsOn", "networks", i]);
  });
  asList(dependsOn.containers).forEach((c, i) => {
    const name = asStr(c);
    if (name === "")
      report.error("dependsOn.containers entry must not be empty", ["dependsOn", "containers", i]);
    else if (name === self)
      report.error(`container ${q(self)} cannot depend on itself`, ["dependsOn", "containers", i]);
  });
}
var ContainerConfig = {
  kind: "ContainerConfig",
  group: "container",
  validate(body, report) {
    const name = asStr(body.name);
    const nameAt = body.name === void 0 ? [] : ["name"];
    if (name === "") report.error("name is required", nameAt);
    else if (name.length > 63) report.error(`name ${q(name)} must be 63 characters or fewer`, nameAt);
    else if (!NAME.test(name))
      report.error(
        `name ${q(name)}: name can only contain lowercase ASCII letters, digits and hyphens`,
        nameAt
      );
    const image = asStr(body.image);
    const ref = image === "" ? void 0 : parseImageReference(image);
    if (image === "") report.error("image is required", body.image === void 0 ? [] : ["image"]);
    else if (!ref)
      report.error(`invalid image reference ${q(image)}: could not parse reference: ${image}`, ["image"]);
    else if (ref !== "digest")
      report.warn(
        `container ${q(name)}: image ${q(image)} is not digest-pinned, the running image may change on restart`,
        ["image"]
      );
    asList(body.environment).forEach((e, i) => {
      if (!asStr(e).includes("="))
        report.error(`environment[${i}]: ${q(asStr(e))} must be in KEY=value form`, ["environment", i]);
    });
    checkMounts(body, report);
    if (isSet2(body.security)) checkSecurity(asObj(body.security) ?? {}, report);
    if (isSet2(body.network)) {
      const mode = asStr(asObj(body.network)?.mode);
      if (!["", "none", "host"].includes(mode))
        report.error(`unsupported network mode ${q(mode)}, expected none or host`, ["network", "mode"]);
    }
    if (isSet2(body.resources)) checkResources(asObj(body.resources) ?? {}, report);
    if (isSet2(body.dependsOn)) checkDependsOn(asObj(body.dependsOn) ?? {}, name, report);
    const runAs = asObj(body.runAs);
    for (const id of ["uid", "gid"]) {
      const v = runAs?.[id];
      if (typeof v === "number" && v < 0)
        report.error(`runAs.${id} must be non-negative, got ${v}`, ["runAs", id]);
    }
  },
  // Talos's container-level check over all ContainerConfig documents: known names, no cycle
  crossCheck: checkContainerDependencies
};

// src/kinds/cri/index.ts
var cri_exports = {};
__export(cri_exports, {
  CRIBaseRuntimeSpecConfig: () => CRIBaseRuntimeSpecConfig,
  CRICustomizationConfig: () => CRICustomizationConfig,
  ImageCacheConfig: () => ImageCacheConfig,
  RegistryAuthConfig: () => RegistryAuthConfig,
  RegistryMirrorConfig: () => RegistryMirrorConfig,
  RegistryTLSConfig: () => RegistryTLSConfig
});

// src/kinds/cri/oci-runtime-spec.ts
var OCI_STRUCTS = {
  Box: { height: "uint", width: "uint" },
  CPUAffinity: { initial: "string", final: "string" },
  FreeBSD: { devices: "[]FreeBSDDevice", jail: "FreeBSDJail" },
  FreeBSDDevice: { path: "string", mode: "uint32" },
  FreeBSDJail: {
    parent: "string",
    host: "string",
    ip4: "string",
    ip4Addr: "[]string",
    ip6: "string",
    ip6Addr: "[]string",
    vnet: "string",
    interface: "string",
    vnetInterfaces: "[]string",
    sysvmsg: "string",
    sysvsem: "string",
    sysvshm: "string",
    enforceStatfs: "int",
    allow: "FreeBSDJailAllow"
  },
  FreeBSDJailAllow: {
    setHostname: "bool",
    rawSockets: "bool",
    chflags: "bool",
    mount: "[]string",
    quotas: "bool",
    socketAf: "bool",
    mlock: "bool",
    reservedPorts: "bool",
    suser: "bool"
  },
  HWConfig: {
    deviceTree: "string",
    vcpus: "uint32",
    memory: "uint64",
    dtdevs: "[]string",
    iomems: "[]IOMems",
    irqs: "[]uint32"
  },
  Hook: { path: "string", args: "[]string", env: "[]string", timeout: "int" },
  Hooks: {
    prestart: "[]Hook",
    createRuntime: "[]Hook",
    createContainer: "[]Hook",
    startContainer: "[]Hook",
    poststart: "[]Hook",
    poststop: "[]Hook"
  },
  IOMems: { firstGFN: "uint64", firstMFN: "uint64", nrMFNs: "uint64" },
  Linux: {
    uidMappings: "[]LinuxIDMapping",
    gidMappings: "[]LinuxIDMapping",
    sysctl: "map[string]string",
    resources: "LinuxResources",
    cgroupsPath: "string",
    namespaces: "[]LinuxNamespace",
    devices: "[]LinuxDevice",
    netDevices: "map[string]LinuxNetDevice",
    seccomp: "LinuxSeccomp",
    rootfsPropagation: "string",
    maskedPaths: "[]string",
    readonlyPaths: "[]string",
    mountLabel: "string",
    intelRdt: "LinuxIntelRdt",
    memoryPolicy: "LinuxMemoryPolicy",
    personality: "LinuxPersonality",
    timeOffsets: "map[string]LinuxTimeOffset"
  },
  LinuxBlockIO: {
    weight: "uint16",
    leafWeight: "uint16",
    weightDevice: "[]LinuxWeightDevice",
    throttleReadBpsDevice: "[]LinuxThrottleDevice",
    throttleWriteBpsDevice: "[]LinuxThrottleDevice",
    throttleReadIOPSDevice: "[]LinuxThrottleDevice",
    throttleWriteIOPSDevice: "[]LinuxThrottleDevice"
  },
  LinuxBlockIODevice: { major: "int64", minor: "int64" },
  LinuxCPU: {
    shares: "uint64",
    quota: "int64",
    burst: "uint64",
    period: "uint64",
    realtimeRuntime: "int64",
    realtimePeriod: "uint64",
    cpus: "string",
    mems: "string",
    idle: "int64"
  },
  LinuxCapabilities: {
    bounding: "[]string",
    effective: "[]string",
    inheritable: "[]string",
    permitted: "[]string",
    ambient: "[]string"
  },
  LinuxDevice: {
    path: "string",
    type: "string",
    major: "int64",
    minor: "int64",
    fileMode: "uint32",
    uid: "uint32",
    gid: "uint32"
  },
  LinuxDeviceCgroup: { allow: "bool", type: "string", major: "int64", minor: "int64", access: "string" },
  LinuxHugepageLimit: { pageSize: "string", limit: "uint64" },
  LinuxIDMapping: { containerID: "uint32", hostID: "uint32", size: "uint32" },
  LinuxIOPriority: { class: "string", priority: "int" },
  LinuxIntelRdt: {
    closID: "string",
    schemata: "[]string",
    l3CacheSchema: "string",
    memBwSchema: "string",
    enableMonitoring: "bool"
  },
  LinuxInterfacePriority: { name: "string", priority: "uint32" },
  LinuxMemory: {
    limit: "int64",
    reservation: "int64",
    swap: "int64",
    kernel: "int64",
    kernelTCP: "int64",
    swappiness: "uint64",
    disableOOMKiller: "bool",
    useHierarchy: "bool",
    checkBeforeUpdate: "bool"
  },
  LinuxMemoryPolicy: { mode: "string", nodes: "string", flags: "[]string" },
  LinuxNamespace: { type: "string", path: "string" },
  LinuxNetDevice: { name: "string" },
  LinuxNetwork: { classID: "uint32", priorities: "[]LinuxInterfacePriority" },
  LinuxPersonality: { domain: "string", flags: "[]string" },
  LinuxPids: { limit: "int64" },
  LinuxRdma: { hcaHandles: "uint32", hcaObjects: "uint32" },
  LinuxResources: {
    devices: "[]LinuxDeviceCgroup",
    memory: "LinuxMemory",
    cpu: "LinuxCPU",
    pids: "LinuxPids",
    blockIO: "LinuxBlockIO",
    hugepageLimits: "[]LinuxHugepageLimit",
    network: "LinuxNetwork",
    rdma: "map[string]LinuxRdma",
    unified: "map[string]string"
  },
  LinuxSeccomp: {
    defaultAction: "string",
    defaultErrnoRet: "uint",
    architectures: "[]string",
    flags: "[]string",
    listenerPath: "string",
    listenerMetadata: "string",
    syscalls: "[]LinuxSyscall"
  },
  LinuxSeccompArg: { index: "uint", value: "uint64", valueTwo: "uint64", op: "string" },
  LinuxSyscall: { names: "[]string", action: "string", errnoRet: "uint", args: "[]LinuxSeccompArg" },
  LinuxThrottleDevice: { major: "int64", minor: "int64", rate: "uint64" },
  LinuxTimeOffset: { secs: "int64", nanosecs: "uint32" },
  LinuxWeightDevice: { major: "int64", minor: "int64", weight: "uint16", leafWeight: "uint16" },
  Mount: {
    destination: "string",
    type: "string",
    source: "string",
    options: "[]string",
    uidMappings: "[]LinuxIDMapping",
    gidMappings: "[]LinuxIDMapping"
  },
  POSIXRlimit: { type: "string", hard: "uint64", soft: "uint64" },
  Process: {
    terminal: "bool",
    consoleSize: "Box",
    user: "User",
    args: "[]string",
    commandLine: "string",
    env: "[]string",
    cwd: "string",
    capabilities: "LinuxCapabilities",
    rlimits: "[]POSIXRlimit",
    noNewPrivileges: "bool",
    apparmorProfile: "string",
    oomScoreAdj: "int",
    scheduler: "Scheduler",
    selinuxLabel: "string",
    ioPriority: "LinuxIOPriority",
    execCPUAffinity: "CPUAffinity"
  },
  Root: { path: "string", readonly: "bool" },
  Scheduler: {
    policy: "string",
    nice: "int32",
    priority: "int32",
    flags: "[]string",
    runtime: "uint64",
    deadline: "uint64",
    period: "uint64"
  },
  Solaris: {
    milestone: "string",
    limitpriv: "string",
    maxShmMemory: "string",
    anet: "[]SolarisAnet",
    cappedCPU: "SolarisCappedCPU",
    cappedMemory: "SolarisCappedMemory"
  },
  SolarisAnet: {
    linkname: "string",
    lowerLink: "string",
    allowedAddress: "string",
    configureAllowedAddress: "string",
    defrouter: "string",
    linkProtection: "string",
    macAddress: "string"
  },
  SolarisCappedCPU: { ncpus: "string" },
  SolarisCappedMemory: { physical: "string", swap: "string" },
  Spec: {
    ociVersion: "string",
    process: "Process",
    root: "Root",
    hostname: "string",
    domainname: "string",
    mounts: "[]Mount",
    hooks: "Hooks",
    annotations: "map[string]string",
    linux: "Linux",
    solaris: "Solaris",
    windows: "Windows",
    vm: "VM",
    zos: "ZOS",
    freebsd: "FreeBSD"
  },
  User: { uid: "uint32", gid: "uint32", umask: "uint32", additionalGids: "[]uint32", username: "string" },
  VM: { hypervisor: "VMHypervisor", kernel: "VMKernel", image: "VMImage", hwconfig: "HWConfig" },
  VMHypervisor: { path: "string", parameters: "[]string" },
  VMImage: { path: "string", format: "string" },
  VMKernel: { path: "string", parameters: "[]string", initrd: "string" },
  Windows: {
    layerFolders: "[]string",
    devices: "[]WindowsDevice",
    resources: "WindowsResources",
    credentialSpec: "any",
    servicing: "bool",
    ignoreFlushesDuringBoot: "bool",
    hyperv: "WindowsHyperV",
    network: "WindowsNetwork"
  },
  WindowsCPUGroupAffinity: { mask: "uint64", group: "uint32" },
  WindowsCPUResources: {
    count: "uint64",
    shares: "uint16",
    maximum: "uint16",
    affinity: "[]WindowsCPUGroupAffinity"
  },
  WindowsDevice: { id: "string", idType: "string" },
  WindowsHyperV: { utilityVMPath: "string" },
  WindowsMemoryResources: { limit: "uint64" },
  WindowsNetwork: {
    endpointList: "[]string",
    allowUnqualifiedDNSQuery: "bool",
    DNSSearchList: "[]string",
    networkSharedContainerName: "string",
    networkNamespace: "string"
  },
  WindowsResources: {
    memory: "WindowsMemoryResources",
    cpu: "WindowsCPUResources",
    storage: "WindowsStorageResources"
  },
  WindowsStorageResources: { iops: "uint64", bps: "uint64", sandboxSize: "uint64" },
  ZOS: { namespaces: "[]ZOSNamespace" },
  ZOSNamespace: { type: "string", path: "string" }
};
var INT_RANGES = {
  int: [-(2 ** 63), 2 ** 63 - 1],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [-(2 ** 63), 2 ** 63 - 1],
  uint: [0, 2 ** 64 - 1],
  uint16: [0, 2 ** 16 - 1],
  uint32: [0, 2 ** 32 - 1],
  uint64: [0, 2 ** 64 - 1]
};
var jsonKind = (v) => Array.isArray(v) ? "array" : typeof v === "object" ? "object" : typeof v === "boolean" ? "bool" : typeof v;
var goTypeName = (t) => t.startsWith("[]") ? `[]${goTypeName(t.slice(2))}` : t.startsWith("map[string]") ? `map[string]${goTypeName(t.slice(11))}` : OCI_STRUCTS[t] ? `specs.${t}` : t === "any" ? "interface {}" : t;
function decodeError(value, type, where) {
  if (value === null || value === void 0 || type === "any") return void 0;
  const mismatch = (shown) => `json: cannot unmarshal ${shown} into Go ${where.path.length > 0 ? `struct field ${where.struct}.${where.path.join(".")}` : "value"} of type ${goTypeName(type)}`;
  if (type.startsWith("[]")) {
    if (!Array.isArray(value)) return mismatch(jsonKind(value));
    for (const item of value) {
      const err = decodeError(item, type.slice(2), where);
      if (err) return err;
    }
    return void 0;
  }
  const isMap = type.startsWith("map[string]");
  const fields = isMap ? void 0 : OCI_STRUCTS[type];
  if (isMap || fields) {
    if (jsonKind(value) !== "object") return mismatch(jsonKind(value));
    for (const [key, v] of Object.entries(value)) {
      if (isMap) {
        const err2 = decodeError(v, type.slice(11), { ...where, path: [...where.path, key] });
        if (err2) return err2;
        continue;
      }
      const name = key in fields ? key : Object.keys(fields).find((f) => f.toLowerCase() === key.toLowerCase());
      if (name === void 0) continue;
      const err = decodeError(v, fields[name], { struct: type, path: [...where.path, name] });
      if (err) return err;
    }
    return void 0;
  }
  if (type === "string") return typeof value === "string" ? void 0 : mismatch(jsonKind(value));
  if (type === "bool") return typeof value === "boolean" ? void 0 : mismatch(jsonKind(value));
  const range = INT_RANGES[type];
  if (range) {
    if (typeof value !== "number") return mismatch(jsonKind(value));
    if (!Number.isInteger(value) || value < range[0] || value > range[1]) return mismatch(`number ${value}`);
  }
  return void 0;
}
function ociSpecError(overrides) {
  return decodeError(overrides, "Spec", { struct: "Spec", path: [] });
}

// src/kinds/cri/cri-base-runtime-spec-config.ts
var CRIBaseRuntimeSpecConfig = {
  kind: "CRIBaseRuntimeSpecConfig",
  group: "cri",
  validate(body, report) {
    const err = ociSpecError(body.overrides);
    if (err) report.error(`failed to unmarshal base runtime spec overrides: ${err}`, ["overrides"]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const legacy = asObj(v1.machine)?.baseRuntimeSpecOverrides;
    if (legacy !== void 0 && legacy !== null)
      report.error("base runtime spec overrides are already set in v1alpha1 config");
  }
};

// src/kinds/shared/k8s-names.ts
var DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
var QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
var LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
var RESERVED_ANNOTATIONS = [
  "talos.dev/owned-annotations",
  "talos.dev/owned-labels",
  "talos.dev/owned-taints"
];
var TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];
var TOTAL_ANNOTATION_LIMIT = 256 * 1024;
function dns1123SubdomainError(v) {
  if (Buffer.byteLength(v) > 253) return `domain name length exceeds limit of 253: ${JSON.stringify(v)}`;
  if (!DNS1123_SUBDOMAIN.test(v)) return `domain doesn't match required format: ${JSON.stringify(v)}`;
  return void 0;
}
function qualifiedNameError(value) {
  const parts = value.split("/");
  let name;
  if (parts.length === 1) name = parts[0];
  else if (parts.length === 2) {
    const [prefix, n] = parts;
    name = n;
    if (prefix === "") return `prefix cannot be empty: ${JSON.stringify(value)}`;
    const e = dns1123SubdomainError(prefix);
    if (e) return `prefix ${JSON.stringify(prefix)} is invalid: ${e}`;
  } else return `invalid format: too many slashes: ${JSON.stringify(value)}`;
  if (name === "") return `name cannot be empty: ${JSON.stringify(value)}`;
  if (Buffer.byteLength(name) > 63) return `name is too long: ${JSON.stringify(value)} (limit is 63)`;
  if (!QUALIFIED_NAME.test(name)) return `name ${JSON.stringify(name)} is invalid`;
  return void 0;
}
function labelValueError(v) {
  if (Buffer.byteLength(v) > 63) return `label value length exceeds limit of 63: ${JSON.stringify(v)}`;
  if (!LABEL_VALUE.test(v)) return `label value ${JSON.stringify(v)} is invalid`;
  return void 0;
}
var sorted = (m) => Object.keys(m).sort();
function labelErrors(labels) {
  const out2 = [];
  for (const k of sorted(labels)) {
    const keyError = qualifiedNameError(k);
    if (keyError) out2.push({ key: k, message: keyError });
    const valueError = labelValueError(String(labels[k] ?? ""));
    if (valueError) out2.push({ key: k, message: valueError });
  }
  return out2;
}
function annotationErrors(annotations) {
  const out2 = [];
  let size2 = 0;
  for (const k of sorted(annotations)) {
    const e = qualifiedNameError(k);
    if (e) out2.push({ key: k, message: e });
    if (RESERVED_ANNOTATIONS.includes(k))
      out2.push({ key: k, message: `annotation ${JSON.stringify(k)} is reserved` });
    size2 += Buffer.byteLength(k) + Buffer.byteLength(String(annotations[k] ?? ""));
  }
  if (size2 > TOTAL_ANNOTATION_LIMIT) {
    out2.push({ key: "", message: `total annotation size exceeds limit of ${TOTAL_ANNOTATION_LIMIT} bytes` });
  }
  return out2;
}
function taintErrors(taints) {
  const out2 = [];
  for (const k of sorted(taints)) {
    const nameError = qualifiedNameError(k);
    if (nameError) {
      out2.push({ key: k, message: nameError });
      continue;
    }
    const raw = String(taints[k] ?? "");
    const i = raw.indexOf(":");
    const value = i >= 0 ? raw.slice(0, i) : raw;
    const effect = i >= 0 ? raw.slice(i + 1) : raw;
    if (!TAINT_EFFECTS.includes(effect)) {
      out2.push({ key: k, message: `invalid taint effect: ${JSON.stringify(effect)}` });
      continue;
    }
    if (i >= 0) {
      const e = labelValueError(value);
      if (e) out2.push({ key: k, message: e });
    }
  }
  return out2;
}

// src/kinds/cri/cri-customization-config.ts
var LEGACY_NAME = "customization";
var CRICustomizationConfig = {
  kind: "CRICustomizationConfig",
  group: "cri",
  validate(body, report) {
    const name = asStr(body.name);
    const at = body.name === void 0 ? [] : ["name"];
    const err = qualifiedNameError(name);
    if (err) report.error(`invalid name: ${err}`, at);
    if (name === LEGACY_NAME)
      report.error(`name ${JSON.stringify(name)} is reserved for the legacy CRI customization`, at);
  }
};

// src/kinds/cri/image-cache-config.ts
var ImageCacheConfig = {
  kind: "ImageCacheConfig",
  group: "cri",
  conflictsWithV1alpha1(_body, v1, report) {
    const legacy = asObj(asObj(v1.machine)?.features)?.imageCache;
    if (legacy !== void 0 && legacy !== null)
      report.error("image cache config is already set in v1alpha1 config");
  }
};

// src/kinds/cri/registry-auth-config.ts
var RegistryAuthConfig = {
  kind: "RegistryAuthConfig",
  group: "cri",
  secrets: ["password", "auth", "identityToken"],
  validate(body, report) {
    if (asStr(body.name) === "")
      report.error("name must be specified", body.name === void 0 ? [] : ["name"]);
    const username = asStr(body.username) !== "";
    const identityToken = asStr(body.identityToken) !== "";
    const auth = asStr(body.auth) !== "";
    if (username && identityToken)
      report.error("only one of username/password or identityToken authentication can be specified", [
        "identityToken"
      ]);
    if (auth && (username || identityToken))
      report.error("only one of auth, username/password or identityToken authentication can be specified", [
        "auth"
      ]);
  }
};

// src/kinds/cri/registry-mirror-config.ts
var RegistryMirrorConfig = {
  kind: "RegistryMirrorConfig",
  group: "cri",
  validate(body, report) {
    if (asStr(body.name) === "")
      report.error("name must be specified", body.name === void 0 ? [] : ["name"]);
    asList(body.endpoints).forEach((ep, i) => {
      const url2 = metaURL(asObj(ep)?.url);
      if (!url2) report.error(`endpoints[${i}].url must be specified`, ["endpoints", i]);
      else if (url2.scheme !== "http" && url2.scheme !== "https")
        report.error(`endpoints[${i}].url has unsupported scheme: ${JSON.stringify(url2.scheme)}`, [
          "endpoints",
          i,
          "url"
        ]);
    });
  }
};

// src/go/x509.ts
import { createPrivateKey, X509Certificate } from "node:crypto";

// src/go/pem.ts
var START = "\n-----BEGIN ";
var END = "\n-----END ";
var EOL = "-----";
function getLine(data) {
  const i = data.indexOf("\n");
  const [line, rest] = i < 0 ? [data, ""] : [data.slice(0, i), data.slice(i + 1)];
  return [line.replace(/[ \t\r]+$/, ""), rest];
}
function stdBase64(s) {
  const clean = s.replace(/[\r\n]/g, "");
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(clean)) return void 0;
  return Buffer.from(clean, "base64");
}
function decodeGoPem(data) {
  let rest = data;
  for (; ; ) {
    if (rest.startsWith(START.slice(1))) rest = rest.slice(START.length - 1);
    else {
      const at = rest.indexOf(START);
      if (at < 0) return void 0;
      rest = rest.slice(at + START.length);
    }
    let typeLine;
    [typeLine, rest] = getLine(rest);
    if (!typeLine.endsWith(EOL)) continue;
    typeLine = typeLine.slice(0, -EOL.length);
    const headers = {};
    let truncated = false;
    for (; ; ) {
      if (rest === "") {
        truncated = true;
        break;
      }
      const [line, next] = getLine(rest);
      const colon = line.indexOf(":");
      if (colon < 0) break;
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
      rest = next;
    }
    if (truncated) return void 0;
    let endIndex;
    let trailerAt;
    if (Object.keys(headers).length === 0 && rest.startsWith(END.slice(1))) {
      endIndex = 0;
      trailerAt = END.length - 1;
    } else {
      endIndex = rest.indexOf(END);
      trailerAt = endIndex + END.length;
    }
    if (endIndex < 0) continue;
    const trailerLen = typeLine.length + EOL.length;
    const trailer = rest.slice(trailerAt);
    if (trailer.length < trailerLen) continue;
    if (trailer.slice(0, typeLine.length) !== typeLine || trailer.slice(typeLine.length, trailerLen) !== EOL)
      continue;
    if (getLine(trailer.slice(trailerLen))[0] !== "") continue;
    const bytes = stdBase64(rest.slice(0, endIndex).replace(/[ \t]/g, ""));
    if (!bytes) continue;
    return {
      block: { type: typeLine, headers, bytes },
      rest: getLine(rest.slice(endIndex + END.length - 1))[1]
    };
  }
}
function goPemBlocks(data) {
  const out2 = [];
  let rest = data;
  while (rest !== "") {
    const next = decodeGoPem(rest);
    if (!next) break;
    out2.push(next.block);
    rest = next.rest;
  }
  return out2;
}

// src/go/x509.ts
function parseCertificateError(der) {
  try {
    new X509Certificate(der);
    return void 0;
  } catch {
    return "x509: malformed certificate";
  }
}
function parsePKCS8Error(der) {
  try {
    createPrivateKey({ key: der, format: "der", type: "pkcs8" });
    return void 0;
  } catch {
    return "x509: failed to parse private key (not a PKCS#8 key)";
  }
}
function appendsCertsFromPEM(pem) {
  return goPemBlocks(pem).some(
    (b) => b.type === "CERTIFICATE" && Object.keys(b.headers).length === 0 && parseCertificateError(b.bytes) === void 0
  );
}

// src/kinds/shared/certificate-and-key.ts
function assertValidPEMError(data, ...types) {
  const blocks = goPemBlocks(data);
  for (const b of blocks)
    if (types.length > 0 && !types.includes(b.type))
      return `unexpected PEM block type ${JSON.stringify(b.type)}, expected one of [${types.map((t) => JSON.stringify(t)).join(" ")}]`;
  return blocks.length === 0 ? "no PEM blocks found" : void 0;
}
function certificateAndKeyError(v) {
  if (v === void 0 || v === null) return void 0;
  const pair = asObj(v) ?? {};
  const cert = asStr(pair.cert);
  const key = asStr(pair.key);
  if (cert === "") return "certificate is required";
  if (key === "") return "key is required";
  const certErr = assertValidPEMError(cert, "CERTIFICATE");
  if (certErr) return `certificate: ${certErr}`;
  const keyErr = assertValidPEMError(key);
  if (keyErr) return `key: ${keyErr}`;
  return void 0;
}
function pemCertificateError(pem) {
  const first = decodeGoPem(pem);
  if (!first) return "failed to parse PEM block";
  const err = parseCertificateError(first.block.bytes);
  return err ? `failed to parse certificate: ${err}` : void 0;
}
function pemPrivateKeyError(pem) {
  const first = decodeGoPem(pem);
  if (!first) return "failed to parse PEM block";
  const err = parsePKCS8Error(first.block.bytes);
  return err ? `failed to parse key: ${err}` : void 0;
}

// src/kinds/cri/registry-tls-config.ts
var RegistryTLSConfig = {
  kind: "RegistryTLSConfig",
  group: "cri",
  // Talos 1.12 also redacted the CA it trusts
  secrets: ["ca", "clientIdentity.key"],
  validate(body, report, ctx) {
    if (asStr(body.name) === "")
      report.error("name must be specified", body.name === void 0 ? [] : ["name"]);
    const ca = asStr(body.ca);
    if (ca !== "" && !appendsCertsFromPEM(ca))
      report.error("ca must be a valid PEM-encoded certificate", ["ca"]);
    const identity = body.clientIdentity;
    if (identity === void 0 || identity === null) return;
    if (ctx.since("1.14")) {
      const err = certificateAndKeyError(identity);
      if (err) report.error(`client identity: ${err}`, ["clientIdentity"]);
      return;
    }
    const pair = asObj(identity) ?? {};
    const certErr = pemCertificateError(asStr(pair.cert));
    if (certErr)
      report.error(`client identity certificate is invalid: ${certErr}`, ["clientIdentity", "cert"]);
    const keyErr = pemPrivateKeyError(asStr(pair.key));
    if (keyErr) report.error(`client identity key is invalid: ${keyErr}`, ["clientIdentity", "key"]);
  }
};

// src/kinds/hardware/index.ts
var hardware_exports = {};
__export(hardware_exports, {
  PCIDriverRebindConfig: () => PCIDriverRebindConfig
});

// src/kinds/hardware/pci-driver-rebind-config.ts
var PCIDriverRebindConfig = {
  kind: "PCIDriverRebindConfig",
  group: "hardware"
};

// src/kinds/k8s/index.ts
var k8s_exports = {};
__export(k8s_exports, {
  KubeAPIServerCAConfig: () => KubeAPIServerCAConfig,
  KubeAPIServerConfig: () => KubeAPIServerConfig,
  KubeAdmissionControlConfig: () => KubeAdmissionControlConfig,
  KubeAggregatorCAConfig: () => KubeAggregatorCAConfig,
  KubeAuditPolicyConfig: () => KubeAuditPolicyConfig,
  KubeAuthenticationConfig: () => KubeAuthenticationConfig,
  KubeAuthorizerConfig: () => KubeAuthorizerConfig,
  KubeClusterConfig: () => KubeClusterConfig,
  KubeControllerManagerConfig: () => KubeControllerManagerConfig,
  KubeCoreDNSConfig: () => KubeCoreDNSConfig,
  KubeCredentialProviderConfig: () => KubeCredentialProviderConfig,
  KubeEtcdEncryptionConfig: () => KubeEtcdEncryptionConfig,
  KubeExternalManifestConfig: () => KubeExternalManifestConfig,
  KubeFlannelCNIConfig: () => KubeFlannelCNIConfig,
  KubeInlineManifestConfig: () => KubeInlineManifestConfig,
  KubeNetworkConfig: () => KubeNetworkConfig,
  KubeNodeConfig: () => KubeNodeConfig,
  KubePrismConfig: () => KubePrismConfig,
  KubeProxyConfig: () => KubeProxyConfig,
  KubeSchedulerConfig: () => KubeSchedulerConfig,
  KubeServiceAccountConfig: () => KubeServiceAccountConfig,
  KubeStaticPodConfig: () => KubeStaticPodConfig,
  KubeTalosAPIAccessConfig: () => KubeTalosAPIAccessConfig,
  KubeletConfig: () => KubeletConfig
});

// src/go/crypto-key.ts
import { createPrivateKey as createPrivateKey2 } from "node:crypto";
var LOADERS = {
  "RSA PRIVATE KEY": { type: "pkcs1", what: "RSA key" },
  "EC PRIVATE KEY": { type: "sec1", what: "ECDSA key" },
  "ED25519 PRIVATE KEY": { type: "pkcs8", what: "Ed25519 key", ed25519: true },
  "PRIVATE KEY": { type: "pkcs8", what: "key" }
};
function pemKeyError(pem, pair = false) {
  const first = decodeGoPem(pem);
  if (!first) return "failed to parse PEM block";
  const { type, bytes } = first.block;
  const loader = LOADERS[type];
  if (!loader) return `unsupported key type${pair ? ":" : ""} ${JSON.stringify(type)}`;
  let kind;
  try {
    kind = createPrivateKey2({ key: bytes, format: "der", type: loader.type }).asymmetricKeyType;
  } catch {
    return `failed to parse ${loader.what}: x509: malformed ${loader.type === "pkcs8" ? "PKCS#8" : loader.type === "pkcs1" ? "PKCS#1" : "EC"} private key`;
  }
  if (loader.ed25519 && kind !== "ed25519") return "failed parsing Ed25519 key, got wrong key type";
  return void 0;
}

// src/validate/data/talos-facts.json
var talos_facts_default = {
  source: {
    "1.10": "v1.10.9",
    "1.11": "v1.11.6",
    "1.12": "v1.12.11",
    "1.13": "v1.13.9",
    "1.14": "v1.14.0-rc.1"
  },
  enums: {
    "1.10": {
      "block.FilesystemType": {
        values: ["none", "xfs", "vfat", "ext4", "iso9660"],
        ci: true
      },
      "block.VolumeType": {
        values: ["partition", "disk", "tmpfs", "directory", "symlink", "overlay"],
        ci: true
      },
      "block_res.EncryptionProviderType": {
        values: ["none", "luks2"],
        ci: true
      },
      "block_res.FilesystemType": {
        values: ["none", "xfs", "vfat", "ext4", "iso9660"],
        ci: true
      },
      "nethelpers.ADSelect": {
        values: ["stable", "bandwidth", "count"],
        ci: true
      },
      "nethelpers.ARPAllTargets": {
        values: ["any", "all"],
        ci: true
      },
      "nethelpers.ARPValidate": {
        values: ["none", "active", "backup", "all"],
        ci: true
      },
      "nethelpers.BondMode": {
        values: [
          "balance-rr",
          "active-backup",
          "balance-xor",
          "broadcast",
          "802.3ad",
          "balance-tlb",
          "balance-alb"
        ],
        ci: true
      },
      "nethelpers.BondXmitHashPolicy": {
        values: ["layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4"],
        ci: true
      },
      "nethelpers.DefaultAction": {
        values: ["accept", "block"],
        ci: true
      },
      "nethelpers.LACPRate": {
        values: ["slow", "fast"],
        ci: true
      },
      "nethelpers.PrimaryReselect": {
        values: ["always", "better", "failure"],
        ci: true
      },
      "nethelpers.Protocol": {
        values: ["icmp", "tcp", "udp", "icmpv6"],
        ci: true
      },
      "nethelpers.RoutingTable": {
        values: ["unspec", "default", "main", "local"],
        ci: true
      },
      "nethelpers.VLANProtocol": {
        values: ["802.1q", "802.1ad"],
        ci: true
      }
    },
    "1.11": {
      "block.FilesystemType": {
        values: ["none", "xfs", "vfat", "ext4", "iso9660", "swap"],
        ci: true
      },
      "block.VolumeType": {
        values: ["partition", "disk", "tmpfs", "directory", "symlink", "overlay"],
        ci: true
      },
      "block_res.EncryptionProviderType": {
        values: ["none", "luks2"],
        ci: true
      },
      "block_res.FilesystemType": {
        values: ["none", "xfs", "vfat", "ext4", "iso9660", "swap"],
        ci: true
      },
      "nethelpers.ADSelect": {
        values: ["stable", "bandwidth", "count"],
        ci: true
      },
      "nethelpers.ARPAllTargets": {
        values: ["any", "all"],
        ci: true
      },
      "nethelpers.ARPValidate": {
        values: ["none", "active", "backup", "all"],
        ci: true
      },
      "nethelpers.BondMode": {
        values: [
          "balance-rr",
          "active-backup",
          "balance-xor",
          "broadcast",
          "802.3ad",
          "balance-tlb",
          "balance-alb"
        ],
        ci: true
      },
      "nethelpers.BondXmitHashPolicy": {
        values: ["layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4"],
        ci: true
      },
      "nethelpers.DefaultAction": {
        values: ["accept", "block"],
        ci: true
      },
      "nethelpers.LACPRate": {
        values: ["slow", "fast"],
        ci: true
      },
      "nethelpers.PrimaryReselect": {
        values: ["always", "better", "failure"],
        ci: true
      },
      "nethelpers.Protocol": {
        values: ["icmp", "tcp", "udp", "icmpv6"],
        ci: true
      },
      "nethelpers.RoutingTable": {
        values: ["unspec", "default", "main", "local"],
        ci: true
      },
      "nethelpers.VLANProtocol": {
        values: ["802.1q", "802.1ad"],
        ci: true
      }
    },
    "1.12": {
      "block.FilesystemType": {
        values: ["none", "xfs", "vfat", "ext4", "iso9660", "swap"],
        ci: true
      },
      "block.VolumeType": {
        values: ["partition", "disk", "tmpfs", "directory", "symlink", "overlay"],
        ci: true
      },
      "block_res.EncryptionProviderType": {
        values: ["none", "luks2"],
        ci: true
      },
      "block_res.FilesystemType": {
        values: ["none", "xfs", "vfat", "ext4", "iso9660", "swap"],
        ci: true
      },
      "nethelpers.ADLACPActive": {
        values: ["off", "on"],
        ci: true
      },
      "nethelpers.ADSelect": {
        values: ["stable", "bandwidth", "count"],
        ci: true
      },
      "nethelpers.ARPAllTargets": {
        values: ["any", "all"],
        ci: true
      },
      "nethelpers.ARPValidate": {
        values: ["none", "active", "backup", "all", "filter", "filter-active", "filter-backup"],
        ci: true
      },
      "nethelpers.AutoHostnameKind": {
        values: ["off", "talos-addr", "stable"],
        ci: true
      },
      "nethelpers.BondMode": {
        values: [
          "balance-rr",
          "active-backup",
          "balance-xor",
          "broadcast",
          "802.3ad",
          "balance-tlb",
          "balance-alb"
        ],
        ci: true
      },
      "nethelpers.BondXmitHashPolicy": {
        values: ["layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4"],
        ci: true
      },
      "nethelpers.ClientIdentifier": {
        values: ["none", "mac", "duid"],
        ci: true
      },
      "nethelpers.DefaultAction": {
        values: ["accept", "block"],
        ci: true
      },
      "nethelpers.LACPRate": {
        values: ["slow", "fast"],
        ci: true
      },
      "nethelpers.PrimaryReselect": {
        values: ["always", "better", "failure"],
        ci: true
      },
      "nethelpers.Protocol": {
        values: ["icmp", "tcp", "udp", "icmpv6"],
        ci: true
      },
      "nethelpers.RoutingTable": {
        values: [
          "unspec",
          "1",
          "2",
          "3",
          "4",
          "5",
          "6",
          "7",
          "8",
          "9",
          "10",
          "11",
          "12",
          "13",
          "14",
          "15",
          "16",
          "17",
          "18",
          "19",
          "20",
          "21",
          "22",
          "23",
          "24",
          "25",
          "26",
          "27",
          "28",
          "29",
          "30",
          "31",
          "32",
          "33",
          "34",
          "35",
          "36",
          "37",
          "38",
          "39",
          "40",
          "41",
          "42",
          "43",
          "44",
          "45",
          "46",
          "47",
          "48",
          "49",
          "50",
          "51",
          "52",
          "53",
          "54",
          "55",
          "56",
          "57",
          "58",
          "59",
          "60",
          "61",
          "62",
          "63",
          "64",
          "65",
          "66",
          "67",
          "68",
          "69",
          "70",
          "71",
          "72",
          "73",
          "74",
          "75",
          "76",
          "77",
          "78",
          "79",
          "80",
          "81",
          "82",
          "83",
          "84",
          "85",
          "86",
          "87",
          "88",
          "89",
          "90",
          "91",
          "92",
          "93",
          "94",
          "95",
          "96",
          "97",
          "98",
          "99",
          "100",
          "101",
          "102",
          "103",
          "104",
          "105",
          "106",
          "107",
          "108",
          "109",
          "110",
          "111",
          "112",
          "113",
          "114",
          "115",
          "116",
          "117",
          "118",
          "119",
          "120",
          "121",
          "122",
          "123",
          "124",
          "125",
          "126",
          "127",
          "128",
          "129",
          "130",
          "131",
          "132",
          "133",
          "134",
          "135",
          "136",
          "137",
          "138",
          "139",
          "140",
          "141",
          "142",
          "143",
          "144",
          "145",
          "146",
          "147",
          "148",
          "149",
          "150",
          "151",
          "152",
          "153",
          "154",
          "155",
          "156",
          "157",
          "158",
          "159",
          "160",
          "161",
          "162",
          "163",
          "164",
          "165",
          "166",
          "167",
          "168",
          "169",
          "170",
          "171",
          "172",
          "173",
          "174",
          "175",
          "176",
          "177",
          "178",
          "179",
          "180",
          "181",
          "182",
          "183",
          "184",
          "185",
          "186",
          "187",
          "188",
          "189",
          "190",
          "191",
          "192",
          "193",
          "194",
          "195",
          "196",
          "197",
          "198",
          "199",
          "200",
          "201",
          "202",
          "203",
          "204",
          "205",
          "206",
          "207",
          "208",
          "209",
          "210",
          "211",
          "212",
          "213",
          "214",
          "215",
          "216",
          "217",
          "218",
          "219",
          "220",
          "221",
          "222",
          "223",
          "224",
          "225",
          "226",
          "227",
          "228",
          "229",
          "230",
          "231",
          "232",
          "233",
          "234",
          "235",
          "236",
          "237",
          "238",
          "239",
          "240",
          "241",
          "242",
          "243",
          "244",
          "245",
          "246",
          "247",
          "248",
          "249",
          "250",
          "251",
          "252",
          "default",
          "main",
          "local"
        ],
        ci: true
      },
      "nethelpers.VLANProtocol": {
        values: ["802.1q", "802.1ad"],
        ci: true
      },
      "nethelpers.WOLMode": {
        values: ["phy", "unicast", "multicast", "broadcast", "magic", "magicsecure", "filter"],
        ci: true
      }
    },
    "1.13": {
      "block.FilesystemType": {
        values: ["none", "xfs", "vfat", "ext4", "iso9660", "swapi", "virtiofs"],
        ci: true
      },
      "block.VolumeType": {
        values: ["partition", "disk", "tmpfs", "directory", "symlink", "overlay", "external"],
        ci: true
      },
      "block_res.EncryptionProviderType": {
        values: ["none", "luks2"],
        ci: true
      },
      "block_res.FilesystemType": {
        values: ["none", "xfs", "vfat", "ext4", "iso9660", "swapi", "virtiofs"],
        ci: true
      },
      "nethelpers.ADLACPActive": {
        values: ["off", "on"],
        ci: true
      },
      "nethelpers.ADSelect": {
        values: ["stable", "bandwidth", "count"],
        ci: true
      },
      "nethelpers.ARPAllTargets": {
        values: ["any", "all"],
        ci: true
      },
      "nethelpers.ARPValidate": {
        values: ["none", "active", "backup", "all", "filter", "filter-active", "filter-backup"],
        ci: true
      },
      "nethelpers.AutoHostnameKind": {
        values: ["off", "talos-addr", "stable"],
        ci: true
      },
      "nethelpers.BondMode": {
        values: [
          "balance-rr",
          "active-backup",
          "balance-xor",
          "broadcast",
          "802.3ad",
          "balance-tlb",
          "balance-alb"
        ],
        ci: true
      },
      "nethelpers.BondXmitHashPolicy": {
        values: ["layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4"],
        ci: true
      },
      "nethelpers.ClientIdentifier": {
        values: ["none", "mac", "duid"],
        ci: true
      },
      "nethelpers.DefaultAction": {
        values: ["accept", "block"],
        ci: true
      },
      "nethelpers.LACPRate": {
        values: ["slow", "fast"],
        ci: true
      },
      "nethelpers.PrimaryReselect": {
        values: ["always", "better", "failure"],
        ci: true
      },
      "nethelpers.Protocol": {
        values: ["icmp", "tcp", "udp", "icmpv6"],
        ci: true
      },
      "nethelpers.RoutingRuleAction": {
        values: ["unspec", "unicast", "blackhole", "unreachable", "prohibit"],
        ci: true
      },
      "nethelpers.RoutingTable": {
        values: [
          "unspec",
          "1",
          "2",
          "3",
          "4",
          "5",
          "6",
          "7",
          "8",
          "9",
          "10",
          "11",
          "12",
          "13",
          "14",
          "15",
          "16",
          "17",
          "18",
          "19",
          "20",
          "21",
          "22",
          "23",
          "24",
          "25",
          "26",
          "27",
          "28",
          "29",
          "30",
          "31",
          "32",
          "33",
          "34",
          "35",
          "36",
          "37",
          "38",
          "39",
          "40",
          "41",
          "42",
          "43",
          "44",
          "45",
          "46",
          "47",
          "48",
          "49",
          "50",
          "51",
          "52",
          "53",
          "54",
          "55",
          "56",
          "57",
          "58",
          "59",
          "60",
          "61",
          "62",
          "63",
          "64",
          "65",
          "66",
          "67",
          "68",
          "69",
          "70",
          "71",
          "72",
          "73",
          "74",
          "75",
          "76",
          "77",
          "78",
          "79",
          "80",
          "81",
          "82",
          "83",
          "84",
          "85",
          "86",
          "87",
          "88",
          "89",
          "90",
          "91",
          "92",
          "93",
          "94",
          "95",
          "96",
          "97",
          "98",
          "99",
          "100",
          "101",
          "102",
          "103",
          "104",
          "105",
          "106",
          "107",
          "108",
          "109",
          "110",
          "111",
          "112",
          "113",
          "114",
          "115",
          "116",
          "117",
          "118",
          "119",
          "120",
          "121",
          "122",
          "123",
          "124",
          "125",
          "126",
          "127",
          "128",
          "129",
          "130",
          "131",
          "132",
          "133",
          "134",
          "135",
          "136",
          "137",
          "138",
          "139",
          "140",
          "141",
          "142",
          "143",
          "144",
          "145",
          "146",
          "147",
          "148",
          "149",
          "150",
          "151",
          "152",
          "153",
          "154",
          "155",
          "156",
          "157",
          "158",
          "159",
          "160",
          "161",
          "162",
          "163",
          "164",
          "165",
          "166",
          "167",
          "168",
          "169",
          "170",
          "171",
          "172",
          "173",
          "174",
          "175",
          "176",
          "177",
          "178",
          "179",
          "180",
          "181",
          "182",
          "183",
          "184",
          "185",
          "186",
          "187",
          "188",
          "189",
          "190",
          "191",
          "192",
          "193",
          "194",
          "195",
          "196",
          "197",
          "198",
          "199",
          "200",
          "201",
          "202",
          "203",
          "204",
          "205",
          "206",
          "207",
          "208",
          "209",
          "210",
          "211",
          "212",
          "213",
          "214",
          "215",
          "216",
          "217",
          "218",
          "219",
          "220",
          "221",
          "222",
          "223",
          "224",
          "225",
          "226",
          "227",
          "228",
          "229",
          "230",
          "231",
          "232",
          "233",
          "234",
          "235",
          "236",
          "237",
          "238",
          "239",
          "240",
          "241",
          "242",
          "243",
          "244",
          "245",
          "246",
          "247",
          "248",
          "249",
          "250",
          "251",
          "252",
          "default",
          "main",
          "local"
        ],
        ci: true
      },
      "nethelpers.VLANProtocol": {
        values: ["802.1q", "802.1ad"],
        ci: true
      },
      "nethelpers.WOLMode": {
        values: ["phy", "unicast", "multicast", "broadcast", "magic", "magicsecure", "filter"],
        ci: true
      }
    },
    "1.14": {
      "block.FilesystemType": {
        values: ["none", "xfs", "vfat", "ext4", "iso9660", "swapi", "virtiofs", "btrfs"],
        ci: true
      },
      "block.VolumeType": {
        values: ["partition", "disk", "tmpfs", "directory", "symlink", "overlay", "external"],
        ci: true
      },
      "block_res.EncryptionProviderType": {
        values: ["none", "luks2"],
        ci: true
      },
      "block_res.FilesystemType": {
        values: ["none", "xfs", "vfat", "ext4", "iso9660", "swapi", "virtiofs", "btrfs"],
        ci: true
      },
      "nethelpers.ADLACPActive": {
        values: ["off", "on"],
        ci: true
      },
      "nethelpers.ADSelect": {
        values: ["stable", "bandwidth", "count"],
        ci: true
      },
      "nethelpers.ARPAllTargets": {
        values: ["any", "all"],
        ci: true
      },
      "nethelpers.ARPValidate": {
        values: ["none", "active", "backup", "all", "filter", "filter-active", "filter-backup"],
        ci: true
      },
      "nethelpers.AutoHostnameKind": {
        values: ["off", "talos-addr", "stable"],
        ci: true
      },
      "nethelpers.BondMode": {
        values: [
          "balance-rr",
          "active-backup",
          "balance-xor",
          "broadcast",
          "802.3ad",
          "balance-tlb",
          "balance-alb"
        ],
        ci: true
      },
      "nethelpers.BondXmitHashPolicy": {
        values: ["layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4"],
        ci: true
      },
      "nethelpers.ClientIdentifier": {
        values: ["none", "mac", "duid"],
        ci: true
      },
      "nethelpers.DNSProtocol": {
        values: ["Do53", "DoT", "DoH"],
        ci: true
      },
      "nethelpers.DefaultAction": {
        values: ["accept", "block"],
        ci: true
      },
      "nethelpers.LACPRate": {
        values: ["slow", "fast"],
        ci: true
      },
      "nethelpers.PrimaryReselect": {
        values: ["always", "better", "failure"],
        ci: true
      },
      "nethelpers.Protocol": {
        values: ["icmp", "tcp", "udp", "icmpv6"],
        ci: true
      },
      "nethelpers.RoutingRuleAction": {
        values: ["unspec", "unicast", "blackhole", "unreachable", "prohibit"],
        ci: true
      },
      "nethelpers.RoutingTable": {
        values: [
          "unspec",
          "1",
          "2",
          "3",
          "4",
          "5",
          "6",
          "7",
          "8",
          "9",
          "10",
          "11",
          "12",
          "13",
          "14",
          "15",
          "16",
          "17",
          "18",
          "19",
          "20",
          "21",
          "22",
          "23",
          "24",
          "25",
          "26",
          "27",
          "28",
          "29",
          "30",
          "31",
          "32",
          "33",
          "34",
          "35",
          "36",
          "37",
          "38",
          "39",
          "40",
          "41",
          "42",
          "43",
          "44",
          "45",
          "46",
          "47",
          "48",
          "49",
          "50",
          "51",
          "52",
          "53",
          "54",
          "55",
          "56",
          "57",
          "58",
          "59",
          "60",
          "61",
          "62",
          "63",
          "64",
          "65",
          "66",
          "67",
          "68",
          "69",
          "70",
          "71",
          "72",
          "73",
          "74",
          "75",
          "76",
          "77",
          "78",
          "79",
          "80",
          "81",
          "82",
          "83",
          "84",
          "85",
          "86",
          "87",
          "88",
          "89",
          "90",
          "91",
          "92",
          "93",
          "94",
          "95",
          "96",
          "97",
          "98",
          "99",
          "100",
          "101",
          "102",
          "103",
          "104",
          "105",
          "106",
          "107",
          "108",
          "109",
          "110",
          "111",
          "112",
          "113",
          "114",
          "115",
          "116",
          "117",
          "118",
          "119",
          "120",
          "121",
          "122",
          "123",
          "124",
          "125",
          "126",
          "127",
          "128",
          "129",
          "130",
          "131",
          "132",
          "133",
          "134",
          "135",
          "136",
          "137",
          "138",
          "139",
          "140",
          "141",
          "142",
          "143",
          "144",
          "145",
          "146",
          "147",
          "148",
          "149",
          "150",
          "151",
          "152",
          "153",
          "154",
          "155",
          "156",
          "157",
          "158",
          "159",
          "160",
          "161",
          "162",
          "163",
          "164",
          "165",
          "166",
          "167",
          "168",
          "169",
          "170",
          "171",
          "172",
          "173",
          "174",
          "175",
          "176",
          "177",
          "178",
          "179",
          "180",
          "181",
          "182",
          "183",
          "184",
          "185",
          "186",
          "187",
          "188",
          "189",
          "190",
          "191",
          "192",
          "193",
          "194",
          "195",
          "196",
          "197",
          "198",
          "199",
          "200",
          "201",
          "202",
          "203",
          "204",
          "205",
          "206",
          "207",
          "208",
          "209",
          "210",
          "211",
          "212",
          "213",
          "214",
          "215",
          "216",
          "217",
          "218",
          "219",
          "220",
          "221",
          "222",
          "223",
          "224",
          "225",
          "226",
          "227",
          "228",
          "229",
          "230",
          "231",
          "232",
          "233",
          "234",
          "235",
          "236",
          "237",
          "238",
          "239",
          "240",
          "241",
          "242",
          "243",
          "244",
          "245",
          "246",
          "247",
          "248",
          "249",
          "250",
          "251",
          "252",
          "default",
          "main",
          "local"
        ],
        ci: true
      },
      "nethelpers.VLANProtocol": {
        values: ["802.1q", "802.1ad"],
        ci: true
      },
      "nethelpers.WOLMode": {
        values: ["phy", "unicast", "multicast", "broadcast", "magic", "magicsecure", "filter"],
        ci: true
      },
      "storageres.LVMLogicalVolumeType": {
        values: ["linear", "raid1", "raid0", "raid10"],
        ci: true
      },
      "storageres.MDLevel": {
        values: ["raid1"],
        ci: true
      },
      "storageres.MDMetadata": {
        values: ["1.0", "1.2"],
        ci: true
      }
    }
  },
  required: {
    "1.10": {
      "extensions.ServiceConfigV1Alpha1": ["name"],
      "hardware.PCIDriverRebindConfigV1Alpha1": ["name", "targetDriver"],
      "network.EthernetConfigV1Alpha1": ["name"],
      "network.RuleConfigV1Alpha1": ["name"],
      "security.TrustedRootsConfigV1Alpha1": ["name"]
    },
    "1.11": {
      "extensions.ServiceConfigV1Alpha1": ["name"],
      "hardware.PCIDriverRebindConfigV1Alpha1": ["name", "targetDriver"],
      "network.EthernetConfigV1Alpha1": ["name"],
      "network.RuleConfigV1Alpha1": ["name"],
      "security.TrustedRootsConfigV1Alpha1": ["name"]
    },
    "1.12": {
      "cri.RegistryAuthConfigV1Alpha1": ["name"],
      "cri.RegistryEndpoint": ["url"],
      "cri.RegistryMirrorConfigV1Alpha1": ["name"],
      "cri.RegistryTLSConfigV1Alpha1": ["name"],
      "extensions.ServiceConfigV1Alpha1": ["name"],
      "hardware.PCIDriverRebindConfigV1Alpha1": ["name", "targetDriver"],
      "network.AddressConfig": ["address"],
      "network.BondConfigV1Alpha1": ["bondMode", "links", "name"],
      "network.BridgeConfigV1Alpha1": ["links", "name"],
      "network.DHCPv4ConfigV1Alpha1": ["name"],
      "network.DHCPv6ConfigV1Alpha1": ["name"],
      "network.DummyLinkConfigV1Alpha1": ["name"],
      "network.EthernetConfigV1Alpha1": ["name"],
      "network.HCloudVIPConfigV1Alpha1": ["name"],
      "network.Layer2VIPConfigV1Alpha1": ["name"],
      "network.LinkAliasConfigV1Alpha1": ["name"],
      "network.LinkConfigV1Alpha1": ["name"],
      "network.RuleConfigV1Alpha1": ["name"],
      "network.StaticHostConfigV1Alpha1": ["name"],
      "network.VLANConfigV1Alpha1": ["name", "parent", "vlanID"],
      "network.WireguardConfigV1Alpha1": ["name", "privateKey"],
      "network.WireguardPeer": ["publicKey"],
      "security.TrustedRootsConfigV1Alpha1": ["name"]
    },
    "1.13": {
      "cri.RegistryAuthConfigV1Alpha1": ["name"],
      "cri.RegistryEndpoint": ["url"],
      "cri.RegistryMirrorConfigV1Alpha1": ["name"],
      "cri.RegistryTLSConfigV1Alpha1": ["name"],
      "extensions.ServiceConfigV1Alpha1": ["name"],
      "hardware.PCIDriverRebindConfigV1Alpha1": ["name", "targetDriver"],
      "network.AddressConfig": ["address"],
      "network.BlackholeRouteConfigV1Alpha1": ["name"],
      "network.BondConfigV1Alpha1": ["bondMode", "links", "name"],
      "network.BridgeConfigV1Alpha1": ["links", "name"],
      "network.DHCPv4ConfigV1Alpha1": ["name"],
      "network.DHCPv6ConfigV1Alpha1": ["name"],
      "network.DummyLinkConfigV1Alpha1": ["name"],
      "network.EthernetConfigV1Alpha1": ["name"],
      "network.HCloudVIPConfigV1Alpha1": ["name"],
      "network.Layer2VIPConfigV1Alpha1": ["name"],
      "network.LinkAliasConfigV1Alpha1": ["name"],
      "network.LinkConfigV1Alpha1": ["name"],
      "network.RoutingRuleConfigV1Alpha1": ["name", "table"],
      "network.RuleConfigV1Alpha1": ["name"],
      "network.StaticHostConfigV1Alpha1": ["name"],
      "network.TCPProbeConfigV1Alpha1": ["endpoint", "name"],
      "network.VLANConfigV1Alpha1": ["name", "parent", "vlanID"],
      "network.VRFConfigV1Alpha1": ["links", "name", "table"],
      "network.WireguardConfigV1Alpha1": ["name", "privateKey"],
      "network.WireguardPeer": ["publicKey"],
      "security.TrustedRootsConfigV1Alpha1": ["name"]
    },
    "1.14": {
      "cluster.DiscoveryIdentityConfigV1Alpha1": ["clusterID", "clusterSecret"],
      "cluster.DiscoveryServiceConfigV1Alpha1": ["endpoint", "name"],
      "cri.CRICustomizationConfigV1Alpha1": ["name"],
      "cri.RegistryAuthConfigV1Alpha1": ["name"],
      "cri.RegistryEndpoint": ["url"],
      "cri.RegistryMirrorConfigV1Alpha1": ["name"],
      "cri.RegistryTLSConfigV1Alpha1": ["name"],
      "extensions.ServiceConfigV1Alpha1": ["name"],
      "hardware.PCIDriverRebindConfigV1Alpha1": ["name", "targetDriver"],
      "k8s.IssuerServiceAccountConfig": ["issuerURL", "privateKey"],
      "k8s.KubeAPIServerConfigV1Alpha1": ["image"],
      "k8s.KubeClusterConfigV1Alpha1": ["clusterName", "endpoint"],
      "k8s.KubeControllerManagerConfigV1Alpha1": ["image"],
      "k8s.KubeExternalManifestConfigV1Alpha1": ["name", "url"],
      "k8s.KubeInlineManifestConfigV1Alpha1": ["manifest", "name"],
      "k8s.KubeNetworkConfigV1Alpha1": ["podSubnets", "serviceSubnets"],
      "k8s.KubePrismConfigV1Alpha1": ["port"],
      "k8s.KubeProxyConfigV1Alpha1": ["image"],
      "k8s.KubeSchedulerConfigV1Alpha1": ["image"],
      "k8s.KubeServiceAccountConfigV1Alpha1": ["issuer"],
      "k8s.KubeStaticPodConfigV1Alpha1": ["name", "pod"],
      "k8s.KubeletConfigV1Alpha1": ["image"],
      "network.AddressConfig": ["address"],
      "network.BGPImportRoute": ["bgpInstance", "prefixes"],
      "network.BGPInstanceConfigV1Alpha1": ["localASN", "name"],
      "network.BlackholeRouteConfigV1Alpha1": ["name"],
      "network.BondConfigV1Alpha1": ["bondMode", "links", "name"],
      "network.BridgeConfigV1Alpha1": ["links", "name"],
      "network.DHCPv4ConfigV1Alpha1": ["name"],
      "network.DHCPv6ConfigV1Alpha1": ["name"],
      "network.DummyLinkConfigV1Alpha1": ["name"],
      "network.EthernetConfigV1Alpha1": ["name"],
      "network.HCloudVIPConfigV1Alpha1": ["name"],
      "network.HTTPProbeConfigV1Alpha1": ["name", "url"],
      "network.Layer2VIPConfigV1Alpha1": ["name"],
      "network.LinkAliasConfigV1Alpha1": ["name"],
      "network.LinkConfigV1Alpha1": ["name"],
      "network.RoutingRuleConfigV1Alpha1": ["name", "table"],
      "network.RuleConfigV1Alpha1": ["name"],
      "network.StaticHostConfigV1Alpha1": ["name"],
      "network.TCPProbeConfigV1Alpha1": ["endpoint", "name"],
      "network.VLANConfigV1Alpha1": ["name", "parent", "vlanID"],
      "network.VRFConfigV1Alpha1": ["links", "name", "table"],
      "network.VethConfigV1Alpha1": ["name", "peer"],
      "network.VethPeerConfig": ["name"],
      "network.WireguardConfigV1Alpha1": ["name", "privateKey"],
      "network.WireguardPeer": ["publicKey"],
      "runtime.EtcFileConfigV1Alpha1": ["name"],
      "runtime.KernelModuleConfigV1Alpha1": ["name"],
      "security.TrustedRootsConfigV1Alpha1": ["name"]
    }
  },
  deprecated: {
    "1.10": {
      "v1alpha1.Config.persist": [],
      "v1alpha1.MachineConfig.disks": ["UserVolumeConfig"],
      "v1alpha1.ClusterConfig.allowSchedulingOnMasters": [],
      "v1alpha1.InstallConfig.extensions": [],
      "v1alpha1.InstallConfig.bootloader": [],
      "v1alpha1.EtcdConfig.subnet": []
    },
    "1.11": {
      "v1alpha1.Config.persist": [],
      "v1alpha1.MachineConfig.disks": ["UserVolumeConfig"],
      "v1alpha1.MachineConfig.systemDiskEncryption": ["VolumeConfig"],
      "v1alpha1.ClusterConfig.allowSchedulingOnMasters": [],
      "v1alpha1.InstallConfig.extensions": [],
      "v1alpha1.InstallConfig.bootloader": [],
      "v1alpha1.EtcdConfig.subnet": []
    },
    "1.12": {
      "v1alpha1.Config.persist": [],
      "v1alpha1.MachineConfig.disks": ["UserVolumeConfig"],
      "v1alpha1.MachineConfig.time": ["TimeSyncConfig"],
      "v1alpha1.MachineConfig.registries": ["Registry*Config"],
      "v1alpha1.MachineConfig.systemDiskEncryption": ["VolumeConfig"],
      "v1alpha1.ClusterConfig.allowSchedulingOnMasters": [],
      "v1alpha1.NetworkConfig.hostname": ["HostnameConfig"],
      "v1alpha1.NetworkConfig.interfaces": [],
      "v1alpha1.NetworkConfig.nameservers": ["ResolverConfig"],
      "v1alpha1.NetworkConfig.searchDomains": ["ResolverConfig"],
      "v1alpha1.NetworkConfig.extraHostEntries": [],
      "v1alpha1.NetworkConfig.disableSearchDomain": ["ResolverConfig"],
      "v1alpha1.InstallConfig.extraKernelArgs": [],
      "v1alpha1.InstallConfig.extensions": [],
      "v1alpha1.InstallConfig.bootloader": [],
      "v1alpha1.EtcdConfig.subnet": [],
      "v1alpha1.FeaturesConfig.stableHostname": []
    },
    "1.13": {
      "v1alpha1.Config.persist": [],
      "v1alpha1.MachineConfig.network": [
        "HostnameConfig",
        "ResolverConfig",
        "StaticHostConfig",
        "KubeSpanConfig"
      ],
      "v1alpha1.MachineConfig.disks": ["UserVolumeConfig"],
      "v1alpha1.MachineConfig.env": ["EnvironmentConfig"],
      "v1alpha1.MachineConfig.time": ["TimeSyncConfig"],
      "v1alpha1.MachineConfig.registries": ["Registry*Config"],
      "v1alpha1.MachineConfig.systemDiskEncryption": ["VolumeConfig"],
      "v1alpha1.ClusterConfig.allowSchedulingOnMasters": [],
      "v1alpha1.NetworkConfig.hostname": ["HostnameConfig"],
      "v1alpha1.NetworkConfig.interfaces": [],
      "v1alpha1.NetworkConfig.nameservers": ["ResolverConfig"],
      "v1alpha1.NetworkConfig.searchDomains": ["ResolverConfig"],
      "v1alpha1.NetworkConfig.extraHostEntries": [],
      "v1alpha1.NetworkConfig.kubespan": ["KubeSpanConfig"],
      "v1alpha1.NetworkConfig.disableSearchDomain": ["ResolverConfig"],
      "v1alpha1.InstallConfig.extraKernelArgs": [],
      "v1alpha1.InstallConfig.extensions": [],
      "v1alpha1.InstallConfig.bootloader": [],
      "v1alpha1.EtcdConfig.subnet": [],
      "v1alpha1.FeaturesConfig.stableHostname": []
    },
    "1.14": {
      "v1alpha1.Config.persist": [],
      "v1alpha1.MachineConfig.controlPlane": ["KubeControllerManagerConfig", "KubeSchedulerConfig"],
      "v1alpha1.MachineConfig.kubelet": ["KubeletConfig"],
      "v1alpha1.MachineConfig.pods": ["KubeStaticPodConfig"],
      "v1alpha1.MachineConfig.network": [
        "HostnameConfig",
        "ResolverConfig",
        "StaticHostConfig",
        "KubeSpanConfig"
      ],
      "v1alpha1.MachineConfig.disks": ["UserVolumeConfig"],
      "v1alpha1.MachineConfig.install": ["UnattendedInstallConfig"],
      "v1alpha1.MachineConfig.files": ["EtcFileConfig", "CRICustomizationConfig"],
      "v1alpha1.MachineConfig.env": ["EnvironmentConfig"],
      "v1alpha1.MachineConfig.time": ["TimeSyncConfig"],
      "v1alpha1.MachineConfig.sysctls": ["SysctlConfig"],
      "v1alpha1.MachineConfig.sysfs": ["SysfsConfig"],
      "v1alpha1.MachineConfig.registries": ["Registry*Config"],
      "v1alpha1.MachineConfig.systemDiskEncryption": ["VolumeConfig"],
      "v1alpha1.MachineConfig.udev": ["UdevRulesConfig"],
      "v1alpha1.MachineConfig.kernel": ["KernelModuleConfig"],
      "v1alpha1.MachineConfig.baseRuntimeSpecOverrides": ["CRIBaseRuntimeSpecConfig"],
      "v1alpha1.MachineConfig.nodeLabels": ["KubeNodeConfig"],
      "v1alpha1.MachineConfig.nodeAnnotations": ["KubeNodeConfig"],
      "v1alpha1.MachineConfig.nodeTaints": ["KubeNodeConfig"],
      "v1alpha1.ClusterConfig.id": ["DiscoveryIdentityConfig"],
      "v1alpha1.ClusterConfig.secret": ["DiscoveryIdentityConfig"],
      "v1alpha1.ClusterConfig.controlPlane": ["KubeClusterConfig"],
      "v1alpha1.ClusterConfig.clusterName": ["KubeClusterConfig"],
      "v1alpha1.ClusterConfig.network": ["KubeNetworkConfig", "KubeFlannelCNIConfig"],
      "v1alpha1.ClusterConfig.aescbcEncryptionSecret": ["KubeEtcdEncryptionConfig"],
      "v1alpha1.ClusterConfig.secretboxEncryptionSecret": ["KubeEtcdEncryptionConfig"],
      "v1alpha1.ClusterConfig.ca": ["KubeAPIServerCAConfig"],
      "v1alpha1.ClusterConfig.acceptedCAs": ["KubeAPIServerCAConfig"],
      "v1alpha1.ClusterConfig.aggregatorCA": [],
      "v1alpha1.ClusterConfig.serviceAccount": ["KubeServiceAccountConfig"],
      "v1alpha1.ClusterConfig.apiServer": ["KubeAPIServerConfig"],
      "v1alpha1.ClusterConfig.controllerManager": ["KubeControllerManagerConfig"],
      "v1alpha1.ClusterConfig.proxy": ["KubeProxyConfig"],
      "v1alpha1.ClusterConfig.scheduler": ["KubeSchedulerConfig"],
      "v1alpha1.ClusterConfig.discovery": ["DiscoveryServiceConfig"],
      "v1alpha1.ClusterConfig.coreDNS": ["KubeCoreDNSConfig"],
      "v1alpha1.ClusterConfig.extraManifests": ["KubeExternalManifestConfig"],
      "v1alpha1.ClusterConfig.extraManifestHeaders": ["KubeExternalManifestConfig"],
      "v1alpha1.ClusterConfig.inlineManifests": ["KubeInlineManifestConfig"],
      "v1alpha1.ClusterConfig.allowSchedulingOnMasters": ["KubeNodeConfig"],
      "v1alpha1.ClusterConfig.allowSchedulingOnControlPlanes": ["KubeNodeConfig"],
      "v1alpha1.MachineControlPlaneConfig.controllerManager": ["KubeControllerManagerConfig"],
      "v1alpha1.MachineControlPlaneConfig.scheduler": ["KubeSchedulerConfig"],
      "v1alpha1.KubeletConfig.image": ["KubeletConfig"],
      "v1alpha1.KubeletConfig.clusterDNS": ["KubeletConfig"],
      "v1alpha1.KubeletConfig.extraArgs": ["KubeletConfig"],
      "v1alpha1.KubeletConfig.extraMounts": [],
      "v1alpha1.KubeletConfig.extraConfig": ["KubeletConfig"],
      "v1alpha1.KubeletConfig.defaultRuntimeSeccompProfileEnabled": ["KubeletConfig"],
      "v1alpha1.KubeletConfig.registerWithFQDN": ["KubeNodeConfig"],
      "v1alpha1.KubeletConfig.nodeIP": ["KubeNodeConfig"],
      "v1alpha1.KubeletConfig.skipNodeRegistration": ["KubeNodeConfig"],
      "v1alpha1.KubeletConfig.disableManifestsDirectory": [],
      "v1alpha1.NetworkConfig.hostname": ["HostnameConfig"],
      "v1alpha1.NetworkConfig.interfaces": [],
      "v1alpha1.NetworkConfig.nameservers": ["ResolverConfig"],
      "v1alpha1.NetworkConfig.searchDomains": ["ResolverConfig"],
      "v1alpha1.NetworkConfig.extraHostEntries": ["StaticHostConfig"],
      "v1alpha1.NetworkConfig.kubespan": ["KubeSpanConfig"],
      "v1alpha1.NetworkConfig.disableSearchDomain": ["ResolverConfig"],
      "v1alpha1.InstallConfig.extraKernelArgs": [],
      "v1alpha1.InstallConfig.extensions": [],
      "v1alpha1.InstallConfig.bootloader": [],
      "v1alpha1.ControlPlaneConfig.localAPIServerPort": ["KubeAPIServerConfig"],
      "v1alpha1.APIServerConfig.admissionControl": ["KubeAdmissionControlConfig"],
      "v1alpha1.APIServerConfig.auditPolicy": ["KubeAuditPolicyConfig"],
      "v1alpha1.APIServerConfig.authorizationConfig": ["KubeAuthorizerConfig"],
      "v1alpha1.EtcdConfig.subnet": [],
      "v1alpha1.FeaturesConfig.stableHostname": [],
      "v1alpha1.FeaturesConfig.kubernetesTalosAPIAccess": ["KubeTalosAPIAccessConfig"],
      "v1alpha1.FeaturesConfig.kubePrism": ["KubePrismConfig"],
      "v1alpha1.FeaturesConfig.hostDNS": ["ResolverConfig"],
      "v1alpha1.FeaturesConfig.imageCache": ["ImageCacheConfig"],
      "v1alpha1.ClusterDiscoveryConfig.enabled": ["DiscoveryServiceConfig"],
      "v1alpha1.ClusterDiscoveryConfig.registries": ["DiscoveryServiceConfig"],
      "v1alpha1.DiscoveryRegistriesConfig.kubernetes": ["DiscoveryServiceConfig"],
      "v1alpha1.DiscoveryRegistriesConfig.service": ["DiscoveryServiceConfig"],
      "v1alpha1.RegistryServiceConfig.disabled": ["DiscoveryServiceConfig"],
      "v1alpha1.RegistryServiceConfig.endpoint": ["DiscoveryServiceConfig"],
      "v1alpha1.UdevConfig.rules": ["UdevRulesConfig"],
      "v1alpha1.KernelConfig.modules": ["KernelModuleConfig"],
      "v1alpha1.KernelModuleConfig.name": ["KernelModuleConfig"],
      "v1alpha1.KernelModuleConfig.parameters": ["KernelModuleConfig"]
    }
  },
  compatibility: {
    "1.10": {
      minKubernetes: "1.28.0",
      maxKubernetes: "1.33.99",
      minUpgradeFrom: "1.8.0"
    },
    "1.11": {
      minKubernetes: "1.29.0",
      maxKubernetes: "1.34.99",
      minUpgradeFrom: "1.9.0"
    },
    "1.12": {
      minKubernetes: "1.30.0",
      maxKubernetes: "1.35.99",
      minUpgradeFrom: "1.10.0"
    },
    "1.13": {
      minKubernetes: "1.31.0",
      maxKubernetes: "1.36.99",
      minUpgradeFrom: "1.11.0"
    },
    "1.14": {
      minKubernetes: "1.32.0",
      maxKubernetes: "1.37.99",
      minUpgradeFrom: "1.12.0"
    }
  },
  roles: {
    "1.10": ["os:admin", "os:operator", "os:reader", "os:etcd:backup", "os:impersonator"],
    "1.11": ["os:admin", "os:operator", "os:reader", "os:etcd:backup", "os:impersonator"],
    "1.12": ["os:admin", "os:operator", "os:reader", "os:etcd:backup", "os:impersonator"],
    "1.13": [
      "os:admin",
      "os:operator",
      "os:reader",
      "os:etcd:backup",
      "os:image:verifier",
      "os:meta:writer",
      "os:impersonator"
    ],
    "1.14": [
      "os:admin",
      "os:operator",
      "os:reader",
      "os:etcd:backup",
      "os:image:verifier",
      "os:meta:writer",
      "os:impersonator"
    ]
  },
  kubeletProtected: {
    "1.10": [
      "apiVersion",
      "authentication",
      "authorization",
      "cgroupRoot",
      "kind",
      "kubeletCgroups",
      "port",
      "protectKernelDefaults",
      "resolvConf",
      "rotateCertificates",
      "systemCgroups",
      "staticPodPath",
      "seccompDefault"
    ],
    "1.11": [
      "apiVersion",
      "authentication",
      "authorization",
      "cgroupRoot",
      "kind",
      "kubeletCgroups",
      "port",
      "protectKernelDefaults",
      "resolvConf",
      "rotateCertificates",
      "systemCgroups",
      "staticPodPath",
      "seccompDefault"
    ],
    "1.12": [
      "apiVersion",
      "authentication",
      "authorization",
      "cgroupRoot",
      "kind",
      "kubeletCgroups",
      "port",
      "protectKernelDefaults",
      "resolvConf",
      "rotateCertificates",
      "systemCgroups",
      "staticPodPath",
      "seccompDefault"
    ],
    "1.13": [
      "apiVersion",
      "authentication",
      "authorization",
      "cgroupRoot",
      "kind",
      "kubeletCgroups",
      "port",
      "protectKernelDefaults",
      "resolvConf",
      "rotateCertificates",
      "systemCgroups",
      "staticPodPath",
      "seccompDefault"
    ],
    "1.14": [
      "apiVersion",
      "authentication",
      "authorization",
      "cgroupRoot",
      "kind",
      "kubeletCgroups",
      "port",
      "protectKernelDefaults",
      "resolvConf",
      "rotateCertificates",
      "systemCgroups",
      "staticPodPath",
      "seccompDefault"
    ]
  }
};

// src/validate/facts.ts
var facts = talos_facts_default;
function enumFact(goType, contract) {
  return facts.enums[contract][goType];
}
function requiredKeys(ref, contract) {
  return facts.required[contract][ref] ?? [];
}
function deprecation(ref, field, contract) {
  return facts.deprecated[contract][`${ref}.${field}`];
}
function compatibility(contract) {
  return facts.compatibility[contract];
}
function talosRoles(contract) {
  return facts.roles[contract];
}
function kubeletProtectedFields(contract) {
  return facts.kubeletProtected[contract];
}

// src/kinds/shared/kubernetes-version.ts
var q2 = JSON.stringify;
var IDENT = "[0-9A-Za-z-]+";
var STRICT = new RegExp(
  `^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-${IDENT}(?:\\.${IDENT})*)?(?:\\+${IDENT}(?:\\.${IDENT})*)?$`
);
function parseKubernetesVersion(text2) {
  const s = text2.trim().replace(/^v/, "");
  const parts = s.split(".");
  const head = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(".")] : parts;
  const trimmed = head.map((p) => {
    if (p.length <= 1) return p;
    const t = p.replace(/^0+/, "");
    return t === "" || !/^\d/.test(t) ? `0${t}` : t;
  });
  if (trimmed.length < 3 && /[+-]/.test(trimmed[trimmed.length - 1]))
    return { error: "short version cannot contain PreRelease/Build meta data" };
  while (trimmed.length < 3) trimmed.push("0");
  const m = trimmed.join(".").match(STRICT);
  if (!m) return { error: `${q2(text2)} is not a semantic version` };
  return { core: [Number(m[1]), Number(m[2]), Number(m[3])] };
}
function compare(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function kubernetesSupportError(k, contract, talos) {
  const c = compatibility(contract);
  const shown = k.join(".");
  const min = parseKubernetesVersion(c.minKubernetes);
  const max = parseKubernetesVersion(c.maxKubernetes);
  if ("core" in min && compare(k, min.core) < 0)
    return `version of Kubernetes ${shown} is too old to be used with Talos ${talos}`;
  if ("core" in max && compare(k, max.core) >= 0)
    return `version of Kubernetes ${shown} is too new to be used with Talos ${talos}`;
  return void 0;
}
function newerLine(talos, contract) {
  const t = talos.match(/^v?(\d+)\.(\d+)/);
  const [cMajor, cMinor] = contract.split(".").map(Number);
  return !!t && (Number(t[1]) > cMajor || Number(t[1]) === cMajor && Number(t[2]) > cMinor);
}
function kubernetesImageError(ref, contract, talos) {
  const i = ref.lastIndexOf(":v");
  const parsed = i < 0 ? { error: `invalid image reference: ${q2(ref)}` } : parseKubernetesVersion(ref.slice(i + 2).split("@")[0]);
  if ("error" in parsed)
    return `failed to parse Kubernetes version from image reference ${q2(ref)}: ${parsed.error}`;
  if (newerLine(talos, contract)) return void 0;
  return kubernetesSupportError(parsed.core, contract, talos);
}

// src/kinds/k8s/common.ts
function checkResources2(body, report) {
  const resources = asObj(body.resources);
  for (const part of ["requests", "limits"]) {
    const bad = Object.keys(asObj(resources?.[part]) ?? {}).find((k) => k !== "cpu" && k !== "memory");
    if (bad !== void 0) {
      report.error(`unsupported pod resource ${JSON.stringify(bad)}`, ["resources", part, bad]);
      return;
    }
  }
}
function checkImage(body, report, what, ctx) {
  const image = asStr(body.image);
  if (image === "") {
    report.error(`${what} image cannot be empty`, ["image"]);
    return;
  }
  if (!ctx.onMachine) return;
  const problem = kubernetesImageError(image, ctx.contract, ctx.talosVersion);
  if (problem) report.error(`${what} image is not valid: ${problem}`, ["image"], "talos/kubernetes-version");
}
function disabled(body) {
  return body.enabled === false;
}
function isSet3(v1, ...path2) {
  return dig(v1, ...path2) != null;
}
function legacyAdmissionPlugins(v1) {
  return asList(dig(v1, "cluster", "apiServer", "admissionControl")).length > 0;
}
function checkManifestName(body, report, what) {
  const name = asStr(body.name);
  if (name === "") {
    report.error(`${what} name is required`, ["name"]);
    return;
  }
  const problem = dns1123SubdomainError(name);
  if (problem) report.error(`${what} name is invalid: ${problem}`, ["name"]);
}
function issuingCAError(ca) {
  const shape = certificateAndKeyError(ca);
  if (shape || ca == null) return shape;
  const pair = asObj(ca);
  const cert = pemCertificateError(asStr(pair.cert));
  if (cert) return `certificate is invalid: ${cert}`;
  const key = pemKeyError(asStr(pair.key), true);
  return key ? `key is invalid: ${key}` : void 0;
}
function checkAcceptedCAs(body, report) {
  asList(body.acceptedCAs).forEach((ca, i) => {
    const problem = assertValidPEMError(asStr(ca), "CERTIFICATE");
    if (problem) report.error(`accepted CA #${i}: ${problem}`, ["acceptedCAs", i]);
  });
}

// src/kinds/k8s/kube-admission-control-config.ts
var KubeAdmissionControlConfig = {
  kind: "KubeAdmissionControlConfig",
  group: "k8s",
  controlPlaneOnly: true,
  validate(body, report) {
    if (asStr(body.name) === "") report.error("admission control plugin name is required", ["name"]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (legacyAdmissionPlugins(v1))
      report.error("admission control plugin config is already set in v1alpha1 config");
  }
};

// src/kinds/k8s/kube-aggregator-ca-config.ts
var KubeAggregatorCAConfig = {
  kind: "KubeAggregatorCAConfig",
  group: "k8s",
  secrets: ["issuingCA.key"],
  controlPlaneOnly: true,
  cas: [{ role: "aggregator", path: ["issuingCA"] }],
  validate(body, report) {
    if (body.issuingCA == null) report.error("issuing CA is not set", ["issuingCA"]);
    else {
      const problem = issuingCAError(body.issuingCA);
      if (problem) report.error(`issuing CA: ${problem}`, ["issuingCA"]);
    }
    checkAcceptedCAs(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "cluster", "aggregatorCA"))
      report.error(
        "kube-apiserver aggregator CA is already set in v1alpha1 config (.cluster.aggregatorCA), please remove it and use the new KubeAggregatorCAConfig document instead"
      );
  }
};

// src/kinds/k8s/kube-apiserver-ca-config.ts
var KubeAPIServerCAConfig = {
  kind: "KubeAPIServerCAConfig",
  group: "k8s",
  secrets: ["issuingCA.key"],
  cas: [{ role: "kubernetes", path: ["issuingCA"] }],
  validate(body, report) {
    const problem = issuingCAError(body.issuingCA);
    if (problem) report.error(`issuing CA: ${problem}`, ["issuingCA"]);
    checkAcceptedCAs(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "cluster", "ca"))
      report.error("kube-apiserver CA is already set in v1alpha1 config (.cluster.ca)");
  },
  crossCheck(docs, ctx) {
    const ca = docs.find((d) => d.kind === "KubeAPIServerCAConfig");
    if (!ca || !ctx.isControlPlane) return;
    const v1 = ctx.v1?.body;
    const legacy = asStr(dig(v1, "cluster", "secretboxEncryptionSecret")) !== "" || asStr(dig(v1, "cluster", "aescbcEncryptionSecret")) !== "";
    if (!legacy && !docs.some((d) => d.kind === "KubeEtcdEncryptionConfig"))
      ctx.error(
        "talos/etcd-encryption",
        "etcd encryption config is required for control plane machines running kube-apiserver",
        ca,
        []
      );
  }
};

// src/kinds/k8s/kube-apiserver-config.ts
var DENIED_ARG_PREFIXES = [
  ["anonymous-auth", "use KubeAuthenticationConfig"],
  ["authentication-config", "use KubeAuthenticationConfig"],
  ["authorization-config", "use KubeAuthorizationConfig"],
  ["authorization-mode", "use KubeAuthorizationConfig"],
  ["authorization-webhook-", "use KubeAuthorizationConfig"],
  ["oidc-", "use KubeAuthenticationConfig"]
];
var KubeAPIServerConfig = {
  kind: "KubeAPIServerConfig",
  group: "k8s",
  images: [{ role: "kube-apiserver", path: ["image"] }],
  controlPlaneOnly: true,
  validate(body, report, ctx) {
    checkImage(body, report, "kube-apiserver", ctx);
    const args2 = Object.keys(asObj(body.extraArgs) ?? {}).sort();
    for (const [prefix, instead] of DENIED_ARG_PREFIXES)
      for (const arg of args2)
        if (arg.startsWith(prefix))
          report.error(`kube-apiserver extra argument ${JSON.stringify(arg)} is not allowed: ${instead}`, [
            "extraArgs",
            arg
          ]);
    checkResources2(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "cluster", "apiServer"))
      report.error("kube-apiserver config is already set in v1alpha1 config (.cluster.apiServer)");
    else if (Number(asObj(asObj(v1.cluster)?.controlPlane)?.localAPIServerPort ?? 0) !== 0)
      report.error(
        "kube-apiserver API port is already set in v1alpha1 config (.cluster.controlPlane.localAPIServerPort)"
      );
  }
};

// src/kinds/k8s/kube-audit-policy-config.ts
var KubeAuditPolicyConfig = {
  kind: "KubeAuditPolicyConfig",
  group: "k8s",
  controlPlaneOnly: true,
  conflictsWithV1alpha1(_body, v1, report) {
    if (Object.keys(asObj(dig(v1, "cluster", "apiServer", "auditPolicy")) ?? {}).length > 0)
      report.error("audit policy config is already set in v1alpha1 config");
  }
};

// src/kinds/k8s/kube-authentication-config.ts
var KubeAuthenticationConfig = {
  kind: "KubeAuthenticationConfig",
  group: "k8s",
  controlPlaneOnly: true
};

// src/kinds/k8s/kube-authorizer-config.ts
var AUTHORIZER_TYPES = ["Node", "RBAC", "Webhook"];
var KubeAuthorizerConfig = {
  kind: "KubeAuthorizerConfig",
  group: "k8s",
  controlPlaneOnly: true,
  validate(body, report) {
    const type = asStr(body.type);
    const webhook = Object.keys(asObj(body.webhook) ?? {}).length > 0;
    if (asStr(body.name) === "") report.error("authorizer name is required", ["name"]);
    if (type === "") report.error("authorizer type is required", ["type"]);
    if (!AUTHORIZER_TYPES.includes(type))
      report.error(
        `authorizer type ${type} is not allowed, allowed types are [${AUTHORIZER_TYPES.join(" ")}]`,
        ["type"]
      );
    if (type === "Webhook" && !webhook)
      report.error("authorizer webhook configuration is required for Webhook authorizer type", ["webhook"]);
    if (type !== "Webhook" && webhook)
      report.warn("authorizer webhook configuration is not allowed non-Webhook authorizer types", [
        "webhook"
      ]);
  },
  // Talos 1.14 checks the legacy admission plugins here too (not the legacy authorization settings)
  conflictsWithV1alpha1(_body, v1, report) {
    if (legacyAdmissionPlugins(v1))
      report.error("admission control plugin config is already set in v1alpha1 config");
  }
};

// src/kinds/shared/net.ts
function isGoIP(s) {
  return !s.includes("%") && normalizeAddr(s) !== void 0;
}
function isGoCIDR(s) {
  return normalizePrefix(s) !== void 0;
}
function isSubnetOrAddress(s) {
  return "prefix" in parseGoPrefix(s) || "addr" in parseGoAddr(s);
}
function ipOrCIDRError(s) {
  if (s.includes("/")) return isGoCIDR(s) ? void 0 : `invalid CIDR address: ${s}`;
  return isGoIP(s) ? void 0 : `failed to parse IP address ${JSON.stringify(s)}`;
}
function endpointURIError(raw) {
  const u = typeof raw === "string" ? parseGoURL(raw) : raw;
  if (!u) return `parse ${JSON.stringify(raw)}: invalid URL`;
  if ((u.host.match(/:/g)?.length ?? 0) > 2 && (!u.host.includes("[") || !u.host.includes("]"))) {
    return "IPv6 addresses MUST be enclosed by square brackets";
  }
  if (urlHostname(u) === "") return "hostname must not be blank";
  const port = urlPort(u);
  if (port !== "") {
    if (!/^[+-]?\d+$/.test(port)) return "port number must be numeric";
    const n = Number(port);
    if (n < 1 || n > 65535) return "port number must be between 1 and 65535";
  }
  return void 0;
}

// src/kinds/k8s/kube-cluster-config.ts
var KubeClusterConfig = {
  kind: "KubeClusterConfig",
  group: "k8s",
  endpoint: (body) => body.endpoint ? { value: body.endpoint, segs: ["endpoint"] } : void 0,
  bootstrapManifests: (body) => asStr(body.endpoint) ? { endpoint: asStr(body.endpoint) } : {},
  validate(body, report) {
    if (asStr(body.clusterName) === "") report.error("clusterName must be specified", ["clusterName"]);
    if (body.endpoint === void 0) report.error("endpoint must be specified", ["endpoint"]);
    else {
      const problem = endpointURIError(body.endpoint);
      if (problem) report.error(`cluster endpoint is invalid: ${problem}`, ["endpoint"]);
    }
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (asStr(dig(v1, "cluster", "clusterName")) !== "")
      report.error(
        "cluster name is already set in the v1alpha1 config (.cluster.clusterName). Please remove it and use only the new KubeClusterConfig document to avoid conflicts"
      );
    else if (isSet3(v1, "cluster", "controlPlane", "endpoint"))
      report.error(
        "cluster endpoint is already set in the v1alpha1 config (.cluster.controlPlane.endpoint). Please remove it and use only the new KubeClusterConfig document to avoid conflicts"
      );
  }
};

// src/kinds/k8s/kube-controller-manager-config.ts
var KubeControllerManagerConfig = {
  kind: "KubeControllerManagerConfig",
  group: "k8s",
  images: [{ role: "kube-controller-manager", path: ["image"] }],
  controlPlaneOnly: true,
  validate(body, report, ctx) {
    if (disabled(body)) return;
    checkImage(body, report, "kube-controller-manager", ctx);
    checkResources2(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "cluster", "controllerManager"))
      report.error(
        "kube-controller-manager config is already set in v1alpha1 config (.cluster.controllerManager)"
      );
    else if (isSet3(v1, "machine", "controlPlane", "controllerManager"))
      report.error(
        "kube-controller-manager config is already set in v1alpha1 config (.machine.controlplane.controllerManager)"
      );
  }
};

// src/kinds/k8s/kube-coredns-config.ts
var KubeCoreDNSConfig = {
  kind: "KubeCoreDNSConfig",
  group: "k8s",
  images: [{ role: "coredns", path: ["image"] }],
  controlPlaneOnly: true,
  bootstrapManifests: (body) => ({
    coreDNSEnabled: body.enabled !== false,
    ...asStr(body.image) ? { coreDNSImage: asStr(body.image) } : {}
  }),
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "cluster", "coreDNS"))
      report.error("CoreDNS config is already set in v1alpha1 config (.cluster.coreDNS)");
  }
};

// src/kinds/k8s/kube-credential-provider-config.ts
var KubeCredentialProviderConfig = {
  kind: "KubeCredentialProviderConfig",
  group: "k8s",
  apply: { restartsKubelet: [""] },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "machine", "kubelet"))
      report.error(
        "cannot use KubeCredentialProviderConfig with legacy kubelet configuration (.machine.kubelet)"
      );
  }
};

// src/kinds/k8s/kube-etcd-encryption-config.ts
var KubeEtcdEncryptionConfig = {
  kind: "KubeEtcdEncryptionConfig",
  group: "k8s",
  // Talos redacts every `secret` key of the free-form EncryptionConfiguration
  secrets: ["config.**.secret"],
  controlPlaneOnly: true,
  validate(body, report) {
    if (Object.keys(asObj(body.config) ?? {}).length === 0)
      report.error("etcd encryption config is required", ["config"]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (asStr(dig(v1, "cluster", "secretboxEncryptionSecret")) !== "" || asStr(dig(v1, "cluster", "aescbcEncryptionSecret")) !== "")
      report.error("etcd encryption config is already set in v1alpha1 config");
  }
};

// src/kinds/k8s/kube-external-manifest-config.ts
var KubeExternalManifestConfig = {
  kind: "KubeExternalManifestConfig",
  group: "k8s",
  validate(body, report) {
    checkManifestName(body, report, "manifest");
    const url2 = body.url;
    if (url2 === void 0) report.error("manifest URL is required", ["url"]);
    else if (url2.scheme !== "http" && url2.scheme !== "https")
      report.error(`manifest URL scheme must be http or https: ${JSON.stringify(url2.scheme)}`, ["url"]);
  }
};

// src/kinds/k8s/kube-flannel-cni-config.ts
var KubeFlannelCNIConfig = {
  kind: "KubeFlannelCNIConfig",
  group: "k8s",
  controlPlaneOnly: true,
  // Its presence is what makes Talos render flannel.
  bootstrapManifests: () => ({ cniName: "flannel" }),
  validate(body, report) {
    if (asStr(body.backendType) === "")
      report.error("flannel backend type must be specified", ["backendType"]);
    checkResources2(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "cluster", "network"))
      report.error(
        "cluster network config in v1alpha1 config (.machine.cluster.network) can't be used with KubeFlannelCNIConfig document, please remove it to avoid conflicts"
      );
  }
};

// src/kinds/k8s/kube-inline-manifest-config.ts
var KubeInlineManifestConfig = {
  kind: "KubeInlineManifestConfig",
  group: "k8s",
  validate(body, report) {
    checkManifestName(body, report, "manifest");
  }
};

// src/kinds/k8s/kube-network-config.ts
var DEFAULT_NODE_MASK = { 4: 24, 6: 64 };
var POD_SUBNET_NODE_MASK_MAX_DIFF = 16;
var MAX_HOST_BITS_FOR_SERVICE_SUBNET = 20;
var MIN_SUBNET_HOST_BITS = 4;
var familyOf = (p) => p.addr.bytes.length === 4 ? 4 : 6;
var bitLen = (p) => p.addr.bytes.length * 8;
function subnetsProblem(subnets, checkSize) {
  if (subnets.length === 0) return "at least one subnet must be specified";
  if (subnets.length > 2) return "at most two subnets can be specified for dual-stack clusters";
  const count = { 4: 0, 6: 0 };
  for (const s of subnets) {
    const parsed = parseGoPrefix(asStr(s));
    if ("error" in parsed) return `invalid subnet: ${asStr(s) || "invalid Prefix"}`;
    const p = parsed.prefix;
    if (!isMaskedPrefix(p)) return `invalid subnet: ${formatGoPrefix(p)} is not a valid CIDR`;
    if (bitLen(p) - p.bits < MIN_SUBNET_HOST_BITS)
      return `invalid subnet: /${p.bits} is too small, it must be larger than /${p.bits - MIN_SUBNET_HOST_BITS}`;
    const size2 = checkSize(p);
    if (size2) return size2;
    count[familyOf(p)]++;
  }
  if (count[4] > 1 || count[6] > 1)
    return "at most one IPv4 and one IPv6 subnet can be specified for dual-stack clusters";
  return void 0;
}
function checkNetwork(body, report) {
  const mask4 = Number(body.nodeCIDRMaskSizeIPv4 ?? 0);
  const mask6 = Number(body.nodeCIDRMaskSizeIPv6 ?? 0);
  const valid = { 4: mask4 >= 0 && mask4 <= 32, 6: mask6 >= 0 && mask6 <= 128 };
  const nodeMask = { 4: mask4 || DEFAULT_NODE_MASK[4], 6: mask6 || DEFAULT_NODE_MASK[6] };
  if (!valid[4]) report.error("nodeCIDRMaskSizeIPv4 must be between 1 and 32", ["nodeCIDRMaskSizeIPv4"]);
  if (!valid[6]) report.error("nodeCIDRMaskSizeIPv6 must be between 1 and 128", ["nodeCIDRMaskSizeIPv6"]);
  const pods = asList(body.podSubnets);
  const services = asList(body.serviceSubnets);
  const podProblem = subnetsProblem(pods, (p) => {
    const family = familyOf(p);
    if (!valid[family]) return void 0;
    const mask = nodeMask[family];
    if (p.bits > mask)
      return `invalid subnet: ${formatGoPrefix(p)} is smaller than the per-node pod CIDR mask size /${mask}`;
    if (mask - p.bits > POD_SUBNET_NODE_MASK_MAX_DIFF)
      return `invalid subnet: ${formatGoPrefix(p)} is too large for the per-node pod CIDR mask size /${mask}, the difference must be at most ${POD_SUBNET_NODE_MASK_MAX_DIFF} bits`;
    return void 0;
  });
  if (podProblem) report.error(`pod subnets: ${podProblem}`, ["podSubnets"]);
  const serviceProblem = subnetsProblem(
    services,
    (p) => bitLen(p) - p.bits > MAX_HOST_BITS_FOR_SERVICE_SUBNET ? `invalid subnet: ${formatGoPrefix(p)} is too large, it must be at least /${bitLen(p) - MAX_HOST_BITS_FOR_SERVICE_SUBNET} (at most ${MAX_HOST_BITS_FOR_SERVICE_SUBNET} host identifier bits)` : void 0
  );
  if (serviceProblem) report.error(`service subnets: ${serviceProblem}`, ["serviceSubnets"]);
  if (pods.length !== services.length)
    report.error("the number of pod subnets must match the number of service subnets", ["serviceSubnets"]);
}
var KubeNetworkConfig = {
  kind: "KubeNetworkConfig",
  group: "k8s",
  // The kubelet's cluster domain and DNS service address come from here (Talos's KubeletSpec).
  apply: { restartsKubelet: ["dnsDomain", "serviceSubnets"] },
  bootstrapManifests: (body) => {
    const list2 = (v) => asList(v).map(asStr).filter((x) => x !== "");
    return {
      ...asStr(body.dnsDomain) ? { clusterDomain: asStr(body.dnsDomain) } : {},
      ...list2(body.podSubnets).length ? { podSubnets: list2(body.podSubnets) } : {},
      ...list2(body.serviceSubnets).length ? { serviceSubnets: list2(body.serviceSubnets) } : {}
    };
  },
  validate: checkNetwork,
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "cluster", "network"))
      report.error(
        "cluster network config is already set in the v1alpha1 config (.machine.cluster.network). Please remove it and use only the new KubeNetworkConfig document to avoid conflicts"
      );
  }
};

// src/kinds/k8s/kube-node-config.ts
var LEGACY = [
  ["cluster", "allowSchedulingOnControlPlanes"],
  ["cluster", "allowSchedulingOnMasters"],
  ["machine", "kubelet", "skipNodeRegistration"],
  ["machine", "kubelet", "registerWithFQDN"],
  ["machine", "kubelet", "nodeIP"],
  ["machine", "nodeLabels"],
  ["machine", "nodeAnnotations"],
  ["machine", "nodeTaints"]
];
var KubeNodeConfig = {
  kind: "KubeNodeConfig",
  group: "k8s",
  // Node registration, its IP and its taints are kubelet arguments.
  apply: { restartsKubelet: ["skipNodeRegistration", "registerWithFQDN", "nodeIP", "taints"] },
  validate(body, report) {
    asList(asObj(body.nodeIP)?.validSubnets).forEach((s, i) => {
      const cidr = asStr(s).replace(/^!/, "");
      if (!isSubnetOrAddress(cidr))
        report.error(`nodeIP subnet is not valid: ${JSON.stringify(cidr)}`, ["nodeIP", "validSubnets", i]);
    });
    for (const [field, check, what] of [
      ["labels", labelErrors, "labels"],
      ["annotations", annotationErrors, "annotations"],
      ["taints", taintErrors, "taints"]
    ]) {
      for (const e of check(asObj(body[field]) ?? {}))
        report.error(`invalid node ${what}: ${e.message}`, e.key ? [field, e.key] : [field]);
    }
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const set2 = LEGACY.find((path2) => isSet3(v1, ...path2));
    if (set2) report.error(`.${set2.join(".")} is already set in v1alpha1 config`);
  }
};

// src/kinds/k8s/kube-prism-config.ts
var KubePrismConfig = {
  kind: "KubePrismConfig",
  group: "k8s",
  bootstrapManifests: (body) => ({ kubePrismPort: Number(body.port ?? 7445) || 7445 }),
  validate(body, report) {
    const port = Number(body.port ?? 0);
    if (port <= 0 || port > 65535) report.error(`invalid port ${port}: must be in range 1-65535`, ["port"]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "machine", "features", "kubePrism"))
      report.error(
        "KubePrism config in v1alpha1 config (.machine.features.kubePrism) can't be used with KubePrismConfig document, please remove it to avoid conflicts"
      );
  }
};

// src/kinds/k8s/kube-proxy-config.ts
var KubeProxyConfig = {
  kind: "KubeProxyConfig",
  group: "k8s",
  images: [{ role: "kube-proxy", path: ["image"] }],
  controlPlaneOnly: true,
  bootstrapManifests: (body) => ({
    proxyEnabled: body.enabled !== false,
    ...asStr(body.image) ? { proxyImage: asStr(body.image) } : {},
    ...asStr(body.mode) ? { proxyMode: asStr(body.mode) } : {}
  }),
  validate(body, report, ctx) {
    if (disabled(body)) return;
    checkImage(body, report, "proxy", ctx);
    const mode = asStr(body.mode);
    if (mode === "iptables" || mode === "ipvs")
      report.warn(
        `proxy mode ${JSON.stringify(mode)} is not recommended, please switch to nftables if possible`,
        ["mode"]
      );
    else if (mode !== "" && mode !== "nftables")
      report.error(
        `invalid proxy mode ${JSON.stringify(mode)}: supported modes are iptables, ipvs and nftables`,
        ["mode"]
      );
    if (Object.keys(asObj(body.extraArgs) ?? {}).length > 0)
      report.warn(
        "extra arguments for kube-proxy may not work as expected, please use configuration instead",
        ["extraArgs"]
      );
    checkResources2(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "cluster", "proxy"))
      report.error(
        "cluster proxy config in v1alpha1 config (.machine.cluster.proxy) can't be used with KubeProxyConfig document, please remove it to avoid conflicts"
      );
  }
};

// src/kinds/k8s/kube-scheduler-config.ts
var KubeSchedulerConfig = {
  kind: "KubeSchedulerConfig",
  group: "k8s",
  images: [{ role: "kube-scheduler", path: ["image"] }],
  controlPlaneOnly: true,
  validate(body, report, ctx) {
    if (disabled(body)) return;
    checkImage(body, report, "scheduler", ctx);
    checkResources2(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "cluster", "scheduler"))
      report.error("kube-scheduler config is already set in v1alpha1 config (.cluster.scheduler)");
    else if (isSet3(v1, "machine", "controlPlane", "scheduler"))
      report.error(
        "kube-scheduler config is already set in v1alpha1 config (.machine.controlplane.scheduler)"
      );
  }
};

// src/kinds/k8s/kube-service-account-config.ts
var KubeServiceAccountConfig = {
  kind: "KubeServiceAccountConfig",
  group: "k8s",
  secrets: ["issuer.privateKey"],
  controlPlaneOnly: true,
  validate(body, report) {
    const issuer = asObj(body.issuer);
    const key = asStr(issuer?.privateKey);
    if (key === "") report.error("service issuer private key is required", ["issuer", "privateKey"]);
    else {
      const problem = pemKeyError(key);
      if (problem)
        report.error(`service issuer private key is invalid: ${problem}`, ["issuer", "privateKey"]);
    }
    if (issuer?.issuerURL == null) report.error("service issuer URL is required", ["issuer", "issuerURL"]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "cluster", "serviceAccount"))
      report.error("service account is already set in v1alpha1 config (.cluster.serviceAccount)");
  }
};

// src/kinds/k8s/kube-static-pod-config.ts
var KubeStaticPodConfig = {
  kind: "KubeStaticPodConfig",
  group: "k8s",
  validate(body, report) {
    checkManifestName(body, report, "static pod");
    if (Object.keys(asObj(body.pod) ?? {}).length === 0) report.error("static pod spec is required", ["pod"]);
  }
};

// src/kinds/k8s/kube-talos-api-access-config.ts
var KubeTalosAPIAccessConfig = {
  kind: "KubeTalosAPIAccessConfig",
  group: "k8s",
  controlPlaneOnly: true,
  validate(body, report, ctx) {
    const roles = talosRoles(ctx.contract);
    asList(body.allowedRoles).forEach((r, i) => {
      if (!roles.includes(asStr(r)))
        report.error(`invalid role ${JSON.stringify(asStr(r))} in .allowedRoles`, ["allowedRoles", i]);
    });
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "machine", "features", "kubernetesTalosAPIAccess"))
      report.error(".machine.features.kubernetesTalosAPIAccess is already set in v1alpha1 config");
  }
};

// src/kinds/k8s/kubelet-config.ts
var KubeletConfig = {
  kind: "KubeletConfig",
  group: "k8s",
  images: [{ role: "kubelet", path: ["image"] }],
  apply: { restartsKubelet: [""] },
  validate(body, report, ctx) {
    checkImage(body, report, "kubelet", ctx);
    const config = asObj(body.config) ?? {};
    for (const field of kubeletProtectedFields(ctx.contract))
      if (field in config)
        report.error(`kubelet configuration field ${JSON.stringify(field)} can't be overridden`, [
          "config",
          field
        ]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet3(v1, "machine", "kubelet"))
      report.error("kubelet config is already set in v1alpha1 config (.machine.kubelet)");
  }
};

// src/kinds/network/index.ts
var network_exports = {};
__export(network_exports, {
  BGPInstanceConfig: () => BGPInstanceConfig,
  BlackholeRouteConfig: () => BlackholeRouteConfig,
  BondConfig: () => BondConfig,
  BridgeConfig: () => BridgeConfig,
  DHCPv4Config: () => DHCPv4Config,
  DHCPv6Config: () => DHCPv6Config,
  DummyLinkConfig: () => DummyLinkConfig,
  EthernetConfig: () => EthernetConfig,
  HCloudVIPConfig: () => HCloudVIPConfig,
  HTTPProbeConfig: () => HTTPProbeConfig,
  HostnameConfig: () => HostnameConfig,
  KubeSpanConfig: () => KubeSpanConfig,
  KubeSpanEndpointsConfig: () => KubeSpanEndpointsConfig,
  Layer2VIPConfig: () => Layer2VIPConfig,
  LinkAliasConfig: () => LinkAliasConfig,
  LinkConfig: () => LinkConfig,
  NetworkDefaultActionConfig: () => NetworkDefaultActionConfig,
  NetworkRuleConfig: () => NetworkRuleConfig,
  ResolverConfig: () => ResolverConfig,
  RoutingRuleConfig: () => RoutingRuleConfig,
  StaticHostConfig: () => StaticHostConfig,
  TCPProbeConfig: () => TCPProbeConfig,
  TimeSyncConfig: () => TimeSyncConfig,
  VLANConfig: () => VLANConfig,
  VRFConfig: () => VRFConfig,
  VethConfig: () => VethConfig,
  WireguardConfig: () => WireguardConfig
});

// src/kinds/network/bgp-instance-config.ts
var negative = (v) => (parseGoDuration(asStr(v)) ?? 0n) < 0n;
function prefixOf(v) {
  const p = parseGoPrefix(asStr(v));
  return "prefix" in p ? p.prefix : void 0;
}
function overlap(a, b) {
  return a.addr.bytes.length === b.addr.bytes.length && (prefixContains(a, b.addr) || prefixContains(b, a.addr));
}
function neighborKey(n) {
  const addr = parseGoAddr(asStr(n.address));
  const link = asStr(n.link);
  if ("addr" in addr === (link !== "")) return void 0;
  return "addr" in addr ? formatGoAddr(addr.addr) : link;
}
function checkNeighbors(body, report) {
  const seen = /* @__PURE__ */ new Set();
  const vrf = asStr(body.vrf);
  asList(body.neighbors).forEach((item, i) => {
    const n = asObj(item) ?? {};
    const key = neighborKey(n);
    if (key === void 0)
      report.error(`neighbor[${i}]: exactly one of address or link must be set`, ["neighbors", i]);
    if (negative(n.holdTime))
      report.error(`neighbor[${i}]: holdTime must not be negative`, ["neighbors", i, "holdTime"]);
    const bfd = asObj(n.bfd);
    if (n.bfd !== void 0 && n.bfd !== null) {
      const at = ["neighbors", i, "bfd"];
      if (vrf !== "") report.error(`neighbor[${i}]: bfd is not supported for VRF-bound BGP instances`, at);
      if (negative(bfd?.transmitInterval))
        report.error(`neighbor[${i}]: bfd.transmitInterval must not be negative`, [
          ...at,
          "transmitInterval"
        ]);
      if (negative(bfd?.receiveInterval))
        report.error(`neighbor[${i}]: bfd.receiveInterval must not be negative`, [...at, "receiveInterval"]);
    }
    if (key === void 0) return;
    if (seen.has(key))
      report.error(`neighbor[${i}]: duplicate neighbor ${JSON.stringify(key)}`, ["neighbors", i]);
    seen.add(key);
  });
}
function checkImportPrefixes(index, prefixes, report) {
  const at = (i) => ["importRoutes", index, "prefixes", i];
  if (prefixes.length === 0)
    report.error(`importRoutes[${index}]: at least one prefix must be specified`, ["importRoutes", index]);
  const parsed = prefixes.map(prefixOf);
  parsed.forEach((p, i) => {
    if (!p) {
      report.error(`importRoutes[${index}].prefixes[${i}]: invalid prefix`, at(i));
      return;
    }
    if (!isMaskedPrefix(p))
      report.error(
        `importRoutes[${index}].prefixes[${i}]: prefix ${formatGoPrefix(p)} must be masked`,
        at(i)
      );
    for (let j = 0; j < i; j++) {
      const other = parsed[j];
      if (other && overlap(other, p))
        report.error(
          `importRoutes[${index}].prefixes[${i}]: prefix ${formatGoPrefix(p)} overlaps prefixes[${j}] ${formatGoPrefix(other)}`,
          at(i)
        );
    }
  });
}
function checkImports(body, report) {
  const self = asStr(body.name);
  const sources = /* @__PURE__ */ new Set();
  const selectors = [];
  asList(body.importRoutes).forEach((item, i) => {
    const route = asObj(item) ?? {};
    const source = asStr(route.bgpInstance);
    const at = ["importRoutes", i];
    if (source === "") report.error(`importRoutes[${i}]: bgpInstance must be specified`, at);
    else if (source === self)
      report.error(`importRoutes[${i}]: cannot import from the same BGP instance ${JSON.stringify(self)}`, [
        ...at,
        "bgpInstance"
      ]);
    const prefixes = asList(route.prefixes);
    checkImportPrefixes(i, prefixes, report);
    if (source !== "") {
      if (sources.has(source))
        report.error(`importRoutes[${i}]: duplicate source BGP instance ${JSON.stringify(source)}`, [
          ...at,
          "bgpInstance"
        ]);
      sources.add(source);
    }
    prefixes.forEach((v, k) => {
      const prefix = prefixOf(v);
      if (!prefix || !isMaskedPrefix(prefix)) return;
      for (const s of selectors) {
        if (s.route !== i && overlap(s.prefix, prefix))
          report.error(
            `importRoutes[${i}]: prefix ${formatGoPrefix(prefix)} overlaps importRoutes[${s.route}] prefix ${formatGoPrefix(s.prefix)}`,
            [...at, "prefixes", k]
          );
      }
      selectors.push({ prefix, route: i });
    });
  });
}
var BGPInstanceConfig = {
  kind: "BGPInstanceConfig",
  group: "network",
  validate(body, report) {
    if (asStr(body.name) === "") report.error("name must be specified", ["name"]);
    if (Number(body.localASN ?? 0) === 0) report.error("localASN must be specified", ["localASN"]);
    const routerID = parseGoAddr(asStr(body.routerID));
    if ("addr" in routerID && routerID.addr.bytes.length !== 4)
      report.error("routerID must be an IPv4 address", ["routerID"]);
    if (asList(body.neighbors).length === 0) report.warn("BGPInstanceConfig has no neighbors configured", []);
    checkNeighbors(body, report);
    checkImports(body, report);
  }
};

// src/kinds/network/blackhole-route-config.ts
var BlackholeRouteConfig = {
  kind: "BlackholeRouteConfig",
  group: "network",
  validate(body, report) {
    const name = asStr(body.name);
    if (name === "") report.error("name must be specified", ["name"]);
    const parsed = parseGoPrefix(name);
    if ("error" in parsed) report.error(`name must be a valid address prefix: ${parsed.error}`, ["name"]);
  }
};

// src/config/document.ts
function documentId(d) {
  const base = `${d.apiVersion}/${d.kind}`;
  return d.def.named ? `${base}/${d.name ?? ""}` : base;
}
function documentLabel(d) {
  if (d.kind === V1ALPHA1) return "v1alpha1";
  return d.def.named ? `${d.kind}/${d.name ?? ""}` : d.kind;
}

// src/kinds/network/common-link.ts
var LINK_KINDS = [
  "BondConfig",
  "BridgeConfig",
  "DummyLinkConfig",
  "LinkConfig",
  "VethConfig",
  "VLANConfig",
  "VRFConfig",
  "WireguardConfig"
];
function conflictingLinkKinds(self) {
  return LINK_KINDS.filter((k) => k !== self);
}
function isUsable(text2, kind) {
  if (kind === "prefix") {
    const p = parseGoPrefix(text2);
    return "prefix" in p && !isUnspecifiedAddr(p.prefix.addr);
  }
  const a = parseGoAddr(text2);
  return "addr" in a && !isUnspecifiedAddr(a.addr);
}
function checkCommonLink(body, report, at = []) {
  asList(body.addresses).forEach((a, i) => {
    const addr = asStr(asObj(a)?.address);
    const segs = [...at, "addresses", i];
    if (addr === "") report.error(`address ${i} must be specified`, segs);
    else if (!("prefix" in parseGoPrefix(addr))) report.error(`address ${i} must be a valid IP prefix`, segs);
    else if (!isUsable(addr, "prefix")) report.error(`address ${i} must be a valid IP address`, segs);
  });
  asList(body.routes).forEach((r, i) => {
    const route = asObj(r) ?? {};
    const segs = [...at, "routes", i];
    const dest = asStr(route.destination);
    if (dest !== "" && !isUsable(dest, "prefix"))
      report.error(`route ${i} destination must be a valid IP prefix`, [...segs, "destination"]);
    const gw = asStr(route.gateway);
    if (gw !== "" && !isUsable(gw, "addr"))
      report.error(`route ${i} gateway must be a valid IP address`, [...segs, "gateway"]);
    const src = asStr(route.source);
    if (src !== "" && !isUsable(src, "addr"))
      report.error(`route ${i} source must be a valid IP address`, [...segs, "source"]);
  });
}
function ownLink(body) {
  return [asStr(body.name)];
}
function checkName(body, report) {
  if (asStr(body.name) === "") report.error("name must be specified", ["name"]);
}
function linkAddresses(body, at = []) {
  return asList(body.addresses).flatMap((a, j) => {
    const value = asStr(asObj(a)?.address);
    return value === "" ? [] : [{ value, segs: [...at, "addresses", j, "address"] }];
  });
}

// src/kinds/network/bond-config.ts
var LACP_TIMERS = ["miimon", "updelay", "downdelay"];
var BondConfig = {
  kind: "BondConfig",
  group: "network",
  validate(body, report, _ctx, doc) {
    checkName(body, report);
    if (asList(body.links).length === 0) report.error("at least one link must be specified", ["links"]);
    if (body.bondMode === void 0 || body.bondMode === null)
      report.error("bond mode must be specified", ["bondMode"]);
    else if (asStr(body.bondMode).toLowerCase() === "802.3ad") {
      for (const field of LACP_TIMERS) {
        if (body[field] === void 0 || body[field] === null)
          report.warn(`${documentLabel(doc)}: ${field} was not specified for 802.3ad bond`, ["bondMode"]);
      }
    }
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds("BondConfig"),
  configuresLinks: ownLink,
  addresses: linkAddresses
};

// src/kinds/network/bridge-config.ts
var BridgeConfig = {
  kind: "BridgeConfig",
  group: "network",
  validate(body, report) {
    checkName(body, report);
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds("BridgeConfig"),
  configuresLinks: ownLink,
  addresses: linkAddresses
};

// src/kinds/network/dhcp-client.ts
function checkDHCPClient(body, report) {
  checkName(body, report);
  const duid = asStr(body.clientIdentifier).toLowerCase() === "duid";
  const raw = asStr(body.duidRaw) !== "";
  if (raw && !duid) report.error("duidRaw can only be set if clientIdentifier is 'duid'", ["duidRaw"]);
  if (duid && !raw) report.error("duidRaw must be set if clientIdentifier is 'duid'", ["clientIdentifier"]);
}

// src/kinds/network/dhcpv4-config.ts
var DHCPv4Config = {
  kind: "DHCPv4Config",
  group: "network",
  validate: (body, report) => checkDHCPClient(body, report)
};

// src/kinds/network/dhcpv6-config.ts
var DHCPv6Config = {
  kind: "DHCPv6Config",
  group: "network",
  validate: (body, report) => checkDHCPClient(body, report)
};

// src/kinds/network/dummy-link-config.ts
var DummyLinkConfig = {
  kind: "DummyLinkConfig",
  group: "network",
  validate(body, report) {
    checkName(body, report);
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds("DummyLinkConfig"),
  configuresLinks: ownLink,
  addresses: linkAddresses
};

// src/kinds/network/ethernet-config.ts
var EthernetConfig = {
  kind: "EthernetConfig",
  group: "network",
  validate(body, report) {
    if (asStr(body.name) === "") report.error("name is required", ["name"]);
  }
};

// src/kinds/network/virtual-ip.ts
function checkVIP(body, report) {
  const name = asStr(body.name);
  const parsed = parseGoAddr(name);
  if (name === "") report.error("name must be specified", ["name"]);
  else if ("error" in parsed) report.error(`name must be a valid IP address: ${parsed.error}`, ["name"]);
  if (asStr(body.link) === "") report.error("link must be specified", ["link"]);
}

// src/kinds/network/hcloud-vip-config.ts
var HCloudVIPConfig = {
  kind: "HCloudVIPConfig",
  group: "network",
  secrets: ["apiToken"],
  validate(body, report) {
    checkVIP(body, report);
    if (asStr(body.apiToken) === "") report.error("apiToken must be specified", ["apiToken"]);
  },
  conflictsWithKinds: ["Layer2VIPConfig"]
};

// src/kinds/network/hostname-config.ts
var HostnameConfig = {
  kind: "HostnameConfig",
  group: "network",
  validate(body, report) {
    const autoSet = body.auto !== void 0 && body.auto !== null;
    const auto = autoSet ? asStr(body.auto).toLowerCase() : "off";
    const hostname = asStr(body.hostname);
    if (!autoSet && hostname === "") report.error("either 'auto' or 'hostname' must be set");
    if (auto !== "off" && hostname !== "")
      report.error("'auto' and 'hostname' cannot be set at the same time", ["hostname"]);
    if (auto !== "off" && auto !== "stable")
      report.error(`invalid value for 'auto': ${asStr(body.auto)}`, ["auto"]);
    if (hostname !== "") {
      const bytes = Buffer.byteLength(hostname, "utf8");
      if (bytes > 253) report.error(`fqdn is too long: ${bytes}`, ["hostname"]);
      const host = hostname.split(".")[0];
      const hostBytes = Buffer.byteLength(host, "utf8");
      if (hostBytes === 0 || hostBytes > 63)
        report.error(`invalid hostname ${JSON.stringify(host)}`, ["hostname"]);
    }
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const machine = asObj(v1.machine);
    if (asStr(asObj(machine?.network)?.hostname) !== "")
      report.error("static hostname is already set in v1alpha1 config");
    else if (asObj(machine?.features)?.stableHostname === true)
      report.error("stable hostname is already set in v1alpha1 config");
  }
};

// src/kinds/network/common-probe.ts
function negativeDuration(v) {
  const ns = parseGoDuration(asStr(v));
  return ns !== void 0 && ns < 0n ? formatGoDuration(ns) : void 0;
}
function checkCommonProbe(body, report) {
  const interval = negativeDuration(body.interval);
  if (interval) report.error(`probe interval cannot be negative: ${interval}`, ["interval"]);
  const threshold = Number(body.failureThreshold ?? 0);
  if (threshold < 0)
    report.error(`probe failure threshold cannot be negative: ${threshold}`, ["failureThreshold"]);
}
function checkProbeName(body, report) {
  if (asStr(body.name) === "") report.error("probe name is required", ["name"]);
}

// src/kinds/network/http-probe-config.ts
function probeURL(v) {
  const u = typeof v === "string" ? v === "" ? void 0 : parseGoURL(v) : asObj(v);
  if (!u) return void 0;
  return Object.values(u).some((x) => x !== "" && x !== false) ? u : void 0;
}
var HTTPProbeConfig = {
  kind: "HTTPProbeConfig",
  group: "network",
  validate(body, report) {
    checkProbeName(body, report);
    const url2 = probeURL(body.url);
    if (!url2) report.error("HTTP probe URL is required", body.url === void 0 ? [] : ["url"]);
    else if (url2.scheme !== "http" && url2.scheme !== "https")
      report.error(`HTTP probe URL scheme must be http or https, got ${JSON.stringify(url2.scheme)}`, ["url"]);
    else if (url2.opaque !== "" || urlHostname(url2) === "")
      report.error("HTTP probe URL must be an absolute http or https URL with a non-empty host", ["url"]);
    const timeout = negativeDuration(body.timeout);
    if (timeout) report.error(`HTTP probe timeout cannot be negative: ${timeout}`, ["timeout"]);
    checkCommonProbe(body, report);
  }
};

// src/kinds/network/kubespan-config.ts
var KUBESPAN_MIN_MTU = 1280;
function discoveryEnabled(docs, v1) {
  const legacy = asObj(dig(v1, "cluster", "discovery"));
  if (legacy?.enabled === true && dig(legacy, "registries", "service", "disabled") !== true) return true;
  return docs.some((d) => d.kind === "DiscoveryServiceConfig");
}
var KubeSpanConfig = {
  kind: "KubeSpanConfig",
  group: "network",
  validate(body, report) {
    if (body.mtu !== void 0 && body.mtu !== null && Number(body.mtu) < KUBESPAN_MIN_MTU)
      report.error(`kubespan link MTU must be at least ${KUBESPAN_MIN_MTU}`, ["mtu"]);
    asList(asObj(body.filters)?.endpoints).forEach((e, i) => {
      const cidr = asStr(e).replace(/^!/, "");
      if (!isSubnetOrAddress(cidr))
        report.error(`KubeSpan endpoint filter is not valid: ${JSON.stringify(cidr)}`, [
          "filters",
          "endpoints",
          i
        ]);
    });
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const ks = dig(v1, "machine", "network", "kubespan");
    if (ks !== void 0 && ks !== null)
      report.error("kubespan is already configured in v1alpha1 machine.network.kubespan");
  },
  crossCheck(docs, ctx) {
    if (!ctx.since("1.14")) return;
    const ksDoc = docs.find((d) => d.kind === "KubeSpanConfig");
    const v1 = ctx.v1?.body;
    const enabled = ksDoc ? ksDoc.body.enabled === true : dig(v1, "machine", "network", "kubespan", "enabled") === true;
    if (enabled && !discoveryEnabled(docs, v1)) {
      ctx.error(
        "talos/kubespan",
        "KubeSpan requires cluster discovery to be enabled",
        ksDoc ?? ctx.v1,
        ksDoc ? ["enabled"] : ["machine", "network", "kubespan", "enabled"]
      );
    }
  }
};

// src/kinds/network/kubespan-endpoints-config.ts
var KubeSpanEndpointsConfig = {
  kind: "KubeSpanEndpointsConfig",
  group: "network"
};

// src/kinds/network/layer2-vip-config.ts
var Layer2VIPConfig = {
  kind: "Layer2VIPConfig",
  group: "network",
  validate: (body, report) => checkVIP(body, report),
  conflictsWithKinds: ["HCloudVIPConfig"]
};

// src/kinds/network/link-alias-config.ts
var LinkAliasConfig = {
  kind: "LinkAliasConfig",
  group: "network",
  validate(body, report, ctx) {
    const name = asStr(body.name);
    if (name === "") report.error("name must be specified", ["name"]);
    else if (ctx.since("1.13") && name.includes("%")) {
      const cut = name.indexOf("%");
      if (name.slice(cut + 1) !== "d" || cut === 0)
        report.error(`name ${JSON.stringify(name)} contains an invalid format verb, use %d suffix`, ["name"]);
    }
    const match = asStr(asObj(body.selector)?.match);
    if (match === "")
      report.error("link selector is required", body.selector === void 0 ? [] : ["selector"]);
    else {
      const problem = celBoolError(match, "LinkLocator", ctx.contract);
      if (problem) report.error(`link selector is invalid: ${problem}`, ["selector", "match"]);
    }
  }
};

// src/kinds/network/link-config.ts
var LinkConfig = {
  kind: "LinkConfig",
  group: "network",
  validate(body, report) {
    checkName(body, report);
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds("LinkConfig"),
  configuresLinks: ownLink,
  addresses: linkAddresses
};

// src/kinds/network/network-default-action-config.ts
var NetworkDefaultActionConfig = {
  kind: "NetworkDefaultActionConfig",
  group: "network",
  ingressDefault: (body) => asStr(body.ingress).toLowerCase() || void 0
};

// src/kinds/network/network-rule-config.ts
function parsePortRange(v, at) {
  const text2 = asStr(v);
  const port = (s) => /^\d+$/.test(s) && Number(s) <= 65535 ? Number(s) : void 0;
  const single = port(text2);
  if (single !== void 0) return { lo: single, hi: single, at };
  const [lo, hi, ...rest] = text2.split("-");
  const l = port(lo ?? "");
  const h = port(hi ?? "");
  return rest.length === 0 && l !== void 0 && h !== void 0 ? { lo: l, hi: h, at } : void 0;
}
function portRangesProblem(ranges) {
  const sorted2 = [...ranges].sort((a, b) => a.lo - b.lo);
  const text2 = (r) => `${r.lo}-${r.hi}`;
  for (let i = 0; i < sorted2.length; i++) {
    const r = sorted2[i];
    if (r.lo > r.hi) return { message: `invalid port range: ${text2(r)}`, at: r.at };
    const prev = sorted2[i - 1];
    if (prev && r.lo <= prev.hi)
      return { message: `invalid port range: ${text2(r)}, overlaps with ${text2(prev)}`, at: r.at };
  }
  return void 0;
}
var NetworkRuleConfig = {
  kind: "NetworkRuleConfig",
  group: "network",
  validate(body, report) {
    if (asStr(body.name) === "") return report.error("name is required", ["name"]);
    const selector = asObj(body.portSelector) ?? {};
    const ports = asList(selector.ports);
    if (ports.length === 0)
      return report.error(
        "portSelector.ports is required",
        body.portSelector === void 0 ? [] : ["portSelector"]
      );
    const ranges = [];
    for (const [i, p] of ports.entries()) {
      const r = parsePortRange(p, i);
      if (!r)
        return report.error(`invalid port range: ${JSON.stringify(asStr(p))}`, ["portSelector", "ports", i]);
      ranges.push(r);
    }
    const problem = portRangesProblem(ranges);
    if (problem) return report.error(problem.message, ["portSelector", "ports", problem.at]);
    for (const [i, r] of asList(body.ingress).entries()) {
      const rule = asObj(r) ?? {};
      const subnet = asStr(rule.subnet);
      const at = rule.subnet === void 0 ? ["ingress", i] : ["ingress", i, "subnet"];
      if (subnet === "" || "error" in parseGoPrefix(subnet))
        return report.error(`invalid subnet: ${subnet === "" ? "invalid Prefix" : subnet}`, at);
      const except = asStr(rule.except);
      if (except !== "" && "error" in parseGoPrefix(except))
        return report.error(`invalid except: ${except}`, ["ingress", i, "except"]);
    }
  }
};

// src/kinds/network/resolver-config.ts
var ENCRYPTED_ONLY_WARNING = "all configured nameservers use encrypted DNS (DoT or DoH): validating certificates requires a correct system clock, so boot may stall when NTP servers are configured by hostname; consider keeping at least one plain-DNS fallback or configuring NTP servers by IP address";
var isSet4 = (v) => v !== void 0 && v !== null;
function hostDNSIsZero(hostDNS) {
  return !hostDNS || !Object.values(hostDNS).some(isSet4);
}
function protocolOf(ns) {
  const p = asStr(ns.protocol).toLowerCase();
  if (p === "" || p === "do53") return "do53";
  return p === "dot" || p === "doh" ? p : "other";
}
var ResolverConfig = {
  kind: "ResolverConfig",
  group: "network",
  validate(body, report, ctx, doc) {
    if (!ctx.since("1.14")) return;
    const hostDNS = asObj(body.hostDNS);
    if (!hostDNSIsZero(hostDNS) && hostDNS?.enabled !== true) {
      if (hostDNS?.forwardKubeDNSToHost === true)
        report.error("hostDNS.forwardKubeDNSToHost cannot be enabled when hostDNS.enabled is false", [
          "hostDNS",
          "forwardKubeDNSToHost"
        ]);
      if (hostDNS?.resolveMemberNames === true)
        report.error("hostDNS.resolveMemberNames cannot be enabled when hostDNS.enabled is false", [
          "hostDNS",
          "resolveMemberNames"
        ]);
    }
    const servers = asList(body.nameservers);
    let encrypted = 0;
    servers.forEach((n, i) => {
      const ns = asObj(n) ?? {};
      const protocol = protocolOf(ns);
      const tls = asStr(ns.tlsServerName);
      if (protocol === "dot" || protocol === "doh") {
        encrypted++;
        if (tls === "")
          report.error(
            `tlsServerName must be set when protocol is ${protocol === "dot" ? "DoT" : "DoH"}: entry ${i}`,
            ["nameservers", i]
          );
      } else if (protocol === "do53") {
        if (tls !== "")
          report.error(`tlsServerName must be empty when protocol is Do53: entry ${i}`, [
            "nameservers",
            i,
            "tlsServerName"
          ]);
      } else report.error(`unsupported DNS protocol: entry ${i}`, ["nameservers", i, "protocol"]);
      if (!("addr" in parseGoAddr(asStr(ns.address))))
        report.error(`nameserver address must be a valid IP: entry ${i}`, ["nameservers", i]);
    });
    if (encrypted > 0 && encrypted === servers.length)
      report.warn(`${documentLabel(doc)}: ${ENCRYPTED_ONLY_WARNING}`, ["nameservers"]);
  },
  conflictsWithV1alpha1(body, v1, report, ctx) {
    const machine = asObj(v1.machine) ?? {};
    const network = asObj(machine.network) ?? {};
    const v1Resolvers = asList(network.nameservers).some((n) => "addr" in parseGoAddr(asStr(n)));
    if (isSet4(network.searchDomains))
      report.error(".machine.network.searchDomains is already set in v1alpha1 config");
    else if (v1Resolvers) report.error(".machine.network.nameservers is already set in v1alpha1 config");
    else if (network.disableSearchDomain === true)
      report.error(".machine.network.disableSearchDomain is already set in v1alpha1 config");
    else if (ctx.since("1.14") && !hostDNSIsZero(asObj(body.hostDNS)) && isSet4(dig(machine, "features", "hostDNS")))
      report.error(".machine.features.hostDNS is already set in v1alpha1 config");
  },
  crossCheck(docs, ctx) {
    if (!ctx.since("1.14")) return;
    const resolver = docs.find((d) => d.kind === "ResolverConfig");
    if (!resolver) return;
    const nonDefault = asList(resolver.body.nameservers).some((n) => protocolOf(asObj(n) ?? {}) !== "do53");
    if (nonDefault && hostDNSSettings(docs, ctx.v1?.body)?.enabled !== true) {
      ctx.error(
        "talos/resolver-config",
        "hostDNS must be enabled when using non-default DNS protocols",
        resolver,
        ["nameservers"]
      );
    }
  }
};
function hostDNSSettings(docs, v1) {
  const fromDoc = asObj(docs.find((d) => d.kind === "ResolverConfig")?.body.hostDNS);
  if (fromDoc?.enabled === true) return fromDoc;
  return asObj(dig(v1, "machine", "features", "hostDNS"));
}

// src/kinds/network/routing-rule-config.ts
var RESERVED_PRIORITIES = [0n, 32500n, 32766n, 32767n];
function isUnspecTable(v) {
  return ["", "0", "unspec"].includes(asStr(v).toLowerCase());
}
function isUnicast(v) {
  return ["", "0", "unspec", "1", "unicast"].includes(asStr(v).toLowerCase());
}
var RoutingRuleConfig = {
  kind: "RoutingRuleConfig",
  group: "network",
  validate(body, report) {
    const name = asStr(body.name);
    if (name === "") report.error("name must be specified", ["name"]);
    const priority = parseGoUint(name, 32);
    if (priority.error)
      report.error(`invalid name: must be priority parsable unsigned integer: ${priority.error}`, ["name"]);
    if (RESERVED_PRIORITIES.includes(priority.value))
      report.error(
        `priority must be between 1 and 32765 (excluding reserved priorities [${RESERVED_PRIORITIES.join(" ")}])`,
        ["name"]
      );
    if (isUnspecTable(body.table) && isUnicast(body.action))
      report.error(
        "either table or a non-unicast action must be specified",
        body.table === void 0 ? [] : ["table"]
      );
    if (Number(body.fwMask ?? 0) !== 0 && Number(body.fwMark ?? 0) === 0)
      report.error("fwMask requires fwMark to be set", ["fwMask"]);
  }
};

// src/kinds/network/static-host-config.ts
var StaticHostConfig = {
  kind: "StaticHostConfig",
  group: "network",
  validate(body, report) {
    const name = asStr(body.name);
    if (name === "") report.error("name is required", ["name"]);
    if ("error" in parseGoAddr(name)) report.error("name must be a valid IP address", ["name"]);
    if (asList(body.hostnames).length === 0)
      report.error("at least one hostname is required", body.hostnames === void 0 ? [] : ["hostnames"]);
  }
};

// src/kinds/network/tcp-probe-config.ts
var TCPProbeConfig = {
  kind: "TCPProbeConfig",
  group: "network",
  validate(body, report) {
    checkProbeName(body, report);
    if (asStr(body.endpoint) === "") report.error("TCP probe endpoint is required", ["endpoint"]);
    const timeout = negativeDuration(body.timeout);
    if (timeout) report.error(`TCP probe timeout cannot be negative: ${timeout}`, ["timeout"]);
    checkCommonProbe(body, report);
  }
};

// src/kinds/network/time-sync-config.ts
var isSet5 = (v) => v !== void 0 && v !== null;
var negative2 = (v) => (parseGoDuration(asStr(v)) ?? 0n) < 0n;
var TimeSyncConfig = {
  kind: "TimeSyncConfig",
  group: "network",
  validate(body, report, ctx) {
    if (negative2(body.bootTimeout)) report.error("bootTimeout cannot be negative", ["bootTimeout"]);
    if (isSet5(body.ntp) && isSet5(body.ptp))
      report.error("only one of ntp or ptp configuration can be specified", ["ptp"]);
    const ntp = asObj(body.ntp);
    if (ctx.since("1.14") && ntp?.useNTS === true) {
      asList(ntp.servers).forEach((s, i) => {
        if (isGoIP(asStr(s)))
          report.error(`NTS requires hostnames, not IP addresses: ${JSON.stringify(asStr(s))}`, [
            "ntp",
            "servers",
            i
          ]);
      });
    }
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const t = asObj(asObj(v1.machine)?.time);
    if (!t) return;
    if (t.disabled === true)
      report.error("time sync cannot be disabled in both v1alpha1 and new-style configuration");
    else if (asList(t.servers).length > 0)
      report.error("time servers cannot be specified in both v1alpha1 and new-style configuration");
    else if ((parseGoDuration(asStr(t.bootTimeout)) ?? 0n) !== 0n)
      report.error("boot timeout cannot be specified in both v1alpha1 and new-style configuration");
  }
};

// src/kinds/network/veth-config.ts
function linkNameProblem(field, name) {
  if (name === "") return `${field} must be specified`;
  if (Buffer.byteLength(name, "utf8") > 15) return `${field} must not exceed 15 bytes`;
  if (name === "." || name === "..") return `${field} must not be ${JSON.stringify(name)}`;
  if (/[/:]/.test(name)) return `${field} must not contain '/' or ':'`;
  if (!/^[\p{L}\p{M}\p{N}\p{P}\p{S}]*$/u.test(name))
    return `${field} must not contain whitespace or non-printable characters`;
  return void 0;
}
var VethConfig = {
  kind: "VethConfig",
  group: "network",
  validate(body, report) {
    const name = asStr(body.name);
    const peer = asObj(body.peer) ?? {};
    const peerName = asStr(peer.name);
    const own = linkNameProblem("name", name);
    if (own) report.error(own, ["name"]);
    const theirs = linkNameProblem("peer name", peerName);
    if (theirs) report.error(theirs, body.peer === void 0 ? [] : ["peer", "name"]);
    if (name !== "" && name === peerName)
      report.error("name and peer name must be different", ["peer", "name"]);
    checkCommonLink(body, report);
    checkCommonLink(peer, report, ["peer"]);
  },
  conflictsWithKinds: conflictingLinkKinds("VethConfig"),
  // both ends; a peer named after the link itself is the validation's finding, not a second claim
  configuresLinks: (body) => [.../* @__PURE__ */ new Set([asStr(body.name), asStr(asObj(body.peer)?.name)])],
  addresses: (body) => [...linkAddresses(body), ...linkAddresses(asObj(body.peer) ?? {}, ["peer"])]
};

// src/kinds/network/vlan-config.ts
var VLANConfig = {
  kind: "VLANConfig",
  group: "network",
  validate(body, report) {
    checkName(body, report);
    const id = Number(body.vlanID ?? 0);
    if (!(id >= 1 && id <= 4094))
      report.error(
        "vlanID must be specified and between 1 and 4094",
        body.vlanID === void 0 ? [] : ["vlanID"]
      );
    if (asStr(body.parent) === "") report.error("parent must be specified", ["parent"]);
    const mode = asStr(body.vlanMode).toLowerCase();
    if (body.vlanMode !== void 0 && body.vlanMode !== null && mode !== "802.1q" && mode !== "802.1ad")
      report.error("vlanMode must be either '802.1q' or '802.1ad'", ["vlanMode"]);
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds("VLANConfig"),
  configuresLinks: ownLink,
  addresses: linkAddresses
};

// src/kinds/network/vrf-config.ts
var RESERVED_TABLES = {
  "": "unspec",
  unspec: "unspec",
  "0": "unspec",
  default: "default",
  "253": "default",
  main: "main",
  "254": "main",
  local: "local",
  "255": "local"
};
var VRFConfig = {
  kind: "VRFConfig",
  group: "network",
  validate(body, report) {
    checkName(body, report);
    const reserved = RESERVED_TABLES[asStr(body.table).toLowerCase()];
    if (reserved)
      report.error(
        `cannot create vrf with reserved table ${reserved}`,
        body.table === void 0 ? [] : ["table"]
      );
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds("VRFConfig"),
  configuresLinks: ownLink,
  addresses: linkAddresses
};

// src/go/base64.ts
var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function corrupt(at) {
  return { error: `illegal base64 data at input byte ${at}` };
}
function decodeGoBase64(src) {
  const isNewline = (c) => c === "\n" || c === "\r";
  let si = 0;
  let length = 0;
  for (; ; ) {
    let j = 0;
    let got = 0;
    let done = false;
    for (; j < 4; j++) {
      if (si === src.length) {
        if (j === 0) return { length };
        return corrupt(si - j);
      }
      const c = src[si];
      si++;
      if (ALPHABET.includes(c)) {
        got++;
        continue;
      }
      if (isNewline(c)) {
        j--;
        continue;
      }
      if (c !== "=") return corrupt(si - 1);
      if (j === 0 || j === 1) return corrupt(si - 1);
      if (j === 2) {
        while (si < src.length && isNewline(src[si])) si++;
        if (si === src.length) return corrupt(src.length);
        if (src[si] !== "=") return corrupt(si - 1);
        si++;
      }
      while (si < src.length && isNewline(src[si])) si++;
      if (si < src.length) return corrupt(si);
      done = true;
      break;
    }
    length += got === 4 ? 3 : got === 3 ? 2 : got === 2 ? 1 : 0;
    if (done) return { length };
  }
}

// src/kinds/network/wireguard-config.ts
function keyProblem(key) {
  const decoded = decodeGoBase64(key);
  if ("error" in decoded) return decoded.error;
  return decoded.length === 32 ? void 0 : "invalid wireguard key length";
}
var WireguardConfig = {
  kind: "WireguardConfig",
  group: "network",
  secrets: ["privateKey", "peers[].presharedKey"],
  validate(body, report) {
    checkName(body, report);
    const privateKey = asStr(body.privateKey);
    const keyError = privateKey === "" ? void 0 : keyProblem(privateKey);
    if (privateKey === "") report.error("wireguard private key must be specified", ["privateKey"]);
    else if (keyError) report.error(`wireguard private key is invalid: ${keyError}`, ["privateKey"]);
    const port = Number(body.listenPort ?? 0);
    if (!(port >= 0 && port <= 65535))
      report.error("wireguard listen port must be between 0 and 65535", ["listenPort"]);
    asList(body.peers).forEach((p, i) => {
      const peer = asObj(p) ?? {};
      const publicKey = asStr(peer.publicKey);
      const publicError = publicKey === "" ? void 0 : keyProblem(publicKey);
      if (publicKey === "")
        report.error(`wireguard peer public key must be specified (peer index ${i})`, ["peers", i]);
      else if (publicError)
        report.error(`wireguard peer public key is invalid (peer index ${i}): ${publicError}`, [
          "peers",
          i,
          "publicKey"
        ]);
      const preshared = asStr(peer.presharedKey);
      const presharedError = preshared === "" ? void 0 : keyProblem(preshared);
      if (presharedError)
        report.error(`wireguard peer preshared key is invalid (peer index ${i}): ${presharedError}`, [
          "peers",
          i,
          "presharedKey"
        ]);
      const keepalive = parseGoDuration(asStr(peer.persistentKeepaliveInterval));
      if (keepalive !== void 0 && keepalive < 0n)
        report.error(`wireguard peer persistent keepalive interval cannot be negative (peer index ${i})`, [
          "peers",
          i,
          "persistentKeepaliveInterval"
        ]);
    });
    checkCommonLink(body, report);
  },
  conflictsWithKinds: conflictingLinkKinds("WireguardConfig"),
  configuresLinks: ownLink,
  addresses: linkAddresses
};

// src/kinds/secret-paths.ts
var node = (loop = false) => ({ next: /* @__PURE__ */ new Map(), end: false, params: [], loop });
function patternSegs(path2) {
  return path2.replace(/\[\]/g, ".[]").split(".").filter(Boolean);
}
var SecretMatcher = class {
  root = node();
  empty;
  constructor(patterns) {
    for (const p of patterns) {
      const [path2, param2] = p.split("?");
      let cur = this.root;
      for (const s of patternSegs(path2)) {
        let n = cur.next.get(s);
        if (!n) {
          n = node(s === "**");
          cur.next.set(s, n);
        }
        cur = n;
      }
      if (param2) cur.params.push(param2);
      else cur.end = true;
    }
    this.empty = patterns.length === 0;
  }
  /** Nodes reached by the whole path (following `*` and `**`). */
  reach(segs) {
    let states = this.closure([this.root]);
    for (const s of segs) {
      states = this.advance(states, s);
      if (states.length === 0) return [];
    }
    return states;
  }
  /** The nodes one more segment reaches. */
  advance(states, seg) {
    const next = [];
    for (const st of states) {
      if (st.loop) next.push(st);
      const exact = st.next.get(seg);
      if (exact) next.push(exact);
      const star = st.next.get("*");
      if (star) next.push(star);
    }
    return next.length === 0 ? [] : this.closure(next);
  }
  /**
   * Where the root of a document stands, for a walk that goes down one segment at a time: each step
   * is answered once per state and segment (a walk over every leaf of every rendered document
   * otherwise matches each leaf's whole path again).
   */
  start() {
    this.root_ ??= new SecretCursor(this, this.closure([this.root]));
    return this.root_;
  }
  root_;
  /** `**` also matches zero segments. */
  closure(states) {
    const out2 = /* @__PURE__ */ new Set();
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop();
      if (out2.has(s)) continue;
      out2.add(s);
      const dstar = s.next.get("**");
      if (dstar) stack.push(dstar);
    }
    return [...out2];
  }
  /** Whether the value at this path is secret. */
  matches(segs) {
    if (this.empty) return false;
    return this.reach(segs).some((n) => n.end);
  }
  /** The secret query parameter of the URL at this path, if any. */
  queryParam(segs) {
    if (this.empty) return void 0;
    for (const n of this.reach(segs)) if (n.params.length > 0) return n.params[0];
    return void 0;
  }
};
var SecretCursor = class _SecretCursor {
  constructor(matcher, nodes) {
    this.matcher = matcher;
    this.nodes = nodes;
    this.secret = nodes.some((n) => n.end);
    this.param = nodes.find((n) => n.params.length > 0)?.params[0];
  }
  matcher;
  nodes;
  secret;
  /** The secret query parameter of a URL here, if any. */
  param;
  steps = /* @__PURE__ */ new Map();
  step(seg) {
    let next = this.steps.get(seg);
    if (next === void 0) {
      next = this.nodes.length === 0 ? this : new _SecretCursor(this.matcher, this.matcher.advance(this.nodes, seg));
      if (this.steps.size < MAX_STEPS) this.steps.set(seg, next);
    }
    return next;
  }
};
var MAX_STEPS = 1e3;

// src/kinds/registry.ts
var KindRegistry = class _KindRegistry {
  constructor(entries) {
    this.entries = entries;
    this.byKind = new Map(entries.map((e) => [e.kind, e]));
    for (const e of entries) {
      const patterns = [...e.secrets ?? [], ...(e.alsoSecret ?? []).map((s) => s.path)];
      if (patterns.length > 0) this.matchers.set(e.kind, new SecretMatcher(patterns));
    }
  }
  entries;
  byKind;
  matchers = /* @__PURE__ */ new Map();
  none = new SecretMatcher([]);
  entry(kind) {
    return this.byKind.get(kind);
  }
  /** The compiled secret paths of a kind (an empty matcher for kinds without secrets). */
  secrets(kind) {
    return this.matchers.get(kind) ?? this.none;
  }
  /** A copy without some entries, or with some replaced (the completeness test uses it). */
  with(changes) {
    const replaced = new Map((changes.replace ?? []).map((e) => [e.kind, e]));
    return new _KindRegistry(
      this.entries.filter((e) => !(changes.without ?? []).includes(e.kind)).map((e) => replaced.get(e.kind) ?? e)
    );
  }
};

// src/kinds/runtime/index.ts
var runtime_exports = {};
__export(runtime_exports, {
  EnvironmentConfig: () => EnvironmentConfig,
  EtcFileConfig: () => EtcFileConfig,
  EventSinkConfig: () => EventSinkConfig,
  ExtensionServiceConfig: () => ExtensionServiceConfig,
  KernelModuleConfig: () => KernelModuleConfig,
  KmsgLogConfig: () => KmsgLogConfig,
  OOMConfig: () => OOMConfig,
  SecurityProfileConfig: () => SecurityProfileConfig,
  SysctlConfig: () => SysctlConfig,
  SysfsConfig: () => SysfsConfig,
  UdevRulesConfig: () => UdevRulesConfig,
  UnattendedInstallConfig: () => UnattendedInstallConfig,
  WatchdogTimerConfig: () => WatchdogTimerConfig
});

// src/kinds/runtime/environment-config.ts
var ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
var EnvironmentConfig = {
  kind: "EnvironmentConfig",
  group: "runtime",
  apply: { rebootToTakeEffect: [""] },
  validate(body, report) {
    for (const key of Object.keys(asObj(body.variables) ?? {}))
      if (!ENV_KEY.test(key))
        report.error(`invalid environment variable name: ${JSON.stringify(key)}`, ["variables", key]);
  }
};

// src/kinds/runtime/etc-file-config.ts
import path from "node:path";
var MANAGED_FILES = [
  "resolv.conf",
  "hosts",
  "machine-id",
  "extensions.yaml",
  "localtime",
  "os-release",
  "xattr.conf"
];
var MANAGED_PREFIXES = [
  "apparmor.d/",
  "apparmor/",
  "ca-certificates/",
  "cni/",
  "cri/",
  "iscsi/",
  "kubernetes/",
  "lvm/",
  "nvme/",
  "pki/",
  "selinux/",
  "ssl/"
];
function isLocal(p) {
  if (p === "" || p.startsWith("/")) return false;
  const hasDots = p.split("/").some((part) => part === "." || part === "..");
  const clean = hasDots ? path.posix.normalize(p) : p;
  return clean !== ".." && !clean.startsWith("../");
}
var EtcFileConfig = {
  kind: "EtcFileConfig",
  group: "runtime",
  validate(body, report) {
    const name = asStr(body.name);
    const at = body.name === void 0 ? [] : ["name"];
    if (name === "") return report.error("user etc file name cannot be empty", at);
    if (!isLocal(name) || name.startsWith("."))
      return report.error(`user etc file ${JSON.stringify(name)} must be a local path`, at);
    if (MANAGED_FILES.includes(name) || MANAGED_PREFIXES.some((prefix) => name === prefix.slice(0, -1) || name.startsWith(prefix)))
      report.error(`user etc file ${JSON.stringify(name)} is managed by Talos`, at);
  }
};

// src/go/net.ts
function splitHostPort(hostport) {
  const fail = (why) => ({ error: hostport === "" ? why : `address ${hostport}: ${why}` });
  const missingPort = "missing port in address";
  const tooManyColons = "too many colons in address";
  const i = hostport.lastIndexOf(":");
  if (i < 0) return fail(missingPort);
  let host;
  let j = 0;
  let k = 0;
  if (hostport.startsWith("[")) {
    const end = hostport.indexOf("]");
    if (end < 0) return fail("missing ']' in address");
    if (end + 1 === hostport.length) return fail(missingPort);
    if (end + 1 !== i) return fail(hostport[end + 1] === ":" ? tooManyColons : missingPort);
    host = hostport.slice(1, end);
    j = 1;
    k = end + 1;
  } else {
    host = hostport.slice(0, i);
    if (host.includes(":")) return fail(tooManyColons);
  }
  if (hostport.slice(j).includes("[")) return fail("unexpected '[' in address");
  if (hostport.slice(k).includes("]")) return fail("unexpected ']' in address");
  return { host, port: hostport.slice(i + 1) };
}

// src/kinds/runtime/event-sink-config.ts
var EventSinkConfig = {
  kind: "EventSinkConfig",
  group: "runtime",
  validate(body, report) {
    const split = splitHostPort(asStr(body.endpoint));
    if ("error" in split)
      report.error(`event sink endpoint: ${split.error}`, body.endpoint === void 0 ? [] : ["endpoint"]);
  }
};

// src/kinds/runtime/extensions/extension-service-config.ts
var ExtensionServiceConfig = {
  kind: "ExtensionServiceConfig",
  group: "extensions",
  validate(body, report) {
    const name = asStr(body.name);
    if (name === "") return report.error("name is required", body.name === void 0 ? [] : ["name"]);
    const files = asList(body.configFiles);
    if (files.length === 0 && asList(body.environment).length === 0)
      return report.error(`no config files found for extension ${JSON.stringify(name)}`);
    for (const [i, f] of files.entries()) {
      const file = asObj(f) ?? {};
      if (asStr(file.content) === "")
        return report.error(`extension content is required for extension ${JSON.stringify(name)}`, [
          "configFiles",
          i
        ]);
      if (asStr(file.mountPath) === "")
        return report.error(`extension mount path is required for extension ${JSON.stringify(name)}`, [
          "configFiles",
          i
        ]);
    }
  }
};

// src/kinds/runtime/kernel-module-config.ts
var KernelModuleConfig = {
  kind: "KernelModuleConfig",
  group: "runtime",
  apply: { rebootToTakeEffect: [""] },
  validate(body, report) {
    if (asStr(body.name) === "") report.error("name is required", body.name === void 0 ? [] : ["name"]);
  }
};

// src/kinds/runtime/kmsg-log-config.ts
var KmsgLogConfig = {
  kind: "KmsgLogConfig",
  group: "runtime",
  validate(body, report) {
    if (asStr(body.name) === "")
      return report.error("name is required", body.name === void 0 ? [] : ["name"]);
    const url2 = metaURL(body.url);
    if (!url2) return report.error("url is required", body.url === void 0 ? [] : ["url"]);
    if (url2.scheme !== "tcp" && url2.scheme !== "udp")
      return report.error("url scheme must be tcp:// or udp://", ["url"]);
    if (url2.path !== "" && url2.path !== "/") return report.error("url path must be empty", ["url"]);
    if (urlPort(url2) === "") report.error("url port is required", ["url"]);
  }
};

// src/kinds/runtime/oom-config.ts
var OOMConfig = {
  kind: "OOMConfig",
  group: "runtime",
  validate(body, report, ctx) {
    const trigger = asStr(body.triggerExpression);
    if (trigger !== "") {
      const err = celBoolError(trigger, "OOMTrigger", ctx.contract);
      if (err) report.error(`OOM trigger expression is invalid: ${err}`, ["triggerExpression"]);
    }
    const ranking = asStr(body.cgroupRankingExpression);
    if (ranking !== "") {
      const err = celDoubleError(ranking, "OOMCgroupScoring", ctx.contract);
      if (err) report.error(`OOM cgroup scoring expression is invalid: ${err}`, ["cgroupRankingExpression"]);
    }
    if ((parseGoDuration(asStr(body.sampleInterval)) ?? 0n) < 0n)
      report.error("OOM sample interval must be longer than 0", ["sampleInterval"]);
  }
};

// src/kinds/runtime/security-profile-config.ts
var SecurityProfileConfig = {
  kind: "SecurityProfileConfig",
  group: "runtime",
  apply: { rebootToTakeEffect: ["workloadIsolation"] },
  // Talos's Validate accepts every value of its one field
  validate() {
  }
};

// src/kinds/runtime/sysctl-config.ts
var SysctlConfig = {
  kind: "SysctlConfig",
  group: "runtime",
  validate(body, report) {
    for (const key of Object.keys(asObj(body.params) ?? {}))
      if (key === "") report.error("sysctl key cannot be empty", ["params", key]);
  }
};

// src/kinds/runtime/sysfs-config.ts
var SysfsConfig = {
  kind: "SysfsConfig",
  group: "runtime",
  validate(body, report) {
    for (const key of Object.keys(asObj(body.params) ?? {}))
      if (key === "") report.error("sysfs key cannot be empty", ["params", key]);
  }
};

// src/kinds/runtime/udev-rules-config.ts
var UdevRulesConfig = {
  kind: "UdevRulesConfig",
  group: "runtime"
};

// src/kinds/runtime/unattended-install-config.ts
var UnattendedInstallConfig = {
  kind: "UnattendedInstallConfig",
  group: "runtime",
  images: [{ role: "installer", path: ["installer", "image"] }],
  validate(body, report, ctx) {
    if (asStr(dig(body, "installer", "image")) === "")
      report.warn(
        "installer.image is not set, if Talos is not booted from asset built by Image Factory, installation will fail",
        ["installer"]
      );
    const match = asStr(dig(body, "provisioning", "diskSelector", "match"));
    if (match === "") return report.error("provisioning.volumeSelector.match is required", ["provisioning"]);
    const err = celBoolError(match, "DiskLocator", ctx.contract);
    if (err)
      report.error(`provisioning.volumeSelector.match: ${err}`, ["provisioning", "diskSelector", "match"]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const install = asObj(v1.machine)?.install;
    if (install !== void 0 && install !== null)
      report.error("UnattendedInstallConfig config is incompatible with v1alpha1 config (.machine.install)");
  }
};

// src/kinds/runtime/watchdog-timer-config.ts
var MIN_TIMEOUT_NS = 10000000000n;
var WatchdogTimerConfig = {
  kind: "WatchdogTimerConfig",
  group: "runtime",
  validate(body, report) {
    if (asStr(body.device) === "")
      return report.error("watchdog device: empty value", body.device === void 0 ? [] : ["device"]);
    const timeout = parseGoDuration(asStr(body.timeout)) ?? 0n;
    if (timeout !== 0n && timeout < MIN_TIMEOUT_NS)
      report.error("watchdog timeout: minimum value is 10s", ["timeout"]);
  }
};

// src/kinds/security/index.ts
var security_exports = {};
__export(security_exports, {
  ImageVerificationConfig: () => ImageVerificationConfig,
  TrustedRootsConfig: () => TrustedRootsConfig
});

// src/kinds/security/image-verification-config.ts
function patternWarnings(pattern, i) {
  const out2 = [];
  const tail = "but matching only applies to the image registry and repository, not the tag or digest";
  if (pattern.includes("@")) out2.push(`rule ${i}: imagePattern contains '@' ${tail}`);
  const slash = pattern.indexOf("/");
  if (slash >= 0 && pattern.slice(slash + 1).includes(":"))
    out2.push(`rule ${i}: imagePattern contains ':' ${tail}`);
  if (!pattern.includes("/") && pattern !== "*" && pattern !== "")
    out2.push(
      `rule ${i}: imagePattern does not contain a '/', image references like 'nginx' are matched as 'docker.io/nginx' (normalized)`
    );
  return out2;
}
var isSet6 = (v) => v !== void 0 && v !== null;
var ImageVerificationConfig = {
  kind: "ImageVerificationConfig",
  group: "security",
  validate(body, report) {
    asList(body.rules).forEach((r, i) => {
      const rule = asObj(r) ?? {};
      const at = ["rules", i];
      const pattern = asStr(rule.image);
      if (pattern === "") report.error(`rule ${i}: imagePattern must be specified`, at);
      for (const w of patternWarnings(pattern, i)) report.warn(w, [...at, "image"]);
      const skip = rule.skip === true;
      const deny = rule.deny === true;
      const keyless = isSet6(rule.keyless) ? asObj(rule.keyless) ?? {} : void 0;
      const publicKey = isSet6(rule.publicKey) ? asObj(rule.publicKey) ?? {} : void 0;
      const hasVerifier = keyless !== void 0 || publicKey !== void 0;
      if (skip && deny) report.error(`rule ${i}: skip and deny cannot both be true`, at);
      if ((skip || deny) && hasVerifier)
        report.error(`rule ${i}: verifiers cannot be configured if skip or deny is true`, at);
      if (!skip && !deny && !hasVerifier)
        report.error(`rule ${i}: at least one verifier must be configured`, at);
      if (keyless && publicKey)
        report.error(`rule ${i}: only one of keyless or publicKey verifier can be configured`, at);
      if (keyless) {
        if (asStr(keyless.issuer) === "")
          report.error(`rule ${i}: verifier OIDC issuer must be specified`, [...at, "keyless"]);
        if (asStr(keyless.subject) === "" && asStr(keyless.subjectRegex) === "")
          report.error(`rule ${i}: verifier subject or subjectRegex must be specified`, [...at, "keyless"]);
      }
      if (publicKey && asStr(publicKey.certificate) === "")
        report.error(`rule ${i}: verifier certificates must be specified`, [...at, "publicKey"]);
    });
  }
};

// src/kinds/security/trusted-roots-config.ts
var TrustedRootsConfig = {
  kind: "TrustedRootsConfig",
  group: "security"
};

// src/kinds/siderolink/index.ts
var siderolink_exports = {};
__export(siderolink_exports, {
  SideroLinkConfig: () => SideroLinkConfig
});

// src/kinds/siderolink/siderolink-config.ts
var SideroLinkConfig = {
  kind: "SideroLinkConfig",
  group: "siderolink",
  secrets: ["uniqueToken", "apiUrl?jointoken"],
  validate(body, report) {
    const url2 = metaURL(body.apiUrl);
    if (!url2) return report.error("apiUrl is required", body.apiUrl === void 0 ? [] : ["apiUrl"]);
    if (url2.scheme !== "https" && url2.scheme !== "grpc")
      return report.error("apiUrl scheme must be https:// or grpc://", ["apiUrl"]);
    if (url2.path !== "" && url2.path !== "/") report.error("apiUrl path must be empty", ["apiUrl"]);
  }
};

// src/kinds/storage/index.ts
var storage_exports = {};
__export(storage_exports, {
  LVMLogicalVolumeConfig: () => LVMLogicalVolumeConfig,
  LVMVolumeGroupConfig: () => LVMVolumeGroupConfig,
  RAIDArrayConfig: () => RAIDArrayConfig
});

// src/kinds/storage/lvm-logical-volume-config.ts
var LVMLogicalVolumeConfig = {
  kind: "LVMLogicalVolumeConfig",
  group: "storage",
  validate(body, report) {
    checkVolumeName(asStr(body.name), report, { max: 63, underscores: true });
    const type = asStr(body.type).toLowerCase() || "linear";
    const usesMirrors = type === "raid1" || type === "raid10";
    const usesStripes = type === "raid0" || type === "raid10";
    if (body.mirrors !== void 0 && body.mirrors !== null) {
      if (!usesMirrors) report.error(`mirrors is only valid for raid1/raid10, not ${type}`, ["mirrors"]);
      else if (Number(body.mirrors) < 1) report.error("mirrors must be at least 1", ["mirrors"]);
    }
    if (body.stripes !== void 0 && body.stripes !== null) {
      if (!usesStripes) report.error(`stripes is only valid for raid0/raid10, not ${type}`, ["stripes"]);
      else if (Number(body.stripes) < 2) report.error("stripes must be at least 2", ["stripes"]);
    }
    const prov = asObj(body.provisioning);
    const at = (...segs) => prov === void 0 ? [] : ["provisioning", ...segs];
    if (asStr(prov?.volumeGroup) === "") report.error("provisioning.volumeGroup is required", at());
    const min = sizeOf(prov?.minSize);
    const max = sizeOf(prov?.maxSize);
    if (!max) report.error("provisioning.maxSize is required", at());
    if (max?.negative) report.error("provisioning.maxSize must not be negative", at("maxSize"));
    if (min && !max?.relative && min.value > (max?.value ?? 0))
      report.error("provisioning.minSize must not exceed provisioning.maxSize", at("minSize"));
  }
};

// src/kinds/storage/volume-selector.ts
function checkVolumeSelector(body, report, ctx) {
  const match = asStr(dig(body, "provisioning", "volumeSelector", "match"));
  if (match === "") {
    report.error(
      "provisioning.volumeSelector.match is required",
      body.provisioning === void 0 ? [] : ["provisioning"]
    );
    return;
  }
  const problem = celBoolError(match, "VolumeLocator", ctx.contract);
  if (problem)
    report.error(`provisioning.volumeSelector.match: ${problem}`, [
      "provisioning",
      "volumeSelector",
      "match"
    ]);
}

// src/kinds/storage/lvm-volume-group-config.ts
var LVMVolumeGroupConfig = {
  kind: "LVMVolumeGroupConfig",
  group: "storage",
  validate(body, report, ctx) {
    checkVolumeName(asStr(body.name), report, { max: 63, underscores: true });
    checkVolumeSelector(body, report, ctx);
  }
};

// src/kinds/storage/raid-array-config.ts
var RAIDArrayConfig = {
  kind: "RAIDArrayConfig",
  group: "storage",
  validate(body, report, ctx) {
    checkVolumeName(asStr(body.name), report, { max: 32, underscores: true });
    checkVolumeSelector(body, report, ctx);
  }
};

// src/yaml/emitter.ts
function scalar(v, style = "plain") {
  return { k: "scalar", v, style };
}
function emitDocument(root, opts) {
  const w = new Writer(opts);
  w.node(root, -1, "root", false);
  w.finish();
  return w.text();
}
var isBreakChar = (c) => c === "\n" || c === "\r" || c === "" || c === "\u2028" || c === "\u2029";
var isSpaceChar = (c) => c === " ";
var isBlankChar = (c) => c === " " || c === "	";
function isPrintable(c) {
  const cp = c.codePointAt(0);
  return cp === 10 || cp >= 32 && cp <= 126 || cp === 133 || cp >= 160 && cp <= 55295 || cp >= 57344 && cp <= 65533 && cp !== 65279 || cp >= 65536 && cp <= 1114111;
}
var PLAIN_SAFE = /^[A-Za-z0-9/_+=~][A-Za-z0-9/_+=~.\-:@%]*$/;
function analyzeScalar(value) {
  if (PLAIN_SAFE.test(value)) {
    return {
      multiline: false,
      flowPlainAllowed: !value.includes(":"),
      blockPlainAllowed: true,
      singleAllowed: true,
      blockAllowed: true
    };
  }
  return analyzeScalarByChar(value);
}
function analyzeScalarByChar(value) {
  if (value.length === 0) {
    return {
      multiline: false,
      flowPlainAllowed: false,
      blockPlainAllowed: true,
      singleAllowed: true,
      blockAllowed: false
    };
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let tabCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (value.startsWith("---") || value.startsWith("...")) {
    blockIndicators = true;
    flowIndicators = true;
  }
  const chars = Array.from(value);
  let precededByWhitespace = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const followedByWhitespace = i + 1 >= chars.length || isBlankChar(chars[i + 1]) || isBreakChar(chars[i + 1]);
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(c)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (c === "?" || c === ":") {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (c === "-" && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (",?[]{}".includes(c)) {
      flowIndicators = true;
    } else if (c === ":") {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (c === "#" && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }
    if (c === "	") tabCharacters = true;
    else if (!isPrintable(c)) specialCharacters = true;
    if (isSpaceChar(c)) {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreakChar(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankChar(c) || isBreakChar(c);
  }
  const a = {
    multiline: lineBreaks,
    flowPlainAllowed: true,
    blockPlainAllowed: true,
    singleAllowed: true,
    blockAllowed: true
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleAllowed = false;
  }
  if (spaceBreak || tabCharacters || specialCharacters) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleAllowed = false;
  }
  if (spaceBreak || specialCharacters) a.blockAllowed = false;
  if (lineBreaks) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (flowIndicators) a.flowPlainAllowed = false;
  if (blockIndicators) a.blockPlainAllowed = false;
  return a;
}
var Writer = class {
  constructor(opts) {
    this.opts = opts;
    this.best = opts.indent;
  }
  opts;
  parts = [];
  column = 0;
  whitespace = true;
  indention = true;
  best;
  text() {
    return this.parts.join("");
  }
  put(s) {
    this.parts.push(s);
    this.column += s.length;
  }
  lineBreak() {
    this.parts.push("\n");
    this.column = 0;
    this.whitespace = true;
    this.indention = true;
  }
  writeIndent(indent) {
    const target = Math.max(indent, 0);
    if (!this.indention || this.column > target || this.column === target && !this.whitespace)
      this.lineBreak();
    if (this.column < target) this.put(" ".repeat(target - this.column));
    this.whitespace = true;
  }
  indicator(s, needWhitespace, isWhitespace, isIndention) {
    if (needWhitespace && !this.whitespace) this.put(" ");
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }
  /** libyaml's increase_indent with go-yaml's regular-indentation change. */
  increase(indent, parent, flow, indentless) {
    if (indent < 0) return flow ? this.best : 0;
    if (indentless) return indent;
    if (parent === "seqItem") return indent + 2;
    return this.best * Math.floor((indent + this.best) / this.best);
  }
  finish() {
    this.writeIndent(-1);
  }
  node(n, indent, parent, simpleKey) {
    if (n.k === "scalar") {
      this.scalarNode(n, indent, parent, simpleKey);
      return;
    }
    if (n.k === "seq") {
      if (n.items.length === 0) {
        this.indicator("[", true, true, false);
        this.indicator("]", false, false, false);
        return;
      }
      const indentless = !!this.opts.indentlessSequences && parent === "mapValue" && !this.indention;
      const inner2 = this.increase(indent, parent, false, indentless);
      for (const item of n.items) {
        this.writeIndent(inner2);
        this.indicator("-", true, false, true);
        this.node(item, inner2, "seqItem", false);
      }
      return;
    }
    if (n.entries.length === 0) {
      this.indicator("{", true, true, false);
      this.indicator("}", false, false, false);
      return;
    }
    const inner = this.increase(indent, parent, false, false);
    for (const [key, value] of n.entries) {
      this.writeIndent(inner);
      if (isSimpleKey(key)) {
        this.node(key, inner, "mapKey", true);
        this.indicator(":", false, false, false);
      } else {
        this.indicator("?", true, false, true);
        this.node(key, inner, "mapKey", false);
        this.writeIndent(inner);
        this.indicator(":", true, false, true);
      }
      this.node(value, inner, "mapValue", false);
    }
  }
  scalarNode(n, indent, parent, simpleKey) {
    const a = analyzeScalar(n.v);
    let style = n.style;
    if (simpleKey && a.multiline) style = "double";
    if (style === "plain") {
      if (!a.blockPlainAllowed || n.v.length === 0 && simpleKey) style = "single";
    }
    if (style === "single" && !a.singleAllowed) style = "double";
    if (style === "literal" && (!a.blockAllowed || simpleKey)) style = "double";
    const inner = this.increase(indent, parent, true, false);
    switch (style) {
      case "plain":
        return this.plain(n.v, inner, !simpleKey);
      case "single":
        return this.single(n.v, inner);
      case "double":
        return this.double(n.v, inner, !simpleKey);
      case "literal":
        return this.literal(n.v, inner);
    }
  }
  plain(v, indent, allowBreaks) {
    if (v.length > 0 && !this.whitespace) this.put(" ");
    const width = this.opts.width;
    if (width === void 0 || !allowBreaks) {
      this.put(v);
    } else {
      const chars = Array.from(v);
      let spaces = false;
      for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === " ") {
          if (!spaces && this.column > width && chars[i + 1] !== " ") {
            this.writeIndent(indent);
          } else this.put(c);
          spaces = true;
        } else {
          this.put(c);
          this.indention = false;
          spaces = false;
        }
      }
    }
    if (v.length > 0) this.whitespace = false;
    this.indention = false;
  }
  single(v, indent) {
    this.indicator("'", true, false, false);
    let breaks = false;
    for (const c of Array.from(v)) {
      if (isBreakChar(c)) {
        if (!breaks && c === "\n") this.lineBreak();
        this.lineBreak();
        breaks = true;
      } else {
        if (breaks) this.writeIndent(indent);
        this.put(c === "'" ? "''" : c);
        this.indention = false;
        breaks = false;
      }
    }
    this.indicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
  double(v, _indent, _allowBreaks) {
    this.indicator('"', true, false, false);
    let out2 = "";
    for (const c of Array.from(v)) {
      const cp = c.codePointAt(0);
      if (!isPrintable(c) || cp === 65279 || isBreakChar(c) || c === '"' || c === "\\") {
        out2 += escapeDouble(cp);
      } else out2 += c;
    }
    this.put(out2);
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
  literal(v, indent) {
    this.indicator("|", true, false, false);
    if (v.startsWith(" ")) this.indicator(String(this.best), false, false, false);
    const chars = Array.from(v);
    let chomp = "";
    if (chars.length === 0 || !isBreakChar(chars[chars.length - 1])) chomp = "-";
    else if (chars.length === 1 || isBreakChar(chars[chars.length - 2])) chomp = "+";
    if (chomp) this.indicator(chomp, false, false, false);
    this.lineBreak();
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreakChar(c)) {
        this.parts.push("\n");
        this.column = 0;
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent(indent);
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
};
function isSimpleKey(key) {
  if (key.k === "scalar") return !analyzeScalar(key.v).multiline && key.v.length <= 128;
  if (key.k === "seq") return key.items.length === 0;
  return key.entries.length === 0;
}
function escapeDouble(cp) {
  switch (cp) {
    case 0:
      return "\\0";
    case 7:
      return "\\a";
    case 8:
      return "\\b";
    case 9:
      return "\\t";
    case 10:
      return "\\n";
    case 11:
      return "\\v";
    case 12:
      return "\\f";
    case 13:
      return "\\r";
    case 27:
      return "\\e";
    case 34:
      return '\\"';
    case 92:
      return "\\\\";
    case 133:
      return "\\N";
    case 160:
      return "\\_";
    case 8232:
      return "\\L";
    case 8233:
      return "\\P";
  }
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 255) return `\\x${hex.padStart(2, "0")}`;
  if (cp <= 65535) return `\\u${hex.padStart(4, "0")}`;
  return `\\U${hex.padStart(8, "0")}`;
}

// src/yaml/go-scalar.ts
var BOOL_TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var BOOL_FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var NAN = /* @__PURE__ */ new Set([".nan", ".NaN", ".NAN"]);
var INF = /* @__PURE__ */ new Set([".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]);
var NEG_INF = /* @__PURE__ */ new Set(["-.inf", "-.Inf", "-.INF"]);
var YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
function hint(c) {
  if (c === "+" || c === "-") return "S";
  if (c >= "0" && c <= "9") return "D";
  if ("yYnNtTfFoO~<".includes(c)) return "M";
  if (c === ".") return ".";
  return void 0;
}
function resolvePlain(s) {
  if (s === "") return { tag: "null", value: null };
  const h = hint(s[0]);
  if (h === void 0) return { tag: "str", value: s };
  if (BOOL_TRUE.has(s)) return { tag: "bool", value: true };
  if (BOOL_FALSE.has(s)) return { tag: "bool", value: false };
  if (NULLS.has(s)) return { tag: "null", value: null };
  if (NAN.has(s)) return { tag: "float", value: Number.NaN };
  if (INF.has(s)) return { tag: "float", value: Number.POSITIVE_INFINITY };
  if (NEG_INF.has(s)) return { tag: "float", value: Number.NEGATIVE_INFINITY };
  if (s === "-0" || s === "-0.0") return { tag: "float", value: -0 };
  if (s === "<<") return { tag: "merge", value: s };
  if (h === ".") {
    const f = goParseFloat(s);
    if (f !== void 0) return { tag: "float", value: f };
    return { tag: "str", value: s };
  }
  if (h === "D" || h === "S") {
    if (looksLikeTimestamp(s)) return { tag: "timestamp", value: s };
    const plain = s.replaceAll("_", "");
    const i = goParseInt(plain);
    if (i !== void 0) return { tag: "int", value: i };
    if (YAML_STYLE_FLOAT.test(plain)) {
      const f = goParseFloat(plain);
      if (f !== void 0) return { tag: "float", value: f };
    }
  }
  return { tag: "str", value: s };
}
var DIGITS = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ };
function goParseInt(s) {
  let sign = 1n;
  let body = s;
  if (body.startsWith("+") || body.startsWith("-")) {
    if (body.startsWith("-")) sign = -1n;
    body = body.slice(1);
  }
  if (body === "") return void 0;
  let digits = body;
  let radix = 10;
  const lower = body.toLowerCase();
  if (lower.startsWith("0x")) {
    radix = 16;
    digits = body.slice(2);
  } else if (lower.startsWith("0o")) {
    radix = 8;
    digits = body.slice(2);
  } else if (lower.startsWith("0b")) {
    radix = 2;
    digits = body.slice(2);
  } else if (body.length > 1 && body.startsWith("0")) {
    radix = 8;
    digits = body.slice(1);
  }
  if (digits === "") return void 0;
  if (!DIGITS[radix].test(digits)) return void 0;
  if (radix === 10 && digits.length <= 15) {
    const n = Number(digits);
    return sign < 0n && n !== 0 ? -n : n;
  }
  let v = 0n;
  const r = BigInt(radix);
  for (const ch of digits) v = v * r + BigInt(Number.parseInt(ch, radix));
  v *= sign;
  if (v < -(2n ** 63n) || v > 2n ** 64n - 1n) return void 0;
  if (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(v);
  return v;
}
function goParseFloat(s) {
  if (!/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s) && !/^[-+]?(inf|infinity|nan)$/i.test(s)) {
    return void 0;
  }
  const lower = s.toLowerCase().replace(/^\+/, "");
  if (lower === "inf" || lower === "infinity") return Number.POSITIVE_INFINITY;
  if (lower === "-inf" || lower === "-infinity") return Number.NEGATIVE_INFINITY;
  if (lower === "nan" || lower === "-nan") return Number.NaN;
  return Number(s);
}
var TIMESTAMP_FORMATS = [
  /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?$/,
  /^\d{4}-\d{1,2}-\d{1,2}$/
];
function looksLikeTimestamp(s) {
  if (!/^\d{4}-/.test(s)) return false;
  return TIMESTAMP_FORMATS.some((re) => re.test(s));
}
function isOldBool(s) {
  return [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ].includes(s);
}
var BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
function isBase60Float(s) {
  if (s === "") return false;
  const c = s[0];
  if (!(c === "+" || c === "-" || c >= "0" && c <= "9") || !s.includes(":")) return false;
  return BASE60_FLOAT.test(s);
}
function formatGoFloat(f) {
  if (Number.isNaN(f)) return ".nan";
  if (f === Number.POSITIVE_INFINITY) return ".inf";
  if (f === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(f, -0)) return "-0";
  if (f === 0) return "0";
  const [mant, expStr] = f.toExponential().split("e");
  const exp = Number(expStr);
  const digits = mant.replace("-", "").replace(".", "");
  const neg = f < 0 ? "-" : "";
  if (exp < -4 || exp >= 6) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : `${Math.abs(exp)}`;
    return `${neg}${m}e${exp < 0 ? "-" : "+"}${e}`;
  }
  if (exp >= digits.length - 1) return neg + digits + "0".repeat(exp - digits.length + 1);
  if (exp >= 0) return `${neg}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  return `${neg}0.${"0".repeat(-exp - 1)}${digits}`;
}
function goKeyLess(a, b) {
  const ar = Array.from(a);
  const br = Array.from(b);
  let digits = false;
  const isDigit = (c) => new RegExp("\\p{Nd}", "u").test(c);
  const isLetter = (c) => new RegExp("\\p{L}", "u").test(c);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) {
      digits = isDigit(ar[i]);
      continue;
    }
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i].codePointAt(0) < br[i].codePointAt(0);
    if (al || bl) return digits ? al : bl;
    let an = 0n;
    let bn = 0n;
    if (ar[i] === "0" || br[i] === "0") {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== "0") {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10n + BigInt(ar[ai].codePointAt(0) - 48);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10n + BigInt(br[bi].codePointAt(0) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i].codePointAt(0) < br[i].codePointAt(0);
  }
  return ar.length < br.length;
}
function goSortKeys(keys) {
  return [...keys].sort((a, b) => goKeyLess(a, b) ? -1 : goKeyLess(b, a) ? 1 : 0);
}

// src/config/scalars.ts
var YES = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"]);
var NO = /* @__PURE__ */ new Set(["n", "N", "no", "No", "NO", "off", "Off", "OFF"]);
var INT_RANGES2 = {
  int: [-(2n ** 63n), 2n ** 63n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int16: [-(2n ** 15n), 2n ** 15n - 1n],
  int8: [-128n, 127n],
  uint: [0n, 2n ** 64n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  uint16: [0n, 65535n],
  uint8: [0n, 255n]
};
var HIDDEN_VALUE = "a secret value (not shown)";
function describeNode(n) {
  if (n.t === "map") return "a mapping";
  if (n.t === "seq") return "a list";
  if (n.hidden) return HIDDEN_VALUE;
  const short = n.text.length > 40 ? `${n.text.slice(0, 37)}...` : n.text;
  return `${JSON.stringify(short)}`;
}
function quoteText(n, text2) {
  return n.t === "scalar" && n.hidden ? HIDDEN_VALUE : JSON.stringify(text2);
}
function kindName(kind) {
  if (kind === "string") return "a string";
  if (kind === "bool") return "a boolean (true or false)";
  if (kind.startsWith("float")) return "a number";
  if (kind.startsWith("uint")) return `a non-negative integer (${kind})`;
  return `an integer (${kind})`;
}
function decodeScalar(n, kind) {
  if (n.t !== "scalar") return { ok: false, message: `expected ${kindName(kind)}, got ${describeNode(n)}` };
  if (kind === "string") return { ok: true, value: n.text };
  const r = n.quoted ? { tag: "str", value: n.text } : resolvePlain(n.text);
  const bad = () => ({
    ok: false,
    message: `expected ${kindName(kind)}, got ${describeNode(n)}`
  });
  if (kind === "bool") {
    if (r.tag === "bool") return { ok: true, value: r.value };
    if (r.tag === "str" && YES.has(n.text)) return { ok: true, value: true };
    if (r.tag === "str" && NO.has(n.text)) return { ok: true, value: false };
    return bad();
  }
  if (kind === "float32" || kind === "float64") {
    if (r.tag === "int" || r.tag === "float") return { ok: true, value: Number(r.value) };
    return bad();
  }
  let big;
  if (r.tag === "int") big = BigInt(r.value);
  else if (r.tag === "float" && Number.isInteger(r.value)) big = BigInt(r.value);
  if (big === void 0) return bad();
  const [lo, hi] = INT_RANGES2[kind];
  if (big < lo || big > hi)
    return { ok: false, message: `${n.hidden ? HIDDEN_VALUE : n.text} is out of range for ${kind}` };
  const value = big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
  return { ok: true, value };
}
function isNullNode(n) {
  return n.t === "scalar" && !n.quoted && resolvePlain(n.text).tag === "null";
}
function shouldUseLiteral(s) {
  return s.includes("\n") && s.length >= 2 && /\S/u.test(s);
}
function goString(s) {
  if (s.includes("\n")) return scalar(s, shouldUseLiteral(s) ? "literal" : "double");
  if (isBase60Float(s) || isOldBool(s) || s === "<<") return scalar(s, "single");
  return resolvePlain(s).tag === "str" ? scalar(s) : scalar(s, "double");
}
function taggedString(s) {
  return resolvePlain(s).tag === "str" ? scalar(s) : scalar(s, "double");
}
function goInt(v) {
  return scalar(String(v));
}
function goBool(v) {
  return scalar(v ? "true" : "false");
}
function goFloat(v) {
  return scalar(formatGoFloat(v));
}
var NULL_NODE = scalar("null");

// src/config/tree.ts
var ORIGIN = /* @__PURE__ */ Symbol("talos-gitops.origin");
var GoFloat = class {
  constructor(value) {
    this.value = value;
    Object.freeze(this);
  }
  value;
};
function newObj() {
  return /* @__PURE__ */ Object.create(null);
}
function setOrigin(container, key, origin) {
  if (!origin) return;
  let o = container[ORIGIN];
  if (!o) {
    o = /* @__PURE__ */ Object.create(null);
    Object.defineProperty(container, ORIGIN, {
      value: o,
      enumerable: false,
      writable: true,
      configurable: true
    });
  }
  o[key] = origin;
}
function setIndexOrigin(arr, index, origin) {
  if (!origin) return;
  let o = arr[ORIGIN];
  if (!o) {
    o = [];
    Object.defineProperty(arr, ORIGIN, { value: o, enumerable: false, writable: true, configurable: true });
  }
  o[index] = origin;
}
function originOf(container, key) {
  if (Array.isArray(container)) return container[ORIGIN]?.[key];
  if (typeof container === "object" && container !== null) return container[ORIGIN]?.[key];
  return void 0;
}
function cloneValue(v) {
  if (typeof v !== "object" || v === null || Object.isFrozen(v)) return v;
  if (Array.isArray(v)) {
    const src = v;
    const out2 = src.map(cloneValue);
    const o = src[ORIGIN];
    if (o)
      Object.defineProperty(out2, ORIGIN, {
        value: [...o],
        enumerable: false,
        writable: true,
        configurable: true
      });
    return out2;
  }
  return copyObj(v, cloneValue);
}
function shallowCopy(src) {
  return copyObj(src, (x) => x);
}
function copyObj(src, each) {
  const out2 = Object.create(Object.getPrototypeOf(src));
  for (const k of Object.keys(src)) out2[k] = each(src[k]);
  const o = src[ORIGIN];
  if (o)
    Object.defineProperty(out2, ORIGIN, {
      value: { ...o },
      enumerable: false,
      writable: true,
      configurable: true
    });
  return out2;
}
function getPath(root, path2) {
  let cur = root;
  for (const seg of path2) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}

// src/config/codecs.ts
var CodecError = class extends Error {
};
function text(n, what) {
  if (n.t !== "scalar") throw new CodecError(`expected ${what}, got ${describeNode(n)}`);
  return n.text;
}
var keepUnlessZero = (isZero) => (l, r) => r === void 0 || isZero(r) ? l : r;
var textCodec = (what, normalize) => ({
  decode(n) {
    if (isNullNode(n)) return void 0;
    const s = text(n, what);
    if (s === "") return void 0;
    const v = normalize(s);
    if (v === void 0) throw new CodecError(`${quoteText(n, s)} is not ${what}`);
    return v;
  },
  // an absent value Talos always writes prints as its empty text; validation reports it
  encode: (v) => goString(v ?? ""),
  isZero: (v) => v === void 0 || v === "",
  merge: keepUnlessZero((v) => v === ""),
  toPlain: (v) => v
});
var duration = {
  decode(n) {
    if (isNullNode(n)) return void 0;
    const s = text(n, "a duration such as 30s or 5m");
    if (n.t === "scalar" && !n.quoted) {
      const r = resolvePlain(s);
      if (r.tag === "int") {
        if (Number(r.value) === 0) return void 0;
        throw new CodecError(
          n.t === "scalar" && n.hidden ? `${HIDDEN_VALUE} is not a duration: add a unit` : `${s} is not a duration: add a unit, e.g. ${s}s`
        );
      }
    }
    const ns = parseGoDuration(s);
    if (ns === void 0) throw new CodecError(`${quoteText(n, s)} is not a duration such as 30s or 5m`);
    return ns === 0n ? void 0 : formatGoDuration(ns);
  },
  encode: (v) => goString(v ?? "0s"),
  isZero: (v) => v === void 0 || v === "0s",
  merge: keepUnlessZero((v) => v === "0s"),
  toPlain: (v) => v
};
var url = {
  decode(n) {
    if (isNullNode(n)) return void 0;
    const s = text(n, "a URL");
    if (s === "") return void 0;
    const u = parseGoURL(s);
    if (!u) throw new CodecError(`${quoteText(n, s)} is not a valid URL`);
    return Object.freeze(u);
  },
  encode: (v) => goString(v ? formatGoURL(v) : ""),
  isZero: (v) => v === void 0,
  merge: (l, r) => r === void 0 ? l : l === void 0 ? r : Object.freeze(mergeGoURL(l, r)),
  toPlain: (v) => v ? formatGoURL(v) : ""
};
var args = {
  decode(n, at) {
    if (isNullNode(n)) return void 0;
    if (n.t !== "map")
      throw new CodecError(`expected a mapping of flag names to values, got ${describeNode(n)}`);
    const out2 = newObj();
    for (const e of n.entries) {
      const v = e.value;
      if (v.t === "scalar") out2[e.key.text] = isNullNode(v) ? "" : v.text;
      else if (v.t === "seq") {
        out2[e.key.text] = v.items.map((i) => {
          if (i.t !== "scalar") throw new CodecError(`${e.key.text}: list items must be strings`);
          return i.text;
        });
      } else
        throw new CodecError(`${e.key.text}: expected a string or a list of strings, got ${describeNode(v)}`);
      if (at) setOrigin(out2, e.key.text, at(e.key));
    }
    return out2;
  },
  encode(v) {
    const m = v;
    if (!m) return { k: "map", entries: [] };
    return {
      k: "map",
      entries: goSortKeys(Object.keys(m)).map((k) => {
        const a = m[k];
        const node2 = Array.isArray(a) ? { k: "seq", items: a.map(taggedString) } : a === "" ? NULL_NODE : taggedString(a);
        return [goString(k), node2];
      })
    };
  },
  isZero: (v) => v === void 0 || Object.keys(v).length === 0,
  // meta.Args.Merge: every key of the patch overwrites (a list value replaces a list).
  merge(l, r) {
    const rm = r;
    if (!rm || Object.keys(rm).length === 0) return l;
    const out2 = l ?? newObj();
    for (const k of Object.keys(rm)) {
      out2[k] = cloneValue(rm[k]);
      setOrigin(out2, k, originOf(rm, k));
    }
    return out2;
  },
  toPlain: (v) => v ? { ...v } : {}
};
function decodeAny(n, at) {
  if (n.t === "map") {
    const o = newObj();
    for (const e of n.entries) {
      o[e.key.text] = decodeAny(e.value, at);
      if (at) setOrigin(o, e.key.text, at(e.key));
    }
    return o;
  }
  if (n.t === "seq") {
    const a = n.items.map((i) => decodeAny(i, at));
    if (at) {
      n.items.forEach((item, i) => {
        setIndexOrigin(a, i, at(item));
      });
    }
    return a;
  }
  if (n.quoted) return n.text;
  const r = resolvePlain(n.text);
  switch (r.tag) {
    case "null":
      return null;
    case "bool":
      return r.value;
    case "int":
      return r.value;
    case "float": {
      const f = r.value;
      return Number.isInteger(f) ? new GoFloat(f) : f;
    }
    default:
      return n.text;
  }
}
function encodeAny(v) {
  if (v === null || v === void 0) return NULL_NODE;
  if (typeof v === "string") return goString(v);
  if (typeof v === "boolean") return goBool(v);
  if (typeof v === "bigint") return goInt(v);
  if (typeof v === "number") return Number.isInteger(v) ? goInt(v) : goFloat(v);
  if (v instanceof GoFloat) return goFloat(v.value);
  if (Array.isArray(v)) return { k: "seq", items: v.map(encodeAny) };
  const o = v;
  return { k: "map", entries: goSortKeys(Object.keys(o)).map((k) => [goString(k), encodeAny(o[k])]) };
}
function goTypeOf(v) {
  if (v === null || v === void 0) return "<nil>";
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "bigint") return "int64";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float64";
  if (v instanceof GoFloat) return "float64";
  if (Array.isArray(v)) return "[]interface {}";
  return "map[string]interface {}";
}
var MergeError = class extends Error {
};
function mergeAny(l, r) {
  const lt = goTypeOf(l);
  const rt = goTypeOf(r);
  if (lt !== rt) throw new MergeError(`merge type mismatch left ${lt} right ${rt}`);
  if (Array.isArray(l)) {
    const ra = r;
    return [...l, ...ra.map(cloneValue)];
  }
  if (lt === "map[string]interface {}") return mergeAnyMap(l, r);
  if (typeof r === "boolean") return r;
  if (r === "" || r === 0 || r instanceof GoFloat && r.value === 0) return l;
  return r;
}
function mergeAnyMap(l, r) {
  for (const k of Object.keys(r)) {
    const lv = l[k];
    const origin = originOf(r, k);
    if (lv === void 0 || lv === null) {
      l[k] = cloneValue(r[k]);
      setOrigin(l, k, origin);
    } else {
      try {
        l[k] = mergeAny(lv, r[k]);
        if (typeof l[k] !== "object" || l[k] === null) setOrigin(l, k, origin);
      } catch (e) {
        if (e instanceof MergeError && !e.message.startsWith("merge map key")) {
          throw new MergeError(`merge map key map[string]interface {}[${k}]: ${e.message}`);
        }
        throw e;
      }
    }
  }
  return l;
}
function anyToPlain(v) {
  if (v instanceof GoFloat) return v.value;
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(anyToPlain);
  if (v && typeof v === "object") {
    const o = {};
    for (const k of Object.keys(v)) o[k] = anyToPlain(v[k]);
    return o;
  }
  return v;
}
var unstructured = {
  decode(n, at) {
    if (isNullNode(n)) return void 0;
    if (n.t !== "map") throw new CodecError(`expected a mapping, got ${describeNode(n)}`);
    return decodeAny(n, at);
  },
  encode: (v) => encodeAny(v ?? newObj()),
  isZero: (v) => v === void 0 || Object.keys(v).length === 0,
  merge(l, r) {
    if (r === void 0 || Object.keys(r).length === 0) {
      return l ?? (r === void 0 ? void 0 : newObj());
    }
    if (l === void 0) return cloneValue(r);
    return mergeAnyMap(l, r);
  },
  toPlain: (v) => anyToPlain(v ?? {})
};
var atomic = (what, normalize) => ({
  ...textCodec(what, normalize),
  // meta.Prefix/Addr/AddrPort.Merge: the value is atomic, replaced when the patch sets it
  merge: (l, r) => r === void 0 || r === "" ? l : r
});
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function b64(n, field) {
  if (!n || isNullNode(n)) return "";
  if (n.t !== "scalar") throw new CodecError(`${field}: expected a base64 string, got ${describeNode(n)}`);
  if (!BASE64.test(n.text)) throw new CodecError(`${field}: not valid base64`);
  return n.text;
}
function pemPair(fields) {
  return {
    decode(n) {
      if (isNullNode(n)) return void 0;
      if (n.t !== "map")
        throw new CodecError(`expected a mapping with ${fields.join(" and ")}, got ${describeNode(n)}`);
      const out2 = {};
      for (const e of n.entries) {
        if (!fields.includes(e.key.text)) {
          throw new CodecError(`unknown field ${JSON.stringify(e.key.text)} (expected ${fields.join(", ")})`);
        }
      }
      for (const f of fields) out2[f] = b64(n.entries.find((e) => e.key.text === f)?.value, f);
      return Object.freeze(out2);
    },
    encode(v) {
      const o = v ?? {};
      return { k: "map", entries: fields.map((f) => [goString(f), goString(o[f] ?? "")]) };
    },
    isZero: (v) => v === void 0,
    // the pair's byte fields are always present after decoding, so a patch replaces both
    merge: (l, r) => r === void 0 ? l : r,
    toPlain: (v) => ({ ...v })
  };
}
var cel = {
  ...textCodec("a CEL expression", (s) => s),
  // cel.Expression.Merge replaces unconditionally: a same-identity patch that omits it clears it
  merge: (_l, r) => r,
  always: true
};
var byteSize = {
  ...textCodec(
    "a byte size such as 10GiB",
    (s) => parseBytes(s.replace(/^-/, "")) === void 0 ? void 0 : s
  ),
  merge: (_l, r) => r,
  always: true
};
var percentSize = {
  ...textCodec("a percentage such as 50%", (s) => {
    const m = s.match(/^-?([0-9.]+)%$/);
    return m && Number(m[1]) >= 0 && Number(m[1]) <= 100 ? s : void 0;
  }),
  merge: (_l, r) => r,
  always: true
};
var size = {
  decode(n) {
    if (isNullNode(n)) return void 0;
    const s = text(n, "a size such as 10GiB or 50%");
    if (s === "") return void 0;
    if (s.includes("%")) return Object.freeze({ percent: percentSize.decode(n) });
    return Object.freeze({ bytes: byteSize.decode(n) });
  },
  encode: (v) => goString(v?.bytes ?? v?.percent ?? ""),
  isZero: (v) => v === void 0,
  // two pointers merged one by one: switching form leaves both set, and bytes win on output
  merge(l, r) {
    if (r === void 0) return l;
    if (l === void 0) return r;
    const lv = l;
    const rv = r;
    return Object.freeze({ bytes: rv.bytes ?? lv.bytes, percent: rv.percent ?? lv.percent });
  },
  toPlain: (v) => v?.bytes ?? v?.percent ?? ""
};
var bytesCodec = {
  decode(n) {
    if (isNullNode(n)) return void 0;
    return b64(n, "value");
  },
  encode: (v) => goString(v ?? ""),
  isZero: (v) => v === void 0 || v === "",
  // []byte fields are replaced whenever the patch has them (even empty)
  merge: (l, r) => r === void 0 ? l : r,
  toPlain: (v) => v ?? ""
};
var diskSize = {
  decode(n) {
    if (isNullNode(n)) return void 0;
    const s = text(n, "a size such as 10GB");
    const v = parseBytes(s);
    if (v === void 0) throw new CodecError(`${quoteText(n, s)} is not a size such as 10GB`);
    return v === 0 ? void 0 : v;
  },
  encode(v) {
    const n = v ?? 0;
    if (n % 1e3 === 0) {
      const h = formatBytes(n);
      if (parseBytes(h.replace(" ", "")) === n) return goString(h);
    }
    return goInt(n);
  },
  isZero: (v) => !v,
  merge: keepUnlessZero((v) => v === 0),
  toPlain: (v) => v ?? 0
};
var fileMode = {
  decode(n) {
    if (isNullNode(n)) return void 0;
    const s = text(n, "a file mode such as 0o644");
    const r = n.t === "scalar" && n.quoted ? void 0 : resolvePlain(s);
    if (r?.tag !== "int" || Number(r.value) < 0 || Number(r.value) > 4294967295) {
      throw new CodecError(`${quoteText(n, s)} is not a file mode such as 0o644`);
    }
    return Number(r.value) === 0 ? void 0 : Number(r.value);
  },
  encode: (v) => scalar(`0o${(v ?? 0).toString(8)}`),
  isZero: (v) => !v,
  merge: keepUnlessZero((v) => v === 0),
  toPlain: (v) => v ?? 0
};
var diskSizeMatcher = {
  decode(n) {
    if (isNullNode(n)) return void 0;
    const s = text(n, 'a size condition such as ">= 100GB"').trim();
    const m = s.match(/^(>=|<=|>|<|==)?\s*(.*)$/);
    if (parseBytes(m[2].trim()) === void 0)
      throw new CodecError(`failed to parse disk size ${quoteText(n, m[2])}`);
    return s;
  },
  encode: (v) => goString(v ?? ""),
  isZero: (v) => v === void 0,
  merge(l, r) {
    if (r === void 0) return l;
    if (l === void 0) return r;
    throw new MergeError(
      "merge not possible: install.diskSelector.size is set in both the base and the patch"
    );
  },
  toPlain: (v) => v ?? ""
};
var portRange = {
  decode(n) {
    if (isNullNode(n)) return void 0;
    const s = text(n, "a port or port range");
    if (/^\d+$/.test(s) && Number(s) <= 65535) return s === "0" ? void 0 : `${Number(s)}`;
    const m = s.match(/^(\d+)-(\d+)$/);
    if (!m || Number(m[1]) > 65535 || Number(m[2]) > 65535)
      throw new CodecError(`invalid port range: ${quoteText(n, s)}`);
    return m[1] === m[2] ? `${Number(m[1])}` : `${Number(m[1])}-${Number(m[2])}`;
  },
  encode: (v) => {
    const s = v ?? "0";
    return /^\d+$/.test(s) ? goInt(Number(s)) : goString(s);
  },
  isZero: (v) => v === void 0,
  merge: (l, r) => r === void 0 ? l : r,
  toPlain: (v) => v
};
var hwAddr = {
  decode(n) {
    if (isNullNode(n)) return void 0;
    const s = text(n, "a hardware address");
    if (s === "") return void 0;
    if (!/^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2})+$/.test(s))
      throw new CodecError(`${quoteText(n, s)} is not a hardware address`);
    return s.toLowerCase().replaceAll("-", ":");
  },
  encode: (v) => goString(v ?? ""),
  isZero: (v) => v === void 0 || v === "",
  merge: (l, r) => r === void 0 ? l : r,
  toPlain: (v) => v ?? ""
};
var anyCodec = {
  decode: (n, at) => isNullNode(n) ? void 0 : decodeAny(n, at),
  encode: (v) => encodeAny(v),
  isZero: (v) => v === void 0 || v === null,
  merge: (l, r) => r === void 0 || r === null ? l : l === void 0 || l === null ? r : mergeAny(l, r),
  toPlain: anyToPlain
};
var unknownCodec = {
  ...textCodec("a value", (s) => s)
};
var CODECS = {
  duration,
  url,
  args,
  unstructured,
  prefix: atomic("an IP prefix such as 10.0.0.0/8", normalizePrefix),
  addr: atomic("an IP address", normalizeAddr),
  addrport: atomic("an address:port", normalizeAddrPort),
  certkey: pemPair(["crt", "key"]),
  cert: pemPair(["crt"]),
  key: pemPair(["key"]),
  cel,
  bytesize: byteSize,
  percentsize: percentSize,
  size,
  base64bytes: bytesCodec,
  bytes: bytesCodec,
  disksize: diskSize,
  filemode: fileMode,
  disksizematcher: diskSizeMatcher,
  portrange: portRange,
  hwaddr: hwAddr,
  text: textCodec("a value", (s) => s),
  any: anyCodec,
  unknown: unknownCodec
};

// src/config/encode.ts
function isZeroValue(v, t, contract) {
  if (v === void 0 || v === null) return true;
  if (t.ptr) return false;
  switch (t.k) {
    case "scalar":
      return v === "" || v === 0 || v === false || v === 0n;
    case "list":
      return v.length === 0;
    case "map":
      return Object.keys(v).length === 0;
    case "struct": {
      if (t.empty) return true;
      const o = v;
      for (const f of structInfo(t.ref, contract).fields)
        if (!isZeroValue(o[f.name], f.type, contract)) return false;
      return true;
    }
    case "special":
      return CODECS[t.name].isZero(v);
  }
}
function encodeValue(v, t, contract) {
  if ((v === void 0 || v === null) && t.ptr) return NULL_NODE;
  switch (t.k) {
    case "scalar": {
      if (t.s === "string") return goString(v ?? "");
      if (t.s === "bool") return goBool(v ?? false);
      if (t.s.startsWith("float")) return goFloat(v ?? 0);
      return goInt(v ?? 0);
    }
    case "list":
      return {
        k: "seq",
        items: (v ?? []).map((i) => encodeValue(i, t.of, contract))
      };
    case "map": {
      const o = v ?? {};
      return {
        k: "map",
        entries: goSortKeys(Object.keys(o)).map((key) => [
          goString(key),
          encodeValue(o[key], t.of, contract)
        ])
      };
    }
    case "struct":
      if (t.empty) return { k: "map", entries: [] };
      return encodeStruct(v ?? {}, t.ref, contract);
    case "special":
      return CODECS[t.name].encode(v === null ? void 0 : v);
  }
}
function encodeStruct(o, ref, contract) {
  const entries = [];
  for (const f of structInfo(ref, contract).fields) {
    const v = o[f.name];
    if (f.omitempty && isZeroValue(v, f.type, contract)) continue;
    entries.push([goString(f.name), encodeValue(v, f.type, contract)]);
  }
  return { k: "map", entries };
}
function encodeDocumentNode(doc, contract) {
  return encodeStruct(doc.body, doc.def.type, contract);
}
function encodeDocument(doc, contract) {
  return emitDocument(encodeDocumentNode(doc, contract), { indent: 4 });
}
function encodeConfig(docs, contract) {
  const ordered = [
    ...docs.filter((d) => d.kind === "v1alpha1"),
    ...docs.filter((d) => d.kind !== "v1alpha1")
  ];
  return ordered.map((d) => encodeDocument(d, contract)).join("---\n");
}

// src/config/canonical.ts
var cache2;
function canonicalText(v, t, contract) {
  if (!cache2 || v === null || typeof v !== "object") return encode(v, t, contract);
  const key = `${JSON.stringify(t)}@${contract ?? ""}`;
  let byType = cache2.get(v);
  if (!byType) {
    byType = /* @__PURE__ */ new Map();
    cache2.set(v, byType);
  }
  let text2 = byType.get(key);
  if (text2 === void 0) {
    text2 = encode(v, t, contract);
    byType.set(key, text2);
  }
  return text2;
}
function sameCanonical(a, b, t, contract) {
  return a === b || canonicalText(a, t, contract) === canonicalText(b, t, contract);
}
function withCanonicalCache(fn2) {
  const prev = cache2;
  cache2 ??= /* @__PURE__ */ new WeakMap();
  try {
    return fn2();
  } finally {
    cache2 = prev;
  }
}
function encode(v, t, contract) {
  return emitDocument(encodeValue(v, t, contract), { indent: 2 });
}

// src/kinds/v1alpha1/live-fields.ts
var LIVE_MACHINE_FIELDS = [
  "ca",
  "acceptedCAs",
  "time",
  "certSANs",
  "install",
  "network",
  "sysfs",
  "sysctls",
  "logging",
  "controlPlane",
  "kubelet",
  "kernel",
  "registries",
  "pods",
  "seccompProfiles",
  "nodeLabels",
  "nodeAnnotations",
  "nodeTaints"
];
var LIVE_FEATURE_FIELDS = [
  { name: "kubernetesTalosAPIAccess" },
  { name: "kubePrism" },
  { name: "hostDNS" },
  { name: "imageCache", since: 9 },
  { name: "nodeAddressSortAlgorithm", since: 9 }
];
var LIVE_TOP_LEVEL = ["debug", "cluster"];

// src/kinds/v1alpha1/immediate-apply.ts
function changedFields(a, b, ref, contract, prefix, depth) {
  const out2 = [];
  const ao = asObj(a) ?? {};
  const bo = asObj(b) ?? {};
  for (const f of structInfo(ref, contract).fields) {
    const path2 = prefix ? `${prefix}.${f.name}` : f.name;
    if (sameCanonical(ao[f.name], bo[f.name], f.type, contract)) continue;
    if (depth > 1 && f.type.k === "struct")
      out2.push(...changedFields(ao[f.name], bo[f.name], f.type.ref, contract, path2, depth - 1));
    else out2.push(path2);
  }
  return out2;
}
function set(o, key, value) {
  if (value === void 0) delete o[key];
  else o[key] = value;
}
function withLiveFieldsOf(current, next, talosMinor) {
  const out2 = { ...next };
  for (const k of LIVE_TOP_LEVEL) set(out2, k, current[k]);
  const cm = asObj(current.machine);
  const nm = asObj(out2.machine);
  if (cm && nm) {
    const machine = { ...nm };
    for (const f of LIVE_MACHINE_FIELDS) set(machine, f, cm[f]);
    const cf = asObj(cm.features);
    const nf = asObj(machine.features);
    if (cf && nf) {
      const features = { ...nf };
      for (const f of LIVE_FEATURE_FIELDS)
        if (talosMinor >= (f.since ?? 0)) set(features, f.name, cf[f.name]);
      machine.features = features;
    }
    out2.machine = machine;
  }
  return out2;
}
function immediateBlockers(before, after, contract, talosMinor = Number(contract.split(".")[1])) {
  if (!before) return ["the running config has no v1alpha1 document"];
  if (!after) return ["the new config has no v1alpha1 document"];
  const ref = kindDef("v1alpha1").type;
  const next = withLiveFieldsOf(before, after, talosMinor);
  if (sameCanonical(before, next, { k: "struct", ref }, contract)) return [];
  const fields = changedFields(before, next, ref, contract, "", 3);
  return fields.length > 0 ? fields : ["v1alpha1"];
}

// src/kinds/v1alpha1/validate-cluster.ts
var q3 = JSON.stringify;
var DNS_NAME = /^([a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})(\.[a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})*[._]?$/;
var AUTHORIZER_TYPES2 = ["Node", "RBAC", "Webhook"];
var DEFAULT_DISCOVERY_ENDPOINT = "https://discovery.talos.dev/";
var COMPONENTS = [
  ["apiServer", "apiserver"],
  ["controllerManager", "controller-manager"],
  ["scheduler", "scheduler"]
];
function isValidDNSName(name) {
  if (name === "" || Buffer.byteLength(name) - (name.match(/\./g)?.length ?? 0) > 255) return false;
  return DNS_NAME.test(name);
}
function pairKey(v) {
  return asStr(asObj(v)?.key);
}
function isSet7(v) {
  return v !== void 0 && v !== null;
}
function checkCluster(ctx, doc, cluster) {
  const at = (rule, message, segs) => ctx.error(rule, message, doc, segs);
  if (!cluster) {
    at("talos/cluster-required", "cluster instructions are required", []);
    return;
  }
  const cp = ctx.isControlPlane;
  const controlPlane = asObj(cluster.controlPlane);
  if (controlPlane || !ctx.since("1.14")) {
    const endpoint = controlPlane?.endpoint;
    if (!isSet7(endpoint)) {
      at(
        "talos/controlplane-endpoint",
        "cluster controlplane endpoint is required",
        controlPlane ? ["cluster", "controlPlane"] : ["cluster"]
      );
      return;
    }
    const e = endpointURIError(endpoint);
    if (e)
      at("talos/controlplane-endpoint", `invalid controlplane endpoint: ${e}`, [
        "cluster",
        "controlPlane",
        "endpoint"
      ]);
  }
  const dnsDomain = asStr(asObj(cluster.network)?.dnsDomain);
  if (dnsDomain !== "" && !isValidDNSName(dnsDomain))
    at("talos/dns-domain", `${q3(dnsDomain)} is not a valid DNS name`, ["cluster", "network", "dnsDomain"]);
  const ecp = asObj(cluster.externalCloudProvider);
  if (ecp) checkExternalCloudProvider(ctx, doc, ecp);
  if (isSet7(cluster.etcd)) {
    if (cp) checkEtcd(ctx, doc, asObj(cluster.etcd) ?? {});
    else
      at("talos/controlplane-only", "etcd config is only allowed on control plane machines", [
        "cluster",
        "etcd"
      ]);
  }
  if (isSet7(cluster.ca) && !cp && pairKey(cluster.ca) !== "")
    at("talos/controlplane-only", "cluster CA key is not allowed on non-controlplane nodes (.cluster.ca)", [
      "cluster",
      "ca"
    ]);
  checkInlineManifests(ctx, doc, asList(cluster.inlineManifests));
  checkDiscovery(ctx, doc, cluster);
  const apiServer = asObj(cluster.apiServer);
  if (apiServer) checkAPIServer(ctx, doc, apiServer);
  for (const [component, label] of COMPONENTS.slice(1)) {
    const res = asObj(asObj(cluster[component])?.resources);
    if (res) checkResources3(ctx, doc, res, label, ["cluster", component, "resources"]);
  }
}
function checkExternalCloudProvider(ctx, doc, ecp) {
  const manifests = asList(ecp.manifests);
  const segs = ["cluster", "externalCloudProvider"];
  if (ecp.enabled !== true && manifests.length > 0) {
    ctx.error(
      "talos/external-cloud-provider",
      "external cloud provider is disabled, but manifests are provided",
      doc,
      [...segs, "manifests"]
    );
    return;
  }
  manifests.forEach((m, i) => {
    const e = endpointURIError(asStr(m));
    if (e)
      ctx.error(
        "talos/external-cloud-provider",
        `invalid external cloud provider manifest url ${q3(asStr(m))}: ${e}`,
        doc,
        [...segs, "manifests", i]
      );
  });
}
function checkEtcd(ctx, doc, etcd) {
  const segs = ["cluster", "etcd"];
  const err = (m, s) => ctx.error("talos/etcd", m, doc, s);
  if (!isSet7(etcd.ca)) err("key/cert combination should not be empty", segs);
  const advertised = asList(etcd.advertisedSubnets);
  const subnet = asStr(etcd.subnet);
  if (subnet !== "" && advertised.length > 0)
    err("etcd subnet can't be set when advertised subnets are set", [...segs, "subnet"]);
  const subnets = (list2, key) => list2.map((s, i) => [asStr(s), [...segs, key, i]]);
  const adv = advertised.length > 0 ? subnets(advertised, "advertisedSubnets") : subnet !== "" ? [[subnet, [...segs, "subnet"]]] : [];
  const listenList = asList(etcd.listenSubnets);
  const listen = listenList.length > 0 ? subnets(listenList, "listenSubnets") : subnets(advertised, "advertisedSubnets");
  for (const [cidr, s] of adv) {
    const c = cidr.replace(/^!/, "");
    if (!isSubnetOrAddress(c)) err(`etcd advertised subnet is not valid: ${q3(c)}`, s);
  }
  for (const [cidr, s] of listen) {
    const c = cidr.replace(/^!/, "");
    if (!isSubnetOrAddress(c)) err(`etcd listen subnet is not valid: ${q3(c)}`, s);
  }
}
function checkInlineManifests(ctx, doc, manifests) {
  const names = /* @__PURE__ */ new Set();
  manifests.forEach((m, i) => {
    const name = asStr(asObj(m)?.name);
    const segs = ["cluster", "inlineManifests", i];
    if (name.trim() === "")
      ctx.error("talos/inline-manifests", "inline manifest name can't be empty", doc, segs);
    if (names.has(name))
      ctx.error("talos/inline-manifests", `inline manifest name ${q3(name)} is duplicate`, doc, [
        ...segs,
        "name"
      ]);
    names.add(name);
  });
}
function checkDiscovery(ctx, doc, cluster) {
  const discovery = asObj(cluster.discovery);
  if (discovery?.enabled !== true) return;
  const service = asObj(asObj(discovery.registries)?.service);
  if (service?.disabled === true) return;
  const segs = ["cluster", "discovery", "registries", "service", "endpoint"];
  const endpoint = asStr(service?.endpoint) || DEFAULT_DISCOVERY_ENDPOINT;
  const parsed = requestURIPath(endpoint);
  if ("error" in parsed)
    ctx.error(
      "talos/discovery",
      `cluster discovery service registry endpoint is invalid: ${parsed.error}`,
      doc,
      segs
    );
  else if (parsed.path !== "" && parsed.path !== "/")
    ctx.error("talos/discovery", "cluster discovery service path should be empty", doc, segs);
  if (asStr(cluster.id) === "")
    ctx.error("talos/discovery", "cluster discovery service requires .cluster.id", doc, [
      "cluster",
      "discovery"
    ]);
  if (asStr(cluster.secret) === "")
    ctx.error("talos/discovery", "cluster discovery service requires .cluster.secret", doc, [
      "cluster",
      "discovery"
    ]);
}
function checkAPIServer(ctx, doc, apiServer) {
  const rule = "talos/kubernetes-components";
  const segs = ["cluster", "apiServer"];
  if (Array.isArray(apiServer.authorizationConfig)) {
    for (const k of Object.keys(asObj(apiServer.extraArgs) ?? {})) {
      if (k === "authorization-mode") {
        ctx.error(
          rule,
          "authorization-mode cannot be used in conjunction with AuthorizationConfig, use either AuthorizationConfig or authorization-mode",
          doc,
          [...segs, "extraArgs", k]
        );
        return;
      }
      if (k.startsWith("authorization-webhook-")) {
        ctx.error(
          rule,
          "authorization-webhook-* flags cannot be used in conjunction with AuthorizationConfig, use either AuthorizationConfig or authorization-webhook-* flags",
          doc,
          [...segs, "extraArgs", k]
        );
        return;
      }
    }
  }
  const authz = asList(apiServer.authorizationConfig);
  for (let i = 0; i < authz.length; i++) {
    const z = asObj(authz[i]) ?? {};
    const type = asStr(z.type);
    const s = [...segs, "authorizationConfig", i];
    const problem = type === "" ? "authorizer type must be set" : asStr(z.name) === "" ? "authorizer name must be set" : !AUTHORIZER_TYPES2.includes(type) ? `authorizer type ${type} is not allowed, allowed types are [${AUTHORIZER_TYPES2.join(" ")}]` : void 0;
    if (problem) {
      ctx.error(rule, `apiserver authorization config validation failed: ${problem}`, doc, s);
      return;
    }
  }
  const res = asObj(apiServer.resources);
  if (res) checkResources3(ctx, doc, res, "apiserver", [...segs, "resources"]);
}
function checkResources3(ctx, doc, res, label, segs) {
  for (const part of ["requests", "limits"]) {
    for (const key of Object.keys(asObj(res[part]) ?? {})) {
      if (key !== "cpu" && key !== "memory") {
        ctx.error(
          "talos/kubernetes-components",
          `${label} resource validation failed: unsupported pod resource ${q3(key)}`,
          doc,
          [...segs, part, key]
        );
        return;
      }
    }
  }
}
function checkCNI(ctx, doc, network) {
  const segs = ["cluster", "network", "cni"];
  const cni = asObj(network?.cni);
  const name = cni ? asStr(cni.name) : "flannel";
  const urls = asList(cni?.urls);
  const flannel = asObj(cni?.flannel);
  const flannelArgs = asList(flannel?.extraArgs);
  const policies = flannel?.kubeNetworkPoliciesEnabled === true && ctx.since("1.13");
  const err = (m, s) => ctx.error("talos/cni", m, doc, s);
  const notFlannel = (cniName) => {
    if (flannelArgs.length > 0)
      err(`"flanneldExtraArgs" field should be empty for ${q3(cniName)} CNI`, [
        ...segs,
        "flannel",
        "extraArgs"
      ]);
    if (policies)
      err(`"flannelKubeNetworkPoliciesEnabled" should not be enabled for ${q3(cniName)} CNI`, [
        ...segs,
        "flannel",
        "kubeNetworkPoliciesEnabled"
      ]);
  };
  switch (name) {
    case "flannel":
      if (urls.length > 0) err(`"urls" field should be empty for "flannel" CNI`, [...segs, "urls"]);
      break;
    case "none":
      if (urls.length > 0) err(`"urls" field should be empty for "none" CNI`, [...segs, "urls"]);
      notFlannel(name);
      break;
    case "custom":
      if (urls.length === 0)
        ctx.warn("talos/cni", `"urls" field should not be empty for "custom" CNI`, doc, segs);
      notFlannel(name);
      urls.forEach((u, i) => {
        const e = endpointURIError(asStr(u));
        if (e) err(e, [...segs, "urls", i]);
      });
      break;
    default:
      err('cni name should be one of ["flannel", "custom", "none"]', cni ? [...segs, "name"] : segs);
  }
}

// src/kinds/v1alpha1/validate-kubernetes-versions.ts
var RULE2 = "talos/kubernetes-version";
var CONTROL_PLANE = [
  ["kube-apiserver", "apiServer"],
  ["kube-controller-manager", "controllerManager"],
  ["kube-scheduler", "scheduler"]
];
function checkKubernetesVersions(ctx, doc) {
  if (!ctx.onMachine || !ctx.since("1.11")) return;
  const body = doc.body;
  const machine = asObj(body.machine);
  if (!machine) return;
  const check = (name, segs, image) => {
    if (image === "") return;
    const problem = kubernetesImageError(image, ctx.contract, ctx.talosVersion);
    if (problem) ctx.error(RULE2, `${name} image is not valid: ${problem}`, doc, segs);
  };
  if (!ctx.since("1.14") || isSet7(machine.kubelet))
    check("kubelet", ["machine", "kubelet", "image"], asStr(asObj(machine.kubelet)?.image));
  if (!isSet7(body.cluster) || !ctx.isControlPlane) return;
  const cluster = asObj(body.cluster) ?? {};
  for (const [name, section] of CONTROL_PLANE)
    check(name, ["cluster", section, "image"], asStr(asObj(cluster[section])?.image));
}

// src/kinds/v1alpha1/validate-network.ts
var BOND_OPTIONS = [
  [
    "mode",
    ["balance-rr", "active-backup", "balance-xor", "broadcast", "802.3ad", "balance-tlb", "balance-alb"],
    "invalid bond type %s"
  ],
  [
    "xmitHashPolicy",
    ["layer2", "layer3+4", "layer2+3", "encap2+3", "encap3+4"],
    "invalid xmit hash policy %s"
  ],
  ["lacpRate", ["slow", "fast"], "invalid lacp rate %s"],
  [
    "arpValidate",
    ["none", "active", "backup", "all", "filter", "filter-active", "filter-backup"],
    "invalid arp_validate mode %s",
    { filter: "1.12", "filter-active": "1.12", "filter-backup": "1.12" }
  ],
  ["arpAllTargets", ["any", "all"], "invalid arp_all_targets mode %s"],
  ["primaryReselect", ["always", "better", "failure"], "invalid primary_reselect mode %s"],
  ["failOverMac", ["none", "active", "follow"], "invalid fail_over_mac value %s"],
  ["adSelect", ["stable", "bandwidth", "count"], "invalid ad_select mode %s"]
];
var RULE3 = "talos/network-device";
var KUBESPAN_MIN_MTU2 = 1280;
var q4 = JSON.stringify;
function wireguardKeyError(key, printable) {
  const decoded = decodeGoBase64(key);
  if ("error" in decoded) return decoded.error;
  if (decoded.length !== 32)
    return printable ? `wrong key ${q4(key)} length: ${decoded.length}` : `wrong key length: ${decoded.length}`;
  return void 0;
}
function bondMode(b) {
  const mode = asStr(b.mode);
  return BOND_OPTIONS[0][1].includes(mode) ? mode : "balance-rr";
}
function checkBond(ctx, doc, b, segs) {
  const err = (m, s = segs) => ctx.error(RULE3, m, doc, s);
  for (const [field, values, message, since] of BOND_OPTIONS) {
    const v = asStr(b[field]);
    const known = values.filter((x) => !since?.[x] || ctx.since(since[x]));
    if (v !== "" && !known.includes(v)) err(message.replace("%s", v), [...segs, field]);
  }
  const mode = bondMode(b);
  const miimon = Number(b.miimon ?? 0);
  const up = Number(b.updelay ?? 0);
  const down = Number(b.downdelay ?? 0);
  if (miimon === 0) {
    if (up !== 0) err("bond.upDelay can't be set if miiMon is zero", [...segs, "updelay"]);
    if (down !== 0) err("bond.downDelay can't be set if miiMon is zero", [...segs, "downdelay"]);
  } else {
    if (up % miimon !== 0) err("bond.upDelay should be a multiple of miiMon", [...segs, "updelay"]);
    if (down % miimon !== 0) err("bond.downDelay should be a multiple of miiMon", [...segs, "downdelay"]);
  }
  if (asList(b.arpIPTarget).length > 0) err("bond.arpIPTarget is not supported", [...segs, "arpIPTarget"]);
  if (asStr(b.lacpRate) !== "" && mode !== "802.3ad")
    err("bond.lacpRate is only available in 802.3ad mode", [...segs, "lacpRate"]);
  if (asStr(b.adActorSystem) !== "") err("bond.adActorSystem is not supported", [...segs, "adActorSystem"]);
  const lacpOrLB = ["802.3ad", "balance-alb", "balance-tlb"].includes(mode);
  if (lacpOrLB && asStr(b.arpValidate) !== "")
    err(`bond.arpValidate is not available in ${mode} mode`, [...segs, "arpValidate"]);
  if (!["active-backup", "balance-alb", "balance-tlb"].includes(mode) && asStr(b.primary) !== "")
    err(`bond.primary is not available in ${mode} mode`, [...segs, "primary"]);
  if (lacpOrLB && Number(b.arpInterval ?? 0) > 0)
    err(`bond.arpInterval is not available in ${mode} mode`, [...segs, "arpInterval"]);
  if (mode !== "balance-rr" && Number(b.packetsPerSlave ?? 0) > 1)
    err(`bond.packetsPerSlave is not available in ${mode} mode`, [...segs, "packetsPerSlave"]);
  if (!["balance-alb", "balance-tlb"].includes(mode) && Number(b.tlbDynamicLb ?? 0) > 0)
    err(`bond.tlbDynamicTLB is not available in ${mode} mode`, [...segs, "tlbDynamicLb"]);
  if (mode !== "802.3ad" && Number(b.adActorSysPrio ?? 0) > 0)
    err("bond.adActorSysPrio is only available in 802.3ad mode", [...segs, "adActorSysPrio"]);
  if (mode !== "802.3ad" && Number(b.adUserPortKey ?? 0) > 0)
    err("bond.adUserPortKey is only available in 802.3ad mode", [...segs, "adUserPortKey"]);
}
function checkWireguard(ctx, doc, w, segs) {
  const privateError = wireguardKeyError(asStr(w.privateKey), false);
  if (privateError) ctx.error(RULE3, `private key is invalid: ${privateError}`, doc, [...segs, "privateKey"]);
  asList(w.peers).forEach((p, i) => {
    const peer = asObj(p) ?? {};
    const ps = [...segs, "peers", i];
    const publicError = wireguardKeyError(asStr(peer.publicKey), true);
    if (publicError) ctx.error(RULE3, `public key invalid: ${publicError}`, doc, [...ps, "publicKey"]);
    const endpoint = asStr(peer.endpoint);
    if (endpoint !== "" && !addressContainsPort(endpoint))
      ctx.error(RULE3, `peer endpoint ${q4(endpoint)} is invalid`, doc, [...ps, "endpoint"]);
    asList(peer.allowedIPs).forEach((ip, j) => {
      if (!isGoCIDR(asStr(ip)))
        ctx.error(
          RULE3,
          `peer allowed IP ${q4(asStr(ip))} is invalid: invalid CIDR address: ${asStr(ip)}`,
          doc,
          [...ps, "allowedIPs", j]
        );
    });
  });
}
function addressContainsPort(addr) {
  const hp = splitHostPort2(addr);
  if (!hp) return false;
  return !hp.host.includes(":") || "addr" in parseGoAddr(hp.host);
}
function splitHostPort2(hostport) {
  const i = hostport.lastIndexOf(":");
  if (i < 0) return void 0;
  let host;
  if (hostport.startsWith("[")) {
    const end = hostport.indexOf("]");
    if (end < 0) return void 0;
    if (end + 1 === hostport.length || end + 1 !== i) return void 0;
    host = hostport.slice(1, end);
    if (hostport.slice(1).includes("[") || hostport.slice(end + 1).includes("]")) return void 0;
  } else {
    host = hostport.slice(0, i);
    if (host.includes(":") || host.includes("[") || host.includes("]")) return void 0;
  }
  return { host, port: hostport.slice(i + 1) };
}
function isZeroSelector(selector) {
  return Object.values(selector).every((v) => v === void 0 || v === null || v === "" || v === 0);
}
function checkLegacyNetwork(ctx, doc, machine) {
  const ifaces = asList(asObj(machine.network)?.interfaces);
  if (ifaces.length === 0) return;
  const base = ["machine", "network", "interfaces"];
  const secondary = /* @__PURE__ */ new Map();
  ifaces.forEach((d, i) => {
    const dev = asObj(d) ?? {};
    const name = asStr(dev.interface);
    const bond = asObj(dev.bond);
    const bridge = asObj(dev.bridge);
    if (bond && bridge) {
      ctx.error(
        RULE3,
        `interface has both bridge and bond sections set ${q4(name)}: config sections are mutually exclusive`,
        doc,
        [...base, i]
      );
    }
    let members = [];
    if (bond) {
      members = asList(bond.interfaces);
      if (members.length > 0 && asList(bond.deviceSelectors).length > 0) {
        ctx.error(
          RULE3,
          `interface ${q4(name)} has both interfaces and selectors set: config sections are mutually exclusive`,
          doc,
          [...base, i, "bond"]
        );
      }
    }
    if (bridge) members = asList(bridge.interfaces);
    for (const m of members) {
      const other = secondary.get(asStr(m));
      if (other !== void 0 && other !== name) {
        ctx.error(
          RULE3,
          `interface ${q4(asStr(m))} is declared as part of two separate links: ${q4(other)} and ${q4(name)}`,
          doc,
          [...base, i]
        );
      }
      secondary.set(asStr(m), name);
    }
  });
  ifaces.forEach((d, i) => {
    const dev = asObj(d);
    const segs = [...base, i];
    if (!dev) {
      ctx.error(RULE3, "empty device", doc, segs);
      return;
    }
    if (dev.ignore === true) return;
    const name = asStr(dev.interface);
    const selector = asObj(dev.deviceSelector);
    if (name === "" && !selector) {
      ctx.error(
        RULE3,
        "[networking.os.device.interface], [networking.os.device.deviceSelector]: required either config section to be set",
        doc,
        segs
      );
    } else if (name !== "" && selector) {
      ctx.error(
        RULE3,
        "[networking.os.device.interface], [networking.os.device.deviceSelector]: config sections are mutually exclusive",
        doc,
        segs
      );
    }
    if (selector && isZeroSelector(selector)) {
      ctx.error(
        RULE3,
        "[networking.os.device.deviceSelector]: config section should contain at least one field",
        doc,
        [...segs, "deviceSelector"]
      );
    }
    const bond = asObj(dev.bond);
    if (bond) checkBond(ctx, doc, bond, [...segs, "bond"]);
    const wg = asObj(dev.wireguard);
    if (wg) checkWireguard(ctx, doc, wg, [...segs, "wireguard"]);
    asList(dev.vlans).forEach((v, j) => {
      const vlan = asObj(v) ?? {};
      const vs = [...segs, "vlans", j];
      const id = Number(vlan.vlanId ?? 0);
      const addrs = asList(vlan.addresses);
      if (addrs.length > 0 && asStr(vlan.cidr) !== "") {
        ctx.error(
          RULE3,
          `[networking.os.device.vlan] ${name}.${id}: vlan can't have both .cidr and .addresses set`,
          doc,
          vs
        );
      }
      if (asStr(vlan.cidr) !== "") {
        const e = ipOrCIDRError(asStr(vlan.cidr));
        if (e) ctx.error(RULE3, `[networking.os.device.vlan.CIDR] ${name}.${id}: ${e}`, doc, [...vs, "cidr"]);
      }
      addrs.forEach((a, k) => {
        const e = ipOrCIDRError(asStr(a));
        if (e)
          ctx.error(RULE3, `[networking.os.device.vlan.addresses] ${name}.${id}: ${e}`, doc, [
            ...vs,
            "addresses",
            k
          ]);
      });
    });
    const addresses = asList(dev.addresses);
    if (secondary.has(name) && (dev.dhcp === true || asStr(dev.cidr) !== "" || addresses.length > 0 || dev.vip)) {
      ctx.error(
        RULE3,
        `[networking.os.device] ${q4(name)}: bonded/bridged interface shouldn't have any addressing methods configured`,
        doc,
        segs
      );
    }
    if (addresses.length > 0 && asStr(dev.cidr) !== "") {
      ctx.error(
        RULE3,
        `[networking.os.device] ${q4(name)}: interface can't have both .cidr and .addresses set`,
        doc,
        segs
      );
    }
    if (asStr(dev.cidr) !== "") {
      const e = ipOrCIDRError(asStr(dev.cidr));
      if (e) ctx.error(RULE3, `[networking.os.device.CIDR] ${q4(name)}: ${e}`, doc, [...segs, "cidr"]);
      ctx.warn(
        RULE3,
        `${q4(name)}: machine.network.interface.cidr is deprecated, please use machine.network.interface.addresses`,
        doc,
        [...segs, "cidr"]
      );
    }
    addresses.forEach((a, k) => {
      const e = ipOrCIDRError(asStr(a));
      if (e)
        ctx.error(RULE3, `[networking.os.device.addresses] ${q4(name)}: ${e}`, doc, [...segs, "addresses", k]);
    });
    const vip = asObj(dev.vip);
    if (vip && !isGoIP(asStr(vip.ip))) {
      ctx.error(RULE3, `[networking.os.device.vip] failed to parse ${q4(asStr(vip.ip))} as IP address`, doc, [
        ...segs,
        "vip",
        "ip"
      ]);
    }
    asList(dev.routes).forEach((r, k) => {
      const route = asObj(r) ?? {};
      const rs = [...segs, "routes", k];
      const label = `networking.os.device.route[${k}]`;
      const network = asStr(route.network);
      const gateway = asStr(route.gateway);
      const source = asStr(route.source);
      if (network !== "" && !isGoCIDR(network))
        ctx.error(RULE3, `[${label}.network] ${q4(network)}: invalid network address`, doc, [...rs, "network"]);
      if (gateway !== "" && !isGoIP(gateway))
        ctx.error(RULE3, `[${label}.gateway] ${q4(gateway)}: invalid network address`, doc, [...rs, "gateway"]);
      if (gateway === "" && network === "")
        ctx.error(RULE3, `[${label}]: either network or gateway should be set`, doc, rs);
      if (source !== "" && !isGoIP(source))
        ctx.error(RULE3, `[${label}.source] ${q4(source)}: invalid network address`, doc, [...rs, "source"]);
    });
  });
}
function checkKubeSpanLegacy(ctx, doc, machine, cluster) {
  const ks = asObj(asObj(machine.network)?.kubespan);
  if (ks?.enabled !== true) return;
  const segs = ["machine", "network", "kubespan"];
  const mtu = Number(ks.mtu ?? 0);
  if (mtu !== 0 && mtu < KUBESPAN_MIN_MTU2)
    ctx.error("talos/kubespan", `kubespan link MTU must be at least ${KUBESPAN_MIN_MTU2}`, doc, [
      ...segs,
      "mtu"
    ]);
  if (!ctx.since("1.14")) {
    const needs = (what, ok) => {
      if (!ok) ctx.error("talos/kubespan", `${what} when .machine.network.kubespan is enabled`, doc, segs);
    };
    needs(".cluster.discovery should be enabled", asObj(cluster?.discovery)?.enabled === true);
    needs(".cluster.id should be set", asStr(cluster?.id) !== "");
    needs(".cluster.secret should be set", asStr(cluster?.secret) !== "");
  }
  const filters = asObj(ks.filters);
  const endpointFilter = ctx.since("1.12") ? "KubeSpan endpoint filter" : "KubeSpan endpoint filer";
  asList(filters?.endpoints).forEach((e, i) => {
    const cidr = asStr(e).replace(/^!/, "");
    if (!isSubnetOrAddress(cidr))
      ctx.error("talos/kubespan", `${endpointFilter} is not valid: ${q4(cidr)}`, doc, [
        ...segs,
        "filters",
        "endpoints",
        i
      ]);
  });
  if (ctx.since("1.12")) {
    asList(filters?.excludeAdvertisedNetworks).forEach((e, i) => {
      if (!("prefix" in parseGoPrefix(asStr(e))))
        ctx.error(
          "talos/kubespan",
          `KubeSpan exclude advertised networks filter is not valid: ${q4(asStr(e))}`,
          doc,
          [...segs, "filters", "excludeAdvertisedNetworks", i]
        );
    });
  }
}

// src/kinds/v1alpha1/validate.ts
var q5 = JSON.stringify;
var SORT_ALGORITHMS = ["v1", "v2"];
var INSTALL_DISK_TYPES = ["nvme", "sd", "hdd", "ssd"];
function extensionsDeprecated(ctx) {
  return ctx.since("1.13") ? ".machine.install.extensions is deprecated, please see https://docs.siderolabs.com/talos/latest/platform-specific-installations/boot-assets" : ".machine.install.extensions is deprecated, please see https://www.talos.dev/latest/talos-guides/install/boot-assets/";
}
function checkV1alpha1(ctx, doc) {
  const body = doc.body;
  const at = (rule, message, segs = []) => ctx.error(rule, message, doc, segs);
  const warn = (rule, message, segs = []) => ctx.warn(rule, message, doc, segs);
  const machine = asObj(body.machine);
  if (!machine) {
    at("talos/machine-required", "machine instructions are required");
    return;
  }
  const cluster = asObj(body.cluster);
  const features = asObj(machine.features);
  if (ctx.since("1.14")) {
    if (asList(machine.files).length > 0)
      warn(
        "talos/deprecated-config",
        ".machine.files is deprecated; use dedicated configuration documents instead",
        ["machine", "files"]
      );
    if (Object.keys(asObj(machine.baseRuntimeSpecOverrides) ?? {}).length > 0)
      warn(
        "talos/deprecated-config",
        ".machine.baseRuntimeSpecOverrides is deprecated; use a CRIBaseRuntimeSpecConfig document instead",
        ["machine", "baseRuntimeSpecOverrides"]
      );
  }
  checkCluster(ctx, doc, cluster);
  checkInstall(ctx, doc, machine);
  checkHostDNS(ctx, doc, asObj(features?.hostDNS));
  const rawType = machine.type;
  const parsed = parseMachineType(rawType);
  if (parsed.type !== "unknown" && parsed.canonical !== asStr(rawType))
    warn(
      "talos/machine-type",
      `use ${q5(parsed.canonical)} instead of ${q5(asStr(rawType))} for machine type`,
      ["machine", "type"]
    );
  const ca = machine.ca;
  const accepted = asList(machine.acceptedCAs);
  if (!isSet7(ca) && accepted.length === 0)
    at(
      "talos/machine-ca",
      "issuing CA or some accepted CAs are required (.machine.ca, machine.acceptedCAs)",
      ["machine", "ca"]
    );
  switch (parsed.type) {
    case "init":
    case "controlplane":
      if (!ctx.since("1.14") || asObj(cluster?.network)) checkCNI(ctx, doc, asObj(cluster?.network));
      if (!isSet7(ca)) at("talos/machine-ca", "issuing CA is required (.machine.ca)", ["machine", "ca"]);
      else if (pairKey(ca) === "")
        at("talos/machine-ca", "issuing CA key is required for controlplane nodes (.machine.ca.key)", [
          "machine",
          "ca"
        ]);
      break;
    case "worker":
      checkWorker(ctx, doc, machine, cluster);
      break;
    default:
      at("talos/machine-type", `unknown machine type ${q5(asStr(rawType))}`, ["machine", "type"]);
  }
  checkLegacyNetwork(ctx, doc, machine);
  checkDisks(ctx, doc, asList(machine.disks));
  if (isSet7(machine.kubelet)) checkKubelet(ctx, doc, asObj(machine.kubelet) ?? {});
  checkSystemDiskEncryption(ctx, doc, asObj(machine.systemDiskEncryption));
  checkKubeSpanLegacy(ctx, doc, machine, cluster);
  checkLogging(ctx, doc, asObj(machine.logging));
  checkExtensions(ctx, doc, asObj(machine.install));
  for (const [field, check, what] of [
    ["nodeLabels", labelErrors, "labels"],
    ["nodeAnnotations", annotationErrors, "annotations"],
    ["nodeTaints", taintErrors, "taints"]
  ]) {
    for (const e of check(asObj(machine[field]) ?? {}))
      at(
        "talos/node-labels",
        `invalid machine node ${what}: ${e.message}`,
        e.key ? ["machine", field, e.key] : ["machine", field]
      );
  }
  const access = asObj(features?.kubernetesTalosAPIAccess);
  if (access?.enabled === true)
    checkTalosAPIAccess(ctx, doc, access, ["machine", "features", "kubernetesTalosAPIAccess"], features);
  const sort = asStr(features?.nodeAddressSortAlgorithm);
  if (sort !== "" && !SORT_ALGORITHMS.includes(sort.toLowerCase()))
    at(
      "talos/address-sort",
      `invalid node address sort algorithm: ${sort} does not belong to AddressSortAlgorithm values`,
      ["machine", "features", "nodeAddressSortAlgorithm"]
    );
  if (body.persist === false) at("talos/persist", ".persist should be enabled", ["persist"]);
  const overrides = asObj(machine.baseRuntimeSpecOverrides);
  if (overrides && Object.keys(overrides).length > 0) {
    const err = ociSpecError(overrides);
    if (err)
      at("talos/runtime-spec", `failed to unmarshal base runtime spec overrides: ${err}`, [
        "machine",
        "baseRuntimeSpecOverrides"
      ]);
  }
  const registries = asObj(machine.registries);
  for (const section of ["config", "mirrors"]) {
    for (const [k, v] of Object.entries(asObj(registries?.[section]) ?? {})) {
      if (v === null)
        at("talos/registries", `registries.${section}[${q5(k)}] is null`, [
          "machine",
          "registries",
          section,
          k
        ]);
    }
  }
  checkKubernetesVersions(ctx, doc);
}
function checkInstall(ctx, doc, machine) {
  if (!ctx.requiresInstall) return;
  const segs = ["machine", "install"];
  if (!isSet7(machine.install)) {
    if (!ctx.since("1.14"))
      ctx.error("talos/install", `install instructions are required in ${q5(ctx.mode)} mode`, doc, segs);
    return;
  }
  const install = asObj(machine.install) ?? {};
  const selector = asObj(install.diskSelector);
  let matcher = isSet7(install.diskSelector);
  if (selector) {
    if (asStr(selector.name) !== "") {
      ctx.error("talos/install", "install disk selector is invalid: selector on name is not supported", doc, [
        ...segs,
        "diskSelector",
        "name"
      ]);
      matcher = false;
    } else if (asStr(selector.type) !== "" && !INSTALL_DISK_TYPES.includes(asStr(selector.type))) {
      ctx.error(
        "talos/install",
        `install disk selector is invalid: unsupported disk type ${q5(asStr(selector.type))}`,
        doc,
        [...segs, "diskSelector", "type"]
      );
      matcher = false;
    }
  }
  if (asStr(install.disk) === "" && !matcher)
    ctx.error("talos/install", "either install disk or diskSelector should be defined", doc, segs);
  if (ctx.since("1.12") && asList(install.extraKernelArgs).length > 0 && install.grubUseUKICmdline === true)
    ctx.error(
      "talos/install",
      "install.extraKernelArgs and install.grubUseUKICmdline can't be used together",
      doc,
      [...segs, "grubUseUKICmdline"]
    );
}
function checkHostDNS(ctx, doc, hostDNS) {
  const segs = ["machine", "features", "hostDNS"];
  if (ctx.inContainer && !ctx.since("1.14")) {
    if (hostDNS?.enabled !== true)
      ctx.error(
        "talos/host-dns",
        "feature HostDNS should be enabled in container mode (.machine.features.hostDNS.enabled)",
        doc,
        segs
      );
    if (hostDNS?.forwardKubeDNSToHost !== true)
      ctx.error(
        "talos/host-dns",
        "feature HostDNS should forward kube-dns to host in container mode (.machine.features.hostDNS.forwardKubeDNSToHost)",
        doc,
        segs
      );
  }
  if (ctx.since("1.13") && hostDNS?.forwardKubeDNSToHost === true && hostDNS.enabled !== true)
    ctx.error(
      "talos/host-dns",
      "feature hostDNS.forwardKubeDNSToHost requires hostDNS.enabled to be true (.machine.features.hostDNS)",
      doc,
      segs
    );
}
function checkWorker(ctx, doc, machine, cluster) {
  const vipError = "virtual (shared) IP is not allowed on non-controlplane nodes";
  asList(asObj(machine.network)?.interfaces).forEach((d, i) => {
    const dev = asObj(d);
    const base = ["machine", "network", "interfaces", i];
    if (isSet7(dev?.vip)) ctx.error("talos/controlplane-only", vipError, doc, [...base, "vip"]);
    asList(dev?.vlans).forEach((v, j) => {
      if (isSet7(asObj(v)?.vip))
        ctx.error("talos/controlplane-only", vipError, doc, [...base, "vlans", j, "vip"]);
    });
  });
  const ca = machine.ca;
  if (isSet7(ca)) {
    if (pairKey(ca) !== "")
      ctx.error(
        "talos/controlplane-only",
        "issuing Talos API CA key is not allowed on non-controlplane nodes (.machine.ca)",
        doc,
        ["machine", "ca"]
      );
    if (asStr(asObj(ca)?.crt) === "" && asList(machine.acceptedCAs).length === 0)
      ctx.error(
        "talos/machine-ca",
        "trusted CA certificates are required on non-controlplane nodes (.machine.ca.crt, .machine.acceptedCAs)",
        doc,
        ["machine", "ca"]
      );
  }
  if (isSet7(cluster?.ca) && pairKey(cluster?.ca) !== "")
    ctx.error(
      "talos/controlplane-only",
      "issuing Kubernetes API CA key is not allowed on non-controlplane nodes (.cluster.ca)",
      doc,
      ["cluster", "ca"]
    );
}
function checkDisks(ctx, doc, disks) {
  disks.forEach((disk, i) => {
    const d = asObj(disk);
    if (!d) {
      ctx.error("talos/machine-disks", `machine.disks[${i}] is null`, doc, ["machine", "disks", i]);
      return;
    }
    const parts = asList(d.partitions);
    parts.forEach((p, j) => {
      if (!asObj(p)?.size && j !== parts.length - 1)
        ctx.error(
          "talos/machine-disks",
          `partition for disk ${q5(asStr(d.device))} is set to occupy full disk, but it's not the last partition in the list`,
          doc,
          ["machine", "disks", i, "partitions", j]
        );
    });
  });
}
function checkKubelet(ctx, doc, kubelet) {
  const segs = ["machine", "kubelet"];
  asList(asObj(kubelet.nodeIP)?.validSubnets).forEach((s, i) => {
    const cidr = asStr(s).replace(/^!/, "");
    if (!isSubnetOrAddress(cidr))
      ctx.error("talos/kubelet", `kubelet nodeIP subnet is not valid: ${q5(cidr)}`, doc, [
        ...segs,
        "nodeIP",
        "validSubnets",
        i
      ]);
  });
  const extra = asObj(kubelet.extraConfig) ?? {};
  for (const f of kubeletProtectedFields(ctx.contract)) {
    if (f in extra)
      ctx.error("talos/kubelet", `kubelet configuration field ${q5(f)} can't be overridden`, doc, [
        ...segs,
        "extraConfig",
        f
      ]);
  }
}
function checkSystemDiskEncryption(ctx, doc, sde) {
  for (const label of ["ephemeral", "state"]) {
    if (!isSet7(sde?.[label])) continue;
    const enc = asObj(sde?.[label]) ?? {};
    const name = label.toUpperCase();
    const segs = ["machine", "systemDiskEncryption", label];
    const err = (m, s = segs) => ctx.error("talos/disk-encryption", `partition ${q5(name)}: ${m}`, doc, s);
    const keys = asList(enc.keys);
    if (keys.length === 0) err("no encryption keys provided");
    const slots = /* @__PURE__ */ new Set();
    keys.forEach((k, i) => {
      const key = asObj(k) ?? {};
      const slot = Number(key.slot ?? 0);
      if (slots.has(slot)) err(`encryption key slot ${slot} is already in use`, [...segs, "keys", i, "slot"]);
      slots.add(slot);
      if (!isSet7(key.nodeID) && !isSet7(key.static) && !isSet7(key.kms) && !isSet7(key.tpm))
        err(`encryption key at slot ${slot} doesn't have the configuration parameters`, [...segs, "keys", i]);
    });
  }
}
function checkLogging(ctx, doc, logging) {
  asList(logging?.destinations).forEach((d, i) => {
    const dest = asObj(d) ?? {};
    const segs = ["machine", "logging", "destinations", i];
    const err = (m, s) => ctx.error("talos/logging", m, doc, s);
    const u = asObj(dest.endpoint);
    if (!u) err("empty logging endpoint", segs);
    else {
      if (asStr(u.host) === "") err("empty logging endpoint's host", [...segs, "endpoint"]);
      if (u.scheme !== "tcp" && u.scheme !== "udp")
        err(`unexpected logging endpoint scheme ${q5(asStr(u.scheme))}`, [...segs, "endpoint"]);
    }
    if (asStr(dest.format) !== "json_lines")
      err(`unknown logging format ${q5(asStr(dest.format))}`, [...segs, "format"]);
  });
}
function checkExtensions(ctx, doc, install) {
  if (!install) return;
  const seen = /* @__PURE__ */ new Set();
  const segs = ["machine", "install", "extensions"];
  asList(install.extensions).forEach((e, i) => {
    const image = asStr(asObj(e)?.image);
    if (seen.has(image))
      ctx.error("talos/install", `duplicate system extension ${q5(image)}`, doc, [...segs, i]);
    seen.add(image);
  });
  if (seen.size > 0) ctx.warn("talos/install", extensionsDeprecated(ctx), doc, segs);
}
function checkTalosAPIAccess(ctx, doc, access, segs, features) {
  if (!ctx.isControlPlane)
    ctx.error(
      "talos/controlplane-only",
      "feature Kubernetes Talos API Access can only be enabled on control plane machines",
      doc,
      segs
    );
  if (!ctx.since("1.12") && features?.rbac !== true)
    ctx.error(
      "talos/talos-api-access",
      "feature API RBAC should be enabled when Kubernetes Talos API Access feature is enabled",
      doc,
      segs
    );
  const roles = talosRoles(ctx.contract);
  asList(access.allowedRoles).forEach((r, i) => {
    if (!roles.includes(asStr(r)))
      ctx.error(
        "talos/talos-api-access",
        `invalid role ${q5(asStr(r))} in allowed roles for Kubernetes Talos API Access`,
        doc,
        [...segs, "allowedRoles", i]
      );
  });
}

// src/kinds/v1alpha1/index.ts
function interfaceAddresses(body) {
  const out2 = [];
  const base = ["machine", "network", "interfaces"];
  asList(dig(body, "machine", "network", "interfaces")).forEach((d, i) => {
    const dev = asObj(d);
    asList(dev?.addresses).forEach((a, j) => {
      out2.push({ value: asStr(a), segs: [...base, i, "addresses", j] });
    });
    if (asStr(dev?.cidr) !== "") out2.push({ value: asStr(dev?.cidr), segs: [...base, i, "cidr"] });
    asList(dev?.vlans).forEach((v, k) => {
      asList(asObj(v)?.addresses).forEach((a, j) => {
        out2.push({ value: asStr(a), segs: [...base, i, "vlans", k, "addresses", j] });
      });
    });
  });
  return out2;
}
var strings = (v) => {
  const list2 = asList(v).map(asStr).filter((x) => x !== "");
  return list2.length ? list2 : void 0;
};
function bootstrapManifests(body) {
  const cluster = asObj(body.cluster) ?? {};
  const network = asObj(cluster.network) ?? {};
  const proxy = asObj(cluster.proxy);
  const coreDNS = asObj(cluster.coreDNS);
  const prism = asObj(dig(body, "machine", "features", "kubePrism"));
  const out2 = {
    endpoint: asStr(dig(cluster, "controlPlane", "endpoint")) || void 0,
    clusterDomain: asStr(network.dnsDomain) || void 0,
    podSubnets: strings(network.podSubnets),
    serviceSubnets: strings(network.serviceSubnets),
    proxyEnabled: proxy ? proxy.disabled !== true : void 0,
    proxyImage: asStr(proxy?.image) || void 0,
    proxyMode: asStr(proxy?.mode) || void 0,
    coreDNSEnabled: coreDNS ? coreDNS.disabled !== true : void 0,
    coreDNSImage: asStr(coreDNS?.image) || void 0,
    cniName: asStr(dig(network, "cni", "name")) || void 0,
    kubePrismPort: prism ? prism.enabled === true ? Number(prism.port ?? 7445) : 0 : void 0,
    bootstrapToken: asStr(cluster.token) || void 0
  };
  return Object.fromEntries(Object.entries(out2).filter(([, v]) => v !== void 0));
}
var v1alpha1 = {
  kind: "v1alpha1",
  group: "v1alpha1",
  secrets: [
    "machine.token",
    "machine.ca.key",
    "machine.registries.config.*.auth.password",
    "machine.registries.config.*.auth.auth",
    "machine.registries.config.*.auth.identityToken",
    "machine.registries.config.*.tls.clientIdentity.key",
    "machine.network.interfaces[].wireguard.privateKey",
    "machine.network.interfaces[].vip.equinixMetal.apiToken",
    "machine.network.interfaces[].vip.hcloud.apiToken",
    "machine.network.interfaces[].vlans[].vip.equinixMetal.apiToken",
    "machine.network.interfaces[].vlans[].vip.hcloud.apiToken",
    "machine.systemDiskEncryption.state.keys[].static.passphrase",
    "machine.systemDiskEncryption.ephemeral.keys[].static.passphrase",
    "cluster.secret",
    "cluster.token",
    "cluster.aescbcEncryptionSecret",
    "cluster.secretboxEncryptionSecret",
    "cluster.serviceAccount.key",
    "cluster.ca.key",
    "cluster.aggregatorCA.key",
    "cluster.etcd.ca.key"
  ],
  alsoSecret: [
    {
      path: "machine.network.interfaces[].wireguard.peers[].presharedKey",
      why: "a WireGuard pre-shared key is as secret as the private key (WireguardConfig redacts it)"
    }
  ],
  validate: (_body, _report, ctx, doc) => checkV1alpha1(ctx, doc),
  strictWarningsAreErrors: true,
  apply: {
    immediateBlockers,
    rebootToTakeEffect: [
      "cluster.etcd",
      "machine.env",
      "machine.kernel.modules",
      "machine.systemDiskEncryption"
    ],
    restartsKubelet: ["machine.kubelet", "cluster.network.dnsDomain", "cluster.network.serviceSubnets"]
  },
  images: [
    { role: "installer", path: ["machine", "install", "image"] },
    { role: "kubelet", path: ["machine", "kubelet", "image"] },
    { role: "etcd", path: ["cluster", "etcd", "image"] },
    { role: "kube-apiserver", path: ["cluster", "apiServer", "image"] },
    { role: "kube-controller-manager", path: ["cluster", "controllerManager", "image"] },
    { role: "kube-scheduler", path: ["cluster", "scheduler", "image"] },
    { role: "kube-proxy", path: ["cluster", "proxy", "image"] },
    { role: "coredns", path: ["cluster", "coreDNS", "image"] }
  ],
  addresses: interfaceAddresses,
  machineType: (body) => ({ value: dig(body, "machine", "type"), segs: ["machine", "type"] }),
  certSANs: (body) => asList(dig(body, "machine", "certSANs")).map((v, i) => ({
    value: asStr(v),
    segs: ["machine", "certSANs", i]
  })),
  volumeEncryption: (body) => ["STATE", "EPHEMERAL"].map((volume) => {
    const segs = ["machine", "systemDiskEncryption", volume.toLowerCase()];
    return { volume, value: dig(body, ...segs), segs };
  }),
  bootstrapManifests,
  endpoint: (body) => {
    const value = dig(body, "cluster", "controlPlane", "endpoint");
    return value ? { value, segs: ["cluster", "controlPlane", "endpoint"] } : void 0;
  },
  cas: [
    { role: "talos-api", path: ["machine", "ca"] },
    { role: "kubernetes", path: ["cluster", "ca"] },
    { role: "aggregator", path: ["cluster", "aggregatorCA"] },
    { role: "etcd", path: ["cluster", "etcd", "ca"] },
    { role: "service-account", path: ["cluster", "serviceAccount"] }
  ]
};

// src/kinds/index.ts
var ALL = [
  v1alpha1,
  ...[block_exports, cluster_exports, container_exports, cri_exports, hardware_exports, k8s_exports, network_exports, runtime_exports, security_exports, siderolink_exports, storage_exports].flatMap(
    (group) => Object.values(group)
  )
];
var KINDS = new KindRegistry(ALL);
function kindEntry(kind) {
  return KINDS.entry(kind);
}
function isSecretPath(kind, segs) {
  return KINDS.secrets(kind).matches(segs);
}
function secretCursor(kind) {
  return KINDS.secrets(kind).start();
}
function secretQueryParam(kind, segs) {
  return KINDS.secrets(kind).queryParam(segs);
}
function kindRule(kind) {
  const entry = KINDS.entry(kind);
  if (entry?.rule) return entry.rule;
  return `talos/${kind.replace(/Config$/, "").replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2").toLowerCase()}-config`;
}

// src/config/container.ts
function checkContainer(docs, file) {
  const fail = (msg, d) => {
    throw new TalosGitopsError(msg, { file: d.file ?? file, line: d.line });
  };
  let v1 = false;
  const seen = /* @__PURE__ */ new Set();
  const conflicting = /* @__PURE__ */ new Map();
  const links = /* @__PURE__ */ new Map();
  for (const d of docs) {
    if (d.kind === V1ALPHA1) {
      if (v1) fail("duplicate v1alpha1.Config", d);
      v1 = true;
      continue;
    }
    const entry = kindEntry(d.kind);
    const id = `${d.kind}/${d.def.named ? d.name ?? "" : ""}`;
    if (seen.has(id)) fail(`duplicate document: ${id}`, d);
    seen.add(id);
    const c = conflicting.get(id);
    if (c) fail(`conflicting documents: ${c} and ${id}`, d);
    for (const k of entry?.conflictsWithKinds ?? []) {
      const other = `${k}/${d.def.named ? d.name ?? "" : ""}`;
      if (seen.has(other)) fail(`conflicting documents: ${other} and ${id}`, d);
      conflicting.set(other, id);
    }
    for (const link of entry?.configuresLinks?.(d.body) ?? []) {
      const owner = links.get(link);
      if (owner)
        fail(`conflicting link configurations: ${owner} and ${id} both configure ${JSON.stringify(link)}`, d);
      links.set(link, id);
    }
  }
}

// src/kinds/v1alpha1/document-keys.ts
var V1ALPHA1_DOCUMENT_KEYS = ["machine", "cluster", "debug", "persist"];

// src/util/suggest.ts
function editDistance(a, b) {
  const al = a.toLowerCase();
  const bl = b.toLowerCase();
  const prev = Array.from({ length: bl.length + 1 }, (_, i) => i);
  for (let i = 1; i <= al.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= bl.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (al[i - 1] === bl[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[bl.length];
}
function suggest(word, candidates) {
  let best;
  let bestD = Number.POSITIVE_INFINITY;
  const limit = Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    if (c.toLowerCase() === word.toLowerCase()) return c;
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= limit ? best : void 0;
}

// src/config/decode.ts
var ConfigDecodeError = class extends TalosGitopsError {
  constructor(issues) {
    const first = issues[0];
    super(first.message, { file: first.file, line: first.line, field: first.field });
    this.issues = issues;
  }
  issues;
  name = "ConfigDecodeError";
  describe() {
    return this.issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ""}: ${i.field ? `${i.field}: ` : ""}${i.message}`).join("\n");
  }
};
function classifyDocument(root, file, line, contract) {
  const kind = scalarText(mapGet(root, "kind"));
  const apiVersion = scalarText(mapGet(root, "apiVersion"));
  if (kind === void 0 || kind === "") {
    if (root.entries.some((e) => V1ALPHA1_DOCUMENT_KEYS.includes(e.key.text))) {
      return { def: kindDef(V1ALPHA1), kind: V1ALPHA1, apiVersion: "" };
    }
    throw new TalosGitopsError("missing kind", { file, line });
  }
  if (apiVersion === void 0 || apiVersion === "")
    throw new TalosGitopsError("missing apiVersion", { file, line });
  const def = kindDef(kind);
  if (!def || def.kind === V1ALPHA1 || apiVersion !== "v1alpha1" || !existsIn(def, contract)) {
    const known = suggest(
      kind,
      allKinds().map((k) => k.kind)
    );
    let hint2 = "";
    if (def && !existsIn(def, contract))
      hint2 = ` (${kind} exists from Talos ${def.since}, not in ${contract})`;
    else if (known && known !== kind) hint2 = ` (did you mean ${known}?)`;
    throw new TalosGitopsError(
      `${JSON.stringify(kind)} ${JSON.stringify(apiVersion)}: not registered${hint2}`,
      {
        file,
        line,
        field: "kind"
      }
    );
  }
  const name = def.named ? scalarText(mapGet(root, "name")) ?? "" : void 0;
  return { def, kind, apiVersion, name };
}
var MAX_ISSUES = 50;
var Decoder = class {
  constructor(opts, kind = "") {
    this.opts = opts;
    this.cursors = [secretCursor(kind)];
  }
  opts;
  issues = [];
  /** Problems found beyond MAX_ISSUES. */
  more = 0;
  /** Where the field being decoded stands in the kind's secret paths (`[]` for list items). */
  cursors;
  /** Decodes a child value one path segment down. */
  child(seg, n, t, path2, field) {
    const here = this.cursors[this.cursors.length - 1].step(seg);
    this.cursors.push(here);
    try {
      if (here.secret || here.param) hideTree(n);
      return this.value(n, t, path2, field);
    } finally {
      this.cursors.pop();
    }
  }
  origin(n) {
    return this.opts.trackOrigins === false ? void 0 : { file: this.opts.file, line: n.pos?.line };
  }
  issue(message, n, field, rule = "schema/type") {
    if (this.issues.length >= MAX_ISSUES) {
      this.more++;
      return;
    }
    this.issues.push({ message, file: this.opts.file, line: n?.pos?.line, field: field || void 0, rule });
  }
  struct(n, ref, path2) {
    if (isNullNode(n)) return void 0;
    if (n.t !== "map") {
      this.issue(`expected a mapping, got ${describeNode(n)}`, n, path2);
      return void 0;
    }
    const info = structInfo(ref, this.opts.contract);
    const out2 = newObj();
    for (const e of n.entries) {
      const key = e.key.text;
      const f = info.byName.get(key);
      const fieldPath = path2 ? `${path2}.${key}` : key;
      if (!f) {
        this.unknownField(ref, key, e.key, fieldPath);
        continue;
      }
      const v = this.child(key, e.value, f.type, fieldPath, f);
      if (v !== void 0) {
        out2[key] = v;
        setOrigin(out2, key, this.origin(e.key));
      }
    }
    return out2;
  }
  unknownField(ref, key, n, path2) {
    if (this.issues.length >= MAX_ISSUES) {
      this.more++;
      return;
    }
    const contract = this.opts.contract;
    const info = structInfo(ref, contract);
    const any = structInfo(ref).byName.get(key);
    if (any && contract) {
      const when = any.since ? `from Talos ${any.since}` : `until Talos ${any.until}`;
      this.issue(
        `unknown field ${JSON.stringify(key)}: it exists ${when}, not in ${contract}`,
        n,
        path2,
        "schema/unknown-field"
      );
      return;
    }
    const guess = suggest(key, info.byName.keys());
    this.issue(
      `unknown field ${JSON.stringify(key)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ""}`,
      n,
      path2,
      "schema/unknown-field"
    );
  }
  value(n, t, path2, field) {
    switch (t.k) {
      case "scalar": {
        if (isNullNode(n)) return void 0;
        const r = decodeScalar(n, t.s);
        if (!r.ok) {
          this.issue(r.message, n, path2, /out of range/.test(r.message) ? "schema/range" : "schema/type");
          return void 0;
        }
        if (!t.ptr && (r.value === "" || r.value === 0 || r.value === false)) return void 0;
        return r.value;
      }
      case "struct": {
        if (t.empty) return isNullNode(n) ? void 0 : newObj();
        const v = this.struct(n, t.ref, path2);
        if (v && t.ref === "v1alpha1.ClusterInlineManifest" && typeof v.contents === "string") {
          v.contents = v.contents.replace(/^[\t\n\v\f\r]+/, "");
          if (v.contents === "") delete v.contents;
        }
        return v;
      }
      case "list": {
        if (isNullNode(n)) return void 0;
        if (n.t !== "seq") {
          this.issue(`expected a list, got ${describeNode(n)}`, n, path2);
          return void 0;
        }
        const out2 = [];
        n.items.forEach((item, i) => {
          const v = this.child("[]", item, t.of, `${path2}[${i}]`);
          out2.push(v === void 0 ? zeroOf(t.of) : v);
          setIndexOrigin(out2, i, this.origin(item));
        });
        return out2;
      }
      case "map": {
        if (isNullNode(n)) return void 0;
        if (n.t !== "map") {
          this.issue(`expected a mapping, got ${describeNode(n)}`, n, path2);
          return void 0;
        }
        const out2 = newObj();
        for (const e of n.entries) {
          const p = `${path2}.${e.key.text}`;
          let v;
          if (isNullNode(e.value) && (t.of.ptr || t.of.k === "map" || t.of.k === "list")) v = null;
          else v = this.child(e.key.text, e.value, t.of, p);
          out2[e.key.text] = v === void 0 ? zeroOf(t.of) : v;
          setOrigin(out2, e.key.text, this.origin(e.key));
        }
        return out2;
      }
      case "special": {
        try {
          return CODECS[t.name].decode(n, (x) => this.origin(x));
        } catch (e) {
          if (e instanceof CodecError) {
            this.issue(e.message, n, path2);
            return void 0;
          }
          throw e;
        }
      }
    }
    void field;
  }
};
function zeroOf(t) {
  if (t.ptr) return null;
  if (t.k === "scalar") return t.s === "string" ? "" : t.s === "bool" ? false : 0;
  if (t.k === "struct") return newObj();
  return null;
}
function decodeDocument(doc, opts) {
  const root = doc.root;
  const line = doc.pos?.line;
  if (root?.t !== "map") {
    throw new ConfigDecodeError([
      {
        message: `a config document must be a mapping, got ${root ? describeNode(root) : "nothing"}`,
        file: opts.file,
        line
      }
    ]);
  }
  const id = classifyDocument(root, opts.file, line, opts.contract);
  const d = new Decoder(opts, id.kind);
  const body = d.struct(root, id.def.type, "") ?? newObj();
  if (d.issues.length > 0) {
    const label = documentLabel(id);
    if (d.more > 0) {
      const last = d.issues[d.issues.length - 1];
      d.issues.push({
        file: last.file,
        line: last.line,
        message: `and ${d.more} more problem${d.more === 1 ? "" : "s"} in this document`
      });
    }
    throw new ConfigDecodeError(d.issues.map((i) => ({ ...i, message: `${label}: ${i.message}` })));
  }
  return { ...id, body, file: opts.file, line };
}
function decodeConfig(docs, opts) {
  const out2 = [];
  const seen = /* @__PURE__ */ new Map();
  const issues = [];
  for (const yd of docs) {
    if (!yd.root || isNullScalar(yd.root)) continue;
    try {
      const doc = decodeDocument(yd, opts);
      const id = documentId(doc);
      if (!opts.allowDuplicates && seen.has(id)) {
        issues.push({
          // Talos's container wording: `duplicate v1alpha1.Config`, `duplicate document: Kind/name`
          message: `${doc.kind === "v1alpha1" ? "duplicate v1alpha1.Config" : `duplicate document: ${doc.kind}/${doc.name ?? ""}`} (first at line ${seen.get(id) ?? "?"})`,
          file: opts.file,
          line: yd.pos?.line
        });
        continue;
      }
      seen.set(id, yd.pos?.line);
      out2.push(doc);
    } catch (e) {
      if (e instanceof ConfigDecodeError) issues.push(...e.issues);
      else if (e instanceof TalosGitopsError) {
        issues.push({ message: e.message, file: e.file ?? opts.file, line: e.line, field: e.field });
      } else throw e;
    }
  }
  if (issues.length > 0) throw new ConfigDecodeError(issues);
  return out2;
}

// src/config/delete.ts
function isDeleteDirective(k, v) {
  return k === "$patch" && v.t === "scalar" && v.text === "delete";
}
function extractDeletes(doc, file) {
  const selectors = [];
  const root = doc.root;
  if (!root) return { selectors, emptied: false };
  const fail = (msg, n) => {
    throw new TalosGitopsError(
      `error processing patch delete statements at line ${doc.pos?.line ?? n?.pos?.line ?? 1}: ${msg}`,
      {
        file,
        line: n?.pos?.line ?? doc.pos?.line
      }
    );
  };
  const makeSelector = (path2, key, value, at) => {
    if (root.t !== "map") return fail("expected a mapping node", at);
    const required = path2.length === 0;
    const find = (k) => {
      const v = scalarText(mapGet(root, k));
      if (v === void 0 && required) fail(`missing ${k} in document for which $patch: delete is used`, at);
      return v ?? "";
    };
    const apiVersion = find("apiVersion");
    let kind = find("kind");
    if (kind === "" && apiVersion === "") kind = V1ALPHA1;
    else if (kind === "" || apiVersion === "")
      fail(`kind and apiVersion must be both set for path ${path2.join(".")}`, at);
    const name = scalarText(mapGet(root, "name")) || void 0;
    return {
      type: "delete",
      path: [...path2],
      apiVersion,
      kind,
      name,
      key,
      value,
      file,
      line: at?.pos?.line,
      docIndex: doc.index
    };
  };
  const walk = (parent, node2, path2) => {
    if (node2.t === "map") {
      for (let i = 0; i < node2.entries.length; i++) {
        const e = node2.entries[i];
        if (isDeleteDirective(e.key.text, e.value)) {
          if (parent === "seq") {
            const sel = node2.entries.find((x) => !isDeleteDirective(x.key.text, x.value));
            if (!sel) fail(`no key:val found in sequence node for path ${path2.join(".")}`, node2);
            const v = sel.value.t === "scalar" ? sel.value.text : "";
            selectors.push(makeSelector(path2, sel.key.text, v, node2));
          } else {
            if (path2.some((p) => p.startsWith("[")))
              fail(`cannot delete an inner key in '${path2.join(".")}'`, node2);
            selectors.push(makeSelector(path2, void 0, void 0, node2));
          }
          return true;
        }
        if (walk("map", e.value, [...path2, e.key.text])) {
          node2.entries.splice(i, 1);
          i--;
          if (node2.entries.length === 0) return true;
        }
      }
      return false;
    }
    if (node2.t === "seq") {
      for (let i = 0; i < node2.items.length; i++) {
        if (walk("seq", node2.items[i], [...path2, `[${i}]`])) {
          node2.items.splice(i, 1);
          i--;
          if (node2.items.length === 0) return true;
        }
      }
    }
    return false;
  };
  const removeDoc = walk("doc", root, []);
  if (removeDoc) return { selectors, emptied: true };
  return { selectors, emptied: isEmptyRemainder(root) };
}
function isEmptyRemainder(root) {
  if (root.t !== "map") return false;
  return root.entries.every(
    (e) => e.value.t === "scalar" && ["version", "kind", "name"].includes(e.key.text)
  );
}
var DeleteError = class extends TalosGitopsError {
  name = "DeleteError";
};
function applyDelete(s, doc, contract) {
  const wrap = (inner) => {
    const msg = s.name ? `named patch delete: document ${doc.apiVersion}/${doc.kind}: ${inner}` : `patch delete: path '${s.path.join(".")}' in document '${doc.apiVersion}/${doc.kind}': ${inner}`;
    return new DeleteError(msg, { file: s.file, line: s.line, field: s.path.join(".") || void 0 });
  };
  if (s.path.length === 0) {
    if (doc.kind === V1ALPHA1) throw wrap("can't delete the root of the legacy document");
    return "document";
  }
  const err = deleteForPath(doc.body, { k: "struct", ref: kindDef(doc.kind).type }, s.path, s, contract);
  if (err) throw wrap(`failed to delete path '${s.path.join(".")}': ${err}`);
  return "done";
}
var LOOKUP_FAILED = "lookup failed";
function deleteForPath(holder, t, path2, s, contract) {
  if (holder === void 0 || holder === null) return LOOKUP_FAILED;
  const [head, ...rest] = path2;
  if (t.k === "struct") {
    const obj = holder;
    const f = structInfo(t.ref, contract).byName.get(head);
    if (!f) return LOOKUP_FAILED;
    if (rest.length === 0) {
      delete obj[head];
      setOrigin(obj, head, { file: s.file, line: s.line });
      return void 0;
    }
    const child = obj[head];
    if (child === void 0 && f.type.k === "struct" && !f.type.ptr)
      return deleteForPath({}, f.type, rest, s, contract);
    return deleteForPath(child, f.type, rest, s, contract);
  }
  if (t.k === "map" || t.k === "special" && (t.name === "args" || t.name === "unstructured" || t.name === "any")) {
    const obj = holder;
    if (typeof obj !== "object" || Array.isArray(obj) || !(head in obj)) return LOOKUP_FAILED;
    if (rest.length === 0) {
      delete obj[head];
      setOrigin(obj, head, { file: s.file, line: s.line });
      return void 0;
    }
    const inner = t.k === "map" ? t.of : { k: "special", name: "any" };
    return deleteForPath(obj[head], inner, rest, s, contract);
  }
  if (t.k === "list") {
    if (rest.length !== 0) return "searching for complex paths in slices is not supported";
    if (!head.startsWith("[")) return "searching for non-integer keys in slices is not supported";
    const list2 = holder;
    const elem = t.of;
    if (elem.k !== "struct") return LOOKUP_FAILED;
    const fields = structInfo(elem.ref, contract);
    const field = fields.byName.get(s.key ?? "");
    for (let i = 0; i < list2.length; i++) {
      const item = list2[i];
      if (!item || !field) continue;
      if (fieldText(item[field.name], field.type) !== s.value) continue;
      list2.splice(i, 1);
      return void 0;
    }
    return LOOKUP_FAILED;
  }
  return LOOKUP_FAILED;
}
function fieldText(v, t) {
  if (t.ptr) return void 0;
  if (t.k === "scalar") return t.s === "string" ? v ?? "" : void 0;
  if (t.k === "special") {
    if (["prefix", "addr", "addrport", "url", "text", "hwaddr", "cel", "duration"].includes(t.name)) {
      return String(CODECS[t.name].toPlain(v) ?? "");
    }
  }
  return void 0;
}

// src/config/json6902.ts
var import_yaml2 = __toESM(require_dist(), 1);
var JsonPatchError = class extends TalosGitopsError {
  name = "JsonPatchError";
};
function countYamlDocuments(text2) {
  const docs = import_yaml2.default.parseAllDocuments(text2);
  const list2 = Array.isArray(docs) ? docs : [docs];
  for (const d of list2) {
    if (d.errors.length > 0)
      throw new JsonPatchError(
        `failure decoding talos machine config: ${d.errors[0].message.split("\n")[0]}`
      );
  }
  return list2.length;
}
function yamlToJson(text2) {
  const doc = import_yaml2.default.parseDocument(text2, { version: "1.1", uniqueKeys: false });
  if (doc.errors.length > 0)
    throw new JsonPatchError(
      `failure converting talos machine config to json: ${doc.errors[0].message.split("\n")[0]}`
    );
  try {
    return toJsonable(doc.toJS({ maxAliasCount: 100 }));
  } catch (e) {
    throw new JsonPatchError(
      `failure converting talos machine config to json: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`
    );
  }
}
function toJsonable(v) {
  if (v instanceof Map) {
    const o = {};
    for (const [k, val] of v) o[String(k)] = toJsonable(val);
    return o;
  }
  if (Array.isArray(v)) return v.map(toJsonable);
  if (v instanceof Date) return v.toISOString().replace(".000Z", "Z");
  if (typeof v === "bigint") return Number(v);
  if (v && typeof v === "object") {
    const o = {};
    for (const [k, val] of Object.entries(v)) o[k] = toJsonable(val);
    return o;
  }
  return v;
}
function decodePointer(path2, what) {
  if (typeof path2 !== "string") throw new Error(`${what} is missing or not a string`);
  if (path2 === "") return [];
  if (!path2.startsWith("/")) throw new Error(`invalid JSON pointer ${JSON.stringify(path2)}`);
  return path2.slice(1).split("/").map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function parentOf(doc, parts, op, path2) {
  let cur = doc;
  for (const p of parts.slice(0, -1)) {
    if (Array.isArray(cur)) {
      const i = Number(p);
      if (!/^\d+$/.test(p) || i >= cur.length)
        throw new Error(`${op} operation does not apply: doc is missing path: "${path2}"`);
      cur = cur[i];
    } else if (cur && typeof cur === "object") {
      if (!(p in cur))
        throw new Error(`${op} operation does not apply: doc is missing path: "${path2}"`);
      cur = cur[p];
    } else throw new Error(`${op} operation does not apply: doc is missing path: "${path2}"`);
  }
  if (!cur || typeof cur !== "object")
    throw new Error(`${op} operation does not apply: doc is missing path: "${path2}"`);
  return { parent: cur, key: parts[parts.length - 1] };
}
function getAt(doc, parts, op, path2) {
  if (parts.length === 0) return doc;
  const { parent, key } = parentOf(doc, parts, op, path2);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!/^\d+$/.test(key) || i >= parent.length)
      throw new Error(`${op} operation does not apply: doc is missing key: "${path2}"`);
    return parent[i];
  }
  if (!(key in parent)) throw new Error(`${op} operation does not apply: doc is missing key: "${path2}"`);
  return parent[key];
}
function removeAt(doc, parts, op, path2) {
  const { parent, key } = parentOf(doc, parts, op, path2);
  if (Array.isArray(parent)) {
    const i = Number(key);
    if (!/^\d+$/.test(key) || i >= parent.length)
      throw new Error(`${op} operation does not apply: doc is missing key: "${path2}"`);
    return parent.splice(i, 1)[0];
  }
  if (!(key in parent)) throw new Error(`${op} operation does not apply: doc is missing key: "${path2}"`);
  const v = parent[key];
  delete parent[key];
  return v;
}
function addAt(doc, parts, value, path2) {
  if (parts.length === 0) return value;
  const { parent, key } = parentOf(doc, parts, "add", path2);
  if (Array.isArray(parent)) {
    if (key === "-") parent.push(value);
    else {
      const i = Number(key);
      if (!/^\d+$/.test(key) || i > parent.length)
        throw new Error(`add operation does not apply: index out of bounds: "${path2}"`);
      parent.splice(i, 0, value);
    }
  } else parent[key] = value;
  return doc;
}
var clone = (v) => v === void 0 ? v : JSON.parse(JSON.stringify(v));
function applyJsonPatch(document, ops) {
  let doc = document;
  for (const o of ops) {
    const path2 = o.path;
    switch (o.op) {
      case "add":
        if (!("value" in o)) throw new Error("add operation has no value");
        doc = addAt(doc, decodePointer(o.path, "path"), clone(o.value), path2);
        break;
      case "remove":
        removeAt(doc, decodePointer(o.path, "path"), "remove", path2);
        break;
      case "replace": {
        const parts = decodePointer(o.path, "path");
        if (parts.length === 0) {
          doc = clone(o.value);
          break;
        }
        getAt(doc, parts, "replace", path2);
        const { parent, key } = parentOf(doc, parts, "replace", path2);
        if (Array.isArray(parent)) parent[Number(key)] = clone(o.value);
        else parent[key] = clone(o.value);
        break;
      }
      case "move": {
        const v = removeAt(doc, decodePointer(o.from, "from"), "move", String(o.from));
        doc = addAt(doc, decodePointer(o.path, "path"), v, path2);
        break;
      }
      case "copy": {
        const v = getAt(doc, decodePointer(o.from, "from"), "copy", String(o.from));
        doc = addAt(doc, decodePointer(o.path, "path"), clone(v), path2);
        break;
      }
      case "test": {
        const v = getAt(doc, decodePointer(o.path, "path"), "test", path2);
        if (JSON.stringify(v) !== JSON.stringify(o.value))
          throw new Error(`testing value ${path2} failed: test failed`);
        break;
      }
      default:
        throw new Error(`Unexpected kind: ${String(o.op)}`);
    }
  }
  return doc;
}
var V2_BOOLS = /* @__PURE__ */ new Set([
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE",
  "on",
  "On",
  "ON",
  "off",
  "Off",
  "OFF"
]);
function v2String(s) {
  if (s.includes("\n")) return scalar(s, "literal");
  const resolvesAsString = !V2_BOOLS.has(s) && resolvePlain(s).tag === "str" && !isBase60Float(s);
  return resolvesAsString ? scalar(s) : scalar(s, "double");
}
function v2Node(v) {
  if (v === null || v === void 0) return scalar("null");
  if (typeof v === "string") return v2String(v);
  if (typeof v === "boolean") return scalar(v ? "true" : "false");
  if (typeof v === "number") return scalar(Number.isInteger(v) ? String(v) : formatGoFloat(v));
  if (Array.isArray(v)) return { k: "seq", items: v.map(v2Node) };
  const o = v;
  return { k: "map", entries: goSortKeys(Object.keys(o)).map((k) => [v2String(k), v2Node(o[k])]) };
}
function jsonToV2Yaml(v) {
  const node2 = v2Node(v);
  if (node2.k === "map" && node2.entries.length === 0) return "{}\n";
  if (node2.k === "seq" && node2.items.length === 0) return "[]\n";
  return emitDocument(node2, { indent: 2, indentlessSequences: true, width: 80 });
}
function json6902(configText, ops) {
  if (countYamlDocuments(configText) !== 1) {
    throw new JsonPatchError("JSON6902 patches are not supported for multi-document machine configuration");
  }
  const json = yamlToJson(configText);
  let patched;
  try {
    patched = applyJsonPatch(json, ops);
  } catch (e) {
    throw new JsonPatchError(
      `failure applying rfc6902 patches to talos machine config: ${e.message}`
    );
  }
  return jsonToV2Yaml(patched);
}

// src/config/merge.ts
var MergeContext = class {
  constructor(contract) {
    this.contract = contract;
  }
  contract;
};
var alwaysCache = /* @__PURE__ */ new Map();
function structHasAlways(ref, contract, seen = /* @__PURE__ */ new Set()) {
  const key = `${ref}@${contract ?? "*"}`;
  const cached = alwaysCache.get(key);
  if (cached !== void 0) return cached;
  if (seen.has(ref)) return false;
  seen.add(ref);
  let result = false;
  for (const f of structInfo(ref, contract).fields) {
    const t = f.type;
    if (t.ptr) continue;
    if (t.k === "special" && CODECS[t.name].always) result = true;
    else if (t.k === "scalar" && t.s === "bool")
      result = true;
    else if (t.k === "struct" && !t.empty && structHasAlways(t.ref, contract, seen)) result = true;
    if (result) break;
  }
  alwaysCache.set(key, result);
  return result;
}
function mergeStruct(l, r, ref, ctx) {
  for (const f of structInfo(ref, ctx.contract).fields) {
    const rv = r[f.name];
    const lv = l[f.name];
    if (rv === void 0) {
      const t = f.type;
      if (t.ptr || t.k === "list" || t.k === "map") continue;
      if (t.k === "special" && !CODECS[t.name].always) continue;
      if (t.k === "struct" && (lv === void 0 || !structHasAlways(t.ref, ctx.contract))) continue;
      if (t.k === "scalar" && t.s !== "bool") continue;
    }
    let merged;
    try {
      merged = mergeValue(lv, rv, f.type, !!f.mergeReplace, false, ctx);
    } catch (e) {
      if (e instanceof MergeError && !e.message.startsWith("merge field")) {
        throw new MergeError(`merge field ${ref}.${f.go}: ${e.message}`);
      }
      throw e;
    }
    if (merged === void 0) delete l[f.name];
    else l[f.name] = merged;
    if (rv !== void 0 && merged !== lv) setOrigin(l, f.name, originOf(r, f.name));
  }
}
function mergeValue(lv, rv, t, replace, overwrite, ctx) {
  if (t.k === "special") {
    const codec = CODECS[t.name];
    if (t.ptr) {
      if (rv === void 0 || rv === null) return lv;
      if (lv === void 0 || lv === null) return cloneValue(rv);
    }
    if (replace) return rv === void 0 || codec.isZero(rv) ? lv : cloneValue(rv);
    return codec.merge(lv, rv === null ? void 0 : rv);
  }
  if (t.ptr) {
    if (rv === void 0 || rv === null) return lv;
    if (lv === void 0 || lv === null) return cloneValue(rv);
    return mergeValue(lv, rv, { ...t, ptr: false }, replace, true, ctx);
  }
  switch (t.k) {
    case "scalar":
      if (t.s === "bool") return overwrite ? rv ?? lv : rv;
      if (rv === void 0 || (rv === "" || rv === 0 || rv === 0n) && !overwrite) return lv;
      return rv;
    case "list":
      return mergeList(lv, rv, t, replace, ctx);
    case "map": {
      if (rv === void 0 || rv === null) return lv;
      if (replace) return cloneValue(rv);
      const out2 = lv ?? newObj();
      const r = rv;
      for (const k of Object.keys(r)) {
        const cur = out2[k];
        if (cur !== void 0 && cur !== null) {
          try {
            out2[k] = mergeValue(cur, r[k], t.of, false, false, ctx);
          } catch (e) {
            if (e instanceof MergeError) throw new MergeError(`merge map key [${k}]: ${e.message}`);
            throw e;
          }
        } else out2[k] = cloneValue(r[k]);
        if (out2[k] !== cur) setOrigin(out2, k, originOf(r, k));
      }
      return out2;
    }
    case "struct": {
      if (replace) return rv === void 0 || isZeroValue(rv, t, ctx.contract) ? lv : cloneValue(rv);
      if (t.empty) return lv ?? (rv === void 0 ? void 0 : newObj());
      const l = lv ?? newObj();
      mergeStruct(l, rv ?? newObj(), t.ref, ctx);
      return lv === void 0 && rv === void 0 && Object.keys(l).length === 0 ? void 0 : l;
    }
  }
}
function appendItems(l, r) {
  const out2 = [...l];
  const lo = originsOf(l);
  lo.forEach((o, i) => {
    setIndexOrigin(out2, i, o);
  });
  r.forEach((item, j) => {
    out2.push(cloneValue(item));
    setIndexOrigin(out2, out2.length - 1, originOf(r, j));
  });
  return out2;
}
function originsOf(a) {
  return a.map((_, i) => originOf(a, i));
}
function mergeList(l, r, t, replace, ctx) {
  const keyed = KEYED_LISTS[t.named ?? ""];
  if (keyed) {
    if (r === void 0 || r === null) return l;
    return keyed(l ?? [], r, t.of, ctx);
  }
  if (r === void 0 || r === null) return l;
  if (replace) return cloneValue(r);
  if (l === void 0 && r.length === 0) return [];
  return appendItems(l ?? [], r);
}
function byKey(match) {
  return (l, r, elem, ctx) => {
    const out2 = l;
    r.forEach((item, j) => {
      const ri = item;
      const existing = ri ? out2.findIndex((li) => li !== null && match(li, ri)) : -1;
      if (existing >= 0) {
        out2[existing] = mergeValue(out2[existing], ri, elem, false, false, ctx);
        const at = originOf(r, j);
        if (at) setIndexOrigin(out2, existing, at);
      } else {
        out2.push(cloneValue(item));
        setIndexOrigin(out2, out2.length - 1, originOf(r, j));
      }
    });
    return out2;
  };
}
function sameSelector(a, b) {
  if (!a || !b) return false;
  const x = a;
  const y = b;
  if (x.physical !== void 0 || y.physical !== void 0) return false;
  const keys = /* @__PURE__ */ new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if ((x[k] ?? "") !== (y[k] ?? "")) return false;
  return true;
}
var KEYED_LISTS = {
  "v1alpha1.NetworkDeviceList": byKey((left, right) => {
    if (right.interface) return left.interface === right.interface;
    if (right.deviceSelector) return sameSelector(left.deviceSelector, right.deviceSelector);
    return false;
  }),
  "v1alpha1.VlanList": byKey((left, right) => (left.vlanId ?? 0) === (right.vlanId ?? 0)),
  "v1alpha1.AdmissionPluginConfigList": byKey((left, right) => (left.name ?? "") === (right.name ?? "")),
  "extensions.ConfigFileList": byKey((left, right) => (left.mountPath ?? "") === (right.mountPath ?? "")),
  // rules with the same image pattern are replaced whole, not merged
  "security.ImageVerificationRules": (l, r) => {
    const out2 = l;
    r.forEach((item, j) => {
      const image = item.image ?? "";
      const i = out2.findIndex((x) => (x.image ?? "") === image);
      if (i >= 0) out2[i] = cloneValue(item);
      else out2.push(cloneValue(item));
      setIndexOrigin(out2, i >= 0 ? i : out2.length - 1, originOf(r, j));
    });
    return out2;
  }
};

// src/config/patch.ts
function isDelete(e) {
  return e.type === "delete";
}
function resolvePatchArgument(arg, readFile) {
  const read = (p) => {
    try {
      return readFile(p);
    } catch (e) {
      throw new TalosGitopsError(
        `cannot read patch file: ${e.code ?? e.message}`,
        { file: p }
      );
    }
  };
  if (arg.startsWith("@")) return { text: read(arg.slice(1)), source: arg.slice(1) };
  if (!/[\n ]/.test(arg) && !arg.startsWith("[") && !arg.startsWith("{"))
    return { text: read(arg), source: arg };
  return { text: arg, source: "<inline patch>" };
}
function loadPatch(text2, source, opts = {}, parsed) {
  let docs = parsed;
  let parseError;
  if (!docs) {
    try {
      docs = parseYamlDocuments(text2, source);
    } catch (e) {
      if (!(e instanceof TalosGitopsError)) throw e;
      parseError = e;
    }
  }
  let strategicError;
  try {
    if (!docs) throw parseError;
    const p = loadStrategic(docs, source, opts.contract);
    if (p.entries.length > 0) return p;
    strategicError = new TalosGitopsError("config not found", { file: source });
  } catch (e) {
    if (!(e instanceof TalosGitopsError)) throw e;
    strategicError = e;
  }
  let jsonError;
  try {
    const ops = JSON.parse(text2);
    if (Array.isArray(ops) && ops.every((o) => o && typeof o === "object" && !Array.isArray(o))) {
      return { type: "json", ops, source };
    }
    jsonError = new TalosGitopsError(
      "json: cannot unmarshal into a JSON patch (expected a list of operations)",
      { file: source }
    );
  } catch (e) {
    jsonError = new TalosGitopsError(`invalid JSON patch: ${e.message}`, { file: source });
  }
  try {
    const only = (docs ?? []).filter((d) => d.root !== null);
    if (docs && only.length <= 1) {
      const root = only[0]?.root;
      if (!root || root.t === "seq" && root.items.every((i) => i.t === "map")) {
        const ops = root ? root.items.map((i) => yToJson(i)) : [];
        return { type: "json", ops, source, line: root?.pos?.line ?? only[0]?.pos?.line ?? 1 };
      }
    }
  } catch {
  }
  if (text2.trim().startsWith("[")) throw jsonError;
  throw strategicError;
}
function yToJson(n) {
  if (n.t === "map") return Object.fromEntries(n.entries.map((e) => [e.key.text, yToJson(e.value)]));
  if (n.t === "seq") return n.items.map(yToJson);
  if (n.quoted) return n.text;
  const t = n.text;
  if (["", "~", "null", "Null", "NULL"].includes(t)) return null;
  if (["true", "True", "TRUE"].includes(t)) return true;
  if (["false", "False", "FALSE"].includes(t)) return false;
  if (/^[-+]?\d+$/.test(t)) return Number(t);
  if (/^[-+]?(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?$/.test(t)) return Number(t);
  return t;
}
function loadStrategic(ydocs, source, contract) {
  const v1Deletes = [];
  const rest = [];
  for (const yd of ydocs) {
    if (!yd.root) continue;
    const { selectors, emptied } = extractDeletes(yd, source);
    for (const s of selectors) (s.kind === V1ALPHA1 ? v1Deletes : rest).push(s);
    if (emptied) continue;
    if (yd.root.t === "scalar" && ["", "~", "null"].includes(yd.root.text)) continue;
    rest.push(decodeDocument(yd, { file: source, contract }));
  }
  return { type: "strategic", entries: [...v1Deletes, ...rest], source };
}
function loadPatches(args2, opts = {}) {
  const readFile = opts.readFile ?? ((p) => readFileSync(p, "utf8"));
  const out2 = [];
  for (const arg of args2) {
    const { text: text2, source } = resolvePatchArgument(arg, readFile);
    const p = loadPatch(text2, source, opts);
    const last = out2[out2.length - 1];
    if (p.type === "json" && last?.type === "json") {
      out2[out2.length - 1] = {
        type: "json",
        ops: [...last.ops, ...p.ops],
        source: `${last.source}, ${p.source}`
      };
    } else out2.push(p);
  }
  return out2;
}
function strategicMerge(base, patch, contract) {
  return mergeInto(copyDocuments(base), patch, contract);
}
function copyDocuments(docs) {
  return docs.map((d) => ({ ...d, body: cloneValue(d.body) }));
}
function mergeInto(left, patch, contract) {
  const index = new Map(left.map((d) => [documentId(d), d]));
  const ctx = new MergeContext(contract);
  for (const entry of patch.entries) {
    const id = documentId(isDelete(entry) ? selectorIdentity(entry) : entry);
    const target = index.get(id);
    if (isDelete(entry)) {
      if (!target) continue;
      if (applyDelete(entry, target, contract) === "document") {
        index.delete(id);
        left.splice(left.indexOf(target), 1);
      }
      continue;
    }
    if (target) {
      try {
        mergeStruct(target.body, entry.body, target.def.type, ctx);
      } catch (e) {
        if (e instanceof MergeError)
          throw new TalosGitopsError(e.message, { file: entry.file, line: entry.line });
        throw e;
      }
    } else {
      const added = { ...entry, body: cloneValue(entry.body) };
      left.push(added);
      index.set(id, added);
    }
  }
  checkContainer(left);
  return left;
}
function selectorIdentity(s) {
  return {
    kind: s.kind,
    apiVersion: s.kind === V1ALPHA1 ? "" : s.apiVersion,
    name: s.name,
    def: { kind: s.kind, type: "", named: s.name !== void 0, redacts: false }
  };
}
function loadConfig(text2, file, contract, parsed) {
  const docs = decodeConfig(parsed ?? parseYamlDocuments(text2, file), { file, contract });
  checkContainer(docs, file);
  return docs;
}
function applyPatches(state, patches, file, contract) {
  let cur = state;
  let owned = false;
  for (const p of patches) {
    if (p.type === "json") {
      owned = false;
      const text2 = cur.text ?? encodeConfig(cur.docs, contract);
      try {
        cur = { text: json6902(text2, p.ops) };
      } catch (e) {
        if (e instanceof JsonPatchError && !e.file)
          throw new JsonPatchError(e.message, { file: p.source, line: p.line ?? 1 });
        throw e;
      }
    } else {
      if (cur.docs && !owned) cur = { docs: strategicMerge(cur.docs, p, contract) };
      else cur = { docs: mergeInto(cur.docs ?? loadConfig(cur.text, file, contract), p, contract) };
      owned = true;
    }
  }
  return cur;
}
function stateText(state, contract) {
  return state.text ?? encodeConfig(state.docs, contract);
}

export {
  isNullScalar,
  parseYamlDocuments,
  fromParsedDocuments,
  fromJS,
  asObj,
  asList,
  asStr,
  dig,
  setPath,
  parseGoDuration,
  parseBytes,
  parseGoURL,
  formatGoURL,
  enumFact,
  requiredKeys,
  deprecation,
  kubernetesSupportError,
  documentLabel,
  hostDNSSettings,
  scalar,
  emitDocument,
  resolvePlain,
  decodeScalar,
  goString,
  GoFloat,
  originOf,
  shallowCopy,
  getPath,
  CodecError,
  decodeAny,
  encodeAny,
  anyToPlain,
  CODECS,
  encodeConfig,
  sameCanonical,
  withCanonicalCache,
  VALIDATION_MODES,
  parseMachineType,
  KindContext,
  KINDS,
  isSecretPath,
  secretCursor,
  secretQueryParam,
  kindRule,
  V1ALPHA1_DOCUMENT_KEYS,
  suggest,
  ConfigDecodeError,
  classifyDocument,
  decodeDocument,
  decodeConfig,
  loadPatch,
  loadPatches,
  strategicMerge,
  copyDocuments,
  loadConfig,
  applyPatches,
  stateText
};
