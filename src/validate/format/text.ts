/**
 * The readable report: one section per cluster; inside it, findings grouped by the nodes they occur on
 * (a finding shared by several nodes is printed once, under all of them), errors first.
 */
import type { Summary } from '../result.js';
import { type Finding, SEVERITY_ORDER } from '../types.js';

const LABEL = { error: 'error  ', warning: 'warning', notice: 'notice ' } as const;

function location(f: Finding): string {
  if (!f.file) return '';
  return `${f.file}${f.line ? `:${f.line}` : ''}`;
}

function entry(f: Finding): string[] {
  const lines = [`    ${LABEL[f.severity]} ${f.rule}  ${f.message}`];
  const where = [location(f), f.path].filter(Boolean).join('  ');
  if (where) lines.push(`            ${where}`);
  if (f.waived)
    lines.push(
      `            waived: ${f.waived.reason} (${f.waived.source}${f.waived.expires ? `, until ${f.waived.expires}` : ''})`,
    );
  return lines;
}

function signature(f: Finding): string {
  return [f.rule, f.severity, f.message, f.file, f.line, f.path, f.waived?.source].join('\u0000');
}

export function summaryLine(s: Summary): string {
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const scope = s.nodes > 0 ? ` in ${part(s.clusters, 'cluster')}, ${part(s.nodes, 'node')}` : '';
  return `${part(s.errors, 'error')}, ${part(s.warnings, 'warning')}, ${part(s.notices, 'notice')}${s.waived ? ` (${s.waived} waived)` : ''}${scope}`;
}

export function formatText(findings: readonly Finding[], summary: Summary): string {
  const out: string[] = [];
  const byCluster = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = f.cluster ?? '';
    byCluster.set(k, [...(byCluster.get(k) ?? []), f]);
  }
  for (const [cluster, list] of byCluster) {
    out.push(cluster ? `cluster ${cluster}` : 'repository');
    // identical findings on several nodes collapse into one entry listing the nodes
    const groups = new Map<string, { finding: Finding; nodes: string[] }>();
    for (const f of list) {
      const sig = signature(f);
      const g = groups.get(sig);
      if (g) {
        if (f.node && !g.nodes.includes(f.node)) g.nodes.push(f.node);
      } else groups.set(sig, { finding: f, nodes: f.node ? [f.node] : [] });
    }
    const byNodes = new Map<string, { nodes: string[]; findings: Finding[] }>();
    for (const g of groups.values()) {
      const k = g.nodes.join(', ');
      const e = byNodes.get(k) ?? { nodes: g.nodes, findings: [] };
      e.findings.push(g.finding);
      byNodes.set(k, e);
    }
    // shared findings first (most nodes first), then node by node, then the cluster-wide ones
    const order = new Map<string, number>();
    for (const f of list) if (f.node && !order.has(f.node)) order.set(f.node, order.size);
    const sections = [...byNodes.values()].sort(
      (a, b) =>
        (a.nodes.length === 0 ? 1 : 0) - (b.nodes.length === 0 ? 1 : 0) ||
        b.nodes.length - a.nodes.length ||
        (order.get(a.nodes[0]!) ?? 0) - (order.get(b.nodes[0]!) ?? 0),
    );
    for (const { nodes, findings: fs } of sections) {
      if (cluster)
        out.push(
          nodes.length === 0
            ? '  cluster-wide'
            : `  ${nodes.length > 1 ? 'nodes' : 'node'} ${nodes.join(', ')}`,
        );
      fs.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
      for (const f of fs) out.push(...entry(f));
    }
    out.push('');
  }
  out.push(findings.length === 0 ? 'no findings' : summaryLine(summary));
  return `${out.join('\n')}\n`;
}
