/** `talos-gitops apply`: the staged rolling apply of the work tree's rendered configs. */
import path from 'node:path';
import { TalosGitopsError } from '../../errors.js';
import { readKubeconfig } from '../../kubernetes/kubeconfig.js';
import { repoPolicyFiles } from '../../policy/repo-files.js';
import type { Fleet } from '../../render/types.js';
import { gitRefFiles, workTreeFiles } from '../../repo/files.js';
import {
  formatRolloutReport,
  formerAddresses,
  progressFor,
  rolloutExitCode,
  runRollout,
} from '../../rollout/index.js';
import { defaultTalosconfigPath, readTalosconfig, talosconfigSecrets } from '../../talos/talosconfig.js';
import { applyRefusals } from '../../validate/apply-gate.js';
import { validateFleet } from '../../validate/validate-fleet.js';
import { list, parseArgs, str } from '../args.js';
import {
  type CliContext,
  cliContext,
  renderWorkTree,
  reportRenderErrors,
  requireNoPositionals,
} from '../context.js';
import { STOPPED_EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import { maintenanceEndpointFrom, readMaintenanceEndpoints } from '../maintenance-endpoints.js';

export const APPLY_HELP = `Usage: talos-gitops apply [--repo DIR] [--cluster NAME]... [--stage S]... [--stages A,B]
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

export async function applyCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    cluster: { value: true, multiple: true },
    stage: { value: true, multiple: true },
    stages: { value: true, multiple: true },
    talosconfig: { value: true },
    kubeconfig: { value: true },
    base: { value: true },
    'dry-run': {},
    format: { value: true },
    'clusters-dir': { value: true },
    'policies-dir': { value: true },
    'age-key-file': { value: true },
    'maintenance-endpoints': { value: true },
    help: { short: 'h' },
  });
  if (flags.help) {
    io.out(`${APPLY_HELP}\n`);
    return 0;
  }
  requireNoPositionals(positionals, 'apply');
  const format = str(flags.format) ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new TalosGitopsError(`--format must be text or json (got ${JSON.stringify(format)})`);
  }
  const ctx = await cliContext(io, str(flags.repo), str(flags['age-key-file']));
  const result = await renderWorkTree(ctx, {
    clusters: list(flags.cluster),
    stages: list(flags.stage),
    clustersDir: str(flags['clusters-dir']),
  });
  if (reportRenderErrors(ctx, result)) {
    ctx.err('nothing was applied\n');
    return 1;
  }
  if (result.fleet.clusters.length === 0) {
    ctx.err('no clusters selected: nothing to apply\n');
    return 1;
  }
  const baseRef = str(flags.base);
  const former = baseRef
    ? formerAddresses(gitRefFiles(ctx.root, baseRef), str(flags['clusters-dir']))
    : undefined;
  const dryRun = flags['dry-run'] === true;
  const lastApplied =
    dryRun && baseRef
      ? await renderLastApplied(ctx, baseRef, result.fleet, str(flags['clusters-dir']))
      : undefined;
  // the same findings plan reports, judged before anything is touched
  const validation = validateFleet(result.fleet, {
    policyFiles: repoPolicyFiles(workTreeFiles(ctx.root), str(flags['policies-dir']) ?? 'policies'),
    redact: (t) => ctx.registry.redact(t),
  });
  const refused = applyRefusals(
    validation.findings,
    result.fleet.clusters.map((c) => c.name),
  );
  for (const [name, why] of refused) ctx.err(`cluster ${name}: ${why}\n`);
  const talosconfigFile = path.resolve(io.cwd, str(flags.talosconfig) ?? defaultTalosconfigPath(io.env));
  const talosconfig = await readTalosconfig(talosconfigFile);
  ctx.registry.addAll(talosconfigSecrets(talosconfig));
  const kubeconfigFlag = str(flags.kubeconfig);
  const kubeconfig = kubeconfigFlag
    ? await readKubeconfig(path.resolve(io.cwd, kubeconfigFlag), ctx.registry)
    : undefined;
  const endpointsFile = str(flags['maintenance-endpoints']);
  const maintenanceEndpoint = endpointsFile
    ? maintenanceEndpointFrom(readMaintenanceEndpoints(path.resolve(io.cwd, endpointsFile)))
    : undefined;
  const progress = progressFor(ctx.err, io.isTTY && format === 'text', { registry: ctx.registry });
  // As GitHub cancels a job (SIGINT, SIGTERM 7.5 s later, then SIGKILL): the first signal lets the
  // nodes in flight finish and starts nothing more; the second stops at once with a report of the
  // rollout so far, nodes in flight named with what remains to do; a third quits.
  const controller = new AbortController();
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    if (controller.signal.aborted) {
      ctx.err('\ninterrupted again: reporting the rollout so far and the nodes in flight, then quitting\n');
      stop.abort();
      return;
    }
    ctx.err(
      '\ninterrupted: finishing the nodes in flight, starting no others (interrupt again to stop now)\n',
    );
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const report = await runRollout({
      fleet: result.fleet,
      talosconfig,
      talosconfigFile,
      stagesOrder: list(flags.stages).flatMap((s) => s.split(',').map((x) => x.trim())),
      dryRun,
      registry: ctx.registry,
      progress,
      signal: controller.signal,
      stop: stop.signal,
      refused,
      kubernetes: { kubeconfig },
      cwd: ctx.root,
      maintenanceEndpoint,
      ...(former ? { formerAddresses: former } : {}),
      ...(lastApplied ? { lastApplied } : {}),
    });
    ctx.out(formatRolloutReport(report, format, ctx.registry));
    // stopped hard: calls in flight are abandoned, and the caller exits with this code at once
    return stop.signal.aborted ? STOPPED_EXIT : rolloutExitCode(report);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.close?.();
  }
}

/**
 * The selected clusters rendered at the last applied commit, with every secret, to tell drift from
 * change in a dry run. A cluster that does not render there is left out (its nodes get no label).
 */
async function renderLastApplied(
  ctx: CliContext,
  ref: string,
  head: Fleet,
  clustersDir: string | undefined,
): Promise<Fleet> {
  const was = await renderWorkTree(ctx, {
    files: gitRefFiles(ctx.root, ref),
    clusters: head.clusters.map((c) => c.name),
    clustersDir,
  });
  for (const e of was.errors)
    ctx.err(`note: cluster ${e.cluster} does not render at ${ref}: no drift labels for it\n`);
  return was.fleet;
}
