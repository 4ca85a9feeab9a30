/**
 * A benchmark fleet as a real repository: the files in a git work tree, committed on `main`, and one
 * branch per change (`git checkout <change>` makes it the work tree a plan compares with `main`),
 * its objects packed as in a clone.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV },
    maxBuffer: 1 << 28,
  });
}

function writeAll(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, ...name.split('/'));
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

/** Writes the fleet into `dir` as a repository; each change becomes a branch off `main`. */
export function gitFleet(
  dir: string,
  files: Record<string, string>,
  changes: Record<string, Record<string, string>>,
): void {
  mkdirSync(dir, { recursive: true });
  writeAll(dir, files);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'fleet');
  for (const [branch, change] of Object.entries(changes)) {
    git(dir, 'checkout', '-q', '-b', branch, 'main');
    writeAll(dir, change);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', `change: ${branch}`);
  }
  git(dir, 'checkout', '-q', 'main');
  // packed, as a clone (actions/checkout) holds it: commits made here leave every blob a loose file
  git(dir, 'gc', '-q');
}
