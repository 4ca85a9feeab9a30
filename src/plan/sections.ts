/**
 * The pieces of a plan document as markdown strings: header with the verdict, summary table, finding
 * items, cluster sections and node-group sections. Each piece ends with its own blank line, so the
 * document is their concatenation and its size the sum of theirs (which the fitting relies on).
 * Input text is already redacted (see view.ts); here it is only escaped.
 */

import type { Severity } from '../validate/types.js';
import {
  impactPhrases,
  impactSummary,
  type NodeGroup,
  OPEN_RISK,
  RISK_LABEL,
  severitySummary,
} from './facts.js';
import type { FindingGroup } from './finding-groups.js';
import { commitUrl, type RepoLinkContext, shortRef, sourceLink } from './links.js';
import { fence, htmlText, mdCode, mdText, plural } from './md.js';
import { foldNames, nameList } from './node-list.js';
import type { ChangedFile } from './types.js';
import type { ClusterView, PlanView } from './view.js';

export interface SectionContext {
  links: RepoLinkContext | undefined;
  /** The head as shown: a commit id, or the planner's label for it. */
  head: string;
  headNote?: string;
  title: string;
  hiddenReason: string;
  /** Markdown naming where the full plan is (job summary, report artifact). */
  elsewhere: string;
  /** Name tokens listed in a body before "… and N more". */
  nameTokens: number;
  /** Job summary: which finding groups are annotations, and the sentence that says so. */
  annotated?: Set<string>;
  annotationNote?: string;
}

const id = (s: string) => s;

// ---------------------------------------------------------------------------------------------- header

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

function verdict(view: PlanView): { icon: string; text: string } {
  const { counts } = view;
  const parts: string[] = [];
  if (counts.error) parts.push(plural(counts.error, 'error'));
  const clusters = view.clusters.length;
  if (view.changedNodes > 0) {
    const impacts = impactSummary(view.impacts);
    parts.push(
      `${view.changedNodes} of ${plural(view.totalNodes, 'node')} ${view.changedNodes === 1 ? 'changes' : 'change'} ` +
        `in ${view.changedClusters} of ${plural(clusters, 'cluster')}${impacts ? ` (${impacts})` : ''}`,
    );
  } else if (clusters === 0) {
    parts.push('no clusters found');
  } else {
    parts.push(`no changes to ${plural(view.totalNodes, 'node')} in ${plural(clusters, 'cluster')}`);
  }
  if (counts.warning) parts.push(plural(counts.warning, 'warning'));
  const icon = counts.error ? SEVERITY_ICON.error : counts.warning ? SEVERITY_ICON.warning : '✅';
  return { icon, text: parts.join(' · ') };
}

/** The riskiest change in words, right under the verdict: what a reviewer must look at first. */
function riskiestLine(view: PlanView): string | undefined {
  const g = view.groups[0];
  if (!g) return undefined;
  const clusters = clusterCount(g);
  const who =
    g.nodes.length === 1
      ? `**${mdText(g.nodes[0]!.name)}** (${mdText(g.nodes[0]!.cluster)})`
      : clusters === 1
        ? `**${g.nodes.length} nodes** of ${mdText(g.nodes[0]!.cluster)} (${whereNames(g, 6)})`
        : `**${g.nodes.length} nodes** in ${clusters} clusters (${whereNames(g, 6)})`;
  const what = impactPhrases(g).map(mdText).join(' · ');
  const more = view.groups.length > 1 ? ` — ${plural(view.groups.length - 1, 'other change')} below` : '';
  return `**Riskiest:** ${groupIcon(g)} ${who} ${what}${more}`;
}

export function headerSection(view: PlanView, ctx: SectionContext): string {
  const v = verdict(view);
  // The verdict is made of counts only; the title is the one part that needs escaping.
  const out: string[] = [`### ${v.icon} ${mdText(ctx.title)}: ${v.text}`, ''];
  const riskiest = riskiestLine(view);
  if (riskiest) out.push(riskiest, '');
  const head = mdCode(shortRef(ctx.head));
  const url = commitUrl(ctx.links);
  const note = ctx.headNote ? ` (${mdText(ctx.headNote)})` : '';
  out.push(
    `Head ${url ? `[${head}](${url})` : head}${note} compared with base ${mdCode(shortRef(view.plan.base))}.`,
    '',
  );
  if (view.hidden.length > 0) {
    const names = nameList(
      view.hidden.map((c) => c.plan.name),
      ctx.nameTokens,
      mdText,
    );
    out.push(
      '> [!WARNING]',
      `> **Could not see** parts of ${plural(view.hidden.length, 'cluster')} (${mdText(ctx.hiddenReason)}): ` +
        `${names}. Everything else is compared; the sections below say what is missing.`,
      '',
    );
  }
  return `${out.join('\n')}\n`;
}

