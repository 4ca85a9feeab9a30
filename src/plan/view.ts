/**
 * The plan as the comment and the job summary present it: clusters in stage order with their counts
 * and node groups, findings folded and in order of importance. Everything that comes from the plan
 * passes through the redactor here, before any escaping, so an escaped form cannot hide a secret.
 */
import type { Finding } from '../validate/types.js';
import { redactChecks } from './checks-section.js';
import {
  allFindings,
  groupNodes,
  type HunkUse,
  hunkUses,
  type ImpactCounts,
  impactCounts,
  isChanged,
  type NodeGroup,
  type SeverityCounts,
  severityCounts,
} from './facts.js';
import { type FindingGroup, groupFindings } from './finding-groups.js';
import type { ClusterPlan, NodePlan, PlanResult } from './types.js';

export interface ClusterView {
  /** Position in the sorted view. */
  index: number;
  plan: ClusterPlan;
  unchanged: NodePlan[];
  changed: number;
  total: number;
  impacts: ImpactCounts;
  findings: SeverityCounts;
}

export interface PlanView {
  plan: PlanResult;
  clusters: ClusterView[];
  /** Identically changed nodes across every cluster, riskiest first. */
  groups: NodeGroup[];
  /** Per distinct hunk (Hunk.key): the group printing it and how many nodes share it. */
  hunks: Map<string, HunkUse>;
  findings: FindingGroup[];
  /** Every finding, render failures included, as counted. */
  allFindings: Finding[];
  counts: SeverityCounts;
  changedNodes: number;
  totalNodes: number;
  changedClusters: number;
  impacts: ImpactCounts;
  /** Clusters with hidden parts. */
  hidden: ClusterView[];
}

const redactNode = (n: NodePlan, r: (s: string) => string): NodePlan => ({
  ...n,
  name: r(n.name),
  address: r(n.address),
  reasons: n.reasons.map(r),
  diff: r(n.diff),
  changedSecrets: n.changedSecrets.map(r),
  ...(n.move ? { move: { from: r(n.move.from), to: r(n.move.to) } } : {}),
  ...(n.changedCas ? { changedCas: n.changedCas.map(r) } : {}),
  ...(n.fromDefaults ? { fromDefaults: n.fromDefaults.map(r) } : {}),
});

const redactFinding = (f: Finding, r: (s: string) => string): Finding => ({
  ...f,
  rule: r(f.rule),
  message: r(f.message),
  ...(f.cluster !== undefined ? { cluster: r(f.cluster) } : {}),
  ...(f.node !== undefined ? { node: r(f.node) } : {}),
  ...(f.path !== undefined ? { path: r(f.path) } : {}),
  ...(f.file !== undefined ? { file: r(f.file) } : {}),
  ...(f.waived
    ? {
        waived: {
          reason: r(f.waived.reason),
          source: r(f.waived.source),
          ...(f.waived.expires !== undefined ? { expires: r(f.waived.expires) } : {}),
        },
      }
    : {}),
});

/** A copy of the plan with the redactor applied to every string a reader could see. */
export function redactPlan(plan: PlanResult, r: (s: string) => string): PlanResult {
  return {
    ...plan,
    base: r(plan.base),
    head: r(plan.head),
    clusters: plan.clusters.map((c) => ({
      ...c,
      name: r(c.name),
      stage: r(c.stage),
      file: r(c.file),
      nodes: c.nodes.map((n) => redactNode(n, r)),
      hidden: c.hidden.map(r),
      ...(c.error
        ? {
            error: {
              ...c.error,
              message: r(c.error.message),
              ...(c.error.file !== undefined ? { file: r(c.error.file) } : {}),
            },
          }
        : {}),
    })),
    findings: plan.findings.map((f) => redactFinding(f, r)),
    ...(plan.changedFiles
      ? {
          changedFiles: plan.changedFiles.map((f) => ({
            file: r(f.file),
            nodes: f.nodes.map((n) => ({ cluster: r(n.cluster), node: r(n.node) })),
          })),
        }
      : {}),
    ...(plan.checks ? { checks: redactChecks(plan.checks, r) } : {}),
  };
}

/** Clusters in stage order (stages not listed go last), otherwise in the plan's order. */
export function stageSorted<C extends { stage: string }>(
  clusters: readonly C[],
  stages: readonly string[] | undefined,
): C[] {
  if (!stages?.length) return [...clusters];
  const rank = (s: string) => {
    const i = stages.indexOf(s);
    return i < 0 ? stages.length : i;
  };
  return [...clusters].sort((a, b) => rank(a.stage) - rank(b.stage));
}

export function buildView(
  raw: PlanResult,
  redact: (s: string) => string,
  stages?: readonly string[],
): PlanView {
  const plan = redactPlan(raw, redact);
  const everything = allFindings(plan);
  const sorted = stageSorted(plan.clusters, stages?.map(redact));
  const groups = groupNodes(sorted);
  const clusters = sorted.map(
    (c, index): ClusterView => ({
      index,
      plan: c,
      unchanged: c.nodes.filter((n) => !isChanged(n)),
      changed: c.nodes.filter(isChanged).length,
      total: c.nodes.length,
      impacts: impactCounts(c.nodes),
      findings: severityCounts(everything.filter((f) => f.cluster === c.name)),
    }),
  );
  const allNodes = plan.clusters.flatMap((c) => c.nodes);
  return {
    plan,
    clusters,
    groups,
    hunks: hunkUses(groups),
    findings: groupFindings(everything),
    allFindings: everything,
    counts: severityCounts(everything),
    changedNodes: allNodes.filter(isChanged).length,
    totalNodes: allNodes.length,
    changedClusters: clusters.filter((c) => c.changed > 0).length,
    impacts: impactCounts(allNodes),
    hidden: clusters.filter((c) => c.plan.hidden.length > 0),
  };
}
