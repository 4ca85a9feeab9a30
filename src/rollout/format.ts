/**
 * The rollout report as text (terminal and CI logs), JSON (`apply --format json`, the action's report
 * file) and markdown (job summary and the comment on the merged pull request). Markdown stays under
 * GitHub's 65,536-character limit by dropping detail, level by level, never by failing.
 */
import type { SecretRegistry } from '../secrets/registry.js';
import { DRIFT_LABEL, driftWhat } from './last-applied-drift.js';
import type { ClusterReport, NodeDriftReport, NodeReport, NodeStatus, RolloutReport } from './types.js';
import { formatMs } from './wait.js';

export type RolloutReportFormat = 'text' | 'json' | 'markdown';

/** Hidden marker the action uses to find its own report comment again. */
export const ROLLOUT_REPORT_MARKER = '<!-- talos-gitops:rollout-report -->';
/** GitHub's limit for a comment or summary body, less room for what the action adds around it. */
export const MARKDOWN_LIMIT = 65_536 - 1_536;

export function formatRolloutReport(
  report: RolloutReport,
  format: RolloutReportFormat,
  registry?: SecretRegistry,
): string {
  const text =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'markdown'
        ? rolloutMarkdown(report)
        : rolloutText(report);
  return registry ? registry.redact(text) : text;
}

function countBy(report: RolloutReport): Record<NodeStatus, number> {
  const counts: Record<NodeStatus, number> = {
    unchanged: 0,
    planned: 0,
    applied: 0,
    upgraded: 0,
    joined: 0,
    removed: 0,
    kept: 0,
    failed: 0,
    'not-reached': 0,
    interrupted: 0,
    'skipped-unhealthy-cluster': 0,
  };
  for (const s of report.stages) for (const c of s.clusters) for (const n of c.nodes) counts[n.status]++;
  return counts;
}

function headline(report: RolloutReport): string {
  const c = countBy(report);
  const took = formatMs(report.durationMs);
  if (report.dryRun) {
    const verdict = report.status === 'succeeded' ? 'would roll out cleanly' : 'would halt';
    return `Dry run: ${c.planned} node(s) would change, ${c.unchanged} unchanged; ${verdict}. Nothing was changed (${took}).`;
  }
  const joined = c.joined ? `, ${c.joined} joined` : '';
  const removed = c.removed ? `, ${c.removed} removed` : '';
  const kept = c.kept ? `; ${c.kept} no longer listed, left running` : '';
  const done = `${c.applied} applied, ${c.upgraded} upgraded${joined}${removed}, ${c.unchanged} unchanged${kept}`;
  if (report.status === 'succeeded') return `Rollout done in ${took}: ${done}.`;
  const flying = c.interrupted ? `, ${c.interrupted} interrupted in flight` : '';
  return `Rollout halted after ${took}: ${done}, ${c.failed} failed${flying}, ${c['not-reached']} not reached, ${c['skipped-unhealthy-cluster']} skipped (unhealthy cluster).`;
}

/** The node the halt is about, if one failed. */
function haltedNode(report: RolloutReport): NodeReport | undefined {
  const h = report.halted;
  if (!h?.node) return undefined;
  return report.stages
    .flatMap((s) => s.clusters)
    .find((c) => c.name === h.cluster)
    ?.nodes.find((n) => n.name === h.node);
}

/** The halt in words, once: who, what happened, and what to do next (`rerun` says how to re-run). */
function haltSentences(report: RolloutReport, rerun: string): { what: string; next: string } | undefined {
  const h = report.halted;
  if (!h) return undefined;
  const node = haltedNode(report);
  let what: string;
  if (node) {
    const touched = node.touched ? '' : ' It was not changed.';
    const reason = (node.reason ?? h.reason).replace(/ \(node not touched\)$/, '');
    what =
      node.status === 'interrupted'
        ? `${node.name} (${h.cluster}) was ${reason}.`
        : `${node.name} (${h.cluster}) ${report.dryRun ? 'would fail' : 'failed'}: ${reason}.${report.dryRun ? '' : touched}`;
  } else if (/^preflight: /.test(h.reason)) {
    what = `${h.cluster} was left untouched: its preflight found ${h.reason.replace(/^preflight: /, '')}.`;
  } else {
    what = `${h.cluster} (stage ${h.stage}) stopped: ${h.reason}.`;
  }
  const from = h.resumeFrom ? ` to resume from ${h.resumeFrom}` : ` to roll ${h.cluster} again`;
  const next = report.dryRun
    ? 'Fix the cause before merging; nothing was changed.'
    : h.reason.startsWith('interrupted')
      ? `It was stopped, not failed: ${rerun}${from}; nodes already converged are skipped, and nothing after the halt was started.`
      : `Fix the cause, then ${rerun}${from}: nodes already converged are skipped, and nothing after the halt was started.`;
  return { what, next };
}

