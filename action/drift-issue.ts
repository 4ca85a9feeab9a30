/**
 * One issue that tracks drift, kept up to date by a scheduled job: opened when nodes drift, edited
 * while they do, closed when the fleet runs what Git says again (the next drift opens a new one).
 * Found again like the sticky comment: by its hidden marker AND its author (see sticky-comment.ts),
 * so a person's issue that quotes the marker is never touched, whatever kind of token runs the job.
 */
import { TalosGitopsError } from '../src/errors.js';
import { type CommentAuthor, type GitHubApi, GitHubApiError } from './github-api.js';
import { composeStickyBody, isOurs, MAX_COMMENT_LENGTH, markerFor, sameText } from './sticky-comment.js';

export type DriftIssueApi = Pick<GitHubApi, 'findOpenIssue' | 'createIssue' | 'updateIssue'>;

/**
 * `drift`: open or edit the issue. `clean`: close it, if there is one. `unknown` (some node or
 * cluster could not be checked): edit an open issue, but neither open one nor close it on a guess.
 */
export type DriftIssueState = 'drift' | 'clean' | 'unknown';

export interface DriftIssueOptions {
  api: DriftIssueApi;
  owner: string;
  repo: string;
  /** A key such as `talos-gitops:drift`, or the full marker. */
  marker: string;
  title: string;
  /** Issue text without the marker. */
  body: string;
  state: DriftIssueState;
  author: CommentAuthor;
}

export interface DriftIssueResult {
  action: 'created' | 'updated' | 'unchanged' | 'closed' | 'none';
  number?: number;
  url?: string;
}

export async function upsertDriftIssue(o: DriftIssueOptions): Promise<DriftIssueResult> {
  const { api, owner, repo } = o;
  const tag = markerFor(o.marker);
  const body = composeStickyBody(o.body, tag);
  // GitHub holds an issue body to the same limit as a comment.
  if (body.length > MAX_COMMENT_LENGTH) {
    throw new TalosGitopsError(
      `drift issue is ${body.length} characters with its marker; GitHub accepts at most ${MAX_COMMENT_LENGTH}`,
    );
  }
  const ours = await api.findOpenIssue({
    owner,
    repo,
    match: (i) => !i.isPullRequest && isOurs(i, o.author) && i.body.includes(tag),
  });
  const create = async (): Promise<DriftIssueResult> => {
    const created = await api.createIssue({ owner, repo, title: o.title, body });
    return { action: 'created', number: created.number, url: created.url };
  };
  if (!ours) return o.state === 'drift' ? create() : { action: 'none' };
  const close = o.state === 'clean';
  if (!close && ours.title === o.title && sameText(ours.body, body)) {
    return { action: 'unchanged', number: ours.number, url: ours.url };
  }
  try {
    const done = await api.updateIssue({
      owner,
      repo,
      issueNumber: ours.number,
      title: o.title,
      body,
      ...(close ? { state: 'closed' as const } : {}),
    });
    return { action: close ? 'closed' : 'updated', number: done.number, url: done.url };
  } catch (err) {
    // Taken for ours as "a bot's", but another App's issue this token may not edit.
    const refused = err instanceof GitHubApiError && (err.status === 403 || err.status === 404);
    if (!('bot' in o.author) || !refused) throw err;
    return o.state === 'drift' ? create() : { action: 'none' };
  }
}
