/**
 * Read access to a repository's files: the work tree, or a git ref (for the base side of a plan).
 * The engine reads through this interface only; paths are repository-relative with `/` separators.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { TalosGitopsError } from '../errors.js';

export interface RepoFiles {
  /** A description for messages, e.g. `work tree` or `origin/main (3f2a1c9)`. */
  readonly label: string;
  /** File contents, or undefined when the file does not exist. */
  read(file: string): string | undefined;
  /** Names directly inside a directory (files and directories), sorted; [] when it does not exist. */
  list(dir: string): string[];
  isDirectory(p: string): boolean;
}

/** Normalises a repository-relative path; refuses paths that leave the repository. */
export function repoPath(...parts: string[]): string {
  const joined = path.posix.normalize(parts.filter(Boolean).join('/'));
  if (joined.startsWith('../') || joined === '..' || path.posix.isAbsolute(joined)) {
    throw new TalosGitopsError(`path ${JSON.stringify(parts.join('/'))} leaves the repository`);
  }
  return joined === '.' ? '' : joined;
}

export function workTreeFiles(root: string): RepoFiles {
  const abs = (p: string) => path.join(root, ...p.split('/'));
  return {
    label: 'work tree',
    read(file) {
      const p = abs(file);
      if (!existsSync(p) || statSync(p).isDirectory()) return undefined;
      return readFileSync(p, 'utf8');
    },
    list(dir) {
      const p = abs(dir);
      if (!existsSync(p) || !statSync(p).isDirectory()) return [];
      return readdirSync(p).sort();
    },
    isDirectory(p) {
      const a = abs(p);
      return existsSync(a) && statSync(a).isDirectory();
    },
  };
}

/** The files of a commit, read with git (one ls-tree, contents on demand). */
export function gitRefFiles(root: string, ref: string): RepoFiles {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  let commit: string;
  try {
    commit = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).trim();
  } catch {
    throw new TalosGitopsError(
      `git ref ${JSON.stringify(ref)} not found in ${root} (fetch it first, e.g. fetch-depth: 0)`,
    );
  }
  const entries = new Map<string, 'blob' | 'tree'>();
  for (const line of git('ls-tree', '-r', '-t', '--full-tree', commit).split('\n')) {
    const m = line.match(/^\d+ (blob|tree) [0-9a-f]+\t(.*)$/);
    if (m) entries.set(unquoteGitPath(m[2]!), m[1] as 'blob' | 'tree');
  }
  const cache = new Map<string, string>();
  return {
    label: `${ref} (${commit.slice(0, 7)})`,
    read(file) {
      if (entries.get(file) !== 'blob') return undefined;
      let text = cache.get(file);
      if (text === undefined) {
        const r = spawnSync('git', ['-C', root, 'cat-file', 'blob', `${commit}:${file}`], {
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        });
        if (r.status !== 0) return undefined;
        text = r.stdout;
        cache.set(file, text);
      }
      return text;
    },
    list(dir) {
      const prefix = dir === '' ? '' : `${dir}/`;
      const names = new Set<string>();
      for (const p of entries.keys()) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        if (rest && !rest.includes('/')) names.add(rest);
      }
      return [...names].sort();
    },
    isDirectory(p) {
      return p === '' || entries.get(p) === 'tree';
    },
  };
}

function unquoteGitPath(p: string): string {
  if (!p.startsWith('"')) return p;
  return JSON.parse(p) as string;
}

/** In-memory files (tests, benchmarks). */
export function memoryFiles(files: Record<string, string>, label = 'memory'): RepoFiles {
  const dirs = new Set<string>(['']);
  for (const f of Object.keys(files)) {
    const parts = f.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return {
    label,
    read: (file) => files[file],
    list(dir) {
      const prefix = dir === '' ? '' : `${dir}/`;
      const names = new Set<string>();
      for (const p of [...Object.keys(files), ...dirs]) {
        if (!p.startsWith(prefix) || p === dir) continue;
        const rest = p.slice(prefix.length);
        if (rest && !rest.includes('/')) names.add(rest);
      }
      return [...names].sort();
    },
    isDirectory: (p) => dirs.has(p),
  };
}

/** `base` with some files replaced (a string) or removed (undefined); new folders appear in listings. */
export function overlayFiles(base: RepoFiles, overrides: Record<string, string | undefined>): RepoFiles {
  const entries = Object.entries(overrides);
  const under = (dir: string) => {
    const prefix = dir ? `${dir.replace(/\/$/, '')}/` : '';
    return entries
      .filter(([p, v]) => v !== undefined && p.startsWith(prefix))
      .map(([p]) => p.slice(prefix.length).split('/'));
  };
  return {
    label: `${base.label} (with ${entries.length} file(s) replaced)`,
    read: (file) => (file in overrides ? overrides[file] : base.read(file)),
    list: (dir) => {
      const names = new Set(
        base.list(dir).filter((n) => !(`${dir}/${n}` in overrides && overrides[`${dir}/${n}`] === undefined)),
      );
      for (const parts of under(dir)) names.add(parts[0]!);
      return [...names].sort();
    },
    isDirectory: (p) => base.isDirectory(p) || under(p).some((parts) => parts.length > 1 || parts[0] !== ''),
  };
}
