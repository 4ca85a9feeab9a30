/**
 * The checks that judge a fleet as one ref holds them: the repository's policy rules and, per cluster,
 * the built-in packs it uses (`policies.packs`) and its waivers. A plan judges the head by the base's
 * checks, so a pull request cannot relax the checks that judge it; what it changes in them is listed,
 * and counts from the merge on.
 */
import { clusterFolders } from '../render/render.js';
import type { RenderedCluster, WaiverSpec } from '../render/types.js';
import { type ClusterFile, DEFAULT_POLICY_PACKS, parseClusterFile } from '../repo/cluster-file.js';
import type { RepoFiles } from '../repo/files.js';
import type { Severity } from '../validate/types.js';
import { type LoadResult, loadPolicyFiles } from './load.js';
import { packRules } from './packs.js';
import { repoPolicyFiles } from './repo-files.js';
import type { PolicyRule } from './types.js';

export interface ClusterChecks {
  name: string;
  dir: string;
  file: string;
  packs: readonly string[];
  waivers: readonly WaiverSpec[];
  /** Line of `policies` in cluster.yaml, when set. */
  packsLine?: number;
}

export interface RefChecks {
  /** The repository's rules (a broken file contributes none) and the problems of its files. */
  policies: LoadResult;
  /** Clusters whose cluster.yaml parses at this ref. */
  clusters: ClusterChecks[];
}

/**
 * `parsed` holds cluster.yaml files already parsed at this ref, by folder (a plan has loaded every
 * folder): those are not read and parsed again.
 */
export function refChecks(
  files: RepoFiles,
  opts: { clustersDir?: string; policiesDir?: string },
  parsed?: ReadonlyMap<string, ClusterFile>,
): RefChecks {
  const policies = loadPolicyFiles(repoPolicyFiles(files, opts.policiesDir ?? 'policies'), packRules().rules);
  const clusters: ClusterChecks[] = [];
  for (const folder of clusterFolders(files, opts.clustersDir ?? 'clusters')) {
    if (folder.error) continue;
    const file = `${folder.dir}/cluster.yaml`;
    try {
      let spec = parsed?.get(folder.dir);
      if (!spec) {
        const text = files.read(file);
        if (text === undefined) continue;
        spec = parseClusterFile(text, file, folder.dir);
      }
      clusters.push({
        name: spec.name,
        dir: spec.dir,
        file,
        packs: spec.policyPacks,
        waivers: spec.waivers,
        ...(spec.fieldLines.policies ? { packsLine: spec.fieldLines.policies } : {}),
      });
    } catch {
      // a cluster.yaml that does not parse at this ref has no checks of its own there: defaults judge
    }
  }
  return { policies, clusters };
}

const sameWaiver = (a: WaiverSpec, b: WaiverSpec) =>
  a.policy === b.policy &&
  a.reason === b.reason &&
  a.expires === b.expires &&
  a.nodes.length === b.nodes.length &&
  a.nodes.every((n, i) => n === b.nodes[i]);

/**
 * The packs and waivers the base holds for a cluster of the head. A cluster is the base's by its
 * name or by its folder: packs are those of both (renaming a cluster or moving its folder drops
 * none), waivers those of the cluster of its name (findings are waived by cluster name). A cluster
 * new at the head gets the default packs and no waivers. A base waiver the head keeps as it is
 * points at its line at the head; one the head edits or removes stays at the base's line.
 */
export function judgingChecks(
  base: RefChecks,
  head: Pick<RenderedCluster, 'name' | 'dir' | 'waivers'>,
): { packs: string[]; waivers: WaiverSpec[] } {
  const byName = base.clusters.find((c) => c.name === head.name);
  const byDir = base.clusters.find((c) => c.dir === head.dir);
  const packs =
    byName || byDir
      ? [...new Set([...(byName?.packs ?? []), ...(byDir?.packs ?? [])])]
      : [...DEFAULT_POLICY_PACKS];
  const waivers = (byName?.waivers ?? []).map((w) => {
    const kept = head.waivers.find((h) => sameWaiver(h, w));
    return kept ? { ...w, source: kept.source } : { ...w, atBase: true };
  });
  return { packs, waivers };
}

export interface RuleChange {
  change: 'added' | 'removed' | 'changed';
  id: string;
  severity: Severity;
  /** Where the rule is: at the head, or at the base for a removed one. */
  file: string;
  line?: number;
}

export interface PackChange {
  cluster: string;
  file: string;
  line?: number;
  /** The cluster is new at the head: the default packs judge it. */
  newCluster: boolean;
  before: string[];
  after: string[];
}

export interface WaiverChange {
  change: 'added' | 'removed' | 'changed';
  cluster: string;
  policy: string;
  nodes: string[];
  reason: string;
  expires?: string;
  /** The base's version of a changed waiver. */
  before?: { nodes: string[]; reason: string; expires?: string };
  /** At the head; at the base for a removed waiver. */
  file: string;
  line?: number;
  /** Where the base holds it (removed, changed). */
  baseLine?: number;
}

