/**
 * What the comment, the job summary and the action's outputs say about a plan, computed once:
 * per-node primary impact, per-cluster counts, and nodes grouped by identical change.
 */
import type { Finding, Severity } from '../validate/types.js';
import type { ClusterPlan, Impact, NodePlan, PlanResult } from './types.js';

/** Impacts a node can have on its own; a Kubernetes upgrade is reported alongside them. */
export type PrimaryImpact = 'none' | 'live' | 'reboot' | 'address' | 'talos-upgrade';

const PRIMARY_RANK: Record<PrimaryImpact, number> = {
  none: 0,
  live: 1,
  reboot: 2,
  address: 3,
  'talos-upgrade': 4,
};

/** The most disruptive of none/live/reboot/address/talos-upgrade among the node's impacts. */
export function primaryImpact(node: Pick<NodePlan, 'impacts' | 'status'>): PrimaryImpact {
  let best: PrimaryImpact = 'none';
  for (const i of node.impacts) {
    if (i === 'kubernetes-upgrade') continue;
    if (PRIMARY_RANK[i] > PRIMARY_RANK[best]) best = i;
  }
  // A changed node that predicts nothing still changes: never report it as "no change".
  if (best === 'none' && node.status === 'changed' && !node.impacts.includes('kubernetes-upgrade')) {
    return 'live';
  }
  return best;
}

export const isChanged = (n: NodePlan): boolean => n.status !== 'unchanged';

export interface ImpactCounts {
  /** Nodes whose change replaces a CA. */
  ca: number;
  'talos-upgrade': number;
  address: number;
  reboot: number;
  live: number;
  'kubernetes-upgrade': number;
}

export function impactCounts(nodes: readonly NodePlan[]): ImpactCounts {
  const c: ImpactCounts = {
    ca: 0,
    'talos-upgrade': 0,
    address: 0,
    reboot: 0,
    live: 0,
    'kubernetes-upgrade': 0,
  };
  for (const n of nodes) {
    if (!isChanged(n)) continue;
    const p = primaryImpact(n);
    if (p !== 'none') c[p]++;
    if (n.impacts.includes('kubernetes-upgrade')) c['kubernetes-upgrade']++;
    if (n.changedCas?.length) c.ca++;
  }
  return c;
}

const IMPACT_SHORT: Record<keyof ImpactCounts, string> = {
  ca: 'CA change',
  'talos-upgrade': 'Talos upgrade',
  address: 'address change',
  reboot: 'reboot',
  live: 'live',
  'kubernetes-upgrade': 'Kubernetes upgrade',
};

/** "1 CA change, 2 Talos upgrade, 1 address change, 3 reboot, 1 live"; "" when nothing changes. */
export function impactSummary(c: ImpactCounts): string {
  const order = ['ca', 'talos-upgrade', 'address', 'reboot', 'live', 'kubernetes-upgrade'] as const;
  return order
    .filter((k) => c[k] > 0)
    .map((k) => `${c[k]} ${IMPACT_SHORT[k]}`)
    .join(', ');
}

/** What a reviewer reads next to a node: "needs a reboot", "applies live", … */
export const IMPACT_PHRASE: Record<Impact, string> = {
  none: 'no change',
  live: 'applies live',
  reboot: 'needs a reboot',
  address: 'moves to a new address',
  'talos-upgrade': 'needs a Talos upgrade',
  'kubernetes-upgrade': 'Kubernetes upgrade',
};

/**
 * The phrases of a node's impact, riskiest first and never contradicting each other: an upgrade
 * or a reboot does not also "apply live", a move names both addresses.
 */
export function impactPhrases(n: {
  status: NodePlan['status'];
  impacts: readonly Impact[];
  move?: NodePlan['move'];
  changedCas?: readonly string[];
  changedSecrets: readonly string[];
}): string[] {
  const out: string[] = [];
  if (n.status === 'added') out.push('new node');
  if (n.status === 'removed') out.push('removed (left running, no longer managed)');
  if (n.changedCas?.length) out.push('replaces a CA: needs a CA rotation');
  const has = (i: Impact) => n.impacts.includes(i);
  if (has('talos-upgrade')) out.push(IMPACT_PHRASE['talos-upgrade']);
  if (has('kubernetes-upgrade')) out.push(IMPACT_PHRASE['kubernetes-upgrade']);
  if (n.move) out.push(`moves ${n.move.from} → ${n.move.to}`);
  if (has('reboot')) out.push(IMPACT_PHRASE.reboot);
  if (n.changedSecrets.length > 0 && !n.changedCas?.length) out.push('secrets change');
  const disruptive = has('talos-upgrade') || has('reboot');
  if (!disruptive && n.status === 'changed' && (has('live') || out.length === 0))
    out.push(IMPACT_PHRASE.live);
  return out;
}

