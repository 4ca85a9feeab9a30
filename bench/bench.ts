/**
 * `npm run bench`: throughput figures measured in one process and one run, reported as ratios
 * (absolute times on shared machines are noisy; the ratios are the figures to compare).
 *
 * - render: the 100 × 30 synthetic fleet, nodes/s, and the ratio of render time to the floor of
 *   parsing and printing the same rendered documents with the `yaml` package alone.
 */
import { performance } from 'node:perf_hooks';
import YAML from 'yaml';
import { renderFleet } from '../src/render/render.js';
import { memoryFiles } from '../src/repo/files.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { fleetIdentities, syntheticFleet } from './fleet.js';

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

  const lines = [
    `fleet: ${CLUSTERS} clusters x ${NODES} nodes = ${nodes.length} nodes (Talos 1.13, generated from encrypted bundles)`,
    `render: ${renderMs.toFixed(0)} ms, ${(nodes.length / (renderMs / 1000)).toFixed(0)} nodes/s`,
    `yaml parse+print floor of the same documents: ${floorMs.toFixed(0)} ms`,
    `render / floor ratio: ${(renderMs / floorMs).toFixed(2)} (target <= 3)`,
  ];
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
