/** `validate --format json` (DESIGN.md): every finding with the same keys, then a summary. */
import type { Summary } from '../result.js';
import type { Finding } from '../types.js';

export interface JsonFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
  cluster: string | null;
  node: string | null;
  path: string | null;
  file: string | null;
  line: number | null;
  waived: boolean;
  /** Why and by which waiver (cluster.yaml line), when waived. */
  waiver: { reason: string; expires: string | null; source: string } | null;
}

export function jsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    cluster: f.cluster ?? null,
    node: f.node ?? null,
    path: f.path ?? null,
    file: f.file ?? null,
    line: f.line ?? null,
    waived: !!f.waived,
    waiver: f.waived
      ? { reason: f.waived.reason, expires: f.waived.expires ?? null, source: f.waived.source }
      : null,
  };
}

export function formatJson(findings: readonly Finding[], summary: Summary, exitCode: number): string {
  return `${JSON.stringify({ findings: findings.map(jsonFinding), summary, exitCode }, null, 2)}\n`;
}
