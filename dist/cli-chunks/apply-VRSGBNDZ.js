import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  formatRolloutReport,
  formerAddresses,
  progressFor
} from "./chunk-MLPYGNCB.js";
import {
  rolloutExitCode,
  runRollout
} from "./chunk-KQN2MFZD.js";
import "./chunk-34BHOFJA.js";
import "./chunk-BMYRJFKV.js";
import "./chunk-RCIUOHUT.js";
import {
  defaultTalosconfigPath,
  readTalosconfig,
  talosconfigSecrets
} from "./chunk-B3AFNTAU.js";
import {
  STOPPED_EXIT
} from "./chunk-KF6HV3RV.js";
import "./chunk-74TAKATC.js";
import "./chunk-QPDLO3DF.js";
import {
  validateFleet
} from "./chunk-WPVCXFWV.js";
import {
  repoPolicyFiles
} from "./chunk-MC7OEDPC.js";
import "./chunk-6ANQTNRN.js";
import {
  cliContext,
  renderWorkTree,
  reportRenderErrors,
  requireNoPositionals
} from "./chunk-D2OOZGHE.js";
import {
  gitRefFiles,
  workTreeFiles
} from "./chunk-BEKQC6IL.js";
import "./chunk-N2UEE4T7.js";
import "./chunk-MAIXELVJ.js";
import "./chunk-AAVGJGMG.js";
import "./chunk-S72DQVPL.js";
import "./chunk-HLEF6RPP.js";
import {
  list,
  parseArgs,
  require_dist,
  str
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";
import "./chunk-XKE3C3WH.js";
import {
  __toESM
} from "./chunk-ZD72TYB7.js";

// src/cli/commands/apply.ts
import path2 from "node:path";

// src/kubernetes/kubeconfig.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import path from "node:path";
var KubeconfigError = class extends TalosGitopsError {
  name = "KubeconfigError";
};
function list2(raw, key, inner, file) {
  const items = raw[key];
  if (items === void 0 || items === null) return [];
  if (!Array.isArray(items)) throw new KubeconfigError(`${key} is not a list`, { file, field: key });
  return items.map((item, i) => {
    if (typeof item?.name !== "string")
      throw new KubeconfigError(`${key}[${i}] has no name`, { file, field: `${key}[${i}].name` });
    return { name: item.name, value: item[inner] ?? {} };
  });
}
async function dataOrFile(entry, dataKey, fileKey, base, where2) {
  const data = entry[dataKey];
  if (typeof data === "string") return Buffer.from(data, "base64").toString("utf8");
  const ref = entry[fileKey];
  if (typeof ref === "string") {
    try {
      return await readFile(path.resolve(base, ref), "utf8");
    } catch (err) {
      throw new KubeconfigError(`cannot read ${fileKey} ${ref}: ${err.code}`, {
        ...where2,
        field: `${where2.field}.${fileKey}`
      });
    }
  }
  return void 0;
}
async function readKubeconfig(file, registry) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new KubeconfigError(`cannot read the kubeconfig: ${err.code}`, { file });
  }
  return parseKubeconfig(text, file, registry);
}
async function parseKubeconfig(text, file, registry) {
  let raw;
  try {
    raw = (0, import_yaml.parse)(text) ?? {};
  } catch (err) {
    throw new KubeconfigError(`not YAML: ${err.message.split("\n")[0]}`, { file });
  }
  const base = path.dirname(file);
  const clusters = new Map(list2(raw, "clusters", "cluster", file).map((c) => [c.name, c.value]));
  const users = new Map(list2(raw, "users", "user", file).map((u) => [u.name, u.value]));
  const contexts = /* @__PURE__ */ new Map();
  for (const ctx of list2(raw, "contexts", "context", file)) {
    const field = `contexts.${ctx.name}`;
    const cluster = clusters.get(String(ctx.value.cluster));
    if (!cluster)
      throw new KubeconfigError(`context ${ctx.name}: no cluster ${String(ctx.value.cluster)}`, {
        file,
        field
      });
    const user = users.get(String(ctx.value.user)) ?? {};
    if (user.exec || user["auth-provider"]) {
      throw new KubeconfigError(
        `context ${ctx.name}: exec plugins and auth providers are not supported (give a client certificate or a token)`,
        { file, field }
      );
    }
    if (cluster["insecure-skip-tls-verify"] === true) {
      throw new KubeconfigError(`context ${ctx.name}: insecure-skip-tls-verify is refused`, { file, field });
    }
    const where2 = { file, field: `clusters.${String(ctx.value.cluster)}` };
    const caPem = await dataOrFile(
      cluster,
      "certificate-authority-data",
      "certificate-authority",
      base,
      where2
    );
    if (!caPem)
      throw new KubeconfigError(`context ${ctx.name}: the cluster has no certificate authority`, where2);
    const uwhere = { file, field: `users.${String(ctx.value.user)}` };
    const certPem = await dataOrFile(user, "client-certificate-data", "client-certificate", base, uwhere);
    const keyPem = await dataOrFile(user, "client-key-data", "client-key", base, uwhere);
    let token = typeof user.token === "string" ? user.token : void 0;
    if (!token && typeof user.tokenFile === "string") {
      token = (await readFile(path.resolve(base, user.tokenFile), "utf8")).trim();
    }
    for (const secret of [certPem, keyPem, token]) if (secret) registry.add(secret);
    if (user["client-key-data"]) registry.add(String(user["client-key-data"]));
    if (!token && !(certPem && keyPem)) {
      throw new KubeconfigError(
        `context ${ctx.name}: the user has neither a client certificate and key nor a token`,
        uwhere
      );
    }
    contexts.set(ctx.name, {
      server: String(cluster.server ?? ""),
      caPem,
      certPem,
      keyPem,
      token,
      tlsServerName: typeof cluster["tls-server-name"] === "string" ? cluster["tls-server-name"] : void 0
    });
  }
  const current = typeof raw["current-context"] === "string" ? raw["current-context"] : void 0;
  return { file, currentContext: current, contexts };
}

