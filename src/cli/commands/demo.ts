/**
 * `talos-gitops demo`: the whole story on the example fleet, offline. A simulated Talos fleet runs the
 * current configs; a change is made to the repository (in memory, the work tree is not touched);
 * the change is planned and validated as a pull request would be; then it is rolled out stage by stage
 * with live progress, and the report is printed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { TalosGitopsError } from '../../errors.js';
import { planChange } from '../../plan/plan.js';
import { formatPlanText } from '../../plan/text.js';
import { renderFleet } from '../../render/render.js';
import { overlayFiles, workTreeFiles } from '../../repo/files.js';
import {
  formatRolloutReport,
  progressFor,
  rolloutExitCode,
  runRollout,
  simulatedClusterSpecs,
} from '../../rollout/index.js';
import { engineHooks } from '../../simulator/engine-hooks.js';
import { startSimulatedFleet } from '../../simulator/index.js';
import { formatFindings } from '../../validate/index.js';
import { judgeByBase } from '../../validate/judged-by-base.js';
import { parseArgs, str } from '../args.js';
import { cliContext, requireNoPositionals } from '../context.js';
import type { Io } from '../io.js';
import { packageRoot } from '../package-root.js';

export const DEMO_HELP = `Usage: talos-gitops demo [--repo DIR] [--reboot-ms N]

Runs the whole story on the example fleet in clusters/ with simulated Talos nodes, offline (without
--repo: the current folder when it holds the example fleet, else the copy the package ships):
1. starts a simulated fleet (real gRPC + mTLS on 127.0.0.1) running the current rendered configs,
2. changes two patches in memory (the work tree is not touched): kubelet maxPods for every node, and an
   HTTP proxy for the production workers (an environment change Talos applies with a reboot),
3. plans and validates the change as the pull-request comment would,
4. rolls it out: staging, then production; control planes one at a time, workers in batches,
5. prints the report.`;

const KUBELET = 'clusters/shared/patches/kubelet.yaml';
const PROD_WORKER = 'clusters/production/patches/worker.yaml';
const STAGES = ['staging', 'production'];

export async function demoCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    'reboot-ms': { value: true },
    help: { short: 'h' },
  });
  if (flags.help) {
    io.out(`${DEMO_HELP}\n`);
    return 0;
  }
  requireNoPositionals(positionals, 'demo');
  const rebootMs = Number(str(flags['reboot-ms']) ?? 1500);
  const root = demoRoot(io.cwd, str(flags.repo));
  // the example fleet's own demo key, unless the caller configured identities
  const env =
    io.env.SOPS_AGE_KEY || io.env.SOPS_AGE_KEY_FILE
      ? {}
      : { SOPS_AGE_KEY_FILE: path.join(root, 'clusters/demo-age-key.txt') };
  const ctx = await cliContext({ ...io, env: { ...io.env, ...env } }, root);
  const say = (t = '') => ctx.out(`${t}\n`);

  const base = workTreeFiles(ctx.root);
  const kubelet = base.read(KUBELET);
  const worker = base.read(PROD_WORKER);
  if (!kubelet || !worker || !kubelet.includes('maxPods: 150')) {
    throw new TalosGitopsError(
      `the demo runs on the example fleet: ${KUBELET} and ${PROD_WORKER} as shipped`,
      { file: KUBELET },
    );
  }
  const head = overlayFiles(base, {
    [KUBELET]: kubelet.replace('maxPods: 150', 'maxPods: 200'),
    [PROD_WORKER]: `${worker.trimEnd()}\n  env:\n    HTTP_PROXY: http://proxy.prod.example.com:3128\n`,
  });

  say('talos-gitops demo: the example fleet in clusters/, with simulated Talos nodes');
  say(
    `(secrets decrypted with ${env.SOPS_AGE_KEY_FILE ? 'the demo key clusters/demo-age-key.txt' : 'your configured age key'})`,
  );
  say();
  const live = await renderFleet({ files: base, identities: ctx.identities, registry: ctx.registry });
  if (live.errors.length) throw live.errors[0]!.error;
  const sim = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(live.fleet, {
      files: base,
      identities: ctx.identities,
      registry: ctx.registry,
    }),
    rebootMs,
    hooks: engineHooks,
  });
  try {
    const nodes = live.fleet.clusters.reduce((n, c) => n + c.nodes.length, 0);
    say(
      `1. A simulated fleet is running: ${nodes} nodes in ${live.fleet.clusters.length} clusters on 127.0.0.1, mTLS with each cluster's own Talos CA, reboots take ${rebootMs} ms.`,
    );
    say();
    say('2. The change (as a pull request would make it):');
    say(`   ${KUBELET}: kubelet maxPods 150 → 200 (every node)`);
    say(`   ${PROD_WORKER}: HTTP_PROXY for the production workers (machine.env: Talos reboots to apply it)`);
    say();
    say('3. The plan, as the pull-request comment shows it:');
    const { plan, head: desired } = await planChange({
      base,
      head,
      identities: ctx.identities,
      registry: ctx.registry,
      judge: judgeByBase({ redact: (t) => ctx.registry.redact(t) }),
    });
    say(indent(formatPlanText(plan).trimEnd()));
    const sample = plan.clusters.flatMap((c) => c.nodes).find((n) => n.name === 'prod-w-1');
    if (sample?.diff) {
      say('   The diff of prod-w-1 (secrets would show as "(secret)"):');
      say(indent(sample.diff.trimEnd(), 6));
    }
    say();
    const findings = plan.findings.filter((f) => f.severity !== 'notice');
    say(`4. Validation: ${findings.length === 0 ? 'no findings above notice' : ''}`);
    if (findings.length) say(indent(formatFindings(findings, 'text').trimEnd()));
    say();
    say(`5. The rollout: ${STAGES.join(' → ')}; control planes one at a time, workers in batches:`);
    const progress = progressFor((t) => ctx.out(t), io.isTTY, { registry: ctx.registry });
    const report = await runRollout({
      fleet: desired,
      talosconfig: sim.talosconfig,
      kubernetes: { endpoints: sim.kubernetesEndpoints },
      stagesOrder: STAGES,
      registry: ctx.registry,
      progress,
    });
    progress.close?.();
    say();
    say('6. The report:');
    say(indent(formatRolloutReport(report, 'text', ctx.registry).trimEnd()));
    return rolloutExitCode(report);
  } finally {
    await sim.stop();
  }
}

/** `--repo`, else the current folder when it holds the example fleet, else the package's own copy. */
function demoRoot(cwd: string, repo: string | undefined): string {
  if (repo !== undefined) return path.resolve(cwd, repo);
  if (existsSync(path.join(cwd, KUBELET))) return cwd;
  const shipped = packageRoot();
  return shipped && existsSync(path.join(shipped, KUBELET)) ? shipped : cwd;
}

function indent(text: string, n = 3): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}
