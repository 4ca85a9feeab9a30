/**
 * The GitHub REST calls the action makes, behind a small typed interface so the comment logic does
 * not depend on Octokit's types and tests can run the real client against a fake server.
 * Errors come back as GitHubApiError with the HTTP status and GitHub's own explanation; tokens never
 * appear in messages.
 */
import { getOctokit } from '@actions/github';
import { TalosGitopsError } from '../src/errors.js';

/** Login GitHub shows as the author of comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** Stop paging after this many pages (100 items each) rather than loop on a misbehaving server. */
const MAX_PAGES = 1000;

export interface IssueComment {
  id: number;
  body: string;
  /** Login of the author; null when GitHub reports no user (a deleted account). */
  author: string | null;
  /** `User`, `Bot` (GitHub Apps, GITHUB_TOKEN) or `Organization`; null without a user. */
  authorType: string | null;
  /** Web URL of the comment. */
  url: string;
  createdAt: string;
  updatedAt: string;
}

export interface PullRequestRef {
  number: number;
  state: string;
  title: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  url: string;
}

/** An issue as the drift upkeep needs it. */
export interface IssueRecord {
  number: number;
  title: string;
  body: string;
  state: string;
  author: string | null;
  authorType: string | null;
  url: string;
  /** GitHub lists pull requests among issues. */
  isPullRequest: boolean;
}

export interface IssueTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface GitHubApi {
  /** Every comment of an issue or pull request, oldest first (follows all pages). */
  listIssueComments(target: IssueTarget): Promise<IssueComment[]>;
  createIssueComment(target: IssueTarget & { body: string }): Promise<IssueComment>;
  updateIssueComment(target: {
    owner: string;
    repo: string;
    commentId: number;
    body: string;
  }): Promise<IssueComment>;
  /**
   * Whose comments are ours. A personal or user token: its login (`GET /user`). A GitHub App
   * installation token — the workflow's GITHUB_TOKEN, or one from actions/create-github-app-token —
   * gets 403 there and never learns its own login (`<app-slug>[bot]`), so: any bot account, until
   * a comment this client created shows the login. A configured `login` skips the call.
   */
  identity(): Promise<CommentAuthor>;
  /**
   * The oldest open issue `match` accepts (pull requests, which GitHub lists among issues, included
   * and marked), paging oldest first and stopping at the first match.
   */
  findOpenIssue(target: {
    owner: string;
    repo: string;
    match: (issue: IssueRecord) => boolean;
  }): Promise<IssueRecord | undefined>;
  createIssue(target: { owner: string; repo: string; title: string; body: string }): Promise<IssueRecord>;
  updateIssue(target: {
    owner: string;
    repo: string;
    issueNumber: number;
    title?: string;
    body?: string;
    /** Closing says "completed": the fleet runs what Git says again. */
    state?: 'open' | 'closed';
  }): Promise<IssueRecord>;
  /** Pull requests that contain the commit (e.g. to find the PR of a push). */
  pullRequestsForCommit(target: { owner: string; repo: string; sha: string }): Promise<PullRequestRef[]>;
}

/** A known login, or "a bot account" when the token cannot say which one it is. */
export type CommentAuthor = { login: string } | { bot: true };

export interface GitHubApiOptions {
  token: string;
  /** REST base URL. Defaults to GITHUB_API_URL (read now, not at module load), then api.github.com. */
  baseUrl?: string;
  /** Known login of the token's identity; overrides the `GET /user` lookup. */
  login?: string;
  userAgent?: string;
}

export class GitHubApiError extends TalosGitopsError {
  override name = 'GitHubApiError';
  constructor(
    message: string,
    /** HTTP status, or undefined when no response arrived (network error). */
    readonly status: number | undefined,
    /** The call that failed, e.g. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
    readonly operation: string,
  ) {
    super(message);
  }
}

interface HttpErrorLike {
  status: number;
  message: string;
  response: { data?: unknown };
}

/** An error carrying GitHub's answer. Octokit also reports network failures with status 500 but no response. */
function isHttpError(err: unknown): err is HttpErrorLike {
  const e = err as Partial<HttpErrorLike>;
  return (
    err instanceof Error &&
    typeof e.status === 'number' &&
    typeof e.response === 'object' &&
    e.response !== null
  );
}

/** GitHub's message plus the messages of its `errors[]` entries, e.g. the 422 "Body is too long". */
function explain(data: unknown, fallback: string): string {
  if (typeof data !== 'object' || data === null) return fallback;
  const { message, errors } = data as { message?: unknown; errors?: unknown };
  const details = Array.isArray(errors)
    ? errors
        .map((e) => (typeof e === 'string' ? e : (e as { message?: unknown })?.message))
        .filter((m): m is string => typeof m === 'string' && m.length > 0)
    : [];
  const head = typeof message === 'string' && message ? message : fallback;
  return details.length ? `${head}: ${details.join('; ')}` : head;
}

async function call<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isHttpError(err)) {
      const why = explain(err.response.data, err.message);
      throw new GitHubApiError(
        `GitHub API ${operation} failed with HTTP ${err.status}: ${why}`,
        err.status,
        operation,
      );
    }
    const why = err instanceof Error ? err.message : String(err);
    throw new GitHubApiError(`GitHub API ${operation} failed: ${why}`, undefined, operation);
  }
}

