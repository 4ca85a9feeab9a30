/**
 * Apply mode: roll the checked-out commit's rendered configs out with the engine's staged rollout
 * (stages in order, control planes one at a time, workers in batches, halt at the first failure,
 * resume on re-run), then report: job summary, JSON report, and a comment on the merged pull request.
 */
import { describeError } from '../src/errors.js';
import { SUMMARY_MAX_BYTES } from '../src/plan/summary.js';
import { repoPolicyFiles } from '../src/policy/repo-files.js';
import { renderFleet } from '../src/render/render.js';
import type { Fleet } from '../src/render/types.js';
import { gitRefFiles, type RepoFiles, workTreeFiles } from '../src/repo/files.js';
import {
  formerAddresses,
  lineProgress,
  ROLLOUT_REPORT_MARKER,
  type RunRolloutOptions,
  rolloutMarkdown,
  runRollout,
} from '../src/rollout/index.js';
import type { RolloutReport } from '../src/rollout/types.js';
import { loadAgeIdentities } from '../src/secrets/age-identities.js';
import { applyRefusals } from '../src/validate/apply-gate.js';
import { validateFleet } from '../src/validate/validate-fleet.js';
import { chooseBaseRef, gitIn } from './base-ref.js';
import { checkedOutFleet } from './checked-out-fleet.js';
import { postComment } from './comment.js';
import { commentKey } from './inputs.js';
import type { ModeContext, ModeResult } from './mode.js';
import { rolloutOutputs, setOutputs } from './outputs.js';
import { writeReport } from './report-file.js';
import { loadTalosconfigInput } from './secrets.js';

export interface ApplyDeps {
  /** The rollout entry point; tests replace it (the default talks to the Talos API). */
  rollout?: (opts: RunRolloutOptions) => Promise<RolloutReport>;
}

/** The rollout report's markdown without its own marker (the sticky comment adds ours). */
function reportMarkdown(report: RolloutReport, limit: number): string {
  return rolloutMarkdown(report, limit).replace(`${ROLLOUT_REPORT_MARKER}\n`, '');
}

/** Fits the report into the job summary's byte limit (rolloutMarkdown counts characters). */
function summaryMarkdown(report: RolloutReport): string {
  for (let limit = SUMMARY_MAX_BYTES; limit > 1_000; limit = Math.floor(limit / 2)) {
    const md = reportMarkdown(report, limit);
    if (Buffer.byteLength(md, 'utf8') <= SUMMARY_MAX_BYTES) return md;
  }
  return reportMarkdown(report, 1_000);
}

function haltMessage(report: RolloutReport): string {
  const h = report.halted;
  if (!h) return `the rollout ${report.dryRun ? 'would fail' : 'failed'}; see the job summary`;
  const where = `${h.cluster}${h.node ? `/${h.node}` : ''} (stage ${h.stage})`;
  return `${report.dryRun ? 'the rollout would halt' : 'the rollout halted'} at ${where}: ${h.reason}`;
}

export async function runApplyMode(ctx: ModeContext, deps: ApplyDeps = {}): Promise<ModeResult> {
  const { rt, inputs, event, registry, root } = ctx;
  const redact = (s: string) => registry.redact(s);
  if (event.pullRequest?.fork) {
    return { failed: 'apply mode does not run for pull requests from forks' };
  }
  const rendered = await checkedOutFleet(ctx, 'nothing was applied');
  if ('failed' in rendered) return rendered;

  const { talosconfig, file } = await loadTalosconfigInput(
    inputs.talosconfig,
    rt.env,
    rt.workspace,
    registry,
  );
  const base = lastAppliedCommit(ctx);
  const former = base && formerAddresses(base.files, inputs.clustersDir);
  const lastApplied = base && inputs.dryRun ? await renderLastApplied(ctx, base, rendered.fleet) : undefined;
  // the same findings the plan reported, judged before anything is touched
  const validation = validateFleet(rendered.fleet, {
    policyFiles: repoPolicyFiles(workTreeFiles(root), inputs.policiesDir),
    redact,
  });
  const refused = applyRefusals(
    validation.findings,
    rendered.fleet.clusters.map((c) => c.name),
  );
  for (const [name, why] of refused) rt.error(redact(`cluster ${name}: ${why}`), { title: 'apply/refused' });
  const rollout = deps.rollout ?? runRollout;
  const signals = cancellation(rt);
  let report: RolloutReport;
  try {
    report = await rollout({
      ...(former ? { formerAddresses: former } : {}),
      ...(lastApplied ? { lastApplied } : {}),
      fleet: rendered.fleet,
      talosconfig,
      talosconfigFile: file,
      ...(inputs.stageOrder.length ? { stagesOrder: inputs.stageOrder } : {}),
      dryRun: inputs.dryRun,
      refused,
      registry,
      progress: lineProgress((line) => rt.info(line.trimEnd()), { registry }),
      signal: signals.graceful,
      stop: signals.stop,
    });
  } finally {
    signals.release();
  }

  // what is on this machine first (a hard stop leaves 2.5 s before SIGKILL), then the comment
  const path = writeReport(rt.env, 'rollout-report.json', report, redact);
  await rt.writeSummary(redact(summaryMarkdown(report)));
  setOutputs(rt, rolloutOutputs(report, path));
  if (inputs.comment && event.name === 'push') {
    await commentOnMergedPullRequest(ctx, (limit) => redact(reportMarkdown(report, limit)));
  }
  const stopped = signals.stop.aborted ? { stopped: true } : {};
  return report.status === 'succeeded' ? stopped : { failed: redact(haltMessage(report)), ...stopped };
}

