/**
 * The pull request comment: verdict, summary table, findings, then one section per cluster and per
 * group of identically changed nodes. It always fits GitHub's comment limit (see document.ts for
 * what is dropped first); what was left out is named, with where to find it.
 */
import { type PlanRenderContext, renderDocument } from './document.js';
import { mdCode } from './md.js';
import type { PlanResult } from './types.js';
import { buildView } from './view.js';

/** GitHub refuses issue and pull request comments longer than this (counted here in UTF-16 units). */
export const COMMENT_MAX_LENGTH = 65_536;

export interface PlanCommentContext extends PlanRenderContext {
  /**
   * Most characters the comment may have; default 65,536. Pass what is left after the sticky
   * comment's marker: `MAX_COMMENT_LENGTH - markerOverhead(marker)`.
   */
  maxLength?: number;
}

/** "the job summary and the `x` artifact", linked when the run's URL is known. */
export function whereTheFullPlanIs(ctx: PlanRenderContext): string {
  const summary = ctx.detailsUrl
    ? `[the job summary](${ctx.detailsUrl})`
    : 'the job summary of the workflow run';
  return ctx.reportArtifact ? `${summary} and the ${mdCode(ctx.reportArtifact)} artifact` : summary;
}

export function renderPlanComment(plan: PlanResult, ctx: PlanCommentContext): string {
  const view = buildView(plan, ctx.redact, ctx.stages);
  return renderDocument(view, ctx, {
    budget: ctx.maxLength ?? COMMENT_MAX_LENGTH,
    // `.length` counts UTF-16 units, never fewer than the characters GitHub counts.
    measure: (s) => s.length,
    // The action's budget is the limit less the marker; a much smaller one is the caller's own.
    limitText:
      ctx.maxLength === undefined || ctx.maxLength > COMMENT_MAX_LENGTH - 1_000
        ? "GitHub's 65,536-character comment limit"
        : `a ${ctx.maxLength.toLocaleString('en-US')}-character budget`,
    elsewhere: whereTheFullPlanIs(ctx),
    nameTokens: 40,
  }).text;
}
