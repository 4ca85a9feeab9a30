/**
 * `talos-gitops validate`: schema, Talos semantic rules, fleet rules and policies for every node; or,
 * with `--config FILE`, one machine config checked as `talosctl validate` checks it.
 */
import { readFileSync } from 'node:fs';
import { TalosGitopsError } from '../../errors.js';
import { VALIDATION_MODES, type ValidationMode } from '../../kinds/context.js';
import { workTreeFiles } from '../../repo/files.js';
import {
  formatFindings,
  type OutputFormat,
  repoPolicyFiles,
  type ValidationResult,
  validateConfigFile,
  validateFleet,
} from '../../validate/index.js';
import { list, parseArgs, str } from '../args.js';
import { cliContext, renderWorkTree, requireNoPositionals } from '../context.js';
import type { Io } from '../io.js';

export const VALIDATE_HELP = `Usage: talos-gitops validate [--repo DIR] [--cluster NAME]... [--stage S]... [--format text|json|sarif]
                             [--fail-on error|warning] [--policies-dir DIR] [--clusters-dir DIR]
       talos-gitops validate --config FILE [--mode metal|cloud|container] [--talos-version vX.Y.Z] [--strict]
                             [--on-machine] [--format text|json|sarif] [--fail-on error|warning]

Renders every node and reports schema, Talos semantic, fleet and policy findings, each with the file and
line that set the offending value. Exit status: 0 when no unwaived finding is an error (or a warning with
--fail-on warning), 1 otherwise. A cluster that fails to render is an error finding.

With --config, checks one machine config (or multi-document config without v1alpha1) the way
\`talosctl validate --config FILE --mode M\` does: the schema of the Talos version (default: the newest
known; a newer minor is checked under the newest, with a warning), then Talos's own rules for the mode
(default metal). --strict turns Talos's v1alpha1 warnings into errors, as Talos's strict mode does.
--on-machine validates as the node itself does when the config is applied (talosctl validate skips
this part): the Kubernetes version of the kubelet, kube-apiserver, kube-controller-manager,
kube-scheduler and kube-proxy images must be one the node's Talos version (--talos-version) supports.

Without --config, every rendered node config is validated as on the machine: it is what the node is
given, so a config the node would refuse on apply is an error here.`;

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
    config: { value: true, short: 'c' },
    mode: { value: true, short: 'm' },
    'talos-version': { value: true },
    strict: {},
    'on-machine': {},
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
  const config = str(flags.config);
  if (config !== undefined) {
    const mode = (str(flags.mode) ?? 'metal') as ValidationMode;
    if (!VALIDATION_MODES.includes(mode))
      throw new TalosGitopsError(`unknown --mode ${mode} (${VALIDATION_MODES.join(', ')})`);
    const result = validateConfigFile(readConfig(config), config, {
      mode,
      strict: flags.strict === true,
      onMachine: flags['on-machine'] === true,
      talosVersion: str(flags['talos-version']),
      failOn,
    });
    io.out(report(result, format));
    return result.exitCode;
  }
  for (const f of ['mode', 'talos-version', 'strict', 'on-machine'] as const)
    if (flags[f] !== undefined) throw new TalosGitopsError(`--${f} goes with --config FILE`);
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
  ctx.out(report(validation, format));
  return validation.exitCode;
}

function report(result: ValidationResult, format: OutputFormat): string {
  return formatFindings(result.findings, format, {
    rules: result.rules,
    summary: result.summary,
    exitCode: result.exitCode,
  });
}

function readConfig(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new TalosGitopsError(
      `cannot read config: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      {
        file,
      },
    );
  }
}
