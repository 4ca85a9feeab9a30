import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  appliesWithoutReboot,
  diffLines,
  immediateApplyBlockers,
  rebootToTakeEffect,
  structuredPatch
} from "./chunk-QPDLO3DF.js";
import {
  clusterFacts,
  markWaived,
  partialClusters,
  renderErrorFindings,
  repoPolicyPaths
} from "./chunk-MC7OEDPC.js";
import {
  changedCas,
  staticAddresses
} from "./chunk-6ANQTNRN.js";
import {
  clusterFolders,
  combineSchematic,
  encryptedInputs,
  extensionChange,
  gitRefFiles,
  hiddenNote,
  installerImage,
  installerImageOf,
  kubernetesVersionOf,
  loadFolder,
  overlayFiles,
  parseClusterFile,
  renderCache,
  renderClusterInputs,
  renderFailure,
  renderFleet,
  repoPath,
  sameInputs,
  sameName,
  unchangedNodes,
  workTreeFiles
} from "./chunk-BEKQC6IL.js";
import {
  encodeConfig,
  formatGoURL,
  originOf,
  sameCanonical,
  secretCursor,
  shallowCopy,
  withCanonicalCache
} from "./chunk-N2UEE4T7.js";
import {
  isSopsPath
} from "./chunk-HLEF6RPP.js";
import {
  normalizeAddr
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";

// src/redact/review.ts
var SECRET_MARK = "(secret)";
var SECRET_CHANGED_MARK = "(secret, changed)";
var SOPS_ORIGIN = /\.sops\.(ya?ml|json)/;
function secretLeaves(docs, registry) {
  const out = /* @__PURE__ */ new Map();
  for (const d of docs) {
    transform(d, registry, (path, value) => {
      out.set(path, value);
      return void 0;
    });
  }
  return out;
}
function docPrefix(d) {
  return d.def.named ? `${d.kind}/${d.name}` : d.kind;
}
function transform(d, registry, visit) {
  const prefix = docPrefix(d);
  const cursors = [secretCursor(d.kind)];
  const pieces = [];
  const lengths = [0];
  const pathText = () => pieces.join("");
  const enter = (seg, piece) => {
    cursors.push(cursors[cursors.length - 1].step(seg));
    const p = seg === "[]" || lengths[lengths.length - 1] === 0 ? piece : `.${piece}`;
    pieces.push(p);
    lengths.push(lengths[lengths.length - 1] + p.length);
  };
  const leave = () => {
    cursors.pop();
    pieces.pop();
    lengths.pop();
  };
  const walk = (value, fromSops) => {
    if (Array.isArray(value)) {
      let changed = false;
      const out = value.map((item, i) => {
        const sops = fromSops || SOPS_ORIGIN.test(originOf(value, i)?.file ?? "");
        enter("[]", `[${i}]`);
        const r2 = walk(item, sops);
        leave();
        if (r2 !== item) changed = true;
        return r2;
      });
      return changed ? out : value;
    }
    if (value && typeof value === "object") {
      if ("rawQuery" in value && "scheme" in value) {
        const param = cursors[cursors.length - 1].param;
        const u = value;
        if (!param && !fromSops) return value;
        if (fromSops) {
          const r3 = visit(pathText(), formatGoURL(u));
          return r3 === void 0 ? value : Object.freeze({ ...u, rawQuery: "", host: r3, path: "", scheme: "", user: "" });
        }
        const params = new URLSearchParams(u.rawQuery);
        const secret2 = params.get(param);
        if (!secret2) return value;
        const r2 = visit(`${pathText()}?${param}`, secret2);
        if (r2 === void 0) return value;
        params.set(param, r2);
        return Object.freeze({
          ...u,
          rawQuery: params.toString().replaceAll("%28", "(").replaceAll("%29", ")").replaceAll("+", " ")
        });
      }
      const src = value;
      let out;
      for (const k of Object.keys(src)) {
        const sops = fromSops || SOPS_ORIGIN.test(originOf(src, k)?.file ?? "");
        enter(k, k);
        const r2 = walk(src[k], sops);
        leave();
        if (r2 !== src[k]) {
          if (!out) out = Object.isFrozen(src) ? { ...src } : shallowCopy(src);
          out[k] = r2;
        }
      }
      if (!out) return value;
      return Object.isFrozen(src) ? Object.freeze(out) : out;
    }
    if (value === void 0 || value === null || value === "") return value;
    const text = String(value);
    const secret = fromSops || cursors[cursors.length - 1].secret || typeof value === "string" && registry.has(text);
    if (!secret) return value;
    const r = visit(`${prefix}:${pathText()}`, text);
    return r === void 0 ? value : r;
  };
  return walk(d.body, false);
}
function reviewText(docs, opts) {
  const baseSecrets = opts.base ? secretLeaves(opts.base, opts.registry) : void 0;
  const changed = [];
  const redacted = docs.map((d) => ({
    ...d,
    body: transform(d, opts.registry, (path, value) => {
      const before = baseSecrets?.get(path);
      if (baseSecrets && before !== value) {
        changed.push(path);
        return SECRET_CHANGED_MARK;
      }
      return SECRET_MARK;
    })
  }));
  return { text: encodeConfig(redacted, opts.contract), changedSecrets: changed };
}

// src/plan/impact.ts
function docKey(d) {
  return d.def.named ? `${d.kind}/${d.name}` : d.kind;
}
function byKey(docs) {
  return new Map(docs.map((d) => [docKey(d), d]));
}
function predictImpact(before, after, contract, versions) {
  return withCanonicalCache(() => predict(before, after, contract, versions));
}
function predict(before, after, contract, versions) {
  const impacts = /* @__PURE__ */ new Set();
  const reasons = [];
  const a = byKey(before);
  const b = byKey(after);
  const changedDocs = [];
  for (const k of /* @__PURE__ */ new Set([...a.keys(), ...b.keys()])) {
    const da = a.get(k);
    const db = b.get(k);
    const type = (da ?? db).def.type;
    if (!da || !db || !sameCanonical(da.body, db.body, { k: "struct", ref: type }, contract))
      changedDocs.push(k);
  }
  if (changedDocs.length === 0 && versions.before.talosVersion === versions.after.talosVersion) {
    return { impacts: ["none"], reasons: [] };
  }
  if (versions.before.talosVersion !== versions.after.talosVersion) {
    impacts.add("talos-upgrade");
    reasons.push(`talosVersion ${versions.before.talosVersion} → ${versions.after.talosVersion}`);
  } else if (installerImage(before)?.value !== installerImage(after)?.value) {
    impacts.add("talos-upgrade");
    reasons.push("installer image changed");
  }
  if (versions.before.kubernetesVersion !== versions.after.kubernetesVersion) {
    impacts.add("kubernetes-upgrade");
    reasons.push(
      `kubernetesVersion ${versions.before.kubernetesVersion} → ${versions.after.kubernetesVersion}`
    );
  }
  const rebootFields = appliesWithoutReboot(contract) ? rebootToTakeEffect(before, after) : immediateApplyBlockers(before, after, contract);
  if (rebootFields.length > 0) {
    impacts.add("reboot");
    reasons.push(...rebootFields);
  }
  if (changedDocs.length > 0) impacts.add("live");
  const order = ["talos-upgrade", "kubernetes-upgrade", "reboot", "live"];
  const list = order.filter((i) => impacts.has(i));
  return { impacts: list.includes("reboot") ? list.filter((i) => i !== "live") : list, reasons };
}

// src/plan/move.ts
var isIp = (s) => /^\d{1,3}(\.\d{1,3}){3}$/.test(s) || s.includes(":");
function addressMove(before, after) {
  const had = staticAddresses(before.docs);
  const has = staticAddresses(after.docs);
  if (after.address !== before.address) {
    const move = { from: before.address, to: after.address };
    if (has.length > 0 && isIp(after.address) && !has.includes(after.address)) {
      return {
        move,
        problem: {
          severity: "warning",
          message: `the node's new address ${after.address} is not among the addresses its config gives it (${has.join(", ")}): the rollout waits for it there`
        }
      };
    }
    return { move };
  }
  if (had.includes(before.address) && has.length > 0 && !has.includes(before.address)) {
    const to = has.find((a) => !had.includes(a)) ?? has[0];
    return {
      move: { from: before.address, to },
      problem: {
        severity: "error",
        message: `the config moves the node from ${before.address} to ${to}, but its address in cluster.yaml stays ${before.address}: after the apply it cannot be reached there; change its address too`
      }
    };
  }
  return {};
}

// src/plan/yaml-path.ts
var KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"-][^:#]*?|-[^\s:][^:#]*?):(?:\s+(.*))?$/;
function unquote(k) {
  if (k.startsWith('"')) {
    try {
      return JSON.parse(k);
    } catch {
      return k.slice(1, -1);
    }
  }
  if (k.startsWith("'")) return k.slice(1, -1).replace(/''/g, "'");
  return k;
}
function parse(text) {
  if (text.trim() === "" || /^\s*#/.test(text)) return void 0;
  const indent = text.length - text.trimStart().length;
  let rest = text.slice(indent);
  const dashes = [];
  let content = indent;
  while (rest === "-" || rest.startsWith("- ")) {
    dashes.push(content);
    rest = rest.slice(2).replace(/^ +/, (s) => {
      content += s.length;
      return "";
    });
    content += 2;
  }
  const m = KEY.exec(rest);
  if (!m) return { indent, dashes, content, block: false };
  return { indent, dashes, content, key: unquote(m[1]), block: /^[|>][-+0-9]*\s*$/.test(m[2] ?? "") };
}
var segment = (key) => /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
function pathOf(stack) {
  let out = "";
  for (const e of stack) {
    if ("key" in e) out += out ? `.${segment(e.key)}` : segment(e.key);
    else out += `[${e.index}]`;
  }
  return out;
}
function documentLabel(lines, start, end) {
  let kind;
  let name;
  for (let i = start; i < end; i++) {
    const m = /^(kind|name):\s*(.+?)\s*$/.exec(lines[i]);
    if (m?.[1] === "kind") kind ??= unquote(m[2]);
    if (m?.[1] === "name") name ??= unquote(m[2]);
  }
  if (!kind) return "v1alpha1";
  return name ? `${kind} ${name}` : kind;
}
function locateLine(lines, index) {
  let start = index;
  while (start > 0 && lines[start - 1] !== "---") start--;
  let end = index;
  while (end < lines.length && lines[end] !== "---") end++;
  const document = documentLabel(lines, start, end);
  const stack = [];
  let blockCol = -1;
  for (let i = start; i <= index && i < lines.length; i++) {
    const text = lines[i];
    if (blockCol >= 0) {
      const ind = text.length - text.trimStart().length;
      if (text.trim() === "" || ind > blockCol) continue;
      blockCol = -1;
    }
    const line = parse(text);
    if (!line) continue;
    const popped = /* @__PURE__ */ new Map();
    const first = line.dashes[0];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const deeper = top.col > line.indent;
      const same = top.col === line.indent && ("index" in top || first === void 0);
      if (!deeper && !same) break;
      stack.pop();
      if ("index" in top) popped.set(top.col, top.index);
    }
    for (const col of line.dashes) {
      const prev = popped.get(col);
      stack.push({ col, index: prev === void 0 ? 0 : prev + 1 });
      for (const c of [...popped.keys()]) if (c > col) popped.delete(c);
    }
    if (line.key !== void 0) {
      stack.push({ col: line.content, key: line.key });
      if (line.block) blockCol = line.content;
    }
  }
  return { document, path: pathOf(stack) };
}
function locationLabel(l) {
  return l.path ? `${l.document} › ${l.path}` : l.document;
}

// src/plan/cluster-plan.ts
function planCluster(name, b, h, headError, baseError, registry) {
  const cluster = h ?? b;
  const plan = {
    name,
    stage: cluster?.stage ?? "",
    file: cluster?.file ?? headError?.file ?? "",
    nodes: [],
    hidden: [.../* @__PURE__ */ new Set([...b?.hidden ?? [], ...h?.hidden ?? []])]
  };
  if (headError) {
    plan.error = {
      side: "head",
      message: registry.redact(headError.error.message),
      file: headError.error.file ?? headError.file,
      line: headError.error.line
    };
    return plan;
  }
  if (baseError && !b) {
    plan.hidden.push(
      `the base did not render (${registry.redact(baseError.error.message)}): every node shows as added`
    );
  }
  const baseNodes = new Map((b?.nodes ?? []).map((n) => [n.name, n]));
  const headNodes = new Map((h?.nodes ?? []).map((n) => [n.name, n]));
  const order = [
    ...(h?.nodes ?? []).map((n) => n.name),
    ...(b?.nodes ?? []).map((n) => n.name).filter((n) => !headNodes.has(n))
  ];
  for (const nodeName of order) {
    plan.nodes.push(planNode(baseNodes.get(nodeName), headNodes.get(nodeName), b, h, registry));
  }
  return plan;
}
function planNode(bn, hn, b, h, registry) {
  const node = hn ?? bn;
  const contract = (h ?? b).contract;
  const status = !bn ? "added" : !hn ? "removed" : bn.text === hn.text && b.talosVersion === h.talosVersion && bn.address === hn.address ? "unchanged" : "changed";
  const empty = { text: "", changedSecrets: [] };
  const headReview = hn && status !== "unchanged" ? reviewText(hn.docs, { registry, base: bn?.docs, contract }) : empty;
  const baseReview = bn && status !== "unchanged" ? reviewText(bn.docs, { registry, contract: b.contract }) : empty;
  let impacts = ["none"];
  let reasons = [];
  if (status === "changed") {
    const r = predictImpact(bn.docs, hn.docs, contract, {
      // the version each node's kubelet image names (mirrors and digests included), else the cluster's
      before: {
        talosVersion: b.talosVersion,
        kubernetesVersion: kubernetesVersionOf(bn.docs) ?? b.kubernetesVersion
      },
      after: {
        talosVersion: h.talosVersion,
        kubernetesVersion: kubernetesVersionOf(hn.docs) ?? h.kubernetesVersion
      }
    });
    impacts = r.impacts;
    reasons = r.reasons;
    const change = schematicReason(bn.schematic, hn.schematic);
    if (change) reasons = [...reasons.filter((x) => x !== "installer image changed"), change];
    const { move: move2 } = addressMove(bn, hn);
    if (move2) {
      const at = impacts[0] === "talos-upgrade" ? 1 : 0;
      impacts = impacts[0] === "none" ? ["address"] : [...impacts.slice(0, at), "address", ...impacts.slice(at)];
      reasons = [`moves ${move2.from} → ${move2.to}`, ...reasons];
    }
  } else if (status === "added") {
    impacts = ["live"];
    reasons = [
      "new: joins the cluster (its first config goes over the maintenance API)",
      ...hn.schematic ? [`installs schematic ${schematicLabel(hn.schematic)}`] : []
    ];
  } else if (status === "removed") {
    reasons = [
      (h ?? b).rollout.removeNodes ? "removed: apply drains it, takes it out of etcd (never below quorum), resets it and deletes its Kubernetes node (rollout.removeNodes)" : "removed: left running as it is (rollout.removeNodes: true removes it)"
    ];
  }
  const diff = status === "unchanged" ? "" : unifiedDiff(`${node.cluster}/${node.name}.yaml`, baseReview.text, headReview.text);
  const move = status === "changed" ? addressMove(bn, hn).move : void 0;
  const cas = status === "changed" ? changedCas(bn.docs, hn.docs).map((f) => f.label) : [];
  return {
    name: node.name,
    role: node.role,
    address: node.address,
    status,
    impacts,
    reasons,
    diff: registry.redact(diff),
    changedSecrets: headReview.changedSecrets,
    ...move ? { move } : {},
    ...cas.length ? { changedCas: cas } : {},
    ...schematicPlan(bn?.schematic, hn?.schematic)
  };
}
var short = (id) => `${id.slice(0, 8)}…`;
function schematicLabel(s) {
  return `${short(s.id)} (${s.extensions.length ? s.extensions.join(", ") : "no extensions"})`;
}
function schematicReason(before, after) {
  const untagged = (s) => s?.installerImage.replace(/:[^:/]+$/, "");
  if ((before?.id ?? "") === (after?.id ?? "") && untagged(before) === untagged(after)) return void 0;
  const { gained, lost } = extensionChange(before?.extensions ?? [], after?.extensions ?? []);
  const from = before ? short(before.id) : "none";
  const to = after ? short(after.id) : "none";
  const parts = [
    gained.length ? `gains ${gained.join(", ")}` : "",
    lost.length ? `loses ${lost.join(", ")}` : ""
  ].filter(Boolean);
  const what = from === to ? "installer variant" : `schematic ${from} → ${to}`;
  return `${what}${parts.length ? `: ${parts.join("; ")}` : ""} (installed by a Talos upgrade)`;
}
function schematicPlan(before, after) {
  if (!before && !after) return {};
  const { gained, lost } = extensionChange(before?.extensions ?? [], after?.extensions ?? []);
  return {
    schematic: {
      ...after ? { id: after.id, installerImage: after.installerImage, extensions: after.extensions } : {},
      ...before && before.id !== after?.id ? { previousId: before.id } : {},
      gained,
      lost
    }
  };
}
var CONTEXT = 2;
function splitRuns(h) {
  const segs = [];
  let o = h.oldStart;
  let n = h.newStart;
  for (const l of h.lines) {
    const change = l.startsWith("+") || l.startsWith("-");
    const last = segs[segs.length - 1];
    if (l.startsWith("\\") && last) {
      last.lines.push(l);
      continue;
    }
    if (!last || last.change !== change) segs.push({ change, lines: [], old: o, neu: n });
    segs[segs.length - 1].lines.push(l);
    if (!l.startsWith("+")) o++;
    if (!l.startsWith("-")) n++;
  }
  const units = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (!seg.change) continue;
    const before = segs[i - 1];
    const after = segs[i + 1];
    let take = before ? Math.min(CONTEXT, before.lines.length) : 0;
    if (before && segs[i - 2])
      take = Math.min(take, before.lines.length - Math.min(CONTEXT, before.lines.length));
    const lead = before ? before.lines.slice(before.lines.length - take) : [];
    const trail = after ? after.lines.slice(0, Math.min(CONTEXT, after.lines.length)) : [];
    units.push({
      oldStart: seg.old - lead.length,
      newStart: seg.neu - lead.length,
      lines: [...lead, ...seg.lines, ...trail]
    });
  }
  return units;
}
function unifiedDiff(name, before, after) {
  if (before === after) return "";
  const p = structuredPatch(`a/${name}`, `b/${name}`, before, after, "", "", { context: CONTEXT });
  const lines = [`--- ${before ? `a/${name}` : "/dev/null"}`, `+++ ${after ? `b/${name}` : "/dev/null"}`];
  const oldLines = before.split("\n");
  const newLines = after.split("\n");
  for (const h of p.hunks) {
    for (const u of splitRuns(h)) {
      let o = u.oldStart - 1;
      let n = u.newStart - 1;
      let where = "";
      for (const l of u.lines) {
        if (l.startsWith("+")) {
          where = locationLabel(locateLine(newLines, n));
          break;
        }
        if (l.startsWith("-")) {
          where = locationLabel(locateLine(oldLines, o));
          break;
        }
        o++;
        n++;
      }
      const oldCount = u.lines.filter((l) => !l.startsWith("+") && !l.startsWith("\\")).length;
      const newCount = u.lines.filter((l) => !l.startsWith("-") && !l.startsWith("\\")).length;
      lines.push(`@@ -${u.oldStart},${oldCount} +${u.newStart},${newCount} @@${where ? ` ${where}` : ""}`);
      lines.push(...u.lines);
    }
  }
  return `${lines.join("\n")}
`;
}
function unchangedClusterPlan(spec, hidden) {
  return {
    name: spec.name,
    stage: spec.stage,
    file: spec.file,
    nodes: spec.nodes.map((n) => {
      const schematic = combineSchematic(
        [spec.schematic, spec.roleSchematics[n.role], n.schematic],
        spec.talosVersion
      );
      return {
        name: n.name,
        role: n.role,
        address: n.address,
        status: "unchanged",
        impacts: ["none"],
        reasons: [],
        diff: "",
        changedSecrets: [],
        ...schematicPlan(schematic, schematic)
      };
    }),
    hidden
  };
}

