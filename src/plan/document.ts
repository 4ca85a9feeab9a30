/**
 * Lays out a plan document within a size budget. GitHub refuses comments over 65,536 characters and
 * job summaries over 1 MiB, so detail is dropped in a fixed order until the document fits:
 *
 *   1. diff bodies, largest first;
 *   2. node sections, least disruptive first (live before reboot before upgrade), then largest
 *      first; each cluster keeps one line per impact naming the nodes left out;
 *   3. whole cluster sections, largest first (the summary table still has a row per cluster);
 *   4. finding items, least important first (the counts stay in the heading and the table);
 *   5. table rows, clusters without changes first, then from the end (the total row stays).
 *
 * Then diffs that fit again in the room left are put back, smallest first. Whatever was left out is
 * counted in a closing note that says where the full plan is. The header with the verdict, the table
 * head and total, and the findings heading are never dropped.
 */
import type { NodeGroup } from './facts.js';
import type { FindingGroup } from './finding-groups.js';
import type { RepoLinkContext } from './links.js';
import {
  CLUSTER_CLOSE,
  CLUSTERS_HEAD,
  clusterOpen,
  findingItem,
  findingsHead,
  findingsLeftOut,
  groupSection,
  headerSection,
  nodesLeftOut,
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
  /** Order of dropping in step 2: lower goes first. */
  disruption: number;
}

interface Block {
  view: ClusterView;
  open: string;
  groups: GroupPiece[];
  fixedSize: number;
}

interface Layout {
  noDiff: Set<string>;
  droppedGroups: Set<string>;
  collapsed: Set<number>;
  droppedFindings: Set<number>;
  droppedRows: Set<number>;
}

