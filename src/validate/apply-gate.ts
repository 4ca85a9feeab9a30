/**
 * Apply judges what it rolls out by the same findings plan and validate report: a cluster with an
 * unwaived error finding is refused before any of its nodes is touched. A finding that belongs to no
 * cluster (a broken policy file: the checks themselves are incomplete) refuses every cluster.
 */
import type { Finding } from './types.js';

/** Findings named in a refusal; the rest are counted. */
const SHOWN = 3;

function where(f: Finding): string {
  return f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : '';
}

/** Why each cluster is refused, by name; clusters without unwaived errors are absent. */
export function applyRefusals(
  findings: readonly Finding[],
  clusters: readonly string[],
): Map<string, string> {
  const errors = findings.filter((f) => f.severity === 'error' && !f.waived);
  const everywhere = errors.filter((f) => f.cluster === undefined);
  const out = new Map<string, string>();
  for (const name of clusters) {
    const mine = [...everywhere, ...errors.filter((f) => f.cluster === name)];
    if (mine.length === 0) continue;
    const listed = mine
      .slice(0, SHOWN)
      .map((f) => `${f.rule}${f.node ? ` on ${f.node}` : ''}: ${f.message}${where(f)}`)
      .join('; ');
    const more = mine.length > SHOWN ? ` (and ${mine.length - SHOWN} more)` : '';
    out.set(
      name,
      `refused before any node was touched: ${mine.length} unwaived error finding${mine.length === 1 ? '' : 's'}, as validate and plan report them: ${listed}${more}`,
    );
  }
  return out;
}