// src/plan/defaults.ts
var TALOS_VERSION = /^(talosVersion:[ \t]*)(\S+)/m;
async function defaultsLines(base, head, opts) {
  const out = /* @__PURE__ */ new Map();
  for (const h of head.clusters) {
    const b = base.clusters.find((c) => c.name === h.name);
    if (!b || b.talosVersion === h.talosVersion) continue;
    const text = opts.files.read(h.file);
    if (text === void 0 || !TALOS_VERSION.test(text)) continue;
    const files = overlayFiles(opts.files, {
      [h.file]: text.replace(TALOS_VERSION, (_m, key) => `${key}${b.talosVersion}`)
    });
    let older;
    try {
      const r = await renderFleet({ ...opts, files, clusters: [h.name], stages: void 0 });
      if (r.errors.length > 0) continue;
      older = r.fleet;
    } catch {
      continue;
    }
    const oc = older.clusters[0];
    if (!oc) continue;
    const lines = /* @__PURE__ */ new Map();
    for (const n of h.nodes) {
      const on = oc.nodes.find((x) => x.name === n.name);
      if (!on) continue;
      const a = reviewText(on.docs, { registry: opts.registry, contract: oc.contract }).text;
      const z = reviewText(n.docs, { registry: opts.registry, base: on.docs, contract: h.contract }).text;
      const images = [installerImageOf(on.docs), installerImageOf(n.docs)].filter((i) => !!i);
      const set = /* @__PURE__ */ new Set();
      for (const part of diffLines(a, z)) {
        if (!part.added && !part.removed) continue;
        const sign = part.added ? "+" : "-";
        for (const l of part.value.replace(/\n$/, "").split("\n"))
          if (!images.some((i) => l.includes(i))) set.add(`${sign}${l}`);
      }
      lines.set(n.name, set);
    }
    out.set(h.name, { from: b.talosVersion, to: h.talosVersion, lines });
  }
  return out;
}
var MAX_LINES = 8;
function markDefaults(plan, change) {
  if (!change) return;
  for (const n of plan.nodes) {
    const set = change.lines.get(n.name);
    if (!set || !n.diff) continue;
    const lines = n.diff.split("\n").filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l) && set.has(l)).map((l) => `${l[0]} ${l.slice(1).trim()}`);
    if (lines.length === 0) continue;
    const more = lines.length > MAX_LINES ? [`… and ${lines.length - MAX_LINES} more lines`] : [];
    n.fromDefaults = [`Talos ${change.to}`, ...lines.slice(0, MAX_LINES), ...more];
  }
}

