import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  DEFAULT_TIMING,
  clusterClient,
  describeFailure,
  mapLimit,
  normalizeVersion,
  readLiveConfig,
  renderLiveDiff,
  runsRender
} from "./chunk-KQN2MFZD.js";
import "./chunk-34BHOFJA.js";
import "./chunk-RCIUOHUT.js";
import {
  defaultTalosconfigPath,
  readTalosconfig
} from "./chunk-B3AFNTAU.js";
import "./chunk-74TAKATC.js";
import "./chunk-QPDLO3DF.js";
import "./chunk-MC7OEDPC.js";
import "./chunk-6ANQTNRN.js";
import {
  cliContext,
  renderWorkTree,
  reportRenderErrors,
  requireNoPositionals
} from "./chunk-D2OOZGHE.js";
import "./chunk-BEKQC6IL.js";
import "./chunk-N2UEE4T7.js";
import {
  fence,
  htmlText,
  mdCode,
  mdText,
  nameList,
  plural
} from "./chunk-JFQZRN54.js";
import "./chunk-AAVGJGMG.js";
import "./chunk-S72DQVPL.js";
import "./chunk-HLEF6RPP.js";
import {
  list,
  parseArgs,
  str
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";
import "./chunk-XKE3C3WH.js";
import "./chunk-ZD72TYB7.js";

// src/cli/commands/drift.ts
import path from "node:path";

// src/drift/drift.ts
var PARALLEL = 16;
async function nodeDrift(api, cluster, node, registry) {
  const base = { name: node.name, role: node.role, address: node.address };
  let liveVersion;
  let liveText;
  try {
    [liveVersion, liveText] = await Promise.all([
      api.version(node.address).then((v) => normalizeVersion(v.tag)),
      api.getMachineConfig(node.address)
    ]);
  } catch (err) {
    return {
      ...base,
      status: "unreachable",
      config: false,
      diff: "",
      reason: describeFailure(err, registry)
    };
  }
  const git = normalizeVersion(cluster.talosVersion);
  const version = liveVersion !== git ? { live: liveVersion, git } : void 0;
  const liveDocs = readLiveConfig(
    liveText,
    `${cluster.name}/${node.name}`,
    liveVersion,
    cluster.contract,
    registry
  );
  if (runsRender(liveText, liveDocs, node.text, cluster.contract))
    return {
      ...base,
      status: version ? "drifted" : "in-sync",
      ...version ? { version } : {},
      config: false,
      diff: ""
    };
  if (!liveDocs) {
    return {
      ...base,
      status: "drifted",
      ...version ? { version } : {},
      config: true,
      diff: "",
      reason: "the running config could not be parsed, so its secrets cannot be recognised: its diff is withheld"
    };
  }
  const diff = renderLiveDiff({
    name: `${cluster.name}/${node.name}.yaml`,
    render: node.docs,
    live: liveDocs,
    contract: cluster.contract,
    registry,
    direction: "git-to-live"
  });
  return { ...base, status: "drifted", ...version ? { version } : {}, config: true, diff };
}
async function checkDrift(opts) {
  const { registry } = opts;
  const clusters = [];
  for (const cluster of opts.fleet.clusters) {
    if (cluster.hidden.length > 0) {
      clusters.push({
        name: cluster.name,
        stage: cluster.stage,
        nodes: [],
        error: `rendered without its secrets (${cluster.hidden.join(", ")}): nothing to compare with`
      });
      continue;
    }
    let api;
    try {
      api = opts.clientFor?.(cluster) ?? clusterClient(opts.talosconfig, cluster, DEFAULT_TIMING, opts.talosconfigFile);
    } catch (err) {
      clusters.push({
        name: cluster.name,
        stage: cluster.stage,
        nodes: [],
        error: describeFailure(err, registry)
      });
      continue;
    }
    try {
      const nodes = await mapLimit(cluster.nodes, PARALLEL, (n) => nodeDrift(api, cluster, n, registry));
      clusters.push({ name: cluster.name, stage: cluster.stage, nodes });
    } finally {
      api.close();
    }
  }
  const all = clusters.flatMap((c) => c.nodes);
  const failed = clusters.some((c) => c.error) || all.some((n) => n.status === "unreachable");
  const drifted2 = all.some((n) => n.status === "drifted");
  return {
    version: 1,
    status: failed ? "failed" : drifted2 ? "drift" : "in-sync",
    clusters,
    checkedAt: (opts.now?.() ?? /* @__PURE__ */ new Date()).toISOString()
  };
}
function driftExitCode(report) {
  return report.status === "in-sync" ? 0 : report.status === "drift" ? 2 : 1;
}

// src/drift/format.ts
var DRIFT_MARKDOWN_LIMIT = 65536 - 512;
var drifted = (r) => r.clusters.flatMap((c) => c.nodes.filter((n) => n.status === "drifted").map((n) => ({ c, n })));
var unreachable = (r) => r.clusters.flatMap((c) => c.nodes.filter((n) => n.status === "unreachable").map((n) => ({ c, n })));
var total = (r) => r.clusters.reduce((k, c) => k + c.nodes.length, 0);
function driftHeadline(r) {
  const d = drifted(r).length;
  const u = unreachable(r).length;
  const errors = r.clusters.filter((c) => c.error).length;
  const parts = [];
  if (d)
    parts.push(`${d} of ${plural(total(r), "node")} ${d === 1 ? "runs" : "run"} something Git does not say`);
  if (u) parts.push(`${plural(u, "node")} could not be read`);
  if (errors) parts.push(`${plural(errors, "cluster")} could not be checked`);
  if (parts.length === 0) parts.push(`all ${plural(total(r), "node")} run what Git says`);
  return parts.join("; ");
}
function what(n) {
  const parts = [];
  if (n.version) parts.push(`runs Talos ${n.version.live}, Git says ${n.version.git}`);
  if (n.config) parts.push("its config differs from Git");
  return parts.join("; ");
}
function driftText(r) {
  const out = [`Drift: ${driftHeadline(r)}.`];
  for (const c of r.clusters) {
    out.push(
      "",
      `cluster ${c.name} (stage ${c.stage})${c.error ? `: could not be checked: ${c.error}` : ""}`
    );
    for (const n of c.nodes) {
      if (n.status === "in-sync") continue;
      out.push(`  ${n.name}: ${n.status === "unreachable" ? `could not be read: ${n.reason}` : what(n)}`);
      if (n.reason && n.status === "drifted") out.push(`    ${n.reason}`);
      if (n.diff)
        out.push(
          ...n.diff.trimEnd().split("\n").map((l) => `    ${l}`)
        );
    }
    const sync = c.nodes.filter((n) => n.status === "in-sync").map((n) => n.name);
    if (sync.length) out.push(`  in sync: ${nameList(sync, 20, (s) => s)}`);
  }
  return `${out.join("\n")}
`;
}
function markdown(r, withDiff) {
  const icon = r.status === "in-sync" ? "✅" : r.status === "drift" ? "⚠️" : "❌";
  const out = [`### ${icon} Talos drift: ${mdText(driftHeadline(r))}`, ""];
  out.push(`Checked ${mdText(r.checkedAt)} against the render of the checked-out commit.`, "");
  if (r.status === "drift") {
    out.push(
      "A drifted node runs something Git never had: a change made by hand, or a rollout that did not finish. The next apply reverts it to what Git says; to keep it, put it in the repository first.",
      ""
    );
  }
  out.push("| Cluster | Stage | Nodes | Drifted | Not read |", "| --- | --- | --- | --- | --- |");
  for (const c of r.clusters) {
    const d = c.nodes.filter((n) => n.status === "drifted").map((n) => n.name);
    const u = c.nodes.filter((n) => n.status === "unreachable").map((n) => n.name);
    out.push(
      `| ${mdText(c.name)} | ${mdText(c.stage)} | ${c.error ? "—" : c.nodes.length} | ${d.length ? nameList(d, 8, mdText) : "—"} | ${c.error ? `⛔ ${mdText(c.error)}` : u.length ? nameList(u, 8, mdText) : "—"} |`
    );
  }
  out.push("");
  for (const { c, n } of drifted(r)) {
    out.push(
      `<details open><summary>⚠️ <b>${htmlText(n.name)}</b> · ${htmlText(c.name)} · ${htmlText(what(n))}</summary>`,
      ""
    );
    if (n.reason) out.push(`_${mdText(n.reason)}_`, "");
    if (n.diff && withDiff(n))
      out.push(
        "`-` is what Git says, `+` what the node runs (secrets hidden):",
        "",
        fence(n.diff, "diff"),
        ""
      );
    else if (n.diff)
      out.push(
        `_Diff (${plural(n.diff.split("\n").length, "line")}) left out to fit; see the JSON report._`,
        ""
      );
    out.push("</details>", "");
  }
  for (const { c, n } of unreachable(r))
    out.push(`- ❌ ${mdCode(`${c.name}/${n.name}`)} could not be read: ${mdText(n.reason ?? "")}`);
  return `${out.join("\n").trimEnd()}
`;
}
function driftMarkdown(r, limit = DRIFT_MARKDOWN_LIMIT) {
  const dropped = /* @__PURE__ */ new Set();
  let md = markdown(r, (n) => !dropped.has(n));
  const bySize = drifted(r).map(({ n }) => n).sort((a, b) => b.diff.length - a.diff.length);
  for (const n of bySize) {
    if (md.length <= limit) break;
    dropped.add(n);
    md = markdown(r, (x) => !dropped.has(x));
  }
  return md.length <= limit ? md : `${md.slice(0, limit - 40)}

_(report cut to fit)_
`;
}
function formatDrift(r, format, registry) {
  const text = format === "json" ? `${JSON.stringify(r, null, 2)}
` : format === "markdown" ? driftMarkdown(r) : driftText(r);
  return registry ? registry.redact(text) : text;
}

// src/cli/commands/drift.ts
var DRIFT_HELP = `Usage: talos-gitops drift [--repo DIR] [--cluster NAME]... [--stage S]... [--talosconfig FILE]
                         [--format text|json|markdown] [--clusters-dir DIR]

Read-only: reads every node's running config and Talos version over the Talos API and compares them
with the render of the checked-out commit. A drifted node runs something Git does not say (a change
by hand, an unfinished rollout); its diff goes from Git's render (-) to what it runs (+), secrets hidden.
Nothing is changed.

Exit status: 0 in sync, 2 drift, 1 failed (a cluster that does not render, a node that cannot be read).`;
async function driftCommand(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    cluster: { value: true, multiple: true },
    stage: { value: true, multiple: true },
    talosconfig: { value: true },
    format: { value: true },
    "clusters-dir": { value: true },
    "age-key-file": { value: true },
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${DRIFT_HELP}
`);
    return 0;
  }
  requireNoPositionals(positionals, "drift");
  const format = str(flags.format) ?? "text";
  if (!["text", "json", "markdown"].includes(format)) {
    throw new TalosGitopsError(`--format must be text, json or markdown (got ${JSON.stringify(format)})`);
  }
  const ctx = await cliContext(io, str(flags.repo), str(flags["age-key-file"]));
  const result = await renderWorkTree(ctx, {
    clusters: list(flags.cluster),
    stages: list(flags.stage),
    clustersDir: str(flags["clusters-dir"])
  });
  if (reportRenderErrors(ctx, result)) return 1;
  if (result.fleet.clusters.length === 0) {
    ctx.err("no clusters selected: nothing to check\n");
    return 1;
  }
  const talosconfigFile = path.resolve(io.cwd, str(flags.talosconfig) ?? defaultTalosconfigPath(io.env));
  const report = await checkDrift({
    fleet: result.fleet,
    talosconfig: await readTalosconfig(talosconfigFile),
    talosconfigFile,
    registry: ctx.registry
  });
  ctx.out(formatDrift(report, format, ctx.registry));
  return driftExitCode(report);
}
export {
  DRIFT_HELP,
  driftCommand
};