/** What the head changes in the checks, before anyone counts what the change does to findings. */
export interface ChecksDiff {
  rules: RuleChange[];
  packs: PackChange[];
  waivers: WaiverChange[];
  /** Policy files invalid at the base (their rules judge nothing) and whether the head fixes each. */
  baseInvalid: Array<{ file: string; fixed: boolean }>;
}

/** JSON with object keys sorted, so two rules written in another key order compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

const ruleBody = (r: PolicyRule) => canonical({ ...r, source: undefined, pack: undefined });

const ruleRef = (change: RuleChange['change'], r: PolicyRule): RuleChange => ({
  change,
  id: r.id,
  severity: r.severity,
  file: r.source.file,
  ...(r.source.line ? { line: r.source.line } : {}),
});

function ruleChanges(base: readonly PolicyRule[], head: readonly PolicyRule[]): RuleChange[] {
  const b = new Map(base.map((r) => [r.id, r]));
  const h = new Map(head.map((r) => [r.id, r]));
  const out: RuleChange[] = [];
  for (const r of base) if (!h.has(r.id)) out.push(ruleRef('removed', r));
  for (const r of head) {
    const was = b.get(r.id);
    if (!was) out.push(ruleRef('added', r));
    else if (ruleBody(was) !== ruleBody(r)) out.push(ruleRef('changed', r));
  }
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

function waiverChanges(cluster: RenderedCluster, base: readonly WaiverSpec[]): WaiverChange[] {
  const out: WaiverChange[] = [];
  const head = cluster.waivers;
  const at = (w: WaiverSpec) => ({ file: w.source.file, ...(w.source.line ? { line: w.source.line } : {}) });
  const body = (w: WaiverSpec) => ({
    policy: w.policy,
    nodes: [...w.nodes],
    reason: w.reason,
    ...(w.expires ? { expires: w.expires } : {}),
  });
  const kept = new Set<WaiverSpec>();
  const matched = new Set<WaiverSpec>();
  for (const h of head) {
    const same = base.find((b) => !matched.has(b) && sameWaiver(b, h));
    if (same) {
      matched.add(same);
      kept.add(h);
    }
  }
  // an edit keeps the rule and the nodes (or the rule alone): anything else is a removal and an addition
  for (const h of head) {
    if (kept.has(h)) continue;
    const was =
      base.find((b) => !matched.has(b) && b.policy === h.policy && sameList(b.nodes, h.nodes)) ??
      base.find((b) => !matched.has(b) && b.policy === h.policy);
    if (was) {
      matched.add(was);
      const { policy: _, ...before } = body(was);
      out.push({
        change: 'changed',
        cluster: cluster.name,
        ...body(h),
        before,
        ...at(h),
        ...(was.source.line ? { baseLine: was.source.line } : {}),
      });
    } else out.push({ change: 'added', cluster: cluster.name, ...body(h), ...at(h) });
  }
  for (const b of base) {
    if (matched.has(b)) continue;
    out.push({
      change: 'removed',
      cluster: cluster.name,
      ...body(b),
      ...at(b),
      ...(b.source.line ? { baseLine: b.source.line } : {}),
    });
  }
  return out;
}

/** What the head changes in the checks of the given clusters (the head's renders) and of the repository. */
export function diffChecks(
  base: RefChecks,
  head: LoadResult,
  clusters: readonly RenderedCluster[],
): ChecksDiff {
  const packs: PackChange[] = [];
  const waivers: WaiverChange[] = [];
  for (const c of clusters) {
    const known = base.clusters.some((b) => b.name === c.name || b.dir === c.dir);
    const judging = judgingChecks(base, c);
    if (!sameList(judging.packs, c.policyPacks)) {
      packs.push({
        cluster: c.name,
        file: c.file,
        ...(c.fieldLines.policies ? { line: c.fieldLines.policies } : {}),
        newCluster: !known,
        before: judging.packs,
        after: [...c.policyPacks],
      });
    }
    const baseWaivers = base.clusters.find((b) => b.name === c.name)?.waivers ?? [];
    waivers.push(...waiverChanges(c, baseWaivers));
  }
  const invalidAt = (r: LoadResult) =>
    new Set(r.findings.filter((f) => f.rule === 'policy/invalid' && f.file).map((f) => f.file!));
  const headInvalid = invalidAt(head);
  const baseInvalid = [...invalidAt(base.policies)]
    .sort()
    .map((file) => ({ file, fixed: !headInvalid.has(file) }));
  return { rules: ruleChanges(base.policies.rules, head.rules), packs, waivers, baseInvalid };
}

export function isEmptyDiff(d: ChecksDiff): boolean {
  return !d.rules.length && !d.packs.length && !d.waivers.length && !d.baseInvalid.length;
}
