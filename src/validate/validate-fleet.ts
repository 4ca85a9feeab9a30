/** Validation of a rendered fleet: every node's config, the fleet rules, policy packs and waivers. */
import { nodePolicyIssues } from '../policy/engine.js';
import { type LoadResult, loadPolicyFiles, type PolicyFile } from '../policy/load.js';
import { packRules } from '../policy/packs.js';
import type { PolicyRule } from '../policy/types.js';
import { applyWaivers } from '../policy/waivers.js';
import type { Fleet } from '../render/types.js';
import { type CrossClusterScope, fleetFindings } from './fleet.js';
import { documentIssues } from './node.js';
import { place } from './place.js';
import { partialClusters, type RenderFailure, renderErrorFindings } from './render-errors.js';
import { dedupe, exitCodeFor, type FailOn, type Summary, sortFindings, summarize } from './result.js';
import { type RuleInfo, ruleInfo } from './rules.js';
import type { Finding } from './types.js';

export interface ValidateOptions {
  /** The repository's own policy files (`policies/*.yaml`, top level only), with their text. */
  policyFiles?: PolicyFile[];
  /**
   * The repository's rules already loaded, with the problems to report about policy files (instead of
   * `policyFiles`): a plan judges by the base's rules and reports the head's broken files.
   */
  policies?: LoadResult;
  /** The date waivers expire against (default: now). */
  now?: Date;
  /** Which severity fails the run (default error). */
  failOn?: FailOn;
  /** Scrubs every message (pass the secret registry's redactor: values from SOPS files never leak). */
  redact?: (text: string) => string;
  /** Clusters that failed to render (renderFleet's errors): reported as findings with the rest. */
  renderFailures?: readonly RenderFailure[];
  /**
   * The rest of the repository's fleet, when only part of it is validated (a plan validates what a
   * change can reach): the rules comparing clusters still see it, and report what involves `fleet`.
   */
  scope?: CrossClusterScope;
}

export interface ValidationResult {
  findings: Finding[];
  /** Descriptions of the rules that reported findings (for SARIF and reports). */
  rules: RuleInfo[];
  summary: Summary;
  /** Per DESIGN.md: 0 when no unwaived finding reaches failOn, else 1. */
  exitCode: 0 | 1;
}

/** Wraps findings into a result: dedupes, redacts, sorts, summarises. */
export function finishResult(
  raw: Finding[],
  opts: {
    failOn?: FailOn;
    redact?: (t: string) => string;
    policies?: readonly PolicyRule[];
    clusters?: number;
    nodes?: number;
    nodeOrder?: Map<string, number>;
  },
): ValidationResult {
  let findings = dedupe(raw);
  if (opts.redact) findings = findings.map((f) => ({ ...f, message: opts.redact!(f.message) }));
  sortFindings(findings, opts.nodeOrder);
  const ids = [...new Set(findings.map((f) => f.rule))].sort();
  return {
    findings,
    rules: ids.map((id) => ruleInfo(id, opts.policies ?? [])),
    summary: summarize(findings, opts.clusters, opts.nodes),
    exitCode: exitCodeFor(findings, opts.failOn),
  };
}

export function validateFleet(fleet: Fleet, opts: ValidateOptions = {}): ValidationResult {
  const packs = packRules();
  const user = opts.policies ?? loadPolicyFiles(opts.policyFiles ?? [], packs.rules);
  const raw: Finding[] = [
    ...packs.findings,
    ...user.findings,
    ...renderErrorFindings(opts.renderFailures ?? []),
  ];
  const nodeOrder = new Map<string, number>();
  let nodes = 0;
  // the nodes that rendered in a cluster where others failed are validated all the same
  const all: Fleet = {
    ...fleet,
    clusters: [...fleet.clusters, ...partialClusters(opts.renderFailures ?? [])],
  };
  for (const cluster of all.clusters) {
    const rules = [
      ...packs.rules.filter((r) => r.pack && cluster.policyPacks.includes(r.pack)),
      ...user.rules,
    ];
    cluster.nodes.forEach((node, i) => {
      nodes++;
      nodeOrder.set(`${cluster.name}/${node.name}`, i);
      const where = { cluster, node };
      for (const issue of documentIssues(node.docs, cluster.contract, {
        mode: cluster.platform,
        // a rendered config is what the node is given: validated as the node validates it on apply
        onMachine: true,
        talosVersion: cluster.talosVersion,
      }))
        raw.push(place(issue, where));
      for (const issue of nodePolicyIssues(rules, cluster, node)) raw.push(place(issue, where));
    });
  }
  raw.push(...fleetFindings(all, opts.scope));
  const deduped = dedupe(raw);
  deduped.push(...applyWaivers(deduped, all, opts.now ?? new Date(), opts.scope?.others));
  return finishResult(deduped, {
    failOn: opts.failOn,
    redact: opts.redact,
    policies: [...packs.rules, ...user.rules],
    clusters: all.clusters.length,
    nodes,
    nodeOrder,
  });
}
