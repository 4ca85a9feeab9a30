/**
 * The sticky plan comment, end to end: real @actions/github client, real HTTP, fake GitHub that
 * checks every request against GitHub's OpenAPI description.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT_LOGIN, createGitHubApi, type GitHubApi } from '../action/github-api.js';
import {
  composeStickyBody,
  MAX_COMMENT_LENGTH,
  markerFor,
  markerOverhead,
  upsertStickyComment,
} from '../action/sticky-comment.js';
import { TalosGitopsError } from '../src/errors.js';
import { type GitHubFake, startGitHubFake } from './github-fake/index.js';

const TOKEN = 'ghs_fakeInstallationToken000000000000000';
const MARKER = '<!-- talos-gitops:plan -->';
const where = { owner: 'octo', repo: 'clusters', issueNumber: 7 };

let gh: GitHubFake;

beforeEach(async () => {
  gh = await startGitHubFake({
    tokens: { [TOKEN]: { login: ACTIONS_BOT_LOGIN, kind: 'installation' } },
    issues: [{ owner: 'octo', repo: 'clusters', number: 7, pullRequest: true }],
  });
});

afterEach(async () => {
  await gh.close();
});

/** One action run: a fresh client, our identity looked up the way the action does it. */
async function run(body: string, api: GitHubApi = createGitHubApi({ token: TOKEN, baseUrl: gh.url })) {
  const author = await api.identity();
  return upsertStickyComment({ api, ...where, marker: MARKER, body, author });
}

const writes = () => gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`);

describe('its own comment, found with any kind of token', () => {
  // Each kind as GitHub answers it: a personal token may read GET /user; installation tokens (the
  // workflow's GITHUB_TOKEN, a GitHub App's from actions/create-github-app-token) get 403 there.
  const KINDS = [
    {
      kind: 'personal access token',
      token: 'ghp_personalToken00000000000000000000',
      login: 'octo-ops',
      installation: false,
    },
    {
      kind: 'GITHUB_TOKEN',
      token: 'ghs_workflowToken00000000000000000000',
      login: ACTIONS_BOT_LOGIN,
      installation: true,
    },
    {
      kind: 'GitHub App installation token',
      token: 'ghs_appInstallToken000000000000000000',
      login: 'talos-deployer[bot]',
      installation: true,
    },
  ] as const;

  for (const k of KINDS) {
    it(`${k.kind}: three runs leave one comment, by ${k.login}; a pasted marker is left alone`, async () => {
      gh.addToken(k.token, { login: k.login, kind: k.installation ? 'installation' : 'user' });
      const pasted = gh.seedComment({ ...where, login: 'mallory', body: `look\n\n${MARKER}` });
      // every run is a fresh process: a fresh client that knows nothing of the last run
      const results = [];
      for (const body of ['plan 1', 'plan 2', 'plan 3'])
        results.push(await run(body, createGitHubApi({ token: k.token, baseUrl: gh.url })));
      expect(results.map((r) => r.action)).toEqual(['created', 'updated', 'updated']);
      const stored = gh.comments('octo', 'clusters', 7);
      expect(stored.map((c) => [c.login, c.body])).toEqual([
        ['mallory', pasted.body],
        [k.login, `plan 3\n\n${MARKER}`],
      ]);
      expect(gh.violations).toEqual([]);
    });
  }

  it('moving from GITHUB_TOKEN to an App token keeps editing the one comment', async () => {
    const app = 'ghs_appInstallToken111111111111111111';
    gh.addToken(app, { login: 'talos-deployer[bot]', kind: 'installation' });
    const first = await run('by the workflow token');
    const second = await run('by the app', createGitHubApi({ token: app, baseUrl: gh.url }));
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(gh.comments('octo', 'clusters', 7)).toHaveLength(1);
  });

  it("an edit refused for another bot's comment makes our own instead of failing", async () => {
    const other = gh.seedComment({ ...where, login: 'other-app[bot]', body: `hi\n\n${MARKER}` });
    gh.failNext({
      status: 403,
      operationId: 'issues/update-comment',
      message: 'Resource not accessible by integration',
    });
    const r = await run('our plan');
    expect(r.action).toBe('created');
    expect(r.id).not.toBe(other.id);
  });
});

describe('upsertStickyComment against the fake GitHub', () => {
  afterEach(() => {
    expect(gh.violations).toEqual([]);
  });

  it('creates the comment once, then edits the same comment on the next run', async () => {
    const first = await run('## Plan\n\n2 nodes change');
    expect(first.action).toBe('created');
    const second = await run('## Plan\n\n3 nodes change');
    expect(second).toEqual({ action: 'updated', id: first.id, url: first.url });

    const stored = gh.comments('octo', 'clusters', 7);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: first.id, login: ACTIONS_BOT_LOGIN });
    expect(stored[0]!.body).toBe(`## Plan\n\n3 nodes change\n\n${MARKER}`);
    expect(stored[0]!.body.endsWith(MARKER)).toBe(true);
    expect(writes()).toEqual(['POST 201', 'PATCH 200']);
  });

  it('leaves an identical comment alone', async () => {
    const first = await run('same plan');
    expect(await run('same plan\n')).toEqual({ action: 'unchanged', id: first.id, url: first.url });
    expect(writes()).toEqual(['POST 201']);
  });

  it('ignores an older comment by someone else that carries our marker', async () => {
    const planted = gh.seedComment({ ...where, login: 'mallory', body: `I copied this\n\n${MARKER}` });
    const first = await run('real plan');
    expect(first.action).toBe('created');
    expect(first.id).not.toBe(planted.id);
    const second = await run('newer plan');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const stored = gh.comments('octo', 'clusters', 7);
    expect(stored.map((c) => [c.login, c.body])).toEqual([
      ['mallory', `I copied this\n\n${MARKER}`],
      [ACTIONS_BOT_LOGIN, `newer plan\n\n${MARKER}`],
    ]);
  });

  it('ignores our own comments that carry a different marker', async () => {
    gh.seedComment({
      ...where,
      login: ACTIONS_BOT_LOGIN,
      body: 'other\n\n<!-- talos-gitops:plan:staging -->',
    });
    expect((await run('plan')).action).toBe('created');
    expect(gh.comments('octo', 'clusters', 7)).toHaveLength(2);
  });

  it('finds its comment on page 2 of more than 100 comments', async () => {
    // 120 comments by someone else, every tenth quoting our marker, then ours as the 121st.
    for (let i = 0; i < 120; i++) {
      gh.seedComment({ ...where, login: 'bob', body: i % 10 === 0 ? `quoting ${MARKER}` : `chatter ${i}` });
    }
    const first = await run('plan v1');
    expect(first.action).toBe('created');
    expect(gh.comments('octo', 'clusters', 7).findIndex((c) => c.id === first.id)).toBe(120);

    const second = await run('plan v2');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(gh.comments('octo', 'clusters', 7)).toHaveLength(121);
    const lastRun = gh.requests.filter((r) => r.operationId === 'issues/list-comments').slice(-2);
    expect(lastRun.map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }]);
  });

  it('throws a clear error, before any request, when the body would exceed 65,536 characters', async () => {
    const api = createGitHubApi({ token: TOKEN, baseUrl: gh.url, login: ACTIONS_BOT_LOGIN });
    const room = MAX_COMMENT_LENGTH - markerOverhead(MARKER);
    await expect(run('x'.repeat(room + 1), api)).rejects.toThrow(
      /pull request comment is 65537 characters with its marker; GitHub accepts at most 65536/,
    );
    await expect(run('x'.repeat(room + 1), api)).rejects.toBeInstanceOf(TalosGitopsError);
    expect(gh.requests).toEqual([]);

    const fits = await run('x'.repeat(room), api);
    expect(fits.action).toBe('created');
    expect(gh.comments('octo', 'clusters', 7)[0]!.body).toHaveLength(MAX_COMMENT_LENGTH);
  });
});

