/**
 * The pull request's changed files as a reviewer asks about them: which files that renders read
 * differ between base and head, and which nodes read each. A node reads its cluster.yaml, its
 * cluster's secrets bundle and committed bases, and every patch applied to it.
 */
import type { Fleet, RenderedCluster, RenderedNode } from '../render/types.js';
import { type ClusterFile, parseClusterFile } from '../repo/cluster-file.js';
import { type RepoFiles, repoPath } from '../repo/files.js';
import type { ChangedFile } from './types.js';

function clusterInputs(cluster: RenderedCluster, files: RepoFiles, parsed?: ClusterFile): string[] {
  const out = [cluster.file];
  try {
    let spec = parsed;
    if (!spec) {
      const text = files.read(cluster.file);
      if (text === undefined) return out;
      spec = parseClusterFile(text, cluster.file, cluster.dir);
    }
    if (spec.secrets) out.push(repoPath(spec.dir, spec.secrets.path));
    for (const b of Object.values(spec.base ?? {})) out.push(repoPath(spec.dir, b.path));
  } catch {
    // it rendered, so it parses; nothing more to add if it somehow does not
  }
  return out;
}

function nodeInputs(node: RenderedNode, shared: string[]): string[] {
  return [...new Set([...shared, ...node.patches.map((p) => p.file)])];
}

/**
 * Files read at either side whose contents differ, in path order, each with the nodes reading it.
 * `parsed` holds each side's cluster.yaml files as the plan parsed them, by folder.
 */
export function changedInputFiles(
  baseFiles: RepoFiles,
  headFiles: RepoFiles,
  base: Fleet,
  head: Fleet,
  parsed?: { base: ReadonlyMap<string, ClusterFile>; head: ReadonlyMap<string, ClusterFile> },
): ChangedFile[] {
  const readers = new Map<string, Map<string, { cluster: string; node: string }>>();
  const note = (fleet: Fleet, files: RepoFiles, known?: ReadonlyMap<string, ClusterFile>) => {
    for (const c of fleet.clusters) {
      const shared = clusterInputs(c, files, known?.get(c.dir));
      for (const n of c.nodes) {
        for (const f of nodeInputs(n, shared)) {
          const m = readers.get(f) ?? new Map();
          m.set(`${c.name}\u0000${n.name}`, { cluster: c.name, node: n.name });
          readers.set(f, m);
        }
      }
    }
  };
  note(head, headFiles, parsed?.head);
  // nodes that only the base had (removed at the head) reach the files they read there
  note(
    {
      ...base,
      clusters: base.clusters.map((c) => {
        const h = head.clusters.find((x) => x.name === c.name);
        return { ...c, nodes: c.nodes.filter((n) => !h?.nodes.some((x) => x.name === n.name)) };
      }),
    },
    baseFiles,
    parsed?.base,
  );
  const out: ChangedFile[] = [];
  const read = (files: RepoFiles, file: string) => {
    try {
      return files.read(file);
    } catch {
      return undefined; // refused (outside the repository, too large): the render reported it
    }
  };
  for (const [file, nodes] of [...readers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (read(baseFiles, file) === read(headFiles, file)) continue;
    out.push({ file, nodes: [...nodes.values()] });
  }
  return out;
}