// ----------------------------------------------------------------------------------------------- table

export const TABLE_HEAD =
  '| Cluster | Stage | Nodes changed | Impact | Findings |\n| --- | --- | --- | --- | --- |\n';

function nodesCell(c: ClusterView): string {
  if (c.plan.error && c.total === 0) return '—';
  const added = c.plan.nodes.filter((n) => n.status === 'added').length;
  const removed = c.plan.nodes.filter((n) => n.status === 'removed').length;
  const extra = [added ? `${added} new` : '', removed ? `${removed} removed` : ''].filter(Boolean).join(', ');
  return `${c.changed} of ${c.total}${extra ? ` (${extra})` : ''}`;
}

function impactCell(c: ClusterView): string {
  const parts: string[] = [];
  if (c.plan.error) parts.push(`⛔ render failed (${c.plan.error.side})`);
  else parts.push(c.changed > 0 ? impactSummary(c.impacts) || 'live' : 'no change');
  if (c.plan.hidden.length > 0) parts.push('⚠️ partial');
  return parts.join(' · ');
}

export function tableRow(c: ClusterView): string {
  const cells = [
    mdText(c.plan.name),
    mdText(c.plan.stage),
    nodesCell(c),
    impactCell(c),
    severitySummary(c.findings) || '—',
  ];
  return `| ${cells.join(' | ')} |\n`;
}

export function totalRow(view: PlanView): string {
  const impacts = impactSummary(view.impacts) || 'no change';
  const findings = severitySummary(view.counts) || '—';
  return `| **Total** (${plural(view.clusters.length, 'cluster')}) | | **${view.changedNodes} of ${view.totalNodes}** | ${impacts} | ${findings} |\n`;
}

export function rowsLeftOutRow(left: ClusterView[]): string {
  const changed = left.filter((c) => c.changed > 0 || c.plan.error).length;
  return `| … ${plural(left.length, 'more cluster')} left out to fit (${changed} with changes or errors) | | | | |\n`;
}

// -------------------------------------------------------------------------------------------- findings

export function findingsHead(view: PlanView, ctx: SectionContext): string {
  const counts = severitySummary(view.counts);
  const total = view.counts.error + view.counts.warning + view.counts.notice + view.counts.waived;
  // The same finding on many nodes is one item: say so, so "2 warnings" never heads one bullet unexplained.
  const items = view.findings.length;
  const folded =
    items < total ? ` (${plural(items, 'item')}: the same finding on several nodes is listed once)` : '';
  const note = ctx.annotationNote ? `${mdText(ctx.annotationNote)}\n\n` : '';
  return `### Findings: ${counts}${folded}\n\n${note}`;
}

function whereText(g: FindingGroup, ctx: SectionContext): string {
  const parts: string[] = [];
  for (const [cluster, nodes] of g.where) {
    parts.push(
      nodes.length
        ? `${mdText(cluster)}: ${nameList(nodes, Math.min(ctx.nameTokens, 12), mdText)}`
        : mdText(cluster),
    );
  }
  return parts.join('; ');
}

export function findingItem(g: FindingGroup, ctx: SectionContext): string {
  const parts: string[] = [];
  const label = g.waived ? `~~${g.severity}~~ waived` : g.severity;
  parts.push(
    `${g.waived ? '🔕' : SEVERITY_ICON[g.severity]} **${label}** ${mdCode(g.rule)} ${mdText(g.message)}`,
  );
  if (g.file !== undefined) parts.push(sourceLink(ctx.links, g.file, g.line, id));
  if (g.path) parts.push(`at ${mdCode(g.path)}`);
  const where = whereText(g, ctx);
  if (where) parts.push(`on ${where}`);
  if (g.waived) {
    const until = g.waived.expires ? ` (until ${mdText(g.waived.expires)})` : '';
    parts.push(`waiver: ${mdText(g.waived.reason)}${until}, ${mdText(g.waived.source)}`);
  }
  if (ctx.annotated && !g.waived && !ctx.annotated.has(g.key)) parts.push('_not annotated_');
  return `- ${parts.join(' · ')}\n`;
}

