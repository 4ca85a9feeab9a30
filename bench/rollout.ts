/**
 * Rollout benchmark: a simulated cluster (3 control planes + 100 workers, maxParallel 10 by default)
 * with a fixed reboot time rolls out a change that reboots every node. The schedule's wall time (from
 * the cluster planned, every node inspected, to the end; the planning before it is reported apart)
 * is compared with the ideal schedule: control planes in series plus ceil(workers / maxParallel) worker batches, each
 * step one reboot long, plus, where the rollout is Kubernetes-aware, the drain of each step that had
 * pods to evict (one pod termination: the evictions of a step run side by side).
 *
 * Kubernetes-aware: the simulated Kubernetes API is reached, a Deployment with a pod on every worker
 * and a PodDisruptionBudget over them, every node drained, uncordoned
 * once Ready, the cluster gates (Kubernetes nodes, control-plane pods, etcd) between steps. Talos
 * only: `rollout.drain: false` and no Kubernetes API, as a rollout without Kubernetes access runs.
 */
import { Worker } from 'node:worker_threads';
import { runRollout } from '../src/rollout/rollout.js';
import type { ProgressReporter } from '../src/rollout/types.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import type { Talosconfig } from '../src/talos/talosconfig.js';
import { demoIdentities, renderOverlay, type SizedCluster, sizedClusterFiles } from './rollout-fleet.js';
import {
  desiredPatch,
  type RolloutSim,
  type RolloutSimOptions,
  startRolloutSimulation,
} from './rollout-sim.js';

export interface RolloutBenchOptions {
  controlPlanes?: number;
  workers?: number;
  maxParallel?: number;
  rebootMs?: number;
  /** Drain, uncordon and Kubernetes gates through the simulated Kubernetes API (default true). */
  kubernetes?: boolean;
  /** The rollout's polling (default: the rollout's own defaults, as a user runs it). */
  timing?: { pollInitialMs?: number; pollMaxMs?: number };
  /** Sees the rollout's events (e.g. to print a timeline). */
  progress?: ProgressReporter;
  /**
   * Run the simulated cluster on the rollout's own thread (default: a thread of its own, as real
   * nodes and apiservers are other machines; inline, their serving work delays the rollout's timers).
   */
  inline?: boolean;
}

export interface RolloutBenchResult {
  /** The schedule: from the cluster planned (every node inspected) to the rollout's end. */
  wallMs: number;
  /** Before it: reading and planning every node. */
  planMs: number;
  /** The whole run, planning included. */
  totalMs: number;
  idealMs: number;
  /** wallMs / idealMs. */
  ratio: number;
  rebootMs: number;
  /** What one drain adds to a step in the ideal schedule (ms); 0 when not Kubernetes-aware. */
  drainMs: number;
  /** Steps that evicted pods. */
  drainedSteps: number;
  controlPlanes: number;
  workers: number;
  maxParallel: number;
  kubernetes: boolean;
  /** Nodes the rollout applied (all of them, if it went well). */
  applied: number;
  status: string;
}

/** How long an evicted pod takes to terminate in the benchmark's simulated Kubernetes API. */
const POD_TERMINATION_MS = 150;

export async function benchRollout(opts: RolloutBenchOptions = {}): Promise<RolloutBenchResult> {
  const controlPlanes = opts.controlPlanes ?? 3;
  const workers = opts.workers ?? 100;
  const maxParallel = opts.maxParallel ?? 10;
  const rebootMs = opts.rebootMs ?? 3_000;
  const kubernetes = opts.kubernetes ?? true;
  const registry = new SecretRegistry();
  const identities = await demoIdentities();
  const shape: SizedCluster = {
    name: 'bench',
    controlPlanes,
    workers,
    maxParallel,
    ...(kubernetes ? {} : { drain: false }),
  };
  const desired = await renderOverlay({
    registry,
    identities,
    clusters: ['bench'],
    overrides: sizedClusterFiles({ ...shape, patch: desiredPatch }),
  });
  const simOptions: RolloutSimOptions = {
    shape,
    rebootMs,
    podTerminationMs: POD_TERMINATION_MS,
    workload: kubernetes,
  };
  const fleet = opts.inline ? await startRolloutSimulation(simOptions) : await simulationThread(simOptions);
  try {
    const t0 = performance.now();
    let planned: number | undefined;
    const report = await runRollout({
      fleet: desired.fleet,
      talosconfig: fleet.talosconfig,
      // Talos only: nothing listens there (connection refused), so the rollout has no Kubernetes API
      kubernetes: { endpoints: kubernetes ? fleet.kubernetesEndpoints : { bench: 'https://127.0.0.1:1' } },
      registry,
      progress: {
        onEvent(e) {
          if (e.type === 'cluster-planned') planned ??= performance.now();
          opts.progress?.onEvent(e);
        },
      },
      ...(opts.timing ? { timing: { ...opts.timing, callTimeoutMs: 5_000 } } : {}),
    });
    const t1 = performance.now();
    const wallMs = t1 - (planned ?? t0);
    const nodes = report.stages.flatMap((s) => s.clusters.flatMap((c) => c.nodes));
    // the steps as the rollout forms them: each control plane, then worker batches in order
    const byName = new Map(nodes.map((n) => [n.name, n]));
    const steps: string[][] = [];
    for (let i = 1; i <= controlPlanes; i++) steps.push([`bench-cp-${i}`]);
    for (let i = 0; i < workers; i += maxParallel) {
      steps.push(
        Array.from({ length: Math.min(maxParallel, workers - i) }, (_, k) => `bench-w-${i + k + 1}`),
      );
    }
    const evicted = (name: string) =>
      byName.get(name)?.notes.some((n) => /^drained: [1-9]\d* pod\(s\) evicted/.test(n)) ?? false;
    const drainedSteps = kubernetes ? steps.filter((s) => s.some(evicted)).length : 0;
    const drainMs = kubernetes ? POD_TERMINATION_MS : 0;
    const idealMs = steps.length * rebootMs + drainedSteps * drainMs;
    return {
      wallMs: Math.round(wallMs),
      planMs: Math.round((planned ?? t0) - t0),
      totalMs: Math.round(t1 - t0),
      idealMs,
      ratio: Math.round((wallMs / idealMs) * 1000) / 1000,
      rebootMs,
      drainMs,
      drainedSteps,
      controlPlanes,
      workers,
      maxParallel,
      kubernetes,
      applied: nodes.filter((n) => n.status === 'applied').length,
      status: report.status,
    };
  } finally {
    await fleet.stop();
  }
}

/** The simulation in a worker thread (build/bench/rollout-sim.js, beside this bundle). */
async function simulationThread(options: RolloutSimOptions): Promise<RolloutSim> {
  const worker = new Worker(new URL('./rollout-sim.js', import.meta.url), {
    workerData: { rolloutSim: options },
  });
  const first = await new Promise<{ talosconfig: Talosconfig; kubernetesEndpoints: Record<string, string> }>(
    (resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`bench: the simulation thread exited (${code})`)));
    },
  );
  return {
    talosconfig: first.talosconfig,
    kubernetesEndpoints: first.kubernetesEndpoints,
    async stop() {
      const stopped = new Promise((r) => worker.once('message', r));
      worker.postMessage('stop');
      await stopped;
      await worker.terminate();
    },
  };
}
