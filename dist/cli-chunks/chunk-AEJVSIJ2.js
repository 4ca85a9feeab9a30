import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  mdCode,
  mdText,
  nameList,
  naturalCompare,
  plural
} from "./chunk-JFQZRN54.js";
import {
  SEVERITY_ORDER
} from "./chunk-MAIXELVJ.js";

// src/plan/checks-section.ts
var CHECK_ITEMS = 25;
var REASON_CHARS = 120;
var MD = { text: mdText, code: mdCode, strong: (s) => `**${s}**` };
var PLAIN = { text: (s) => s, code: (s) => s, strong: (s) => s };
var at = (file, line) => `${file}${line ? `:${line}` : ""}`;
var findings = (n) => plural(n, "finding");
var packList = (packs, st) => packs.length ? packs.map(st.code).join(", ") : st.text("none");
var clip = (s) => s.length > REASON_CHARS ? `${s.slice(0, REASON_CHARS)}…` : s;
var nodesOf = (nodes, st) => nodes.length === 0 || nodes.includes("*") ? "every node" : nameList(nodes, 8, st.code);
function effect(e, nowWord, mergedWord) {
  return `${nowWord} ${findings(e.now)} in this plan; ${mergedWord} ${findings(e.merged)} from the merge on`;
}
function items(checks, st) {
  const out = [];
  for (const r of checks.rules) {
    const rule = `rule ${st.code(r.id)} (${r.severity})`;
    const where = st.code(at(r.file, r.line));
    if (r.change === "removed")
      out.push(
        `${st.strong("removed")} ${rule} (${where} at the base): it still judges this plan (${findings(r.now)}); from the merge on it judges nothing`
      );
    else if (r.change === "added")
      out.push(
        `${st.strong("new")} ${rule} at ${where}: judges from the merge on (${findings(r.merged)} then)`
      );
    else
      out.push(
        `${st.strong("changed")} ${rule} at ${where}: the base's version judges this plan (${effect(r, "reports", "the new one reports")})`
      );
  }
  for (const p of checks.packs) {
    const where = st.code(at(p.file, p.line));
    if (p.newCluster)
      out.push(
        `${st.strong("new cluster")} ${st.text(p.cluster)} asks for packs ${packList(p.after, st)} (${where}): it is judged by the default packs ${packList(p.before, st)} until the merge (${effect(p, "their", "its own packs add")})`
      );
    else {
      const dropped = p.before.filter((x) => !p.after.includes(x));
      const added = p.after.filter((x) => !p.before.includes(x));
      const said = [
        dropped.length ? `${packList(dropped, st)} still judges this plan (${findings(p.now)})` : "",
        added.length ? `${packList(added, st)} judges from the merge on (${findings(p.merged)} then)` : ""
      ].filter(Boolean);
      out.push(
        `${st.strong("packs")} of cluster ${st.text(p.cluster)}: ${packList(p.before, st)} → ${packList(p.after, st)} (${where}): ${said.join("; ")}`
      );
    }
  }
  for (const w of checks.waivers) {
    const what = `waiver of ${st.code(w.policy)} on ${nodesOf(w.nodes, st)} in ${st.text(w.cluster)}`;
    const until = w.expires ? `, until ${st.text(w.expires)}` : "";
    const reason = `"${st.text(clip(w.reason))}"${until}`;
    if (w.change === "added")
      out.push(
        `${st.strong("new")} ${what} (${st.code(at(w.file, w.line))}, ${reason}): waives nothing in this plan; from the merge on it would waive ${findings(w.merged)}`
      );
    else if (w.change === "removed")
      out.push(
        `${st.strong("removed")} ${what} (${st.code(at(w.file, w.baseLine ?? w.line))} at the base, ${reason}): it still waives ${findings(w.now)} in this plan`
      );
    else {
      const b = w.before;
      const was = `was on ${nodesOf(b.nodes, st)}, "${st.text(clip(b.reason))}"${b.expires ? `, until ${st.text(b.expires)}` : ""}`;
      out.push(
        `${st.strong("changed")} ${what} at ${st.code(at(w.file, w.line))} (${reason}; ${was}): the base's version judges this plan (${effect(w, "it waives", "the new one would waive")})`
      );
    }
  }
  for (const b of checks.baseInvalid) {
    out.push(
      `policy file ${st.code(b.file)} is invalid at the base, so its rules judge nothing in this plan` + (b.fixed ? "; this change makes it valid: its rules judge from the merge on" : "")
    );
  }
  return out;
}
function bounded(list) {
  return { shown: list.slice(0, CHECK_ITEMS), more: Math.max(0, list.length - CHECK_ITEMS) };
}
var LEAD = "it is judged by the base's policies, packs and waivers; what it changes in them counts from the merge on";
function checksSection(checks, elsewhere) {
  if (!checks) return "";
  const { shown, more } = bounded(items(checks, MD));
  const lines = ["> [!IMPORTANT]", `> **This pull request changes its own checks:** ${LEAD}.`, ">"];
  for (const s of shown) lines.push(`> - ${s}`);
  if (more) lines.push(`> - _… and ${plural(more, "more change")}: see ${elsewhere}._`);
  return `${lines.join("\n")}

`;
}
function checksLines(checks) {
  if (!checks) return [];
  const { shown, more } = bounded(items(checks, PLAIN));
  return [
    `This change changes its own checks: ${LEAD}.`,
    ...shown.map((s) => `  - ${s}`),
    ...more ? [`  - … and ${plural(more, "more change")} (see --format json)`] : []
  ];
}
function redactChecks(c, r) {
  const file = (x) => ({ ...x, file: r(x.file) });
  return {
    rules: c.rules.map((x) => ({ ...file(x), id: r(x.id) })),
    packs: c.packs.map((x) => ({
      ...file(x),
      cluster: r(x.cluster),
      before: x.before.map(r),
      after: x.after.map(r)
    })),
    waivers: c.waivers.map((x) => ({
      ...file(x),
      cluster: r(x.cluster),
      policy: r(x.policy),
      nodes: x.nodes.map(r),
      reason: r(x.reason),
      ...x.expires !== void 0 ? { expires: r(x.expires) } : {},
      ...x.before ? {
        before: {
          nodes: x.before.nodes.map(r),
          reason: r(x.before.reason),
          ...x.before.expires !== void 0 ? { expires: r(x.before.expires) } : {}
        }
      } : {}
    })),
    baseInvalid: c.baseInvalid.map(file)
  };
}

