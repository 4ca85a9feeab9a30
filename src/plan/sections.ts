/**
 * The pieces of a plan document as markdown strings: header with the verdict, summary table, finding
 * items, cluster sections and node-group sections. Each piece ends with its own blank line, so the
 * document is their concatenation and its size the sum of theirs (which the fitting relies on).
 * Input text is already redacted (see view.ts); here it is only escaped.
 */
import type { Severity } from '../validate/types.js';
import { IMPACT_PHRASE, impactSummary, type NodeGroup, severitySummary } from './facts.js';
import type { FindingGroup } from './finding-groups.js';
import { commitUrl, type RepoLinkContext, shortRef, sourceLink } from './links.js';
import { fence, htmlText, mdCode, mdText, plural } from './md.js';
import { foldNames, nameList } from './node-list.js';
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
  /** Open cluster and node-group sections by default (small plans). */
  openClusters: boolean;
  openGroups: boolean;
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

export function headerSection(view: PlanView, ctx: SectionContext): string {
  const v = verdict(view);
  // The verdict is made of counts only; the title is the one part that needs escaping.
  const out: string[] = [`### ${v.icon} ${mdText(ctx.title)}: ${v.text}`, ''];
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
  const note = ctx.annotationNote ? `${mdText(ctx.annotationNote)}\n\n` : '';
  return `### Findings: ${counts}\n\n${note}`;
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

// -------------------------------------------------------------------------------------------- clusters

export const CLUSTERS_HEAD = '### Changes by cluster\n\n';

const open = (yes: boolean) => (yes ? '<details open>' : '<details>');

function clusterSummaryLine(c: ClusterView): string {
  const parts = [`<b>${htmlText(c.plan.name)}</b>`, htmlText(c.plan.stage)];
  if (c.plan.error && c.total === 0) parts.push(`⛔ render failed (${c.plan.error.side})`);
  else parts.push(`${c.changed} of ${plural(c.total, 'node')} ${c.changed === 1 ? 'changes' : 'change'}`);
  const impacts = impactSummary(c.impacts);
  if (impacts) parts.push(htmlText(impacts));
  const findings = severitySummary(c.findings);
  if (findings) parts.push(htmlText(findings));
  if (c.plan.hidden.length > 0) parts.push('⚠️ partial');
  return parts.join(' · ');
}

/** The start of a cluster section: its summary line and the per-cluster lines. */
export function clusterOpen(c: ClusterView, ctx: SectionContext): string {
  const lines: string[] = [];
  lines.push(`- Defined in ${sourceLink(ctx.links, c.plan.file, undefined, id)}`);
  const err = c.plan.error;
  if (err) {
    const where = err.file ? ` (${sourceLink(ctx.links, err.file, err.line, id)})` : '';
    lines.push(`- ⛔ **Could not be rendered at the ${err.side}:** ${mdText(err.message)}${where}`);
  }
  if (c.plan.hidden.length > 0) {
    const what = c.plan.hidden.map(mdCode).join(', ');
    lines.push(`- ⚠️ **Could not see:** ${what} (${mdText(ctx.hiddenReason)})`);
  }
  if (c.unchanged.length > 0) {
    const names = nameList(
      c.unchanged.map((n) => n.name),
      ctx.nameTokens,
      mdText,
    );
    lines.push(`- Unchanged (${c.unchanged.length}): ${names}`);
  }
  return `${open(ctx.openClusters)}<summary>${clusterSummaryLine(c)}</summary>\n\n${lines.join('\n')}\n\n`;
}

export const CLUSTER_CLOSE = '</details>\n\n';

const IMPACT_ICON = { 'talos-upgrade': '⬆️', reboot: '🔁', live: '✏️', none: '☸️' } as const;

function rolesNoun(g: NodeGroup): string {
  const roles = new Set(g.nodes.map((n) => n.role));
  if (roles.size === 1 && roles.has('worker')) return 'workers';
  if (roles.size === 1 && roles.has('controlplane')) return 'control planes';
  return 'nodes';
}

/** Names a node group's summary line lists before "… and N more". */
const SUMMARY_NAMES = 6;

function groupSummaryLine(g: NodeGroup): string {
  const icon = g.status === 'added' ? '➕' : g.status === 'removed' ? '➖' : IMPACT_ICON[g.primary];
  const phrases = g.impacts.filter((i) => i !== 'none').map((i) => IMPACT_PHRASE[i]);
  const status = g.status === 'added' ? 'new node' : g.status === 'removed' ? 'removed' : '';
  const tail = [status, ...phrases].filter(Boolean).map(htmlText).join(' · ');
  if (g.nodes.length === 1) {
    const n = g.nodes[0]!;
    return `${icon} <b>${htmlText(n.name)}</b> · ${htmlText(n.role)}${tail ? ` · ${tail}` : ''}`;
  }
  const names = nameList(
    g.nodes.map((n) => n.name),
    SUMMARY_NAMES,
    htmlText,
  );
  return `${icon} <b>same change on ${g.nodes.length} ${rolesNoun(g)}</b>: ${names}${tail ? ` · ${tail}` : ''}`;
}

/** A field path as code; free text (a sentence) as text. */
const reasonText = (r: string) => (/\s/.test(r.trim()) ? mdText(r) : mdCode(r));

function groupBullets(g: NodeGroup, ctx: SectionContext): string {
  const lines: string[] = [];
  // The summary line names up to six; list them all here when it could not.
  if (foldNames(g.nodes.map((n) => n.name)).length > SUMMARY_NAMES) {
    lines.push(
      `- **Nodes (${g.nodes.length}):** ${nameList(
        g.nodes.map((n) => n.name),
        ctx.nameTokens,
        mdText,
      )}`,
    );
  }
  if (g.reasons.length > 0) lines.push(`- **Why:** ${g.reasons.map(reasonText).join(', ')}`);
  if (g.changedSecrets.length > 0) {
    lines.push(`- **Secrets changed** (values hidden): ${g.changedSecrets.map(mdCode).join(', ')}`);
  }
  return lines.length ? `${lines.join('\n')}\n\n` : '';
}

export function diffLineCount(g: NodeGroup): number {
  return g.diff === '' ? 0 : g.diff.split('\n').length;
}

/** A node group's section, with its diff or with a line saying the diff was left out. */
export function groupSection(g: NodeGroup, withDiff: boolean, ctx: SectionContext): string {
  let body: string;
  if (g.diff === '') {
    body =
      g.changedSecrets.length > 0
        ? '_No visible difference: only secret values changed._\n\n'
        : '_No line-level difference to show._\n\n';
  } else if (withDiff) {
    const note = g.contextVaries
      ? `_Context lines are ${mdText(g.nodes[0]!.name)}'s; the changed lines are the same on every node listed._\n\n`
      : '';
    body = `${note}${fence(g.diff, 'diff')}\n\n`;
  } else {
    body = `_Diff (${plural(diffLineCount(g), 'line')}) left out to fit; see ${ctx.elsewhere}._\n\n`;
  }
  return `${open(ctx.openGroups)}<summary>${groupSummaryLine(g)}</summary>\n\n${groupBullets(g, ctx)}${body}</details>\n\n`;
}

/**
 * What stays of node sections that were left out: the nodes, by impact, in one line each, and where
 * the sections are. `dropped` are the groups left out; `of` how many the cluster has.
 */
export function nodesLeftOut(dropped: readonly NodeGroup[], of: number, ctx: SectionContext): string {
  if (dropped.length === 0) return '';
  const byImpact = new Map<string, string[]>();
  for (const g of dropped) {
    const label =
      g.status === 'added'
        ? 'new'
        : g.status === 'removed'
          ? 'removed'
          : g.primary === 'none'
            ? IMPACT_PHRASE['kubernetes-upgrade']
            : IMPACT_PHRASE[g.primary];
    const list = byImpact.get(label) ?? [];
    list.push(...g.nodes.map((n) => n.name));
    byImpact.set(label, list);
  }
  const nodes = dropped.reduce((n, g) => n + g.nodes.length, 0);
  const lines = [...byImpact].map(
    ([label, names]) =>
      `- **${mdText(label)}** (${names.length}): ${nameList(names, ctx.nameTokens, mdText)}`,
  );
  const which = dropped.length === of ? 'Per-node sections' : `Sections of ${plural(nodes, 'more node')}`;
  lines.push(
    `- _${which} (${plural(dropped.length, 'distinct change')}) left out to fit; see ${ctx.elsewhere}._`,
  );
  return `${lines.join('\n')}\n\n`;
}

// ---------------------------------------------------------------------------------------------- note

export interface Omissions {
  /** Diff bodies left out of node sections still shown. */
  diffs: number;
  /** Node-group sections left out of cluster sections still shown. */
  nodeSections: number;
  clusterSections: number;
  findings: number;
  rows: number;
}

export function omissionNote(o: Omissions, limitText: string, ctx: SectionContext): string {
  const parts: string[] = [];
  if (o.diffs) parts.push(`the diffs of ${plural(o.diffs, 'node group')} (largest first)`);
  if (o.nodeSections)
    parts.push(`the sections of ${plural(o.nodeSections, 'node group')} (least disruptive first)`);
  if (o.clusterSections) parts.push(`${plural(o.clusterSections, 'cluster section')}`);
  if (o.findings) parts.push(`${plural(o.findings, 'finding')} (least important first)`);
  if (o.rows) parts.push(`${plural(o.rows, 'table row')}`);
  if (parts.length === 0) return '';
  return `---\n\n✂️ **Shortened to fit ${limitText}.** Left out: ${parts.join('; ')}. The full plan is in ${ctx.elsewhere}.\n`;
}
