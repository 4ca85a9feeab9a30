/**
 * Drift seen by a dry run: a node whose running config (or Talos version) is not the render of the
 * last applied commit runs something Git never had — a change made by hand, or a rollout that did
 * not finish. The apply would revert it; the diff shows that revert, from what the node runs (`-`)
 * to what the last applied commit says (`+`), secrets redacted.
 */
import { readLiveConfig, renderLiveDiff, runsRender } from '../drift/compare.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { normalizeVersion } from './health.js';
import type { LiveNode } from './plan.js';
import type { NodeDriftReport } from './types.js';

export const DRIFT_LABEL = 'drift: the node runs something Git never had';

/** Undefined when the node runs the last applied render, or that commit has no render of it. */
export function lastAppliedDrift(
  lastApplied: RenderedCluster,
  node: RenderedNode,
  live: LiveNode,
  registry: SecretRegistry,
): NodeDriftReport | undefined {
  // A render with placeholders is no statement of what Git had.
  if (lastApplied.hidden.length > 0) return undefined;
  const was = lastApplied.nodes.find((n) => n.name === node.name);
  if (!was) return undefined;
  const liveVersion = normalizeVersion(live.version);
  const gitVersion = normalizeVersion(lastApplied.talosVersion);
  const version = liveVersion !== gitVersion ? { live: liveVersion, git: gitVersion } : undefined;
  const where = `${lastApplied.name}/${node.name}`;
  const liveDocs = readLiveConfig(live.config, where, liveVersion, lastApplied.contract, registry);
  const config = !runsRender(live.config, liveDocs, was.text, lastApplied.contract);
  if (!config && !version) return undefined;
  const diff =
    config && liveDocs
      ? renderLiveDiff({
          name: `${where}.yaml`,
          render: was.docs,
          live: liveDocs,
          contract: lastApplied.contract,
          registry,
          direction: 'live-to-git',
        })
      : '';
  return {
    config,
    revert: diff,
    ...(version ? { version } : {}),
    ...(config && !liveDocs
      ? {
          reason:
            'the running config could not be parsed, so its secrets cannot be recognised: the diff is withheld',
        }
      : {}),
  };
}

/** "runs Talos v1.13.8, the last applied commit says v1.13.9; its config differs from it" */
export function driftWhat(d: NodeDriftReport): string {
  const parts: string[] = [];
  if (d.version) parts.push(`runs Talos ${d.version.live}, the last applied commit says ${d.version.git}`);
  if (d.config) parts.push('its config differs from the last applied commit');
  return parts.join('; ');
}