/**
 * GitHub cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after that. The
 * first signal lets the nodes in flight finish and starts no others; the second stops the rollout
 * at once with a report of it so far (nodes in flight named, with what remains to do on them).
 */
function cancellation(rt: ModeContext['rt']) {
  const graceful = new AbortController();
  const stop = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (!graceful.signal.aborted) {
      rt.warning(`${name}: the job is being cancelled; finishing the nodes in flight and starting no others`);
      graceful.abort();
    } else if (!stop.signal.aborted) {
      rt.warning(`${name}: stopping now; the report names the nodes still in flight`);
      stop.abort();
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    graceful: graceful.signal,
    stop: stop.signal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/**
 * The last applied commit (the base-ref input, else the commit before the push): a node the change
 * moves is reached where it still is, and a dry run tells drift from change. Without one, moved
 * nodes are looked for at their new address only, and the log says why.
 */
function lastAppliedCommit(ctx: ModeContext): { ref: string; files: RepoFiles } | undefined {
  const { rt, inputs, event, root } = ctx;
  try {
    const base = chooseBaseRef(inputs.baseRef, event, gitIn(root));
    rt.info(`The last applied commit: ${base.ref} (${base.why})`);
    return { ref: base.ref, files: gitRefFiles(root, base.ref) };
  } catch (err) {
    rt.info(ctx.registry.redact(`No earlier commit to find moved nodes at: ${describeError(err)}`));
    return undefined;
  }
}

/** The selected clusters rendered at the last applied commit, with every secret (dry run only). */
async function renderLastApplied(
  ctx: ModeContext,
  base: { ref: string; files: RepoFiles },
  head: Fleet,
): Promise<Fleet> {
  const { rt, inputs, registry } = ctx;
  const identities = await loadAgeIdentities({ explicit: inputs.ageKey, env: rt.env });
  const was = await renderFleet({
    files: base.files,
    clustersDir: inputs.clustersDir,
    clusters: head.clusters.map((c) => c.name),
    identities,
    registry,
    allowMissingSecrets: false,
  });
  for (const e of was.errors)
    rt.info(registry.redact(`cluster ${e.cluster} does not render at ${base.ref}: no drift labels for it`));
  return was.fleet;
}

/** The pull request merged by the pushed commit: closed, into the pushed branch. */
async function commentOnMergedPullRequest(
  ctx: ModeContext,
  render: (limit: number) => string,
): Promise<void> {
  const { rt, event, api, inputs } = ctx;
  if (!api) {
    rt.info('No github-token: the report is in the job summary only');
    return;
  }
  const branch = event.ref.replace(/^refs\/heads\//, '');
  let number: number | undefined;
  try {
    const prs = await api.pullRequestsForCommit({ owner: event.owner, repo: event.repo, sha: event.sha });
    number = (
      prs.find((p) => p.state === 'closed' && p.baseRef === branch) ?? prs.find((p) => p.baseRef === branch)
    )?.number;
  } catch (err) {
    rt.warning(ctx.registry.redact(`Could not look up the merged pull request: ${describeError(err)}`));
    return;
  }
  if (number === undefined) {
    rt.info(
      `No pull request merged ${event.sha.slice(0, 7)} into ${branch}: the report is in the job summary only`,
    );
    return;
  }
  await postComment(ctx, number, commentKey(inputs), render);
}