// src/plan/facts.ts
var PRIMARY_RANK = {
  none: 0,
  live: 1,
  reboot: 2,
  address: 3,
  "talos-upgrade": 4
};
function primaryImpact(node) {
  let best = "none";
  for (const i of node.impacts) {
    if (i === "kubernetes-upgrade") continue;
    if (PRIMARY_RANK[i] > PRIMARY_RANK[best]) best = i;
  }
  if (best === "none" && node.status === "changed" && !node.impacts.includes("kubernetes-upgrade")) {
    return "live";
  }
  return best;
}
var isChanged = (n) => n.status !== "unchanged";
function impactCounts(nodes) {
  const c = {
    ca: 0,
    "talos-upgrade": 0,
    address: 0,
    reboot: 0,
    live: 0,
    "kubernetes-upgrade": 0
  };
  for (const n of nodes) {
    if (!isChanged(n)) continue;
    const p = primaryImpact(n);
    if (p !== "none") c[p]++;
    if (n.impacts.includes("kubernetes-upgrade")) c["kubernetes-upgrade"]++;
    if (n.changedCas?.length) c.ca++;
  }
  return c;
}
var IMPACT_SHORT = {
  ca: "CA change",
  "talos-upgrade": "Talos upgrade",
  address: "address change",
  reboot: "reboot",
  live: "live",
  "kubernetes-upgrade": "Kubernetes upgrade"
};
function impactSummary(c) {
  const order = ["ca", "talos-upgrade", "address", "reboot", "live", "kubernetes-upgrade"];
  return order.filter((k) => c[k] > 0).map((k) => `${c[k]} ${IMPACT_SHORT[k]}`).join(", ");
}
var IMPACT_PHRASE = {
  none: "no change",
  live: "applies live",
  reboot: "needs a reboot",
  address: "moves to a new address",
  "talos-upgrade": "needs a Talos upgrade",
  "kubernetes-upgrade": "Kubernetes upgrade"
};
function impactPhrases(n) {
  const out = [];
  if (n.status === "added") out.push("new node");
  if (n.status === "removed") out.push("removed (left running, no longer managed)");
  if (n.changedCas?.length) out.push("replaces a CA: needs a CA rotation");
  const has = (i) => n.impacts.includes(i);
  if (has("talos-upgrade")) out.push(IMPACT_PHRASE["talos-upgrade"]);
  if (has("kubernetes-upgrade")) out.push(IMPACT_PHRASE["kubernetes-upgrade"]);
  if (n.move) out.push(`moves ${n.move.from} → ${n.move.to}`);
  if (has("reboot")) out.push(IMPACT_PHRASE.reboot);
  if (n.changedSecrets.length > 0 && !n.changedCas?.length) out.push("secrets change");
  const disruptive = has("talos-upgrade") || has("reboot");
  if (!disruptive && n.status === "changed" && (has("live") || out.length === 0))
    out.push(IMPACT_PHRASE.live);
  return out;
}
function riskRank(n) {
  if (n.changedCas?.length) return 8;
  if (n.impacts.includes("talos-upgrade")) return 7;
  if (n.impacts.includes("kubernetes-upgrade")) return 6;
  if (n.impacts.includes("address")) return 5;
  if (n.impacts.includes("reboot")) return 4;
  if (n.status === "added" || n.status === "removed") return 3;
  if (n.changedSecrets.length > 0) return 2;
  return 1;
}
var RISK_LABEL = {
  8: "CA change",
  7: "needs a Talos upgrade",
  6: "Kubernetes upgrade",
  5: "moves to a new address",
  4: "needs a reboot",
  3: "new or removed",
  2: "secrets change",
  1: "applies live"
};
var OPEN_RISK = 2;
function severityCounts(findings2) {
  const c = { error: 0, warning: 0, notice: 0, waived: 0 };
  for (const f of findings2) {
    if (f.waived) c.waived++;
    else c[f.severity]++;
  }
  return c;
}
function severitySummary(c) {
  const parts = [];
  if (c.error) parts.push(`${c.error} ${c.error === 1 ? "error" : "errors"}`);
  if (c.warning) parts.push(`${c.warning} ${c.warning === 1 ? "warning" : "warnings"}`);
  if (c.notice) parts.push(`${c.notice} ${c.notice === 1 ? "notice" : "notices"}`);
  if (c.waived) parts.push(`${c.waived} waived`);
  return parts.join(", ");
}
function renderErrorFindings(plan) {
  const reported = (c) => (plan.findings ?? []).some(
    (f) => f.cluster === c.name && (f.rule.startsWith("render/") || c.error?.side === "head" && f.file === (c.error.file ?? c.file) && f.line === c.error.line)
  );
  const out = [];
  for (const c of plan.clusters) {
    if (!c.error || reported(c)) continue;
    const side = c.error.side === "head" ? "at the head" : "at the base";
    out.push({
      rule: c.error.side === "head" ? "render/head-failed" : "render/base-failed",
      severity: c.error.side === "head" ? "error" : "warning",
      message: `cluster ${c.name} could not be rendered ${side}: ${c.error.message}`,
      cluster: c.name,
      file: c.error.file ?? c.file,
      ...c.error.line !== void 0 ? { line: c.error.line } : {}
    });
  }
  return out;
}
function allFindings(plan) {
  return [...renderErrorFindings(plan), ...plan.findings];
}
function diffBody(diff) {
  const text = diff.replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.startsWith("@@"));
  if (first < 0) {
    return /^(Index: |={3,}|--- |\+\+\+ )/.test(text) ? "" : text.replace(/\n+$/, "");
  }
  return lines.slice(first).join("\n").replace(/\n+$/, "");
}
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@ ?(.*)$/;
function splitHunks(body) {
  const out = [];
  let cur;
  const flush = () => {
    if (!cur) return;
    const header = cur[0];
    const location = HUNK_HEADER.exec(header)?.[1] ?? "";
    const changed = cur.slice(1).filter((l) => l.startsWith("+") || l.startsWith("-") || l.startsWith("\\")).join("\n");
    out.push({ header, location, text: cur.join("\n"), key: `${location}
${changed}` });
  };
  for (const l of body.split("\n")) {
    if (l.startsWith("@@")) {
      flush();
      cur = [l];
    } else if (cur) cur.push(l);
  }
  flush();
  return out;
}
function changeSignature(body) {
  return splitHunks(body).map((h) => h.key).join("\n\n");
}
function groupNodes(clusters) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of clusters) {
    for (const n of c.nodes) {
      if (!isChanged(n)) continue;
      const body = diffBody(n.diff);
      const key = JSON.stringify([
        n.status,
        changeSignature(body),
        n.impacts,
        n.reasons,
        n.changedSecrets,
        n.move ?? null,
        n.changedCas ?? []
      ]);
      const member = { ...n, cluster: c.name };
      const g = groups.get(key);
      if (g) {
        g.nodes.push(member);
        if (body !== g.diff) g.contextVaries = true;
        continue;
      }
      groups.set(key, {
        id: "",
        nodes: [member],
        status: n.status,
        impacts: [...n.impacts],
        primary: primaryImpact(n),
        risk: riskRank(n),
        reasons: [...n.reasons],
        changedSecrets: [...n.changedSecrets],
        ...n.move ? { move: n.move } : {},
        ...n.changedCas?.length ? { changedCas: [...n.changedCas] } : {},
        diff: body,
        hunks: splitHunks(body),
        contextVaries: false
      });
    }
  }
  const sorted = [...groups.values()].sort((a, b) => b.risk - a.risk);
  sorted.forEach((g, i) => {
    g.id = String(i);
  });
  return sorted;
}
function hunkUses(groups) {
  const uses = /* @__PURE__ */ new Map();
  for (const g of groups) {
    for (const h of g.hunks) {
      const u = uses.get(h.key) ?? { owner: g, nodes: 0, clusters: 0, names: /* @__PURE__ */ new Set() };
      u.nodes += g.nodes.length;
      for (const n of g.nodes) u.names.add(n.cluster);
      u.clusters = u.names.size;
      uses.set(h.key, u);
    }
  }
  return uses;
}

