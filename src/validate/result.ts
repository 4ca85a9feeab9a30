/** Finishing a list of findings: order, duplicates, summary and the exit status. */
import { type Finding, SEVERITY_ORDER, type Severity } from './types.js';

export type FailOn = 'error' | 'warning';

export interface Summary {
  errors: number;
  warnings: number;
  notices: number;
  /** Findings covered by a waiver (not counted above). */
  waived: number;
  clusters: number;
  nodes: number;
}

/** 0 when no unwaived finding reaches `failOn` (default error), 1 otherwise. */
export function exitCodeFor(findings: readonly Finding[], failOn: FailOn = 'error'): 0 | 1 {
  const limit = SEVERITY_ORDER[failOn];
  return findings.some((f) => !f.waived && SEVERITY_ORDER[f.severity] <= limit) ? 1 : 0;
}

export function summarize(findings: readonly Finding[], clusters = 0, nodes = 0): Summary {
  const s: Summary = { errors: 0, warnings: 0, notices: 0, waived: 0, clusters, nodes };
  const key: Record<Severity, 'errors' | 'warnings' | 'notices'> = {
    error: 'errors',
    warning: 'warnings',
    notice: 'notices',
  };
  for (const f of findings) {
    if (f.waived) s.waived++;
    else s[key[f.severity]]++;
  }
  return s;
}

export function findingKey(f: Finding): string {
  return [f.rule, f.cluster, f.node, f.path, f.file, f.line, f.message].join('\u0000');
}

export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = findingKey(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const cmp = (a: string | number | undefined, b: string | number | undefined) =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1;

/** Cluster, node (cluster-wide findings last), severity, file, line, rule. */
export function sortFindings(findings: Finding[], nodeOrder: Map<string, number> = new Map()): Finding[] {
  return findings.sort(
    (a, b) =>
      cmp(a.cluster, b.cluster) ||
      cmp(
        a.node === undefined ? undefined : (nodeOrder.get(`${a.cluster}/${a.node}`) ?? a.node),
        b.node === undefined ? undefined : (nodeOrder.get(`${b.cluster}/${b.node}`) ?? b.node),
      ) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cmp(a.file, b.file) ||
      cmp(a.line, b.line) ||
      cmp(a.rule, b.rule) ||
      cmp(a.message, b.message),
  );
}
