/**
 * Findings folded across nodes: the same rule, message and source line reported for 500 workers is
 * one item ("on 500 nodes"), and one annotation. The order defined here is the order of importance
 * used both for listing findings and for choosing which become annotations.
 */
import { type Finding, SEVERITY_ORDER, type Severity } from '../validate/types.js';
import { naturalCompare } from './node-list.js';

export interface FindingGroup {
  /** Identity of the group (rule, severity, message, location, waiver). */
  key: string;
  rule: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  path?: string;
  waived?: Finding['waived'];
  findings: Finding[];
  /** Cluster name → node names reported (empty list: the cluster itself). */
  where: Map<string, string[]>;
  /** Number of nodes the group covers (at least 1). */
  weight: number;
}

function keyOf(f: Finding): string {
  return JSON.stringify([
    f.rule,
    f.severity,
    f.message,
    f.file ?? null,
    f.line ?? null,
    f.path ?? null,
    f.waived ? [f.waived.reason, f.waived.expires ?? null, f.waived.source] : null,
  ]);
}

export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = keyOf(f);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        findings: [],
        where: new Map(),
        weight: 0,
        ...(f.file !== undefined ? { file: f.file } : {}),
        ...(f.line !== undefined ? { line: f.line } : {}),
        ...(f.path !== undefined ? { path: f.path } : {}),
        ...(f.waived ? { waived: f.waived } : {}),
      };
      groups.set(key, g);
    }
    g.findings.push(f);
    if (f.cluster !== undefined) {
      const nodes = g.where.get(f.cluster) ?? [];
      if (f.node !== undefined && !nodes.includes(f.node)) nodes.push(f.node);
      g.where.set(f.cluster, nodes);
    }
  }
  for (const g of groups.values()) {
    let nodes = 0;
    for (const list of g.where.values()) nodes += list.length;
    g.weight = Math.max(1, nodes);
  }
  return [...groups.values()].sort(compareImportance);
}

const cmp = (a: string | undefined, b: string | undefined) =>
  a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : naturalCompare(a, b);

/**
 * Most important first: unwaived before waived (a waived finding asks nothing of the reviewer);
 * severity; failed renders first; findings with a file and line (they can point at the code) before
 * those without; the more nodes affected the earlier; then by file, line, rule and message so the
 * order never depends on input order.
 */
export function compareImportance(a: FindingGroup, b: FindingGroup): number {
  return (
    Number(!!a.waived) - Number(!!b.waived) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    Number(!a.rule.startsWith('render/')) - Number(!b.rule.startsWith('render/')) ||
    located(b) - located(a) ||
    b.weight - a.weight ||
    cmp(a.file, b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    cmp(a.rule, b.rule) ||
    cmp(a.message, b.message) ||
    cmp(a.key, b.key)
  );
}

function located(g: FindingGroup): number {
  return g.file === undefined ? 0 : g.line === undefined ? 1 : 2;
}
