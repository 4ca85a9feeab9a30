import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  DRIFT_LABEL,
  driftWhat,
  formatMs
} from "./chunk-KQN2MFZD.js";
import {
  clusterFolders,
  parseClusterFile
} from "./chunk-BEKQC6IL.js";

// src/rollout/format.ts
var ROLLOUT_REPORT_MARKER = "<!-- talos-gitops:rollout-report -->";
var MARKDOWN_LIMIT = 65536 - 1536;
function formatRolloutReport(report, format, registry) {
  const text = format === "json" ? `${JSON.stringify(report, null, 2)}
` : format === "markdown" ? rolloutMarkdown(report) : rolloutText(report);
  return registry ? registry.redact(text) : text;
}
function countBy(report) {
  const counts = {
    unchanged: 0,
    planned: 0,
    applied: 0,
    upgraded: 0,
    joined: 0,
    removed: 0,
    kept: 0,
    failed: 0,
    "not-reached": 0,
    interrupted: 0,
    "skipped-unhealthy-cluster": 0
  };
  for (const s of report.stages) for (const c of s.clusters) for (const n of c.nodes) counts[n.status]++;
  return counts;
}
function headline(report) {
  const c = countBy(report);
  const took = formatMs(report.durationMs);
  if (report.dryRun) {
    const verdict = report.status === "succeeded" ? "would roll out cleanly" : "would halt";
    return `Dry run: ${c.planned} node(s) would change, ${c.unchanged} unchanged; ${verdict}. Nothing was changed (${took}).`;
  }
  const joined = c.joined ? `, ${c.joined} joined` : "";
  const removed = c.removed ? `, ${c.removed} removed` : "";
  const kept = c.kept ? `; ${c.kept} no longer listed, left running` : "";
  const done = `${c.applied} applied, ${c.upgraded} upgraded${joined}${removed}, ${c.unchanged} unchanged${kept}`;
  if (report.status === "succeeded") return `Rollout done in ${took}: ${done}.`;
  const flying = c.interrupted ? `, ${c.interrupted} interrupted in flight` : "";
  return `Rollout halted after ${took}: ${done}, ${c.failed} failed${flying}, ${c["not-reached"]} not reached, ${c["skipped-unhealthy-cluster"]} skipped (unhealthy cluster).`;
}
function haltedNode(report) {
  const h = report.halted;
  if (!h?.node) return void 0;
  return report.stages.flatMap((s) => s.clusters).find((c) => c.name === h.cluster)?.nodes.find((n) => n.name === h.node);
}
function haltSentences(report, rerun) {
  const h = report.halted;
  if (!h) return void 0;
  const node = haltedNode(report);
  let what;
  if (node) {
    const touched = node.touched ? "" : " It was not changed.";
    const reason = (node.reason ?? h.reason).replace(/ \(node not touched\)$/, "");
    what = node.status === "interrupted" ? `${node.name} (${h.cluster}) was ${reason}.` : `${node.name} (${h.cluster}) ${report.dryRun ? "would fail" : "failed"}: ${reason}.${report.dryRun ? "" : touched}`;
  } else if (/^preflight: /.test(h.reason)) {
    what = `${h.cluster} was left untouched: its preflight found ${h.reason.replace(/^preflight: /, "")}.`;
  } else {
    what = `${h.cluster} (stage ${h.stage}) stopped: ${h.reason}.`;
  }
  const from = h.resumeFrom ? ` to resume from ${h.resumeFrom}` : ` to roll ${h.cluster} again`;
  const next = report.dryRun ? "Fix the cause before merging; nothing was changed." : h.reason.startsWith("interrupted") ? `It was stopped, not failed: ${rerun}${from}; nodes already converged are skipped, and nothing after the halt was started.` : `Fix the cause, then ${rerun}${from}: nodes already converged are skipped, and nothing after the halt was started.`;
  return { what, next };
}
function haltLine(report) {
  const s = haltSentences(report, "run the same apply again");
  if (!s) return void 0;
  const detail = haltedNode(report)?.detail;
  return `${report.dryRun ? "Would halt" : "Halted"}: ${s.what}
${s.next}${detail ? `
Detail: ${detail}` : ""}`;
}
function actionText(n) {
  if (n.action === "join") return "new: joins the cluster";
  if (n.action === "remove") return "removed from cluster.yaml";
  const parts = [];
  if (n.action === "upgrade" || n.action === "upgrade+config")
    parts.push(`upgrade ${n.talosVersion.from ?? "?"} → ${n.talosVersion.to}`);
  if (n.action === "config" || n.action === "upgrade+config") parts.push("config");
  if (n.action === "none") parts.push("none");
  if (n.kubernetesVersion.from && n.kubernetesVersion.from !== n.kubernetesVersion.to) {
    parts.push(`kubernetes ${n.kubernetesVersion.from} → ${n.kubernetesVersion.to}`);
  }
  return parts.join(", ") || "—";
}
function modeText(n) {
  const upgraded = n.action === "upgrade" || n.action === "upgrade+config";
  const explicit = n.notes.some((x) => x.startsWith("rebooted explicitly"));
  const parts = [];
  if (upgraded && n.rebooted) parts.push("upgrade (reboot)");
  if (n.applyMode) {
    parts.push(`${n.applyMode.requested}${n.applyMode.used ? ` → ${n.applyMode.used}` : ""}`);
    if (explicit) parts.push("then an explicit reboot");
  } else if (n.dryRun) parts.push(`would: ${n.dryRun.mode}`);
  else if (n.rebooted && !upgraded) parts.push("rebooted");
  return parts.join(", ");
}
function driftLines(d) {
  const out = [`${DRIFT_LABEL} (${driftWhat(d)})`];
  if (d.reason) out.push(`  ${d.reason}`);
  if (d.revert)
    out.push(
      "  this apply reverts it (- what it runs, + the last applied commit):",
      ...d.revert.trimEnd().split("\n").map((l) => `  ${l}`)
    );
  return out;
}
var duration = (ms) => ms === void 0 ? "" : formatMs(ms);
function bootstrapText(c) {
  const b = c.bootstrap;
  const what = {
    planned: `would bootstrap etcd on ${b.node} (no control plane has etcd yet)`,
    done: `etcd bootstrapped on ${b.node}`,
    failed: `etcd bootstrap on ${b.node} failed`,
    refused: "etcd not bootstrapped"
  };
  return `${what[b.status]}${b.reason ? `: ${b.reason}` : ""}`;
}
function rolloutText(report) {
  const lines = [headline(report)];
  const halt = haltLine(report);
  if (halt) lines.push(halt);
  for (const stage of report.stages) {
    lines.push("", `stage ${stage.name}: ${stage.status}`);
    for (const c of stage.clusters) {
      const result = clusterResult(c, report).replace(/^\S+ /, "");
      lines.push(
        `  cluster ${c.name}: ${result}${c.durationMs !== void 0 ? ` (${duration(c.durationMs)})` : ""}`
      );
      const isHalted = report.halted?.cluster === c.name;
      if (c.reason && !isHalted && !result.includes(c.reason)) lines.push(`    ${c.reason}`);
      if (c.bootstrap) lines.push(`    ${bootstrapText(c)}`);
      for (const note of c.notes ?? []) lines.push(`    note: ${note}`);
      for (const p of c.status === "skipped-unhealthy" || c.status === "unchanged" ? c.preflight : []) {
        lines.push(`    preflight: ${p}`);
      }
      if (c.kubernetes) {
        const k = c.kubernetes;
        lines.push(`    Kubernetes ${k.from} → ${k.to}: ${k.steps.length} upgrade step(s)`);
        for (const p of k.precheck) lines.push(`    pre-check: ${p}`);
        if (k.manifests?.length) lines.push(`    manifests applied: ${k.manifests.length}`);
      }
      const gates = c.gates ?? [];
      const failedGate = gates.find((g) => !g.ok);
      if (gates.length) {
        lines.push(`    gates: ${gates.filter((g) => g.ok).length} of ${gates.length} passed`);
        if (failedGate)
          lines.push(`    gate failed: ${failedGate.name} (${failedGate.point}): ${failedGate.detail}`);
      }
      const width = Math.max(...c.nodes.map((n) => n.name.length));
      const shown = /* @__PURE__ */ new Map();
      for (const n of c.nodes) {
        const cols = [
          n.name.padEnd(width),
          n.role.padEnd(12),
          n.status.padEnd(10),
          actionText(n),
          modeText(n),
          duration(n.durationMs)
        ];
        lines.push(`    ${cols.filter(Boolean).join("  ")}`);
        const isHalt = report.halted?.cluster === c.name && report.halted.node === n.name;
        if (n.reason) lines.push(`      reason: ${isHalt ? "the halt (see above)" : n.reason}`);
        for (const note of n.notes) lines.push(`      note: ${note}`);
        if (n.drift) lines.push(...driftLines(n.drift).map((l) => `      ${l}`));
        const diff = n.dryRun?.diff;
        if (!diff) continue;
        const first = shown.get(diff);
        if (first) lines.push(`      same diff as ${first}`);
        else {
          shown.set(diff, n.name);
          lines.push(
            ...diff.trimEnd().split("\n").map((l) => `      ${l}`)
          );
        }
      }
    }
  }
  return `${lines.join("\n")}
`;
}
var ICON = {
  done: "✅",
  succeeded: "✅",
  applied: "✅",
  upgraded: "✅",
  joined: "✅",
  removed: "✅",
  kept: "➖",
  unchanged: "➖",
  planned: "📝",
  failed: "❌",
  "not-reached": "⏸️",
  interrupted: "⏹️",
  "skipped-unhealthy": "⚠️",
  "skipped-unhealthy-cluster": "⚠️"
};
var icon = (status) => `${ICON[status] ?? ""} ${status}`.trim();
function cell(text) {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function fence(body, lang) {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(longest + 1);
  return `${f}${lang}
${body.trimEnd()}
${f}`;
}
var LEVELS = [
  { diffs: true, notes: true, nodes: "all" },
  { diffs: false, notes: true, nodes: "all" },
  { diffs: false, notes: false, nodes: "changed" },
  { diffs: false, notes: false, nodes: "none" },
  { diffs: false, notes: false, nodes: "none", clusterRows: 200 },
  { diffs: false, notes: false, nodes: "none", clusterRows: 20 }
];
function rolloutMarkdown(report, limit = MARKDOWN_LIMIT) {
  for (const level of LEVELS) {
    const md2 = renderMarkdown(report, level);
    if (md2.length <= limit) return md2;
  }
  const md = renderMarkdown(report, { diffs: false, notes: false, nodes: "none", clusterRows: 0 });
  return md.length <= limit ? md : `${md.slice(0, limit - 40)}

_(report truncated)_
`;
}
function clusterResult(c, report) {
  const count = (...st) => c.nodes.filter((n) => st.includes(n.status)).length;
  const parts = (list) => list.filter(([n]) => n > 0).map(([n, w]) => `${n} ${w}`).join(", ");
  const h = report.halted;
  switch (c.status) {
    case "done":
      return `✅ ${parts([
        [count("applied"), "applied"],
        [count("upgraded"), "upgraded"],
        [count("joined"), "joined"],
        [count("removed"), "removed"],
        [count("unchanged"), "unchanged"],
        [count("kept"), "no longer listed, left running"]
      ])}`;
    case "unchanged": {
      const kept = count("kept");
      return `➖ unchanged (${c.nodes.length - kept} nodes already match${kept ? `; ${kept} no longer listed, left running` : ""})`;
    }
    case "planned":
      return `📝 ${parts([
        [count("planned"), "would change"],
        [count("unchanged"), "unchanged"]
      ])}`;
    case "failed": {
      const failed = c.nodes.find((n) => n.status === "failed");
      const done = parts([
        [count("applied", "upgraded", "joined", "removed"), "done"],
        [count("not-reached"), "not started"]
      ]);
      const flying = c.nodes.filter((n) => n.status === "interrupted").map((n) => n.name);
      if (flying.length)
        return `⏹️ interrupted with ${flying.join(", ")} in flight${done ? ` (${done})` : ""}`;
      if (failed) return `❌ failed at ${failed.name}${done ? ` (${done})` : ""}`;
      return `❌ failed: ${c.reason ?? "see below"}`;
    }
    case "skipped-unhealthy":
      return `⚠️ skipped, nothing changed: preflight found ${c.preflight.length === 1 ? "a problem" : `${c.preflight.length} problems`}`;
    case "not-reached": {
      if (c.reason) return `⏸️ not started: ${c.reason}`;
      const at = h ? `${h.cluster}${h.node ? `/${h.node}` : ""}` : "an earlier cluster";
      return `⏸️ not started: the rollout halted at ${at} first`;
    }
  }
}
function renderMarkdown(report, d) {
  const out = [ROLLOUT_REPORT_MARKER];
  const h = report.halted;
  const at = h ? ` at ${cell(h.cluster)}${h.node ? `/${cell(h.node)}` : ""}` : "";
  const title = report.dryRun ? `Talos rollout plan (dry run): ${report.status === "succeeded" ? "✅ ready" : `❌ would halt${at}`}` : `Talos rollout: ${report.status === "succeeded" ? "✅ done" : `❌ halted${at}`}`;
  out.push(`### ${title}`, "");
  const halt = haltSentences(report, "re-run the job");
  if (halt) {
    out.push(`> **${cell(halt.what)}**`, ">", `> ${cell(halt.next)}`, "");
    const detail = haltedNode(report)?.detail;
    if (detail) {
      out.push(
        "<details><summary>What the Talos API answered</summary>",
        "",
        fence(detail, "text"),
        "",
        "</details>",
        ""
      );
    }
  }
  out.push(headline(report));
  const clusters = report.stages.flatMap((s) => s.clusters);
  out.push("", "| Stage | Cluster | Result | Duration |", "|---|---|---|---:|");
  const rows = d.clusterRows === void 0 ? clusters : clusters.slice(0, d.clusterRows);
  for (const c of rows) {
    out.push(
      `| ${cell(c.stage)} | ${cell(c.name)} | ${cell(clusterResult(c, report))} | ${duration(c.durationMs)} |`
    );
  }
  if (rows.length < clusters.length)
    out.push("", `_…and ${clusters.length - rows.length} more cluster(s); the JSON report has them all._`);
  if (d.nodes !== "none") for (const c of clusters) out.push(...clusterSection(c, d, report));
  if (d.nodes !== "all" || !d.diffs)
    out.push(
      "",
      "_Some detail was left out to fit; the JSON report (`apply --format json`) has everything._"
    );
  return `${out.join("\n")}
`;
}
function clusterSection(c, d, report) {
  const nodes = d.nodes === "all" ? c.nodes : c.nodes.filter((n) => n.status !== "unchanged" && n.status !== "not-reached");
  if (nodes.length === 0 && !c.reason) return [];
  const summary = `<b>${cell(c.name)}</b> (${cell(c.stage)}) — ${cell(clusterResult(c, report))}`;
  const out = [
    "",
    `<details${c.status === "failed" || c.status === "skipped-unhealthy" ? " open" : ""}><summary>${summary}</summary>`,
    ""
  ];
  if (c.bootstrap) out.push(`- ${cell(bootstrapText(c))}`, "");
  if (c.notes?.length && d.notes) out.push(...c.notes.map((n) => `- note: ${cell(n)}`), "");
  if (c.preflight.length && (d.notes || c.status === "skipped-unhealthy"))
    out.push(...c.preflight.map((p) => `- preflight: ${cell(p)}`), "");
  if (c.kubernetes) {
    const k = c.kubernetes;
    out.push(`- Kubernetes ${cell(k.from)} → ${cell(k.to)}: ${k.steps.length} upgrade step(s)`);
    for (const p of k.precheck) out.push(`- pre-check: ${cell(p)}`);
    out.push("");
  }
  if (nodes.length) {
    out.push(
      "| Node | Role | Status | Action | Mode | Duration | Detail |",
      "|---|---|---|---|---|---:|---|"
    );
    const halted = report.halted;
    for (const n of nodes) {
      const isHalt = halted?.cluster === c.name && halted.node === n.name && n.status === "failed";
      const reason = isHalt ? "the halt (see above)" : n.reason;
      const drift = n.drift ? `⚠️ ${DRIFT_LABEL}` : void 0;
      const detail = [drift, reason, ...d.notes ? n.notes : []].filter(Boolean).join("; ");
      out.push(
        `| ${cell(n.name)} | ${n.role} | ${icon(n.status)} | ${cell(actionText(n))} | ${cell(modeText(n))} | ${duration(n.durationMs)} | ${cell(detail)} |`
      );
    }
  }
  for (const n of nodes.filter((x) => x.drift)) {
    const drift = n.drift;
    out.push(
      "",
      `<details open><summary>⚠️ <b>${cell(n.name)}</b>: ${cell(DRIFT_LABEL)} (${cell(driftWhat(drift))})</summary>`,
      ""
    );
    if (drift.reason) out.push(`_${cell(drift.reason)}_`, "");
    if (drift.revert && d.diffs)
      out.push(
        "This apply reverts it: `-` what the node runs, `+` the last applied commit (secrets redacted).",
        "",
        fence(drift.revert, "diff"),
        ""
      );
    out.push("</details>");
  }
  if (d.diffs) {
    const byDiff = /* @__PURE__ */ new Map();
    for (const n of nodes)
      if (n.dryRun?.diff) byDiff.set(n.dryRun.diff, [...byDiff.get(n.dryRun.diff) ?? [], n.name]);
    for (const [diff, names] of byDiff) {
      const who = names.length > 1 ? `${names.length} nodes (${names.join(", ")})` : names[0];
      out.push(
        "",
        `<details><summary>${cell(who)}: the node's own dry-run diff (secrets redacted)</summary>`,
        "",
        fence(diff, "diff"),
        "",
        "</details>"
      );
    }
  }
  out.push("", "</details>");
  return out;
}

// src/rollout/former-addresses.ts
function formerAddresses(files, clustersDir = "clusters") {
  const out = {};
  for (const folder of clusterFolders(files, clustersDir)) {
    if (folder.error) continue;
    const file = `${folder.dir}/cluster.yaml`;
    try {
      const text = files.read(file);
      if (text === void 0) continue;
      const spec = parseClusterFile(text, file, folder.dir);
      out[spec.name] = Object.fromEntries(spec.nodes.map((n) => [n.name, n.address]));
    } catch {
    }
  }
  return out;
}

// src/rollout/progress.ts
function lineProgress(write, opts = {}) {
  let t0;
  const line = (at, text) => {
    t0 ??= at;
    const stamp = `${((at - t0) / 1e3).toFixed(1)}s`.padStart(7);
    const out = `[${stamp}] ${text}
`;
    write(opts.registry ? opts.registry.redact(out) : out);
  };
  return {
    onEvent(e) {
      const text = describeEvent(e);
      if (text !== void 0) line(e.at, text);
    }
  };
}
function describeEvent(e) {
  switch (e.type) {
    case "rollout-start":
      return `${e.dryRun ? "dry run" : "rollout"}: stages ${e.stages.join(" → ") || "(none)"}`;
    case "stage-start":
      return `stage ${e.stage}: ${e.clusters.join(", ")}`;
    case "cluster-start":
      return `${e.cluster}: inspecting ${e.nodes.length} node(s)`;
    case "cluster-planned": {
      const changes = e.changes.map((c) => `${c.node} ${c.action}`).join(", ");
      const pre = e.preflight.length ? `; preflight: ${e.preflight.join("; ")}` : "";
      return `${e.cluster}: ${e.changes.length ? `to change: ${changes}` : "no changes"}${pre}`;
    }
    case "node-start":
      return `${e.cluster}/${e.node}: ${e.action}`;
    case "node-step":
      return `${e.cluster}/${e.node}: ${e.step}${e.detail ? ` (${e.detail})` : ""}`;
    case "node-done":
      return `${e.cluster}/${e.node}: ${e.status} in ${formatMs(e.durationMs)}${e.reason ? `: ${e.reason}` : ""}`;
    case "kubernetes-step":
      return `${e.cluster}${e.node ? `/${e.node}` : ""}: upgrade-k8s ${e.step}${e.detail ? ` (${e.detail})` : ""}`;
    case "gate":
      return `${e.cluster}: gate ${e.result.name} (${e.result.point}): ${e.result.ok ? "passed" : "FAILED"} — ${e.result.detail}`;
    case "cluster-done":
      return `${e.cluster}: ${e.status}${e.reason ? `: ${e.reason}` : ""}`;
    case "stage-done":
      return `stage ${e.stage}: ${e.status}`;
    case "rollout-done":
      return `${e.report.dryRun ? "dry run" : "rollout"}: ${e.report.status} in ${formatMs(e.report.durationMs)}`;
  }
}
var SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
var MARK = {
  applied: "✓",
  upgraded: "✓",
  unchanged: "·",
  planned: "•",
  failed: "✗",
  "not-reached": "○",
  interrupted: "■",
  "skipped-unhealthy-cluster": "!",
  pending: "○"
};
function terminalProgress(write, opts = {}) {
  const now = opts.now ?? Date.now;
  const clusters = /* @__PURE__ */ new Map();
  let height = 0;
  let frame = 0;
  let timer;
  let closed = false;
  let footer = "";
  const render = () => {
    const lines = [];
    for (const [name, c] of clusters) {
      const active = c.status === "rolling" || c.status === "inspecting";
      const counts = /* @__PURE__ */ new Map();
      for (const n of c.nodes.values()) counts.set(n.state, (counts.get(n.state) ?? 0) + 1);
      const summary = [...counts].map(([s, k]) => `${k} ${s}`).join(", ");
      lines.push(
        `${active ? SPINNER[frame % SPINNER.length] : c.status === "failed" ? "✗" : "●"} ${name} (${c.stage}): ${c.status}${summary ? ` — ${summary}` : ""}${c.reason ? `: ${c.reason}` : ""}`
      );
      if (!active) continue;
      for (const [node2, v] of c.nodes) {
        const mark = v.state === "running" ? SPINNER[frame % SPINNER.length] : MARK[v.state] ?? " ";
        const elapsed = v.state === "running" ? ` ${formatMs(now() - v.since)}` : "";
        lines.push(`    ${mark} ${node2.padEnd(16)} ${v.state === "running" ? v.detail : v.state}${elapsed}`);
      }
    }
    if (footer) lines.push(footer);
    return lines;
  };
  const redraw = () => {
    frame++;
    const lines = render();
    let text = height > 0 ? `\x1B[${height}A\x1B[J` : "";
    text += lines.map((l) => `${l}
`).join("");
    height = lines.length;
    write(opts.registry ? opts.registry.redact(text) : text);
  };
  const node = (cluster, name) => clusters.get(cluster)?.nodes.get(name);
  return {
    onEvent(e) {
      switch (e.type) {
        case "rollout-start":
          timer = setInterval(redraw, 250);
          timer.unref();
          break;
        case "cluster-start":
          clusters.set(e.cluster, {
            stage: e.stage,
            status: "inspecting",
            nodes: new Map(e.nodes.map((n) => [n, { state: "pending", detail: "", since: e.at }]))
          });
          break;
        case "cluster-planned": {
          const c = clusters.get(e.cluster);
          if (!c) break;
          c.status = "rolling";
          const changing = new Set(e.changes.map((x) => x.node));
          for (const [n, v] of c.nodes) if (!changing.has(n)) v.state = "unchanged";
          break;
        }
        case "node-start": {
          const v = node(e.cluster, e.node);
          if (v) Object.assign(v, { state: "running", detail: e.action, since: e.at });
          break;
        }
        case "node-step": {
          const v = node(e.cluster, e.node);
          if (v) v.detail = `${e.step}${e.detail ? ` (${e.detail})` : ""}`;
          break;
        }
        case "node-done": {
          const v = node(e.cluster, e.node);
          if (v) Object.assign(v, { state: e.status, detail: e.reason ?? "" });
          break;
        }
        case "cluster-done": {
          const c = clusters.get(e.cluster);
          if (c) Object.assign(c, { status: e.status, reason: e.reason });
          break;
        }
        case "rollout-done":
          footer = describeEvent(e) ?? "";
          break;
      }
      if (!closed) redraw();
      if (e.type === "rollout-done") this.close?.();
    },
    close() {
      if (timer) clearInterval(timer);
      timer = void 0;
      closed = true;
    }
  };
}
function progressFor(write, isTTY, opts = {}) {
  return isTTY ? terminalProgress(write, opts) : lineProgress(write, opts);
}

export {
  formatRolloutReport,
  formerAddresses,
  progressFor
};