function haltLine(report: RolloutReport): string | undefined {
  const s = haltSentences(report, 'run the same apply again');
  if (!s) return undefined;
  const detail = haltedNode(report)?.detail;
  return `${report.dryRun ? 'Would halt' : 'Halted'}: ${s.what}\n${s.next}${detail ? `\nDetail: ${detail}` : ''}`;
}

function actionText(n: NodeReport): string {
  if (n.action === 'join') return 'new: joins the cluster';
  if (n.action === 'remove') return 'removed from cluster.yaml';
  const parts: string[] = [];
  if (n.action === 'upgrade' || n.action === 'upgrade+config')
    parts.push(`upgrade ${n.talosVersion.from ?? '?'} → ${n.talosVersion.to}`);
  if (n.action === 'config' || n.action === 'upgrade+config') parts.push('config');
  if (n.action === 'none') parts.push('none');
  if (n.kubernetesVersion.from && n.kubernetesVersion.from !== n.kubernetesVersion.to) {
    parts.push(`kubernetes ${n.kubernetesVersion.from} → ${n.kubernetesVersion.to}`);
  }
  return parts.join(', ') || '—';
}

/**
 * How the config went on: the mode asked and the mode Talos used, and the reboot only where it came
 * from that apply ("auto → reboot"), from the upgrade or from an explicit reboot — never
 * "auto → no-reboot, rebooted".
 */
function modeText(n: NodeReport): string {
  const upgraded = n.action === 'upgrade' || n.action === 'upgrade+config';
  const explicit = n.notes.some((x) => x.startsWith('rebooted explicitly'));
  const parts: string[] = [];
  if (upgraded && n.rebooted) parts.push('upgrade (reboot)');
  if (n.applyMode) {
    parts.push(`${n.applyMode.requested}${n.applyMode.used ? ` → ${n.applyMode.used}` : ''}`);
    if (explicit) parts.push('then an explicit reboot');
  } else if (n.dryRun) parts.push(`would: ${n.dryRun.mode}`);
  else if (n.rebooted && !upgraded) parts.push('rebooted');
  return parts.join(', ');
}