/**
 * How much a change asks of the reviewer, for ordering groups (highest first) and for what is
 * open: a CA replaced, an upgrade, a move, a reboot, a node added or removed, secrets changed;
 * a live change is the routine case (1).
 */
export function riskRank(n: {
  status: NodePlan['status'];
  impacts: readonly Impact[];
  changedCas?: readonly string[];
  changedSecrets: readonly string[];
}): number {
  if (n.changedCas?.length) return 8;
  if (n.impacts.includes('talos-upgrade')) return 7;
  if (n.impacts.includes('kubernetes-upgrade')) return 6;
  if (n.impacts.includes('address')) return 5;
  if (n.impacts.includes('reboot')) return 4;
  if (n.status === 'added' || n.status === 'removed') return 3;
  if (n.changedSecrets.length > 0) return 2;
  return 1;
}

/** What a group of a risk rank is called where its nodes are only listed. */
export const RISK_LABEL: Record<number, string> = {
  8: 'CA change',
  7: 'needs a Talos upgrade',
  6: 'Kubernetes upgrade',
  5: 'moves to a new address',
  4: 'needs a reboot',
  3: 'new or removed',
  2: 'secrets change',
  1: 'applies live',
};

/** Groups at or above this rank are open in the comment; live changes are collapsed. */
export const OPEN_RISK = 2;

export type SeverityCounts = Record<Severity, number> & { waived: number };

export function severityCounts(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, notice: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived) c.waived++;
    else c[f.severity]++;
  }
  return c;
}

/** "1 error, 2 warnings" (notices and waived only when present); "" when there is nothing. */
export function severitySummary(c: SeverityCounts): string {
  const parts: string[] = [];
  if (c.error) parts.push(`${c.error} ${c.error === 1 ? 'error' : 'errors'}`);
  if (c.warning) parts.push(`${c.warning} ${c.warning === 1 ? 'warning' : 'warnings'}`);
  if (c.notice) parts.push(`${c.notice} ${c.notice === 1 ? 'notice' : 'notices'}`);
  if (c.waived) parts.push(`${c.waived} waived`);
  return parts.join(', ');
}

/**
 * A cluster that failed to render, as a finding, so it is counted, annotated and listed with the
 * findings. A head-side failure blocks the change; a base-side one only means there is nothing to
 * compare against.
 */
export function renderErrorFindings(
  plan: Pick<PlanResult, 'clusters'> & { findings?: Finding[] },
): Finding[] {
  // The planner reports a failed render as findings itself (at the error's file and line); never twice.
  const reported = (c: (typeof plan.clusters)[number]) =>
    (plan.findings ?? []).some(
      (f) =>
        f.cluster === c.name &&
        (f.rule.startsWith('render/') ||
          (c.error?.side === 'head' && f.file === (c.error.file ?? c.file) && f.line === c.error.line)),
    );
  const out: Finding[] = [];
  for (const c of plan.clusters) {
    if (!c.error || reported(c)) continue;
    const side = c.error.side === 'head' ? 'at the head' : 'at the base';
    out.push({
      rule: c.error.side === 'head' ? 'render/head-failed' : 'render/base-failed',
      severity: c.error.side === 'head' ? 'error' : 'warning',
      message: `cluster ${c.name} could not be rendered ${side}: ${c.error.message}`,
      cluster: c.name,
      file: c.error.file ?? c.file,
      ...(c.error.line !== undefined ? { line: c.error.line } : {}),
    });
  }
  return out;
}

/** Render failures first, then the findings of validation and policy. */
export function allFindings(plan: Pick<PlanResult, 'clusters' | 'findings'>): Finding[] {
  return [...renderErrorFindings(plan), ...plan.findings];
}

/** A node of a group, with its cluster. */
export type GroupNode = NodePlan & { cluster: string };

/** One hunk of a diff: where it is and what it changes. */
export interface Hunk {
  /** The `@@ … @@` line as printed. */
  header: string;
  /** Document and YAML path from the header (`v1alpha1 › machine.sysctls`). */
  location: string;
  /** The hunk with its lines. */
  text: string;
  /** Identity across nodes: location and changed lines, without line numbers or context. */
  key: string;
}

