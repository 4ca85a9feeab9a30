import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  formatRolloutReport,
  progressFor
} from "./chunk-MLPYGNCB.js";
import {
  rolloutExitCode,
  runRollout
} from "./chunk-KQN2MFZD.js";
import "./chunk-34BHOFJA.js";
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
import {
  formatFindings
} from "./chunk-NIQL7OVQ.js";
import {
  formatPlanText,
  judgeByBase
} from "./chunk-6FSDTNHA.js";
import {
  planChange
} from "./chunk-74TAKATC.js";
import "./chunk-QPDLO3DF.js";
import "./chunk-WPVCXFWV.js";
import "./chunk-MC7OEDPC.js";
import "./chunk-6ANQTNRN.js";
import {
  cliContext,
  requireNoPositionals
} from "./chunk-D2OOZGHE.js";
import {
  memoryFiles,
  overlayFiles,
  renderFleet,
  workTreeFiles
} from "./chunk-BEKQC6IL.js";
import "./chunk-N2UEE4T7.js";
import "./chunk-AEJVSIJ2.js";
import "./chunk-JFQZRN54.js";
import "./chunk-MAIXELVJ.js";
import "./chunk-AAVGJGMG.js";
import "./chunk-S72DQVPL.js";
import "./chunk-HLEF6RPP.js";
import {
  parseArgs,
  str
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";
import "./chunk-XKE3C3WH.js";
import "./chunk-ZD72TYB7.js";

// src/cli/commands/demo.ts
import { existsSync as existsSync2 } from "node:fs";
import path2 from "node:path";

// src/cli/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from = import.meta.url) {
  let dir = path.dirname(fileURLToPath(from));
  for (; ; ) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "talos-gitops")
          return dir;
      } catch {
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}

