/** Fake GitHub REST server for tests; see server.ts. */
export { Contract, FIXTURE_URL } from './contract.js';
export type { StoredComment, StoredIssue, StoredPullRequest } from './entities.js';
export { MAX_COMMENT_CHARACTERS } from './handlers.js';
export {
  type ContractViolation,
  type FailureRule,
  type GitHubFake,
  type GitHubFakeOptions,
  type RequestRecord,
  startGitHubFake,
} from './server.js';
export {
  GitHubState,
  type IssueRef,
  type PullRequestInit,
  steppingClock,
  type TokenConfig,
} from './state.js';
