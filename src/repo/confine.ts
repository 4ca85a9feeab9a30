/**
 * Resolving a repository-relative path with its symbolic links followed, one component at a time,
 * without ever touching anything outside the repository: each component is looked up (lstat, or the
 * git tree's entry) only once every component before it is known to be a real directory inside. A
 * link whose target leaves the repository is refused before anything at the target is looked at.
 */
import { TalosGitopsError } from '../errors.js';

/** What a lookup finds at a repository-relative path (whose parents are real directories). */
export type Entry = { kind: 'file'; size: number } | { kind: 'dir' } | { kind: 'link'; target: string };

/** A path that leads outside the repository: `..` past the root, an absolute path, or a symlink. */
export class OutsideRepositoryError extends TalosGitopsError {
  override name = 'OutsideRepositoryError';
}

/** Links followed for one path before it counts as a loop (Linux's own limit). */
const MAX_LINKS = 40;

export interface Resolved {
  /** The real repository-relative path ('' for the root). */
  path: string;
  /** What is there; undefined when nothing is (or a component is a file, not a directory). */
  entry?: Exclude<Entry, { kind: 'link' }>;
}

/**
 * Follows `rel` through the repository. `lookup` answers for real paths only; `absoluteRoot`
 * turns an absolute link target into a relative one when it points inside (work trees only).
 */
export function resolveInRepo(
  rel: string,
  lookup: (real: string) => Entry | undefined,
  absoluteRoot?: (target: string) => string | undefined,
): Resolved {
  const outside = (why: string) =>
    new OutsideRepositoryError(`${rel || '.'} leads outside the repository (${why})`, { file: rel });
  if (rel.startsWith('/')) throw outside('an absolute path');
  const queue = rel.split('/');
  const done: string[] = [];
  let links = 0;
  let entry: Entry | undefined = { kind: 'dir' };
  while (queue.length > 0) {
    const part = queue.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (done.length === 0) throw outside('".." above the repository root');
      done.pop();
      entry = { kind: 'dir' };
      continue;
    }
    if (entry?.kind !== 'dir') return { path: [...done, part, ...queue].join('/') };
    const here = [...done, part].join('/');
    entry = lookup(here);
    if (entry === undefined) return { path: [here, ...queue].filter(Boolean).join('/') };
    if (entry.kind === 'link') {
      if (++links > MAX_LINKS) throw outside('too many levels of symbolic links');
      let target = entry.target;
      if (target.startsWith('/')) {
        const inside = absoluteRoot?.(target);
        if (inside === undefined) throw outside(`${here} is a symbolic link to a path outside it`);
        done.length = 0;
        target = inside;
      }
      // the target is read relative to the link's folder; `..` in it is checked as it is walked
      const depthBefore = done.length;
      const parts = target.split('/');
      let depth = depthBefore;
      for (const p of parts) {
        if (p === '..') depth--;
        else if (p !== '' && p !== '.') depth++;
        if (depth < 0) throw outside(`${here} is a symbolic link to a path outside it`);
      }
      queue.unshift(...parts);
      entry = { kind: 'dir' };
      continue;
    }
    done.push(part);
  }
  return { path: done.join('/'), entry: entry as Resolved['entry'] };
}
