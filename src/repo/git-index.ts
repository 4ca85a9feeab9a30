/**
 * The content ids git already knows for a work tree: a file the index tracks and `git diff-files`
 * finds untouched has its index entry's blob id, so a plan compares it with the base without reading
 * or hashing it (a 3,000-file fleet otherwise hashes every file on every plan).
 */
import { execFileSync } from 'node:child_process';

/**
 * Repository-relative path → blob id of every clean, regular, tracked file under `root`; undefined
 * when `root` is not in a git work tree. Left out, and so read and hashed as before: files changed,
 * deleted or merely touched since the index was written (git compares their stat data, racy entries
 * by content), unmerged paths, links and submodules, and entries git is told not to look at
 * (assume-unchanged, skip-worktree). A repository with `.gitattributes` gets no ids at all: its
 * filters may make a checked-out file differ from its blob.
 */
export function cleanIndexIds(root: string): Map<string, string> | undefined {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  let listed: string;
  let dirty: string;
  try {
    // -v: "H" is a plain cached entry; -s: mode, id and stage; paths relative to root, as they are
    listed = git('ls-files', '-v', '-s', '-z');
    dirty = git('diff-files', '--name-only', '--relative', '-z');
  } catch {
    return undefined;
  }
  const ids = new Map<string, string>();
  const unmerged = new Set<string>();
  for (const record of listed.split('\0')) {
    const m = record.match(/^(\S) (\d{6}) ([0-9a-f]{40,64}) (\d)\t([\s\S]+)$/);
    if (!m) continue;
    const [, tag, mode, id, stage, file] = m as unknown as [string, string, string, string, string, string];
    if (file === '.gitattributes' || file.endsWith('/.gitattributes')) return undefined;
    if (stage !== '0') unmerged.add(file);
    else if (tag === 'H' && (mode === '100644' || mode === '100755')) ids.set(file, id);
  }
  for (const file of unmerged) ids.delete(file);
  for (const file of dirty.split('\0')) if (file) ids.delete(file);
  return ids;
}
