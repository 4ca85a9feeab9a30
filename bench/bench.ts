/**
 * `npm run bench`: whole-process figures for the fleet the issue is about, side by side in one run.
 *
 * The fleet is 100 clusters × 30 nodes (BENCH_CLUSTERS, BENCH_NODES), each cluster with its own
 * encrypted secrets bundle, in a real git repository. Every scenario runs as its own node process (the
 * CLI and action bundled from the current sources into build/bench/dist/, or those in BENCH_DIST),
 * BENCH_REPEAT times (default 2; the machine is shared, so ranges are quoted), with its wall time and
 * peak memory. The plans compared by a ratio run in turn, round after round, each just after its
 * branch is checked out (as in CI), so that a machine slowing down mid-bench slows both sides of a ratio:
 *
 * - render (`render`), against the floor: read, parse and print every rendered file with `yaml`;
 * - render and plan with one bundle shared by every cluster, against one bundle per cluster;
 * - validate (`validate`) of the fleet;
 * - plan (`plan --base main`, the work tree checked out at the change) with every node, one node and
 *   no node changed, the latter two against the first;
 * - cold start: `validate` on a one-node repository and the action's plan of a pull request on the
 *   example fleet, against `node -e 0`;
 * - rollout: a simulated 3 control plane + 100 worker cluster (maxParallel 10) rebooting every node, in
 *   process, Kubernetes-aware and Talos only, each against its ideal schedule (BENCH_ROLLOUT=0 skips
 *   it, BENCH_ONLY=rollout runs only it; with 10 s reboots it takes about five minutes).
 *
 * Every run is checked (exit status, files written, nodes changed), so a figure is never that of a
 * failing command.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { actionExample } from './action-example.js';
import { fleetChanges, syntheticFleet } from './fleet.js';
import { git, gitFleet } from './git-fleet.js';
import { type Range, type Run, Runner, range } from './measure.js';
import { repoRoot } from './rollout-fleet.js';

const CLUSTERS = Number(process.env.BENCH_CLUSTERS ?? 100);
const NODES = Number(process.env.BENCH_NODES ?? 30);
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 2));
const COLD_REPEAT = 5;

const project = repoRoot();
const built = path.join(project, 'build', 'bench');
// BENCH_DIST measures another build (e.g. a checkout's committed dist/, to compare with it)
const dist = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(built, 'dist');
const CLI = path.join(dist, 'cli.js');
const ACTION = path.join(dist, 'index.js');
const FLOOR = path.join(built, 'floor.js');

interface Row {
  name: string;
  wall?: Range;
  rss?: Range;
  ratio?: string;
  target?: string;
  ok?: boolean;
}

const rows: Row[] = [];

function check(run: Run, what: string, ok: (r: Run) => boolean): Run {
  if (!ok(run)) {
    throw new Error(
      `bench: ${what} did not do what it is measured for (exit ${run.code})\n${run.stderr.slice(0, 2000)}\n${run.stdout.slice(0, 2000)}`,
    );
  }
  return run;
}

type Measured = { wall: Range; rss: Range; runs: Run[] };

const measured = (runs: Run[]): Measured => ({
  wall: range(runs.map((r) => r.wallMs)),
  rss: range(runs.map((r) => r.rssMiB)),
  runs,
});

async function repeat(n: number, fn: () => Promise<Run>): Promise<Measured> {
  const runs: Run[] = [];
  for (let i = 0; i < n; i++) runs.push(await fn());
  return measured(runs);
}

/**
 * Scenarios compared by ratio, run in turn, round after round: a machine that slows down during the
 * bench slows them alike, instead of whichever came last.
 */
async function rounds<K extends string>(
  n: number,
  fns: Record<K, () => Promise<Run>>,
): Promise<Record<K, Measured>> {
  const runs = Object.fromEntries(Object.keys(fns).map((k) => [k, [] as Run[]])) as Record<K, Run[]>;
  for (let i = 0; i < n; i++) for (const k of Object.keys(fns) as K[]) runs[k].push(await fns[k]());
  return Object.fromEntries(Object.entries(runs).map(([k, r]) => [k, measured(r as Run[])])) as Record<
    K,
    Measured
  >;
}

const fmt = (r: Range, digits = 0) =>
  r.min === r.max || r.max - r.min < 0.5 * 10 ** -digits
    ? r.min.toFixed(digits)
    : `${r.min.toFixed(digits)}–${r.max.toFixed(digits)}`;

/** The ratio of two measurements as a range: best against best, worst against worst. */
function ratio(a: Range, b: Range): Range {
  return range([a.min / b.min, a.max / b.max, a.median / b.median]);
}

function row(name: string, m: { wall: Range; rss?: Range }, extra: Partial<Row> = {}): void {
  rows.push({ name, wall: m.wall, rss: m.rss, ...extra });
  const line = printRow(rows[rows.length - 1]!);
  console.error(`bench: ${line.trim()}`);
}

