/**
 * Drift: what the nodes run against what Git says they should run, read-only. Every node's live
 * config and Talos version is read over the Talos API and compared with the render of the checked-out
 * commit; a drifted node gets a redacted diff from Git's render to what it runs. Nothing is changed.
 */
import type { Fleet, RenderedCluster, RenderedNode } from '../render/types.js';
import { mapLimit } from '../rollout/clock.js';
import { describeFailure } from '../rollout/failure.js';
import { normalizeVersion } from '../rollout/health.js';
import { clusterClient } from '../rollout/rollout.js';
import { DEFAULT_TIMING, type RolloutApi } from '../rollout/types.js';
import type { SecretRegistry } from '../secrets/registry.js';
import type { Talosconfig } from '../talos/talosconfig.js';
import { readLiveConfig, renderLiveDiff, runsRender } from './compare.js';

export type NodeDriftStatus = 'in-sync' | 'drifted' | 'unreachable';

export interface NodeDrift {
  name: string;
  role: RenderedNode['role'];
  address: string;
  status: NodeDriftStatus;
  /** The Talos version it runs and the one Git gives it, when they differ. */
  version?: { live: string; git: string };
  /** The running config differs from Git's render. */
  config: boolean;
  /** Unified diff from Git's render to the running config, secrets redacted ('' when in sync). */
  diff: string;
  /** Why it could not be checked, or what could not be shown. */
  reason?: string;
}

export interface ClusterDrift {
  name: string;
  stage: string;
  nodes: NodeDrift[];
  /** Set when the cluster could not be checked at all (e.g. rendered without its secrets). */
  error?: string;
}

export interface DriftReport {
  version: 1;
  /** `in-sync`: every node runs what Git says; `drift`: some differ; `failed`: some could not be checked. */
  status: 'in-sync' | 'drift' | 'failed';
  clusters: ClusterDrift[];
  checkedAt: string;
}

export interface DriftOptions {
  fleet: Fleet;
  talosconfig: Talosconfig;
  talosconfigFile?: string;
  registry: SecretRegistry;
  /** Replaces the Talos client per cluster (the default is built from the talosconfig). */
  clientFor?: (cluster: RenderedCluster) => RolloutApi;
  now?: () => Date;
}

const PARALLEL = 16;

async function nodeDrift(
  api: RolloutApi,
  cluster: RenderedCluster,
  node: RenderedNode,
  registry: SecretRegistry,
): Promise<NodeDrift> {
  const base = { name: node.name, role: node.role, address: node.address };
  let liveVersion: string;
  let liveText: string;
  try {
    [liveVersion, liveText] = await Promise.all([
      api.version(node.address).then((v) => normalizeVersion(v.tag)),
      api.getMachineConfig(node.address),
    ]);
  } catch (err) {
    return {
      ...base,
      status: 'unreachable',
      config: false,
      diff: '',
      reason: describeFailure(err, registry),
    };
  }
  const git = normalizeVersion(cluster.talosVersion);
  const version = liveVersion !== git ? { live: liveVersion, git } : undefined;
  const liveDocs = readLiveConfig(
    liveText,
    `${cluster.name}/${node.name}`,
    liveVersion,
    cluster.contract,
    registry,
  );
  if (runsRender(liveText, liveDocs, node.text, cluster.contract))
    return {
      ...base,
      status: version ? 'drifted' : 'in-sync',
      ...(version ? { version } : {}),
      config: false,
      diff: '',
    };
  if (!liveDocs) {
    return {
      ...base,
      status: 'drifted',
      ...(version ? { version } : {}),
      config: true,
      diff: '',
      reason:
        'the running config could not be parsed, so its secrets cannot be recognised: its diff is withheld',
    };
  }
  const diff = renderLiveDiff({
    name: `${cluster.name}/${node.name}.yaml`,
    render: node.docs,
    live: liveDocs,
    contract: cluster.contract,
    registry,
    direction: 'git-to-live',
  });
  return { ...base, status: 'drifted', ...(version ? { version } : {}), config: true, diff };
}

export async function checkDrift(opts: DriftOptions): Promise<DriftReport> {
  const { registry } = opts;
  const clusters: ClusterDrift[] = [];
  for (const cluster of opts.fleet.clusters) {
    if (cluster.hidden.length > 0) {
      clusters.push({
        name: cluster.name,
        stage: cluster.stage,
        nodes: [],
        error: `rendered without its secrets (${cluster.hidden.join(', ')}): nothing to compare with`,
      });
      continue;
    }
    let api: RolloutApi;
    try {
      api =
        opts.clientFor?.(cluster) ??
        clusterClient(opts.talosconfig, cluster, DEFAULT_TIMING, opts.talosconfigFile);
    } catch (err) {
      clusters.push({
        name: cluster.name,
        stage: cluster.stage,
        nodes: [],
        error: describeFailure(err, registry),
      });
      continue;
    }
    try {
      const nodes = await mapLimit(cluster.nodes, PARALLEL, (n) => nodeDrift(api, cluster, n, registry));
      clusters.push({ name: cluster.name, stage: cluster.stage, nodes });
    } finally {
      api.close();
    }
  }
  const all = clusters.flatMap((c) => c.nodes);
  const failed = clusters.some((c) => c.error) || all.some((n) => n.status === 'unreachable');
  const drifted = all.some((n) => n.status === 'drifted');
  return {
    version: 1,
    status: failed ? 'failed' : drifted ? 'drift' : 'in-sync',
    clusters,
    checkedAt: (opts.now?.() ?? new Date()).toISOString(),
  };
}

/** DESIGN's exit codes: 0 in sync, 2 drift, 1 failed. */
export function driftExitCode(report: DriftReport): number {
  return report.status === 'in-sync' ? 0 : report.status === 'drift' ? 2 : 1;
}
