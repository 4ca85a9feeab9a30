/**
 * The pieces around the rollout that need no fleet: worker parallelism (count and percentage), stage
 * order, polling backoff, failure reasons without Talos's embedded diffs, the report renderers
 * (markdown degrading to fit GitHub's limit), progress reporters, and the engine-backed simulator hooks.
 */
import { describe, expect, it } from 'vitest';
import type { RenderedCluster } from '../src/render/types.js';
import { pollUntil } from '../src/rollout/clock.js';
import { describeFailure, scrubDetail } from '../src/rollout/failure.js';
import {
  type Clock,
  type ClusterReport,
  formatRolloutReport,
  lineProgress,
  MARKDOWN_LIMIT,
  type NodeReport,
  orderStages,
  ROLLOUT_REPORT_MARKER,
  type RolloutEvent,
  type RolloutReport,
  rolloutExitCode,
  terminalProgress,
  workerParallelism,
} from '../src/rollout/index.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { engineNeedsReboot, engineValidate } from '../src/simulator/engine-hooks.js';
import { TalosApiError } from '../src/talos/api-error.js';

describe('scheduling rules', () => {
  it('workers out at once: a count, or a percentage of all workers rounded down, never below one', () => {
    expect(workerParallelism(2, 4)).toBe(2);
    expect(workerParallelism('3', 12)).toBe(3);
    expect(workerParallelism('25%', 12)).toBe(3);
    expect(workerParallelism('25%', 8)).toBe(2);
    expect(workerParallelism('25%', 3)).toBe(1);
    expect(workerParallelism('50%', 2)).toBe(1);
    expect(workerParallelism('100%', 5)).toBe(5);
    expect(workerParallelism(0, 5)).toBe(1);
    expect(() => workerParallelism('a few', 5)).toThrow(/not a count or a percentage/);
  });

  it('stages follow the given order; several stages need one', () => {
    const c = (name: string, stage: string) => ({ name, stage }) as RenderedCluster;
    const fleet = [c('prod-eu', 'production'), c('stg', 'staging'), c('prod-us', 'production')];
    expect(
      orderStages(fleet, ['staging', 'production']).map((g) => [g.stage, g.clusters.map((x) => x.name)]),
    ).toEqual([
      ['staging', ['stg']],
      ['production', ['prod-eu', 'prod-us']],
    ]);
    expect(orderStages(fleet, ['dev', 'staging', 'staging', 'production']).map((g) => g.stage)).toEqual([
      'staging',
      'production',
    ]);
    expect(orderStages([c('a', 'one')]).map((g) => g.stage)).toEqual(['one']);
    expect(() => orderStages(fleet)).toThrow(/several stages/);
    expect(() => orderStages(fleet, ['production'])).toThrow(/stage staging is not in the stages order/);
  });
});

describe('polling', () => {
  function fakeClock(): Clock & { sleeps: number[] } {
    let t = 0;
    const sleeps: number[] = [];
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    };
    return { sleeps, now: () => t, sleep };
  }
  const timing = { pollInitialMs: 100, pollMaxMs: 1000, pollFactor: 2 };

  it('backs off up to the maximum, and starts small again when what it sees changes', async () => {
    const clock = fakeClock();
    const states = ['down', 'down', 'down', 'down', 'down', 'down', 'up', 'up', 'up'];
    let i = 0;
    const r = await pollUntil(
      async () =>
        i < states.length
          ? { done: false, state: states[i++]!, problems: [states[i - 1]!] }
          : { done: true, value: 'ok' },
      { timeoutMs: 60_000, clock, timing },
    );
    expect(r).toMatchObject({ ok: true, value: 'ok' });
    expect(clock.sleeps).toEqual([100, 200, 400, 800, 1000, 1000, 100, 200, 400]);
  });

  it('gives up at the deadline with the last problems', async () => {
    const clock = fakeClock();
    const r = await pollUntil(async () => ({ done: false, state: 'x', problems: ['kubelet unhealthy'] }), {
      timeoutMs: 1000,
      clock,
      timing,
    });
    expect(r).toMatchObject({ ok: false, problems: ['kubelet unhealthy'], elapsedMs: 1000 });
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBe(1000);
  });
});

