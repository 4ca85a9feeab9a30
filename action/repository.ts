/**
 * Where the repository is, when `working-directory` names a folder inside it (e.g. `infra/` holding
 * `clusters/` and `policies/`): the engine works from the repository's root with the folders
 * prefixed, so every path it reports — annotations, links in the comment, the base ref's files read
 * through git — is repository-relative, as GitHub and git expect. A folder outside the workspace is
 * refused.
 */
import path from 'node:path';
import type { Git } from './base-ref.js';
import { InputError } from './inputs.js';

export interface RepositoryLayout {
  /** The repository's root (git's top level; the workspace when there is no git). */
  root: string;
  /** `working-directory` relative to the root, `/`-separated; '' at the root. */
  prefix: string;
  clustersDir: string;
  policiesDir: string;
}

const posix = (p: string) => p.split(path.sep).join('/');

export function repositoryLayout(opts: {
  workspace: string;
  workingDirectory: string;
  clustersDir: string;
  policiesDir: string;
  /** git, run in the working directory. */
  git: Git;
}): RepositoryLayout {
  const dir = path.resolve(opts.workspace, opts.workingDirectory);
  const inWorkspace = path.relative(opts.workspace, dir);
  if (inWorkspace.startsWith('..') || path.isAbsolute(inWorkspace)) {
    throw new InputError(
      `input working-directory ${JSON.stringify(opts.workingDirectory)} is outside the workspace (${opts.workspace})`,
    );
  }
  const top = opts.git('rev-parse', '--show-toplevel');
  const root = top ? path.resolve(top) : path.resolve(opts.workspace);
  const prefix = posix(path.relative(root, dir));
  if (prefix.startsWith('..')) {
    throw new InputError(
      `input working-directory ${JSON.stringify(opts.workingDirectory)} is not inside the repository at ${root}`,
    );
  }
  const join = (p: string) => (prefix ? path.posix.join(prefix, p) : p);
  return { root, prefix, clustersDir: join(opts.clustersDir), policiesDir: join(opts.policiesDir) };
}
