import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  engineHooks,
  startSimulatedFleet
} from "./chunk-JG2G7BIB.js";
import {
  simulatedClusterSpecs,
  simulatedSchematics
} from "./chunk-BMYRJFKV.js";
import "./chunk-RCIUOHUT.js";
import "./chunk-B3AFNTAU.js";
import "./chunk-QPDLO3DF.js";
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

// src/cli/commands/simulate.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
var SIMULATE_HELP = `Usage: talos-gitops simulate --talosconfig OUT [--repo DIR] [--ref REF] [--cluster NAME]...
                            [--fault NODE=KIND[:VALUE]]... [--reboot-ms N] [--upgrade-ms N]
                            [--from-scratch | --maintenance NODE...] [--maintenance-endpoints OUT]

Starts a simulated Talos fleet on 127.0.0.1 for the repository's clusters: every node runs its
rendered config (from the work tree, or from REF) at the cluster's Talos version, behind an endpoint
that trusts the cluster's own OS CA, and a Kubernetes API per cluster (mTLS with its Kubernetes CA).
Writes a talosconfig (one context per cluster) to OUT and, with --kubeconfig FILE, a kubeconfig for
the simulated Kubernetes APIs (give it to apply --kubeconfig), prints one line when ready, and runs
until interrupted (Ctrl-C).

--from-scratch boots every node in maintenance mode instead (no config, no etcd: what a first apply
brings up), --maintenance NODE only the nodes named. Nodes in maintenance mode listen on endpoints of
their own: --maintenance-endpoints OUT writes where, for apply --maintenance-endpoints.

Faults (NODE is a node name or address, optionally CLUSTER/NODE):
  unreachable, apply-rejected[:MESSAGE], never-healthy, slow-reboot[:FACTOR] (default 10),
  etcd-unhealthy[:errors|not-started], upgrade-fails[:rpc|rollback] (default rpc), hang,
  bootstrap-fails[:MESSAGE], etcd-leave-fails`;