describe('failure reasons', () => {
  it('drop the config diff Talos embeds in an error, fold lines, and redact', () => {
    const registry = new SecretRegistry();
    registry.add('s3cr3t-token-value');
    const err = new TalosApiError({
      kind: 'invalid-config',
      node: '10.0.0.21',
      method: 'ApplyConfiguration',
      endpoint: '127.0.0.1:50000',
      detail:
        "this config change can't be applied in immediate mode\ndiff:\n--- a\n+++ b\n-  token: s3cr3t-token-value\n+  token: other",
      summary: 'the change needs a reboot',
      needsReboot: true,
    });
    const text = describeFailure(err, registry);
    expect(text).toBe(
      "ApplyConfiguration on node 10.0.0.21 (via 127.0.0.1:50000): the change needs a reboot: this config change can't be applied in immediate mode",
    );
    expect(scrubDetail('1 error occurred:\n\t* machine.type: unknown\n\n')).toBe(
      '1 error occurred:; machine.type: unknown',
    );
    expect(describeFailure(new Error('token s3cr3t-token-value refused'), registry)).toBe(
      'token <redacted> refused',
    );
  });
});

function nodeReport(cluster: string, i: number, status: NodeReport['status'], diff?: string): NodeReport {
  return {
    cluster,
    name: `${cluster}-node-${i}`,
    address: `10.0.${i >> 8}.${i & 255}`,
    role: i < 3 ? 'controlplane' : 'worker',
    status,
    action: status === 'unchanged' ? 'none' : 'config',
    talosVersion: { from: 'v1.13.9', to: 'v1.13.9' },
    kubernetesVersion: { from: 'v1.36.3', to: 'v1.36.3' },
    impacts: ['reboot'],
    applyMode: status === 'applied' ? { requested: 'auto', used: 'reboot' } : undefined,
    rebooted: status === 'applied',
    touched: status === 'applied' || status === 'failed',
    reason: status === 'failed' ? 'not healthy within 10m' : undefined,
    ...(status === 'failed'
      ? { detail: 'ServiceList on node 10.0.0.5: service kubelet Running, unhealthy | really' }
      : {}),
    notes: i === 2 ? ['etcd leadership forfeited to x-node-1'] : [],
    ...(diff ? { dryRun: { mode: 'reboot', diff } } : {}),
    startedAt: '2026-01-01T00:00:00.000Z',
    endedAt: '2026-01-01T00:01:00.000Z',
    durationMs: 60_000,
  };
}

function report(
  clusters: number,
  nodes: number,
  opts: { diff?: string; failAt?: number; dryRun?: boolean } = {},
): RolloutReport {
  const cs: ClusterReport[] = [];
  for (let c = 0; c < clusters; c++) {
    const name = `cluster-${c}`;
    const failed = opts.failAt === c;
    const after = opts.failAt !== undefined && c > opts.failAt;
    const status = opts.dryRun ? 'planned' : after ? 'not-reached' : failed ? 'failed' : 'done';
    cs.push({
      name,
      stage: c < 2 ? 'staging' : 'production',
      status,
      reason: failed ? `${name}-node-5: not healthy within 10m` : undefined,
      preflight: [],
      nodes: Array.from({ length: nodes }, (_, i) =>
        nodeReport(
          name,
          i,
          opts.dryRun
            ? 'planned'
            : after
              ? 'not-reached'
              : failed && i === 5
                ? 'failed'
                : failed && i > 5
                  ? 'not-reached'
                  : i % 4 === 0
                    ? 'unchanged'
                    : 'applied',
          opts.diff,
        ),
      ),
      durationMs: 120_000,
    });
  }
  return {
    version: 1,
    dryRun: opts.dryRun ?? false,
    status: opts.failAt === undefined ? 'succeeded' : 'failed',
    ...(opts.failAt !== undefined
      ? {
          halted: {
            stage: 'production',
            cluster: `cluster-${opts.failAt}`,
            node: `cluster-${opts.failAt}-node-5`,
            reason: 'not healthy within 10m',
            resumeFrom: `cluster-${opts.failAt}-node-5`,
          },
        }
      : {}),
    stages: [
      { name: 'staging', status: 'done', clusters: cs.filter((c) => c.stage === 'staging') },
      {
        name: 'production',
        status: opts.failAt === undefined ? 'done' : 'failed',
        clusters: cs.filter((c) => c.stage === 'production'),
      },
    ],
    startedAt: '2026-01-01T00:00:00.000Z',
    endedAt: '2026-01-01T00:10:00.000Z',
    durationMs: 600_000,
  };
}

