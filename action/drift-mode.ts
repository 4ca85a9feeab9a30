/**
 * Drift mode (a scheduled job): every node's running config and Talos version against the render of
 * the checked-out commit, read-only. The report goes to the job summary, the JSON report and one
 * issue kept up to date (opened on drift, edited while it lasts, closed when the fleet is clean).
 * The step fails only when something could not be checked; drift itself is a warning annotation.
 */
import { checkDrift, type DriftReport } from '../src/drift/drift.js';
import { DRIFT_MARKDOWN_LIMIT, driftHeadline, driftMarkdown } from '../src/drift/format.js';
import { describeError } from '../src/errors.js';
import { checkedOutFleet } from './checked-out-fleet.js';
import { type DriftIssueResult, type DriftIssueState, upsertDriftIssue } from './drift-issue.js';
import { commentKey } from './inputs.js';
import type { ModeContext, ModeResult } from './mode.js';
import { driftOutputs, setOutputs } from './outputs.js';
import { writeReport } from './report-file.js';
import { loadTalosconfigInput } from './secrets.js';

export interface DriftDeps {
  /** The drift check; tests may replace it (the default talks to the Talos API). */
  check?: typeof checkDrift;
}

/** Drift seen anywhere opens the issue even when other nodes could not be read; only a clean check closes it. */
function issueState(report: DriftReport): DriftIssueState {
  const drifted = report.clusters.some((c) => c.nodes.some((n) => n.status === 'drifted'));
  if (drifted) return 'drift';
  return report.status === 'in-sync' ? 'clean' : 'unknown';
}

export async function runDriftMode(ctx: ModeContext, deps: DriftDeps = {}): Promise<ModeResult> {
  const { rt, inputs, event, registry, api } = ctx;
  const redact = (s: string) => registry.redact(s);
  const rendered = await checkedOutFleet(ctx, 'nothing was compared');
  if ('failed' in rendered) return rendered;

  const { talosconfig, file } = await loadTalosconfigInput(
    inputs.talosconfig,
    rt.env,
    rt.workspace,
    registry,
  );
  const report = await (deps.check ?? checkDrift)({
    fleet: rendered.fleet,
    talosconfig,
    talosconfigFile: file,
    registry,
  });
  const headline = redact(driftHeadline(report));
  const state = issueState(report);
  const path = writeReport(rt.env, 'drift-report.json', report, redact);
  await rt.writeSummary(redact(driftMarkdown(report)));
  rt.info(`Drift: ${headline}`);

  let issue: DriftIssueResult | undefined;
  if (inputs.comment && api) {
    try {
      issue = await upsertDriftIssue({
        api,
        owner: event.owner,
        repo: event.repo,
        marker: commentKey(inputs),
        title: `Talos drift: ${headline}`,
        body: redact(driftMarkdown(report, DRIFT_MARKDOWN_LIMIT)),
        state,
        author: await api.identity(),
      });
      if (issue.action !== 'none') rt.info(`Drift issue ${issue.action}: ${issue.url}`);
    } catch (err) {
      rt.warning(
        redact(`The drift issue was not updated: ${describeError(err)}. The job summary has the report.`),
      );
    }
  } else if (inputs.comment) {
    rt.info('No github-token: the drift report is in the job summary only');
  }

  setOutputs(rt, driftOutputs(report, path, inputs.stageOrder));
  rt.setOutput('drift', report.status);
  rt.setOutput('issue-url', issue?.url ?? '');
  if (state === 'drift') {
    rt.warning(`${headline}${issue?.url ? ` (${issue.url})` : ''}`, { title: 'drift' });
  }
  if (report.status === 'failed') return { failed: `drift could not be checked everywhere: ${headline}` };
  return {};
}