var FAULT_KINDS = [
  "unreachable",
  "apply-rejected",
  "never-healthy",
  "slow-reboot",
  "etcd-unhealthy",
  "upgrade-fails",
  "hang",
  "bootstrap-fails",
  "etcd-leave-fails"
];
function faultValue(kind, value) {
  switch (kind) {
    case "slow-reboot": {
      const factor = value === void 0 ? 10 : Number(value);
      if (!Number.isFinite(factor) || factor < 1)
        throw new TalosGitopsError(`slow-reboot factor must be a number ≥ 1 (got ${value})`);
      return factor;
    }
    case "etcd-unhealthy":
      if (value === void 0) return "errors";
      if (value !== "errors" && value !== "not-started")
        throw new TalosGitopsError("etcd-unhealthy takes errors or not-started");
      return value;
    case "upgrade-fails":
      if (value === void 0) return "rpc";
      if (value !== "rpc" && value !== "rollback")
        throw new TalosGitopsError("upgrade-fails takes rpc or rollback");
      return value;
    case "apply-rejected":
    case "bootstrap-fails":
      return value ?? true;
    default:
      if (value !== void 0) throw new TalosGitopsError(`fault ${kind} takes no value`);
      return true;
  }
}
function resolveNode(target, clusters, flag) {
  const slash = target.indexOf("/");
  const clusterName = slash >= 0 ? target.slice(0, slash) : void 0;
  const nodeName = slash >= 0 ? target.slice(slash + 1) : target;
  const matches = clusters.filter((c) => !clusterName || c.name === clusterName).flatMap(
    (c) => c.nodes.filter((n) => n.name === nodeName || n.address === nodeName).map((n) => ({ c, n }))
  );
  if (matches.length === 0) throw new TalosGitopsError(`${flag}: no node ${target}`);
  if (matches.length > 1)
    throw new TalosGitopsError(`${flag}: ${target} names several nodes; write CLUSTER/NODE`);
  return matches[0];
}
function parseFaults(specs, clusters) {
  const out = {};
  for (const spec of specs) {
    const m = /^([^=]+)=([a-z-]+)(?::(.*))?$/.exec(spec.trim());
    if (!m) throw new TalosGitopsError(`--fault ${JSON.stringify(spec)}: expected NODE=KIND[:VALUE]`);
    const [, target, kindText, value] = m;
    if (!FAULT_KINDS.includes(kindText)) {
      throw new TalosGitopsError(
        `--fault ${spec}: unknown fault ${kindText}; one of ${FAULT_KINDS.join(", ")}`
      );
    }
    const kind = kindText;
    const { c, n } = resolveNode(target, clusters, `--fault ${spec}`);
    const key = `${c.name}/${n.address}`;
    out[key] = { ...out[key], [kind]: faultValue(kind, value) };
  }
  return out;
}
function positiveInt(v, flag) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new TalosGitopsError(`--${flag} must be a whole number of milliseconds`);
  return n;
}
function interrupted() {
  return new Promise((resolve) => {
    const on = (signal) => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      resolve(signal);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
}
async function simulateCommand(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    talosconfig: { value: true },
    kubeconfig: { value: true },
    ref: { value: true },
    cluster: { value: true, multiple: true },
    fault: { value: true, multiple: true },
    "reboot-ms": { value: true },
    "upgrade-ms": { value: true },
    "from-scratch": {},
    maintenance: { value: true, multiple: true },
    "maintenance-endpoints": { value: true },
    "clusters-dir": { value: true },
    "age-key-file": { value: true },
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${SIMULATE_HELP}
`);
    return 0;
  }
  requireNoPositionals(positionals, "simulate");
  const out = str(flags.talosconfig);
  if (!out) throw new TalosGitopsError("simulate needs --talosconfig OUT (where to write the talosconfig)");
  const ctx = await cliContext(io, str(flags.repo), str(flags["age-key-file"]));
  const ref = str(flags.ref);
  const files = ref ? gitRefFiles(ctx.root, ref) : workTreeFiles(ctx.root);
  const result = await renderWorkTree(ctx, {
    files,
    clusters: list(flags.cluster),
    clustersDir: str(flags["clusters-dir"])
  });
  if (reportRenderErrors(ctx, result)) return 1;
  if (result.fleet.clusters.length === 0) {
    ctx.err("no clusters to simulate\n");
    return 1;
  }
  const faults = parseFaults(list(flags.fault), result.fleet.clusters);
  const rebootMs = positiveInt(str(flags["reboot-ms"]), "reboot-ms") ?? 2e3;
  const fresh = new Set(
    Object.keys(
      parseFaults(
        list(flags.maintenance).map((n) => `${n}=hang`),
        result.fleet.clusters
      )
    )
  );
  const fromScratch = flags["from-scratch"] === true;
  const fleet = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(
      result.fleet,
      { files, identities: ctx.identities, registry: ctx.registry },
      { maintenance: (c, n) => fromScratch || fresh.has(`${c.name}/${n.address}`) }
    ),
    schematics: simulatedSchematics(result.fleet),
    rebootMs,
    upgradeMs: positiveInt(str(flags["upgrade-ms"]), "upgrade-ms") ?? rebootMs,
    faults,
    hooks: engineHooks
  });
  try {
    const file = path.resolve(io.cwd, out);
    await fleet.writeTalosconfig(file);
    const kubeconfig = str(flags.kubeconfig);
    if (kubeconfig) await fleet.writeKubeconfig(path.resolve(io.cwd, kubeconfig));
    const endpointsOut = str(flags["maintenance-endpoints"]);
    if (endpointsOut) {
      const map = {};
      for (const c of fleet.clusters)
        for (const n of c.nodes)
          map[`${c.name}/${n.address}`] = fleet.maintenanceEndpoint(n.address, c.name);
      writeFileSync(path.resolve(io.cwd, endpointsOut), `${JSON.stringify(map, null, 2)}
`);
    }
    const nodes = fleet.nodes().length;
    const faulty = Object.keys(faults).length;
    const waiting = fleet.nodes().filter((n) => n.maintenance).length;
    ctx.out(
      `simulated fleet ready: ${fleet.clusters.length} cluster(s), ${nodes} node(s)${waiting ? ` (${waiting} in maintenance mode)` : ""}${faulty ? `, ${faulty} with faults` : ""} from ${files.label}; talosconfig: ${file}
`
    );
    await interrupted();
  } finally {
    await fleet.stop();
  }
  return 0;
}
export {
  SIMULATE_HELP,
  parseFaults,
  simulateCommand
};