// src/plan/finding-groups.ts
function keyOf(f) {
  return JSON.stringify([
    f.rule,
    f.severity,
    f.message,
    f.file ?? null,
    f.line ?? null,
    f.path ?? null,
    f.waived ? [f.waived.reason, f.waived.expires ?? null, f.waived.source] : null
  ]);
}
function groupFindings(findings2) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings2) {
    const key = keyOf(f);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        findings: [],
        where: /* @__PURE__ */ new Map(),
        weight: 0,
        ...f.file !== void 0 ? { file: f.file } : {},
        ...f.line !== void 0 ? { line: f.line } : {},
        ...f.path !== void 0 ? { path: f.path } : {},
        ...f.waived ? { waived: f.waived } : {}
      };
      groups.set(key, g);
    }
    g.findings.push(f);
    if (f.cluster !== void 0) {
      const nodes = g.where.get(f.cluster) ?? [];
      if (f.node !== void 0 && !nodes.includes(f.node)) nodes.push(f.node);
      g.where.set(f.cluster, nodes);
    }
  }
  for (const g of groups.values()) {
    let nodes = 0;
    for (const list of g.where.values()) nodes += list.length;
    g.weight = Math.max(1, nodes);
  }
  return [...groups.values()].sort(compareImportance);
}
var cmp = (a, b) => a === b ? 0 : a === void 0 ? 1 : b === void 0 ? -1 : naturalCompare(a, b);
function compareImportance(a, b) {
  return Number(!!a.waived) - Number(!!b.waived) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || Number(!a.rule.startsWith("render/")) - Number(!b.rule.startsWith("render/")) || located(b) - located(a) || b.weight - a.weight || cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.rule, b.rule) || cmp(a.message, b.message) || cmp(a.key, b.key);
}
function located(g) {
  return g.file === void 0 ? 0 : g.line === void 0 ? 1 : 2;
}

