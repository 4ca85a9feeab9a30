/**
 * What the comment, the job summary and the action's outputs say about a plan, computed once:
 * per-node primary impact, per-cluster counts, and nodes grouped by identical change.
 */
import type { Finding, Severity } from '../validate/types.js';
import type { ClusterPlan, Impact, NodePlan, PlanResult } from './types.js';

/** Impacts a node can have on its own; a Kubernetes upgrade is reported alongside them. */
export type PrimaryImpact = 'none' | 'live' | 'reboot' | 'talos-upgrade';

const PRIMARY_RANK: Record<PrimaryImpact, number> = { none: 0, live: 1, reboot: 2, 'talos-upgrade': 3 };

/** The most disruptive of none/live/reboot/talos-upgrade among the node's impacts. */
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
  'talos-upgrade': number;
  reboot: number;
  live: number;
  'kubernetes-upgrade': number;
}

export function impactCounts(nodes: readonly NodePlan[]): ImpactCounts {
  const c: ImpactCounts = { 'talos-upgrade': 0, reboot: 0, live: 0, 'kubernetes-upgrade': 0 };
  for (const n of nodes) {
    if (!isChanged(n)) continue;
    const p = primaryImpact(n);
    if (p !== 'none') c[p]++;
    if (n.impacts.includes('kubernetes-upgrade')) c['kubernetes-upgrade']++;
  }
  return c;
}

const IMPACT_SHORT: Record<Exclude<Impact, 'none'>, string> = {
  'talos-upgrade': 'Talos upgrade',
  reboot: 'reboot',
  live: 'live',
  'kubernetes-upgrade': 'Kubernetes upgrade',
};

/** "2 Talos upgrade, 3 reboot, 1 live, 6 Kubernetes upgrade"; "" when nothing changes. */
export function impactSummary(c: ImpactCounts): string {
  const order = ['talos-upgrade', 'reboot', 'live', 'kubernetes-upgrade'] as const;
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
  'talos-upgrade': 'needs a Talos upgrade',
  'kubernetes-upgrade': 'Kubernetes upgrade',
};

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
  // The planner may report a failed render as a finding itself (`render/error`); never count it twice.
  const reported = new Set(
    (plan.findings ?? []).filter((f) => f.rule.startsWith('render/')).map((f) => f.cluster),
  );
  const out: Finding[] = [];
  for (const c of plan.clusters) {
    if (!c.error || reported.has(c.name)) continue;
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

/** Nodes with the same change: status, changed lines, impacts, reasons and changed secrets. */
export interface NodeGroup {
  /** Stable id within the plan: `cluster index/group index`. */
  id: string;
  nodes: NodePlan[];
  status: NodePlan['status'];
  impacts: Impact[];
  primary: PrimaryImpact;
  reasons: string[];
  changedSecrets: string[];
  /** The first node's diff hunks, without the file header that names the node. */
  diff: string;
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

/**
 * What a diff changes: hunk headers and the added and removed lines, without context lines. Context
 * often carries the node's own hostname or address, which would keep the same change on twelve
 * workers from being recognised as one; hunk positions still have to agree.
 */
export function changeSignature(body: string): string {
  return body
    .split('\n')
    .filter((l) => l.startsWith('@@') || l.startsWith('+') || l.startsWith('-') || l.startsWith('\\'))
    .join('\n');
}

export function groupNodes(cluster: ClusterPlan, clusterIndex: number): NodeGroup[] {
  const groups = new Map<string, NodeGroup>();
  for (const n of cluster.nodes) {
    if (!isChanged(n)) continue;
    const body = diffBody(n.diff);
    const key = JSON.stringify([n.status, changeSignature(body), n.impacts, n.reasons, n.changedSecrets]);
    const g = groups.get(key);
    if (g) {
      g.nodes.push(n);
      if (body !== g.diff) g.contextVaries = true;
      continue;
    }
    groups.set(key, {
      id: `${clusterIndex}/${groups.size}`,
      nodes: [n],
      status: n.status,
      impacts: [...n.impacts],
      primary: primaryImpact(n),
      reasons: [...n.reasons],
      changedSecrets: [...n.changedSecrets],
      diff: body,
      contextVaries: false,
    });
  }
  // Most disruptive first; otherwise in the order the cluster lists its nodes.
  return [...groups.values()].sort((a, b) => PRIMARY_RANK[b.primary] - PRIMARY_RANK[a.primary]);
}
