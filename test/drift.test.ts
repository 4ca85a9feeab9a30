/**
 * `talos-gitops drift` on the simulated fleet: read-only, every node's running config and Talos
 * version against the render of the checked-out commit. A change made by hand on one node (as with
 * `talosctl apply-config` outside Git) shows as drift with a redacted diff; nothing is changed; once
 * the node runs what Git says again, drift reports it in sync.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import type { SimulatedFleet } from '../src/simulator/index.js';
import { type ExampleFleet, exampleFleetRunning } from './helpers/example-fleet.js';
import { captureIo } from './helpers/io.js';
import { DEMO_KEY_FILE, exampleSecrets, leaks } from './helpers/repo.js';

let x: ExampleFleet;
let repo: string;
let talosconfig: string;
let sim: SimulatedFleet;
let secrets: string[];

beforeAll(async () => {
  x = await exampleFleetRunning();
  ({ repo, talosconfig, sim } = x);
  secrets = await exampleSecrets(repo);
});

afterAll(() => x?.stop());

async function drift(...extra: string[]) {
  const io = captureIo(repo, { SOPS_AGE_KEY_FILE: DEMO_KEY_FILE });
  const code = await runCli(['drift', '--talosconfig', talosconfig, ...extra], io);
  return { code, out: io.stdout, err: io.stderr };
}

const byHand: ExampleFleet['byHand'] = (...a) => x.byHand(...a);

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
