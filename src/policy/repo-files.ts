/** The repository's own policy files: `policies/*.yaml` (top level only; packs live elsewhere). */
import { TalosGitopsError } from '../errors.js';
import type { RepoFiles } from '../repo/files.js';
import type { PolicyFile } from './load.js';

/** A file that cannot be read (a symlink out of the repository, too large, not UTF-8) carries its error. */
export function repoPolicyFiles(files: RepoFiles, dir = 'policies'): PolicyFile[] {
  const out: PolicyFile[] = [];
  for (const file of repoPolicyPaths(files, dir)) {
    try {
      if (files.isDirectory(file)) continue;
      out.push({ file, text: files.read(file) ?? '' });
    } catch (e) {
      if (!(e instanceof TalosGitopsError)) throw e;
      out.push({ file, text: '', error: { message: e.message, ...(e.line ? { line: e.line } : {}) } });
    }
  }
  return out;
}

/** The candidates repoPolicyFiles reads (top-level *.yaml, *.yml): what a plan compares between sides. */
export function repoPolicyPaths(files: RepoFiles, dir = 'policies'): string[] {
  return files
    .list(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .map((n) => `${dir}/${n}`);
}
