/**
 * The action's outputs: which clusters change (for fanning out one job per cluster with
 * `strategy.matrix`), whether anything changes, and where the JSON report is.
 */
import type { DriftReport } from '../src/drift/drift.js';
import type { PlanResult } from '../src/plan/types.js';
import { stageSorted } from '../src/plan/view.js';
import type { RolloutReport } from '../src/rollout/types.js';
import type { Runtime } from './runtime.js';

export interface MatrixEntry {
  cluster: string;
  stage: string;
}

export interface ActionOutputs {
  changedClusters: string[];
  /** For `strategy.matrix: ${{ fromJSON(...) }}`: one entry per changed cluster. */
  matrix: { include: MatrixEntry[] };
  hasChanges: boolean;
  /** Path of the JSON report. */
  report: string;
}

/**
 * Clusters with something to roll out: a changed or added node (removed nodes need no apply), in the
 * `stages` order apply uses (stages not listed last, as apply would refuse them anyway).
 */
export function planOutputs(plan: PlanResult, report: string, stages: readonly string[] = []): ActionOutputs {
  const changed = stageSorted(plan.clusters, stages).filter(
    (c) => !c.error && c.nodes.some((n) => n.status === 'changed' || n.status === 'added'),
  );
  return {
    changedClusters: changed.map((c) => c.name),
    matrix: { include: changed.map((c) => ({ cluster: c.name, stage: c.stage })) },
    hasChanges: plan.hasChanges,
    report,
  };
}

/** Clusters the rollout changed (or, in a dry run, would change). */
export function rolloutOutputs(report: RolloutReport, path: string): ActionOutputs {
  const changed = report.stages
    .flatMap((s) => s.clusters)
    .filter((c) =>
      c.nodes.some((n) => n.status === 'applied' || n.status === 'upgraded' || n.status === 'planned'),
    );
  return {
    changedClusters: changed.map((c) => c.name),
    matrix: { include: changed.map((c) => ({ cluster: c.name, stage: c.stage })) },
    hasChanges: changed.length > 0,
    report: path,
  };
}

/** Clusters with a drifted node, in the `stages` order. */
export function driftOutputs(
  report: DriftReport,
  path: string,
  stages: readonly string[] = [],
): ActionOutputs {
  const drifted = stageSorted(report.clusters, stages).filter((c) =>
    c.nodes.some((n) => n.status === 'drifted'),
  );
  return {
    changedClusters: drifted.map((c) => c.name),
    matrix: { include: drifted.map((c) => ({ cluster: c.name, stage: c.stage })) },
    hasChanges: drifted.length > 0,
    report: path,
  };
}

export function setOutputs(rt: Runtime, o: ActionOutputs): void {
  rt.setOutput('changed-clusters', JSON.stringify(o.changedClusters));
  rt.setOutput('matrix', JSON.stringify(o.matrix));
  rt.setOutput('has-changes', String(o.hasChanges));
  rt.setOutput('report', o.report);
}
