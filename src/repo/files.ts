/**
 * Read access to a repository's files: the work tree, or a git ref (for the base side of a plan).
 * The engine reads through this interface only; paths are repository-relative with `/` separators.
 */
import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
} from 'node:fs';
import path from 'node:path';
import { TalosGitopsError } from '../errors.js';
import { type Entry, OutsideRepositoryError, resolveInRepo } from './confine.js';
import { checkFileSize, utf8Text } from './file-text.js';
import { blobId, catFileBatch, catFileSizes } from './git-batch.js';
import { indexFilesHolding } from './git-grep.js';
import { cleanIndexIds } from './git-index.js';

export { OutsideRepositoryError } from './confine.js';

export interface RepoFiles {
  /** A description for messages, e.g. `work tree` or `origin/main (3f2a1c9)`. */
  readonly label: string;
  /**
   * File contents, or undefined when the file does not exist. Throws when the path (or a symbolic
   * link on the way) leads outside the repository, the file is too large, or it is not UTF-8.
   */
  read(file: string): string | undefined;
  /** Names directly inside a directory (files and directories), sorted; [] when it does not exist. */
  list(dir: string): string[];
  isDirectory(p: string): boolean;
  /**
   * The git blob id of the file's content (undefined when it does not exist; throws as `read` does
   * for a path leading outside): two sides hold the same file when their ids agree, and a git ref
   * knows its ids without reading a file.
   */
  contentId(file: string): string | undefined;
  /**
   * A hint that these files are about to be read: a git ref reads them in one batch. Never throws
   * (a path that `read` would refuse is left for `read` to refuse).
   */
  prefetch?(files: readonly string[]): void;
  /**
   * Of these files, those that may hold one of the (ASCII) strings: a file left out holds none. A
   * work tree asks git for the files git vouches for; every other file is in, to be read and looked at.
   */
  holding?(files: readonly string[], needles: readonly string[]): Set<string>;
}

/** Normalises a repository-relative path; refuses paths that leave the repository. */
export function repoPath(...parts: string[]): string {
  const joined = path.posix.normalize(parts.filter(Boolean).join('/'));
  if (joined.startsWith('../') || joined === '..' || path.posix.isAbsolute(joined)) {
    throw new OutsideRepositoryError(`path ${JSON.stringify(parts.join('/'))} leaves the repository`);
  }
  return joined === '.' ? '' : joined;
}

/**
 * Read access through a resolver: every path is followed (symlinks included) to its real place in
 * the repository first, and refused when it leads outside; sizes are checked before contents are read.
 */
function confinedFiles(
  label: string,
  lookup: (real: string) => Entry | undefined,
  contents: (real: string) => Uint8Array | undefined,
  names: (real: string) => string[],
  absoluteRoot?: (target: string) => string | undefined,
  knownId?: (real: string) => string | undefined,
  fetchMany?: (real: readonly string[]) => void,
  /**
   * Files known to be plain files inside the repository (git's clean index entries): their ids, and
   * their contents read without resolving the path again.
   */
  clean?: {
    id(file: string): string | undefined;
    read(file: string): Uint8Array;
    holding(files: readonly string[], needles: readonly string[]): Set<string> | undefined;
  },
): RepoFiles {
  // a path is resolved once per reader: a plan asks for each file's id, contents and more
  const resolved = new Map<string, ReturnType<typeof resolveInRepo>>();
  const resolve = (p: string) => {
    let r = resolved.get(p);
    if (!r) {
      r = resolveInRepo(p, lookup, absoluteRoot);
      resolved.set(p, r);
    }
    return r;
  };
  // a file hashed for its content id is usually read next: its bytes are kept until then
  const hashed = new Map<string, Uint8Array>();
  return {
    label,
    read(file) {
      if (clean?.id(file) !== undefined) return utf8Text(clean.read(file), file);
      const r = resolve(file);
      if (r.entry?.kind !== 'file') return undefined;
      checkFileSize(file, r.entry.size);
      const bytes = hashed.get(r.path) ?? contents(r.path);
      hashed.delete(r.path);
      return bytes === undefined ? undefined : utf8Text(bytes, file);
    },
    contentId(file) {
      const id = clean?.id(file);
      if (id !== undefined) return id;
      const r = resolve(file);
      if (r.entry?.kind !== 'file') return undefined;
      const known = knownId?.(r.path);
      if (known !== undefined) return known;
      checkFileSize(file, r.entry.size);
      const bytes = contents(r.path);
      if (bytes === undefined) return undefined;
      hashed.set(r.path, bytes);
      return blobId(bytes);
    },
    list(dir) {
      const r = resolve(dir);
      return r.entry?.kind === 'dir' ? names(r.path) : [];
    },
    isDirectory(p) {
      return resolve(p).entry?.kind === 'dir';
    },
    ...(clean && {
      holding(files: readonly string[], needles: readonly string[]) {
        const vouched = files.filter((f) => clean.id(f) !== undefined);
        const held = clean.holding(vouched, needles);
        return new Set(files.filter((f) => !held || clean.id(f) === undefined || held.has(f)));
      },
    }),
    ...(fetchMany && {
      prefetch(files: readonly string[]) {
        const real: string[] = [];
        for (const f of files) {
          try {
            const r = resolve(f);
            if (r.entry?.kind === 'file') real.push(r.path);
          } catch {
            // refused: read says why
          }
        }
        fetchMany(real);
      },
    }),
  };
}

