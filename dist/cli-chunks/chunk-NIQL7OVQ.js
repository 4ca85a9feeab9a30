import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  exitCodeFor,
  findDeprecated,
  finishResult,
  plainFromYaml,
  pointerSeg,
  summarize,
  validateDocuments,
  validatePlainDocument
} from "./chunk-WPVCXFWV.js";
import {
  place
} from "./chunk-MC7OEDPC.js";
import {
  SecretRegistry,
  formatPath,
  registerSecretPaths
} from "./chunk-BEKQC6IL.js";
import {
  ConfigDecodeError,
  classifyDocument,
  loadConfig,
  parseYamlDocuments
} from "./chunk-N2UEE4T7.js";
import {
  SEVERITY_ORDER
} from "./chunk-MAIXELVJ.js";
import {
  NEWEST_CONTRACT,
  contractForVersion,
  newerVersionMessage
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";

// src/validate/config-text.ts
function decodeRule(message) {
  if (/^(duplicate|conflicting)/.test(message)) return "talos/conflicting-documents";
  if (/unknown field/.test(message)) return "schema/unknown-field";
  return "schema/decode";
}
function validateConfigText(text, file, contract, opts = {}) {
  const findings = [];
  const add = (rule, severity, message, line, path) => findings.push({ rule, severity, message, file, ...path ? { path } : {}, ...line ? { line } : {} });
  let docs;
  try {
    docs = parseYamlDocuments(text, file);
  } catch (e) {
    const err = e;
    add("schema/yaml", "error", err.message, err.line);
    return finishResult(findings, opts);
  }
  for (const yd of docs) {
    const root = yd.root;
    if (!root || root.t === "scalar" && ["", "~", "null"].includes(root.text)) continue;
    if (root.t !== "map") {
      add("schema/invalid", "error", "a config document must be a mapping", yd.pos?.line);
      continue;
    }
    let kind;
    try {
      kind = classifyDocument(root, file, yd.pos?.line, contract);
    } catch (e) {
      const err = e;
      add("schema/unknown-kind", "error", err.message, err.line);
      continue;
    }
    const plain = plainFromYaml(root);
    const label = kind.def.named ? `${kind.kind}/${kind.name ?? ""}` : kind.kind;
    const prefix = kind.kind === "v1alpha1" ? "" : `${label}.`;
    for (const i of validatePlainDocument(kind.def, contract, plain)) {
      const path = formatPath(i.segs);
      add(i.rule, i.severity, i.message, i.line ?? yd.pos?.line, path ? prefix + path : label);
    }
    for (const d of findDeprecated(plain.value, kind.def.type, contract)) {
      const ptr = d.segs.map((s) => `/${pointerSeg(s)}`).join("");
      add(
        "schema/deprecated",
        "notice",
        d.message,
        plain.keys.get(ptr)?.pos?.line,
        prefix + formatPath(d.segs)
      );
    }
  }
  if (!findings.some((f) => f.severity === "error")) {
    try {
      const decoded = loadConfig(text, file, contract);
      for (const issue of validateDocuments(decoded, contract, opts)) findings.push(place(issue, { file }));
    } catch (e) {
      if (e instanceof ConfigDecodeError)
        for (const i of e.issues) add(i.rule ?? decodeRule(i.message), "error", i.message, i.line, i.field);
      else if (e instanceof TalosGitopsError) add(decodeRule(e.message), "error", e.message, e.line, e.field);
      else throw e;
    }
  }
  return finishResult(findings, opts);
}
function validateConfigFile(text, file, opts = {}) {
  const version = opts.talosVersion;
  const resolved = version ? contractForVersion(version) : { contract: NEWEST_CONTRACT };
  if (!resolved)
    throw new TalosGitopsError(
      `unsupported Talos version ${version}: the oldest version contract is 1.10 (supported: 1.10 to ${NEWEST_CONTRACT} and newer)`
    );
  const result = validateConfigText(text, file, resolved.contract, opts);
  const findings = [...result.findings];
  if (resolved.newerThanKnown)
    findings.unshift({
      rule: "talos/newer-version",
      severity: "warning",
      message: newerVersionMessage(version),
      file
    });
  const registry = new SecretRegistry();
  try {
    registerSecretPaths(loadConfig(text, file, resolved.contract), registry);
  } catch {
  }
  return finishResult(findings, { ...opts, redact: (t) => registry.redact(t) });
}

// src/validate/format/json.ts
function jsonFinding(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    cluster: f.cluster ?? null,
    node: f.node ?? null,
    path: f.path ?? null,
    file: f.file ?? null,
    line: f.line ?? null,
    waived: !!f.waived,
    waiver: f.waived ? { reason: f.waived.reason, expires: f.waived.expires ?? null, source: f.waived.source } : null
  };
}
function formatJson(findings, summary, exitCode) {
  return `${JSON.stringify({ findings: findings.map(jsonFinding), summary, exitCode }, null, 2)}
`;
}

