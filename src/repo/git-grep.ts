/**
 * Which of a work tree's clean files hold any of some fixed strings, asked of git's index in one
 * `git grep` (a fleet's thousands of small files are otherwise opened one by one to look).
 */
import { execFileSync } from 'node:child_process';

/**
 * The files of `files` (repository-relative, tracked and clean: see cleanIndexIds) whose index
 * content holds one of `needles` byte for byte; undefined when git cannot say (then look yourself).
 */
export function indexFilesHolding(
  root: string,
  files: readonly string[],
  needles: readonly string[],
): Set<string> | undefined {
  const out = new Set<string>();
  if (files.length === 0 || needles.length === 0) return out;
  if (needles.some((n) => n === '' || n.includes('\n'))) return undefined;
  // git matches every index entry against every pathspec: thousands of files cost more than the
  // search, so it looks under their top folders and the answer is narrowed here
  const wanted = new Set(files);
  const tops = [...new Set(files.map((f) => (f.includes('/') ? f.slice(0, f.indexOf('/')) : f)))];
  let listed: string;
  try {
    listed = execFileSync(
      'git',
      [
        '-C',
        root,
        // paths as written, never globs; names as given (relative to root), whatever the config says
        '--literal-pathspecs',
        '-c',
        'grep.fullName=false',
        'grep',
        '--cached',
        '--no-textconv',
        '-F',
        '-l',
        '-z',
        '-f',
        '-',
        '--',
        ...tops,
      ],
      { input: needles.join('\n'), encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] },
    );
  } catch (e) {
    // exit status 1: no file holds any of them
    if ((e as { status?: number }).status === 1) return out;
    return undefined;
  }
  for (const f of listed.split('\0')) if (wanted.has(f)) out.add(f);
  return out;
}