// src/plan/inputs.ts
function clusterInputs(cluster, files, parsed) {
  const out = [cluster.file];
  try {
    let spec = parsed;
    if (!spec) {
      const text = files.read(cluster.file);
      if (text === void 0) return out;
      spec = parseClusterFile(text, cluster.file, cluster.dir);
    }
    if (spec.secrets) out.push(repoPath(spec.dir, spec.secrets.path));
    for (const b of Object.values(spec.base ?? {})) out.push(repoPath(spec.dir, b.path));
  } catch {
  }
  return out;
}
function nodeInputs(node, shared) {
  return [.../* @__PURE__ */ new Set([...shared, ...node.patches.map((p) => p.file)])];
}
function changedInputFiles(baseFiles, headFiles, base, head, parsed) {
  const readers = /* @__PURE__ */ new Map();
  const note = (fleet, files, known) => {
    for (const c of fleet.clusters) {
      const shared = clusterInputs(c, files, known?.get(c.dir));
      for (const n of c.nodes) {
        for (const f of nodeInputs(n, shared)) {
          const m = readers.get(f) ?? /* @__PURE__ */ new Map();
          m.set(`${c.name}\0${n.name}`, { cluster: c.name, node: n.name });
          readers.set(f, m);
        }
      }
    }
  };
  note(head, headFiles, parsed?.head);
  note(
    {
      ...base,
      clusters: base.clusters.map((c) => {
        const h = head.clusters.find((x) => x.name === c.name);
        return { ...c, nodes: c.nodes.filter((n) => !h?.nodes.some((x) => x.name === n.name)) };
      })
    },
    baseFiles,
    parsed?.base
  );
  const out = [];
  const read = (files, file) => {
    try {
      return files.read(file);
    } catch {
      return void 0;
    }
  };
  for (const [file, nodes] of [...readers].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (read(baseFiles, file) === read(headFiles, file)) continue;
    out.push({ file, nodes: [...nodes.values()] });
  }
  return out;
}

