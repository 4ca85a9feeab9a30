/**
 * The maintenance-endpoints file: where nodes in maintenance mode are reached when not at their
 * address on port 50000 (NAT, port forwards, `simulate`'s loopback endpoints). A JSON object from a
 * node address (or `cluster/address`) to `host:port`.
 */
import { readFileSync } from 'node:fs';
import { TalosGitopsError } from '../errors.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';

export type MaintenanceEndpoints = Readonly<Record<string, string>>;

export function readMaintenanceEndpoints(file: string): MaintenanceEndpoints {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new TalosGitopsError(`cannot read the maintenance endpoints: ${(err as Error).message}`, { file });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TalosGitopsError('maintenance endpoints must be a JSON object of address → host:port', {
      file,
    });
  }
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string' || !/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(value)) {
      throw new TalosGitopsError(`${JSON.stringify(value)} is not host:port`, { file, field: key });
    }
  }
  return parsed as MaintenanceEndpoints;
}

/** The endpoint for a node from the map, if it names one. */
export function maintenanceEndpointFrom(
  map: MaintenanceEndpoints,
): (cluster: RenderedCluster, node: RenderedNode) => string | undefined {
  return (cluster, node) => map[`${cluster.name}/${node.address}`] ?? map[node.address];
}
