/**
 * The fake GitHub server itself: it must refuse what GitHub's OpenAPI description forbids (otherwise
 * the client tests prove nothing) and answer like GitHub where the description is silent.
 */
import { type IncomingHttpHeaders, request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Contract, type GitHubFake, startGitHubFake } from './github-fake/index.js';

const TOKEN = 'fake-user-token';
const APP_TOKEN = 'fake-installation-token';
const COMMENTS = '/repos/octo/clusters/issues/7/comments';

let gh: GitHubFake;

beforeEach(async () => {
  gh = await startGitHubFake({
    tokens: {
      [TOKEN]: { login: 'alice' },
      [APP_TOKEN]: { login: 'github-actions[bot]', kind: 'installation' },
    },
    issues: [{ owner: 'octo', repo: 'clusters', number: 7, pullRequest: true }],
  });
});

afterEach(async () => {
  await gh.close();
});

/** Plain HTTP, so tests can send what a well-behaved client never would (e.g. a GET with a body). */
function raw(
  method: string,
  path: string,
  init: { body?: string; token?: string | null; contentType?: string } = {},
): Promise<{ status: number; json: unknown; headers: IncomingHttpHeaders }> {
  const headers: Record<string, string> = {};
  const token = init.token === undefined ? TOKEN : init.token;
  if (token) headers.authorization = `token ${token}`;
  if (init.body !== undefined) {
    headers['content-type'] = init.contentType ?? 'application/json';
    headers['content-length'] = String(Buffer.byteLength(init.body));
  }
  return new Promise((resolve, reject) => {
    const req = request(gh.url + path, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          json: text ? JSON.parse(text) : undefined,
          headers: res.headers,
        });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('fake GitHub rejects requests the OpenAPI description does not allow', () => {
  it('records an unknown path as a violation and answers 404', async () => {
    const res = await raw('GET', '/repos/octo/clusters/issues/7/comment');
    expect(res.status).toBe(404);
    expect(gh.violations).toEqual([
      expect.objectContaining({ kind: 'unknown-route', path: '/repos/octo/clusters/issues/7/comment' }),
    ]);
  });

  it('rejects a method the path does not document', async () => {
    const res = await raw('DELETE', COMMENTS);
    expect(res.status).toBe(404);
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0]!.kind).toBe('unknown-route');
    expect(gh.violations[0]!.problems[0]).toMatch(/DELETE is not an operation of this path.*GET, POST/);
  });

  it('rejects a create without a body', async () => {
    const res = await raw('POST', COMMENTS);
    expect(res.status).toBe(422);
    expect(gh.violations[0]).toMatchObject({ kind: 'request', operationId: 'issues/create-comment' });
    expect(gh.violations[0]!.problems).toContain('request body: required but missing');
    expect(gh.comments('octo', 'clusters', 7)).toHaveLength(0);
  });

  it('rejects a body of the wrong type and a body missing its required field', async () => {
    expect((await raw('POST', COMMENTS, { body: JSON.stringify({ body: 42 }) })).status).toBe(422);
    expect((await raw('POST', COMMENTS, { body: JSON.stringify({ text: 'hello' }) })).status).toBe(422);
    expect((await raw('POST', COMMENTS, { body: JSON.stringify(['hello']) })).status).toBe(422);
    const problems = gh.violations.map((v) => v.problems.join(' | '));
    expect(problems[0]).toMatch(/request body\/body: must be string/);
    expect(problems[1]).toMatch(/must have required property 'body'/);
    expect(problems[2]).toMatch(/request body: must be object/);
    expect(gh.comments('octo', 'clusters', 7)).toHaveLength(0);
  });

  it('rejects unparsable JSON with 400 and a non-JSON content type', async () => {
    expect((await raw('POST', COMMENTS, { body: '{"body":' })).status).toBe(400);
    expect((await raw('POST', COMMENTS, { body: 'hello', contentType: 'text/plain' })).status).toBe(415);
    expect(gh.violations.map((v) => v.problems[0])).toEqual([
      'request body: not valid JSON',
      'request body: content-type text/plain is not application/json',
    ]);
  });

  it('validates path and query parameters against their schemas', async () => {
    expect((await raw('GET', '/repos/octo/clusters/issues/seven/comments')).status).toBe(422);
    expect((await raw('GET', `${COMMENTS}?per_page=many`)).status).toBe(422);
    expect((await raw('GET', `${COMMENTS}?since=yesterday`)).status).toBe(422);
    expect((await raw('GET', `${COMMENTS}?sort=created`)).status).toBe(422);
    expect(
      (await raw('PATCH', '/repos/octo/clusters/issues/comments/1.5', { body: '{"body":"x"}' })).status,
    ).toBe(422);
    expect(gh.violations.map((v) => v.problems[0])).toEqual([
      'path parameter issue_number: must be integer',
      'query parameter per_page: must be integer',
      'query parameter since: must match format "date-time"',
      'query parameter sort: not defined for issues/list-comments',
      'path parameter comment_id: must be integer',
    ]);
  });

  it('rejects a body sent to an operation that takes none', async () => {
    expect((await raw('GET', '/user', { body: '{}' })).status).toBe(422);
    expect(gh.violations[0]!.problems).toEqual(['users/get-authenticated takes no request body']);
  });

  it('checks responses too: an object missing required fields is caught', () => {
    const contract = Contract.load();
    const { operation } = contract.route('PATCH', '/repos/o/r/issues/comments/1');
    expect(operation?.id).toBe('issues/update-comment');
    const problems = contract.checkResponse(operation!, 200, { id: 1, body: 'x' });
    expect(problems.join('\n')).toMatch(/must have required property 'node_id'/);
    expect(contract.checkResponse(operation!, 201, {})).toEqual([
      'status 201 is not a documented response of issues/update-comment',
    ]);
    // GET /user: the discriminator user_view_type picks the schema; "public" forbids private fields.
    const user = contract.route('GET', '/user').operation!;
    const publicView = { login: 'a', id: 1, user_view_type: 'public', two_factor_authentication: true };
    expect(contract.checkResponse(user, 200, publicView).join('\n')).toMatch(
      /must NOT have additional properties/,
    );
    expect(contract.source).toMatchObject({ package: '@octokit/openapi', version: '23.0.2' });
  });
});

