/**
 * The plan for a terminal: the verdict and the riskiest change first, a line per cluster, the
 * findings, the files changed and the nodes they reach, then one entry per distinct change (riskiest
 * first) naming its nodes, with each identical hunk printed once across roles and clusters.
 */
import { checksLines } from './checks-section.js';
import { impactPhrases, impactSummary, severitySummary } from './facts.js';
import { nameList } from './node-list.js';
import type { PlanResult } from './types.js';
import { buildView, type PlanView } from './view.js';

const id = (s: string) => s;

function where(nodes: readonly { cluster: string; name: string }[], max = 8): string {
  const byCluster = new Map<string, string[]>();
  for (const n of nodes) byCluster.set(n.cluster, [...(byCluster.get(n.cluster) ?? []), n.name]);
  return [...byCluster].map(([c, names]) => `${c}: ${nameList(names, max, id)}`).join('; ');
}

function verdictLine(view: PlanView): string {
  const parts: string[] = [];
  if (view.counts.error) parts.push(`${view.counts.error} error${view.counts.error === 1 ? '' : 's'}`);
  const impacts = impactSummary(view.impacts);
  parts.push(
    view.changedNodes > 0
      ? `${view.changedNodes} of ${view.totalNodes} nodes change in ${view.changedClusters} of ${view.clusters.length} clusters${impacts ? ` (${impacts})` : ''}`
      : `no changes to ${view.totalNodes} nodes in ${view.clusters.length} clusters`,
  );
  if (view.counts.warning)
    parts.push(`${view.counts.warning} warning${view.counts.warning === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

export function formatPlanText(
  plan: PlanResult,
  opts: { diffs?: boolean; stages?: readonly string[] } = {},
): string {
  const view = buildView(plan, id, opts.stages);
  const out: string[] = [];
  out.push(`Plan: ${plan.base} → ${plan.head}`, verdictLine(view));
  const top = view.groups[0];
  if (top) {
    const who =
      top.nodes.length === 1 ? `${top.nodes[0]!.name} (${top.nodes[0]!.cluster})` : where(top.nodes, 4);
    out.push(`Riskiest: ${who}: ${impactPhrases(top).join(' · ')}`);
  }
  const checks = checksLines(plan.checks);
  if (checks.length) out.push('', ...checks);
  for (const c of view.clusters) {
    out.push('');
    if (c.plan.error) {
      out.push(
        `cluster ${c.plan.name}: cannot render (${c.plan.error.side}): ${c.plan.error.file ?? ''}${c.plan.error.line ? `:${c.plan.error.line}` : ''} ${c.plan.error.message}`,
      );
      continue;
    }
    const impacts = impactSummary(c.impacts);
    out.push(
      `cluster ${c.plan.name} (stage ${c.plan.stage}): ${c.changed} of ${c.total} nodes change${impacts ? ` (${impacts})` : ''}`,
    );
    for (const h of c.plan.hidden) out.push(`  could not see: ${h}`);
  }
  if (view.findings.length) {
    out.push('', `Findings: ${severitySummary(view.counts)}`);
    for (const g of view.findings) {
      const at = g.file ? ` (${g.file}${g.line ? `:${g.line}` : ''})` : '';
      const nodes = [...g.where].flatMap(([cluster, ns]) => ns.map((name) => ({ cluster, name })));
      const on = nodes.length ? ` [${where(nodes, 5)}]` : '';
      out.push(`  ${g.severity.padEnd(7)} ${g.rule}: ${g.message}${at}${on}${g.waived ? ' [waived]' : ''}`);
    }
  }
  const files = plan.changedFiles ?? [];
  if (files.length) {
    out.push('', 'Files changed → nodes they reach:');
    for (const f of files) {
      out.push(
        `  ${f.file} → ${
          f.nodes.length
            ? where(
                f.nodes.map((n) => ({ cluster: n.cluster, name: n.node })),
                6,
              )
            : 'no node'
        }`,
      );
    }
  }
  if (view.groups.length) {
    out.push('', 'Changes, riskiest first:');
    for (const g of view.groups) {
      const who =
        g.nodes.length === 1
          ? `${g.nodes[0]!.name} (${g.nodes[0]!.cluster})`
          : `same change on ${g.nodes.length} nodes: ${where(g.nodes)}`;
      out.push('', `* ${who}: ${impactPhrases(g).join(' · ')}`);
      if (g.reasons.length) out.push(`  why: ${g.reasons.join('; ')}`);
      if (g.changedCas?.length)
        out.push(`  CA replaced: ${g.changedCas.join(', ')}: rotate it with talosctl rotate-ca instead`);
      if (g.changedSecrets.length)
        out.push(`  secrets changed (values hidden): ${g.changedSecrets.join(', ')}`);
      const [version, ...defaults] = g.nodes[0]!.fromDefaults ?? [];
      if (version && defaults.length) out.push(`  from the ${version} defaults: ${defaults.join(', ')}`);
      if (!opts.diffs) continue;
      for (const h of g.hunks) {
        const use = view.hunks.get(h.key);
        if (use && use.owner !== g) {
          const first = use.owner.nodes[0]!;
          out.push(
            `  ${h.location || 'the config'}: the same change as ${first.name} (${first.cluster}) above`,
          );
          continue;
        }
        const reach =
          use && use.nodes > g.nodes.length
            ? ` · same change on ${use.nodes} nodes${use.clusters > 1 ? ` in ${use.clusters} clusters` : ''}`
            : '';
        const lines = h.text.split('\n');
        out.push(`  ${lines[0]}${reach}`, ...lines.slice(1).map((l) => `  ${l}`));
      }
    }
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
        ...(n.move ? { move: n.move } : {}),
        ...(n.changedCas ? { changedCas: n.changedCas } : {}),
        diff: n.diff,
      })),
    })),
    findings: plan.findings,
    ...(plan.checks ? { checks: plan.checks } : {}),
  };
}