describe('report renderers', () => {
  it('text names the halt, every node with its status, mode, timing, reason and notes', () => {
    const r = report(3, 8, { failAt: 2 });
    const text = formatRolloutReport(r, 'text');
    expect(text.split('\n')[0]).toBe(
      'Rollout halted after 10m: 15 applied, 0 upgraded, 6 unchanged, 1 failed, 2 not reached, 0 skipped (unhealthy cluster).',
    );
    expect(text).toContain(
      [
        'Halted: cluster-2-node-5 (cluster-2) failed: not healthy within 10m.',
        'Fix the cause, then run the same apply again to resume from cluster-2-node-5: nodes already converged are skipped, and nothing after the halt was started.',
        'Detail: ServiceList on node 10.0.0.5: service kubelet Running, unhealthy | really',
      ].join('\n'),
    );
    // the failure is stated once: the cluster line and the node's row point at it
    expect(text.match(/not healthy within 10m/g)).toHaveLength(1);
    expect(text).toContain('  cluster cluster-2: failed at cluster-2-node-5 (3 done, 2 not started) (2m)');
    expect(text).toMatch(/cluster-0-node-3 +worker +applied +config +auto → reboot +1m/);
    expect(text).toContain('note: etcd leadership forfeited to x-node-1');
    expect(rolloutExitCode(r)).toBe(1);
    expect(rolloutExitCode(report(1, 3))).toBe(0);
  });

  it('json is the report itself', () => {
    const r = report(2, 3);
    expect(JSON.parse(formatRolloutReport(r, 'json'))).toEqual(JSON.parse(JSON.stringify(r)));
  });

  it('markdown: marker, summary table, a section per cluster with escaped cells, diffs in fences', () => {
    const md = formatRolloutReport(
      report(3, 6, { failAt: 2, diff: '--- a\n+++ b\n-x: ```\n+x: 2\n' }),
      'markdown',
    );
    expect(
      md.startsWith(`${ROLLOUT_REPORT_MARKER}\n### Talos rollout: ❌ halted at cluster-2/cluster-2-node-5\n`),
    ).toBe(true);
    expect(md).toContain(
      '> **cluster-2-node-5 (cluster-2) failed: not healthy within 10m.**\n>\n> Fix the cause, then re-run the job to resume from cluster-2-node-5: nodes already converged are skipped, and nothing after the halt was started.',
    );
    // the Talos API's own words are folded, once
    expect(md).toContain('<details><summary>What the Talos API answered</summary>');
    expect(md.match(/unhealthy \| really/g)).toHaveLength(1);
    expect(md.match(/not healthy within 10m/g)).toHaveLength(1);
    expect(md).toContain('| production | cluster-2 | ❌ failed at cluster-2-node-5 (3 done) | 2m |');
    expect(md).toContain('<details open><summary><b>cluster-2</b>');
    expect(md).toContain('| the halt (see above) |');
    expect(md).toContain('````diff\n--- a');
    // the same diff on every node of a cluster is shown once per cluster
    expect(md.match(/````diff/g)).toHaveLength(3);
    expect(md).toContain('<summary>6 nodes (cluster-0-node-0, cluster-0-node-1,');
    const text = formatRolloutReport(report(1, 3, { diff: '+x: 1\n', dryRun: true }), 'text');
    expect(text.match(/\+x: 1/g)).toHaveLength(1);
    expect(text).toContain('same diff as cluster-0-node-0');
  });

  it('says why a cluster was not rolled, never "0 changed"', () => {
    const r = report(3, 4, { failAt: 1 });
    const skipped = r.stages[0]!.clusters[1]!;
    Object.assign(skipped, {
      status: 'skipped-unhealthy',
      reason: 'preflight: cluster-1-node-2: unreachable',
      preflight: ['cluster-1-node-2: unreachable: the node could not be reached (Version)'],
    });
    for (const n of skipped.nodes)
      Object.assign(n, { status: 'skipped-unhealthy-cluster', reason: undefined, detail: undefined });
    r.halted = { stage: 'staging', cluster: 'cluster-1', reason: 'preflight: cluster-1-node-2: unreachable' };
    const md = formatRolloutReport(r, 'markdown');
    expect(md).toContain('| staging | cluster-1 | ⚠️ skipped, nothing changed: preflight found a problem |');
    expect(md).toContain('| production | cluster-2 | ⏸️ not started: the rollout halted at cluster-1 first |');
    expect(md).toContain(
      '> **cluster-1 was left untouched: its preflight found cluster-1-node-2: unreachable.**',
    );
    expect(md).toContain('re-run the job to roll cluster-1 again');
    expect(md).toContain(
      '- preflight: cluster-1-node-2: unreachable: the node could not be reached (Version)',
    );
    expect(md).not.toMatch(/\| 0 \|/);
  });

  it('markdown drops detail, level by level, to stay under the comment limit', () => {
    const diff = Array.from({ length: 40 }, (_, i) => `+  line ${i}: ${'x'.repeat(60)}`).join('\n');
    const sizes = [
      report(2, 5, { diff, dryRun: true }),
      report(20, 40, { diff, dryRun: true }),
      report(60, 60, { failAt: 30 }),
      report(3000, 3),
    ].map((r) => formatRolloutReport(r, 'markdown'));
    for (const md of sizes) {
      expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
      expect(md.startsWith(ROLLOUT_REPORT_MARKER)).toBe(true);
    }
    expect(sizes[0]).toContain('dry-run diff (secrets redacted)');
    expect(sizes[0]).not.toContain('left out to fit');
    expect(sizes[1]).toContain('left out to fit');
    expect(sizes[1]).not.toContain('```diff');
    expect(sizes[3]).toMatch(/…and \d+ more cluster\(s\)/);
  });

  it('redacts with the registry when given one', () => {
    const registry = new SecretRegistry();
    registry.add('cluster-1-node-2');
    const r = report(2, 3);
    for (const f of ['text', 'json', 'markdown'] as const) {
      expect(formatRolloutReport(r, f, registry)).not.toContain('cluster-1-node-2');
    }
  });
});

