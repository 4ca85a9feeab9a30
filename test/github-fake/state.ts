/**
 * What the fake GitHub remembers between requests: accounts and the tokens that act as them,
 * issues/pull requests per repository, their comments, and a clock. Names of owners and repositories
 * compare case-insensitively, as on GitHub.
 */
import type { FakeUser, StoredComment, StoredIssue, StoredPullRequest } from './entities.js';

export interface TokenConfig {
  /** Account the token acts as. For installation tokens, the bot that authors its comments. */
  login: string;
  /**
   * `user`: a personal token; `GET /user` answers the account.
   * `installation`: a GitHub App installation token such as the workflow's GITHUB_TOKEN; GitHub
   * answers `GET /user` with 403 "Resource not accessible by integration".
   */
  kind?: 'user' | 'installation';
  /** false: a read-only token (e.g. GITHUB_TOKEN on a pull request from a fork); writes get 403. */
  canWrite?: boolean;
}

export interface IssueRef {
  owner: string;
  repo: string;
  number: number;
  /** true when the issue is a pull request (changes html_url of its comments). */
  pullRequest?: boolean;
}

export interface PullRequestInit {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  title?: string;
  author?: string;
  state?: 'open' | 'closed';
  headRef?: string;
  baseRef?: string;
  baseSha?: string;
  /** Further commits of the pull request besides the head. */
  commits?: string[];
}