/** A dry run's drift label, then the revert the apply makes. */
function driftLines(d: NodeDriftReport): string[] {
  const out = [`${DRIFT_LABEL} (${driftWhat(d)})`];
  if (d.reason) out.push(`  ${d.reason}`);
  if (d.revert)
    out.push(
      '  this apply reverts it (- what it runs, + the last applied commit):',
      ...d.revert
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
  return out;
}

const duration = (ms: number | undefined) => (ms === undefined ? '' : formatMs(ms));

/** The bootstrap of a cluster without etcd, in one line. */
function bootstrapText(c: ClusterReport): string {
  const b = c.bootstrap!;
  const what: Record<typeof b.status, string> = {
    planned: `would bootstrap etcd on ${b.node} (no control plane has etcd yet)`,
    done: `etcd bootstrapped on ${b.node}`,
    failed: `etcd bootstrap on ${b.node} failed`,
    refused: 'etcd not bootstrapped',
  };
  return `${what[b.status]}${b.reason ? `: ${b.reason}` : ''}`;
}

// ---- text ----

function rolloutText(report: RolloutReport): string {
  const lines = [headline(report)];
  const halt = haltLine(report);
  if (halt) lines.push(halt);
  for (const stage of report.stages) {
    lines.push('', `stage ${stage.name}: ${stage.status}`);
    for (const c of stage.clusters) {
      const result = clusterResult(c, report).replace(/^\S+ /, '');
      lines.push(
        `  cluster ${c.name}: ${result}${c.durationMs !== undefined ? ` (${duration(c.durationMs)})` : ''}`,
      );
      // The halted cluster's reason is the halt, said once at the top.
      const isHalted = report.halted?.cluster === c.name;
      if (c.reason && !isHalted && !result.includes(c.reason)) lines.push(`    ${c.reason}`);
      if (c.bootstrap) lines.push(`    ${bootstrapText(c)}`);
      for (const note of c.notes ?? []) lines.push(`    note: ${note}`);
      for (const p of c.status === 'skipped-unhealthy' || c.status === 'unchanged' ? c.preflight : []) {
        lines.push(`    preflight: ${p}`);
      }
      if (c.kubernetes) {
        const k = c.kubernetes;
        lines.push(`    Kubernetes ${k.from} → ${k.to}: ${k.steps.length} upgrade step(s)`);
        for (const p of k.precheck) lines.push(`    pre-check: ${p}`);
        if (k.manifests?.length) lines.push(`    manifests applied: ${k.manifests.length}`);
      }
      const gates = c.gates ?? [];
      const failedGate = gates.find((g) => !g.ok);
      if (gates.length) {
        lines.push(`    gates: ${gates.filter((g) => g.ok).length} of ${gates.length} passed`);
        if (failedGate)
          lines.push(`    gate failed: ${failedGate.name} (${failedGate.point}): ${failedGate.detail}`);
      }
      const width = Math.max(...c.nodes.map((n) => n.name.length));
      const shown = new Map<string, string>();
      for (const n of c.nodes) {
        const cols = [
          n.name.padEnd(width),
          n.role.padEnd(12),
          n.status.padEnd(10),
          actionText(n),
          modeText(n),
          duration(n.durationMs),
        ];
        lines.push(`    ${cols.filter(Boolean).join('  ')}`);
        const isHalt = report.halted?.cluster === c.name && report.halted.node === n.name;
        if (n.reason) lines.push(`      reason: ${isHalt ? 'the halt (see above)' : n.reason}`);
        for (const note of n.notes) lines.push(`      note: ${note}`);
        if (n.drift) lines.push(...driftLines(n.drift).map((l) => `      ${l}`));
        const diff = n.dryRun?.diff;
        if (!diff) continue;
        // The same change on many nodes is printed once.
        const first = shown.get(diff);
        if (first) lines.push(`      same diff as ${first}`);
        else {
          shown.set(diff, n.name);
          lines.push(
            ...diff
              .trimEnd()
              .split('\n')
              .map((l) => `      ${l}`),
          );
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

// ---- markdown ----

const ICON: Record<string, string> = {
  done: '✅',
  succeeded: '✅',
  applied: '✅',
  upgraded: '✅',
  joined: '✅',
  removed: '✅',
  kept: '➖',
  unchanged: '➖',
  planned: '📝',
  failed: '❌',
  'not-reached': '⏸️',
  interrupted: '⏹️',
  'skipped-unhealthy': '⚠️',
  'skipped-unhealthy-cluster': '⚠️',
};

const icon = (status: string) => `${ICON[status] ?? ''} ${status}`.trim();

/** A table cell: one line, no pipes, no HTML. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fence(body: string, lang: string): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${body.trimEnd()}\n${f}`;
}

interface Detail {
  diffs: boolean;
  notes: boolean;
  /** Node rows: all, only the ones that changed or failed, or none. */
  nodes: 'all' | 'changed' | 'none';
  /** Cluster rows in the summary table (undefined: all). */
  clusterRows?: number;
}

const LEVELS: Detail[] = [
  { diffs: true, notes: true, nodes: 'all' },
  { diffs: false, notes: true, nodes: 'all' },
  { diffs: false, notes: false, nodes: 'changed' },
  { diffs: false, notes: false, nodes: 'none' },
  { diffs: false, notes: false, nodes: 'none', clusterRows: 200 },
  { diffs: false, notes: false, nodes: 'none', clusterRows: 20 },
];

export function rolloutMarkdown(report: RolloutReport, limit = MARKDOWN_LIMIT): string {
  for (const level of LEVELS) {
    const md = renderMarkdown(report, level);
    if (md.length <= limit) return md;
  }
  const md = renderMarkdown(report, { diffs: false, notes: false, nodes: 'none', clusterRows: 0 });
  return md.length <= limit ? md : `${md.slice(0, limit - 40)}\n\n_(report truncated)_\n`;
}

/** A cluster's outcome in words, for its table row: never a bare "0 changed". */
function clusterResult(c: ClusterReport, report: RolloutReport): string {
  const count = (...st: NodeStatus[]) => c.nodes.filter((n) => st.includes(n.status)).length;
  const parts = (list: [number, string][]) =>
    list
      .filter(([n]) => n > 0)
      .map(([n, w]) => `${n} ${w}`)
      .join(', ');
  const h = report.halted;
  switch (c.status) {
    case 'done':
      return `✅ ${parts([
        [count('applied'), 'applied'],
        [count('upgraded'), 'upgraded'],
        [count('joined'), 'joined'],
        [count('removed'), 'removed'],
        [count('unchanged'), 'unchanged'],
        [count('kept'), 'no longer listed, left running'],
      ])}`;
    case 'unchanged': {
      const kept = count('kept');
      return `➖ unchanged (${c.nodes.length - kept} nodes already match${kept ? `; ${kept} no longer listed, left running` : ''})`;
    }
    case 'planned':
      return `📝 ${parts([
        [count('planned'), 'would change'],
        [count('unchanged'), 'unchanged'],
      ])}`;
    case 'failed': {
      const failed = c.nodes.find((n) => n.status === 'failed');
      const done = parts([
        [count('applied', 'upgraded', 'joined', 'removed'), 'done'],
        [count('not-reached'), 'not started'],
      ]);
      const flying = c.nodes.filter((n) => n.status === 'interrupted').map((n) => n.name);
      if (flying.length)
        return `⏹️ interrupted with ${flying.join(', ')} in flight${done ? ` (${done})` : ''}`;
      if (failed) return `❌ failed at ${failed.name}${done ? ` (${done})` : ''}`;
      return `❌ failed: ${c.reason ?? 'see below'}`;
    }
    case 'skipped-unhealthy':
      return `⚠️ skipped, nothing changed: preflight found ${c.preflight.length === 1 ? 'a problem' : `${c.preflight.length} problems`}`;
    case 'not-reached': {
      if (c.reason) return `⏸️ not started: ${c.reason}`;
      const at = h ? `${h.cluster}${h.node ? `/${h.node}` : ''}` : 'an earlier cluster';
      return `⏸️ not started: the rollout halted at ${at} first`;
    }
  }
}

function renderMarkdown(report: RolloutReport, d: Detail): string {
  const out: string[] = [ROLLOUT_REPORT_MARKER];
  const h = report.halted;
  const at = h ? ` at ${cell(h.cluster)}${h.node ? `/${cell(h.node)}` : ''}` : '';
  const title = report.dryRun
    ? `Talos rollout plan (dry run): ${report.status === 'succeeded' ? '✅ ready' : `❌ would halt${at}`}`
    : `Talos rollout: ${report.status === 'succeeded' ? '✅ done' : `❌ halted${at}`}`;
  out.push(`### ${title}`, '');
  const halt = haltSentences(report, 're-run the job');
  if (halt) {
    out.push(`> **${cell(halt.what)}**`, '>', `> ${cell(halt.next)}`, '');
    const detail = haltedNode(report)?.detail;
    if (detail) {
      out.push(
        '<details><summary>What the Talos API answered</summary>',
        '',
        fence(detail, 'text'),
        '',
        '</details>',
        '',
      );
    }
  }
  out.push(headline(report));
  const clusters = report.stages.flatMap((s) => s.clusters);
  out.push('', '| Stage | Cluster | Result | Duration |', '|---|---|---|---:|');
  const rows = d.clusterRows === undefined ? clusters : clusters.slice(0, d.clusterRows);
  for (const c of rows) {
    out.push(
      `| ${cell(c.stage)} | ${cell(c.name)} | ${cell(clusterResult(c, report))} | ${duration(c.durationMs)} |`,
    );
  }
  if (rows.length < clusters.length)
    out.push('', `_…and ${clusters.length - rows.length} more cluster(s); the JSON report has them all._`);
  if (d.nodes !== 'none') for (const c of clusters) out.push(...clusterSection(c, d, report));
  if (d.nodes !== 'all' || !d.diffs)
    out.push(
      '',
      '_Some detail was left out to fit; the JSON report (`apply --format json`) has everything._',
    );
  return `${out.join('\n')}\n`;
}

function clusterSection(c: ClusterReport, d: Detail, report: RolloutReport): string[] {
  const nodes =
    d.nodes === 'all'
      ? c.nodes
      : c.nodes.filter((n) => n.status !== 'unchanged' && n.status !== 'not-reached');
  if (nodes.length === 0 && !c.reason) return [];
  const summary = `<b>${cell(c.name)}</b> (${cell(c.stage)}) — ${cell(clusterResult(c, report))}`;
  const out = [
    '',
    `<details${c.status === 'failed' || c.status === 'skipped-unhealthy' ? ' open' : ''}><summary>${summary}</summary>`,
    '',
  ];
  if (c.bootstrap) out.push(`- ${cell(bootstrapText(c))}`, '');
  if (c.notes?.length && d.notes) out.push(...c.notes.map((n) => `- note: ${cell(n)}`), '');
  if (c.preflight.length && (d.notes || c.status === 'skipped-unhealthy'))
    out.push(...c.preflight.map((p) => `- preflight: ${cell(p)}`), '');
  if (c.kubernetes) {
    const k = c.kubernetes;
    out.push(`- Kubernetes ${cell(k.from)} → ${cell(k.to)}: ${k.steps.length} upgrade step(s)`);
    for (const p of k.precheck) out.push(`- pre-check: ${cell(p)}`);
    out.push('');
  }
  if (nodes.length) {
    out.push(
      '| Node | Role | Status | Action | Mode | Duration | Detail |',
      '|---|---|---|---|---|---:|---|',
    );
    const halted = report.halted;
    for (const n of nodes) {
      // The halt is stated once, at the top; its node's row points there.
      const isHalt = halted?.cluster === c.name && halted.node === n.name && n.status === 'failed';
      const reason = isHalt ? 'the halt (see above)' : n.reason;
      const drift = n.drift ? `⚠️ ${DRIFT_LABEL}` : undefined;
      const detail = [drift, reason, ...(d.notes ? n.notes : [])].filter(Boolean).join('; ');
      out.push(
        `| ${cell(n.name)} | ${n.role} | ${icon(n.status)} | ${cell(actionText(n))} | ${cell(modeText(n))} | ${duration(n.durationMs)} | ${cell(detail)} |`,
      );
    }
  }
  for (const n of nodes.filter((x) => x.drift)) {
    const drift = n.drift!;
    out.push(
      '',
      `<details open><summary>⚠️ <b>${cell(n.name)}</b>: ${cell(DRIFT_LABEL)} (${cell(driftWhat(drift))})</summary>`,
      '',
    );
    if (drift.reason) out.push(`_${cell(drift.reason)}_`, '');
    if (drift.revert && d.diffs)
      out.push(
        'This apply reverts it: `-` what the node runs, `+` the last applied commit (secrets redacted).',
        '',
        fence(drift.revert, 'diff'),
        '',
      );
    out.push('</details>');
  }
  if (d.diffs) {
    // One section per distinct diff, naming every node it applies to.
    const byDiff = new Map<string, string[]>();
    for (const n of nodes)
      if (n.dryRun?.diff) byDiff.set(n.dryRun.diff, [...(byDiff.get(n.dryRun.diff) ?? []), n.name]);
    for (const [diff, names] of byDiff) {
      const who = names.length > 1 ? `${names.length} nodes (${names.join(', ')})` : names[0]!;
      out.push(
        '',
        `<details><summary>${cell(who)}: the node's own dry-run diff (secrets redacted)</summary>`,
        '',
        fence(diff, 'diff'),
        '',
        '</details>',
      );
    }
  }
  out.push('', '</details>');
  return out;
}