// src/plan/unchanged.ts
var AGE_RECIPIENT = /age1[02-9ac-hj-np-z]{58}/g;
function opens(files, path, identities) {
  const named = (files.read(path) ?? "").match(AGE_RECIPIENT) ?? [];
  return identities.some((i) => named.includes(i.recipient));
}
function failsOnSecrets(inputs, files, opts) {
  return encryptedInputs(inputs).some(
    ({ path, kind }) => opts.identities.length > 0 ? !opens(files, path, opts.identities) : !opts.allowMissingSecrets || kind !== "secrets bundle" && kind !== "patch"
  );
}
function unchangedHidden(inputs, opts) {
  if (opts.identities.length > 0 || !opts.allowMissingSecrets) return [];
  return [...new Set(encryptedInputs(inputs).map(({ path, kind }) => hiddenNote(path, kind)))];
}
function specFacts(spec) {
  return {
    name: spec.name,
    waivers: spec.waivers,
    nodes: spec.nodes.map((n) => ({
      name: n.name,
      address: n.address,
      at: {
        cluster: spec.name,
        node: n.name,
        ...n.source.file ? { file: n.source.file } : {},
        ...n.source.line ? { line: n.source.line } : {}
      }
    }))
  };
}
var IPV4 = /\d{1,3}(?:\.\d{1,3}){3}/g;
var IPV6 = /[0-9A-Fa-f]*:[0-9A-Fa-f:.]*[0-9A-Fa-f]/g;
function addressesIn(text) {
  const out = /* @__PURE__ */ new Set();
  for (const re of [IPV4, IPV6])
    for (const m of text.matchAll(re)) {
      const a = normalizeAddr(m[0]);
      if (a) out.add(a);
    }
  return out;
}
function addressSource(path, f) {
  if (f.id === void 0 || f.kind === "secrets bundle") return "none";
  return isSopsPath(path) ? "hidden" : "text";
}
var plainInputs = (inputs) => [...inputs.files].flatMap(([path, f]) => addressSource(path, f) === "text" ? [path] : []);
function mayHold(inputs, files, addresses, v4, holders) {
  if (addresses.size === 0) return false;
  for (const [path, f] of inputs.files) {
    const source = addressSource(path, f);
    if (source === "none") continue;
    if (source === "hidden") return true;
    if (holders && !holders.has(path)) continue;
    const text = files.read(path) ?? "";
    if (v4 && !v4.some((a) => text.includes(a))) continue;
    for (const a of addressesIn(text)) if (addresses.has(a)) return true;
  }
  return false;
}
async function validationScope(args) {
  const rendered = new Map(args.head.fleet.clusters.map((c) => [c.dir, c]));
  const addresses = /* @__PURE__ */ new Set();
  for (const { inputs, replanned } of args.fleet) {
    const c = replanned ? rendered.get(inputs.dir) : void 0;
    for (const n of c ? clusterFacts(c).nodes : [])
      for (const a of n.staticAddresses ?? []) addresses.add(normalizeAddr(a.ip) ?? a.ip);
  }
  const v4 = [...addresses].every((a) => !a.includes(":")) ? [...addresses] : void 0;
  const unscanned = args.fleet.filter((c) => !c.replanned && !rendered.has(c.inputs.dir));
  const holders = v4?.length && args.files.holding ? args.files.holding([...new Set(unscanned.flatMap((c) => plainInputs(c.inputs)))], v4) : void 0;
  const others = [];
  for (const { inputs, replanned } of args.fleet) {
    if (replanned) continue;
    let c = rendered.get(inputs.dir);
    if (!c && mayHold(inputs, args.files, addresses, v4, holders)) c = await args.render(inputs);
    others.push(c ? clusterFacts(c) : specFacts(inputs.spec));
  }
  return { others, order: args.fleet.map((c) => c.inputs.spec.name) };
}

