/**
 * What triggered the run, from the variables and the event file GitHub gives every step. Read here
 * rather than through @actions/github's context, which reads them once at import time.
 */
import { readFileSync } from 'node:fs';
import { TalosGitopsError } from '../src/errors.js';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  /** `owner/repo` of the head; null when the fork was deleted. */
  headRepo: string | null;
  baseSha: string;
  baseRef: string;
  baseRepo: string;
  /** The head lives in another repository: no secrets for it. */
  fork: boolean;
}

export interface RunEvent {
  /** GITHUB_EVENT_NAME, e.g. pull_request, push, workflow_dispatch. */
  name: string;
  owner: string;
  repo: string;
  /** GITHUB_SHA: for pull_request, the test merge commit. */
  sha: string;
  /** GITHUB_REF, e.g. refs/heads/main or refs/pull/12/merge. */
  ref: string;
  serverUrl: string;
  /** The workflow run's page (it shows the job summaries). */
  runUrl?: string;
  pullRequest?: PullRequestInfo;
  /** push: the commit before the push (all zeros for a new branch). */
  before?: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

interface PullRequestPayload {
  number?: unknown;
  head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
  base?: { sha?: unknown; ref?: unknown; repo?: { full_name?: unknown } | null };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function readRunEvent(
  env: Record<string, string | undefined>,
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): RunEvent {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) {
    throw new TalosGitopsError(
      'GITHUB_REPOSITORY is not set (owner/repo): is this running in GitHub Actions?',
    );
  }
  const name = env.GITHUB_EVENT_NAME ?? '';
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFile(env.GITHUB_EVENT_PATH)) as Record<string, unknown>;
    } catch (err) {
      throw new TalosGitopsError(
        `cannot read the event payload (GITHUB_EVENT_PATH): ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  const event: RunEvent = {
    name,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    serverUrl,
    ...(env.GITHUB_RUN_ID
      ? { runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
  };
  const pr = payload.pull_request as PullRequestPayload | undefined;
  if (PR_EVENTS.has(name) && pr && typeof pr.number === 'number') {
    const headRepo = pr.head?.repo ? str(pr.head.repo.full_name) || null : null;
    const baseRepo = str(pr.base?.repo?.full_name) || repository;
    event.pullRequest = {
      number: pr.number,
      headSha: str(pr.head?.sha),
      headRepo,
      baseSha: str(pr.base?.sha),
      baseRef: str(pr.base?.ref),
      baseRepo,
      fork: headRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    };
  }
  if (name === 'push' && typeof payload.before === 'string') event.before = payload.before;
  return event;
}