function printRow(r: Row): string {
  const rss = r.rss && Number.isFinite(r.rss.min) ? fmt(r.rss) : '';
  const verdict = r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED';
  const wall = r.wall ? fmt(r.wall) : '';
  return `${r.name.padEnd(40)} ${wall.padStart(13)} ${rss.padStart(9)}  ${(r.ratio ?? '').padEnd(32)} ${(r.target ?? '').padEnd(10)} ${verdict}`;
}

const changedNodes = (run: Run) => {
  const plan = JSON.parse(run.stdout) as { clusters: Array<{ nodes: Array<{ status: string }> }> };
  return plan.clusters.reduce((n, c) => n + c.nodes.filter((x) => x.status !== 'unchanged').length, 0);
};

/**
 * The rollout scenario: 3 control planes + 100 workers, maxParallel 10, every node rebooting, once
 * Kubernetes-aware (drain, uncordon, Kubernetes gates) and once Talos only, each against its ideal
 * schedule (BENCH_REBOOT_MS, default 10 s a reboot).
 */
async function rolloutRows(): Promise<void> {
  const { benchRollout } = await import('./rollout.js');
  const rebootMs = Number(process.env.BENCH_REBOOT_MS ?? 10_000);
  for (const kubernetes of [true, false]) {
    const r = await benchRollout({ kubernetes, rebootMs });
    const line: Row = {
      name: `rollout ${r.controlPlanes} cp + ${r.workers} w /${r.maxParallel}, ${kubernetes ? 'Kubernetes-aware' : 'Talos only'}`,
      wall: range([r.wallMs]),
      ratio: `${r.ratio.toFixed(3)} × ideal ${r.idealMs} ms`,
      target: '≤ 1.05',
      ok: r.ratio <= 1.05 && r.status === 'succeeded',
    };
    rows.push(line);
    console.error(`bench: ${printRow(line).trim()}`);
    console.error(
      `bench:   reboot ${r.rebootMs} ms${kubernetes ? `, drain ${r.drainMs} ms in ${r.drainedSteps} steps` : ''}; planning before the first step ${r.planMs} ms (whole run ${r.totalMs} ms)`,
    );
  }
}