/** A fixed start and one second per tick keeps timestamps deterministic and strictly increasing. */
export function steppingClock(start = Date.parse('2026-01-01T00:00:00Z')): () => Date {
  let t = start;
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

/** GitHub renders timestamps without milliseconds. */
export function isoSeconds(d: Date): string {
  return `${d.toISOString().slice(0, 19)}Z`;
}

const key = (owner: string, repo: string) => `${owner.toLowerCase()}/${repo.toLowerCase()}`;

export class GitHubState {
  private readonly users = new Map<string, FakeUser>();
  private readonly tokens = new Map<string, TokenConfig>();
  private readonly repos = new Map<string, { owner: string; name: string; id: number }>();
  private readonly issues = new Map<string, Map<number, IssueRef>>();
  private readonly commentsById = new Map<number, StoredComment>();
  private readonly pulls: StoredPullRequest[] = [];
  /** Issues with a title and body (opened through the API or planted); pull requests are in `pulls`. */
  private readonly stored: StoredIssue[] = [];
  private nextIssueId = 800_000_001;
  private nextUserId = 1001;
  private nextRepoId = 700_001;
  private nextCommentId = 2_000_000_001;
  private nextPullId = 900_000_001;

  constructor(readonly now: () => Date = steppingClock()) {}

  user(login: string): FakeUser {
    const found = this.users.get(login.toLowerCase());
    if (found) return found;
    const type = login.endsWith('[bot]') ? 'Bot' : 'User';
    const created: FakeUser = { login, id: this.nextUserId++, type };
    this.users.set(login.toLowerCase(), created);
    return created;
  }

  addToken(token: string, config: TokenConfig): void {
    this.user(config.login);
    this.tokens.set(token, { kind: 'user', canWrite: true, ...config });
  }

  tokenConfig(token: string): Required<TokenConfig> | undefined {
    return this.tokens.get(token) as Required<TokenConfig> | undefined;
  }

  repository(owner: string, repo: string): { owner: string; name: string; id: number } | undefined {
    return this.repos.get(key(owner, repo));
  }

  /** Makes a repository known (its issues and pull requests can then be added). */
  addRepository(owner: string, repo: string): void {
    const k = key(owner, repo);
    if (this.repos.has(k)) return;
    this.user(owner);
    this.repos.set(k, { owner, name: repo, id: this.nextRepoId++ });
    this.issues.set(k, new Map());
  }

  addIssue(ref: IssueRef): void {
    this.addRepository(ref.owner, ref.repo);
    this.issues.get(key(ref.owner, ref.repo))!.set(ref.number, { ...ref });
  }

  /** Opens an issue with the next free number of the repository (issues and pull requests share them). */
  openIssue(init: { owner: string; repo: string; title: string; body: string; login: string }): StoredIssue {
    this.addRepository(init.owner, init.repo);
    const k = key(init.owner, init.repo);
    const repo = this.repos.get(k)!;
    const numbers = this.issues.get(k)!;
    const number = Math.max(0, ...numbers.keys()) + 1;
    numbers.set(number, { owner: repo.owner, repo: repo.name, number });
    const at = isoSeconds(this.now());
    const issue: StoredIssue = {
      id: this.nextIssueId++,
      owner: repo.owner,
      repo: repo.name,
      number,
      title: init.title,
      body: init.body,
      state: 'open',
      stateReason: null,
      author: this.user(init.login).login,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
    };
    this.stored.push(issue);
    return issue;
  }

  /** An issue with content (not a pull request). */
  storedIssue(owner: string, repo: string, number: number): StoredIssue | undefined {
    const k = key(owner, repo);
    return this.stored.find((i) => key(i.owner, i.repo) === k && i.number === number);
  }

  /** Issues with content, oldest first. */
  storedIssues(owner: string, repo: string): StoredIssue[] {
    const k = key(owner, repo);
    return this.stored.filter((i) => key(i.owner, i.repo) === k);
  }

  /** Changes title, body or state as `PATCH /repos/{owner}/{repo}/issues/{issue_number}` does. */
  updateIssue(
    i: StoredIssue,
    change: {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      stateReason?: StoredIssue['stateReason'];
    },
  ): StoredIssue {
    const at = isoSeconds(this.now());
    if (change.title !== undefined) i.title = change.title;
    if (change.body !== undefined) i.body = change.body;
    if (change.state === 'closed' && i.state === 'open') {
      i.state = 'closed';
      i.closedAt = at;
      i.stateReason = change.stateReason ?? 'completed';
    } else if (change.state === 'open' && i.state === 'closed') {
      i.state = 'open';
      i.closedAt = null;
      i.stateReason = 'reopened';
    } else if (change.stateReason !== undefined && i.state === 'closed') {
      i.stateReason = change.stateReason;
    }
    i.updatedAt = at;
    return i;
  }

  /** Pull requests of a repository, oldest first. */
  pullRequests(owner: string, repo: string): StoredPullRequest[] {
    const k = key(owner, repo);
    return this.pulls.filter((p) => key(p.owner, p.repo) === k);
  }

  issue(owner: string, repo: string, number: number): IssueRef | undefined {
    return this.issues.get(key(owner, repo))?.get(number);
  }

  addComment(init: {
    owner: string;
    repo: string;
    issueNumber: number;
    login: string;
    body: string;
    viaApp?: boolean;
  }): StoredComment {
    const issue = this.issue(init.owner, init.repo, init.issueNumber);
    if (!issue) throw new Error(`fake GitHub: no issue ${init.owner}/${init.repo}#${init.issueNumber}`);
    const at = isoSeconds(this.now());
    const comment: StoredComment = {
      id: this.nextCommentId++,
      owner: issue.owner,
      repo: issue.repo,
      issueNumber: issue.number,
      body: init.body,
      login: this.user(init.login).login,
      viaApp: init.viaApp ?? false,
      createdAt: at,
      updatedAt: at,
    };
    this.commentsById.set(comment.id, comment);
    return comment;
  }

  comment(owner: string, repo: string, id: number): StoredComment | undefined {
    const c = this.commentsById.get(id);
    return c && key(c.owner, c.repo) === key(owner, repo) ? c : undefined;
  }

  updateComment(c: StoredComment, body: string): StoredComment {
    c.body = body;
    c.updatedAt = isoSeconds(this.now());
    return c;
  }

  /** Comments of one issue, oldest first, as GitHub lists them. */
  comments(owner: string, repo: string, issueNumber: number): StoredComment[] {
    const k = key(owner, repo);
    return [...this.commentsById.values()]
      .filter((c) => key(c.owner, c.repo) === k && c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  addPullRequest(init: PullRequestInit): StoredPullRequest {
    this.addIssue({ owner: init.owner, repo: init.repo, number: init.number, pullRequest: true });
    const author = this.user(init.author ?? init.owner).login;
    const pr: StoredPullRequest = {
      id: this.nextPullId++,
      owner: init.owner,
      repo: init.repo,
      number: init.number,
      title: init.title ?? `Pull request ${init.number}`,
      state: init.state ?? 'open',
      author,
      headRef: init.headRef ?? `change-${init.number}`,
      headSha: init.headSha,
      baseRef: init.baseRef ?? 'main',
      baseSha: init.baseSha ?? '0'.repeat(40),
      commits: [init.headSha, ...(init.commits ?? [])],
      createdAt: isoSeconds(this.now()),
    };
    this.pulls.push(pr);
    return pr;
  }

  pullRequestsForCommit(owner: string, repo: string, sha: string): StoredPullRequest[] {
    const k = key(owner, repo);
    return this.pulls.filter((p) => key(p.owner, p.repo) === k && p.commits.includes(sha));
  }
}
