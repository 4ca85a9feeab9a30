/**
 * One comment per pull request that every run edits instead of adding another. The comment carries
 * a hidden HTML marker at its end; we recognise ours by marker AND author, because anyone can paste
 * the marker into their own comment and we must neither edit theirs nor give up because of it.
 *
 * The author check works for every kind of token: a personal token knows its login; a GitHub App
 * installation token (GITHUB_TOKEN, or an App's token from actions/create-github-app-token) cannot
 * read its own login, so any bot account's comment with the marker is ours — people's accounts never
 * are. Should several bots carry the marker (a workflow moved from GITHUB_TOKEN to an App), the
 * oldest is edited, and if that edit is refused a new comment is made instead.
 */
import { TalosGitopsError } from '../src/errors.js';
import { type CommentAuthor, type GitHubApi, GitHubApiError, type IssueComment } from './github-api.js';

/** GitHub refuses issue and pull request comments longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;

export type StickyCommentApi = Pick<
  GitHubApi,
  'listIssueComments' | 'createIssueComment' | 'updateIssueComment'
>;

export interface UpsertStickyCommentOptions {
  api: StickyCommentApi;
  owner: string;
  repo: string;
  issueNumber: number;
  /** A key such as `talos-gitops:plan`, or the full marker `<!-- talos-gitops:plan -->`. */
  marker: string;
  /** Comment text without the marker. */
  body: string;
  /** Whose comments are ours (see GitHubApi.identity). */
  author: CommentAuthor;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

/** The hidden HTML comment for a marker key; accepts a full `<!-- key -->` too. */
export function markerFor(keyOrMarker: string): string {
  const m = /^<!--\s*(.*?)\s*-->$/s.exec(keyOrMarker.trim());
  const key = (m ? m[1]! : keyOrMarker).trim();
  // Must stay one hidden comment: no line breaks, nothing that could close it early.
  if (!key || /[\r\n<>]|--/.test(key)) {
    throw new TalosGitopsError(
      `invalid comment marker ${JSON.stringify(keyOrMarker)}: use a one-line key without "--", "<" or ">"`,
    );
  }
  return `<!-- ${key} -->`;
}

/** The exact text we post: the body, a blank line, then the marker as the last line. */
export function composeStickyBody(body: string, marker: string): string {
  const tag = markerFor(marker);
  let text = body.trimEnd();
  if (text.endsWith(tag)) text = text.slice(0, -tag.length).trimEnd();
  return `${text}\n\n${tag}`;
}

/** Characters the marker adds to a body, for callers fitting a comment into MAX_COMMENT_LENGTH. */
export function markerOverhead(marker: string): number {
  return composeStickyBody('', marker).length;
}

const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whether a comment's author is us, by login or (when the token cannot say) by being a bot. */
export function isOurs(c: Pick<IssueComment, 'author' | 'authorType'>, author: CommentAuthor): boolean {
  if (c.author === null) return false;
  if ('login' in author) return sameLogin(c.author, author.login);
  return c.authorType === 'Bot' || (c.authorType === null && c.author.endsWith('[bot]'));
}
/** The same text once GitHub's CRLF line breaks are read as LF. */
export const sameText = (a: string, b: string) => a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');

export async function upsertStickyComment(options: UpsertStickyCommentOptions): Promise<StickyCommentResult> {
  const { api, owner, repo, issueNumber, author } = options;
  const tag = markerFor(options.marker);
  const body = composeStickyBody(options.body, tag);
  // `.length` counts UTF-16 units, never fewer than GitHub's character count, so this errs on the safe side.
  if (body.length > MAX_COMMENT_LENGTH) {
    throw new TalosGitopsError(
      `pull request comment is ${body.length} characters with its marker; GitHub accepts at most ` +
        `${MAX_COMMENT_LENGTH}. The comment was not posted; the plan must be shortened to fit.`,
    );
  }

  const comments = await api.listIssueComments({ owner, repo, issueNumber });
  // Oldest first: if an earlier run ever left two, we keep editing the same one.
  const ours = comments.find((c) => isOurs(c, author) && c.body.includes(tag));
  const create = async (): Promise<StickyCommentResult> => {
    const created = await api.createIssueComment({ owner, repo, issueNumber, body });
    return { action: 'created', id: created.id, url: created.url };
  };
  if (!ours) return create();
  if (sameText(ours.body, body)) {
    return { action: 'unchanged', id: ours.id, url: ours.url };
  }
  try {
    const updated = await api.updateIssueComment({ owner, repo, commentId: ours.id, body });
    return { action: 'updated', id: updated.id, url: updated.url };
  } catch (err) {
    // Taken for ours as "a bot's", but another App's comment this token may not edit: make our own.
    if ('bot' in author && err instanceof GitHubApiError && (err.status === 403 || err.status === 404))
      return create();
    throw err;
  }
}
