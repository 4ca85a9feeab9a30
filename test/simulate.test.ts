/**
 * `talos-gitops simulate` as a child process: the CLI is bundled as the build does, started on the
 * example fleet, and its ready line read; then every node answers Version (and serves its rendered
 * config) through the talosconfig it wrote, `apply --dry-run` finds the fleet converged, faults given
 * on the command line take effect, and an interrupt stops it cleanly.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoIdentities, renderOverlay, repoRoot } from '../bench/rollout-fleet.js';
import { parseFaults } from '../src/cli/commands/simulate.js';
import type { Fleet } from '../src/render/types.js';
import type { RolloutReport } from '../src/rollout/index.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { TalosApiError } from '../src/talos/api-error.js';
import { TalosClient } from '../src/talos/client.js';
import { bundleCli } from './helpers/cli-bundle.js';

const root = repoRoot();
const work = mkdtempSync(path.join(tmpdir(), 'talos-gitops-simulate-'));
const cli = path.join(work, 'cli.js');
const env = { ...process.env, SOPS_AGE_KEY_FILE: path.join(root, 'clusters/demo-age-key.txt') };
let fleet: Fleet;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  await bundleCli(cli);
  fleet = (await renderOverlay({ registry: new SecretRegistry(), identities: await demoIdentities() })).fleet;
}, 60_000);

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Starts `simulate`, resolves with the process and its one ready line. */
function startSimulate(
  args: string[],
): Promise<{ child: ChildProcessWithoutNullStreams; line: string; stdout: () => string }> {
  const child = spawn(process.execPath, [cli, 'simulate', '--repo', root, ...args], { env, cwd: work });
  children.push(child);
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`simulate not ready in time; stderr: ${err}`)), 30_000);
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve({ child, line: out.slice(0, nl), stdout: () => out });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`simulate exited with ${code} before it was ready; stderr: ${err}`));
    });
  });
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, ...args], { env, cwd: work });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve),
  );

