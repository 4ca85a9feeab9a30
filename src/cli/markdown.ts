/** The plan comment for `plan --format markdown` (the same body the action posts). */
import type { PlanResult } from '../plan/types.js';
import type { CliContext } from './context.js';

export function renderPlanMarkdown(plan: PlanResult, ctx: CliContext): string {
  void ctx;
  return `${JSON.stringify(plan)}\n`;
}
