/**
 * A fake GitHub REST API on 127.0.0.1 (random port) for tests. Point the real client at it with
 * `getOctokit(token, { baseUrl: fake.url })`.
 *
 * Every request is matched against the operations of GitHub's OpenAPI description (see contract.ts);
 * requests that match no operation or break its parameter/body schemas get a 4xx and are recorded in
 * `violations`, and so is any response of the fake itself that does not match the response schema.
 * Good-path tests assert `violations` is empty.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Contract } from './contract.js';
import type { StoredComment, StoredIssue, StoredPullRequest } from './entities.js';
import { type Actor, errorResponse, type FakeResponse, HANDLERS } from './handlers.js';
import { GitHubState, type IssueRef, type PullRequestInit, type TokenConfig } from './state.js';

export interface GitHubFakeOptions {
  /** Token → account. Tokens are never logged or recorded; the log names the account instead. */
  tokens?: Record<string, TokenConfig>;
  /** Issues and pull requests that exist (comments on anything else get 404). */
  issues?: IssueRef[];
  /** Base of html_url values; defaults to https://github.com. */
  webUrl?: string;
  /** Clock for created_at/updated_at; defaults to a deterministic one-second-per-tick clock. */
  now?: () => Date;
  /** Request bodies larger than this are refused with 413. */
  maxRequestBytes?: number;
  /** The OpenAPI contract (default: the committed fixture, loaded once). */
  contract?: Contract;
}

export interface RequestRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | undefined;
  /** Login of the token's account, or null without a known token. */
  actor: string | null;
  /** Parsed JSON request body, if any. */
  body: unknown;
  status: number;
}

export interface ContractViolation {
  kind: 'unknown-route' | 'request' | 'response';
  method: string;
  path: string;
  operationId?: string;
  problems: string[];
}

export interface FailureRule {
  status: number;
  /** How many matching requests fail; default 1. */
  count?: number;
  message?: string;
  /** Only requests for this operation (e.g. `issues/create-comment`). */
  operationId?: string;
  method?: string;
}

export interface GitHubFake {
  /** Base URL to pass as `baseUrl`, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly state: GitHubState;
  readonly contract: Contract;
  readonly requests: RequestRecord[];
  readonly violations: ContractViolation[];
  addToken(token: string, config: TokenConfig): void;
  addIssue(ref: IssueRef): void;
  addPullRequest(init: PullRequestInit): StoredPullRequest;
  /** Plants a comment directly (no request, no log entry), e.g. by another user. */
  seedComment(init: {
    owner: string;
    repo: string;
    issueNumber: number;
    login: string;
    body: string;
  }): StoredComment;
  comments(owner: string, repo: string, issueNumber: number): StoredComment[];
  /** Plants an issue directly (no request, no log entry), e.g. opened by a person. */
  seedIssue(init: { owner: string; repo: string; title: string; body: string; login: string }): StoredIssue;
  /** Issues with content (not pull requests), oldest first, as copies. */
  issues(owner: string, repo: string): StoredIssue[];
  /** The next matching requests (after contract checks, before the operation runs) answer `status`. */
  failNext(rule: FailureRule): void;
  close(): Promise<void>;
}

let sharedContract: Contract | undefined;

function readBody(req: IncomingMessage, limit: number): Promise<{ text: string; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge: size > limit }));
    req.on('error', reject);
  });
}

function bearer(req: IncomingMessage): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m?.[1];
}

