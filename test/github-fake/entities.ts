/**
 * Builders for the JSON objects the fake returns, shaped like GitHub's (every field the OpenAPI
 * description marks required is present). The server validates each response against the fixture, so
 * a field missing here shows up as a contract violation rather than as a silently wrong fake.
 */

export interface Urls {
  /** Base of API URLs, e.g. the fake's own `http://127.0.0.1:PORT`. */
  api: string;
  /** Base of web URLs (html_url), e.g. `https://github.com`. */
  web: string;
}

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  login: string;
  viaApp: boolean;
  createdAt: string;
  updatedAt: string;
}

/** An issue with content: opened through the API, or planted by a test. */
export interface StoredIssue {
  id: number;
  owner: string;
  repo: string;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  author: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface StoredPullRequest {
  id: number;
  owner: string;
  repo: string;
  number: number;
  title: string;
  state: 'open' | 'closed';
  author: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
  /** Commits associated with the pull request (the head commit is always one of them). */
  commits: string[];
  createdAt: string;
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`fake:${id}`).toString('base64url')}`;
}

export function userJson(user: FakeUser, urls: Urls): Record<string, unknown> {
  const api = `${urls.api}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT' : 'U', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${urls.web}/${encodeURIComponent(user.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** `GET /user` for a user token: the private view of the account. */
export function authenticatedUserJson(user: FakeUser, urls: Urls, at: string): Record<string, unknown> {
  return {
    ...userJson(user, urls),
    user_view_type: 'private',
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: at,
    updated_at: at,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

/** The app GitHub reports in `performed_via_github_app` for comments made with GITHUB_TOKEN. */
function actionsAppJson(urls: Urls): Record<string, unknown> {
  const at = '2018-07-30T09:30:17Z';
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: nodeId('A', 15368),
    owner: userJson({ login: 'github', id: 9919, type: 'Organization' }, urls),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${urls.web}/apps/github-actions`,
    created_at: at,
    updated_at: at,
    permissions: { issues: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['issue_comment', 'pull_request'],
  };
}

export function issueCommentJson(
  c: StoredComment,
  author: FakeUser,
  isPullRequest: boolean,
  urls: Urls,
): Record<string, unknown> {
  const repoApi = `${urls.api}/repos/${c.owner}/${c.repo}`;
  const url = `${repoApi}/issues/comments/${c.id}`;
  return {
    id: c.id,
    node_id: nodeId('IC', c.id),
    url,
    html_url: `${urls.web}/${c.owner}/${c.repo}/${isPullRequest ? 'pull' : 'issues'}/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: userJson(author, urls),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${repoApi}/issues/${c.issueNumber}`,
    author_association: author.login.toLowerCase() === c.owner.toLowerCase() ? 'OWNER' : 'NONE',
    performed_via_github_app: c.viaApp ? actionsAppJson(urls) : null,
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    },
  };
}

function issueFields(
  owner: string,
  repo: string,
  number: number,
  author: FakeUser,
  urls: Urls,
  kind: 'issues' | 'pull',
): Record<string, unknown> {
  const repoApi = `${urls.api}/repos/${owner}/${repo}`;
  const url = `${repoApi}/issues/${number}`;
  return {
    url,
    repository_url: repoApi,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${urls.web}/${owner}/${repo}/${kind}/${number}`,
    number,
    user: userJson(author, urls),
    labels: [],
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    author_association: author.login.toLowerCase() === owner.toLowerCase() ? 'OWNER' : 'NONE',
  };
}

export function issueJson(i: StoredIssue, author: FakeUser, urls: Urls): Record<string, unknown> {
  return {
    id: i.id,
    node_id: nodeId('I', i.id),
    ...issueFields(i.owner, i.repo, i.number, author, urls, 'issues'),
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
  };
}

/** A pull request as `GET /repos/{owner}/{repo}/issues` lists it: an issue with `pull_request`. */
export function pullRequestIssueJson(
  pr: StoredPullRequest,
  author: FakeUser,
  urls: Urls,
): Record<string, unknown> {
  const html = `${urls.web}/${pr.owner}/${pr.repo}/pull/${pr.number}`;
  return {
    id: pr.id,
    node_id: nodeId('PR', pr.id),
    ...issueFields(pr.owner, pr.repo, pr.number, author, urls, 'pull'),
    state: pr.state,
    state_reason: null,
    title: pr.title,
    body: null,
    closed_at: null,
    created_at: pr.createdAt,
    updated_at: pr.createdAt,
    draft: false,
    pull_request: {
      url: `${urls.api}/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: null,
    },
  };
}

export function repositoryJson(
  owner: FakeUser,
  name: string,
  id: number,
  urls: Urls,
): Record<string, unknown> {
  const full = `${owner.login}/${name}`;
  const api = `${urls.api}/repos/${full}`;
  const at = '2025-01-01T00:00:00Z';
  return {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: full,
    owner: userJson(owner, urls),
    private: true,
    html_url: `${urls.web}/${full}`,
    description: null,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `https://github.com/${full}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: `${urls.web}/${full}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: 'main',
    open_issues_count: 1,
    open_issues: 1,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: at,
    created_at: at,
    updated_at: at,
  };
}

export function pullRequestJson(
  pr: StoredPullRequest,
  author: FakeUser,
  repo: Record<string, unknown>,
  urls: Urls,
): Record<string, unknown> {
  const repoApi = `${urls.api}/repos/${pr.owner}/${pr.repo}`;
  const url = `${repoApi}/pulls/${pr.number}`;
  const html = `${urls.web}/${pr.owner}/${pr.repo}/pull/${pr.number}`;
  const owner = repo.owner as Record<string, unknown>;
  const branch = (ref: string, sha: string) => ({ label: `${pr.owner}:${ref}`, ref, repo, sha, user: owner });
  const link = (href: string) => ({ href });
  return {
    url,
    id: pr.id,
    node_id: nodeId('PR', pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoApi}/issues/${pr.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoApi}/pulls/comments{/number}`,
    comments_url: `${repoApi}/issues/${pr.number}/comments`,
    statuses_url: `${repoApi}/statuses/${pr.headSha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userJson(author, urls),
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.createdAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pr.headRef, pr.headSha),
    base: branch(pr.baseRef, pr.baseSha),
    _links: {
      self: link(url),
      html: link(html),
      issue: link(`${repoApi}/issues/${pr.number}`),
      comments: link(`${repoApi}/issues/${pr.number}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${repoApi}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${repoApi}/statuses/${pr.headSha}`),
    },
    author_association: author.login.toLowerCase() === pr.owner.toLowerCase() ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
  };
}
