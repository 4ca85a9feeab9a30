/**
 * The job summary: the comment's content with far more room (GitHub allows 1 MiB per step), and the
 * findings that did not fit as annotations marked, so nothing the annotations dropped goes unseen.
 */
import type { AnnotationSelection } from './annotations.js';
import { type PlanRenderContext, renderDocument } from './document.js';
import type { FindingGroup } from './finding-groups.js';
import { mdCode } from './md.js';
import type { PlanResult } from './types.js';
import { buildView } from './view.js';

/** GitHub's limit for one step's summary, in bytes. */
export const SUMMARY_MAX_BYTES = 1_048_576;

export interface JobSummaryContext extends PlanRenderContext {
  /** Most UTF-8 bytes the summary may have; default 1 MiB. */
  maxBytes?: number;
  /** The annotations the step emits: findings not among them are marked and kept longest. */
  annotations?: AnnotationSelection;
}

function annotationNote(a: AnnotationSelection): string {
  const kinds = (['error', 'warning', 'notice'] as const).filter((k) => a.perKind[k].total > 0);
  if (kinds.length === 0) return '';
  const over = kinds.filter((k) => a.perKind[k].annotated < a.perKind[k].total);
  if (over.length === 0) return 'Every finding is also annotated on its file.';
  const parts = kinds.map((k) => `${a.perKind[k].annotated} of ${a.perKind[k].total} ${k}s`);
  return (
    `GitHub shows at most 10 annotations of each kind per step: annotated on the files are ${parts.join(', ')}. ` +
    'The others are marked "not annotated" below.'
  );
}

export function renderJobSummary(plan: PlanResult, ctx: JobSummaryContext): string {
  const view = buildView(plan, ctx.redact, ctx.stages);
  const annotated = ctx.annotations?.annotatedKeys;
  const note = ctx.annotations ? annotationNote(ctx.annotations) : '';
  // Findings that are annotations stay visible on the files, so they are dropped before the others.
  const dropOrder = (groups: readonly FindingGroup[]): FindingGroup[] => {
    const reversed = [...groups].reverse();
    if (!annotated) return reversed;
    return [
      ...reversed.filter((g) => annotated.has(g.key)),
      ...reversed.filter((g) => !annotated.has(g.key)),
    ];
  };
  return renderDocument(view, ctx, {
    budget: ctx.maxBytes ?? SUMMARY_MAX_BYTES,
    measure: (s) => Buffer.byteLength(s, 'utf8'),
    limitText:
      ctx.maxBytes === undefined || ctx.maxBytes >= SUMMARY_MAX_BYTES
        ? "GitHub's 1 MiB job summary limit"
        : `a ${ctx.maxBytes.toLocaleString('en-US')}-byte job summary budget`,
    elsewhere: ctx.reportArtifact
      ? `the ${mdCode(ctx.reportArtifact)} artifact (the JSON report)`
      : "the JSON report (the action's `report` output)",
    nameTokens: 400,
    ...(annotated ? { annotated } : {}),
    ...(note ? { annotationNote: note } : {}),
    findingDropOrder: dropOrder,
  }).text;
}
