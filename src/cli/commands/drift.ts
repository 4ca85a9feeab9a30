/** `talos-gitops drift`: read-only, every node's live config and version against the checked-out render. */
import path from 'node:path';
import { checkDrift, driftExitCode } from '../../drift/drift.js';
import { type DriftFormat, formatDrift } from '../../drift/format.js';
import { TalosGitopsError } from '../../errors.js';
import { defaultTalosconfigPath, readTalosconfig } from '../../talos/talosconfig.js';
import { list, parseArgs, str } from '../args.js';
import { cliContext, renderWorkTree, reportRenderErrors, requireNoPositionals } from '../context.js';
import type { Io } from '../io.js';

export const DRIFT_HELP = `Usage: talos-gitops drift [--repo DIR] [--cluster NAME]... [--stage S]... [--talosconfig FILE]
                         [--format text|json|markdown] [--clusters-dir DIR]

Read-only: reads every node's running config and Talos version over the Talos API and compares them
with the render of the checked-out commit. A drifted node runs something Git does not say (a change
by hand, an unfinished rollout); its diff goes from Git's render (-) to what it runs (+), secrets hidden.
Nothing is changed.

Exit status: 0 in sync, 2 drift, 1 failed (a cluster that does not render, a node that cannot be read).`;

export async function driftCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    cluster: { value: true, multiple: true },
    stage: { value: true, multiple: true },
    talosconfig: { value: true },
    format: { value: true },
    'clusters-dir': { value: true },
    'age-key-file': { value: true },
    help: { short: 'h' },
  });
  if (flags.help) {
    io.out(`${DRIFT_HELP}\n`);
    return 0;
  }
  requireNoPositionals(positionals, 'drift');
  const format = (str(flags.format) ?? 'text') as DriftFormat;
  if (!['text', 'json', 'markdown'].includes(format)) {
    throw new TalosGitopsError(`--format must be text, json or markdown (got ${JSON.stringify(format)})`);
  }
  const ctx = await cliContext(io, str(flags.repo), str(flags['age-key-file']));
  const result = await renderWorkTree(ctx, {
    clusters: list(flags.cluster),
    stages: list(flags.stage),
    clustersDir: str(flags['clusters-dir']),
  });
  if (reportRenderErrors(ctx, result)) return 1;
  if (result.fleet.clusters.length === 0) {
    ctx.err('no clusters selected: nothing to check\n');
    return 1;
  }
  const talosconfigFile = path.resolve(io.cwd, str(flags.talosconfig) ?? defaultTalosconfigPath(io.env));
  const report = await checkDrift({
    fleet: result.fleet,
    talosconfig: await readTalosconfig(talosconfigFile),
    talosconfigFile,
    registry: ctx.registry,
  });
  ctx.out(formatDrift(report, format, ctx.registry));
  return driftExitCode(report);
}
