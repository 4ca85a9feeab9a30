/** The plan comment for `plan --format markdown`: the same body the action posts on a pull request. */
import { execFileSync } from 'node:child_process';
import { renderPlanComment } from '../plan/markdown.js';
import type { PlanResult } from '../plan/types.js';
import type { CliContext } from './context.js';

function git(root: string, ...args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** `owner/repo` of the `origin` remote when it is on GitHub, so findings link to their lines. */
function githubRepository(root: string): string | undefined {
  const url = git(root, 'remote', 'get-url', 'origin');
  return url?.match(/github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?$/)?.[1];
}

export function renderPlanMarkdown(plan: PlanResult, ctx: CliContext): string {
  const dirty = git(ctx.root, 'status', '--porcelain');
  const head = git(ctx.root, 'rev-parse', 'HEAD');
  return `${renderPlanComment(plan, {
    redact: (s) => ctx.registry.redact(s),
    repository: githubRepository(ctx.root),
    ...(head
      ? { headSha: head, headNote: dirty ? 'with uncommitted changes in the work tree' : undefined }
      : {}),
  })}\n`;
}
