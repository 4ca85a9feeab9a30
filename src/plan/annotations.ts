/**
 * Which findings become file/line annotations. GitHub shows at most 10 annotations of each kind
 * (error, warning, notice) per step and drops the rest without a word, so we choose: identical
 * findings across nodes are one annotation, the most important come first (see compareImportance),
 * and everything not annotated is listed in the job summary instead.
 */
import type { Finding, Severity } from '../validate/types.js';
import { type FindingGroup, groupFindings } from './finding-groups.js';
import { repoRelative } from './links.js';
import { nameList } from './node-list.js';

/** GitHub's per-step limit for each annotation kind. */
export const ANNOTATIONS_PER_KIND = 10;

export interface Annotation {
  kind: Severity;
  /** The rule id. */
  title: string;
  /** The finding's message, then where it applies (field path, clusters and nodes). */
  message: string;
  /** Repository-relative file; absent when the finding has none. */
  file?: string;
  startLine?: number;
  group: FindingGroup;
}

export interface AnnotationSelection {
  /** At most `limits[kind]` per kind, most important first within a kind; errors, then warnings, notices. */
  annotations: Annotation[];
  /** Every finding not covered by an annotation (over the limit, or waived), for the job summary. */
  notAnnotated: Finding[];
  /** Keys of the finding groups that became annotations (see FindingGroup.key). */
  annotatedKeys: Set<string>;
  /** Unwaived finding groups per kind: how many there are and how many were annotated. */
  perKind: Record<Severity, { annotated: number; total: number }>;
}

export interface SelectAnnotationsOptions {
  /** Annotations per kind; default 10 each. Lower it when the step reports its own failure as an error. */
  limits?: Partial<Record<Severity, number>>;
  /** Applied to every text the annotations carry. */
  redact?: (s: string) => string;
}

function whereText(g: FindingGroup, redact: (s: string) => string): string {
  const parts: string[] = [];
  for (const [cluster, nodes] of g.where) {
    const c = redact(cluster);
    parts.push(nodes.length ? `${c}: ${nameList(nodes.map(redact), 10, (s) => s)}` : c);
  }
  return parts.join('; ');
}

function toAnnotation(g: FindingGroup, redact: (s: string) => string): Annotation {
  const details: string[] = [];
  if (g.path) details.push(`at ${redact(g.path)}`);
  const where = whereText(g, redact);
  if (where) details.push(`on ${where}`);
  const file = g.file !== undefined ? repoRelative(redact(g.file)) : undefined;
  return {
    kind: g.severity,
    title: redact(g.rule),
    message: redact(g.message) + (details.length ? ` (${details.join(', ')})` : ''),
    ...(file ? { file } : {}),
    ...(file && g.line !== undefined && g.line > 0 ? { startLine: g.line } : {}),
    group: g,
  };
}

/** Deterministic: the same findings in any order give the same annotations. */
export function selectAnnotations(
  findings: readonly Finding[],
  options: SelectAnnotationsOptions = {},
): AnnotationSelection {
  const redact = options.redact ?? ((s: string) => s);
  const limit = (k: Severity) => Math.max(0, options.limits?.[k] ?? ANNOTATIONS_PER_KIND);
  const perKind: AnnotationSelection['perKind'] = {
    error: { annotated: 0, total: 0 },
    warning: { annotated: 0, total: 0 },
    notice: { annotated: 0, total: 0 },
  };
  const annotations: Annotation[] = [];
  const annotatedKeys = new Set<string>();
  const notAnnotated: Finding[] = [];
  for (const g of groupFindings(findings)) {
    if (g.waived) {
      notAnnotated.push(...g.findings);
      continue;
    }
    const k = perKind[g.severity];
    k.total++;
    if (k.annotated < limit(g.severity)) {
      k.annotated++;
      annotations.push(toAnnotation(g, redact));
      annotatedKeys.add(g.key);
    } else {
      notAnnotated.push(...g.findings);
    }
  }
  return { annotations, notAnnotated, annotatedKeys, perKind };
}