// src/validate/apply-gate.ts
var SHOWN = 3;
function where(f) {
  return f.file ? ` (${f.file}${f.line ? `:${f.line}` : ""})` : "";
}
function applyRefusals(findings, clusters) {
  const errors = findings.filter((f) => f.severity === "error" && !f.waived);
  const everywhere = errors.filter((f) => f.cluster === void 0);
  const out = /* @__PURE__ */ new Map();
  for (const name of clusters) {
    const mine = [...everywhere, ...errors.filter((f) => f.cluster === name)];
    if (mine.length === 0) continue;
    const listed = mine.slice(0, SHOWN).map((f) => `${f.rule}${f.node ? ` on ${f.node}` : ""}: ${f.message}${where(f)}`).join("; ");
    const more = mine.length > SHOWN ? ` (and ${mine.length - SHOWN} more)` : "";
    out.set(
      name,
      `refused before any node was touched: ${mine.length} unwaived error finding${mine.length === 1 ? "" : "s"}, as validate and plan report them: ${listed}${more}`
    );
  }
  return out;
}

// src/cli/maintenance-endpoints.ts
import { readFileSync } from "node:fs";
function readMaintenanceEndpoints(file) {
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new TalosGitopsError(`cannot read the maintenance endpoints: ${err.message}`, { file });
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new TalosGitopsError("maintenance endpoints must be a JSON object of address → host:port", {
      file
    });
  }
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== "string" || !/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(value)) {
      throw new TalosGitopsError(`${JSON.stringify(value)} is not host:port`, { file, field: key });
    }
  }
  return parsed;
}
function maintenanceEndpointFrom(map) {
  return (cluster, node) => map[`${cluster.name}/${node.address}`] ?? map[node.address];
}

