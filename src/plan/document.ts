/**
 * Lays out a plan document within a size budget. GitHub refuses comments over 65,536 characters and
 * job summaries over 1 MiB, so detail is dropped in a fixed order until the document fits:
 *
 *   1. diff bodies, least risky groups first (live before reboot before upgrade), largest first;
 *   2. group sections, least risky first, then largest; the nodes left out stay named, one line per
 *      kind of change;
 *   3. lines of "files changed → nodes they reach", from the end;
 *   4. finding items, least important first (the counts stay in the heading and the table);
 *   5. table rows, clusters without changes first, then from the end (the total row stays).
 *
 * Then diffs that fit again in the room left are put back, riskiest first. Whatever was left out is
 * counted in a closing note that says where the full plan is. The header with the verdict and the
 * riskiest change, what the change does to its own checks, the table head and total, and the
 * findings heading are never dropped.
 */
import { checksSection } from './checks-section.js';
import { type NodeGroup, OPEN_RISK } from './facts.js';
import type { FindingGroup } from './finding-groups.js';
import type { RepoLinkContext } from './links.js';
import {
  CHANGES_HEAD,
  clusterNotes,
  FILES_HEAD,
  fileLine,
  filesLeftOut,
  findingItem,
  findingsHead,
  findingsLeftOut,
  groupSection,
  groupsLeftOut,
  headerSection,
  type Omissions,
  omissionNote,
  rowsLeftOutRow,
  type SectionContext,
  TABLE_HEAD,
  tableRow,
  totalRow,
} from './sections.js';
import type { ClusterView, PlanView } from './view.js';

export interface PlanRenderContext {
  /**
   * Applied to every text taken from the plan before it is escaped, and to the finished document.
   * Pass the secret registry's redactor; the plan is redacted already, this is the second line.
   */
  redact: (s: string) => string;
  /** `owner/repo`; without it, file references are printed as code instead of links. */
  repository?: string;
  /** Web base for links; default https://github.com. */
  serverUrl?: string;
  /**
   * The commit the plan describes (the checked-out head): shown, and the commit file links point at.
   * Default: the plan's head when that is a commit id (the planner labels the work tree otherwise).
   */
  headSha?: string;
  /** Said after the head commit, e.g. "pull request #12's head 1a2b3c4 merged into main". */
  headNote?: string;
  /** First words of the heading; default "Talos plan". */
  title?: string;
  /** Stage order; clusters are listed stage by stage. */
  stages?: readonly string[];
  /** Why parts could not be seen, e.g. "secrets unavailable for pull requests from forks". */
  hiddenReason?: string;
  /** URL of the workflow run, whose page shows the job summary. */
  detailsUrl?: string;
  /** Name of the artifact the JSON report is uploaded as. */
  reportArtifact?: string;
}

export interface DocumentTarget {
  /** Largest size allowed, in the unit `measure` counts. */
  budget: number;
  measure: (s: string) => number;
  /** E.g. "GitHub's 65,536-character comment limit". */
  limitText: string;
  /** Markdown naming where the full plan is. */
  elsewhere: string;
  nameTokens: number;
  annotated?: Set<string>;
  annotationNote?: string;
  /** Finding groups in the order they are dropped; default: least important first. */
  findingDropOrder?: (groups: readonly FindingGroup[]) => FindingGroup[];
}

export interface RenderedDocument {
  text: string;
  omissions: Omissions;
}

interface GroupPiece {
  group: NodeGroup;
  full: string;
  bare: string;
  fullSize: number;
  bareSize: number;
}

interface Layout {
  noDiff: Set<string>;
  droppedGroups: Set<string>;
  droppedFiles: Set<number>;
  droppedFindings: Set<number>;
  droppedRows: Set<number>;
}

const emptyLayout = (): Layout => ({
  noDiff: new Set(),
  droppedGroups: new Set(),
  droppedFiles: new Set(),
  droppedFindings: new Set(),
  droppedRows: new Set(),
});

export function linkContext(view: PlanView, ctx: PlanRenderContext): RepoLinkContext | undefined {
  if (!ctx.repository) return undefined;
  return {
    serverUrl: ctx.serverUrl ?? 'https://github.com',
    repository: ctx.repository,
    sha: ctx.headSha ?? view.plan.head,
  };
}

