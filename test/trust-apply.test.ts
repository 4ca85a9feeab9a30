/**
 * Hostile corpus, apply re-checks: `apply` judges what it rolls out by the findings plan and validate
 * report. On a simulated fleet (real gRPC + mTLS on loopback) a cluster whose render has an unwaived
 * error finding is refused with nothing of it touched, while a clean cluster of an earlier stage rolls
 * out; a waived finding does not refuse.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderFleet } from '../src/render/render.js';
import { gitRefFiles } from '../src/repo/files.js';
import type { RolloutReport } from '../src/rollout/index.js';
import { simulatedClusterSpecs } from '../src/rollout/simulated-fleet.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { engineHooks } from '../src/simulator/engine-hooks.js';
import { type SimulatedFleet, startSimulatedFleet } from '../src/simulator/index.js';
import { cli, scratchDir, scratchRepo, TEAM_RULE } from './helpers/hostile.js';
import { demoIdentities, edit } from './helpers/repo.js';

let fleet: SimulatedFleet | undefined;
afterEach(async () => {
  await fleet?.stop();
  fleet = undefined;
});

/** A simulated fleet running the committed render of `dir`; returns the flags that reach it. */
async function simulate(dir: string): Promise<string[]> {
  const files = gitRefFiles(dir, 'HEAD');
  const identities = await demoIdentities();
  const registry = new SecretRegistry();
  const rendered = await renderFleet({ files, identities, registry });
  fleet = await startSimulatedFleet({
    clusters: await simulatedClusterSpecs(rendered.fleet, { files, identities, registry }),
    rebootMs: 30,
    hooks: engineHooks,
  });
  const out = scratchDir();
  await fleet.writeTalosconfig(path.join(out, 'talosconfig'));
  await fleet.writeKubeconfig(path.join(out, 'kubeconfig'));
  return ['--talosconfig', path.join(out, 'talosconfig'), '--kubeconfig', path.join(out, 'kubeconfig')];
}

describe('apply re-checks the findings', () => {
  it('refuses a cluster with an unwaived error and touches none of its nodes', async () => {
    const dir = scratchRepo();
    const reach = await simulate(dir);
    mkdirSync(path.join(dir, 'policies'));
    writeFileSync(path.join(dir, 'policies/team.yaml'), TEAM_RULE);
    edit(dir, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 150', 'maxPods: 200'));
    const before = new Map(fleet!.nodes().map((n) => [`${n.cluster}/${n.name}`, n.config]));

    const r = await cli(dir, ['apply', ...reach, '--stages', 'staging,production', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /cluster production: refused before any node was touched: \d+ unwaived error findings?/,
    );
    const report = JSON.parse(r.stdout) as RolloutReport;
    const production = report.stages.find((s) => s.name === 'production')!.clusters[0]!;
    expect(production.status).toBe('failed');
    expect(production.reason).toMatch(/team\/max-pods on prod-/);
    expect(production.nodes.every((n) => !n.touched)).toBe(true);
    expect(report.stages.find((s) => s.name === 'staging')!.clusters[0]!.status).toBe('done');
    for (const n of fleet!.nodes()) {
      const changed = n.config !== before.get(`${n.cluster}/${n.name}`);
      expect(changed, `${n.cluster}/${n.name}`).toBe(n.cluster === 'staging');
      if (n.cluster === 'production') expect(n.applyHistory).toEqual([]);
    }
  });

  it('a waived finding does not refuse; a dry run says what would be refused', async () => {
    const dir = scratchRepo();
    const reach = await simulate(dir);
    mkdirSync(path.join(dir, 'policies'));
    writeFileSync(path.join(dir, 'policies/team.yaml'), TEAM_RULE);
    edit(dir, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 150', 'maxPods: 200'));
    const dry = await cli(dir, ['apply', ...reach, '--stages', 'staging,production', '--dry-run']);
    expect(dry.code).toBe(1);
    expect(dry.stdout + dry.stderr).toMatch(/refused before any node was touched/);
    edit(dir, 'clusters/production/cluster.yaml', (t) =>
      t.replace('rollout:', 'waivers:\n  - policy: team/max-pods\n    reason: load test week\nrollout:'),
    );
    const r = await cli(dir, ['apply', ...reach, '--stages', 'staging,production', '--format', 'json']);
    expect(r.stderr).not.toMatch(/refused/);
    expect(r.code).toBe(0);
    expect(fleet!.nodes().filter((n) => n.cluster === 'production' && n.applyHistory.length > 0).length).toBe(
      7,
    );
  });
});
