/**
 * A cluster's inputs: its cluster.yaml and every file rendering it reads (the secrets bundle, committed
 * bases, every patch it refers to, shared ones included), each with its content id. Known before
 * rendering, so a plan can tell which clusters a change can reach without rendering the others; and
 * rendering reads through `confine`, which refuses any file not listed, so what a render reads and what
 * a plan compares cannot drift apart.
 */
import { TalosGitopsError } from '../errors.js';
import { type ClusterFile, type PatchRef, parseClusterFile } from '../repo/cluster-file.js';
import { type RepoFiles, repoPath } from '../repo/files.js';
import { isSopsPath } from '../secrets/sops.js';

/** What a file is to the cluster (named in "could not see" notes). */
export type InputKind =
  | 'cluster file'
  | 'secrets bundle'
  | 'controlplane base config'
  | 'worker base config'
  | 'patch';

export interface ClusterInputs {
  dir: string;
  /** `<dir>/cluster.yaml`. */
  file: string;
  spec: ClusterFile;
  /** Every file rendering reads, in the order it reads them, with its content id (undefined: missing). */
  files: Map<string, { kind: InputKind; id: string | undefined }>;
  /** What every node's render reads (bundle, bases, cluster and role patches), by path. */
  shared: readonly string[];
  /** What each node's render reads besides: its own patch files, by node name. */
  nodeFiles: ReadonlyMap<string, readonly string[]>;
}

/** Reads and checks `<dir>/cluster.yaml` (throws its errors) and lists what rendering it reads. */
export function loadClusterInputs(files: RepoFiles, dir: string, same?: ClusterInputs): ClusterInputs {
  const file = `${dir}/cluster.yaml`;
  const id = contentId(files, file);
  // the same cluster.yaml in the same folder reads the same files: no need to parse it again
  if (same && same.dir === dir && id !== undefined && same.files.get(file)?.id === id) {
    return { ...same, files: contentIds(files, same.files) };
  }
  const text = files.read(file);
  if (text === undefined) throw new TalosGitopsError(`${file} not found`, { file });
  const spec = parseClusterFile(text, file, dir);
  const listed = new Map<string, InputKind>([[file, 'cluster file']]);
  const add = (path: string, kind: InputKind) => {
    if (!listed.has(path)) listed.set(path, kind);
  };
  // the order rendering reads in (render.ts): bundle, bases, cluster, role and node patches
  if (!spec.base?.controlplane || !spec.base?.worker) {
    if (spec.secrets) resolve(spec.dir, spec.secrets.path, (p) => add(p, 'secrets bundle'));
  }
  for (const role of new Set(spec.nodes.map((n) => n.role))) {
    const committed = spec.base?.[role];
    if (committed) resolve(spec.dir, committed.path, (p) => add(p, `${role} base config`));
  }
  const patches = (refs: PatchRef[]) => {
    for (const r of refs) if (r.kind === 'file') resolve(spec.dir, r.path, (p) => add(p, 'patch'));
  };
  patches(spec.patches);
  patches(spec.rolePatches.controlplane);
  patches(spec.rolePatches.worker);
  const shared = [...listed.keys()].filter((p) => p !== file);
  const nodeFiles = new Map<string, string[]>();
  for (const n of spec.nodes) {
    const own: string[] = [];
    for (const r of n.patches) {
      if (r.kind !== 'file') continue;
      resolve(spec.dir, r.path, (p) => {
        add(p, 'patch');
        own.push(p);
      });
    }
    nodeFiles.set(n.name, own);
  }
  const kinds = new Map([...listed].map(([p, kind]) => [p, { kind, id: undefined as string | undefined }]));
  return { dir, file, spec, files: contentIds(files, kinds), shared, nodeFiles };
}

/** A path that leaves the repository lists nothing: rendering fails on it before reading anything. */
function resolve(dir: string, path: string, add: (p: string) => void): void {
  let p: string;
  try {
    p = repoPath(dir, path);
  } catch {
    return;
  }
  add(p);
}

function contentIds(files: RepoFiles, listed: ClusterInputs['files']): ClusterInputs['files'] {
  return new Map([...listed].map(([p, { kind }]) => [p, { kind, id: contentId(files, p) }]));
}

/** A file that cannot be read (leads outside, too large) is compared by its error: rendering reports it. */
function contentId(files: RepoFiles, path: string): string | undefined {
  try {
    return files.contentId(path);
  } catch (e) {
    return `unreadable: ${(e as Error).message}`;
  }
}

/** Whether two sides of a cluster read the same files with the same contents. */
export function sameInputs(a: ClusterInputs, b: ClusterInputs): boolean {
  if (a.dir !== b.dir || a.files.size !== b.files.size) return false;
  for (const [p, f] of a.files) {
    const g = b.files.get(p);
    if (!g || g.id !== f.id) return false;
  }
  return true;
}

/**
 * The nodes that render the same at both sides: the sides hold the same cluster.yaml and the same
 * files every node reads, and the node's own patch files are the same too (a node's render reads
 * nothing of the other nodes). A missing file is never the same: rendering fails on it.
 */
export function unchangedNodes(a: ClusterInputs, b: ClusterInputs): Set<string> {
  const out = new Set<string>();
  const same = (p: string) => {
    const id = a.files.get(p)?.id;
    return id !== undefined && id === b.files.get(p)?.id;
  };
  if (a.dir !== b.dir || !same(a.file) || !a.shared.every(same)) return out;
  for (const [node, own] of a.nodeFiles) if (own.every(same)) out.add(node);
  return out;
}

/** The SOPS-encrypted inputs, in the order rendering decrypts them. */
export function encryptedInputs(inputs: ClusterInputs): Array<{ path: string; kind: InputKind }> {
  return [...inputs.files]
    .filter(([p, f]) => f.kind !== 'cluster file' && f.id !== undefined && isSopsPath(p))
    .map(([path, f]) => ({ path, kind: f.kind }));
}

export function assertListed(inputs: ClusterInputs, path: string): void {
  if (!inputs.files.has(path))
    throw new Error(`rendering ${inputs.dir} read ${path}, which is not among its inputs (render/inputs.ts)`);
}

/**
 * `files` as rendering may see them for this cluster: reading a file its inputs do not list is a
 * bug (the plan would not have compared it), and fails loudly.
 */
export function confine(files: RepoFiles, inputs: ClusterInputs): RepoFiles {
  const check = (p: string) => assertListed(inputs, p);
  return {
    label: files.label,
    read: (p) => {
      check(p);
      return files.read(p);
    },
    contentId: (p) => {
      check(p);
      return files.contentId(p);
    },
    list: (d) => files.list(d),
    isDirectory: (d) => files.isDirectory(d),
    prefetch: (ps) => {
      for (const p of ps) check(p);
      files.prefetch?.(ps);
    },
  };
}