describe('talos-gitops simulate', () => {
  it('serves every node of the example fleet through the talosconfig it writes', async () => {
    const talosconfig = path.join(work, 'fleet.talosconfig');
    const { child, line, stdout } = await startSimulate(['--talosconfig', talosconfig, '--reboot-ms', '50']);
    expect(line).toBe(
      `simulated fleet ready: 2 cluster(s), 10 node(s) from work tree; talosconfig: ${talosconfig}`,
    );
    for (const cluster of fleet.clusters) {
      const client = await TalosClient.fromFile(talosconfig, { context: cluster.name });
      try {
        for (const node of cluster.nodes) {
          expect((await client.version(node.address)).tag).toBe(cluster.talosVersion);
          expect(await client.getMachineConfig(node.address)).toBe(node.text);
        }
      } finally {
        client.close();
      }
    }
    // The fleet runs the work tree's render, so a dry run finds every node converged.
    const dry = await run([
      'apply',
      '--repo',
      root,
      '--talosconfig',
      talosconfig,
      '--stages',
      'staging,production',
      '--dry-run',
      '--format',
      'json',
    ]);
    expect(dry.code).toBe(0);
    const report = JSON.parse(dry.stdout) as RolloutReport;
    expect(report.stages.flatMap((s) => s.clusters.map((c) => c.status))).toEqual(['unchanged', 'unchanged']);

    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(stdout().split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('applies the faults given on the command line', async () => {
    const talosconfig = path.join(work, 'faulty.talosconfig');
    const { child, line } = await startSimulate([
      '--talosconfig',
      talosconfig,
      '--cluster',
      'production',
      '--fault',
      'prod-w-1=unreachable',
      '--fault',
      'production/10.0.1.12=etcd-unhealthy',
    ]);
    expect(line).toMatch(/^simulated fleet ready: 1 cluster\(s\), 7 node\(s\), 2 with faults/);
    const client = await TalosClient.fromFile(talosconfig, { context: 'production', retries: 0 });
    try {
      const err = await client.version('10.0.1.21').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TalosApiError);
      expect((err as TalosApiError).kind).toBe('unreachable');
      expect((await client.etcdStatus('10.0.1.12')).errors[0]).toMatch(/unhealthy/);
    } finally {
      client.close();
    }
    const apply = await run([
      'apply',
      '--repo',
      root,
      '--talosconfig',
      talosconfig,
      '--cluster',
      'production',
    ]);
    expect(apply.code).toBe(1);
    expect(apply.stdout).toMatch(
      /cluster production: skipped, nothing changed: preflight found (a problem|\d+ problems)/,
    );
    expect(apply.stdout).toMatch(/preflight: prod-w-1: unreachable/);
    child.kill('SIGINT');
    expect(await exited(child)).toBe(0);
  });

  it('--from-scratch: every node in maintenance mode; apply brings the cluster up, a re-run changes nothing', async () => {
    const talosconfig = path.join(work, 'scratch.talosconfig');
    const endpoints = path.join(work, 'scratch.endpoints.json');
    const { child, line } = await startSimulate([
      '--talosconfig',
      talosconfig,
      '--cluster',
      'staging',
      '--from-scratch',
      '--maintenance-endpoints',
      endpoints,
      '--reboot-ms',
      '50',
    ]);
    expect(line).toMatch(/^simulated fleet ready: 1 cluster\(s\), 3 node\(s\) \(3 in maintenance mode\)/);
    const args = ['apply', '--repo', root, '--talosconfig', talosconfig, '--cluster', 'staging'];
    const apply = await run([...args, '--maintenance-endpoints', endpoints]);
    expect(apply.stderr).toContain('stg-cp-1: first-config');
    expect(apply.stdout).toContain('Rollout done');
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain('etcd bootstrapped on stg-cp-1');
    expect(apply.stdout).toMatch(/stg-w-2 +worker +joined +new: joins the cluster/);
    const again = await run([...args, '--maintenance-endpoints', endpoints]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('cluster staging: unchanged');
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  });

  it('refuses bad fault flags before starting anything', async () => {
    const result = await run([
      'simulate',
      '--repo',
      root,
      '--talosconfig',
      path.join(work, 'x'),
      '--fault',
      'nobody=unreachable',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--fault nobody=unreachable: no node nobody/);
  });
});

describe('fault flags', () => {
  it('name a node by name or address, optionally with its cluster, and take a value where one fits', () => {
    expect(
      parseFaults(
        [
          'prod-w-1=unreachable',
          'prod-w-1=slow-reboot:5',
          'staging/10.0.0.21=upgrade-fails:rollback',
          'stg-w-2=etcd-unhealthy:not-started',
          'prod-cp-1=apply-rejected:nope',
          'prod-cp-2=upgrade-fails',
          'prod-cp-3=slow-reboot',
        ],
        fleet.clusters,
      ),
    ).toEqual({
      'production/10.0.1.21': { unreachable: true, 'slow-reboot': 5 },
      'staging/10.0.0.21': { 'upgrade-fails': 'rollback' },
      'staging/10.0.0.22': { 'etcd-unhealthy': 'not-started' },
      'production/10.0.1.11': { 'apply-rejected': 'nope' },
      'production/10.0.1.12': { 'upgrade-fails': 'rpc' },
      'production/10.0.1.13': { 'slow-reboot': 10 },
    });
    expect(() => parseFaults(['prod-w-1=melted'], fleet.clusters)).toThrow(/unknown fault melted/);
    expect(() => parseFaults(['prod-w-1'], fleet.clusters)).toThrow(/expected NODE=KIND/);
    expect(() => parseFaults(['prod-w-1=unreachable:yes'], fleet.clusters)).toThrow(/takes no value/);
    expect(() => parseFaults(['prod-w-1=slow-reboot:0.5'], fleet.clusters)).toThrow(/factor/);
  });
});