export function workTreeFiles(root: string): RepoFiles {
  const real = realpathSync(root);
  const abs = (p: string) => (p === '' ? real : path.join(real, ...p.split('/')));
  // every file's path walks its folders again: a folder found once is a folder for this reader
  const dirs = new Set<string>();
  const lookup = (p: string): Entry | undefined => {
    if (dirs.has(p)) return { kind: 'dir' };
    let st: ReturnType<typeof lstatSync>;
    try {
      st = lstatSync(abs(p));
    } catch {
      return undefined;
    }
    if (st.isSymbolicLink()) return { kind: 'link', target: readlinkSync(abs(p)) };
    if (st.isDirectory()) {
      dirs.add(p);
      return { kind: 'dir' };
    }
    if (st.isFile()) return { kind: 'file', size: st.size };
    return undefined; // devices, sockets and fifos are never read
  };
  // An absolute link into the work tree itself is followed; anything else is outside.
  const absoluteRoot = (target: string) => {
    const t = path.normalize(target);
    if (t === real) return '';
    return t.startsWith(`${real}/`) ? t.slice(real.length + 1) : undefined;
  };
  // git has already checked these (a link on the way makes a path deleted to it): see git-index.ts
  let ids: Map<string, string> | undefined | null = null;
  const clean = {
    id(file: string) {
      if (ids === null) ids = cleanIndexIds(real);
      return ids?.get(file);
    },
    // the last component is still never followed, and the size is checked before reading
    read(file: string) {
      const fd = openSync(abs(file), constants.O_RDONLY | constants.O_NOFOLLOW);
      try {
        checkFileSize(file, fstatSync(fd).size);
        return readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    },
    holding: (files: readonly string[], needles: readonly string[]) =>
      indexFilesHolding(real, files, needles),
  };
  return confinedFiles(
    'work tree',
    lookup,
    (p) => readFileSync(abs(p)),
    (p) => readdirSync(abs(p)).sort(),
    absoluteRoot,
    undefined,
    undefined,
    clean,
  );
}

interface TreeEntry {
  type: 'blob' | 'tree' | 'link';
  /** Known once asked for (see sizes below). */
  size?: number;
  object: string;
}

/**
 * The files of a commit, read with git: one ls-tree, then sizes and contents in batches, of the files
 * a plan reads (see readMany).
 */
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
  const entries = new Map<string, TreeEntry>();
  // -z: paths as they are, never quoted. Without sizes (-l), which would open every blob of the
  // repository: a file's size is asked for when it is about to be read, so a large one is refused unread.
  for (const record of git('ls-tree', '-r', '-t', '-z', '--full-tree', commit).split('\0')) {
    const m = record.match(/^(\d+) (blob|tree|commit) ([0-9a-f]+)\t([\s\S]*)$/);
    if (!m || m[2] === 'commit') continue;
    const type = m[1] === '120000' ? 'link' : (m[2] as 'blob' | 'tree');
    entries.set(m[4]!, { type, object: m[3]!, ...(type === 'tree' ? { size: 0 } : {}) });
  }
  const sizes = (paths: Iterable<string>) => {
    const unknown = [...new Set(paths)].flatMap((p) => {
      const e = entries.get(p);
      return e && e.size === undefined ? [e] : [];
    });
    if (unknown.length === 0) return;
    const known = catFileSizes(
      root,
      unknown.map((e) => e.object),
    );
    for (const e of unknown) e.size = known.get(e.object) ?? 0;
  };
  const siblings = (file: string) => {
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    return [...entries.keys()].filter((p) => p.startsWith(dir) && !p.slice(dir.length).includes('/'));
  };
  const cache = new Map<string, Uint8Array | undefined>();
  // Reads blobs in one `git cat-file --batch` per BATCH_BYTES: never a process per file.
  const readMany = (paths: readonly string[]) => {
    sizes(paths);
    let batch: string[] = [];
    let bytes = 0;
    const flush = () => {
      const contents = catFileBatch(
        root,
        batch.map((p) => entries.get(p)!.object),
      );
      for (const p of batch) cache.set(p, contents.get(entries.get(p)!.object));
      batch = [];
      bytes = 0;
    };
    for (const p of new Set(paths)) {
      const e = entries.get(p);
      if (e?.type !== 'blob' || cache.has(p) || e.size! > BATCH_FILE_BYTES) continue;
      if (batch.length > 0 && bytes + e.size! > BATCH_BYTES) flush();
      batch.push(p);
      bytes += e.size!;
    }
    if (batch.length > 0) flush();
  };
  // A miss (a file nobody said would be read) brings the other files of its folder along.
  const readBatch = (file: string) => {
    readMany([file, ...siblings(file).filter((p) => p !== file)]);
    const object = entries.get(file)!.object;
    if (!cache.has(file)) cache.set(file, catFileBatch(root, [object]).get(object));
  };
  const lookup = (p: string): Entry | undefined => {
    const e = entries.get(p);
    if (!e) return undefined;
    if (e.type === 'tree') return { kind: 'dir' };
    // a size is asked for only when the file is about to be read (a content id needs none), and
    // brings its folder's along: a plan reads a cluster's files together
    const size = () => {
      if (e.size === undefined) sizes([p, ...siblings(p)]);
      return e.size!;
    };
    if (e.type === 'blob')
      return {
        kind: 'file',
        get size() {
          return size();
        },
      };
    // a link's blob is its target; a huge one is no path
    if (size() > 4096) return undefined;
    const target = catFileBatch(root, [e.object]).get(e.object);
    return { kind: 'link', target: target?.toString('utf8') ?? '' };
  };
  return confinedFiles(
    `${ref} (${commit.slice(0, 7)})`,
    lookup,
    (p) => {
      if (!cache.has(p)) readBatch(p);
      return cache.get(p);
    },
    (dir) => {
      const prefix = dir === '' ? '' : `${dir}/`;
      const names = new Set<string>();
      for (const p of entries.keys()) {
        if (!p.startsWith(prefix)) continue;
        const rest = p.slice(prefix.length);
        if (rest && !rest.includes('/')) names.add(rest);
      }
      return [...names].sort();
    },
    undefined,
    (p) => (entries.get(p)?.type === 'blob' ? entries.get(p)!.object : undefined),
    readMany,
  );
}

