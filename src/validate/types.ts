/** Findings: what validation and policy report, each pointing at the file and line to fix. */

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  /** Rule id, e.g. `schema/unknown-field`, `talos/install-disk`, `baseline/installer-pinned`. */
  rule: string;
  severity: Severity;
  message: string;
  cluster?: string;
  node?: string;
  /** Field path inside the document, e.g. `machine.install.image`, prefixed by the kind for multi-doc kinds. */
  path?: string;
  file?: string;
  line?: number;
  /** Set when a waiver covers the finding. */
  waived?: { reason: string; expires?: string; source: string };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
