/**
 * A pull request that moves nodes to new Talos API addresses (their `address:` in cluster.yaml and
 * their LinkConfig address together), rolled out on the simulated fleet by `talos-gitops apply`
 * exactly as after the merge: each moving node is reached where it is now (its address at the last
 * applied commit), applied, and waited for healthy at its new address. The simulated node really
 * moves: afterwards it answers only at the new address, as a real node would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { renderFleet } from '../src/render/render.js';
import { workTreeFiles } from '../src/repo/files.js';
import { simulatedClusterSpecs } from '../src/rollout/index.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { engineHooks } from '../src/simulator/engine-hooks.js';
import { type SimulatedFleet, startSimulatedFleet } from '../src/simulator/index.js';
import { TalosClient } from '../src/talos/client.js';
import { captureIo } from './helpers/io.js';
import { DEMO_KEY_FILE, demoIdentities, edit, exampleRepo, git } from './helpers/repo.js';

let sim: SimulatedFleet | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await sim?.stop();
  sim = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The example fleet in a git repository, running on a simulated fleet at its committed render. */
async function fleetAtHead(): Promise<{ repo: string; talosconfig: string; kubeconfig: string }> {
  const repo = exampleRepo();
  dirs.push(repo);
  const registry = new SecretRegistry();
  const identities = await demoIdentities();
  const files = workTreeFiles(repo);
  const { fleet } = await renderFleet({ files, identities, registry });
  sim = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(fleet, { files, identities, registry }),
    rebootMs: 30,
    hooks: engineHooks,
  });
  const tmp = mkdtempSync(path.join(tmpdir(), 'talos-gitops-move-'));
  dirs.push(tmp);
  const talosconfig = path.join(tmp, 'talosconfig');
  await sim.writeTalosconfig(talosconfig);
  // the rollout drains a node before it disrupts it, through the cluster's (simulated) Kubernetes API
  const kubeconfig = path.join(tmp, 'kubeconfig');
  await sim.writeKubeconfig(kubeconfig);
  return { repo, talosconfig, kubeconfig };
}

function move(repo: string, node: string, from: string, to: string): void {
  edit(repo, 'clusters/production/cluster.yaml', (t) => t.replace(`address: ${from}\n`, `address: ${to}\n`));
  edit(repo, `clusters/production/patches/nodes/${node}.yaml`, (t) => t.replace(`${from}/24`, `${to}/24`));
}

async function apply(at: { repo: string; talosconfig: string; kubeconfig: string }, ...extra: string[]) {
  const io = captureIo(at.repo, { SOPS_AGE_KEY_FILE: DEMO_KEY_FILE });
  const code = await runCli(
    [
      'apply',
      '--talosconfig',
      at.talosconfig,
      '--kubeconfig',
      at.kubeconfig,
      '--stages',
      'staging,production',
      '--cluster',
      'production',
      ...extra,
    ],
    io,
  );
  return { code, out: io.stdout, err: io.stderr };
}

async function answersAt(cluster: string, address: string): Promise<boolean> {
  const client = TalosClient.fromTalosconfig(sim!.talosconfig, {
    context: cluster,
    retries: 0,
    deadlineMs: 2_000,
  });
  try {
    await client.version(address);
    return true;
  } catch {
    return false;
  } finally {
    client.close();
  }
}

describe('a pull request that moves nodes to new addresses', () => {
  it('rolls out after the merge with no manual step: reached at the old address, healthy at the new one', async () => {
    const at = await fleetAtHead();
    const { repo } = at;
    move(repo, 'prod-w-2', '10.0.1.22', '10.0.1.32');
    move(repo, 'prod-cp-2', '10.0.1.12', '10.0.1.42');
    git(repo, 'commit', '-qam', 'Move prod-w-2 and prod-cp-2');

    const r = await apply(at, '--base', 'HEAD~1');
    expect(r.err).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Rollout done in .*: 2 applied, 0 upgraded, 5 unchanged\.$/m);
    expect(r.out).toContain('moved: reached at 10.0.1.22, now healthy at 10.0.1.32');
    expect(r.out).toContain('moved: reached at 10.0.1.12, now healthy at 10.0.1.42');

    // The nodes really moved: they answer at their new address only.
    expect(await answersAt('production', '10.0.1.32')).toBe(true);
    expect(await answersAt('production', '10.0.1.22')).toBe(false);
    expect(await answersAt('production', '10.0.1.42')).toBe(true);
    expect(await answersAt('production', '10.0.1.12')).toBe(false);
    const moved = sim!.nodes().find((n) => n.name === 'prod-w-2')!;
    expect(moved.address).toBe('10.0.1.32');
    expect(sim!.events.filter((e) => e.type === 'address-moved').map((e) => e.detail)).toEqual(
      expect.arrayContaining(['10.0.1.22 -> 10.0.1.32', '10.0.1.12 -> 10.0.1.42']),
    );

    // A re-run finds everything converged at the new addresses.
    const again = await apply(at, '--base', 'HEAD~1');
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^Rollout done in .*: 0 applied, 0 upgraded, 7 unchanged\.$/m);
  }, 90_000);

  it('without the last applied commit, halts at preflight naming the address it could not reach', async () => {
    const at = await fleetAtHead();
    move(at.repo, 'prod-w-2', '10.0.1.22', '10.0.1.32');
    git(at.repo, 'commit', '-qam', 'Move prod-w-2');
    const r = await apply(at);
    expect(r.code).toBe(1);
    expect(r.out).toContain('prod-w-2: unreachable');
    expect(sim!.events.filter((e) => e.type === 'apply')).toEqual([]);
  }, 60_000);
});
