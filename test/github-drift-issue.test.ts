/**
 * The one drift issue, found again with any kind of token: real @actions/github client, real HTTP,
 * the fake GitHub checking every request against GitHub's OpenAPI description.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DriftIssueState, upsertDriftIssue } from '../action/drift-issue.js';
import { ACTIONS_BOT_LOGIN, createGitHubApi } from '../action/github-api.js';
import { type GitHubFake, startGitHubFake } from './github-fake/index.js';

const MARKER = '<!-- talos-gitops:drift -->';
const KINDS = [
  {
    kind: 'personal access token',
    token: 'ghp_personalDriftToken0000000000000000',
    login: 'octo-ops',
    installation: false,
  },
  {
    kind: 'GITHUB_TOKEN',
    token: 'ghs_workflowDriftToken0000000000000000',
    login: ACTIONS_BOT_LOGIN,
    installation: true,
  },
  {
    kind: 'GitHub App installation token',
    token: 'ghs_appDriftToken000000000000000000000',
    login: 'talos-deployer[bot]',
    installation: true,
  },
];

let gh: GitHubFake;

beforeEach(async () => {
  gh = await startGitHubFake({
    tokens: Object.fromEntries(
      KINDS.map((k) => [
        k.token,
        { login: k.login, kind: k.installation ? ('installation' as const) : ('user' as const) },
      ]),
    ),
  });
  gh.state.addRepository('octo', 'clusters');
});

afterEach(async () => {
  await gh.close();
});

/** One scheduled run: a fresh client, our identity looked up the way the action does it. */
async function run(token: string, state: DriftIssueState, body: string) {
  const api = createGitHubApi({ token, baseUrl: gh.url });
  const author = await api.identity();
  return upsertDriftIssue({
    api,
    owner: 'octo',
    repo: 'clusters',
    marker: MARKER,
    title: `drift: ${body}`,
    body,
    state,
    author,
  });
}

const writes = () => gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`);

describe('the drift issue, with any kind of token', () => {
  for (const k of KINDS) {
    it(`${k.kind}: opened on drift, edited, closed when clean, opened anew on the next drift`, async () => {
      // a person's issue quoting the marker, opened first, is never taken for ours
      gh.seedIssue({
        owner: 'octo',
        repo: 'clusters',
        title: 'about drift',
        body: `see ${MARKER}`,
        login: 'alice',
      });
      const opened = await run(k.token, 'drift', 'prod-w-3');
      expect(opened.action).toBe('created');
      expect((await run(k.token, 'drift', 'prod-w-3')).action).toBe('unchanged');
      expect(await run(k.token, 'drift', 'prod-w-3 and stg-w-1')).toMatchObject({
        action: 'updated',
        number: opened.number,
      });
      expect(await run(k.token, 'clean', 'none')).toMatchObject({ action: 'closed', number: opened.number });
      expect((await run(k.token, 'clean', 'none')).action).toBe('none');
      const next = await run(k.token, 'drift', 'stg-w-2');
      expect(next.action).toBe('created');
      expect(next.number).not.toBe(opened.number);
      const issues = gh.issues('octo', 'clusters');
      expect(issues.map((i) => [i.author, i.state])).toEqual([
        ['alice', 'open'],
        [k.login, 'closed'],
        [k.login, 'open'],
      ]);
      expect(issues[0]!.body).toBe(`see ${MARKER}`);
      expect(writes()).toEqual(['POST 201', 'PATCH 200', 'PATCH 200', 'POST 201']);
      expect(gh.violations).toEqual([]);
    });
  }

  it('a check that could not read every node edits an open issue but neither opens nor closes one', async () => {
    const { token } = KINDS[2]!;
    expect((await run(token, 'unknown', 'prod-w-1 could not be read')).action).toBe('none');
    await run(token, 'drift', 'prod-w-3');
    expect((await run(token, 'unknown', 'prod-w-1 could not be read')).action).toBe('updated');
    expect(gh.issues('octo', 'clusters').map((i) => i.state)).toEqual(['open']);
  });

  it("another App's issue with the marker that this token may not edit: a new one of our own", async () => {
    const other = KINDS[2]!;
    const mine = KINDS[1]!;
    const theirs = await run(other.token, 'drift', 'theirs');
    // GITHUB_TOKEN cannot tell its bot from another bot by login: it tries theirs, is refused, opens its own
    gh.failNext({
      status: 403,
      operationId: 'issues/update',
      message: 'Resource not accessible by integration',
    });
    const result = await run(mine.token, 'drift', 'ours');
    expect(result.action).toBe('created');
    expect(result.number).not.toBe(theirs.number);
    expect(gh.issues('octo', 'clusters').map((i) => i.author)).toEqual([other.login, mine.login]);
  });

  it('refuses a body GitHub would refuse, before any request', async () => {
    await expect(run(KINDS[0]!.token, 'drift', 'x'.repeat(70_000))).rejects.toThrow(/GitHub accepts at most/);
    expect(gh.requests.filter((r) => r.operationId?.startsWith('issues/'))).toEqual([]);
  });
});
