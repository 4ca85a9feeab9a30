/**
 * GitHub's behaviour for each operation, beyond what the OpenAPI description encodes: comment length
 * limit, who `GET /user` answers for, paging with `per_page`/`page` and a `Link` header, 404s for
 * things that do not exist, 403 for read-only tokens.
 */
import {
  authenticatedUserJson,
  type FakeUser,
  issueCommentJson,
  issueJson,
  pullRequestIssueJson,
  pullRequestJson,
  repositoryJson,
  type Urls,
} from './entities.js';
import type { GitHubState, TokenConfig } from './state.js';

export const MAX_COMMENT_CHARACTERS = 65_536;

export interface Actor {
  config: Required<TokenConfig>;
  user: FakeUser;
}

export interface HandlerContext {
  state: GitHubState;
  urls: Urls;
  /** Parameters after contract checking: path and query values coerced to their schema types. */
  params: Record<string, unknown>;
  body: unknown;
  actor: Actor;
  /** The request URL, used to build `Link` headers that point back at this server. */
  requestUrl: URL;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const DOCS: Record<string, string> = {
  'issues/list-comments': 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  'issues/create-comment': 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  'issues/update-comment': 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
  'users/get-authenticated': 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
  'issues/list-for-repo': 'https://docs.github.com/rest/issues/issues#list-repository-issues',
  'issues/create': 'https://docs.github.com/rest/issues/issues#create-an-issue',
  'issues/update': 'https://docs.github.com/rest/issues/issues#update-an-issue',
  'repos/list-pull-requests-associated-with-commit':
    'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
};

export function errorResponse(status: number, message: string, operationId?: string): FakeResponse {
  const documentation_url = (operationId && DOCS[operationId]) || 'https://docs.github.com/rest';
  return { status, body: { message, documentation_url, status: String(status) } };
}

function tooLong(operationId: string, resource: 'IssueComment' | 'Issue' = 'IssueComment'): FakeResponse {
  // The shape GitHub answers today (field "data", code "unprocessable"; "body" for an issue).
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [
        {
          resource,
          code: 'unprocessable',
          field: resource === 'Issue' ? 'body' : 'data',
          message: `Body is too long (maximum is ${MAX_COMMENT_CHARACTERS} characters)`,
        },
      ],
      documentation_url: DOCS[operationId],
      status: '422',
    },
  };
}

