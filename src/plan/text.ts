/** The plan for a terminal: one line per changed node, then the redacted diffs. */
import type { PlanResult } from './types.js';

export function formatPlanText(plan: PlanResult, opts: { diffs?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`Plan: ${plan.base} → ${plan.head}`);
  for (const c of plan.clusters) {
    const changed = c.nodes.filter((n) => n.status !== 'unchanged');
    out.push('');
    if (c.error) {
      out.push(
        `cluster ${c.name}: cannot render (${c.error.side}): ${c.error.file ?? ''}${c.error.line ? `:${c.error.line}` : ''} ${c.error.message}`,
      );
      continue;
    }
    out.push(`cluster ${c.name} (stage ${c.stage}): ${changed.length} of ${c.nodes.length} nodes change`);
    for (const h of c.hidden) out.push(`  could not see: ${h}`);
    for (const n of changed) {
      const secrets = n.changedSecrets.length
        ? `; secrets changed: ${n.changedSecrets.join(', ')} (values hidden)`
        : '';
      out.push(
        `  ${n.status.padEnd(8)} ${n.name.padEnd(20)} ${n.impacts.join(', ')}${n.reasons.length ? ` (${n.reasons.join('; ')})` : ''}${secrets}`,
      );
    }
  }
  if (plan.findings.length) {
    out.push('', 'Findings:');
    // the same finding on many nodes (a shared patch) is listed once, with its nodes
    const groups = new Map<string, { f: PlanResult['findings'][number]; nodes: string[] }>();
    for (const f of plan.findings) {
      const key = [f.severity, f.rule, f.message, f.file, f.line, !!f.waived].join('\u0000');
      const g = groups.get(key) ?? { f, nodes: [] };
      if (f.node) g.nodes.push(f.node);
      groups.set(key, g);
    }
    for (const { f, nodes } of groups.values()) {
      const where = f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : '';
      const on =
        nodes.length > 1
          ? ` [${nodes.length} nodes: ${nodes.slice(0, 5).join(', ')}${nodes.length > 5 ? ', …' : ''}]`
          : nodes.length
            ? ` [${nodes[0]}]`
            : '';
      out.push(
        `  ${f.severity.padEnd(7)} ${f.rule}: ${f.message}${where}${on}${f.waived ? ' [waived]' : ''}`,
      );
    }
  }
  if (opts.diffs) {
    for (const c of plan.clusters) for (const n of c.nodes) if (n.diff) out.push('', n.diff.trimEnd());
  }
  out.push('', plan.hasChanges ? 'Changes found.' : 'No changes.');
  return `${out.join('\n')}\n`;
}

/** DESIGN's JSON shape: clusters → nodes with status, impact and diff; findings. */
export function planJson(plan: PlanResult): unknown {
  return {
    base: plan.base,
    head: plan.head,
    hasChanges: plan.hasChanges,
    clusters: plan.clusters.map((c) => ({
      name: c.name,
      stage: c.stage,
      file: c.file,
      hidden: c.hidden,
      ...(c.error ? { error: c.error } : {}),
      nodes: c.nodes.map((n) => ({
        name: n.name,
        role: n.role,
        address: n.address,
        status: n.status,
        impact: n.impacts[0],
        impacts: n.impacts,
        reasons: n.reasons,
        changedSecrets: n.changedSecrets,
        ...(n.schematic ? { schematic: n.schematic } : {}),
        diff: n.diff,
      })),
    })),
    findings: plan.findings,
  };
}
