/**
 * Fleets for rollout tests and the benchmark: the example repository with some files replaced in
 * memory (a change to roll out, or an extra cluster of any size built on the example's encrypted
 * secrets), rendered by the real engine.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFleet } from '../src/render/render.js';
import type { Fleet, RenderedCluster, RenderedNode } from '../src/render/types.js';
import { overlayFiles, type RepoFiles, workTreeFiles } from '../src/repo/files.js';
import { simulatedClusterSpecs, simulatedSchematics } from '../src/rollout/simulated-fleet.js';
import { type AgeIdentity, loadAgeIdentities } from '../src/secrets/age-identities.js';
import type { SecretRegistry } from '../src/secrets/registry.js';
import { engineHooks } from '../src/simulator/engine-hooks.js';
import { type FleetOptions, type SimulatedFleet, startSimulatedFleet } from '../src/simulator/index.js';

/** The repository root (this file lives in bench/, and is bundled into build/bench/). */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (path.basename(dir) === 'bench' || path.basename(dir) === 'build') dir = path.dirname(dir);
  return dir;
}

export async function demoIdentities(root = repoRoot()): Promise<AgeIdentity[]> {
  return loadAgeIdentities({ env: { SOPS_AGE_KEY_FILE: path.join(root, 'clusters', 'demo-age-key.txt') } });
}

export interface SizedCluster {
  name: string;
  stage?: string;
  talosVersion?: string;
  kubernetesVersion?: string;
  controlPlanes: number;
  workers: number;
  maxParallel: number | string;
  healthTimeout?: string;
  allowReboots?: boolean;
  /** `rollout.drain` (default: on). */
  drain?: boolean;
  /** Third octet of the cluster's 10.9.X.0/24 addresses. */
  subnet?: number;
  /** Extra inline patch for every node (e.g. a reboot-requiring change). */
  patch?: Record<string, unknown>;
}

/** The files of an extra cluster folder (`clusters/<name>/cluster.yaml`) using the production secrets. */
export function sizedClusterFiles(c: SizedCluster): Record<string, string> {
  const subnet = c.subnet ?? 9;
  const nodes: string[] = [];
  for (let i = 1; i <= c.controlPlanes; i++) {
    nodes.push(`  - { name: ${c.name}-cp-${i}, address: 10.9.${subnet}.${10 + i}, role: controlplane }`);
  }
  for (let i = 1; i <= c.workers; i++) {
    nodes.push(`  - { name: ${c.name}-w-${i}, address: 10.9.${subnet}.${100 + i}, role: worker }`);
  }
  const patches = ['  - ../shared/patches/kubelet.yaml', '  - ../shared/patches/sysctls.yaml'];
  if (c.patch) patches.push(`  - ${JSON.stringify(c.patch)}`);
  const yaml = [
    `name: ${c.name}`,
    `stage: ${c.stage ?? c.name}`,
    `talosVersion: ${c.talosVersion ?? 'v1.13.9'}`,
    `kubernetesVersion: ${c.kubernetesVersion ?? 'v1.36.3'}`,
    `endpoint: https://10.9.${subnet}.10:6443`,
    'secrets: ../production/secrets.sops.yaml',
    'patches:',
    ...patches,
    'nodes:',
    ...nodes,
    'rollout:',
    `  workers: { maxParallel: ${JSON.stringify(c.maxParallel)} }`,
    `  healthTimeout: ${c.healthTimeout ?? '10m'}`,
    ...(c.allowReboots === false ? ['  allowReboots: false'] : []),
    ...(c.drain === false ? ['  drain: false'] : []),
    '',
  ].join('\n');
  return { [`clusters/${c.name}/cluster.yaml`]: yaml };
}

export interface RenderOverlay {
  registry: SecretRegistry;
  identities: readonly AgeIdentity[];
  overrides?: Record<string, string | undefined>;
  clusters?: string[];
  root?: string;
}

/** Renders the example repository with `overrides` applied; any render error throws. */
export async function renderOverlay(opts: RenderOverlay): Promise<{ fleet: Fleet; files: RepoFiles }> {
  const files = overlayFiles(workTreeFiles(opts.root ?? repoRoot()), opts.overrides ?? {});
  const result = await renderFleet({
    files,
    identities: opts.identities,
    registry: opts.registry,
    clusters: opts.clusters,
  });
  if (result.errors.length) {
    throw new Error(
      `render failed: ${result.errors.map((e) => `${e.cluster}: ${e.error.message}`).join('; ')}`,
    );
  }
  return { fleet: result.fleet, files };
}

export interface OverlayFleet {
  sim: SimulatedFleet;
  live: Fleet;
  registry: SecretRegistry;
  identities: readonly AgeIdentity[];
  /** Renders the example repository with other overrides (the desired state to roll out). */
  render(overrides: Record<string, string | undefined>, clusters?: string[]): Promise<Fleet>;
}

/** A simulated fleet whose nodes run the render of the example repository with `overrides`. */
export async function simulateOverlay(opts: {
  overrides?: Record<string, string | undefined>;
  clusters?: string[];
  registry: SecretRegistry;
  rebootMs?: number;
  upgradeMs?: number;
  faults?: FleetOptions['faults'];
  kubernetes?: FleetOptions['kubernetes'];
  /** Nodes that boot in maintenance mode instead of running their render. */
  maintenance?: (cluster: RenderedCluster, node: RenderedNode) => boolean;
  /** More schematics the simulated Image Factory serves (it serves the live render's). */
  schematics?: Record<string, readonly string[]>;
}): Promise<OverlayFleet> {
  const identities = await demoIdentities();
  const { registry } = opts;
  const live = await renderOverlay({
    registry,
    identities,
    overrides: opts.overrides,
    clusters: opts.clusters,
  });
  const sim = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(
      live.fleet,
      { files: live.files, identities, registry },
      { maintenance: opts.maintenance },
    ),
    schematics: { ...simulatedSchematics(live.fleet), ...opts.schematics },
    rebootMs: opts.rebootMs ?? 30,
    upgradeMs: opts.upgradeMs,
    faults: opts.faults,
    hooks: engineHooks,
    kubernetes: opts.kubernetes,
  });
  return {
    sim,
    live: live.fleet,
    registry,
    identities,
    render: async (overrides, clusters = opts.clusters) =>
      (await renderOverlay({ registry, identities, overrides, clusters })).fleet,
  };
}
