/**
 * Runs policy rules against rendered nodes: picks the rules whose scope covers the node, resolves each
 * target in the node's documents (their plain YAML form), evaluates the condition on every value found,
 * and reports the values that fail at the line that set them. Values of secret fields are never shown.
 */
import type { ConfigDocument } from '../config/document.js';
import { originOf } from '../config/tree.js';
import { isSecretPath, type SecretCursor, secretCursor } from '../kinds/index.js';
import { contractIndex, kindDef } from '../model/model.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import { isSopsPath } from '../secrets/sops/formats.js';
import type { Issue } from '../validate/issue.js';
import { documentPath, type Seg } from '../validate/paths.js';
import { plainFromDecoded } from '../validate/schema/plain.js';
import { BUILTINS } from './builtins.js';
import { decidesAbsence, evaluate } from './conditions.js';
import { anyGlob } from './glob.js';
import { parseTargetPath, resolvePath } from './path.js';
import type { Check, PolicyRule } from './types.js';

export function inScope(rule: PolicyRule, cluster: RenderedCluster, node: RenderedNode): boolean {
  const s = rule.scope;
  if (!anyGlob(s.clusters, cluster.name)) return false;
  if (!anyGlob(s.stages, cluster.stage)) return false;
  if (s.roles && s.roles.length > 0 && !s.roles.includes(node.role)) return false;
  if (!anyGlob(s.nodes, node.name)) return false;
  if (s.talosVersions && s.talosVersions.length > 0 && !s.talosVersions.includes(cluster.contract))
    return false;
  return true;
}

interface Failure {
  doc?: ConfigDocument;
  segs?: Seg[];
  value?: unknown;
  absent: boolean;
}

interface CheckResult {
  ok: boolean;
  failures: Failure[];
}

class NodeView {
  private readonly plain = new Map<ConfigDocument, unknown>();
  constructor(
    readonly cluster: RenderedCluster,
    readonly node: RenderedNode,
  ) {}

  plainOf(doc: ConfigDocument): unknown {
    let p = this.plain.get(doc);
    if (p === undefined) {
      p = plainFromDecoded(doc.body, { k: 'struct', ref: doc.def.type }, this.cluster.contract) ?? {};
      p = maskSecrets(p, doc.body, secretCursor(doc.kind), false);
      this.plain.set(doc, p);
    }
    return p;
  }
}

/** What a policy sees in place of a secret value: that it is set, and nothing of what it is. */
export const SECRET_SEEN_BY_POLICIES = '(secret)';

/**
 * The plain form with every secret value replaced by the same placeholder: values at Talos's secret
 * fields and every value a SOPS-decrypted file set. No operator, pattern, schema or builtin can then
 * tell one secret from another, so no set of rules can read a secret back from which of them fire.
 */
function maskSecrets(plain: unknown, body: unknown, at: SecretCursor, fromSops: boolean): unknown {
  if (Array.isArray(plain)) {
    return plain.map((item, i) => {
      const o = originOf(body, i);
      const sops = fromSops || (o !== undefined && isSopsPath(o.file));
      return maskSecrets(item, Array.isArray(body) ? body[i] : undefined, at.step('[]'), sops);
    });
  }
  if (plain !== null && typeof plain === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(plain)) {
      const o = originOf(body, k);
      const sops = fromSops || (o !== undefined && isSopsPath(o.file));
      const child =
        body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[k] : undefined;
      out[k] = maskSecrets(v, child, at.step(k), sops);
    }
    return out;
  }
  if (plain === undefined || plain === null || plain === '') return plain;
  if (fromSops || at.secret) return SECRET_SEEN_BY_POLICIES;
  const param = at.param;
  if (param && typeof plain === 'string') {
    try {
      const u = new URL(plain);
      if (u.searchParams.has(param)) {
        u.searchParams.set(param, SECRET_SEEN_BY_POLICIES);
        return u.toString();
      }
    } catch {
      return SECRET_SEEN_BY_POLICIES;
    }
  }
  return plain;
}

