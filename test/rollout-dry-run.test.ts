/**
 * `--dry-run` changes no node (configs read back through the API), shows each node's own dry-run
 * answer with secrets redacted; clusters that do not allow reboots are stopped before any node is
 * touched; renders without secrets are never applied; and `talos-gitops apply` end to end.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type OverlayFleet, repoRoot, simulateOverlay, sizedClusterFiles } from '../bench/rollout-fleet.js';
import { runCli } from '../src/cli/main.js';
import { TalosGitopsError } from '../src/errors.js';
import type { Fleet } from '../src/render/types.js';
import { formatRolloutReport, type RolloutReport, runRollout } from '../src/rollout/index.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { TalosClient } from '../src/talos/client.js';

const FAST = { pollInitialMs: 5, pollMaxMs: 25, callTimeoutMs: 3_000, healthTimeoutMs: 8_000 };
const STAGES = ['staging', 'production'];
const REBOOT_CHANGE = {
  'clusters/shared/patches/sysctls.yaml':
    'machine:\n  sysctls:\n    vm.max_map_count: "262144"\n  env:\n    ROLLOUT_TEST: "1"\n',
};
/** A change next to machine.ca in the config, so the diff's context lines hold secrets. */
const NEAR_SECRETS = {
  'clusters/shared/patches/sysctls.yaml':
    'machine:\n  certSANs: [talos.example.com]\n  env:\n    ROLLOUT_TEST: "1"\n  sysctls:\n    vm.max_map_count: "262144"\n',
};
const LIVE_CHANGE = {
  'clusters/shared/patches/sysctls.yaml': 'machine:\n  sysctls:\n    vm.max_map_count: "524288"\n',
};

let h: OverlayFleet | undefined;
afterEach(async () => {
  await h?.sim.stop();
  h = undefined;
});

const nodesOf = (r: RolloutReport) => r.stages.flatMap((s) => s.clusters.flatMap((c) => c.nodes));
const changed = (fleet: OverlayFleet) =>
  fleet.sim.events.filter((e) => ['apply', 'reboot-start', 'upgrade-start'].includes(e.type));

function expectNoSecrets(registry: SecretRegistry, outputs: string[]): void {
  const secrets = registry.all().filter((s) => s.length >= 6);
  expect(secrets.length).toBeGreaterThan(50);
  for (const out of outputs)
    for (const s of secrets) if (out.includes(s)) throw new Error(`secret leaked: ${s.slice(0, 4)}…`);
}

/** Every node's running config, read back through the Talos API. */
async function runningConfigs(fleet: OverlayFleet, rendered: Fleet): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const c of rendered.clusters) {
    const client = TalosClient.fromTalosconfig(fleet.sim.talosconfig, { context: c.name });
    try {
      for (const n of c.nodes) out.set(`${c.name}/${n.name}`, await client.getMachineConfig(n.address));
    } finally {
      client.close();
    }
  }
  return out;
}

describe('dry run', () => {
  it('plans every node with its own dry-run mode and redacted diff, and changes nothing', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), rebootMs: 20 });
    const before = await runningConfigs(h, h.live);
    const desired = await h.render(NEAR_SECRETS);
    const report = await runRollout({
      fleet: desired,
      talosconfig: h.sim.talosconfig,
      kubernetes: { endpoints: h.sim.kubernetesEndpoints },
      stagesOrder: STAGES,
      dryRun: true,
      registry: h.registry,
      timing: FAST,
    });
    expect(report).toMatchObject({ dryRun: true, status: 'succeeded' });
    expect(report.stages.map((s) => s.status)).toEqual(['planned', 'planned']);
    for (const n of nodesOf(report)) {
      expect(n).toMatchObject({
        status: 'planned',
        action: 'config',
        touched: false,
        dryRun: { mode: 'reboot' },
      });
      expect(n.dryRun!.diff).toMatch(/^\+\s+ROLLOUT_TEST: "1"$/m);
      expect(n.impacts).toEqual(['reboot']);
    }
    // secrets in the diff's context lines are redacted
    expect(nodesOf(report).every((n) => /^ \s+crt: <redacted>$/m.test(n.dryRun!.diff))).toBe(true);
    expect(changed(h)).toEqual([]);
    expect(h.sim.events.filter((e) => e.type === 'dry-run')).toHaveLength(10);
    expect(await runningConfigs(h, h.live)).toEqual(before);
    const outputs = (['text', 'json', 'markdown'] as const).map((f) =>
      formatRolloutReport(report, f, h!.registry),
    );
    expect(outputs[0]).toContain('Dry run: 10 node(s) would change');
    expect(outputs[2]).toContain('dry-run diff (secrets redacted)');
    expectNoSecrets(h.registry, outputs);
  });

  it('plans every stage even past one that would halt, and says it would halt', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      rebootMs: 20,
      faults: { '10.0.0.21': { 'apply-rejected': true } },
    });
    const desired = await h.render(REBOOT_CHANGE);
    const report = await runRollout({
      fleet: desired,
      talosconfig: h.sim.talosconfig,
      kubernetes: { endpoints: h.sim.kubernetesEndpoints },
      stagesOrder: STAGES,
      dryRun: true,
      registry: h.registry,
      timing: FAST,
    });
    expect(report.status).toBe('failed');
    expect(report.stages.map((s) => s.status)).toEqual(['failed', 'planned']);
    expect(report.halted).toMatchObject({ cluster: 'staging', node: 'stg-w-1' });
    expect(changed(h)).toEqual([]);
  });
});

