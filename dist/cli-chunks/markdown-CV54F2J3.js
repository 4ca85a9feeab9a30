import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  OPEN_RISK,
  RISK_LABEL,
  buildView,
  checksSection,
  impactPhrases,
  impactSummary,
  severitySummary
} from "./chunk-AEJVSIJ2.js";
import {
  fence,
  foldNames,
  htmlText,
  mdCode,
  mdText,
  nameList,
  plural
} from "./chunk-JFQZRN54.js";
import "./chunk-MAIXELVJ.js";
import "./chunk-ZD72TYB7.js";

// src/cli/markdown.ts
import { execFileSync } from "node:child_process";

// src/plan/links.ts
var REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
var SHA = /^[0-9a-f]{7,64}$/i;
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(
    /[()!'*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function repoRelative(file) {
  const f = file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (f === "" || f.startsWith("/") || /^[A-Za-z]:/.test(f)) return void 0;
  const parts = f.split("/");
  if (parts.some((p) => p === ".." || p === "." || p === "")) return void 0;
  return f;
}
function blobUrl(ctx, file, line) {
  if (!ctx || !REPOSITORY.test(ctx.repository) || !SHA.test(ctx.sha)) return void 0;
  const rel = repoRelative(file);
  if (!rel) return void 0;
  const base = ctx.serverUrl.replace(/\/+$/, "");
  const path = rel.split("/").map(encodeSegment).join("/");
  const anchor = line !== void 0 && Number.isInteger(line) && line > 0 ? `#L${line}` : "";
  return `${base}/${ctx.repository}/blob/${ctx.sha}/${path}${anchor}`;
}
function commitUrl(ctx) {
  if (!ctx || !REPOSITORY.test(ctx.repository) || !SHA.test(ctx.sha)) return void 0;
  return `${ctx.serverUrl.replace(/\/+$/, "")}/${ctx.repository}/commit/${ctx.sha}`;
}
function sourceLink(ctx, file, line, redact) {
  const f = redact(file);
  const label = line ? `${f}:${line}` : f;
  const url = blobUrl(ctx, f, line);
  return url ? `[${mdText(label)}](${url})` : mdCode(label);
}
function shortRef(ref) {
  return /^[0-9a-f]{40,64}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

// src/plan/sections.ts
var id = (s) => s;
var SEVERITY_ICON = { error: "❌", warning: "⚠️", notice: "ℹ️" };
function verdict(view) {
  const { counts } = view;
  const parts = [];
  if (counts.error) parts.push(plural(counts.error, "error"));
  const clusters = view.clusters.length;
  if (view.changedNodes > 0) {
    const impacts = impactSummary(view.impacts);
    parts.push(
      `${view.changedNodes} of ${plural(view.totalNodes, "node")} ${view.changedNodes === 1 ? "changes" : "change"} in ${view.changedClusters} of ${plural(clusters, "cluster")}${impacts ? ` (${impacts})` : ""}`
    );
  } else if (clusters === 0) {
    parts.push("no clusters found");
  } else {
    parts.push(`no changes to ${plural(view.totalNodes, "node")} in ${plural(clusters, "cluster")}`);
  }
  if (counts.warning) parts.push(plural(counts.warning, "warning"));
  const icon = counts.error ? SEVERITY_ICON.error : counts.warning ? SEVERITY_ICON.warning : "✅";
  return { icon, text: parts.join(" · ") };
}
function riskiestLine(view) {
  const g = view.groups[0];
  if (!g) return void 0;
  const clusters = clusterCount(g);
  const who = g.nodes.length === 1 ? `**${mdText(g.nodes[0].name)}** (${mdText(g.nodes[0].cluster)})` : clusters === 1 ? `**${g.nodes.length} nodes** of ${mdText(g.nodes[0].cluster)} (${whereNames(g, 6)})` : `**${g.nodes.length} nodes** in ${clusters} clusters (${whereNames(g, 6)})`;
  const what = impactPhrases(g).map(mdText).join(" · ");
  const more = view.groups.length > 1 ? ` — ${plural(view.groups.length - 1, "other change")} below` : "";
  return `**Riskiest:** ${groupIcon(g)} ${who} ${what}${more}`;
}
function headerSection(view, ctx) {
  const v = verdict(view);
  const out = [`### ${v.icon} ${mdText(ctx.title)}: ${v.text}`, ""];
  const riskiest = riskiestLine(view);
  if (riskiest) out.push(riskiest, "");
  const head = mdCode(shortRef(ctx.head));
  const url = commitUrl(ctx.links);
  const note = ctx.headNote ? ` (${mdText(ctx.headNote)})` : "";
  out.push(
    `Head ${url ? `[${head}](${url})` : head}${note} compared with base ${mdCode(shortRef(view.plan.base))}.`,
    ""
  );
  if (view.hidden.length > 0) {
    const names = nameList(
      view.hidden.map((c) => c.plan.name),
      ctx.nameTokens,
      mdText
    );
    out.push(
      "> [!WARNING]",
      `> **Could not see** parts of ${plural(view.hidden.length, "cluster")} (${mdText(ctx.hiddenReason)}): ${names}. Everything else is compared; the sections below say what is missing.`,
      ""
    );
  }
  return `${out.join("\n")}
`;
}
var TABLE_HEAD = "| Cluster | Stage | Nodes changed | Impact | Findings |\n| --- | --- | --- | --- | --- |\n";
function nodesCell(c) {
  if (c.plan.error && c.total === 0) return "—";
  const added = c.plan.nodes.filter((n) => n.status === "added").length;
  const removed = c.plan.nodes.filter((n) => n.status === "removed").length;
  const extra = [added ? `${added} new` : "", removed ? `${removed} removed` : ""].filter(Boolean).join(", ");
  return `${c.changed} of ${c.total}${extra ? ` (${extra})` : ""}`;
}
function impactCell(c) {
  const parts = [];
  if (c.plan.error) parts.push(`⛔ render failed (${c.plan.error.side})`);
  else parts.push(c.changed > 0 ? impactSummary(c.impacts) || "live" : "no change");
  if (c.plan.hidden.length > 0) parts.push("⚠️ partial");
  return parts.join(" · ");
}
function tableRow(c) {
  const cells = [
    mdText(c.plan.name),
    mdText(c.plan.stage),
    nodesCell(c),
    impactCell(c),
    severitySummary(c.findings) || "—"
  ];
  return `| ${cells.join(" | ")} |
`;
}
function totalRow(view) {
  const impacts = impactSummary(view.impacts) || "no change";
  const findings = severitySummary(view.counts) || "—";
  return `| **Total** (${plural(view.clusters.length, "cluster")}) | | **${view.changedNodes} of ${view.totalNodes}** | ${impacts} | ${findings} |
`;
}
function rowsLeftOutRow(left) {
  const changed = left.filter((c) => c.changed > 0 || c.plan.error).length;
  return `| … ${plural(left.length, "more cluster")} left out to fit (${changed} with changes or errors) | | | | |
`;
}
function findingsHead(view, ctx) {
  const counts = severitySummary(view.counts);
  const total = view.counts.error + view.counts.warning + view.counts.notice + view.counts.waived;
  const items = view.findings.length;
  const folded = items < total ? ` (${plural(items, "item")}: the same finding on several nodes is listed once)` : "";
  const note = ctx.annotationNote ? `${mdText(ctx.annotationNote)}

` : "";
  return `### Findings: ${counts}${folded}

${note}`;
}
function whereText(g, ctx) {
  const parts = [];
  for (const [cluster, nodes] of g.where) {
    parts.push(
      nodes.length ? `${mdText(cluster)}: ${nameList(nodes, Math.min(ctx.nameTokens, 12), mdText)}` : mdText(cluster)
    );
  }
  return parts.join("; ");
}
function findingItem(g, ctx) {
  const parts = [];
  const label = g.waived ? `~~${g.severity}~~ waived` : g.severity;
  parts.push(
    `${g.waived ? "🔕" : SEVERITY_ICON[g.severity]} **${label}** ${mdCode(g.rule)} ${mdText(g.message)}`
  );
  if (g.file !== void 0) parts.push(sourceLink(ctx.links, g.file, g.line, id));
  if (g.path) parts.push(`at ${mdCode(g.path)}`);
  const where = whereText(g, ctx);
  if (where) parts.push(`on ${where}`);
  if (g.waived) {
    const until = g.waived.expires ? ` (until ${mdText(g.waived.expires)})` : "";
    parts.push(`waiver: ${mdText(g.waived.reason)}${until}, ${mdText(g.waived.source)}`);
  }
  if (ctx.annotated && !g.waived && !ctx.annotated.has(g.key)) parts.push("_not annotated_");
  return `- ${parts.join(" · ")}
`;
}
function findingsLeftOut(n, ctx) {
  return `- _… ${plural(n, "more finding")} left out to fit (least important first); see ${ctx.elsewhere}._
`;
}
function clusterNotes(view, ctx) {
  const lines = [];
  for (const c of view.clusters) {
    if (c.plan.hidden.length === 0) continue;
    const what = c.plan.hidden.map(mdCode).join(", ");
    lines.push(`- ⚠️ **${mdText(c.plan.name)}** could not see: ${what} (${mdText(ctx.hiddenReason)})`);
  }
  return lines.length ? `${lines.join("\n")}

` : "";
}
var FILES_HEAD = "### Files changed in this pull request → nodes they reach\n\n";
function reachText(nodes, view, max) {
  const byCluster = /* @__PURE__ */ new Map();
  for (const n of nodes) byCluster.set(n.cluster, [...byCluster.get(n.cluster) ?? [], n.node]);
  const total = (name) => view.clusters.find((c) => c.plan.name === name)?.total;
  const parts = [...byCluster].map(
    ([cluster, names]) => names.length > 1 && names.length === total(cluster) ? `${mdText(cluster)}: all ${names.length} nodes` : `${mdText(cluster)}: ${nameList(names, max, mdText)}`
  );
  const clusters = byCluster.size;
  const head = clusters > 1 ? `${plural(nodes.length, "node")} in ${clusters} clusters — ` : "";
  return `${head}${parts.join("; ")}`;
}
function fileLine(f, view, ctx) {
  const changed = new Set(view.groups.flatMap((g) => g.nodes.map((n) => `${n.cluster}\0${n.name}`)));
  const reached = f.nodes.filter((n) => changed.has(`${n.cluster}\0${n.node}`)).length;
  const failed = [...new Set(f.nodes.map((n) => n.cluster))].filter(
    (c) => view.clusters.find((x) => x.plan.name === c)?.plan.error
  );
  const note = failed.length ? ` _(${failed.map(mdText).join(", ")} could not be rendered)_` : f.nodes.length > 0 && reached === 0 ? " _(renders the same: no node changes)_" : reached < f.nodes.length ? ` _(${reached} of them ${reached === 1 ? "changes" : "change"})_` : "";
  return `- ${sourceLink(ctx.links, f.file, void 0, id)} → ${reachText(f.nodes, view, Math.min(ctx.nameTokens, 12))}${note}
`;
}
function filesLeftOut(n, ctx) {
  return `- _… ${plural(n, "more file")} left out to fit; see ${ctx.elsewhere}._
`;
}
var CHANGES_HEAD = "### Changes, riskiest first\n\n";
var IMPACT_ICON = {
  "talos-upgrade": "⬆️",
  address: "🚚",
  reboot: "🔁",
  live: "✏️",
  none: "☸️"
};
function groupIcon(g) {
  if (g.changedCas?.length) return "🔐";
  if (g.status === "added") return "➕";
  if (g.status === "removed") return "➖";
  if (g.primary === "live" && g.changedSecrets.length > 0) return "🔑";
  return IMPACT_ICON[g.primary];
}
function rolesNoun(g) {
  const roles = new Set(g.nodes.map((n) => n.role));
  if (roles.size === 1 && roles.has("worker")) return "workers";
  if (roles.size === 1 && roles.has("controlplane")) return "control planes";
  return "nodes";
}
function whereNames(g, max, format = mdText) {
  const byCluster = /* @__PURE__ */ new Map();
  for (const n of g.nodes) byCluster.set(n.cluster, [...byCluster.get(n.cluster) ?? [], n.name]);
  if (byCluster.size === 1)
    return nameList(
      g.nodes.map((n) => n.name),
      max,
      format
    );
  const entries = [...byCluster];
  const shown = entries.slice(0, Math.max(2, Math.ceil(max / 2)));
  const parts = shown.map(([c, names]) => `${format(c)}: ${nameList(names, max, format)}`);
  const rest = entries.length - shown.length;
  return `${parts.join("; ")}${rest > 0 ? `; … and ${rest} more clusters` : ""}`;
}
function clusterCount(g) {
  return new Set(g.nodes.map((n) => n.cluster)).size;
}
var SUMMARY_NAMES = 6;
function groupSummaryLine(g) {
  const tail = impactPhrases(g).map(htmlText).join(" · ");
  if (g.nodes.length === 1) {
    const n = g.nodes[0];
    return `${groupIcon(g)} <b>${htmlText(n.name)}</b> · ${htmlText(n.cluster)} · ${htmlText(n.role)}${tail ? ` · ${tail}` : ""}`;
  }
  const clusters = clusterCount(g);
  const scope = clusters > 1 ? ` in ${clusters} clusters` : ` in ${htmlText(g.nodes[0].cluster)}`;
  const names = whereNames(g, SUMMARY_NAMES, htmlText);
  return `${groupIcon(g)} <b>same change on ${g.nodes.length} ${rolesNoun(g)}${scope}</b>: ${names}${tail ? ` · ${tail}` : ""}`;
}
var reasonText = (r) => /\s/.test(r.trim()) ? mdText(r) : mdCode(r);
function groupRef(g) {
  const n = g.nodes[0];
  return g.nodes.length === 1 ? `**${mdText(n.name)}**` : `the ${g.nodes.length} nodes of **${mdText(n.name)}**`;
}
function sectionHunks(g, view) {
  const own = [];
  const shared = [];
  for (const h of g.hunks) {
    const use = view.hunks.get(h.key);
    if (use && use.owner !== g) {
      shared.push(
        `${mdCode(h.location || "the config")}: the same change as ${groupRef(use.owner)} above (on ${plural(use.nodes, "node")}${use.clusters > 1 ? ` in ${use.clusters} clusters` : ""})`
      );
      continue;
    }
    const reach = use && use.nodes > g.nodes.length ? ` · same change on ${use.nodes} nodes${use.clusters > 1 ? ` in ${use.clusters} clusters` : ""}` : "";
    own.push(reach ? h.text.replace(/^[^\n]*/, (line) => `${line}${reach}`) : h.text);
  }
  return { own, shared };
}
function groupBullets(g, shared, ctx) {
  const lines = [];
  if (foldNames(g.nodes.map((n) => n.name)).length > SUMMARY_NAMES || clusterCount(g) > 2) {
    lines.push(`- **Nodes (${g.nodes.length}):** ${whereNames(g, ctx.nameTokens)}`);
  }
  if (g.move) {
    lines.push(
      `- **Moves:** the rollout reaches it at ${mdCode(g.move.from)}, applies, and waits for it healthy at ${mdCode(g.move.to)}`
    );
  }
  const reasons = g.move ? g.reasons.filter((r) => !r.startsWith("moves ")) : g.reasons;
  if (reasons.length > 0) lines.push(`- **Why:** ${reasons.map(reasonText).join(", ")}`);
  if (g.changedCas?.length) {
    lines.push(
      `- 🔐 **CA replaced:** ${g.changedCas.map(mdText).join(", ")}. Applying this would break trust between nodes and clients; rotate CAs with \`talosctl rotate-ca\` instead.`
    );
  }
  if (g.changedSecrets.length > 0) {
    lines.push(`- **Secrets changed** (values hidden): ${g.changedSecrets.map(mdCode).join(", ")}`);
  }
  const [version, ...defaults] = g.nodes[0]?.fromDefaults ?? [];
  if (version && defaults.length) {
    lines.push(
      `- **From the ${mdText(version)} defaults**, not from a file of this pull request: ${defaults.map(mdCode).join(", ")}`
    );
  }
  for (const s of shared) lines.push(`- **Also:** ${s}`);
  return lines.length ? `${lines.join("\n")}

` : "";
}
function diffLineCount(diff) {
  return diff === "" ? 0 : diff.split("\n").length;
}
function groupSection(g, withDiff, view, ctx) {
  const { own, shared } = sectionHunks(g, view);
  const diff = own.join("\n");
  let body;
  if (g.diff === "") {
    body = g.changedSecrets.length > 0 ? "_No visible difference: only secret values changed._\n\n" : "_No line-level difference to show._\n\n";
  } else if (diff === "") {
    body = "";
  } else if (withDiff) {
    const note = g.contextVaries ? `_Context lines are ${mdText(g.nodes[0].name)}'s; the changed lines are the same on every node listed._

` : "";
    body = `${note}${fence(diff, "diff")}

`;
  } else {
    body = `_Diff (${plural(diffLineCount(diff), "line")}) left out to fit; see ${ctx.elsewhere}._

`;
  }
  const open = g.risk >= OPEN_RISK ? "<details open>" : "<details>";
  return `${open}<summary>${groupSummaryLine(g)}</summary>

${groupBullets(g, shared, ctx)}${body}</details>

`;
}
function groupsLeftOut(dropped, ctx) {
  if (dropped.length === 0) return "";
  const byRisk = /* @__PURE__ */ new Map();
  for (const g of dropped) {
    const list = byRisk.get(g.risk) ?? [];
    list.push(...g.nodes.map((n) => n.name));
    byRisk.set(g.risk, list);
  }
  const nodes = dropped.reduce((n, g) => n + g.nodes.length, 0);
  const lines = [...byRisk].sort(([a], [b]) => b - a).map(
    ([risk, names]) => `- **${mdText(RISK_LABEL[risk] ?? "changes")}** (${names.length}): ${nameList(names, ctx.nameTokens, mdText)}`
  );
  lines.push(
    `- _Sections of ${plural(nodes, "more node")} (${plural(dropped.length, "distinct change")}) left out to fit; see ${ctx.elsewhere}._`
  );
  return `${lines.join("\n")}

`;
}
function omissionNote(o, limitText, ctx) {
  const parts = [];
  if (o.diffs) parts.push(`the diffs of ${plural(o.diffs, "node group")} (least risky, then largest first)`);
  if (o.nodeSections)
    parts.push(`the sections of ${plural(o.nodeSections, "node group")} (least risky first)`);
  if (o.files) parts.push(`${plural(o.files, "changed file")}`);
  if (o.findings) parts.push(`${plural(o.findings, "finding")} (least important first)`);
  if (o.rows) parts.push(`${plural(o.rows, "table row")}`);
  if (parts.length === 0) return "";
  return `---

✂️ **Shortened to fit ${limitText}.** Left out: ${parts.join("; ")}. The full plan is in ${ctx.elsewhere}.
`;
}

// src/plan/document.ts
var emptyLayout = () => ({
  noDiff: /* @__PURE__ */ new Set(),
  droppedGroups: /* @__PURE__ */ new Set(),
  droppedFiles: /* @__PURE__ */ new Set(),
  droppedFindings: /* @__PURE__ */ new Set(),
  droppedRows: /* @__PURE__ */ new Set()
});
function linkContext(view, ctx) {
  if (!ctx.repository) return void 0;
  return {
    serverUrl: ctx.serverUrl ?? "https://github.com",
    repository: ctx.repository,
    sha: ctx.headSha ?? view.plan.head
  };
}
function renderDocument(view, ctx, target) {
  const m = target.measure;
  const sc = {
    links: linkContext(view, ctx),
    // The caller's own texts go through the redactor too: it is applied to everything emitted.
    head: ctx.headSha ? ctx.redact(ctx.headSha) : view.plan.head,
    ...ctx.headNote ? { headNote: ctx.redact(ctx.headNote) } : {},
    title: ctx.redact(ctx.title ?? "Talos plan"),
    hiddenReason: ctx.redact(ctx.hiddenReason ?? "secrets unavailable"),
    elsewhere: target.elsewhere,
    nameTokens: target.nameTokens,
    ...target.annotated ? { annotated: target.annotated } : {},
    ...target.annotationNote ? { annotationNote: target.annotationNote } : {}
  };
  const header = headerSection(view, sc);
  const checks = checksSection(view.plan.checks, target.elsewhere);
  const rows = view.clusters.map(tableRow);
  const total = view.clusters.length === 1 ? "" : totalRow(view);
  const notes = clusterNotes(view, sc);
  const fHead = view.findings.length > 0 ? findingsHead(view, sc) : "";
  const items = view.findings.map((g) => findingItem(g, sc));
  const changedFiles = view.plan.changedFiles ?? [];
  const files = changedFiles.map((f) => fileLine(f, view, sc));
  const pieces = view.groups.map((g) => {
    const full = groupSection(g, true, view, sc);
    const bare = groupSection(g, false, view, sc);
    return { group: g, full, bare, fullSize: m(full), bareSize: m(bare) };
  });
  const rowSizes = rows.map(m);
  const itemSizes = items.map(m);
  const fileSizes = files.map(m);
  const pieceSize = (g, L) => L.droppedGroups.has(g.group.id) ? 0 : L.noDiff.has(g.group.id) ? g.bareSize : g.fullSize;
  const leftOut = (L) => groupsLeftOut(
    pieces.filter((g) => L.droppedGroups.has(g.group.id)).map((g) => g.group),
    sc
  );
  const omissions = (L) => ({
    diffs: pieces.filter((g) => !L.droppedGroups.has(g.group.id) && L.noDiff.has(g.group.id)).length,
    nodeSections: L.droppedGroups.size,
    files: L.droppedFiles.size,
    findings: L.droppedFindings.size,
    rows: L.droppedRows.size
  });
  const compose = (L) => {
    const out = [header, checks, TABLE_HEAD];
    rows.forEach((r, i) => {
      if (!L.droppedRows.has(i)) out.push(r);
    });
    if (L.droppedRows.size > 0) {
      out.push(rowsLeftOutRow(view.clusters.filter((_, i) => L.droppedRows.has(i))));
    }
    out.push(total, "\n", notes);
    if (fHead) {
      out.push(fHead);
      items.forEach((it, i) => {
        if (!L.droppedFindings.has(i)) out.push(it);
      });
      if (L.droppedFindings.size > 0) out.push(findingsLeftOut(L.droppedFindings.size, sc));
      out.push("\n");
    }
    if (files.length > 0) {
      out.push(FILES_HEAD);
      files.forEach((f, i) => {
        if (!L.droppedFiles.has(i)) out.push(f);
      });
      if (L.droppedFiles.size > 0) out.push(filesLeftOut(L.droppedFiles.size, sc));
      out.push("\n");
    }
    if (pieces.length > 0) {
      out.push(CHANGES_HEAD);
      for (const g of pieces) {
        if (!L.droppedGroups.has(g.group.id)) out.push(L.noDiff.has(g.group.id) ? g.bare : g.full);
      }
      out.push(leftOut(L));
    }
    out.push(omissionNote(omissions(L), target.limitText, sc));
    return ctx.redact(`${out.join("").trimEnd()}
`);
  };
  const fixedSize = m(header) + m(checks) + m(TABLE_HEAD) + m(total) + 1 + m(notes) + (fHead ? m(fHead) + 1 : 0) + (files.length ? m(FILES_HEAD) + 1 : 0) + (pieces.length ? m(CHANGES_HEAD) : 0);
  const sizeOf = (L) => fixedSize + rowSizes.reduce((n, s, i) => n + (L.droppedRows.has(i) ? 0 : s), 0) + itemSizes.reduce((n, s, i) => n + (L.droppedFindings.has(i) ? 0 : s), 0) + fileSizes.reduce((n, s, i) => n + (L.droppedFiles.has(i) ? 0 : s), 0) + pieces.reduce((n, g) => n + pieceSize(g, L), 0);
  const findingIndex = new Map(view.findings.map((g, i) => [g, i]));
  const dropOrder = (target.findingDropOrder ?? ((gs) => [...gs].reverse()))(view.findings).map(
    (g) => findingIndex.get(g)
  );
  const decide = (budget) => {
    const L = emptyLayout();
    let size = sizeOf(L);
    if (size <= budget) return L;
    const diffs = pieces.filter((g) => g.fullSize > g.bareSize).sort((a, b) => a.group.risk - b.group.risk || b.fullSize - b.bareSize - (a.fullSize - a.bareSize));
    for (const g of diffs) {
      if (size <= budget) break;
      L.noDiff.add(g.group.id);
      size -= g.fullSize - g.bareSize;
    }
    const tiers = [...new Set(pieces.map((g) => g.group.risk))].sort((a, b) => a - b);
    for (const risk of tiers) {
      if (size <= budget) break;
      for (const g of pieces) {
        if (g.group.risk !== risk) continue;
        size -= pieceSize(g, L);
        L.droppedGroups.add(g.group.id);
      }
    }
    for (let i = files.length - 1; i >= 0 && size > budget; i--) {
      L.droppedFiles.add(i);
      size -= fileSizes[i];
    }
    for (const i of dropOrder) {
      if (size <= budget) break;
      L.droppedFindings.add(i);
      size -= itemSizes[i];
    }
    const quiet = (c) => c.changed === 0 && !c.plan.error;
    const rowOrder = [
      ...view.clusters.filter(quiet).reverse(),
      ...view.clusters.filter((c) => !quiet(c)).reverse()
    ].map((c) => c.index);
    for (const i of rowOrder) {
      if (size <= budget) break;
      L.droppedRows.add(i);
      size -= rowSizes[i];
    }
    const diffBack = (g) => {
      const extra = g.fullSize - g.bareSize;
      if (!L.noDiff.has(g.group.id) || L.droppedGroups.has(g.group.id) || size + extra > budget) return;
      L.noDiff.delete(g.group.id);
      size += extra;
    };
    const byRisk = [...pieces].sort(
      (x, y) => y.group.risk - x.group.risk || x.fullSize - x.bareSize - (y.fullSize - y.bareSize)
    );
    for (const g of byRisk) if (g.group.risk >= OPEN_RISK) diffBack(g);
    const returning = pieces.filter((g) => L.droppedGroups.has(g.group.id)).sort((x, y) => y.group.risk - x.group.risk || x.bareSize - y.bareSize);
    for (const g of returning) {
      if (size + g.bareSize > budget) continue;
      L.droppedGroups.delete(g.group.id);
      L.noDiff.add(g.group.id);
      size += g.bareSize;
    }
    for (const g of byRisk) diffBack(g);
    return L;
  };
  let reserve = 0;
  for (let round = 0; round < 8; round++) {
    const L = decide(target.budget - reserve);
    const text = compose(L);
    const size = m(text);
    if (size <= target.budget) return { text, omissions: omissions(L) };
    reserve += size - target.budget + 64 * (round + 1);
  }
  const last = everythingDropped(pieces, view, files.length);
  return hardCut(compose(last), target, omissions(last));
}
function everythingDropped(pieces, view, files) {
  const L = emptyLayout();
  for (const g of pieces) L.droppedGroups.add(g.group.id);
  for (let i = 0; i < files; i++) L.droppedFiles.add(i);
  view.findings.forEach((_, i) => {
    L.droppedFindings.add(i);
  });
  view.clusters.forEach((c) => {
    L.droppedRows.add(c.index);
  });
  return L;
}
function hardCut(text, target, omissions) {
  const tail = `

✂️ **Cut at ${target.limitText}.** The full plan is in ${target.elsewhere}.
`;
  const room = target.budget - target.measure(tail);
  let cut = text;
  while (cut.length > 0 && target.measure(cut) > room) {
    cut = cut.slice(0, Math.max(0, cut.length - Math.max(1, target.measure(cut) - room)));
  }
  const out = room > 0 ? cut + tail : "";
  return { text: target.measure(out) <= target.budget ? out : "", omissions };
}

// src/plan/markdown.ts
var COMMENT_MAX_LENGTH = 65536;
function whereTheFullPlanIs(ctx) {
  const summary = ctx.detailsUrl ? `[the job summary](${ctx.detailsUrl})` : "the job summary of the workflow run";
  return ctx.reportArtifact ? `${summary} and the ${mdCode(ctx.reportArtifact)} artifact` : summary;
}
function renderPlanComment(plan, ctx) {
  const view = buildView(plan, ctx.redact, ctx.stages);
  return renderDocument(view, ctx, {
    budget: ctx.maxLength ?? COMMENT_MAX_LENGTH,
    // `.length` counts UTF-16 units, never fewer than the characters GitHub counts.
    measure: (s) => s.length,
    // The action's budget is the limit less the marker; a much smaller one is the caller's own.
    limitText: ctx.maxLength === void 0 || ctx.maxLength > COMMENT_MAX_LENGTH - 1e3 ? "GitHub's 65,536-character comment limit" : `a ${ctx.maxLength.toLocaleString("en-US")}-character budget`,
    elsewhere: whereTheFullPlanIs(ctx),
    nameTokens: 40
  }).text;
}

// src/cli/markdown.ts
function git(root, ...args) {
  try {
    return execFileSync("git", ["-C", root, ...args], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
  } catch {
    return void 0;
  }
}
function githubRepository(root) {
  const url = git(root, "remote", "get-url", "origin");
  return url?.match(/github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/)?.[1];
}
function renderPlanMarkdown(plan, ctx) {
  const dirty = git(ctx.root, "status", "--porcelain");
  const head = git(ctx.root, "rev-parse", "HEAD");
  return `${renderPlanComment(plan, {
    redact: (s) => ctx.registry.redact(s),
    repository: githubRepository(ctx.root),
    ...head ? { headSha: head, headNote: dirty ? "with uncommitted changes in the work tree" : void 0 } : {}
  })}
`;
}
export {
  renderPlanMarkdown
};