/** Blobs larger than this are read on their own, and one batch reads at most BATCH_BYTES. */
const BATCH_FILE_BYTES = 1 << 20;
const BATCH_BYTES = 64 << 20;

/** In-memory files (tests, benchmarks). */
export function memoryFiles(files: Record<string, string>, label = 'memory'): RepoFiles {
  const dirs = new Set<string>(['']);
  for (const f of Object.keys(files)) {
    const parts = f.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const ids = new Map<string, string>();
  return {
    label,
    read: (file) => files[file],
    contentId(file) {
      const text = files[file];
      if (text === undefined) return undefined;
      const id = ids.get(file) ?? blobId(text);
      ids.set(file, id);
      return id;
    },
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
    prefetch: (files) => base.prefetch?.(files.filter((f) => !(f in overrides))),
    // a replaced file is the caller's text: in, to be read
    ...(base.holding && {
      holding: (files: readonly string[], needles: readonly string[]) => {
        const held = base.holding!(
          files.filter((f) => !(f in overrides)),
          needles,
        );
        for (const f of files) if (f in overrides) held.add(f);
        return held;
      },
    }),
    contentId: (file) => {
      if (!(file in overrides)) return base.contentId(file);
      const text = overrides[file];
      return text === undefined ? undefined : blobId(text);
    },
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
