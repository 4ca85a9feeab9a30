/** The repository's own policy files: `policies/*.yaml` (top level only; packs live elsewhere). */
import { TalosGitopsError } from '../errors.js';
import type { RepoFiles } from '../repo/files.js';
import type { PolicyFile } from './load.js';

/** A file that cannot be read (a symlink out of the repository, too large, not UTF-8) carries its error. */
export function repoPolicyFiles(files: RepoFiles, dir = 'policies'): PolicyFile[] {
  const out: PolicyFile[] = [];
  for (const n of files.list(dir)) {
    if (!/\.ya?ml$/.test(n)) continue;
    const file = `${dir}/${n}`;
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
