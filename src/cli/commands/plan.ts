/** `talos-gitops plan --base REF`: renders REF and the work tree and shows what changes on each node. */
import { TalosGitopsError } from '../../errors.js';
import { planRepo } from '../../plan/plan.js';
import { formatPlanText, planJson } from '../../plan/text.js';
import { judgeByBase } from '../../validate/judged-by-base.js';
import { list, parseArgs, str } from '../args.js';
import { cliContext, requireNoPositionals } from '../context.js';
import type { Io } from '../io.js';

export const PLAN_HELP = `Usage: talos-gitops plan --base REF [--repo DIR] [--head REF] [--format text|markdown|json]
                         [--cluster NAME]... [--stage S]... [--clusters-dir DIR] [--policies-dir DIR]

Renders the base ref and the work tree (or --head) for every cluster and compares node by node: status,
predicted impact, redacted diff, findings. --format markdown prints the pull-request comment.
The head is judged by the base's policies, packs and waivers; what it changes in them is listed.
Exit status: 0 no changes, 2 changes (and valid), 1 failed (render errors or error findings).`;

export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    base: { value: true },
    head: { value: true },
    repo: { value: true },
    format: { value: true },
    cluster: { value: true, multiple: true },
    stage: { value: true, multiple: true },
    'clusters-dir': { value: true },
    'policies-dir': { value: true },
    'age-key-file': { value: true },
    'fail-on': { value: true },
    help: { short: 'h' },
  });
  if (flags.help) {
    io.out(`${PLAN_HELP}\n`);
    return 0;
  }
  requireNoPositionals(positionals, 'plan');
  const baseRef = str(flags.base);
  if (!baseRef)
    throw new TalosGitopsError('plan needs --base REF (the ref to compare with, e.g. origin/main)');
  const format = str(flags.format) ?? 'text';
  if (!['text', 'markdown', 'json'].includes(format))
    throw new TalosGitopsError(`unknown --format ${format} (text, markdown or json)`);
  const ctx = await cliContext(io, str(flags.repo), str(flags['age-key-file']));
  const failOn = str(flags['fail-on']) === 'warning' ? 'warning' : 'error';
  const { plan } = await planRepo({
    root: ctx.root,
    baseRef,
    headRef: str(flags.head),
    identities: ctx.identities,
    registry: ctx.registry,
    clustersDir: str(flags['clusters-dir']),
    policiesDir: str(flags['policies-dir']),
    clusters: list(flags.cluster),
    stages: list(flags.stage),
    // the base's policies, packs and waivers judge the change; what it changes in them is listed
    judge: judgeByBase({
      clustersDir: str(flags['clusters-dir']),
      policiesDir: str(flags['policies-dir']),
      redact: (t) => ctx.registry.redact(t),
    }),
  });
  if (format === 'json') ctx.out(`${JSON.stringify(planJson(plan), null, 2)}\n`);
  else if (format === 'markdown') {
    const { renderPlanMarkdown } = await import('../markdown.js');
    ctx.out(renderPlanMarkdown(plan, ctx));
  } else ctx.out(formatPlanText(plan, { diffs: true }));
  const failing = plan.findings.some(
    (f) => !f.waived && (f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning')),
  );
  if (failing || plan.clusters.some((c) => c.error)) return 1;
  return plan.hasChanges ? 2 : 0;
}
