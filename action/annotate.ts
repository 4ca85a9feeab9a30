/** Emits the chosen annotations (see src/plan/annotations.ts for which ones and why). */
import type { Annotation } from '../src/plan/annotations.js';
import type { AnnotationProps, Runtime } from './runtime.js';

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