describe('progress reporters', () => {
  const events = (at: number) =>
    [
      { type: 'rollout-start', at, dryRun: false, stages: ['prod'] },
      { type: 'cluster-start', at, cluster: 'prod', stage: 'prod', nodes: ['cp-1', 'w-1'] },
      {
        type: 'cluster-planned',
        at,
        cluster: 'prod',
        changes: [{ node: 'w-1', action: 'config' }],
        preflight: [],
      },
      { type: 'node-start', at: at + 100, cluster: 'prod', node: 'w-1', role: 'worker', action: 'config' },
      { type: 'node-step', at: at + 150, cluster: 'prod', node: 'w-1', step: 'apply', detail: 'auto' },
      {
        type: 'node-done',
        at: at + 2100,
        cluster: 'prod',
        node: 'w-1',
        status: 'failed',
        durationMs: 2000,
        reason: 'token hunter2-secret leaked?',
      },
      { type: 'cluster-done', at: at + 2100, cluster: 'prod', status: 'failed', reason: 'w-1 failed' },
    ] as unknown as RolloutEvent[];

  it('plain lines: one per event, timed from the start, redacted', () => {
    const registry = new SecretRegistry();
    registry.add('hunter2-secret');
    const out: string[] = [];
    const p = lineProgress((t) => out.push(t), { registry });
    for (const e of events(1_000)) p.onEvent(e);
    expect(out).toEqual([
      '[   0.0s] rollout: stages prod\n',
      '[   0.0s] prod: inspecting 2 node(s)\n',
      '[   0.0s] prod: to change: w-1 config\n',
      '[   0.1s] prod/w-1: config\n',
      '[   0.1s] prod/w-1: apply (auto)\n',
      '[   2.1s] prod/w-1: failed in 2.0s: token <redacted> leaked?\n',
      '[   2.1s] prod: failed: w-1 failed\n',
    ]);
  });

  it('terminal display: redraws one block in place', () => {
    const registry = new SecretRegistry();
    registry.add('hunter2-secret');
    const out: string[] = [];
    const p = terminalProgress((t) => out.push(t), { registry, now: () => 1_000 });
    for (const e of events(1_000)) p.onEvent(e);
    p.close?.();
    const all = out.join('');
    expect(all).toContain('\x1b[');
    expect(all).toContain('prod (prod): failed');
    expect(all).not.toContain('hunter2-secret');
    const last = out.at(-1)!;
    expect(last.startsWith('\x1b[')).toBe(true);
  });
});

describe('engine-backed simulator hooks', () => {
  const base = (extra = '') =>
    `version: v1alpha1\nmachine:\n    type: worker\n    token: abc.def\n${extra}cluster:\n    controlPlane:\n        endpoint: https://1.2.3.4:6443\n`;

  it('validate with the strict loader of the node contract', () => {
    expect(engineValidate(base(), 'v1.13.9')).toEqual([]);
    expect(engineValidate(base('    notAField: 1\n'), 'v1.13.9')[0]).toMatch(/notAField/);
    expect(engineValidate('kind: Nothing\n', 'v1.13.9')[0]).toMatch(/doesn't contain v1alpha1 config/);
  });

  it('decide reboots as Talos does up to 1.13, and never from 1.14', () => {
    const env = base('    env:\n        A: "1"\n');
    const sysctl = base('    sysctls:\n        a.b: "1"\n');
    expect(engineNeedsReboot(base(), env, 'v1.13.9')).toBe(true);
    expect(engineNeedsReboot(base(), sysctl, 'v1.13.9')).toBe(false);
    expect(engineNeedsReboot(base(), env, 'v1.14.0')).toBe(false);
  });
});