async function main() {
  if (process.env.BENCH_ONLY === 'rollout') {
    const load0 = os.loadavg();
    await rolloutRows();
    const load1 = os.loadavg();
    console.log(
      [
        `machine: ${os.cpus().length} cores; load average ${load0[0]!.toFixed(1)} at start, ${load1[0]!.toFixed(1)} at end`,
        '',
        ...rows.map(printRow),
      ].join('\n'),
    );
    return;
  }
  const total = CLUSTERS * NODES;
  const work = mkdtempSync(path.join(os.tmpdir(), 'talos-gitops-bench-'));
  const cacheDir = path.join(built, 'cache');
  const started = performance.now();
  const load0 = os.loadavg();
  try {
    const fleet = await syntheticFleet(CLUSTERS, NODES, { cacheDir });
    const shared = await syntheticFleet(CLUSTERS, NODES, { cacheDir, bundles: 'shared' });
    const one = await syntheticFleet(1, 1, { cacheDir, controlPlanes: 1 });
    const repo = path.join(work, 'fleet');
    const sharedRepo = path.join(work, 'shared');
    const oneRepo = path.join(work, 'one-node');
    gitFleet(repo, fleet.files, fleetChanges(fleet));
    gitFleet(sharedRepo, shared.files, { all: fleetChanges(shared).all });
    gitFleet(oneRepo, one.files, {});
    const keyFile = path.join(work, 'bench-age-key.txt');
    writeFileSync(keyFile, `${fleet.identityText}\n`, { mode: 0o600 });
    const env = { SOPS_AGE_KEY_FILE: keyFile };
    const runner = new Runner(work);
    const cli = (cwd: string, args: string[], rss = true) => runner.node([CLI, ...args], { cwd, env, rss });

    const baseline = await repeat(COLD_REPEAT, () => runner.node(['-e', '0'], { cwd: work }));
    row('node -e 0', baseline);

    const rendered = path.join(work, 'rendered');
    // each render twice in a row: a fleet's files are read warm, as just after a checkout
    const render = await repeat(REPEAT, async () =>
      check(
        await cli(repo, ['render', '--out', rendered]),
        'render',
        (r) => r.code === 0 && r.stdout.includes(`wrote ${total} machine configs`),
      ),
    );
    const floor = await repeat(REPEAT, async () =>
      check(await runner.node([FLOOR, rendered], { cwd: work, rss: true }), 'floor', (r) =>
        r.stdout.startsWith(`${total} files`),
      ),
    );
    const renderShared = await repeat(REPEAT, async () =>
      check(
        await cli(sharedRepo, ['render', '--out', path.join(work, 'rendered-shared')]),
        'render',
        (r) => r.code === 0,
      ),
    );
    const rf = ratio(render.wall, floor.wall);
    row('floor: read, parse, print (yaml)', floor);
    row('render', render, { ratio: `${fmt(rf, 2)} × floor`, target: '≤ 2', ok: rf.median <= 2 });
    const rs = ratio(render.wall, renderShared.wall);
    row('render, one bundle shared by all', renderShared, {
      ratio: `per-cluster ${fmt(rs, 2)} × shared`,
      target: '≤ 1.2',
      ok: rs.median <= 1.2,
    });

    const validate = await repeat(REPEAT, async () =>
      check(await cli(repo, ['validate', '--format', 'json']), 'validate', (r) => r.code === 0),
    );
    row('validate', validate, { ratio: `${fmt(ratio(validate.wall, render.wall), 2)} × render` });

    // one plan of a branch against main, the work tree checked out at the branch as CI checks it out
    const plan = (dir: string, branch: string, expected: number) => async () => {
      git(dir, 'checkout', '-q', branch);
      try {
        return check(
          await cli(dir, ['plan', '--base', 'main', '--format', 'json']),
          `plan (${branch})`,
          (r) => r.code === (expected ? 2 : 0) && changedNodes(r) === expected,
        );
      } finally {
        git(dir, 'checkout', '-q', 'main');
      }
    };
    const {
      all,
      one: oneChanged,
      none,
      allShared,
    } = await rounds(REPEAT, {
      all: plan(repo, 'all', total),
      one: plan(repo, 'one', 1),
      none: plan(repo, 'none', 0),
      allShared: plan(sharedRepo, 'all', total),
    });
    row('plan, every node changed', all, {
      target: '≤ 6000 ms',
      ok: all.wall.median <= 6000,
    });
    rows.push({
      name: '  peak memory of that plan',
      rss: all.rss,
      target: '< 400 MiB',
      ok: all.rss.max < 400,
    });
    const r1 = ratio(oneChanged.wall, all.wall);
    row('plan, one node changed', oneChanged, {
      ratio: `${fmt(r1, 3)} × every node`,
      target: '≤ 0.1',
      ok: r1.median <= 0.1,
    });
    const r0 = ratio(none.wall, all.wall);
    row('plan, nothing changed', none, {
      ratio: `${fmt(r0, 3)} × every node`,
      target: '≤ 0.05',
      ok: r0.median <= 0.05,
    });
    const ps = ratio(all.wall, allShared.wall);
    row('plan, every node, one bundle shared', allShared, {
      ratio: `per-cluster ${fmt(ps, 2)} × shared`,
      target: '≤ 1.2',
      ok: ps.median <= 1.2,
    });

    const coldValidate = await repeat(COLD_REPEAT, async () =>
      check(await cli(oneRepo, ['validate'], false), 'validate (one node)', (r) => r.code === 0),
    );
    const rc = ratio(coldValidate.wall, baseline.wall);
    row('validate, one-node repository', coldValidate, {
      ratio: `${fmt(rc, 1)} × node -e 0`,
      target: '≤ 4',
      ok: rc.median <= 4,
    });

    const example = await actionExample(project, work);
    try {
      const action = await repeat(COLD_REPEAT, async () =>
        check(
          await runner.node([ACTION], { cwd: example.repo, env: example.env }),
          'action plan',
          (r) => r.code === 0 && r.stdout.includes('Comment '),
        ),
      );
      row('action plan, example fleet (10 nodes)', action, {
        ratio: `${fmt(ratio(action.wall, baseline.wall), 1)} × node -e 0`,
        target: '≤ 1500 ms',
        ok: action.wall.median <= 1500,
      });
    } finally {
      await example.close();
    }

    if (process.env.BENCH_ROLLOUT !== '0') await rolloutRows();

    const load1 = os.loadavg();
    console.log(
      [
        `fleet: ${CLUSTERS} clusters × ${NODES} nodes = ${total} nodes, one encrypted bundle per cluster (Talos 1.13)`,
        `measuring: ${path.relative(process.cwd(), dist) || dist}`,
        `machine: ${os.cpus().length} cores; load average ${load0[0]!.toFixed(1)} at start, ${load1[0]!.toFixed(1)} at end; ` +
          `each scenario ${REPEAT}× (cold starts ${COLD_REPEAT}×), ranges min–max, ratios median-based`,
        '',
        `${'scenario'.padEnd(40)} ${'wall ms'.padStart(13)} ${'peak MiB'.padStart(9)}  ${'ratio'.padEnd(32)} ${'target'.padEnd(10)}`,
        ...rows.map(printRow),
        '',
        `(bench took ${((performance.now() - started) / 1000).toFixed(0)} s)`,
      ].join('\n'),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
