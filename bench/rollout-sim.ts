/**
 * The rollout benchmark's simulated cluster: nodes running the render of a sized cluster, its
 * Kubernetes API and a workload to drain. The benchmark runs it in a thread of its own (this file is
 * also the worker's entry): real Talos nodes and a real apiserver run on other machines, so their
 * work (TLS and gRPC serving, the Kubernetes controllers' reconciling) must not share the event loop
 * of the rollout being timed.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { simulatedClusterSpecs } from '../src/rollout/simulated-fleet.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { engineHooks } from '../src/simulator/engine-hooks.js';
import { startSimulatedFleet } from '../src/simulator/index.js';
import type { Talosconfig } from '../src/talos/talosconfig.js';
import { demoIdentities, renderOverlay, type SizedCluster, sizedClusterFiles } from './rollout-fleet.js';

export interface RolloutSimOptions {
  shape: SizedCluster;
  rebootMs: number;
  /** How long an evicted pod takes to terminate (and a new one to start). */
  podTerminationMs: number;
  /** Seed a Deployment with a pod on every worker and a PDB over them. */
  workload: boolean;
}

export interface RolloutSim {
  talosconfig: Talosconfig;
  kubernetesEndpoints: Record<string, string>;
  stop(): Promise<void>;
}

/** The live state, before the change: machine.env is not live-applicable, so the change reboots every node. */
export const livePatch = { machine: { env: { ROLLOUT: 'before' } } };
export const desiredPatch = { machine: { env: { ROLLOUT: 'after' } } };

export async function startRolloutSimulation(opts: RolloutSimOptions): Promise<RolloutSim> {
  const registry = new SecretRegistry();
  const identities = await demoIdentities();
  const live = await renderOverlay({
    registry,
    identities,
    clusters: [opts.shape.name],
    overrides: sizedClusterFiles({ ...opts.shape, patch: livePatch }),
  });
  const fleet = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(live.fleet, { files: live.files, identities, registry }),
    rebootMs: opts.rebootMs,
    hooks: engineHooks,
    kubernetes: { podTerminationMs: opts.podTerminationMs, podStartMs: opts.podTerminationMs },
  });
  try {
    if (opts.workload) await seedWorkload(fleet, opts.shape.workers, 3 * Number(opts.shape.maxParallel));
  } catch (err) {
    await fleet.stop();
    throw err;
  }
  return {
    talosconfig: fleet.talosconfig,
    kubernetesEndpoints: fleet.kubernetesEndpoints,
    stop: () => fleet.stop(),
  };
}

/**
 * A workload to drain: one pod per worker (spread by the simulated scheduler) and a budget that lets
 * three batches' worth be unavailable at once, so that it is respected but never holds a drain back
 * (a budget that does makes a drain as long as it asks, which is no cost of the rollout's): evicted
 * pods' replacements land on nodes not drained yet too, so the last batches carry more than one pod
 * a node, and with two batches' worth the last one waited on the budget.
 * Waits until every pod is Ready.
 */
async function seedWorkload(
  fleet: Awaited<ReturnType<typeof startSimulatedFleet>>,
  replicas: number,
  maxUnavailable: number,
): Promise<void> {
  const state = fleet.clusters[0]!.kubernetes!.state;
  state.createDeployment({ namespace: 'shop', name: 'web', replicas, labels: { app: 'web' } });
  state.createPodDisruptionBudget('shop', 'web', {
    maxUnavailable,
    selector: { matchLabels: { app: 'web' } },
  });
  const ready = () =>
    state
      .list('Pod', 'shop')
      .filter(
        (p) =>
          (p.status as { conditions?: { status?: string }[] } | undefined)?.conditions?.[0]?.status ===
          'True',
      ).length;
  const end = Date.now() + 30_000;
  while (ready() < replicas) {
    if (Date.now() > end) throw new Error(`bench: only ${ready()} of ${replicas} pods Ready`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// As a worker: start, answer with the ways in, stop when told.
if (!isMainThread && (workerData as { rolloutSim?: RolloutSimOptions } | undefined)?.rolloutSim) {
  const port = parentPort!;
  const sim = await startRolloutSimulation((workerData as { rolloutSim: RolloutSimOptions }).rolloutSim);
  port.once('message', async () => {
    await sim.stop();
    port.postMessage({ type: 'stopped' });
    port.close();
  });
  port.postMessage({
    type: 'ready',
    talosconfig: sim.talosconfig,
    kubernetesEndpoints: sim.kubernetesEndpoints,
  });
}
