/**
 * Where the nodes were at the last applied commit: each cluster's node addresses as its cluster.yaml
 * gave them there. A change that moves a node is applied where the node still is; the rollout finds
 * it there when it does not answer at its new address yet. Only cluster.yaml is read (no secrets).
 */
import { clusterFolders } from '../render/render.js';
import { parseClusterFile } from '../repo/cluster-file.js';
import type { RepoFiles } from '../repo/files.js';

/** cluster → node → address; clusters whose cluster.yaml does not parse there are left out. */
export function formerAddresses(
  files: RepoFiles,
  clustersDir = 'clusters',
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const folder of clusterFolders(files, clustersDir)) {
    if (folder.error) continue;
    const file = `${folder.dir}/cluster.yaml`;
    try {
      const text = files.read(file);
      if (text === undefined) continue;
      const spec = parseClusterFile(text, file, folder.dir);
      out[spec.name] = Object.fromEntries(spec.nodes.map((n) => [n.name, n.address]));
    } catch {
      // a cluster.yaml broken at that commit tells nothing about where its nodes are
    }
  }
  return out;
}