describe('reboots not allowed', () => {
  const shape = { name: 'strict', controlPlanes: 3, workers: 2, maxParallel: 1, allowReboots: false };

  it('stops before touching any node when a change needs a reboot', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['strict'],
      overrides: sizedClusterFiles(shape),
      rebootMs: 20,
    });
    const desired = await h.render(
      sizedClusterFiles({ ...shape, patch: { machine: { env: { STRICT: '1' } } } }),
    );
    const report = await runRollout({
      fleet: desired,
      talosconfig: h.sim.talosconfig,
      kubernetes: { endpoints: h.sim.kubernetesEndpoints },
      registry: h.registry,
      timing: FAST,
    });
    expect(report.status).toBe('failed');
    const cluster = report.stages[0]!.clusters[0]!;
    expect(cluster.status).toBe('failed');
    for (const n of cluster.nodes) {
      expect(n).toMatchObject({ status: 'failed', touched: false });
      expect(n.reason).toMatch(
        /needs a reboot \(machine\.env\), and this cluster does not allow reboots .*\(node not touched\)/,
      );
    }
    expect(changed(h)).toEqual([]);
  });

  it('applies a live change with an explicit NO_REBOOT mode', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['strict'],
      overrides: sizedClusterFiles(shape),
      rebootMs: 20,
    });
    const desired = await h.render({ ...sizedClusterFiles(shape), ...LIVE_CHANGE });
    const report = await runRollout({
      fleet: desired,
      talosconfig: h.sim.talosconfig,
      kubernetes: { endpoints: h.sim.kubernetesEndpoints },
      registry: h.registry,
      timing: FAST,
    });
    expect(report.status).toBe('succeeded');
    for (const n of nodesOf(report)) {
      expect(n).toMatchObject({
        status: 'applied',
        rebooted: false,
        applyMode: { requested: 'no-reboot', used: 'no-reboot' },
      });
    }
    expect(
      h.sim.events.filter((e) => e.type === 'apply').every((e) => e.detail === 'no-reboot -> no-reboot'),
    ).toBe(true);
    expect(h.sim.events.filter((e) => e.type === 'reboot-start')).toEqual([]);
  });

  it('refuses a Talos upgrade, which always reboots', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      clusters: ['strict'],
      overrides: sizedClusterFiles(shape),
      rebootMs: 20,
    });
    const desired = await h.render(sizedClusterFiles({ ...shape, talosVersion: 'v1.13.10' }));
    const report = await runRollout({
      fleet: desired,
      talosconfig: h.sim.talosconfig,
      kubernetes: { endpoints: h.sim.kubernetesEndpoints },
      registry: h.registry,
      timing: FAST,
    });
    expect(report.status).toBe('failed');
    expect(nodesOf(report)[0]!.reason).toMatch(
      /needs a Talos upgrade v1.13.9 → v1.13.10, which reboots the node/,
    );
    expect(changed(h)).toEqual([]);
  });
});

