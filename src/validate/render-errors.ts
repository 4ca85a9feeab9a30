/** Clusters that failed to render, as findings (so `validate` reports them with everything else). */
import { ConfigDecodeError, type DecodeIssue } from '../config/decode.js';
import type { TalosGitopsError } from '../errors.js';
import type { RenderedCluster } from '../render/types.js';
import type { Finding } from './types.js';

export interface RenderFailure {
  cluster: string;
  file: string;
  error: TalosGitopsError;
  /** Nodes that failed on their own, each with why. */
  nodeErrors?: ReadonlyArray<{ node: string; error: TalosGitopsError }>;
  /** The nodes that did render (validated, never applied). */
  partial?: RenderedCluster;
}

/** The clusters some of whose nodes rendered, for validating those nodes. */
export function partialClusters(failures: readonly RenderFailure[]): RenderedCluster[] {
  return failures.flatMap((f) => (f.partial ? [f.partial] : []));
}

function ruleOf(message: string): string {
  if (/^duplicate key/.test(message)) return 'schema/yaml';
  if (/unknown field/.test(message)) return 'schema/unknown-field';
  if (/^(duplicate|conflicting)/.test(message) || /: (duplicate|conflicting) /.test(message))
    return 'talos/conflicting-documents';
  if (/not registered/.test(message)) return 'schema/unknown-kind';
  return 'render/error';
}

export function renderErrorFindings(failures: readonly RenderFailure[]): Finding[] {
  const out: Finding[] = [];
  for (const f of failures) {
    for (const { node, error } of f.nodeErrors ?? [{ node: undefined, error: f.error }]) {
      out.push(...errorFindings(error, f, node));
    }
  }
  return out;
}

/** One finding per problem of the error (a decode error lists each), with the rule it breaks. */
function errorFindings(error: TalosGitopsError, f: RenderFailure, node: string | undefined): Finding[] {
  const issues: DecodeIssue[] =
    error instanceof ConfigDecodeError
      ? error.issues
      : [{ message: error.message, file: error.file ?? f.file, line: error.line, field: error.field }];
  return issues.map((i) => ({
    rule: i.rule ?? ruleOf(i.message),
    severity: 'error',
    message: i.message,
    cluster: f.cluster,
    ...(node ? { node } : {}),
    ...(i.field ? { path: i.field } : {}),
    file: i.file ?? f.file,
    ...(i.line ? { line: i.line } : {}),
  }));
}