// src/plan/view.ts
var redactNode = (n, r) => ({
  ...n,
  name: r(n.name),
  address: r(n.address),
  reasons: n.reasons.map(r),
  diff: r(n.diff),
  changedSecrets: n.changedSecrets.map(r),
  ...n.move ? { move: { from: r(n.move.from), to: r(n.move.to) } } : {},
  ...n.changedCas ? { changedCas: n.changedCas.map(r) } : {},
  ...n.fromDefaults ? { fromDefaults: n.fromDefaults.map(r) } : {}
});
var redactFinding = (f, r) => ({
  ...f,
  rule: r(f.rule),
  message: r(f.message),
  ...f.cluster !== void 0 ? { cluster: r(f.cluster) } : {},
  ...f.node !== void 0 ? { node: r(f.node) } : {},
  ...f.path !== void 0 ? { path: r(f.path) } : {},
  ...f.file !== void 0 ? { file: r(f.file) } : {},
  ...f.waived ? {
    waived: {
      reason: r(f.waived.reason),
      source: r(f.waived.source),
      ...f.waived.expires !== void 0 ? { expires: r(f.waived.expires) } : {}
    }
  } : {}
});
function redactPlan(plan, r) {
  return {
    ...plan,
    base: r(plan.base),
    head: r(plan.head),
    clusters: plan.clusters.map((c) => ({
      ...c,
      name: r(c.name),
      stage: r(c.stage),
      file: r(c.file),
      nodes: c.nodes.map((n) => redactNode(n, r)),
      hidden: c.hidden.map(r),
      ...c.error ? {
        error: {
          ...c.error,
          message: r(c.error.message),
          ...c.error.file !== void 0 ? { file: r(c.error.file) } : {}
        }
      } : {}
    })),
    findings: plan.findings.map((f) => redactFinding(f, r)),
    ...plan.changedFiles ? {
      changedFiles: plan.changedFiles.map((f) => ({
        file: r(f.file),
        nodes: f.nodes.map((n) => ({ cluster: r(n.cluster), node: r(n.node) }))
      }))
    } : {},
    ...plan.checks ? { checks: redactChecks(plan.checks, r) } : {}
  };
}
function stageSorted(clusters, stages) {
  if (!stages?.length) return [...clusters];
  const rank = (s) => {
    const i = stages.indexOf(s);
    return i < 0 ? stages.length : i;
  };
  return [...clusters].sort((a, b) => rank(a.stage) - rank(b.stage));
}
function buildView(raw, redact, stages) {
  const plan = redactPlan(raw, redact);
  const everything = allFindings(plan);
  const sorted = stageSorted(plan.clusters, stages?.map(redact));
  const groups = groupNodes(sorted);
  const clusters = sorted.map(
    (c, index) => ({
      index,
      plan: c,
      unchanged: c.nodes.filter((n) => !isChanged(n)),
      changed: c.nodes.filter(isChanged).length,
      total: c.nodes.length,
      impacts: impactCounts(c.nodes),
      findings: severityCounts(everything.filter((f) => f.cluster === c.name))
    })
  );
  const allNodes = plan.clusters.flatMap((c) => c.nodes);
  return {
    plan,
    clusters,
    groups,
    hunks: hunkUses(groups),
    findings: groupFindings(everything),
    allFindings: everything,
    counts: severityCounts(everything),
    changedNodes: allNodes.filter(isChanged).length,
    totalNodes: allNodes.length,
    changedClusters: clusters.filter((c) => c.changed > 0).length,
    impacts: impactCounts(allNodes),
    hidden: clusters.filter((c) => c.plan.hidden.length > 0)
  };
}

export {
  checksSection,
  checksLines,
  impactSummary,
  impactPhrases,
  RISK_LABEL,
  OPEN_RISK,
  severitySummary,
  buildView
};
