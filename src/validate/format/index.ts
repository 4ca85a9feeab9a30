/** Output formats of `validate`: text for people, json for scripts, sarif for code scanning. */
import { exitCodeFor, type Summary, summarize } from '../result.js';
import type { RuleInfo } from '../rules.js';
import type { Finding } from '../types.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface FormatOptions {
  summary?: Summary;
  /** Rule descriptions for SARIF (ValidationResult.rules). */
  rules?: readonly RuleInfo[];
  exitCode?: number;
  toolVersion?: string;
}

export function formatFindings(
  findings: readonly Finding[],
  format: OutputFormat,
  opts: FormatOptions = {},
): string {
  const summary = opts.summary ?? summarize(findings);
  switch (format) {
    case 'text':
      return formatText(findings, summary);
    case 'json':
      return formatJson(findings, summary, opts.exitCode ?? exitCodeFor(findings));
    case 'sarif':
      return formatSarif(findings, opts.rules ?? [], { toolVersion: opts.toolVersion });
  }
}