export function findingsLeftOut(n: number, ctx: SectionContext): string {
  return `- _… ${plural(n, 'more finding')} left out to fit (least important first); see ${ctx.elsewhere}._\n`;
}

// ------------------------------------------------------------------------------------- cluster notes

/** What could not be compared, per cluster (hidden parts, a base that did not render). */
export function clusterNotes(view: PlanView, ctx: SectionContext): string {
  const lines: string[] = [];
  for (const c of view.clusters) {
    if (c.plan.hidden.length === 0) continue;
    const what = c.plan.hidden.map(mdCode).join(', ');
    lines.push(`- ⚠️ **${mdText(c.plan.name)}** could not see: ${what} (${mdText(ctx.hiddenReason)})`);
  }
  return lines.length ? `${lines.join('\n')}\n\n` : '';
}

// ------------------------------------------------------------------------------------- changed files

export const FILES_HEAD = '### Files changed in this pull request → nodes they reach\n\n';

function reachText(nodes: ChangedFile['nodes'], view: PlanView, max: number): string {
  const byCluster = new Map<string, string[]>();
  for (const n of nodes) byCluster.set(n.cluster, [...(byCluster.get(n.cluster) ?? []), n.node]);
  const total = (name: string) => view.clusters.find((c) => c.plan.name === name)?.total;
  const parts = [...byCluster].map(([cluster, names]) =>
    names.length > 1 && names.length === total(cluster)
      ? `${mdText(cluster)}: all ${names.length} nodes`
      : `${mdText(cluster)}: ${nameList(names, max, mdText)}`,
  );
  const clusters = byCluster.size;
  const head = clusters > 1 ? `${plural(nodes.length, 'node')} in ${clusters} clusters — ` : '';
  return `${head}${parts.join('; ')}`;
}

export function fileLine(f: ChangedFile, view: PlanView, ctx: SectionContext): string {
  const changed = new Set(view.groups.flatMap((g) => g.nodes.map((n) => `${n.cluster}\u0000${n.name}`)));
  const reached = f.nodes.filter((n) => changed.has(`${n.cluster}\u0000${n.node}`)).length;
  const failed = [...new Set(f.nodes.map((n) => n.cluster))].filter(
    (c) => view.clusters.find((x) => x.plan.name === c)?.plan.error,
  );
  const note = failed.length
    ? ` _(${failed.map(mdText).join(', ')} could not be rendered)_`
    : f.nodes.length > 0 && reached === 0
      ? ' _(renders the same: no node changes)_'
      : reached < f.nodes.length
        ? ` _(${reached} of them ${reached === 1 ? 'changes' : 'change'})_`
        : '';
  return `- ${sourceLink(ctx.links, f.file, undefined, id)} → ${reachText(f.nodes, view, Math.min(ctx.nameTokens, 12))}${note}\n`;
}

export function filesLeftOut(n: number, ctx: SectionContext): string {
  return `- _… ${plural(n, 'more file')} left out to fit; see ${ctx.elsewhere}._\n`;
}

// ------------------------------------------------------------------------------------------ changes

export const CHANGES_HEAD = '### Changes, riskiest first\n\n';

const IMPACT_ICON = {
  'talos-upgrade': '⬆️',
  address: '🚚',
  reboot: '🔁',
  live: '✏️',
  none: '☸️',
} as const;

function groupIcon(g: NodeGroup): string {
  if (g.changedCas?.length) return '🔐';
  if (g.status === 'added') return '➕';
  if (g.status === 'removed') return '➖';
  if (g.primary === 'live' && g.changedSecrets.length > 0) return '🔑';
  return IMPACT_ICON[g.primary];
}

function rolesNoun(g: NodeGroup): string {
  const roles = new Set(g.nodes.map((n) => n.role));
  if (roles.size === 1 && roles.has('worker')) return 'workers';
  if (roles.size === 1 && roles.has('controlplane')) return 'control planes';
  return 'nodes';
}

