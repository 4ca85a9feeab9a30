/**
 * A simulated fleet for a rendered one: every cluster with its nodes running the rendered configs,
 * behind an endpoint that trusts the cluster's own OS CA (from its secrets bundle), so a talosconfig
 * built the usual way reaches it. For the `simulate` command, the demo, tests and the benchmark.
 */
import { createTalosOsCa } from '../pki/ca.js';
import type { Fleet, RenderedCluster, RenderedNode } from '../render/types.js';
import { parseClusterFile } from '../repo/cluster-file.js';
import { type RepoFiles, repoPath } from '../repo/files.js';
import { EMPTY_SCHEMATIC_ID } from '../schematic/factory.js';
import type { AgeIdentity } from '../secrets/age-identities.js';
import { parseSecretsBundle } from '../secrets/bundle.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { decryptSopsFile } from '../secrets/sops.js';
import type { SimulatedClusterSpec } from '../simulator/index.js';

export interface SimulatedFleetSource {
  /** The files the fleet was rendered from (to find each cluster's secrets bundle). */
  files: RepoFiles;
  identities: readonly AgeIdentity[];
  registry: SecretRegistry;
}

/** The cluster's Talos OS CA: from its secrets bundle, or a fresh one for clusters built on committed bases. */
export async function clusterOsCa(
  cluster: RenderedCluster,
  src: SimulatedFleetSource,
): Promise<{ crt: string; key: string }> {
  const text = src.files.read(cluster.file);
  const spec = text === undefined ? undefined : parseClusterFile(text, cluster.file, cluster.dir);
  if (!spec?.secrets) return createTalosOsCa();
  const path = repoPath(spec.dir, spec.secrets.path);
  const encrypted = src.files.read(path);
  if (encrypted === undefined) return createTalosOsCa();
  const decrypted = await decryptSopsFile(encrypted, path, src.identities);
  src.registry.addAll(decrypted.secretValues);
  return parseSecretsBundle(decrypted.values[0], path).certs.os;
}

/**
 * Cluster specs for startSimulatedFleet: nodes at the cluster's Talos version running their rendered
 * config, or, where `maintenance` says so, booted from an installation medium of that version and
 * waiting in maintenance mode for their first config.
 */
export async function simulatedClusterSpecs(
  fleet: Fleet,
  src: SimulatedFleetSource,
  opts: { maintenance?: (cluster: RenderedCluster, node: RenderedNode) => boolean } = {},
): Promise<SimulatedClusterSpec[]> {
  const out: SimulatedClusterSpec[] = [];
  for (const cluster of fleet.clusters) {
    out.push({
      name: cluster.name,
      osCa: await clusterOsCa(cluster, src),
      ...(cluster.kubernetesCa ? { kubernetesCa: cluster.kubernetesCa } : {}),
      nodes: cluster.nodes.map((n) => ({
        address: n.address,
        name: n.name,
        role: n.role,
        talosVersion: cluster.talosVersion,
        config: n.text,
        ...(opts.maintenance?.(cluster, n) ? { maintenance: true } : {}),
      })),
    });
  }
  return out;
}

/** The simulated Image Factory for a rendered fleet: every schematic its nodes install from. */
export function simulatedSchematics(fleet: Fleet): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = { [EMPTY_SCHEMATIC_ID]: [] };
  for (const c of fleet.clusters)
    for (const n of c.nodes) if (n.schematic) out[n.schematic.id] = n.schematic.extensions;
  return out;
}