// src/cli/commands/demo.ts
var DEMO_HELP = `Usage: talos-gitops demo [--repo DIR] [--reboot-ms N] [--from-scratch]

Runs the whole story on the example fleet in clusters/ with simulated Talos nodes, offline (without
--repo: the current folder when it holds the example fleet, else the copy the package ships):
1. starts a simulated fleet (real gRPC + mTLS on 127.0.0.1) running the current rendered configs, and a
   simulated Kubernetes API per cluster (production runs a small workload behind a PodDisruptionBudget),
2. changes the repository in memory (the work tree is not touched): kubelet maxPods for every node, an
   HTTP proxy for the production workers (an environment change Talos applies with a reboot), and
   staging's Kubernetes patch version,
3. plans and validates the change as the pull-request comment would,
4. rolls it out: staging, then production; control planes one at a time, workers in batches, every
   node drained before its kubelet restarts or it reboots and uncordoned once Ready, the cluster gates
   between steps, staging's Kubernetes version moved as talosctl upgrade-k8s moves it,
5. prints the report.

--from-scratch starts from an empty fleet instead: every node waits in maintenance mode, and the
first merge's apply of the repository as it is brings it up (first configs over the maintenance API,
etcd bootstrapped once per cluster, then healthy).`;
var KUBELET = "clusters/shared/patches/kubelet.yaml";
var PROD_WORKER = "clusters/production/patches/worker.yaml";
var STAGING = "clusters/staging/cluster.yaml";
var STAGING_K8S = ["v1.35.4", "v1.35.5"];
var STAGES = ["staging", "production"];
var WEB = { namespace: "shop", name: "web", replicas: 4, maxUnavailable: 1 };
async function demoCommand(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    "reboot-ms": { value: true },
    "from-scratch": {},
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${DEMO_HELP}
`);
    return 0;
  }
  requireNoPositionals(positionals, "demo");
  const rebootMs = Number(str(flags["reboot-ms"]) ?? 1500);
  const root = demoRoot(io.cwd, str(flags.repo));
  const env = io.env.SOPS_AGE_KEY || io.env.SOPS_AGE_KEY_FILE ? {} : { SOPS_AGE_KEY_FILE: path2.join(root, "clusters/demo-age-key.txt") };
  const ctx = await cliContext({ ...io, env: { ...io.env, ...env } }, root);
  const say = (t = "") => ctx.out(`${t}
`);
  const base = workTreeFiles(ctx.root);
  if (flags["from-scratch"] === true) return fromScratch(ctx, base, rebootMs, io.isTTY, env);
  const kubelet = base.read(KUBELET);
  const worker = base.read(PROD_WORKER);
  const staging = base.read(STAGING);
  if (!kubelet || !worker || !staging || !kubelet.includes("maxPods: 150") || !staging.includes(`kubernetesVersion: ${STAGING_K8S[0]}`)) {
    throw new TalosGitopsError(
      `the demo runs on the example fleet: ${KUBELET}, ${PROD_WORKER} and ${STAGING} as shipped`,
      { file: KUBELET }
    );
  }
  const head = overlayFiles(base, {
    [KUBELET]: kubelet.replace("maxPods: 150", "maxPods: 200"),
    [PROD_WORKER]: `${worker.trimEnd()}
  env:
    HTTP_PROXY: http://proxy.prod.example.com:3128
`,
    [STAGING]: staging.replace(
      `kubernetesVersion: ${STAGING_K8S[0]}`,
      `kubernetesVersion: ${STAGING_K8S[1]}`
    )
  });
  say("talos-gitops demo: the example fleet in clusters/, with simulated Talos nodes");
  say(
    `(secrets decrypted with ${env.SOPS_AGE_KEY_FILE ? "the demo key clusters/demo-age-key.txt" : "your configured age key"})`
  );
  say();
  const live = await renderFleet({ files: base, identities: ctx.identities, registry: ctx.registry });
  if (live.errors.length) throw live.errors[0].error;
  const sim = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(live.fleet, {
      files: base,
      identities: ctx.identities,
      registry: ctx.registry
    }),
    rebootMs,
    hooks: engineHooks
  });
  try {
    const nodes = live.fleet.clusters.reduce((n, c) => n + c.nodes.length, 0);
    await seedWorkload(sim);
    say(
      `1. A simulated fleet is running: ${nodes} nodes in ${live.fleet.clusters.length} clusters on 127.0.0.1, mTLS with each cluster's own Talos CA, reboots take ${rebootMs} ms.`
    );
    say(
      `   Each cluster has a simulated Kubernetes API (mTLS, its own Kubernetes CA; the rollout mints a short-lived admin credential from the secrets bundle). Production runs ${WEB.namespace}/${WEB.name}: ${WEB.replicas} replicas on the workers, a PodDisruptionBudget allows ${WEB.maxUnavailable} down at a time.`
    );
    say();
    say("2. The change (as a pull request would make it):");
    say(`   ${KUBELET}: kubelet maxPods 150 → 200 (every node: the kubelet restarts)`);
    say(`   ${PROD_WORKER}: HTTP_PROXY for the production workers (machine.env: Talos reboots to apply it)`);
    say(`   ${STAGING}: kubernetesVersion ${STAGING_K8S[0]} → ${STAGING_K8S[1]}`);
    say();
    say("3. The plan, as the pull-request comment shows it:");
    const { plan, head: desired } = await planChange({
      base,
      head,
      identities: ctx.identities,
      registry: ctx.registry,
      judge: judgeByBase({ redact: (t) => ctx.registry.redact(t) })
    });
    say(indent(formatPlanText(plan).trimEnd()));
    const sample = plan.clusters.flatMap((c) => c.nodes).find((n) => n.name === "prod-w-1");
    if (sample?.diff) {
      say('   The diff of prod-w-1 (secrets would show as "(secret)"):');
      say(indent(sample.diff.trimEnd(), 6));
    }
    say();
    const findings = plan.findings.filter((f) => f.severity !== "notice");
    say(`4. Validation: ${findings.length === 0 ? "no findings above notice" : ""}`);
    if (findings.length) say(indent(formatFindings(findings, "text").trimEnd()));
    say();
    say(`5. The rollout: ${STAGES.join(" → ")}; control planes one at a time, workers in batches.`);
    say(
      "   Before its kubelet restarts or it reboots, each node is cordoned and drained through the Eviction API (the budget is respected: a pod waits until another is Ready elsewhere; DaemonSet and mirror pods stay), and uncordoned once Ready again."
    );
    say(
      "   The cluster gates (every Kubernetes node Ready, the control-plane pods Ready, etcd healthy) run before the first node, between steps and after the last."
    );
    say(
      `   Staging's Kubernetes ${STAGING_K8S[0]} → ${STAGING_K8S[1]} runs after its config, as talosctl upgrade-k8s runs it: kube-apiserver, kube-controller-manager, kube-scheduler, kube-proxy, the kubelets (drained), then the manifests Talos renders, applied server-side.`
    );
    const progress = progressFor((t) => ctx.out(t), io.isTTY, { registry: ctx.registry });
    const report = await runRollout({
      fleet: desired,
      talosconfig: sim.talosconfig,
      kubernetes: { endpoints: sim.kubernetesEndpoints },
      stagesOrder: STAGES,
      registry: ctx.registry,
      progress
    });
    progress.close?.();
    say();
    say("6. What Kubernetes saw:");
    for (const line of kubernetesStory(report)) say(`   ${line}`);
    say();
    say("7. The report:");
    say(indent(formatRolloutReport(report, "text", ctx.registry).trimEnd()));
    return rolloutExitCode(report);
  } finally {
    await sim.stop();
  }
}
async function seedWorkload(sim) {
  const state = sim.clusters.find((c) => c.name === "production")?.kubernetes?.state;
  if (!state) return;
  state.createDeployment({ namespace: WEB.namespace, name: WEB.name, replicas: WEB.replicas });
  state.createPodDisruptionBudget(WEB.namespace, WEB.name, {
    maxUnavailable: WEB.maxUnavailable,
    selector: { matchLabels: { app: WEB.name } }
  });
  const ready = () => state.list("Pod", WEB.namespace).filter(
    (p) => p.status?.conditions?.[0]?.status === "True"
  ).length;
  const end = Date.now() + 1e4;
  while (ready() < WEB.replicas && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
}
function kubernetesStory(report) {
  const lines = [];
  for (const c of report.stages.flatMap((s) => s.clusters)) {
    const drained = c.nodes.flatMap(
      (n) => n.notes.filter((t) => t.startsWith("drained:")).map((t) => `${n.name} ${t.slice("drained: ".length)}`)
    );
    if (drained.length) lines.push(`${c.name}: drained before disruption: ${drained.join("; ")}`);
    const passed = (c.gates ?? []).filter((g) => g.ok).length;
    if (c.gates?.length) lines.push(`${c.name}: ${passed} of ${c.gates.length} gates passed`);
    if (c.kubernetes) {
      const order = c.kubernetes.steps.map((s) => s.node ? `${s.step} on ${s.node}` : s.step);
      lines.push(`${c.name}: Kubernetes ${c.kubernetes.from} → ${c.kubernetes.to}: ${order.join(" → ")}`);
      if (c.kubernetes.manifests?.length)
        lines.push(`${c.name}: manifests applied server-side: ${c.kubernetes.manifests.length}`);
    }
  }
  return lines.length ? lines : ["(no Kubernetes activity)"];
}
async function fromScratch(ctx, base, rebootMs, isTTY, env) {
  const say = (t = "") => ctx.out(`${t}
`);
  say("talos-gitops demo --from-scratch: the example fleet in clusters/, from an empty simulated fleet");
  say(
    `(secrets decrypted with ${env.SOPS_AGE_KEY_FILE ? "the demo key clusters/demo-age-key.txt" : "your configured age key"})`
  );
  say();
  const live = await renderFleet({ files: base, identities: ctx.identities, registry: ctx.registry });
  if (live.errors.length) throw live.errors[0].error;
  const sim = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(
      live.fleet,
      { files: base, identities: ctx.identities, registry: ctx.registry },
      { maintenance: () => true }
    ),
    schematics: simulatedSchematics(live.fleet),
    rebootMs,
    hooks: engineHooks
  });
  try {
    const nodes = live.fleet.clusters.reduce((n, c) => n + c.nodes.length, 0);
    say(
      `1. ${nodes} simulated machines in ${live.fleet.clusters.length} clusters booted from installation media: each waits in maintenance mode (no config, no etcd, no Kubernetes), answering only the maintenance API.`
    );
    say();
    say("2. The first pull request adds the clusters; its plan:");
    const { plan, head: desired } = await planChange({
      base: memoryFiles({}, "empty repository"),
      head: base,
      identities: ctx.identities,
      registry: ctx.registry,
      judge: judgeByBase({ redact: (t) => ctx.registry.redact(t) })
    });
    say(indent(formatPlanText(plan).trimEnd()));
    say();
    say("3. The merge applies it, as apply does on a first merge:");
    say(
      "   each node gets its first config over the maintenance API (the insecure connection talosctl apply-config --insecure makes: nothing authenticates the machine yet) and installs;"
    );
    say(
      "   with no etcd anywhere in a cluster, etcd is bootstrapped on exactly one control plane (never where a member reports etcd data), then the cluster is waited for until healthy."
    );
    const maintenanceEndpoint = (c, n) => sim.maintenanceEndpoint(n.address, c.name);
    const apply = async (progress) => {
      const reporter = progress ? progressFor((t) => ctx.out(t), isTTY, { registry: ctx.registry }) : void 0;
      const report = await runRollout({
        fleet: desired,
        talosconfig: sim.talosconfig,
        kubernetes: { endpoints: sim.kubernetesEndpoints },
        stagesOrder: STAGES,
        registry: ctx.registry,
        maintenanceEndpoint,
        ...reporter ? { progress: reporter } : {}
      });
      reporter?.close?.();
      return report;
    };
    const first = await apply(true);
    say();
    const bootstraps = sim.events.filter((e) => e.type === "etcd-bootstrap");
    say(
      `4. Bootstraps: ${bootstraps.length} (${bootstraps.map((e) => `${e.cluster}/${e.node}`).join(", ") || "none"}), one per cluster.`
    );
    say();
    say("5. The report:");
    say(indent(formatRolloutReport(first, "text", ctx.registry).trimEnd()));
    if (rolloutExitCode(first) !== 0) return rolloutExitCode(first);
    say();
    const again = await apply(false);
    const more = sim.events.filter((e) => e.type === "etcd-bootstrap").length - bootstraps.length;
    const changed = again.stages.flatMap((s) => s.clusters.flatMap((c) => c.nodes)).filter((n) => n.status !== "unchanged").length;
    say(
      `6. A re-run of the apply: ${changed} node(s) changed, ${more} bootstrap(s): the fleet is as the repository says.`
    );
    return rolloutExitCode(again);
  } finally {
    await sim.stop();
  }
}
function demoRoot(cwd, repo) {
  if (repo !== void 0) return path2.resolve(cwd, repo);
  if (existsSync2(path2.join(cwd, KUBELET))) return cwd;
  const shipped = packageRoot();
  return shipped && existsSync2(path2.join(shipped, KUBELET)) ? shipped : cwd;
}
function indent(text, n = 3) {
  const pad = " ".repeat(n);
  return text.split("\n").map((l) => l ? pad + l : l).join("\n");
}
export {
  DEMO_HELP,
  demoCommand
};