/**
 * "production: prod-w-1…prod-w-4; staging: stg-w-1" (names folded per cluster), at most `max` name
 * tokens per cluster and about as many clusters before "… and N more clusters".
 */
function whereNames(g: NodeGroup, max: number, format: (s: string) => string = mdText): string {
  const byCluster = new Map<string, string[]>();
  for (const n of g.nodes) byCluster.set(n.cluster, [...(byCluster.get(n.cluster) ?? []), n.name]);
  if (byCluster.size === 1)
    return nameList(
      g.nodes.map((n) => n.name),
      max,
      format,
    );
  const entries = [...byCluster];
  const shown = entries.slice(0, Math.max(2, Math.ceil(max / 2)));
  const parts = shown.map(([c, names]) => `${format(c)}: ${nameList(names, max, format)}`);
  const rest = entries.length - shown.length;
  return `${parts.join('; ')}${rest > 0 ? `; … and ${rest} more clusters` : ''}`;
}

function clusterCount(g: NodeGroup): number {
  return new Set(g.nodes.map((n) => n.cluster)).size;
}

/** Names a node group's summary line lists before "… and N more". */
const SUMMARY_NAMES = 6;

function groupSummaryLine(g: NodeGroup): string {
  const tail = impactPhrases(g).map(htmlText).join(' · ');
  if (g.nodes.length === 1) {
    const n = g.nodes[0]!;
    return `${groupIcon(g)} <b>${htmlText(n.name)}</b> · ${htmlText(n.cluster)} · ${htmlText(n.role)}${tail ? ` · ${tail}` : ''}`;
  }
  const clusters = clusterCount(g);
  const scope = clusters > 1 ? ` in ${clusters} clusters` : ` in ${htmlText(g.nodes[0]!.cluster)}`;
  const names = whereNames(g, SUMMARY_NAMES, htmlText);
  return `${groupIcon(g)} <b>same change on ${g.nodes.length} ${rolesNoun(g)}${scope}</b>: ${names}${tail ? ` · ${tail}` : ''}`;
}

/** A field path as code; free text (a sentence) as text. */
const reasonText = (r: string) => (/\s/.test(r.trim()) ? mdText(r) : mdCode(r));

/** How a section refers to another group (by its first node). */
function groupRef(g: NodeGroup): string {
  const n = g.nodes[0]!;
  return g.nodes.length === 1
    ? `**${mdText(n.name)}**`
    : `the ${g.nodes.length} nodes of **${mdText(n.name)}**`;
}

/** The hunks a section prints, and the ones it only refers to (printed in a riskier section). */
export function sectionHunks(g: NodeGroup, view: PlanView): { own: string[]; shared: string[] } {
  const own: string[] = [];
  const shared: string[] = [];
  for (const h of g.hunks) {
    const use = view.hunks.get(h.key);
    if (use && use.owner !== g) {
      shared.push(
        `${mdCode(h.location || 'the config')}: the same change as ${groupRef(use.owner)} above` +
          ` (on ${plural(use.nodes, 'node')}${use.clusters > 1 ? ` in ${use.clusters} clusters` : ''})`,
      );
      continue;
    }
    const reach =
      use && use.nodes > g.nodes.length
        ? ` · same change on ${use.nodes} nodes${use.clusters > 1 ? ` in ${use.clusters} clusters` : ''}`
        : '';
    own.push(reach ? h.text.replace(/^[^\n]*/, (line) => `${line}${reach}`) : h.text);
  }
  return { own, shared };
}

function groupBullets(g: NodeGroup, shared: string[], ctx: SectionContext): string {
  const lines: string[] = [];
  // The summary line names up to six; list them all here when it could not.
  if (foldNames(g.nodes.map((n) => n.name)).length > SUMMARY_NAMES || clusterCount(g) > 2) {
    lines.push(`- **Nodes (${g.nodes.length}):** ${whereNames(g, ctx.nameTokens)}`);
  }
  if (g.move) {
    lines.push(
      `- **Moves:** the rollout reaches it at ${mdCode(g.move.from)}, applies, and waits for it healthy at ${mdCode(g.move.to)}`,
    );
  }
  const reasons = g.move ? g.reasons.filter((r) => !r.startsWith('moves ')) : g.reasons;
  if (reasons.length > 0) lines.push(`- **Why:** ${reasons.map(reasonText).join(', ')}`);
  if (g.changedCas?.length) {
    lines.push(
      `- 🔐 **CA replaced:** ${g.changedCas.map(mdText).join(', ')}. Applying this would break trust between nodes and clients; rotate CAs with \`talosctl rotate-ca\` instead.`,
    );
  }
  if (g.changedSecrets.length > 0) {
    lines.push(`- **Secrets changed** (values hidden): ${g.changedSecrets.map(mdCode).join(', ')}`);
  }
  const [version, ...defaults] = g.nodes[0]?.fromDefaults ?? [];
  if (version && defaults.length) {
    lines.push(
      `- **From the ${mdText(version)} defaults**, not from a file of this pull request: ${defaults.map(mdCode).join(', ')}`,
    );
  }
  for (const s of shared) lines.push(`- **Also:** ${s}`);
  return lines.length ? `${lines.join('\n')}\n\n` : '';
}

