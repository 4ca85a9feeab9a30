/**
 * The example fleet in a git repository, running on a simulated Talos fleet at its committed render,
 * with a talosconfig (and kubeconfig) for it on disk — and a way to change a node by hand, outside
 * Git, as someone would with `talosctl apply-config`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderFleet } from '../../src/render/render.js';
import type { Fleet } from '../../src/render/types.js';
import { workTreeFiles } from '../../src/repo/files.js';
import { simulatedClusterSpecs } from '../../src/rollout/index.js';
import { SecretRegistry } from '../../src/secrets/registry.js';
import { engineHooks } from '../../src/simulator/engine-hooks.js';
import { type SimulatedFleet, startSimulatedFleet } from '../../src/simulator/index.js';
import { TalosClient } from '../../src/talos/client.js';
import { demoIdentities, exampleRepo } from './repo.js';

export interface ExampleFleet {
  repo: string;
  /** The committed render the nodes run. */
  fleet: Fleet;
  sim: SimulatedFleet;
  /** A folder for the test's own files; removed by stop(). */
  tmp: string;
  talosconfig: string;
  kubeconfig: string;
  /** Applies `edit` of the node's committed config to it, outside Git (no reboot). */
  byHand(cluster: string, node: string, edit: (text: string) => string): Promise<void>;
  /** Stops the nodes and removes the repository and the folder. */
  stop(): Promise<void>;
}

export async function exampleFleetRunning(opts: { rebootMs?: number } = {}): Promise<ExampleFleet> {
  const repo = exampleRepo();
  const registry = new SecretRegistry();
  const identities = await demoIdentities();
  const files = workTreeFiles(repo);
  const { fleet } = await renderFleet({ files, identities, registry });
  const sim = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(fleet, { files, identities, registry }),
    rebootMs: opts.rebootMs ?? 20,
    hooks: engineHooks,
  });
  const tmp = mkdtempSync(path.join(tmpdir(), 'talos-gitops-example-fleet-'));
  const talosconfig = path.join(tmp, 'talosconfig');
  await sim.writeTalosconfig(talosconfig);
  // the rollout drains nodes through the cluster's (simulated) Kubernetes API
  const kubeconfig = path.join(tmp, 'kubeconfig');
  await sim.writeKubeconfig(kubeconfig);
  return {
    repo,
    fleet,
    sim,
    tmp,
    talosconfig,
    kubeconfig,
    async byHand(cluster, node, edit) {
      const n = fleet.clusters.find((c) => c.name === cluster)!.nodes.find((x) => x.name === node)!;
      const client = TalosClient.fromTalosconfig(sim.talosconfig, { context: cluster });
      try {
        await client.applyConfiguration(n.address, edit(n.text), { mode: 'no-reboot' });
      } finally {
        client.close();
      }
    },
    async stop() {
      await sim.stop();
      rmSync(tmp, { recursive: true, force: true });
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
