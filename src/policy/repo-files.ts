/** The repository's own policy files: `policies/*.yaml` (top level only; packs live elsewhere). */
import type { RepoFiles } from '../repo/files.js';
import type { PolicyFile } from './load.js';

export function repoPolicyFiles(files: RepoFiles, dir = 'policies'): PolicyFile[] {
  return files
    .list(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .map((n) => `${dir}/${n}`)
    .filter((p) => !files.isDirectory(p))
    .map((file) => ({ file, text: files.read(file) ?? '' }));
}