describe('refusals before anything starts', () => {
  it('never applies a render made without secrets', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), clusters: ['staging'], rebootMs: 20 });
    const desired = await h.render(REBOOT_CHANGE);
    desired.clusters[0]!.hidden.push(
      'clusters/staging/secrets.sops.yaml (secrets bundle; no key to decrypt it here)',
    );
    const report = await runRollout({
      fleet: desired,
      talosconfig: h.sim.talosconfig,
      kubernetes: { endpoints: h.sim.kubernetesEndpoints },
      registry: h.registry,
      timing: FAST,
    });
    expect(report.stages[0]!.clusters[0]).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/rendered without its secrets/),
    });
    expect(h.sim.events.filter((e) => e.type === 'apply' || e.type === 'dry-run')).toEqual([]);
  });

  it('needs the stage order when clusters span several stages, and every stage in it', async () => {
    h = await simulateOverlay({ registry: new SecretRegistry(), rebootMs: 20 });
    const run = (stagesOrder?: string[]) =>
      runRollout({
        fleet: h!.live,
        talosconfig: h!.sim.talosconfig,
        kubernetes: { endpoints: h!.sim.kubernetesEndpoints },
        stagesOrder,
        registry: h!.registry,
        timing: FAST,
      });
    await expect(run()).rejects.toThrow(TalosGitopsError);
    await expect(run()).rejects.toThrow(/several stages \(production, staging\)/);
    await expect(run(['staging'])).rejects.toThrow(/stage production is not in the stages order \(staging\)/);
    expect((await run(['staging', 'production'])).status).toBe('succeeded');
  });
});

describe('talos-gitops apply', () => {
  function cli() {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
      isTTY: false,
      env: { SOPS_AGE_KEY_FILE: path.join(repoRoot(), 'clusters/demo-age-key.txt') },
      cwd: repoRoot(),
    };
    return { io, out, err };
  }

  it('dry-runs and then rolls the work tree out onto a fleet running something else', async () => {
    // The simulated nodes run a changed render; the work tree is what apply rolls back out.
    h = await simulateOverlay({ registry: new SecretRegistry(), overrides: REBOOT_CHANGE, rebootMs: 20 });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'talos-gitops-apply-')), 'talosconfig');
    await h.sim.writeTalosconfig(file);
    await h.sim.writeKubeconfig(`${file}.kube`);
    const before = await runningConfigs(h, h.live);

    const dry = cli();
    const args = [
      'apply',
      '--talosconfig',
      file,
      '--kubeconfig',
      `${file}.kube`,
      '--stages',
      'staging,production',
    ];
    expect(await runCli([...args, '--dry-run'], dry.io)).toBe(0);
    expect(dry.out.join('')).toMatch(/^Dry run: 10 node\(s\) would change/);
    expect(dry.out.join('')).toMatch(/^\s+-\s+ROLLOUT_TEST: "1"$/m);
    expect(dry.err.join('')).toMatch(/dry run: succeeded/);
    expect(await runningConfigs(h, h.live)).toEqual(before);
    expect(changed(h)).toEqual([]);

    const real = cli();
    expect(await runCli([...args, '--format', 'json'], real.io)).toBe(0);
    const report = JSON.parse(real.out.join('')) as RolloutReport;
    expect(report.status).toBe('succeeded');
    expect(nodesOf(report).every((n) => n.status === 'applied')).toBe(true);
    expect(real.err.join('')).toMatch(/production\/prod-cp-\d: applied in/);
    const original = readFileSync(path.join(repoRoot(), 'clusters/shared/patches/sysctls.yaml'), 'utf8');
    expect(original).not.toContain('ROLLOUT_TEST');
    for (const config of (await runningConfigs(h, h.live)).values())
      expect(config).not.toContain('ROLLOUT_TEST');

    const secrets = new SecretRegistry();
    secrets.addAll(h.registry.all());
    expectNoSecrets(secrets, [...dry.out, ...dry.err, ...real.out, ...real.err]);
  });

  it('exits 1 when the rollout halts', async () => {
    h = await simulateOverlay({
      registry: new SecretRegistry(),
      overrides: REBOOT_CHANGE,
      rebootMs: 20,
      faults: { '10.0.1.11': { unreachable: true } },
    });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'talos-gitops-apply-')), 'talosconfig');
    await h.sim.writeTalosconfig(file);
    const run = cli();
    expect(await runCli(['apply', '--talosconfig', file, '--cluster', 'production'], run.io)).toBe(1);
    expect(run.out.join('')).toMatch(/Rollout halted/);
    expect(run.out.join('')).toMatch(/preflight: prod-cp-1: unreachable/);
  });
});