// src/validate/format/sarif.ts
var LEVEL = {
  error: "error",
  warning: "warning",
  notice: "note"
};
function formatSarif(findings, rules, opts = {}) {
  const known = new Map(rules.map((r) => [r.id, r]));
  for (const f of findings)
    if (!known.has(f.rule)) known.set(f.rule, { id: f.rule, severity: f.severity, description: f.rule });
  const ids = [...known.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const sarifRules = ids.map((id) => {
    const r = known.get(id);
    return {
      id,
      name: id.replace(/[/-](\w)/g, (_m, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
      shortDescription: { text: r.description },
      fullDescription: { text: r.rationale ?? r.description },
      help: { text: r.rationale ? `${r.description}. ${r.rationale}` : r.description },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { tags: [id.split("/")[0]] }
    };
  });
  const results = findings.map((f) => {
    const logical = [f.cluster, f.node].filter(Boolean).join("/") + (f.path ? `:${f.path}` : "");
    const result = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: LEVEL[f.severity],
      message: {
        text: f.node ? `${f.message} (node ${f.node}${f.cluster ? `, cluster ${f.cluster}` : ""})` : f.message
      }
    };
    const locations = [];
    if (f.file) {
      locations.push({
        physicalLocation: {
          artifactLocation: {
            uri: f.file.split("/").map(encodeURIComponent).join("/"),
            uriBaseId: "%SRCROOT%"
          },
          ...f.line ? { region: { startLine: f.line } } : {}
        },
        ...logical ? { logicalLocations: [{ fullyQualifiedName: logical, kind: "member" }] } : {}
      });
    }
    if (locations.length > 0) result.locations = locations;
    result.partialFingerprints = {
      "talosGitops/v1": [f.rule, f.cluster, f.node, f.path, f.message].join("|")
    };
    if (f.waived)
      result.suppressions = [
        { kind: "external", status: "accepted", justification: `${f.waived.reason} (${f.waived.source})` }
      ];
    return result;
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "talos-gitops",
            informationUri: opts.informationUri ?? "https://github.com/talos-gitops/talos-gitops",
            ...opts.toolVersion ? { version: opts.toolVersion } : {},
            rules: sarifRules
          }
        },
        results
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/validate/format/text.ts
var LABEL = { error: "error  ", warning: "warning", notice: "notice " };
function location(f) {
  if (!f.file) return "";
  return `${f.file}${f.line ? `:${f.line}` : ""}`;
}
function entry(f) {
  const lines = [`    ${LABEL[f.severity]} ${f.rule}  ${f.message}`];
  const where = [location(f), f.path].filter(Boolean).join("  ");
  if (where) lines.push(`            ${where}`);
  if (f.waived)
    lines.push(
      `            waived: ${f.waived.reason} (${f.waived.source}${f.waived.expires ? `, until ${f.waived.expires}` : ""})`
    );
  return lines;
}
function signature(f) {
  return [f.rule, f.severity, f.message, f.file, f.line, f.path, f.waived?.source].join("\0");
}
function summaryLine(s) {
  const part = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const scope = s.nodes > 0 ? ` in ${part(s.clusters, "cluster")}, ${part(s.nodes, "node")}` : "";
  return `${part(s.errors, "error")}, ${part(s.warnings, "warning")}, ${part(s.notices, "notice")}${s.waived ? ` (${s.waived} waived)` : ""}${scope}`;
}
function formatText(findings, summary) {
  const out = [];
  const byCluster = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const k = f.cluster ?? "";
    byCluster.set(k, [...byCluster.get(k) ?? [], f]);
  }
  for (const [cluster, list] of byCluster) {
    out.push(cluster ? `cluster ${cluster}` : "repository");
    const groups = /* @__PURE__ */ new Map();
    for (const f of list) {
      const sig = signature(f);
      const g = groups.get(sig);
      if (g) {
        if (f.node && !g.nodes.includes(f.node)) g.nodes.push(f.node);
      } else groups.set(sig, { finding: f, nodes: f.node ? [f.node] : [] });
    }
    const byNodes = /* @__PURE__ */ new Map();
    for (const g of groups.values()) {
      const k = g.nodes.join(", ");
      const e = byNodes.get(k) ?? { nodes: g.nodes, findings: [] };
      e.findings.push(g.finding);
      byNodes.set(k, e);
    }
    const order = /* @__PURE__ */ new Map();
    for (const f of list) if (f.node && !order.has(f.node)) order.set(f.node, order.size);
    const sections = [...byNodes.values()].sort(
      (a, b) => (a.nodes.length === 0 ? 1 : 0) - (b.nodes.length === 0 ? 1 : 0) || b.nodes.length - a.nodes.length || (order.get(a.nodes[0]) ?? 0) - (order.get(b.nodes[0]) ?? 0)
    );
    for (const { nodes, findings: fs } of sections) {
      if (cluster)
        out.push(
          nodes.length === 0 ? "  cluster-wide" : `  ${nodes.length > 1 ? "nodes" : "node"} ${nodes.join(", ")}`
        );
      fs.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
      for (const f of fs) out.push(...entry(f));
    }
    out.push("");
  }
  out.push(findings.length === 0 ? "no findings" : summaryLine(summary));
  return `${out.join("\n")}
`;
}

// src/validate/format/index.ts
function formatFindings(findings, format, opts = {}) {
  const summary = opts.summary ?? summarize(findings);
  switch (format) {
    case "text":
      return formatText(findings, summary);
    case "json":
      return formatJson(findings, summary, opts.exitCode ?? exitCodeFor(findings));
    case "sarif":
      return formatSarif(findings, opts.rules ?? [], { toolVersion: opts.toolVersion });
  }
}

export {
  validateConfigFile,
  formatFindings
};