describe('upsertStickyComment when GitHub fails', () => {
  it('surfaces a refused write (read-only token on a pull request from a fork) as a clear error', async () => {
    gh.addToken('ghs_readOnly', { login: ACTIONS_BOT_LOGIN, kind: 'installation', canWrite: false });
    await expect(run('plan', createGitHubApi({ token: 'ghs_readOnly', baseUrl: gh.url }))).rejects.toThrow(
      'GitHub API POST /repos/{owner}/{repo}/issues/{issue_number}/comments failed with HTTP 403: ' +
        'Resource not accessible by integration',
    );
    expect(gh.comments('octo', 'clusters', 7)).toHaveLength(0);
    expect(gh.violations).toEqual([]);
  });

  it('does not create a second comment when listing fails', async () => {
    await run('v1');
    gh.failNext({ status: 500, operationId: 'issues/list-comments' });
    await expect(run('v2')).rejects.toMatchObject({ status: 500 });
    expect(gh.comments('octo', 'clusters', 7)).toHaveLength(1);
  });
});

describe('marker helpers', () => {
  it('accepts a key or a full marker and refuses ones that could break out of the HTML comment', () => {
    expect(markerFor('talos-gitops:plan')).toBe(MARKER);
    expect(markerFor(MARKER)).toBe(MARKER);
    expect(markerFor('<!--talos-gitops:plan-->')).toBe(MARKER);
    for (const bad of ['', 'a-->b', 'a\nb', '<!-- -->', 'x>y'])
      expect(() => markerFor(bad)).toThrow(/invalid comment marker/);
  });

  it('puts the marker last, exactly once', () => {
    expect(composeStickyBody('plan\n\n', MARKER)).toBe(`plan\n\n${MARKER}`);
    expect(composeStickyBody(`plan\n\n${MARKER}\n`, MARKER)).toBe(`plan\n\n${MARKER}`);
    expect(markerOverhead(MARKER)).toBe(MARKER.length + 2);
  });
});
