/** `talos-gitops validate`: schema, Talos semantic rules, fleet rules and policies for every node. */
import { TalosGitopsError } from '../../errors.js';
import { workTreeFiles } from '../../repo/files.js';
import { formatFindings, type OutputFormat, repoPolicyFiles, validateFleet } from '../../validate/index.js';
import { list, parseArgs, str } from '../args.js';
import { cliContext, renderWorkTree, requireNoPositionals } from '../context.js';
import type { Io } from '../io.js';

export const VALIDATE_HELP = `Usage: talos-gitops validate [--repo DIR] [--cluster NAME]... [--stage S]... [--format text|json|sarif]
                             [--fail-on error|warning] [--policies-dir DIR] [--clusters-dir DIR]

Renders every node and reports schema, Talos semantic, fleet and policy findings, each with the file and
line that set the offending value. Exit status: 0 when no unwaived finding is an error (or a warning with
--fail-on warning), 1 otherwise. A cluster that fails to render is an error finding.`;

export async function validateCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    cluster: { value: true, multiple: true },
    stage: { value: true, multiple: true },
    format: { value: true },
    'fail-on': { value: true },
    'policies-dir': { value: true },
    'clusters-dir': { value: true },
    'age-key-file': { value: true },
    help: { short: 'h' },
  });
  if (flags.help) {
    io.out(`${VALIDATE_HELP}\n`);
    return 0;
  }
  requireNoPositionals(positionals, 'validate');
  const format = (str(flags.format) ?? 'text') as OutputFormat;
  if (!['text', 'json', 'sarif'].includes(format))
    throw new TalosGitopsError(`unknown --format ${format} (text, json or sarif)`);
  const failOn = str(flags['fail-on']) ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning')
    throw new TalosGitopsError(`--fail-on takes error or warning, not ${failOn}`);
  const ctx = await cliContext(io, str(flags.repo), str(flags['age-key-file']));
  const result = await renderWorkTree(ctx, {
    clusters: list(flags.cluster),
    stages: list(flags.stage),
    clustersDir: str(flags['clusters-dir']),
    allowMissingSecrets: false,
  });
  const validation = validateFleet(result.fleet, {
    policyFiles: repoPolicyFiles(workTreeFiles(ctx.root), str(flags['policies-dir']) ?? 'policies'),
    failOn,
    redact: (t) => ctx.registry.redact(t),
    renderFailures: result.errors,
  });
  ctx.out(
    formatFindings(validation.findings, format, {
      rules: validation.rules,
      summary: validation.summary,
      exitCode: validation.exitCode,
    }),
  );
  return validation.exitCode;
}