/** Nodes with the same change: status, changed hunks, impacts, reasons and changed secrets. */
export interface NodeGroup {
  /** Stable id within the plan (its position in the risk order). */
  id: string;
  nodes: GroupNode[];
  status: NodePlan['status'];
  impacts: Impact[];
  primary: PrimaryImpact;
  /** See riskRank. */
  risk: number;
  reasons: string[];
  changedSecrets: string[];
  move?: NodePlan['move'];
  changedCas?: string[];
  /** The first node's diff hunks, without the file header that names the node. */
  diff: string;
  hunks: Hunk[];
  /** The nodes' diffs differ in context lines only; `diff` shows the first node's context. */
  contextVaries: boolean;
}

/**
 * The diff's body from its first hunk on. File headers (`Index:`, `---`, `+++`) name the node, so
 * they would make every node's diff differ; the section names the nodes instead.
 */
export function diffBody(diff: string): string {
  const text = diff.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith('@@'));
  if (first < 0) {
    // A header without hunks: nothing differs line by line.
    return /^(Index: |={3,}|--- |\+\+\+ )/.test(text) ? '' : text.replace(/\n+$/, '');
  }
  return lines.slice(first).join('\n').replace(/\n+$/, '');
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@ ?(.*)$/;

/** A diff body split into hunks. */
export function splitHunks(body: string): Hunk[] {
  const out: Hunk[] = [];
  let cur: string[] | undefined;
  const flush = () => {
    if (!cur) return;
    const header = cur[0]!;
    const location = HUNK_HEADER.exec(header)?.[1] ?? '';
    const changed = cur
      .slice(1)
      .filter((l) => l.startsWith('+') || l.startsWith('-') || l.startsWith('\\'))
      .join('\n');
    out.push({ header, location, text: cur.join('\n'), key: `${location}\n${changed}` });
  };
  for (const l of body.split('\n')) {
    if (l.startsWith('@@')) {
      flush();
      cur = [l];
    } else if (cur) cur.push(l);
  }
  flush();
  return out;
}

/**
 * What a diff changes: the hunks' locations and their added and removed lines, without line
 * numbers and context lines. Context often carries the node's own hostname or address, and line
 * numbers shift with it, which would keep the same change on twelve workers from being recognised
 * as one.
 */
export function changeSignature(body: string): string {
  return splitHunks(body)
    .map((h) => h.key)
    .join('\n\n');
}

/** Groups of identically changed nodes across every cluster, riskiest first. */
export function groupNodes(clusters: readonly ClusterPlan[]): NodeGroup[] {
  const groups = new Map<string, NodeGroup>();
  for (const c of clusters) {
    for (const n of c.nodes) {
      if (!isChanged(n)) continue;
      const body = diffBody(n.diff);
      const key = JSON.stringify([
        n.status,
        changeSignature(body),
        n.impacts,
        n.reasons,
        n.changedSecrets,
        n.move ?? null,
        n.changedCas ?? [],
      ]);
      const member: GroupNode = { ...n, cluster: c.name };
      const g = groups.get(key);
      if (g) {
        g.nodes.push(member);
        if (body !== g.diff) g.contextVaries = true;
        continue;
      }
      groups.set(key, {
        id: '',
        nodes: [member],
        status: n.status,
        impacts: [...n.impacts],
        primary: primaryImpact(n),
        risk: riskRank(n),
        reasons: [...n.reasons],
        changedSecrets: [...n.changedSecrets],
        ...(n.move ? { move: n.move } : {}),
        ...(n.changedCas?.length ? { changedCas: [...n.changedCas] } : {}),
        diff: body,
        hunks: splitHunks(body),
        contextVaries: false,
      });
    }
  }
  // Riskiest first; otherwise in the order the plan lists clusters and nodes.
  const sorted = [...groups.values()].sort((a, b) => b.risk - a.risk);
  sorted.forEach((g, i) => {
    g.id = String(i);
  });
  return sorted;
}

/** Where a hunk shown in several groups is printed, and how widely it is shared. */
export interface HunkUse {
  /** The group whose section prints it. */
  owner: NodeGroup;
  nodes: number;
  clusters: number;
}

/** For each distinct hunk, the first group (in the given order) printing it and its reach. */
export function hunkUses(groups: readonly NodeGroup[]): Map<string, HunkUse> {
  const uses = new Map<string, HunkUse & { names: Set<string> }>();
  for (const g of groups) {
    for (const h of g.hunks) {
      const u = uses.get(h.key) ?? { owner: g, nodes: 0, clusters: 0, names: new Set<string>() };
      u.nodes += g.nodes.length;
      for (const n of g.nodes) u.names.add(n.cluster);
      u.clusters = u.names.size;
      uses.set(h.key, u);
    }
  }
  return uses;
}