// src/cli/commands/apply.ts
var APPLY_HELP = `Usage: talos-gitops apply [--repo DIR] [--cluster NAME]... [--stage S]... [--stages A,B]
                         [--talosconfig FILE] [--base REF] [--dry-run] [--format text|json] [--clusters-dir DIR]
                         [--maintenance-endpoints FILE]

Rolls the work tree's rendered configs out: stages in the --stages order (required when the selected
clusters span several stages), in each cluster control planes one at a time (the etcd leader last,
after moving leadership away), then workers in batches of rollout.workers.maxParallel. Every node
is checked healthy before the next one; the first failure stops its cluster and every later stage.
Run it again to resume: nodes already converged are skipped. An interrupt (Ctrl-C) lets the nodes in
flight finish and starts no others; a second (GitHub sends SIGTERM 7.5 s after SIGINT) stops at once and
prints the report of the rollout so far, naming the nodes in flight and what remains to do on them.

A node that answers only in maintenance mode is new: it gets its first config over the maintenance
API (unauthenticated, as talosctl apply-config --insecure) and joins; a cluster where no control
plane has etcd yet is brought up and etcd bootstrapped on exactly one control plane, never twice.

  --base REF       the last applied commit (e.g. HEAD~1): a node whose address the change moves is
                   reached at its address there, applied, then waited for at its new address; with
                   --dry-run, a node that runs something else than that commit's render is labelled
                   "drift: the node runs something Git never had", with the revert this apply makes
  --dry-run        plan only: each node's action, mode and its own dry-run diff (secrets redacted)
  --format json    the report as JSON on stdout (progress goes to stderr either way)
  --talosconfig    default: $TALOSCONFIG, else ~/.talos/config; a context named after the cluster
                   is used for it, else the current context
  --kubeconfig     for draining and gates: a kubeconfig (a context named after the cluster, else the
                   current one); default: an admin credential minted in memory from the cluster's
                   Kubernetes CA (its secrets bundle) for the cluster's endpoint
  --maintenance-endpoints FILE
                   where nodes in maintenance mode listen when not at ADDRESS:50000: a JSON object
                   of node address (or CLUSTER/ADDRESS) to host:port (simulate writes one)

Before anything is touched, every cluster is validated as validate and plan validate it (schema,
Talos rules, fleet rules, packs, the repository's policies, waivers): a cluster with an unwaived
error finding is refused, and the report says why.

Exit status: 0 done (or, with --dry-run, would roll out cleanly), 1 failed or halted.`;
async function applyCommand(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    cluster: { value: true, multiple: true },
    stage: { value: true, multiple: true },
    stages: { value: true, multiple: true },
    talosconfig: { value: true },
    kubeconfig: { value: true },
    base: { value: true },
    "dry-run": {},
    format: { value: true },
    "clusters-dir": { value: true },
    "policies-dir": { value: true },
    "age-key-file": { value: true },
    "maintenance-endpoints": { value: true },
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${APPLY_HELP}
`);
    return 0;
  }
  requireNoPositionals(positionals, "apply");
  const format = str(flags.format) ?? "text";
  if (format !== "text" && format !== "json") {
    throw new TalosGitopsError(`--format must be text or json (got ${JSON.stringify(format)})`);
  }
  const ctx = await cliContext(io, str(flags.repo), str(flags["age-key-file"]));
  const result = await renderWorkTree(ctx, {
    clusters: list(flags.cluster),
    stages: list(flags.stage),
    clustersDir: str(flags["clusters-dir"])
  });
  if (reportRenderErrors(ctx, result)) {
    ctx.err("nothing was applied\n");
    return 1;
  }
  if (result.fleet.clusters.length === 0) {
    ctx.err("no clusters selected: nothing to apply\n");
    return 1;
  }
  const baseRef = str(flags.base);
  const former = baseRef ? formerAddresses(gitRefFiles(ctx.root, baseRef), str(flags["clusters-dir"])) : void 0;
  const dryRun = flags["dry-run"] === true;
  const lastApplied = dryRun && baseRef ? await renderLastApplied(ctx, baseRef, result.fleet, str(flags["clusters-dir"])) : void 0;
  const validation = validateFleet(result.fleet, {
    policyFiles: repoPolicyFiles(workTreeFiles(ctx.root), str(flags["policies-dir"]) ?? "policies"),
    redact: (t) => ctx.registry.redact(t)
  });
  const refused = applyRefusals(
    validation.findings,
    result.fleet.clusters.map((c) => c.name)
  );
  for (const [name, why] of refused) ctx.err(`cluster ${name}: ${why}
`);
  const talosconfigFile = path2.resolve(io.cwd, str(flags.talosconfig) ?? defaultTalosconfigPath(io.env));
  const talosconfig = await readTalosconfig(talosconfigFile);
  ctx.registry.addAll(talosconfigSecrets(talosconfig));
  const kubeconfigFlag = str(flags.kubeconfig);
  const kubeconfig = kubeconfigFlag ? await readKubeconfig(path2.resolve(io.cwd, kubeconfigFlag), ctx.registry) : void 0;
  const endpointsFile = str(flags["maintenance-endpoints"]);
  const maintenanceEndpoint = endpointsFile ? maintenanceEndpointFrom(readMaintenanceEndpoints(path2.resolve(io.cwd, endpointsFile))) : void 0;
  const progress = progressFor(ctx.err, io.isTTY && format === "text", { registry: ctx.registry });
  const controller = new AbortController();
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    if (controller.signal.aborted) {
      ctx.err("\ninterrupted again: reporting the rollout so far and the nodes in flight, then quitting\n");
      stop.abort();
      return;
    }
    ctx.err(
      "\ninterrupted: finishing the nodes in flight, starting no others (interrupt again to stop now)\n"
    );
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const report = await runRollout({
      fleet: result.fleet,
      talosconfig,
      talosconfigFile,
      stagesOrder: list(flags.stages).flatMap((s) => s.split(",").map((x) => x.trim())),
      dryRun,
      registry: ctx.registry,
      progress,
      signal: controller.signal,
      stop: stop.signal,
      refused,
      kubernetes: { kubeconfig },
      cwd: ctx.root,
      maintenanceEndpoint,
      ...former ? { formerAddresses: former } : {},
      ...lastApplied ? { lastApplied } : {}
    });
    ctx.out(formatRolloutReport(report, format, ctx.registry));
    return stop.signal.aborted ? STOPPED_EXIT : rolloutExitCode(report);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    progress.close?.();
  }
}
async function renderLastApplied(ctx, ref, head, clustersDir) {
  const was = await renderWorkTree(ctx, {
    files: gitRefFiles(ctx.root, ref),
    clusters: head.clusters.map((c) => c.name),
    clustersDir
  });
  for (const e of was.errors)
    ctx.err(`note: cluster ${e.cluster} does not render at ${ref}: no drift labels for it
`);
  return was.fleet;
}
export {
  APPLY_HELP,
  applyCommand
};
