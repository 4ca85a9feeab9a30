/** Clusters that failed to render, as findings (so `validate` reports them with everything else). */
import { ConfigDecodeError } from '../config/decode.js';
import type { TalosGitopsError } from '../errors.js';
import type { Finding } from './types.js';

export interface RenderFailure {
  cluster: string;
  file: string;
  error: TalosGitopsError;
}

function ruleOf(message: string): string {
  if (/unknown field/.test(message)) return 'schema/unknown-field';
  if (/^(duplicate|conflicting)/.test(message) || /: (duplicate|conflicting) /.test(message))
    return 'talos/conflicting-documents';
  if (/not registered/.test(message)) return 'schema/unknown-kind';
  return 'render/error';
}

export function renderErrorFindings(failures: readonly RenderFailure[]): Finding[] {
  const out: Finding[] = [];
  for (const f of failures) {
    const issues =
      f.error instanceof ConfigDecodeError
        ? f.error.issues
        : [
            {
              message: f.error.message,
              file: f.error.file ?? f.file,
              line: f.error.line,
              field: f.error.field,
            },
          ];
    for (const i of issues) {
      out.push({
        rule: ruleOf(i.message),
        severity: 'error',
        message: i.message,
        cluster: f.cluster,
        ...(i.field ? { path: i.field } : {}),
        file: i.file ?? f.file,
        ...(i.line ? { line: i.line } : {}),
      });
    }
  }
  return out;
}
