/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules that reported (with descriptions and the
 * rationale as help), one result per finding with its file and line; waived findings carry an external
 * suppression with the waiver's reason.
 */
import type { RuleInfo } from '../rules.js';
import type { Finding, Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

export interface SarifOptions {
  toolVersion?: string;
  informationUri?: string;
}

export function formatSarif(
  findings: readonly Finding[],
  rules: readonly RuleInfo[],
  opts: SarifOptions = {},
): string {
  const known = new Map(rules.map((r) => [r.id, r]));
  for (const f of findings)
    if (!known.has(f.rule)) known.set(f.rule, { id: f.rule, severity: f.severity, description: f.rule });
  const ids = [...known.keys()].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const sarifRules = ids.map((id) => {
    const r = known.get(id)!;
    return {
      id,
      name: id
        .replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase())
        .replace(/^\w/, (c) => c.toUpperCase()),
      shortDescription: { text: r.description },
      fullDescription: { text: r.rationale ?? r.description },
      help: { text: r.rationale ? `${r.description}. ${r.rationale}` : r.description },
      defaultConfiguration: { level: LEVEL[r.severity] },
      properties: { tags: [id.split('/')[0]] },
    };
  });
  const results = findings.map((f) => {
    const logical = [f.cluster, f.node].filter(Boolean).join('/') + (f.path ? `:${f.path}` : '');
    const result: Record<string, unknown> = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: LEVEL[f.severity],
      message: {
        text: f.node
          ? `${f.message} (node ${f.node}${f.cluster ? `, cluster ${f.cluster}` : ''})`
          : f.message,
      },
    };
    const locations: Record<string, unknown>[] = [];
    if (f.file) {
      locations.push({
        physicalLocation: {
          artifactLocation: {
            uri: f.file.split('/').map(encodeURIComponent).join('/'),
            uriBaseId: '%SRCROOT%',
          },
          ...(f.line ? { region: { startLine: f.line } } : {}),
        },
        ...(logical ? { logicalLocations: [{ fullyQualifiedName: logical, kind: 'member' }] } : {}),
      });
    }
    if (locations.length > 0) result.locations = locations;
    result.partialFingerprints = {
      'talosGitops/v1': [f.rule, f.cluster, f.node, f.path, f.message].join('|'),
    };
    if (f.waived)
      result.suppressions = [
        { kind: 'external', status: 'accepted', justification: `${f.waived.reason} (${f.waived.source})` },
      ];
    return result;
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'talos-gitops',
            informationUri: opts.informationUri ?? 'https://github.com/talos-gitops/talos-gitops',
            ...(opts.toolVersion ? { version: opts.toolVersion } : {}),
            rules: sarifRules,
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