describe('fake GitHub behaves like GitHub where the description is silent', () => {
  afterEach(() => {
    expect(gh.violations).toEqual([]);
  });

  it('answers 401 without or with an unknown token, and never records a token', async () => {
    expect((await raw('GET', '/user', { token: null })).json).toMatchObject({
      message: 'Requires authentication',
    });
    expect((await raw('GET', '/user', { token: 'nope' })).status).toBe(401);
    expect(JSON.stringify(gh.requests)).not.toContain(TOKEN);
    expect(gh.requests.map((r) => r.actor)).toEqual([null, null]);
  });

  it('answers GET /user with the token account, and 403 for an installation token', async () => {
    expect((await raw('GET', '/user')).json).toMatchObject({ login: 'alice', type: 'User' });
    const app = await raw('GET', '/user', { token: APP_TOKEN });
    expect(app.status).toBe(403);
    expect(app.json).toMatchObject({ message: 'Resource not accessible by integration' });
  });

  it('stores comments with ids, author, timestamps and web URL', async () => {
    const created = await raw('POST', COMMENTS, { body: JSON.stringify({ body: 'hello' }) });
    expect(created.status).toBe(201);
    const c = created.json as Record<string, unknown>;
    expect(c).toMatchObject({ body: 'hello', user: { login: 'alice' }, created_at: '2026-01-01T00:00:00Z' });
    expect(c.html_url).toBe(`https://github.com/octo/clusters/pull/7#issuecomment-${c.id}`);
    expect(created.headers.location).toBe(c.url);
    const updated = await raw('PATCH', `/repos/octo/clusters/issues/comments/${c.id}`, {
      body: JSON.stringify({ body: 'bye' }),
    });
    expect(updated.json).toMatchObject({ id: c.id, body: 'bye', created_at: '2026-01-01T00:00:00Z' });
    expect((updated.json as { updated_at: string }).updated_at > (c.created_at as string)).toBe(true);
  });

  it('refuses bodies over 65,536 characters, counting characters not UTF-16 units', async () => {
    const tooLong = await raw('POST', COMMENTS, { body: JSON.stringify({ body: 'x'.repeat(65_537) }) });
    expect(tooLong.status).toBe(422);
    expect(tooLong.json).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', message: 'Body is too long (maximum is 65536 characters)' }],
    });
    expect((await raw('POST', COMMENTS, { body: JSON.stringify({ body: 'x'.repeat(65_536) }) })).status).toBe(
      201,
    );
    // 40,000 astral characters: 80,000 UTF-16 units but 40,000 characters.
    expect(
      (await raw('POST', COMMENTS, { body: JSON.stringify({ body: '🚀'.repeat(40_000) }) })).status,
    ).toBe(201);
  });

  it('answers 404 for a comment or issue that does not exist', async () => {
    const body = JSON.stringify({ body: 'x' });
    expect((await raw('PATCH', '/repos/octo/clusters/issues/comments/123', { body })).status).toBe(404);
    expect((await raw('POST', '/repos/octo/clusters/issues/8/comments', { body })).status).toBe(404);
    expect((await raw('GET', '/repos/octo/other/issues/7/comments')).status).toBe(404);
  });

  it('pages with per_page (default 30, max 100) and a Link header', async () => {
    for (let i = 0; i < 250; i++)
      gh.seedComment({ owner: 'octo', repo: 'clusters', issueNumber: 7, login: 'bob', body: `c${i}` });
    const first = await raw('GET', COMMENTS);
    expect(first.json).toHaveLength(30);
    expect(first.headers.link).toBe(
      `<${gh.url}${COMMENTS}?page=2>; rel="next", <${gh.url}${COMMENTS}?page=9>; rel="last"`,
    );
    const big = await raw('GET', `${COMMENTS}?per_page=500&page=2`);
    expect((big.json as Array<{ body: string }>).map((c) => c.body).slice(0, 2)).toEqual(['c100', 'c101']);
    expect(big.headers.link).toBe(
      [
        `<${gh.url}${COMMENTS}?per_page=500&page=1>; rel="prev"`,
        `<${gh.url}${COMMENTS}?per_page=500&page=3>; rel="next"`,
        `<${gh.url}${COMMENTS}?per_page=500&page=3>; rel="last"`,
        `<${gh.url}${COMMENTS}?per_page=500&page=1>; rel="first"`,
      ].join(', '),
    );
    const last = await raw('GET', `${COMMENTS}?per_page=100&page=3`);
    expect(last.json).toHaveLength(50);
    expect(last.headers.link).not.toContain('rel="next"');
  });

  it('filters listed comments by since', async () => {
    gh.seedComment({ owner: 'octo', repo: 'clusters', issueNumber: 7, login: 'bob', body: 'old' });
    gh.seedComment({ owner: 'octo', repo: 'clusters', issueNumber: 7, login: 'bob', body: 'new' });
    const res = await raw('GET', `${COMMENTS}?since=2026-01-01T00:00:01Z`);
    expect((res.json as Array<{ body: string }>).map((c) => c.body)).toEqual(['new']);
  });

  it('fails the next N matching requests on demand', async () => {
    gh.failNext({ status: 500, count: 2, operationId: 'issues/list-comments' });
    expect((await raw('GET', '/user')).status).toBe(200);
    expect((await raw('GET', COMMENTS)).status).toBe(500);
    expect((await raw('GET', COMMENTS)).status).toBe(500);
    expect((await raw('GET', COMMENTS)).status).toBe(200);
    expect(gh.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'users/get-authenticated 200',
      'issues/list-comments 500',
      'issues/list-comments 500',
      'issues/list-comments 200',
    ]);
  });

  it('refuses writes with a read-only token', async () => {
    gh.addToken('fork-token', { login: 'github-actions[bot]', kind: 'installation', canWrite: false });
    const res = await raw('POST', COMMENTS, { body: JSON.stringify({ body: 'x' }), token: 'fork-token' });
    expect(res.status).toBe(403);
  });
});
