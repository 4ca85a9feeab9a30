/**
 * Emits the chosen annotations (see src/plan/annotations.ts for which ones and why), within what is
 * left of GitHub's per-step allowance after the step's own warnings and its failure message.
 */
import type { Annotation } from '../src/plan/annotations.js';
import { ANNOTATIONS_PER_KIND } from '../src/plan/annotations.js';
import type { Severity } from '../src/validate/types.js';
import type { AnnotationProps, Runtime } from './runtime.js';

export type AnnotationCounts = Record<Severity, number>;

/** A runtime that counts the annotations made through it. */
export function countingRuntime(rt: Runtime): { rt: Runtime; counts: AnnotationCounts } {
  const counts: AnnotationCounts = { error: 0, warning: 0, notice: 0 };
  const wrapped: Runtime = {
    ...rt,
    error: (m, p) => {
      counts.error++;
      rt.error(m, p);
    },
    warning: (m, p) => {
      counts.warning++;
      rt.warning(m, p);
    },
    notice: (m, p) => {
      counts.notice++;
      rt.notice(m, p);
    },
  };
  return { rt: wrapped, counts };
}

/** Per-kind room for findings: 10 less what the step already said, less one error if it will fail. */
export function remainingAllowance(used: AnnotationCounts, willFail: boolean): AnnotationCounts {
  const left = (n: number) => Math.max(0, ANNOTATIONS_PER_KIND - n);
  return {
    error: left(used.error + (willFail ? 1 : 0)),
    warning: left(used.warning),
    notice: left(used.notice),
  };
}

export function emitAnnotations(rt: Runtime, annotations: readonly Annotation[]): void {
  for (const a of annotations) {
    const props: AnnotationProps = {
      title: a.title,
      ...(a.file ? { file: a.file } : {}),
      ...(a.startLine ? { startLine: a.startLine } : {}),
    };
    if (a.kind === 'error') rt.error(a.message, props);
    else if (a.kind === 'warning') rt.warning(a.message, props);
    else rt.notice(a.message, props);
  }
}