/** A listing's pages, given up past MAX_PAGES rather than followed forever. */
async function* bounded<T>(pages: AsyncIterable<{ data: T[] }>): AsyncIterable<T[]> {
  let n = 0;
  for await (const page of pages) {
    if (++n > MAX_PAGES) throw new Error(`more than ${MAX_PAGES} pages; giving up`);
    yield page.data;
  }
}

interface RestComment {
  id: number;
  body?: string;
  user: { login: string; type?: string } | null;
  html_url: string;
  created_at: string;
  updated_at: string;
}

interface RestIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  user: { login: string; type?: string } | null;
  html_url: string;
  pull_request?: unknown;
}

function toIssue(i: RestIssue): IssueRecord {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state,
    author: i.user?.login ?? null,
    authorType: i.user?.type ?? null,
    url: i.html_url,
    isPullRequest: i.pull_request !== undefined && i.pull_request !== null,
  };
}

function toComment(c: RestComment): IssueComment {
  return {
    id: c.id,
    body: c.body ?? '',
    author: c.user?.login ?? null,
    authorType: c.user?.type ?? null,
    url: c.html_url,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
  };
}

export function createGitHubApi(options: GitHubApiOptions): GitHubApi {
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(
    /\/+$/,
    '',
  );
  const octokit = getOctokit(options.token, {
    baseUrl,
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  let identity: Promise<CommentAuthor> | undefined;
  /** Set once a comment this client created shows who it is. */
  let learned: string | undefined = options.login;

  async function lookupIdentity(): Promise<CommentAuthor> {
    try {
      const res = await octokit.rest.users.getAuthenticated();
      return { login: res.data.login };
    } catch (err) {
      // An installation token may not read /user: it is a bot, and does not know its login.
      if (isHttpError(err) && (err.status === 401 || err.status === 403)) return { bot: true };
      return call('GET /user', () => Promise.reject(err));
    }
  }

  async function allPages<T, R>(
    operation: string,
    iterate: () => AsyncIterable<{ data: T[] }>,
    map: (item: T) => R,
  ): Promise<R[]> {
    return call(operation, async () => {
      const out: R[] = [];
      for await (const items of bounded(iterate())) out.push(...items.map(map));
      return out;
    });
  }

  return {
    listIssueComments: ({ owner, repo, issueNumber }) =>
      allPages(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        () =>
          octokit.paginate.iterator(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: issueNumber,
            per_page: 100,
          }),
        toComment,
      ),

    createIssueComment: ({ owner, repo, issueNumber, body }) =>
      call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', async () => {
        const res = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
        const created = toComment(res.data);
        if (created.author) learned ??= created.author;
        return created;
      }),

    updateIssueComment: ({ owner, repo, commentId, body }) =>
      call('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', async () => {
        const res = await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
        return toComment(res.data);
      }),

    identity: () => {
      if (learned) return Promise.resolve({ login: learned });
      const pending = identity ?? lookupIdentity();
      identity = pending;
      // A transient failure must not stick: the next call asks again.
      pending.catch(() => {
        if (identity === pending) identity = undefined;
      });
      return pending;
    },

    findOpenIssue: ({ owner, repo, match }) =>
      call('GET /repos/{owner}/{repo}/issues', async () => {
        const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
          owner,
          repo,
          state: 'open',
          sort: 'created',
          direction: 'asc',
          per_page: 100,
        });
        for await (const items of bounded(pages)) {
          const found = items.map((i) => toIssue(i as RestIssue)).find(match);
          if (found) return found;
        }
        return undefined;
      }),

    createIssue: ({ owner, repo, title, body }) =>
      call('POST /repos/{owner}/{repo}/issues', async () => {
        const res = await octokit.rest.issues.create({ owner, repo, title, body });
        const created = toIssue(res.data as RestIssue);
        if (created.author) learned ??= created.author;
        return created;
      }),

    updateIssue: ({ owner, repo, issueNumber, title, body, state }) =>
      call('PATCH /repos/{owner}/{repo}/issues/{issue_number}', async () => {
        const res = await octokit.rest.issues.update({
          owner,
          repo,
          issue_number: issueNumber,
          ...(title !== undefined ? { title } : {}),
          ...(body !== undefined ? { body } : {}),
          ...(state ? { state } : {}),
          ...(state === 'closed' ? { state_reason: 'completed' as const } : {}),
        });
        return toIssue(res.data as RestIssue);
      }),

    pullRequestsForCommit: ({ owner, repo, sha }) =>
      allPages(
        'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        () =>
          octokit.paginate.iterator(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
            owner,
            repo,
            commit_sha: sha,
            per_page: 100,
          }),
        (pr) => ({
          number: pr.number,
          state: pr.state,
          title: pr.title,
          headRef: pr.head.ref,
          headSha: pr.head.sha,
          baseRef: pr.base.ref,
          url: pr.html_url,
        }),
      ),
  };
}