export function diffLineCount(diff: string): number {
  return diff === '' ? 0 : diff.split('\n').length;
}

/** A node group's section, with its diff or with a line saying the diff was left out. */
export function groupSection(g: NodeGroup, withDiff: boolean, view: PlanView, ctx: SectionContext): string {
  const { own, shared } = sectionHunks(g, view);
  const diff = own.join('\n');
  let body: string;
  if (g.diff === '') {
    body =
      g.changedSecrets.length > 0
        ? '_No visible difference: only secret values changed._\n\n'
        : '_No line-level difference to show._\n\n';
  } else if (diff === '') {
    body = '';
  } else if (withDiff) {
    const note = g.contextVaries
      ? `_Context lines are ${mdText(g.nodes[0]!.name)}'s; the changed lines are the same on every node listed._\n\n`
      : '';
    body = `${note}${fence(diff, 'diff')}\n\n`;
  } else {
    body = `_Diff (${plural(diffLineCount(diff), 'line')}) left out to fit; see ${ctx.elsewhere}._\n\n`;
  }
  const open = g.risk >= OPEN_RISK ? '<details open>' : '<details>';
  return `${open}<summary>${groupSummaryLine(g)}</summary>\n\n${groupBullets(g, shared, ctx)}${body}</details>\n\n`;
}

/** What stays of group sections that were left out: their nodes, by risk, one line each. */
export function groupsLeftOut(dropped: readonly NodeGroup[], ctx: SectionContext): string {
  if (dropped.length === 0) return '';
  const byRisk = new Map<number, string[]>();
  for (const g of dropped) {
    const list = byRisk.get(g.risk) ?? [];
    list.push(...g.nodes.map((n) => n.name));
    byRisk.set(g.risk, list);
  }
  const nodes = dropped.reduce((n, g) => n + g.nodes.length, 0);
  const lines = [...byRisk]
    .sort(([a], [b]) => b - a)
    .map(
      ([risk, names]) =>
        `- **${mdText(RISK_LABEL[risk] ?? 'changes')}** (${names.length}): ${nameList(names, ctx.nameTokens, mdText)}`,
    );
  lines.push(
    `- _Sections of ${plural(nodes, 'more node')} (${plural(dropped.length, 'distinct change')}) left out to fit; see ${ctx.elsewhere}._`,
  );
  return `${lines.join('\n')}\n\n`;
}

// ---------------------------------------------------------------------------------------------- note

export interface Omissions {
  /** Diff bodies left out of group sections still shown. */
  diffs: number;
  /** Group sections left out. */
  nodeSections: number;
  files: number;
  findings: number;
  rows: number;
}

export function omissionNote(o: Omissions, limitText: string, ctx: SectionContext): string {
  const parts: string[] = [];
  if (o.diffs) parts.push(`the diffs of ${plural(o.diffs, 'node group')} (least risky, then largest first)`);
  if (o.nodeSections)
    parts.push(`the sections of ${plural(o.nodeSections, 'node group')} (least risky first)`);
  if (o.files) parts.push(`${plural(o.files, 'changed file')}`);
  if (o.findings) parts.push(`${plural(o.findings, 'finding')} (least important first)`);
  if (o.rows) parts.push(`${plural(o.rows, 'table row')}`);
  if (parts.length === 0) return '';
  return `---\n\n✂️ **Shortened to fit ${limitText}.** Left out: ${parts.join('; ')}. The full plan is in ${ctx.elsewhere}.\n`;
}
