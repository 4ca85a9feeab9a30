/**
 * Which commit a plan compares against, when the `base-ref` input does not say: for a pull request
 * the point its head branched from the base (so changes made on the base since do not show up
 * reversed), for a push the commit before it.
 */
import { spawnSync } from 'node:child_process';
import { TalosGitopsError } from '../src/errors.js';
import type { RunEvent } from './event.js';

/** Runs git in the repository; undefined when it fails. */
export type Git = (...args: string[]) => string | undefined;

export function gitIn(root: string): Git {
  return (...args) => {
    const r = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
  };
}

const ZERO = /^0+$/;

export interface BaseChoice {
  ref: string;
  /** How it was chosen, for the log. */
  why: string;
  /** How the comment names it, e.g. "main (merge base 3822acf)"; default: the planner's label. */
  label?: string;
}

export function chooseBaseRef(input: string, event: RunEvent, git: Git): BaseChoice {
  if (input) return { ref: input, why: 'input base-ref' };
  const pr = event.pullRequest;
  if (pr?.baseSha) {
    // With the default checkout HEAD is the test merge commit and the merge base is the base's tip;
    // with the head checked out it is the branch point. Either way only the PR's changes show.
    const mergeBase = git('merge-base', pr.baseSha, 'HEAD');
    if (mergeBase) {
      return {
        ref: mergeBase,
        why: `merge base of ${pr.baseRef || pr.baseSha} and HEAD`,
        label: `${pr.baseRef || 'base'} (merge base ${mergeBase.slice(0, 7)})`,
      };
    }
    if (git('rev-parse', '--verify', '--quiet', `${pr.baseSha}^{commit}`)) {
      return {
        ref: pr.baseSha,
        why: `base of pull request #${pr.number} (no merge base: shallow clone?)`,
        label: `${pr.baseRef || 'base'} (${pr.baseSha.slice(0, 7)})`,
      };
    }
    throw new TalosGitopsError(
      `the pull request's base commit ${pr.baseSha.slice(0, 7)} is not in the clone; ` +
        'check out with fetch-depth: 0 (actions/checkout), or set base-ref',
    );
  }
  if (event.name === 'push' && event.before && !ZERO.test(event.before)) {
    if (git('rev-parse', '--verify', '--quiet', `${event.before}^{commit}`)) {
      return {
        ref: event.before,
        why: 'the commit before the push',
        label: `${event.before.slice(0, 7)} (before the push)`,
      };
    }
    throw new TalosGitopsError(
      `the commit before the push (${event.before.slice(0, 7)}) is not in the clone; ` +
        'check out with fetch-depth: 0 (actions/checkout), or set base-ref',
    );
  }
  if (
    git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}') &&
    git('rev-parse', '--verify', '--quiet', 'HEAD~1')
  ) {
    return { ref: 'HEAD~1', why: 'the parent of HEAD (set base-ref to compare with something else)' };
  }
  throw new TalosGitopsError(
    'no base to compare with: set the base-ref input (e.g. origin/main) and check out with fetch-depth: 0',
  );
}