// src/plan/plan.ts
async function renderInto(into, inputs, opts, cache, reuse) {
  try {
    into.fleet.clusters.push(await renderClusterInputs(inputs, opts, cache, reuse));
  } catch (e) {
    into.errors.push(renderFailure(inputs.spec.name, inputs.file, e));
  }
}
function samePolicies(base, head, dir) {
  const b = repoPolicyPaths(base, dir);
  const h = repoPolicyPaths(head, dir);
  return b.length === h.length && b.every((p, i) => p === h[i] && base.contentId(p) === head.contentId(p));
}
async function planChange(opts) {
  const clustersDir = opts.clustersDir ?? "clusters";
  const passes = (c) => (!opts.clusters?.length || opts.clusters.includes(c.name)) && (!opts.stages?.length || opts.stages.includes(c.stage));
  const common = {
    identities: opts.identities,
    registry: opts.registry,
    clustersDir,
    allowMissingSecrets: opts.allowMissingSecrets ?? true
  };
  const baseOpts = { ...common, files: opts.base };
  const headOpts = { ...common, files: opts.head };
  const base = { fleet: { root: opts.base.label, clusters: [] }, errors: [] };
  const head = { fleet: { root: opts.head.label, clusters: [] }, errors: [] };
  const cache = renderCache();
  const policiesChanged = !samePolicies(opts.base, opts.head, opts.policiesDir ?? "policies");
  const headFolders = new Map(clusterFolders(opts.head, clustersDir).map((f) => [f.dir, f]));
  const baseFolders = new Map(clusterFolders(opts.base, clustersDir).map((f) => [f.dir, f]));
  const headSeen = /* @__PURE__ */ new Map();
  const baseSeen = /* @__PURE__ */ new Map();
  const named = (side, seen) => {
    const twin = side?.inputs && sameName(seen, side.inputs);
    return twin ? { error: twin } : side;
  };
  const fleet = [];
  const baseParsed = /* @__PURE__ */ new Map();
  const headParsed = /* @__PURE__ */ new Map();
  const sides = [.../* @__PURE__ */ new Set([...headFolders.keys(), ...baseFolders.keys()])].sort().map((dir) => {
    const hf = headFolders.get(dir);
    const bf = baseFolders.get(dir);
    const h = named(hf ? loadFolder(opts.head, hf) : void 0, headSeen);
    if (h?.inputs) headParsed.set(dir, h.inputs.spec);
    const loaded = bf ? loadFolder(opts.base, bf, h?.inputs) : void 0;
    if (loaded?.inputs) baseParsed.set(dir, loaded.inputs.spec);
    const b = named(loaded, baseSeen);
    return { dir, h, b };
  });
  const failed = new Set(sides.flatMap(({ h, b }) => [h?.error?.cluster, b?.error?.cluster]));
  const toRender = [];
  for (const side of sides) {
    const { h, b } = side;
    const same = !policiesChanged && !!h?.inputs && !!b?.inputs && !failed.has(h.inputs.spec.name) && sameInputs(h.inputs, b.inputs) && !failsOnSecrets(h.inputs, opts.head, common);
    if (h?.inputs && passes(h.inputs.spec)) fleet.push({ inputs: h.inputs, replanned: !same });
    if (!same || opts.full) toRender.push(side);
  }
  const sameAtHead = (h, b) => {
    if (opts.full) return void 0;
    const from = h && head.fleet.clusters.find((c) => c.dir === h.dir);
    if (!h || !from || from.hidden.length > 0) return void 0;
    const nodes = unchangedNodes(h, b);
    return nodes.size > 0 ? { from, nodes } : void 0;
  };
  const inputsOf = (side) => toRender.flatMap(
    (s) => s[side]?.inputs && passes(s[side].inputs.spec) ? [...s[side].inputs.files.keys()] : []
  );
  opts.base.prefetch?.(inputsOf("b"));
  opts.head.prefetch?.(inputsOf("h"));
  for (const { h, b } of toRender) {
    if (h?.error) head.errors.push(h.error);
    else if (h?.inputs && passes(h.inputs.spec)) await renderInto(head, h.inputs, headOpts, cache);
    if (b?.error) base.errors.push(b.error);
    else if (b?.inputs && passes(b.inputs.spec))
      await renderInto(base, b.inputs, baseOpts, cache, sameAtHead(h?.inputs, b.inputs));
  }
  const unchanged = new Map(
    fleet.filter((c) => !c.replanned && !opts.full).map((c) => [c.inputs.spec.name, c.inputs])
  );
  for (const name of opts.clusters ?? []) {
    const known = (c) => c.name === name;
    const rendered = head.fleet.clusters.some(known) || head.errors.some((e) => e.cluster === name);
    if (!rendered && !unchanged.has(name)) {
      head.errors.push({
        cluster: name,
        file: clustersDir,
        error: new TalosGitopsError(`no cluster named ${JSON.stringify(name)} in ${clustersDir}/`)
      });
    }
  }
  const findings = [];
  const judge = opts.judge?.(opts.base, opts.head, baseParsed);
  const validate = judge?.validate ?? opts.validate;
  if (validate) {
    const replanned = new Set(fleet.filter((c) => c.replanned).map((c) => c.inputs.dir));
    const scope = await validationScope({
      fleet,
      head,
      files: opts.head,
      render: async (inputs) => {
        const one = { fleet: { root: opts.head.label, clusters: [] }, errors: [] };
        await renderInto(one, inputs, headOpts, cache);
        return one.fleet.clusters[0];
      }
    });
    const validated = {
      ...head.fleet,
      clusters: [...head.fleet.clusters.filter((c) => replanned.has(c.dir)), ...partialClusters(head.errors)]
    };
    findings.push(...await validate(validated, scope));
  }
  const defaults = await defaultsLines(base.fleet, head.fleet, { ...headOpts, registry: opts.registry });
  const names = /* @__PURE__ */ new Set([
    ...head.fleet.clusters.map((c) => c.name),
    ...head.errors.map((e) => e.cluster),
    ...base.fleet.clusters.map((c) => c.name),
    ...unchanged.keys()
  ]);
  const clusters = [];
  for (const name of [...names].sort()) {
    const b = base.fleet.clusters.find((c) => c.name === name);
    const h = head.fleet.clusters.find((c) => c.name === name);
    const headError = head.errors.find((e) => e.cluster === name);
    const baseError = base.errors.find((e) => e.cluster === name);
    const same = unchanged.get(name);
    if (same && !b && !h && !headError) {
      clusters.push(unchangedClusterPlan(same.spec, unchangedHidden(same, common)));
    } else {
      const plan2 = planCluster(name, b, h, headError, baseError, opts.registry);
      markDefaults(plan2, defaults.get(name));
      clusters.push(plan2);
    }
  }
  findings.push(
    ...changeFindings(clusters, base.fleet, judge ? judge.judged(head.fleet) : head.fleet, findings)
  );
  for (const f of renderErrorFindings(head.errors))
    findings.push({ ...f, message: opts.registry.redact(f.message) });
  const plan = {
    base: opts.base.label,
    head: opts.head.label,
    clusters,
    findings,
    hasChanges: clusters.some((c) => c.nodes.some((n) => n.status !== "unchanged")),
    // every file that changed is read by a re-planned cluster: those are the renders to look in
    changedFiles: changedInputFiles(opts.base, opts.head, base.fleet, head.fleet, {
      base: baseParsed,
      head: headParsed
    })
  };
  const checks = judge?.changes(findings);
  if (checks) plan.checks = checks;
  return { plan, base: base.fleet, head: head.fleet };
}
var ROTATION = "a CA cannot be replaced by applying a new config: nodes and clients would stop trusting each other. Use Talos's CA-rotation procedure (talosctl rotate-ca), which rolls the new CA out alongside the old one";
function changeFindings(clusters, baseFleet, headFleet, validation) {
  const out = [];
  for (const c of clusters) {
    const h = headFleet.clusters.find((x) => x.name === c.name);
    if (!h) continue;
    const b = baseFleet.clusters.find((x) => x.name === c.name);
    for (const n of c.nodes) {
      const hn = h.nodes.find((x) => x.name === n.name);
      if (!hn) continue;
      if (n.changedCas?.length) {
        const what = n.changedCas.join(", ");
        out.push({
          rule: "plan/ca-rotation",
          severity: "error",
          message: `the ${what} ${n.changedCas.length === 1 ? "changes" : "change"}: ${ROTATION}`,
          cluster: c.name,
          node: n.name,
          file: h.file,
          ...h.fieldLines.secrets ? { line: h.fieldLines.secrets } : {}
        });
      }
      const bn = b?.nodes.find((x) => x.name === n.name);
      if (!bn || n.status !== "changed") continue;
      const problem = addressMove(bn, hn).problem;
      if (problem) {
        out.push({
          rule: "plan/address-move",
          severity: problem.severity,
          message: problem.message,
          cluster: c.name,
          node: n.name,
          file: hn.source.file,
          ...hn.source.line ? { line: hn.source.line } : {}
        });
      }
    }
  }
  const used = markWaived(out, headFleet, /* @__PURE__ */ new Date());
  for (let i = validation.length - 1; i >= 0; i--) {
    const f = validation[i];
    if (f.rule !== "waiver/unused") continue;
    if (used.some((w) => w.source.file === f.file && w.source.line === f.line)) validation.splice(i, 1);
  }
  return out;
}
async function planRepo(opts) {
  return planChange({
    ...opts,
    base: gitRefFiles(opts.root, opts.baseRef),
    head: opts.headRef ? gitRefFiles(opts.root, opts.headRef) : workTreeFiles(opts.root)
  });
}

export {
  reviewText,
  predictImpact,
  unifiedDiff,
  planChange,
  planRepo
};
