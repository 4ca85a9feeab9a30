/** What each mode (plan, apply) gets from the entry point, and what it hands back. */
import type { SecretRegistry } from '../src/secrets/registry.js';
import type { RunEvent } from './event.js';
import type { GitHubApi } from './github-api.js';
import type { ActionInputs } from './inputs.js';
import type { Runtime } from './runtime.js';

export interface ModeContext {
  rt: Runtime;
  inputs: ActionInputs;
  event: RunEvent;
  /** Repository root (a git work tree). */
  root: string;
  registry: SecretRegistry;
  /** The GitHub API, or undefined without a token. */
  api: GitHubApi | undefined;
}

export interface ModeResult {
  /** Set when the step must fail: the reason, for core.setFailed. */
  failed?: string;
  /** The run was stopped hard (cancelled) after reporting: calls it abandoned must not keep it alive. */
  stopped?: boolean;
}
