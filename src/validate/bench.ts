/** A hook for the project's benchmark: how fast a whole fleet validates (nodes per second). */
import type { Fleet } from '../render/types.js';
import { validateFleet } from './validate-fleet.js';

export interface ValidationBenchmark {
  nodes: number;
  iterations: number;
  /** Wall time of the timed iterations, in milliseconds. */
  ms: number;
  nodesPerSecond: number;
  findings: number;
}

/** Validates the fleet once to warm up (schemas compile on first use), then `iterations` times timed. */
export function benchmarkFleetValidation(
  fleet: Fleet,
  iterations = 5,
  now = new Date('2026-01-01T00:00:00Z'),
): ValidationBenchmark {
  const nodes = fleet.clusters.reduce((n, c) => n + c.nodes.length, 0);
  let findings = validateFleet(fleet, { now }).findings.length;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) findings = validateFleet(fleet, { now }).findings.length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return {
    nodes,
    iterations,
    ms,
    nodesPerSecond: ms > 0 ? (nodes * iterations * 1000) / ms : Number.POSITIVE_INFINITY,
    findings,
  };
}
