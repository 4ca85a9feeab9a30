/**
 * Rollout benchmark: a simulated 3 control plane + 12 worker cluster with a fixed reboot time rolls
 * out a change that reboots every node. The wall time is compared with the ideal schedule, control
 * planes in series plus ceil(workers / maxParallel) worker batches, each one reboot long.
 */
import { runRollout } from '../src/rollout/rollout.js';
import { simulatedClusterSpecs } from '../src/rollout/simulated-fleet.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { engineHooks } from '../src/simulator/engine-hooks.js';
import { startSimulatedFleet } from '../src/simulator/index.js';
import { demoIdentities, renderOverlay, type SizedCluster, sizedClusterFiles } from './rollout-fleet.js';

export interface RolloutBenchOptions {
  controlPlanes?: number;
  workers?: number;
  maxParallel?: number;
  rebootMs?: number;
}

export interface RolloutBenchResult {
  wallMs: number;
  idealMs: number;
  /** wallMs / idealMs; the target is ≤ 1.10 at maxParallel 3. */
  ratio: number;
  rebootMs: number;
  controlPlanes: number;
  workers: number;
  maxParallel: number;
  /** Nodes the rollout applied (all of them, if it went well). */
  applied: number;
  status: string;
}

export async function benchRollout(opts: RolloutBenchOptions = {}): Promise<RolloutBenchResult> {
  const controlPlanes = opts.controlPlanes ?? 3;
  const workers = opts.workers ?? 12;
  const maxParallel = opts.maxParallel ?? 3;
  const rebootMs = opts.rebootMs ?? 3_000;
  const registry = new SecretRegistry();
  const identities = await demoIdentities();
  const shape: SizedCluster = { name: 'bench', controlPlanes, workers, maxParallel };
  // machine.env is not live-applicable: every node reboots to apply the change.
  const live = await renderOverlay({
    registry,
    identities,
    clusters: ['bench'],
    overrides: sizedClusterFiles({ ...shape, patch: { machine: { env: { ROLLOUT: 'before' } } } }),
  });
  const desired = await renderOverlay({
    registry,
    identities,
    clusters: ['bench'],
    overrides: sizedClusterFiles({ ...shape, patch: { machine: { env: { ROLLOUT: 'after' } } } }),
  });
  const fleet = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(live.fleet, { files: live.files, identities, registry }),
    rebootMs,
    hooks: engineHooks,
  });
  try {
    const t0 = performance.now();
    const report = await runRollout({
      fleet: desired.fleet,
      talosconfig: fleet.talosconfig,
      kubernetes: { endpoints: fleet.kubernetesEndpoints },
      registry,
      // Polling scaled to the reboot time as the defaults are to a real one (1–5 s against minutes).
      timing: { pollInitialMs: rebootMs / 60, pollMaxMs: rebootMs / 15, callTimeoutMs: 5_000 },
    });
    const wallMs = performance.now() - t0;
    const idealMs = (controlPlanes + Math.ceil(workers / maxParallel)) * rebootMs;
    const nodes = report.stages.flatMap((s) => s.clusters.flatMap((c) => c.nodes));
    return {
      wallMs: Math.round(wallMs),
      idealMs,
      ratio: Math.round((wallMs / idealMs) * 1000) / 1000,
      rebootMs,
      controlPlanes,
      workers,
      maxParallel,
      applied: nodes.filter((n) => n.status === 'applied').length,
      status: report.status,
    };
  } finally {
    await fleet.stop();
  }
}
