import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  formatPlanText,
  judgeByBase,
  planJson
} from "./chunk-6FSDTNHA.js";
import {
  planRepo
} from "./chunk-74TAKATC.js";
import "./chunk-QPDLO3DF.js";
import "./chunk-WPVCXFWV.js";
import "./chunk-MC7OEDPC.js";
import "./chunk-6ANQTNRN.js";
import {
  cliContext,
  requireNoPositionals
} from "./chunk-D2OOZGHE.js";
import "./chunk-BEKQC6IL.js";
import "./chunk-N2UEE4T7.js";
import "./chunk-AEJVSIJ2.js";
import "./chunk-JFQZRN54.js";
import "./chunk-MAIXELVJ.js";
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

// src/cli/commands/plan.ts
var PLAN_HELP = `Usage: talos-gitops plan --base REF [--repo DIR] [--head REF] [--format text|markdown|json]
                         [--cluster NAME]... [--stage S]... [--clusters-dir DIR] [--policies-dir DIR]

Renders the base ref and the work tree (or --head) for every cluster and compares node by node: status,
predicted impact, redacted diff, findings. --format markdown prints the pull-request comment.
The head is judged by the base's policies, packs and waivers; what it changes in them is listed.
Exit status: 0 no changes, 2 changes (and valid), 1 failed (render errors or error findings).`;
async function planCommand(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    base: { value: true },
    head: { value: true },
    repo: { value: true },
    format: { value: true },
    cluster: { value: true, multiple: true },
    stage: { value: true, multiple: true },
    "clusters-dir": { value: true },
    "policies-dir": { value: true },
    "age-key-file": { value: true },
    "fail-on": { value: true },
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${PLAN_HELP}
`);
    return 0;
  }
  requireNoPositionals(positionals, "plan");
  const baseRef = str(flags.base);
  if (!baseRef)
    throw new TalosGitopsError("plan needs --base REF (the ref to compare with, e.g. origin/main)");
  const format = str(flags.format) ?? "text";
  if (!["text", "markdown", "json"].includes(format))
    throw new TalosGitopsError(`unknown --format ${format} (text, markdown or json)`);
  const ctx = await cliContext(io, str(flags.repo), str(flags["age-key-file"]));
  const failOn = str(flags["fail-on"]) === "warning" ? "warning" : "error";
  const { plan } = await planRepo({
    root: ctx.root,
    baseRef,
    headRef: str(flags.head),
    identities: ctx.identities,
    registry: ctx.registry,
    clustersDir: str(flags["clusters-dir"]),
    policiesDir: str(flags["policies-dir"]),
    clusters: list(flags.cluster),
    stages: list(flags.stage),
    // the base's policies, packs and waivers judge the change; what it changes in them is listed
    judge: judgeByBase({
      clustersDir: str(flags["clusters-dir"]),
      policiesDir: str(flags["policies-dir"]),
      redact: (t) => ctx.registry.redact(t)
    })
  });
  if (format === "json") ctx.out(`${JSON.stringify(planJson(plan), null, 2)}
`);
  else if (format === "markdown") {
    const { renderPlanMarkdown } = await import("./markdown-CV54F2J3.js");
    ctx.out(renderPlanMarkdown(plan, ctx));
  } else ctx.out(formatPlanText(plan, { diffs: true }));
  const failing = plan.findings.some(
    (f) => !f.waived && (f.severity === "error" || failOn === "warning" && f.severity === "warning")
  );
  if (failing || plan.clusters.some((c) => c.error)) return 1;
  return plan.hasChanges ? 2 : 0;
}
export {
  PLAN_HELP,
  planCommand
};