export function renderDocument(
  view: PlanView,
  ctx: PlanRenderContext,
  target: DocumentTarget,
): RenderedDocument {
  const m = target.measure;
  const sc: SectionContext = {
    links: linkContext(view, ctx),
    // The caller's own texts go through the redactor too: it is applied to everything emitted.
    head: ctx.headSha ? ctx.redact(ctx.headSha) : view.plan.head,
    ...(ctx.headNote ? { headNote: ctx.redact(ctx.headNote) } : {}),
    title: ctx.redact(ctx.title ?? 'Talos plan'),
    hiddenReason: ctx.redact(ctx.hiddenReason ?? 'secrets unavailable'),
    elsewhere: target.elsewhere,
    nameTokens: target.nameTokens,
    ...(target.annotated ? { annotated: target.annotated } : {}),
    ...(target.annotationNote ? { annotationNote: target.annotationNote } : {}),
  };

  const header = headerSection(view, sc);
  // what the change does to its own checks: right under the verdict, never dropped (it is bounded)
  const checks = checksSection(view.plan.checks, target.elsewhere);
  const rows = view.clusters.map(tableRow);
  const total = view.clusters.length === 1 ? '' : totalRow(view);
  const notes = clusterNotes(view, sc);
  const fHead = view.findings.length > 0 ? findingsHead(view, sc) : '';
  const items = view.findings.map((g) => findingItem(g, sc));
  const changedFiles = view.plan.changedFiles ?? [];
  const files = changedFiles.map((f) => fileLine(f, view, sc));
  const pieces = view.groups.map((g): GroupPiece => {
    const full = groupSection(g, true, view, sc);
    const bare = groupSection(g, false, view, sc);
    return { group: g, full, bare, fullSize: m(full), bareSize: m(bare) };
  });

  const rowSizes = rows.map(m);
  const itemSizes = items.map(m);
  const fileSizes = files.map(m);
  const pieceSize = (g: GroupPiece, L: Layout) =>
    L.droppedGroups.has(g.group.id) ? 0 : L.noDiff.has(g.group.id) ? g.bareSize : g.fullSize;
  const leftOut = (L: Layout) =>
    groupsLeftOut(
      pieces.filter((g) => L.droppedGroups.has(g.group.id)).map((g) => g.group),
      sc,
    );

  const omissions = (L: Layout): Omissions => ({
    diffs: pieces.filter((g) => !L.droppedGroups.has(g.group.id) && L.noDiff.has(g.group.id)).length,
    nodeSections: L.droppedGroups.size,
    files: L.droppedFiles.size,
    findings: L.droppedFindings.size,
    rows: L.droppedRows.size,
  });

  const compose = (L: Layout): string => {
    const out: string[] = [header, checks, TABLE_HEAD];
    rows.forEach((r, i) => {
      if (!L.droppedRows.has(i)) out.push(r);
    });
    if (L.droppedRows.size > 0) {
      out.push(rowsLeftOutRow(view.clusters.filter((_, i) => L.droppedRows.has(i))));
    }
    out.push(total, '\n', notes);
    if (fHead) {
      out.push(fHead);
      items.forEach((it, i) => {
        if (!L.droppedFindings.has(i)) out.push(it);
      });
      if (L.droppedFindings.size > 0) out.push(findingsLeftOut(L.droppedFindings.size, sc));
      out.push('\n');
    }
    if (files.length > 0) {
      out.push(FILES_HEAD);
      files.forEach((f, i) => {
        if (!L.droppedFiles.has(i)) out.push(f);
      });
      if (L.droppedFiles.size > 0) out.push(filesLeftOut(L.droppedFiles.size, sc));
      out.push('\n');
    }
    if (pieces.length > 0) {
      out.push(CHANGES_HEAD);
      for (const g of pieces) {
        if (!L.droppedGroups.has(g.group.id)) out.push(L.noDiff.has(g.group.id) ? g.bare : g.full);
      }
      out.push(leftOut(L));
    }
    out.push(omissionNote(omissions(L), target.limitText, sc));
    return ctx.redact(`${out.join('').trimEnd()}\n`);
  };

  const fixedSize =
    m(header) +
    m(checks) +
    m(TABLE_HEAD) +
    m(total) +
    1 +
    m(notes) +
    (fHead ? m(fHead) + 1 : 0) +
    (files.length ? m(FILES_HEAD) + 1 : 0) +
    (pieces.length ? m(CHANGES_HEAD) : 0);

  const sizeOf = (L: Layout): number =>
    fixedSize +
    rowSizes.reduce((n, s, i) => n + (L.droppedRows.has(i) ? 0 : s), 0) +
    itemSizes.reduce((n, s, i) => n + (L.droppedFindings.has(i) ? 0 : s), 0) +
    fileSizes.reduce((n, s, i) => n + (L.droppedFiles.has(i) ? 0 : s), 0) +
    pieces.reduce((n, g) => n + pieceSize(g, L), 0);

  const findingIndex = new Map(view.findings.map((g, i) => [g, i]));
  const dropOrder = (target.findingDropOrder ?? ((gs) => [...gs].reverse()))(view.findings).map(
    (g) => findingIndex.get(g)!,
  );

  const decide = (budget: number): Layout => {
    const L = emptyLayout();
    let size = sizeOf(L);
    if (size <= budget) return L;

    // 1. Diff bodies: least risky first, then largest (ties: document order, as sort is stable).
    const diffs = pieces
      .filter((g) => g.fullSize > g.bareSize)
      .sort((a, b) => a.group.risk - b.group.risk || b.fullSize - b.bareSize - (a.fullSize - a.bareSize));
    for (const g of diffs) {
      if (size <= budget) break;
      L.noDiff.add(g.group.id);
      size -= g.fullSize - g.bareSize;
    }

    // 2. Group sections: a whole risk tier at a time, least risky first, so the comment does not
    //    turn into 400 sections saying "diff left out"; sections that fit again are put back below.
    const tiers = [...new Set(pieces.map((g) => g.group.risk))].sort((a, b) => a - b);
    for (const risk of tiers) {
      if (size <= budget) break;
      for (const g of pieces) {
        if (g.group.risk !== risk) continue;
        size -= pieceSize(g, L);
        L.droppedGroups.add(g.group.id);
      }
    }

    // 3. Changed-file lines, from the end.
    for (let i = files.length - 1; i >= 0 && size > budget; i--) {
      L.droppedFiles.add(i);
      size -= fileSizes[i]!;
    }

    // 4. Finding items, least important first.
    for (const i of dropOrder) {
      if (size <= budget) break;
      L.droppedFindings.add(i);
      size -= itemSizes[i]!;
    }

    // 5. Table rows: clusters without changes or errors first, then from the end.
    const quiet = (c: ClusterView) => c.changed === 0 && !c.plan.error;
    const rowOrder = [
      ...view.clusters.filter(quiet).reverse(),
      ...view.clusters.filter((c) => !quiet(c)).reverse(),
    ].map((c) => c.index);
    for (const i of rowOrder) {
      if (size <= budget) break;
      L.droppedRows.add(i);
      size -= rowSizes[i]!;
    }

    // Put back what fits in the room left, riskiest first: the diffs of risky sections still shown,
    // then left-out sections (bare, smallest first), then the remaining diffs (smallest first).
    const diffBack = (g: GroupPiece) => {
      const extra = g.fullSize - g.bareSize;
      if (!L.noDiff.has(g.group.id) || L.droppedGroups.has(g.group.id) || size + extra > budget) return;
      L.noDiff.delete(g.group.id);
      size += extra;
    };
    const byRisk = [...pieces].sort(
      (x, y) => y.group.risk - x.group.risk || x.fullSize - x.bareSize - (y.fullSize - y.bareSize),
    );
    for (const g of byRisk) if (g.group.risk >= OPEN_RISK) diffBack(g);
    const returning = pieces
      .filter((g) => L.droppedGroups.has(g.group.id))
      .sort((x, y) => y.group.risk - x.group.risk || x.bareSize - y.bareSize);
    for (const g of returning) {
      if (size + g.bareSize > budget) continue;
      L.droppedGroups.delete(g.group.id);
      L.noDiff.add(g.group.id);
      size += g.bareSize;
    }
    for (const g of byRisk) diffBack(g);
    return L;
  };

  // The closing note and the "left out" lines are not in sizeOf; measure the result and retry with
  // room reserved for them.
  // Two rounds settle it in practice; the loop bounds it anyway.
  let reserve = 0;
  for (let round = 0; round < 8; round++) {
    const L = decide(target.budget - reserve);
    const text = compose(L);
    const size = m(text);
    if (size <= target.budget) return { text, omissions: omissions(L) };
    reserve += size - target.budget + 64 * (round + 1);
  }
  const last = everythingDropped(pieces, view, files.length);
  return hardCut(compose(last), target, omissions(last));
}

function everythingDropped(pieces: GroupPiece[], view: PlanView, files: number): Layout {
  const L = emptyLayout();
  for (const g of pieces) L.droppedGroups.add(g.group.id);
  for (let i = 0; i < files; i++) L.droppedFiles.add(i);
  view.findings.forEach((_, i) => {
    L.droppedFindings.add(i);
  });
  view.clusters.forEach((c) => {
    L.droppedRows.add(c.index);
  });
  return L;
}
/** Last resort (only a budget smaller than the header gets here): cut, and say so. */
function hardCut(text: string, target: DocumentTarget, omissions: Omissions): RenderedDocument {
  const tail = `\n\n✂️ **Cut at ${target.limitText}.** The full plan is in ${target.elsewhere}.\n`;
  const room = target.budget - target.measure(tail);
  let cut = text;
  while (cut.length > 0 && target.measure(cut) > room) {
    cut = cut.slice(0, Math.max(0, cut.length - Math.max(1, target.measure(cut) - room)));
  }
  const out = room > 0 ? cut + tail : '';
  return { text: target.measure(out) <= target.budget ? out : '', omissions };
}
