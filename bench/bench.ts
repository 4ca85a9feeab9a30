/**
 * `npm run bench`: throughput figures measured in one process and one run, reported as ratios
 * (absolute times on shared machines are noisy; the ratios are the figures to compare).
 *
 * - render: the 100 × 30 synthetic fleet, nodes/s, and the ratio of render time to the floor of
 *   parsing and printing the same rendered documents with the `yaml` package alone;
 * - validate: the same fleet, nodes/s and the ratio to render time;
 * - plan: two renders, per-node diffs and validation of a change touching every node;
 * - rollout: a simulated 3 control plane + 12 worker cluster rebooting every node, wall time
 *   against the ideal schedule (set BENCH_ROLLOUT=0 to skip; it takes about half a minute).
 */
import { performance } from 'node:perf_hooks';
import YAML from 'yaml';
import { planChange } from '../src/plan/plan.js';
import { renderFleet } from '../src/render/render.js';
import { memoryFiles, overlayFiles } from '../src/repo/files.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { validateFleet } from '../src/validate/index.js';
import { fleetIdentities, syntheticFleet } from './fleet.js';
import { benchRollout } from './rollout.js';

const CLUSTERS = Number(process.env.BENCH_CLUSTERS ?? 100);
const NODES = Number(process.env.BENCH_NODES ?? 30);

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

async function main() {
  const fleet = await syntheticFleet(CLUSTERS, NODES);
  const identities = await fleetIdentities(fleet);
  const files = memoryFiles(fleet.files, 'bench');
  // warm-up on a small part so JIT effects do not land on the first measurement
  await renderFleet({ files, identities, registry: new SecretRegistry(), clusters: ['c000', 'c001'] });

  const [result, renderMs] = await timeAsync(() =>
    renderFleet({ files, identities, registry: new SecretRegistry() }),
  );
  if (result.errors.length)
    throw new Error(`bench fleet failed to render: ${result.errors[0]!.error.message}`);
  const nodes = result.fleet.clusters.flatMap((c) => c.nodes);
  const texts = nodes.map((n) => n.text);
  const [, floorMs] = time(() => {
    let bytes = 0;
    for (const t of texts) for (const d of YAML.parseAllDocuments(t)) bytes += d.toString().length;
    return bytes;
  });

  const perSecond = (ms: number) => (nodes.length / (ms / 1000)).toFixed(0);
  const lines = [
    `fleet: ${CLUSTERS} clusters x ${NODES} nodes = ${nodes.length} nodes (Talos 1.13, generated from encrypted bundles)`,
    `render: ${renderMs.toFixed(0)} ms, ${perSecond(renderMs)} nodes/s`,
    `yaml parse+print floor of the same documents: ${floorMs.toFixed(0)} ms`,
    `render / floor ratio: ${(renderMs / floorMs).toFixed(2)} (target <= 3)`,
  ];
  console.log(lines.join('\n'));

  const [validation, validateMs] = time(() =>
    validateFleet(result.fleet, { now: new Date('2026-01-01T00:00:00Z') }),
  );
  console.log(
    `validate: ${validateMs.toFixed(0)} ms, ${perSecond(validateMs)} nodes/s, validate / render ratio: ${(validateMs / renderMs).toFixed(2)} (${validation.findings.length} findings)`,
  );

  const head = overlayFiles(files, {
    'clusters/shared/all.yaml': fleet.files['clusters/shared/all.yaml']!.replace('"65535"', '"32768"'),
  });
  const [planned, planMs] = await timeAsync(() =>
    planChange({
      base: files,
      head,
      identities,
      registry: new SecretRegistry(),
      validate: (f) => validateFleet(f, { now: new Date('2026-01-01T00:00:00Z') }).findings,
    }),
  );
  const changed = planned.plan.clusters.reduce(
    (n, c) => n + c.nodes.filter((x) => x.status === 'changed').length,
    0,
  );
  console.log(
    `plan (two renders, ${changed} node diffs, validation): ${planMs.toFixed(0)} ms, ${perSecond(planMs)} nodes/s, plan / render ratio: ${(planMs / renderMs).toFixed(2)}`,
  );

  if (process.env.BENCH_ROLLOUT !== '0') {
    const r = await benchRollout();
    console.log(
      `rollout: ${r.controlPlanes} control planes + ${r.workers} workers, maxParallel ${r.maxParallel}, reboot ${r.rebootMs} ms: ` +
        `${r.wallMs.toFixed(0)} ms against an ideal ${r.idealMs} ms, ratio ${r.ratio.toFixed(2)} (target <= 1.10; ${r.status})`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