function runCheck(check: Check, view: NodeView): CheckResult {
  const { kind, name, path } = check.target;
  const docs = view.node.docs.filter(
    (d) => d.kind === kind && (name === undefined || anyGlob([name], d.name ?? '')),
  );
  const tokens = parseTargetPath(path);
  const matches = docs.flatMap((doc) => resolvePath(view.plainOf(doc), tokens).map((m) => ({ doc, ...m })));
  const cond = check.condition ?? { exists: true };
  if (matches.length === 0) {
    const ok = decidesAbsence(cond) ? evaluate(cond, undefined) : check.missing !== 'fail';
    return {
      ok,
      failures: ok ? [] : [{ doc: docs[0], segs: docs[0] ? targetPrefix(path) : undefined, absent: true }],
    };
  }
  const failures = matches
    .filter((m) => !evaluate(cond, m.value))
    .map((m) => ({ doc: m.doc, segs: m.segs, value: m.value, absent: false }));
  return { ok: failures.length === 0, failures };
}

/** The literal keys at the start of a path (where an absent value would have been set). */
function targetPrefix(path: string): Seg[] {
  const out: Seg[] = [];
  for (const t of parseTargetPath(path)) {
    if (!('key' in t)) break;
    out.push(t.key);
  }
  return out;
}

function shown(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object') return undefined;
  const s = JSON.stringify(value);
  return s.length > 80 ? undefined : s;
}

function describe(rule: PolicyRule, f: Failure, check: Check): string {
  const path = f.doc
    ? documentPath(f.doc, f.segs ?? [])
    : check.target.kind === 'v1alpha1'
      ? check.target.path
      : `${check.target.kind}.${check.target.path}`;
  // A finding says what is wrong first ("not met"), then what the rule wants and what the config has.
  if (f.absent) return `Not met: ${rule.description} (${path || check.target.kind} is not set)`;
  const secret =
    f.doc &&
    isSecretPath(
      f.doc.kind,
      (f.segs ?? []).map((s) => (typeof s === 'number' ? '[]' : s)),
    );
  const value = secret ? undefined : shown(f.value);
  return value === undefined
    ? `Not met: ${rule.description} (at ${path})`
    : `Not met: ${rule.description} (${path} is ${value})`;
}

/** Whether a check can apply in the cluster's contract (its kind exists there). */
function applicable(check: Check, cluster: RenderedCluster): boolean {
  const def = kindDef(check.target.kind);
  if (!def) return false;
  const i = contractIndex(cluster.contract);
  return !(def.since && i < contractIndex(def.since)) && !(def.until && i > contractIndex(def.until));
}

export function evaluateRule(
  rule: PolicyRule,
  cluster: RenderedCluster,
  node: RenderedNode,
  view = new NodeView(cluster, node),
): Issue[] {
  const mk = (i: Omit<Issue, 'rule' | 'severity'>): Issue => ({
    rule: rule.id,
    severity: rule.severity,
    ...i,
  });
  if (rule.builtin) {
    const fn = BUILTINS[rule.builtin];
    return fn ? fn({ cluster, node, contract: cluster.contract }, rule.params ?? {}).map(mk) : [];
  }
  const checks = rule.checks.filter((c) => applicable(c, cluster));
  if (checks.length === 0) return [];
  const results = checks.map((c) => ({ check: c, result: runCheck(c, view) }));
  const failing = results.filter((r) => !r.result.ok);
  if (rule.mode === 'any') {
    if (failing.length < results.length) return [];
    // report the alternative that exists in this config, else the first one
    const pick = results.find((r) => r.result.failures.some((f) => !f.absent)) ?? results[0]!;
    const f = pick.result.failures[0]!;
    return [mk({ message: describe(rule, f, pick.check), doc: f.doc, segs: f.segs })];
  }
  return failing.flatMap((r) =>
    r.result.failures.map((f) => mk({ message: describe(rule, f, r.check), doc: f.doc, segs: f.segs })),
  );
}

/** Every policy issue of one node. */
export function nodePolicyIssues(rules: PolicyRule[], cluster: RenderedCluster, node: RenderedNode): Issue[] {
  const view = new NodeView(cluster, node);
  return rules.filter((r) => inScope(r, cluster, node)).flatMap((r) => evaluateRule(r, cluster, node, view));
}
