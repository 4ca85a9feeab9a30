/**
 * `talos-gitops drift` on the simulated fleet: read-only, every node's running config and Talos
 * version against the render of the checked-out commit. A change made by hand on one node (as with
 * `talosctl apply-config` outside Git) shows as drift with a redacted diff; nothing is changed; once
 * the node runs what Git says again, drift reports it in sync.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { renderFleet } from '../src/render/render.js';
import type { Fleet } from '../src/render/types.js';
import { workTreeFiles } from '../src/repo/files.js';
import { simulatedClusterSpecs } from '../src/rollout/index.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { engineHooks } from '../src/simulator/engine-hooks.js';
import { type SimulatedFleet, startSimulatedFleet } from '../src/simulator/index.js';
import { TalosClient } from '../src/talos/client.js';
import { captureIo } from './helpers/io.js';
import { DEMO_KEY_FILE, demoIdentities, exampleRepo, exampleSecrets, leaks } from './helpers/repo.js';

let sim: SimulatedFleet;
let repo: string;
let tmp: string;
let talosconfig: string;
let fleet: Fleet;
let secrets: string[];

beforeAll(async () => {
  repo = exampleRepo();
  const registry = new SecretRegistry();
  const identities = await demoIdentities();
  const files = workTreeFiles(repo);
  fleet = (await renderFleet({ files, identities, registry })).fleet;
  sim = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(fleet, { files, identities, registry }),
    rebootMs: 20,
    hooks: engineHooks,
  });
  tmp = mkdtempSync(path.join(tmpdir(), 'talos-gitops-drift-'));
  talosconfig = path.join(tmp, 'talosconfig');
  await sim.writeTalosconfig(talosconfig);
  secrets = await exampleSecrets(repo);
});

afterAll(async () => {
  await sim?.stop();
  rmSync(tmp, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

async function drift(...extra: string[]) {
  const io = captureIo(repo, { SOPS_AGE_KEY_FILE: DEMO_KEY_FILE });
  const code = await runCli(['drift', '--talosconfig', talosconfig, ...extra], io);
  return { code, out: io.stdout, err: io.stderr };
}

/** Applies a config to a node the way someone would by hand, outside Git. */
async function byHand(cluster: string, node: string, edit: (text: string) => string) {
  const n = fleet.clusters.find((c) => c.name === cluster)!.nodes.find((x) => x.name === node)!;
  const client = TalosClient.fromTalosconfig(sim.talosconfig, { context: cluster });
  try {
    await client.applyConfiguration(n.address, edit(n.text), { mode: 'no-reboot' });
  } finally {
    client.close();
  }
}

describe('talos-gitops drift', () => {
  it('reports a fleet that runs what Git says as in sync (exit 0)', async () => {
    const r = await drift();
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Drift: all 10 nodes run what Git says.');
  });

  it('finds a change made by hand: exit 2, the node named, a redacted diff from Git to what it runs', async () => {
    await byHand('production', 'prod-w-3', (t) =>
      t.replace('net.core.somaxconn: "65535"', 'net.core.somaxconn: "1024"'),
    );
    const applies = sim.events.filter((e) => e.type === 'apply').length;
    const r = await drift();
    expect(r.code).toBe(2);
    expect(r.out.split('\n')[0]).toBe('Drift: 1 of 10 nodes runs something Git does not say.');
    expect(r.out).toContain('  prod-w-3: its config differs from Git');
    expect(r.out).toContain('--- git/production/prod-w-3.yaml');
    expect(r.out).toContain('+++ live/production/prod-w-3.yaml');
    expect(r.out).toContain('-        net.core.somaxconn: "65535"');
    expect(r.out).toContain('+        net.core.somaxconn: "1024"');
    expect(leaks(r.out, secrets)).toEqual([]);
    // read-only: nothing was applied
    expect(sim.events.filter((e) => e.type === 'apply').length).toBe(applies);

    const md = await drift('--format', 'markdown');
    expect(md.code).toBe(2);
    expect(md.out.split('\n')[0]).toBe('### ⚠️ Talos drift: 1 of 10 nodes runs something Git does not say');
    expect(md.out).toContain(
      '<details open><summary>⚠️ <b>prod-w-3</b> · production · its config differs from Git</summary>',
    );
    expect(md.out).toContain('A drifted node runs something Git never had');
    const json = JSON.parse((await drift('--format', 'json')).out);
    expect(json.status).toBe('drift');
    expect(leaks(md.out + JSON.stringify(json), secrets)).toEqual([]);
  });

  it('sees a node that does not answer as a failure (exit 1), not as in sync', async () => {
    const node = sim.nodes().find((n) => n.name === 'stg-w-2')!;
    node.setFault('unreachable');
    try {
      const r = await drift('--cluster', 'staging');
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/stg-w-2: could not be read: .*unreachable/);
    } finally {
      node.clearFault('unreachable');
    }
  });

  it('is in sync again once the node runs what Git says', async () => {
    await byHand('production', 'prod-w-3', (t) => t);
    const r = await drift();
    expect(r.code).toBe(0);
  });
});
