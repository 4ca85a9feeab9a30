/**
 * action/github-api.ts with the real @actions/github client, over HTTP, against the fake GitHub.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT_LOGIN, createGitHubApi, GitHubApiError } from '../action/github-api.js';
import { type GitHubFake, startGitHubFake } from './github-fake/index.js';

const USER_TOKEN = 'ghp_fakeUserToken0000000000000000000000';
const APP_TOKEN = 'ghs_fakeInstallationToken000000000000000';
const target = { owner: 'octo', repo: 'clusters', issueNumber: 7 };

let gh: GitHubFake;

beforeEach(async () => {
  gh = await startGitHubFake({
    tokens: {
      [USER_TOKEN]: { login: 'alice' },
      [APP_TOKEN]: { login: ACTIONS_BOT_LOGIN, kind: 'installation' },
    },
    issues: [{ ...target, number: target.issueNumber, pullRequest: true }],
  });
});

afterEach(async () => {
  await gh.close();
});

describe('github-api on the good path', () => {
  afterEach(() => {
    expect(gh.violations).toEqual([]);
  });

  it('creates, updates and lists comments', async () => {
    const api = createGitHubApi({ token: APP_TOKEN, baseUrl: gh.url });
    const created = await api.createIssueComment({ ...target, body: 'first' });
    expect(created).toMatchObject({ body: 'first', author: ACTIONS_BOT_LOGIN });
    expect(created.url).toBe(`https://github.com/octo/clusters/pull/7#issuecomment-${created.id}`);
    const updated = await api.updateIssueComment({
      owner: 'octo',
      repo: 'clusters',
      commentId: created.id,
      body: 'second',
    });
    expect(updated).toMatchObject({ id: created.id, body: 'second', createdAt: created.createdAt });
    expect(await api.listIssueComments(target)).toEqual([updated]);
  });

  it('lists every page of comments, 100 at a time', async () => {
    for (let i = 0; i < 230; i++) gh.seedComment({ ...target, login: 'bob', body: `c${i}` });
    const api = createGitHubApi({ token: USER_TOKEN, baseUrl: gh.url });
    const all = await api.listIssueComments(target);
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 230 }, (_, i) => `c${i}`));
    const pages = gh.requests.filter((r) => r.operationId === 'issues/list-comments');
    expect(pages.map((r) => r.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' },
      { per_page: '100', page: '3' },
    ]);
  });

  it('answers the login of a user token', async () => {
    const api = createGitHubApi({ token: USER_TOKEN, baseUrl: gh.url });
    expect(await api.identity()).toEqual({ login: 'alice' });
    expect(await api.identity()).toEqual({ login: 'alice' });
    expect(gh.requests.filter((r) => r.operationId === 'users/get-authenticated')).toHaveLength(1);
  });

  it('answers "a bot" when GET /user answers 403 (installation token), until a created comment shows its login', async () => {
    const api = createGitHubApi({ token: APP_TOKEN, baseUrl: gh.url });
    expect(await api.identity()).toEqual({ bot: true });
    expect(gh.requests.map((r) => [r.operationId, r.status])).toEqual([['users/get-authenticated', 403]]);
    await api.createIssueComment({ owner: 'octo', repo: 'clusters', issueNumber: 7, body: 'x' });
    expect(await api.identity()).toEqual({ login: ACTIONS_BOT_LOGIN });
  });

  it('uses an explicit login without asking GitHub', async () => {
    const api = createGitHubApi({ token: APP_TOKEN, baseUrl: gh.url, login: 'talos-bot[bot]' });
    expect(await api.identity()).toEqual({ login: 'talos-bot[bot]' });
    expect(gh.requests).toEqual([]);
  });

  it('finds the pull requests of a commit', async () => {
    const sha = 'a'.repeat(40);
    gh.addPullRequest({
      owner: 'octo',
      repo: 'clusters',
      number: 12,
      headSha: sha,
      headRef: 'bump-talos',
      title: 'Bump',
    });
    gh.addPullRequest({
      owner: 'octo',
      repo: 'clusters',
      number: 13,
      headSha: 'b'.repeat(40),
      commits: [sha],
    });
    gh.addPullRequest({ owner: 'octo', repo: 'clusters', number: 14, headSha: 'c'.repeat(40) });
    const api = createGitHubApi({ token: USER_TOKEN, baseUrl: gh.url });
    const prs = await api.pullRequestsForCommit({ owner: 'octo', repo: 'clusters', sha });
    expect(prs).toEqual([
      {
        number: 12,
        state: 'open',
        title: 'Bump',
        headRef: 'bump-talos',
        headSha: sha,
        baseRef: 'main',
        url: 'https://github.com/octo/clusters/pull/12',
      },
      expect.objectContaining({ number: 13, headSha: 'b'.repeat(40) }),
    ]);
    expect(await api.pullRequestsForCommit({ owner: 'octo', repo: 'clusters', sha: 'd'.repeat(40) })).toEqual(
      [],
    );
  });
});

describe('github-api errors', () => {
  it('surfaces GitHub 422 "Body is too long" as a clear error', async () => {
    const api = createGitHubApi({ token: USER_TOKEN, baseUrl: gh.url });
    const err = await api
      .createIssueComment({ ...target, body: 'x'.repeat(65_537) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as GitHubApiError).status).toBe(422);
    expect((err as GitHubApiError).message).toBe(
      'GitHub API POST /repos/{owner}/{repo}/issues/{issue_number}/comments failed with HTTP 422: ' +
        'Validation Failed: Body is too long (maximum is 65536 characters)',
    );
    expect(gh.violations).toEqual([]);
  });

  it('reports a missing comment as 404 on update', async () => {
    const api = createGitHubApi({ token: USER_TOKEN, baseUrl: gh.url });
    const err = await api
      .updateIssueComment({ owner: 'octo', repo: 'clusters', commentId: 99, body: 'x' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'GitHubApiError', status: 404 });
    expect((err as Error).message).toMatch(/PATCH .* failed with HTTP 404: Not Found/);
  });

  it('does not swallow a server error on GET /user, and asks again next time', async () => {
    gh.failNext({ status: 500, operationId: 'users/get-authenticated' });
    const api = createGitHubApi({ token: USER_TOKEN, baseUrl: gh.url });
    await expect(api.identity()).rejects.toMatchObject({ status: 500 });
    expect(await api.identity()).toEqual({ login: 'alice' });
  });

  it('never puts the token in an error message', async () => {
    const api = createGitHubApi({ token: 'ghp_unknownToken', baseUrl: gh.url });
    const err = (await api.listIssueComments(target).catch((e: unknown) => e)) as GitHubApiError;
    expect(err.status).toBe(401);
    expect(err.message).toContain('Bad credentials');
    expect(`${err.message} ${err.stack} ${JSON.stringify(err)}`).not.toContain('ghp_unknownToken');
  });

  it('reports a network failure without a status', async () => {
    const url = gh.url;
    await gh.close();
    gh = await startGitHubFake(); // for afterEach to close
    const api = createGitHubApi({ token: USER_TOKEN, baseUrl: url });
    const err = (await api.listIssueComments(target).catch((e: unknown) => e)) as GitHubApiError;
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err.status).toBeUndefined();
    expect(err.message).toMatch(/^GitHub API GET .* failed: /);
  });
});