export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  sharedContract ??= options.contract ? undefined : Contract.load();
  const contract = options.contract ?? sharedContract!;
  const state = new GitHubState(options.now);
  for (const [token, config] of Object.entries(options.tokens ?? {})) state.addToken(token, config);
  for (const ref of options.issues ?? []) state.addIssue(ref);
  const limit = options.maxRequestBytes ?? 4 * 1024 * 1024;
  const requests: RequestRecord[] = [];
  const violations: ContractViolation[] = [];
  const failures: Array<Required<Pick<FailureRule, 'status' | 'count'>> & FailureRule> = [];
  let baseUrl = '';

  async function handle(req: IncomingMessage): Promise<{ record: RequestRecord; response: FakeResponse }> {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const { text, tooLarge } = await readBody(req, limit);
    const token = bearer(req);
    const config = token === undefined ? undefined : state.tokenConfig(token);
    const record: RequestRecord = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: undefined,
      actor: config?.login ?? null,
      body: undefined,
      status: 0,
    };
    const violation = (kind: ContractViolation['kind'], problems: string[]) =>
      violations.push({ kind, method, path: url.pathname, operationId: record.operationId, problems });

    if (tooLarge) {
      violation('request', [`request body larger than ${limit} bytes`]);
      return { record, response: errorResponse(413, 'Payload Too Large') };
    }
    const route = contract.route(method, url.pathname);
    if (!route.operation) {
      const why = route.allowedMethods.length
        ? `${method} is not an operation of this path (documented: ${route.allowedMethods.join(', ')})`
        : 'no documented operation has this path';
      violation('unknown-route', [why]);
      return { record, response: errorResponse(404, 'Not Found') };
    }
    const operation = route.operation;
    record.operationId = operation.id;
    const checked = operation.checkRequest({
      pathParams: route.pathParams,
      query: url.searchParams,
      contentType: req.headers['content-type'],
      rawBody: text,
    });
    record.body = checked.body;
    if (checked.problems.length) violation('request', checked.problems);

    // GitHub authenticates before it validates input.
    if (!config) {
      const message = token === undefined ? 'Requires authentication' : 'Bad credentials';
      return { record, response: errorResponse(401, message, operation.id) };
    }
    if (checked.problems.length) {
      const message = checked.status === 400 ? 'Problems parsing JSON' : 'Invalid request';
      const body = {
        message: `${message}.\n\n${checked.problems.join('\n')}`,
        documentation_url: 'https://docs.github.com/rest',
        status: String(checked.status),
      };
      return { record, response: { status: checked.status, body } };
    }
    const rule = failures.find(
      (f) =>
        f.count > 0 &&
        (!f.operationId || f.operationId === operation.id) &&
        (!f.method || f.method.toUpperCase() === method),
    );
    if (rule) {
      rule.count--;
      return {
        record,
        response: errorResponse(rule.status, rule.message ?? `Injected failure ${rule.status}`, operation.id),
      };
    }

    const actor: Actor = { config, user: state.user(config.login) };
    const handler = HANDLERS[operation.id];
    if (!handler) throw new Error(`fake GitHub: no handler for ${operation.id}`);
    const response = handler({
      state,
      urls: { api: baseUrl, web: options.webUrl ?? 'https://github.com' },
      params: checked.params,
      body: checked.body,
      actor,
      requestUrl: url,
    });
    const problems = contract.checkResponse(operation, response.status, response.body);
    if (problems.length) {
      violation('response', problems);
      return {
        record,
        response: errorResponse(500, `fake GitHub produced an off-contract response: ${problems.join('; ')}`),
      };
    }
    return { record, response };
  }

  function send(res: ServerResponse, response: FakeResponse): void {
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      ...response.headers,
    };
    if (response.body === undefined) {
      res.writeHead(response.status, headers).end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(response.status, headers).end(JSON.stringify(response.body));
  }

  const server = createServer((req, res) => {
    handle(req).then(
      ({ record, response }) => {
        record.status = response.status;
        requests.push(record);
        send(res, response);
      },
      (err: unknown) => {
        violations.push({
          kind: 'response',
          method: req.method ?? '',
          path: req.url ?? '',
          problems: [String(err)],
        });
        send(res, errorResponse(500, 'fake GitHub crashed'));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    state,
    contract,
    requests,
    violations,
    addToken: (token, config) => state.addToken(token, config),
    addIssue: (ref) => state.addIssue(ref),
    addPullRequest: (init) => state.addPullRequest(init),
    seedComment: (init) => state.addComment(init),
    comments: (owner, repo, issueNumber) => state.comments(owner, repo, issueNumber).map((c) => ({ ...c })),
    seedIssue: (init) => ({ ...state.openIssue(init) }),
    issues: (owner, repo) => state.storedIssues(owner, repo).map((i) => ({ ...i })),
    failNext: (rule) => failures.push({ count: 1, ...rule }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