/** GitHub counts characters (code points), not UTF-16 units. */
function characterCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** One page of `items` plus the `Link` header GitHub would send (`per_page` default 30, max 100). */
export function paginate<T>(items: T[], ctx: HandlerContext): { page: T[]; headers: Record<string, string> } {
  const requested = Number(ctx.params.per_page ?? 30);
  const perPage = requested >= 1 ? Math.min(requested, 100) : 30;
  const page = Math.max(1, Number(ctx.params.page ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const at = (n: number) => {
    const u = new URL(ctx.requestUrl.href);
    u.searchParams.set('page', String(n));
    return `<${u.href}>; rel=`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${at(Math.min(page - 1, last))}"prev"`);
  if (page < last) links.push(`${at(page + 1)}"next"`, `${at(last)}"last"`);
  if (page > 1) links.push(`${at(1)}"first"`);
  return { page: slice, headers: links.length ? { link: links.join(', ') } : {} };
}

function writeAllowed(ctx: HandlerContext, operationId: string): FakeResponse | undefined {
  return ctx.actor.config.canWrite
    ? undefined
    : errorResponse(403, 'Resource not accessible by integration', operationId);
}

type Handler = (ctx: HandlerContext) => FakeResponse;

export const HANDLERS: Record<string, Handler> = {
  'users/get-authenticated': (ctx) => {
    if (ctx.actor.config.kind === 'installation') {
      return errorResponse(403, 'Resource not accessible by integration', 'users/get-authenticated');
    }
    return { status: 200, body: authenticatedUserJson(ctx.actor.user, ctx.urls, '2020-01-01T00:00:00Z') };
  },

  'issues/list-comments': (ctx) => {
    const { owner, repo, issue_number } = ctx.params as { owner: string; repo: string; issue_number: number };
    const issue = ctx.state.issue(owner, repo, issue_number);
    if (!issue) return errorResponse(404, 'Not Found', 'issues/list-comments');
    const since = typeof ctx.params.since === 'string' ? Date.parse(ctx.params.since) : undefined;
    const all = ctx.state
      .comments(owner, repo, issue_number)
      .filter((c) => since === undefined || Date.parse(c.updatedAt) >= since);
    const { page, headers } = paginate(all, ctx);
    const body = page.map((c) => issueCommentJson(c, ctx.state.user(c.login), !!issue.pullRequest, ctx.urls));
    return { status: 200, body, headers };
  },

  'issues/create-comment': (ctx) => {
    const id = 'issues/create-comment';
    const { owner, repo, issue_number } = ctx.params as { owner: string; repo: string; issue_number: number };
    const issue = ctx.state.issue(owner, repo, issue_number);
    if (!issue) return errorResponse(404, 'Not Found', id);
    const denied = writeAllowed(ctx, id);
    if (denied) return denied;
    const text = (ctx.body as { body: string }).body;
    if (characterCount(text) > MAX_COMMENT_CHARACTERS) return tooLong(id);
    const c = ctx.state.addComment({
      owner,
      repo,
      issueNumber: issue_number,
      login: ctx.actor.user.login,
      body: text,
      viaApp: ctx.actor.config.kind === 'installation',
    });
    const json = issueCommentJson(c, ctx.actor.user, !!issue.pullRequest, ctx.urls);
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },

  'issues/update-comment': (ctx) => {
    const id = 'issues/update-comment';
    const { owner, repo, comment_id } = ctx.params as { owner: string; repo: string; comment_id: number };
    const c = ctx.state.comment(owner, repo, comment_id);
    if (!c) return errorResponse(404, 'Not Found', id);
    const denied = writeAllowed(ctx, id);
    if (denied) return denied;
    const text = (ctx.body as { body: string }).body;
    if (characterCount(text) > MAX_COMMENT_CHARACTERS) return tooLong(id);
    ctx.state.updateComment(c, text);
    const issue = ctx.state.issue(owner, repo, c.issueNumber);
    return {
      status: 200,
      body: issueCommentJson(c, ctx.state.user(c.login), !!issue?.pullRequest, ctx.urls),
    };
  },

  // Pull requests are issues too: GitHub lists them here, marked by `pull_request`.
  'issues/list-for-repo': (ctx) => {
    const { owner, repo } = ctx.params as { owner: string; repo: string };
    if (!ctx.state.repository(owner, repo)) return errorResponse(404, 'Not Found', 'issues/list-for-repo');
    const state = ctx.params.state as 'open' | 'closed' | 'all';
    const field = ctx.params.sort === 'updated' ? 'updatedAt' : 'createdAt';
    const items = [
      ...ctx.state.storedIssues(owner, repo).map((i) => ({
        at: i[field],
        number: i.number,
        state: i.state,
        json: () => issueJson(i, ctx.state.user(i.author), ctx.urls),
      })),
      ...ctx.state.pullRequests(owner, repo).map((pr) => ({
        at: pr.createdAt,
        number: pr.number,
        state: pr.state,
        json: () => pullRequestIssueJson(pr, ctx.state.user(pr.author), ctx.urls),
      })),
    ]
      .filter((i) => state === 'all' || i.state === state)
      .sort((a, b) => (a.at === b.at ? a.number - b.number : a.at < b.at ? -1 : 1));
    if (ctx.params.direction !== 'asc') items.reverse();
    const { page, headers } = paginate(items, ctx);
    return { status: 200, body: page.map((i) => i.json()), headers };
  },

  'issues/create': (ctx) => {
    const id = 'issues/create';
    const { owner, repo } = ctx.params as { owner: string; repo: string };
    if (!ctx.state.repository(owner, repo)) return errorResponse(404, 'Not Found', id);
    const denied = writeAllowed(ctx, id);
    if (denied) return denied;
    const { title, body } = ctx.body as { title: string | number; body?: string };
    if (characterCount(body ?? '') > MAX_COMMENT_CHARACTERS) return tooLong(id, 'Issue');
    const i = ctx.state.openIssue({
      owner,
      repo,
      title: String(title),
      body: body ?? '',
      login: ctx.actor.user.login,
    });
    const json = issueJson(i, ctx.actor.user, ctx.urls);
    return { status: 201, body: json, headers: { location: String(json.url) } };
  },

  'issues/update': (ctx) => {
    const id = 'issues/update';
    const { owner, repo, issue_number } = ctx.params as { owner: string; repo: string; issue_number: number };
    const i = ctx.state.storedIssue(owner, repo, issue_number);
    if (!i) return errorResponse(404, 'Not Found', id);
    const denied = writeAllowed(ctx, id);
    if (denied) return denied;
    const b = (ctx.body ?? {}) as {
      title?: string | number | null;
      body?: string | null;
      state?: 'open' | 'closed';
      state_reason?: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
    };
    if (typeof b.body === 'string' && characterCount(b.body) > MAX_COMMENT_CHARACTERS)
      return tooLong(id, 'Issue');
    ctx.state.updateIssue(i, {
      ...(b.title !== undefined && b.title !== null ? { title: String(b.title) } : {}),
      ...(b.body !== undefined ? { body: b.body ?? '' } : {}),
      ...(b.state ? { state: b.state } : {}),
      ...(b.state_reason !== undefined ? { stateReason: b.state_reason } : {}),
    });
    return { status: 200, body: issueJson(i, ctx.state.user(i.author), ctx.urls) };
  },

  'repos/list-pull-requests-associated-with-commit': (ctx) => {
    const { owner, repo, commit_sha } = ctx.params as { owner: string; repo: string; commit_sha: string };
    const stored = ctx.state.repository(owner, repo);
    if (!stored) return errorResponse(404, 'Not Found', 'repos/list-pull-requests-associated-with-commit');
    const repoJson = repositoryJson(ctx.state.user(stored.owner), stored.name, stored.id, ctx.urls);
    const { page, headers } = paginate(ctx.state.pullRequestsForCommit(owner, repo, commit_sha), ctx);
    const body = page.map((pr) => pullRequestJson(pr, ctx.state.user(pr.author), repoJson, ctx.urls));
    return { status: 200, body, headers };
  },
};
