/**
 * Plan mode: render the base and the head, then tell reviewers: the sticky pull request comment, the
 * job summary, annotations on the files, outputs for fanning out, and the step's status by fail-on.
 * Pull requests from forks get no secrets: the plan renders what it can and says what it could not see.
 */
import { selectAnnotations } from '../src/plan/annotations.js';
import { allFindings } from '../src/plan/facts.js';
import { shortRef } from '../src/plan/links.js';
import { renderPlanComment } from '../src/plan/markdown.js';
import { planRepo } from '../src/plan/plan.js';
import { renderJobSummary } from '../src/plan/summary.js';
import { formatPlanText, planJson } from '../src/plan/text.js';
import { loadAgeIdentities, registerAgeIdentities } from '../src/secrets/age-identities.js';
import { judgeByBase } from '../src/validate/judged-by-base.js';
import { countingRuntime, emitAnnotations, remainingAllowance } from './annotate.js';
import { chooseBaseRef, gitIn } from './base-ref.js';
import { postComment } from './comment.js';
import { commentKey } from './inputs.js';
import type { ModeContext, ModeResult } from './mode.js';
import { planFailure } from './outcome.js';
import { planOutputs, setOutputs } from './outputs.js';
import { writeReport } from './report-file.js';

function hiddenReason(fork: boolean, keys: number): string {
  if (fork) return 'secrets unavailable for pull requests from forks';
  if (keys === 0) return 'no age key given (input age-key)';
  return 'not decryptable with the age key given';
}

export async function runPlanMode(context: ModeContext): Promise<ModeResult> {
  // Annotations the step makes itself (e.g. a comment it could not post) use up GitHub's allowance.
  const { rt, counts } = countingRuntime(context.rt);
  const ctx = { ...context, rt };
  const { inputs, event, registry, root } = ctx;
  const redact = (s: string) => registry.redact(s);
  const git = gitIn(root);
  const pr = event.pullRequest;
  const fork = pr?.fork ?? false;
  // A fork's code must not run against decrypted secrets, even where a workflow makes them available.
  const identities = fork ? [] : await loadAgeIdentities({ explicit: inputs.ageKey, env: rt.env });
  // identities from SOPS_AGE_KEY or a key file are secrets too (the age-key input is registered already)
  registerAgeIdentities(registry, identities);
  if (fork) rt.info('Pull request from a fork: planning without secrets');

  const base = chooseBaseRef(inputs.baseRef, event, git);
  const headSha = git('rev-parse', 'HEAD') ?? event.sha;
  rt.info(`Planning ${shortRef(headSha)} against ${base.ref} (${base.why})`);
  const { plan: planned } = await planRepo({
    root,
    baseRef: base.ref,
    identities,
    registry,
    clustersDir: inputs.clustersDir,
    policiesDir: inputs.policiesDir,
    clusters: inputs.clusters,
    stages: inputs.stages,
    allowMissingSecrets: true,
    // the base's policies, packs and waivers judge the pull request; its changes to them are listed
    judge: judgeByBase({ clustersDir: inputs.clustersDir, policiesDir: inputs.policiesDir, redact }),
  });
  // The planner labels the base by ref and commit; a pull request reads better by branch.
  const plan = base.label ? { ...planned, base: base.label } : planned;
  rt.info(redact(formatPlanText(plan)));

  const findings = allFindings(plan);
  const failed = planFailure(findings, inputs.failOn);

  const report = writeReport(
    rt.env,
    'plan-report.json',
    {
      version: 1,
      mode: 'plan',
      repository: `${event.owner}/${event.repo}`,
      event: event.name,
      ...(pr ? { pullRequest: pr.number } : {}),
      commit: headSha,
      baseRef: base.ref,
      ...(planJson(plan) as object),
    },
    redact,
  );

  const headNote =
    pr?.headSha && pr.headSha !== headSha
      ? `pull request #${pr.number}: head ${shortRef(pr.headSha)} merged into ${pr.baseRef}`
      : undefined;
  const renderCtx = {
    redact,
    repository: `${event.owner}/${event.repo}`,
    serverUrl: event.serverUrl,
    headSha,
    ...(headNote ? { headNote } : {}),
    stages: inputs.stageOrder,
    hiddenReason: hiddenReason(fork, identities.length),
    ...(event.runUrl ? { detailsUrl: event.runUrl } : {}),
    reportArtifact: inputs.reportArtifact,
  };
  if (inputs.comment && pr) {
    await postComment(ctx, pr.number, commentKey(inputs), (maxLength) =>
      renderPlanComment(plan, { ...renderCtx, maxLength }),
    );
  } else if (inputs.comment) {
    rt.info(`No pull request for a ${event.name} event: the plan is in the job summary only`);
  }

  // Last, so the step's own warnings and its failure message are counted: GitHub drops whatever is
  // over 10 per kind without a word, and the summary must say which findings are not annotations.
  const selection = selectAnnotations(findings, { redact, limits: remainingAllowance(counts, !!failed) });
  emitAnnotations(rt, selection.annotations);
  await rt.writeSummary(renderJobSummary(plan, { ...renderCtx, annotations: selection }));

  setOutputs(rt, planOutputs(plan, report, inputs.stageOrder));
  return failed ? { failed } : {};
}