const emptyLayout = (): Layout => ({
  noDiff: new Set(),
  droppedGroups: new Set(),
  collapsed: new Set(),
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

/** Whether a cluster gets a section: it changes, failed to render, or has hidden parts. */
const hasSection = (c: ClusterView) => c.changed > 0 || !!c.plan.error || c.plan.hidden.length > 0;

/** Live changes are dropped before reboots, reboots before upgrades; new and removed nodes rank with reboots. */
function disruption(g: NodeGroup): number {
  if (g.status === 'added' || g.status === 'removed') return 2;
  return { none: 1, live: 1, reboot: 2, 'talos-upgrade': 3 }[g.primary];
}

export function renderDocument(
  view: PlanView,
  ctx: PlanRenderContext,
  target: DocumentTarget,
): RenderedDocument {
  const m = target.measure;
  const sectioned = view.clusters.filter(hasSection);
  const groupCount = sectioned.reduce((n, c) => n + c.groups.length, 0);
  const sc: SectionContext = {
    links: linkContext(view, ctx),
    // The caller's own texts go through the redactor too: it is applied to everything emitted.
    head: ctx.headSha ? ctx.redact(ctx.headSha) : view.plan.head,
    ...(ctx.headNote ? { headNote: ctx.redact(ctx.headNote) } : {}),
    title: ctx.redact(ctx.title ?? 'Talos plan'),
    hiddenReason: ctx.redact(ctx.hiddenReason ?? 'secrets unavailable'),
    elsewhere: target.elsewhere,
    nameTokens: target.nameTokens,
    openClusters: sectioned.length <= 3,
    openGroups: groupCount <= 3,
    ...(target.annotated ? { annotated: target.annotated } : {}),
    ...(target.annotationNote ? { annotationNote: target.annotationNote } : {}),
  };

  const header = headerSection(view, sc);
  const rows = view.clusters.map(tableRow);
  const total = view.clusters.length === 1 ? '' : totalRow(view);
  const fHead = view.findings.length > 0 ? findingsHead(view, sc) : '';
  const items = view.findings.map((g) => findingItem(g, sc));
  const blocks: Block[] = sectioned.map((c) => {
    const open = clusterOpen(c, sc);
    const groups = c.groups.map((g): GroupPiece => {
      const full = groupSection(g, true, sc);
      const bare = groupSection(g, false, sc);
      return { group: g, full, bare, fullSize: m(full), bareSize: m(bare), disruption: disruption(g) };
    });
    return { view: c, open, groups, fixedSize: m(open) + m(CLUSTER_CLOSE) };
  });

  const rowSizes = rows.map(m);
  const itemSizes = items.map(m);
  const pieceSize = (g: GroupPiece, L: Layout) =>
    L.droppedGroups.has(g.group.id) ? 0 : L.noDiff.has(g.group.id) ? g.bareSize : g.fullSize;
  const leftOut = (b: Block, L: Layout) =>
    nodesLeftOut(
      b.groups.filter((g) => L.droppedGroups.has(g.group.id)).map((g) => g.group),
      b.groups.length,
      sc,
    );
  const blockSize = (b: Block, L: Layout) =>
    L.collapsed.has(b.view.index)
      ? 0
      : b.fixedSize + b.groups.reduce((n, g) => n + pieceSize(g, L), 0) + m(leftOut(b, L));

  const omissions = (L: Layout): Omissions => {
    const shown = blocks.filter((b) => !L.collapsed.has(b.view.index)).flatMap((b) => b.groups);
    return {
      diffs: shown.filter((g) => !L.droppedGroups.has(g.group.id) && L.noDiff.has(g.group.id)).length,
      nodeSections: shown.filter((g) => L.droppedGroups.has(g.group.id)).length,
      clusterSections: L.collapsed.size,
      findings: L.droppedFindings.size,
      rows: L.droppedRows.size,
    };
  };

  const compose = (L: Layout): string => {
    const out: string[] = [header, TABLE_HEAD];
    rows.forEach((r, i) => {
      if (!L.droppedRows.has(i)) out.push(r);
    });
    if (L.droppedRows.size > 0) {
      out.push(rowsLeftOutRow(view.clusters.filter((_, i) => L.droppedRows.has(i))));
    }
    out.push(total, '\n');
    if (fHead) {
      out.push(fHead);
      items.forEach((it, i) => {
        if (!L.droppedFindings.has(i)) out.push(it);
      });
      if (L.droppedFindings.size > 0) out.push(findingsLeftOut(L.droppedFindings.size, sc));
      out.push('\n');
    }
    const shown = blocks.filter((b) => !L.collapsed.has(b.view.index));
    if (shown.length > 0) {
      out.push(CLUSTERS_HEAD);
      for (const b of shown) {
        out.push(b.open);
        for (const g of b.groups) {
          if (!L.droppedGroups.has(g.group.id)) out.push(L.noDiff.has(g.group.id) ? g.bare : g.full);
        }
        out.push(leftOut(b, L), CLUSTER_CLOSE);
      }
    }
    out.push(omissionNote(omissions(L), target.limitText, sc));
    return ctx.redact(`${out.join('').trimEnd()}\n`);
  };

  const fixedSize =
    m(header) +
    m(TABLE_HEAD) +
    m(total) +
    1 +
    (fHead ? m(fHead) + 1 : 0) +
    (blocks.length ? m(CLUSTERS_HEAD) : 0);

  const sizeOf = (L: Layout): number =>
    fixedSize +
    rowSizes.reduce((n, s, i) => n + (L.droppedRows.has(i) ? 0 : s), 0) +
    itemSizes.reduce((n, s, i) => n + (L.droppedFindings.has(i) ? 0 : s), 0) +
    blocks.reduce((n, b) => n + blockSize(b, L), 0);

  const findingIndex = new Map(view.findings.map((g, i) => [g, i]));
  const dropOrder = (target.findingDropOrder ?? ((gs) => [...gs].reverse()))(view.findings).map(
    (g) => findingIndex.get(g)!,
  );

  const decide = (budget: number): Layout => {
    const L = emptyLayout();
    let size = sizeOf(L);
    if (size <= budget) return L;

    // 1. Diff bodies, largest first (ties: document order, as sort is stable).
    const diffs = blocks
      .flatMap((b) => b.groups)
      .filter((g) => g.fullSize > g.bareSize)
      .sort((a, b) => b.fullSize - b.bareSize - (a.fullSize - a.bareSize));
    for (const g of diffs) {
      if (size <= budget) break;
      L.noDiff.add(g.group.id);
      size -= g.fullSize - g.bareSize;
    }

    // 2. Node sections: all of one impact tier in one cluster at a time, least disruptive tier first,
    //    then the largest; the cluster keeps a line per impact naming the nodes left out. Dropping a
    //    whole tier keeps the comment readable (not 400 sections saying "diff left out"); sections
    //    that fit again are put back below.
    const tiers = new Map<string, { b: Block; disruption: number; groups: GroupPiece[] }>();
    for (const b of blocks) {
      for (const g of b.groups) {
        const key = `${b.view.index}/${g.disruption}`;
        const tier = tiers.get(key) ?? { b, disruption: g.disruption, groups: [] };
        tier.groups.push(g);
        tiers.set(key, tier);
      }
    }
    const tierSize = (t: { groups: GroupPiece[] }) => t.groups.reduce((n, g) => n + pieceSize(g, L), 0);
    const byTier = [...tiers.values()].sort(
      (x, y) => x.disruption - y.disruption || tierSize(y) - tierSize(x),
    );
    for (const t of byTier) {
      if (size <= budget) break;
      const before = blockSize(t.b, L);
      for (const g of t.groups) L.droppedGroups.add(g.group.id);
      size += blockSize(t.b, L) - before;
    }

    // 3. Whole cluster sections, largest first.
    const byBlock = [...blocks].sort((a, b) => blockSize(b, L) - blockSize(a, L));
    for (const b of byBlock) {
      if (size <= budget) break;
      size -= blockSize(b, L);
      L.collapsed.add(b.view.index);
      if (L.collapsed.size === blocks.length) size -= m(CLUSTERS_HEAD);
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

    // Put back what fits in the room left: first diffs of sections still shown (smallest first), then
    // whole sections with their diffs (most disruptive first, then smallest).
    const shownBlocks = blocks.filter((b) => !L.collapsed.has(b.view.index));
    const back = shownBlocks
      .flatMap((b) => b.groups)
      .filter((g) => L.noDiff.has(g.group.id) && !L.droppedGroups.has(g.group.id))
      .sort((a, b) => a.fullSize - a.bareSize - (b.fullSize - b.bareSize));
    for (const g of back) {
      const extra = g.fullSize - g.bareSize;
      if (size + extra > budget) break;
      L.noDiff.delete(g.group.id);
      size += extra;
    }
    const returning = shownBlocks
      .flatMap((b) => b.groups.filter((g) => L.droppedGroups.has(g.group.id)).map((g) => ({ b, g })))
      .sort((x, y) => y.g.disruption - x.g.disruption || x.g.fullSize - y.g.fullSize);
    for (const { b, g } of returning) {
      const id = g.group.id;
      // The section costs at least its full size less the line that stops naming its nodes.
      if (size + g.fullSize - m(leftOut(b, L)) > budget) continue;
      const before = blockSize(b, L);
      const hadNoDiff = L.noDiff.has(id);
      L.droppedGroups.delete(id);
      L.noDiff.delete(id);
      const delta = blockSize(b, L) - before;
      if (size + delta <= budget) {
        size += delta;
        continue;
      }
      L.droppedGroups.add(id);
      if (hadNoDiff) L.noDiff.add(id);
    }
    return L;
  };

  // The closing note and "left out" lines are not in sizeOf; measure the result and retry with
  // room reserved for them. Two rounds settle it in practice; the loop bounds it anyway.
  let reserve = 0;
  for (let round = 0; round < 8; round++) {
    const L = decide(target.budget - reserve);
    const text = compose(L);
    const size = m(text);
    if (size <= target.budget) return { text, omissions: omissions(L) };
    reserve += size - target.budget + 64 * (round + 1);
  }
  const last = everythingDropped(blocks, view);
  return hardCut(compose(last), target, omissions(last));
}

function everythingDropped(blocks: Block[], view: PlanView): Layout {
  const L = emptyLayout();
  for (const b of blocks) L.collapsed.add(b.view.index);
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
