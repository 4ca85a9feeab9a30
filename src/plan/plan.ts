/**
 * The plan of a change: the base ref against the head (the work tree or another ref), cluster by
 * cluster and node by node. What changes is decided by rendering, not by which files changed, so a
 * change to a shared patch shows on every node that uses it — but only the clusters a change can
 * reach are rendered: a cluster whose inputs (its cluster.yaml and every file rendering it reads, see
 * render/inputs.ts) and the repository's policies are the same at both sides is reported unchanged
 * without rendering, and only the re-planned clusters are validated (the rules comparing clusters
 * still see the rest of the fleet, see unchanged.ts).
 */
import { TalosGitopsError } from '../errors.js';
import { repoPolicyPaths } from '../policy/repo-files.js';
import { markWaived } from '../policy/waivers.js';
import { type ClusterInputs, sameInputs, unchangedNodes } from '../render/inputs.js';
import {
  clusterFolders,
  loadFolder,
  type RenderCache,
  type RenderOptions,
  type RenderResult,
  type ReusedNodes,
  renderCache,
  renderClusterInputs,
  renderFailure,
  sameName,
} from '../render/render.js';
import type { Fleet } from '../render/types.js';
import type { ClusterFile } from '../repo/cluster-file.js';
import { gitRefFiles, type RepoFiles, workTreeFiles } from '../repo/files.js';
import type { AgeIdentity } from '../secrets/age-identities.js';
import type { SecretRegistry } from '../secrets/registry.js';
import type { CrossClusterScope } from '../validate/fleet.js';
import type { ChecksJudge } from '../validate/judged-by-base.js';
import { partialClusters, renderErrorFindings } from '../validate/render-errors.js';
import type { Finding } from '../validate/types.js';
import { planCluster, unchangedClusterPlan } from './cluster-plan.js';

export { unifiedDiff } from './cluster-plan.js';

import { defaultsLines, markDefaults } from './defaults.js';
import { changedInputFiles } from './inputs.js';
import { addressMove } from './move.js';
import type { ClusterPlan, PlanResult } from './types.js';
import { failsOnSecrets, unchangedHidden, validationScope } from './unchanged.js';

export interface PlanOptions {
  base: RepoFiles;
  head: RepoFiles;
  identities: readonly AgeIdentity[];
  registry: SecretRegistry;
  clustersDir?: string;
  /** The repository's own policies (default `policies`): when they change, every cluster is re-planned. */
  policiesDir?: string;
  clusters?: string[];
  stages?: string[];
  /** Render with placeholders where secrets cannot be decrypted (the plan says what it could not see). */
  allowMissingSecrets?: boolean;
  /**
   * Validation of the re-planned clusters' head renders (findings go into the plan); `scope` holds
   * the rest of the fleet, for the rules that compare clusters.
   */
  validate?: (fleet: Fleet, scope: CrossClusterScope) => Finding[] | Promise<Finding[]>;
  /**
   * Render and compare every cluster, also those whose inputs are the same at both sides. The plan is
   * the same (a test holds them to it); only slower.
   */
  full?: boolean;
  /**
   * Judge the head by the base's checks (validate/judged-by-base.ts): its validation replaces
   * `validate`, the plan's own findings are waived by the base's waivers, and the plan lists what
   * the head changes in its checks. A cluster whose inputs (its cluster.yaml: packs, waivers) and the
   * repository's policies are the same at both sides is judged as the base judged it.
   */
  judge?: (base: RepoFiles, head: RepoFiles, baseParsed?: ReadonlyMap<string, ClusterFile>) => ChecksJudge;
}

export interface PlanOutput {
  plan: PlanResult;
  /** The renders made: the re-planned clusters (every cluster with `full`). */
  base: Fleet;
  head: Fleet;
}

async function renderInto(
  into: RenderResult,
  inputs: ClusterInputs,
  opts: RenderOptions,
  cache: RenderCache,
  reuse?: ReusedNodes,
): Promise<void> {
  try {
    into.fleet.clusters.push(await renderClusterInputs(inputs, opts, cache, reuse));
  } catch (e) {
    into.errors.push(renderFailure(inputs.spec.name, inputs.file, e));
  }
}

/** Whether the files judging every cluster (the repository's policies) are the same at both sides. */
function samePolicies(base: RepoFiles, head: RepoFiles, dir: string): boolean {
  const b = repoPolicyPaths(base, dir);
  const h = repoPolicyPaths(head, dir);
  return b.length === h.length && b.every((p, i) => p === h[i] && base.contentId(p) === head.contentId(p));
}

export async function planChange(opts: PlanOptions): Promise<PlanOutput> {
  const clustersDir = opts.clustersDir ?? 'clusters';
  const passes = (c: { name: string; stage: string }) =>
    (!opts.clusters?.length || opts.clusters.includes(c.name)) &&
    (!opts.stages?.length || opts.stages.includes(c.stage));
  const common = {
    identities: opts.identities,
    registry: opts.registry,
    clustersDir,
    allowMissingSecrets: opts.allowMissingSecrets ?? true,
  };
  const baseOpts: RenderOptions = { ...common, files: opts.base };
  const headOpts: RenderOptions = { ...common, files: opts.head };
  const base: RenderResult = { fleet: { root: opts.base.label, clusters: [] }, errors: [] };
  const head: RenderResult = { fleet: { root: opts.head.label, clusters: [] }, errors: [] };
  // both sides share what they render from the same file contents (bundles, bases, patches)
  const cache = renderCache();
  // One registry for every render and every output: registering a cluster's values costs its own
  // values (registry.ts), and redacting a text costs the text, however many clusters there are.
  // the policies judge every cluster: when they change, every cluster is re-planned
  const policiesChanged = !samePolicies(opts.base, opts.head, opts.policiesDir ?? 'policies');

  const headFolders = new Map(clusterFolders(opts.head, clustersDir).map((f) => [f.dir, f]));
  const baseFolders = new Map(clusterFolders(opts.base, clustersDir).map((f) => [f.dir, f]));
  // a second cluster of a name is an error (at its side), as rendering says
  const headSeen = new Map<string, string>();
  const baseSeen = new Map<string, string>();
  const named = (side: ReturnType<typeof loadFolder> | undefined, seen: Map<string, string>) => {
    const twin = side?.inputs && sameName(seen, side.inputs);
    return twin ? { error: twin } : side;
  };
  // every cluster of the head in repository order, and what each is: re-planned or not
  const fleet: Array<{ inputs: ClusterInputs; replanned: boolean }> = [];
  // every base cluster.yaml, parsed once: the judge reads the base's packs and waivers from them
  const baseParsed = new Map<string, ClusterFile>();
  const headParsed = new Map<string, ClusterFile>();
  const sides = [...new Set([...headFolders.keys(), ...baseFolders.keys()])].sort().map((dir) => {
    const hf = headFolders.get(dir);
    const bf = baseFolders.get(dir);
    const h = named(hf ? loadFolder(opts.head, hf) : undefined, headSeen);
    if (h?.inputs) headParsed.set(dir, h.inputs.spec);
    const loaded = bf ? loadFolder(opts.base, bf, h?.inputs) : undefined;
    if (loaded?.inputs) baseParsed.set(dir, loaded.inputs.spec);
    const b = named(loaded, baseSeen);
    return { dir, h, b };
  });
  // a name with an error at a side is planned by rendering, in every folder holding it
  const failed = new Set(sides.flatMap(({ h, b }) => [h?.error?.cluster, b?.error?.cluster]));
  const toRender: typeof sides = [];
  for (const side of sides) {
    const { h, b } = side;
    const same =
      !policiesChanged &&
      !!h?.inputs &&
      !!b?.inputs &&
      !failed.has(h.inputs.spec.name) &&
      sameInputs(h.inputs, b.inputs) &&
      !failsOnSecrets(h.inputs, opts.head, common);
    if (h?.inputs && passes(h.inputs.spec)) fleet.push({ inputs: h.inputs, replanned: !same });
    if (!same || opts.full) toRender.push(side);
  }
  // A base node whose render reads the same files as at the head renders as it did there: taken from
  // the head's render (complete, and with nothing it could not see) instead of rendered again; a
  // full plan renders every node.
  const sameAtHead = (h: ClusterInputs | undefined, b: ClusterInputs): ReusedNodes | undefined => {
    if (opts.full) return undefined;
    const from = h && head.fleet.clusters.find((c) => c.dir === h.dir);
    if (!h || !from || from.hidden.length > 0) return undefined;
    const nodes = unchangedNodes(h, b);
    return nodes.size > 0 ? { from, nodes } : undefined;
  };
  // what the renders read, at once at each side (a git ref reads it in one batch)
  const inputsOf = (side: 'h' | 'b') =>
    toRender.flatMap((s) =>
      s[side]?.inputs && passes(s[side].inputs.spec) ? [...s[side].inputs.files.keys()] : [],
    );
  opts.base.prefetch?.(inputsOf('b'));
  opts.head.prefetch?.(inputsOf('h'));
  for (const { h, b } of toRender) {
    if (h?.error) head.errors.push(h.error);
    else if (h?.inputs && passes(h.inputs.spec)) await renderInto(head, h.inputs, headOpts, cache);
    if (b?.error) base.errors.push(b.error);
    else if (b?.inputs && passes(b.inputs.spec))
      await renderInto(base, b.inputs, baseOpts, cache, sameAtHead(h?.inputs, b.inputs));
  }
  const unchanged = new Map(
    fleet.filter((c) => !c.replanned && !opts.full).map((c) => [c.inputs.spec.name, c.inputs]),
  );
  for (const name of opts.clusters ?? []) {
    const known = (c: { name: string }) => c.name === name;
    const rendered = head.fleet.clusters.some(known) || head.errors.some((e) => e.cluster === name);
    if (!rendered && !unchanged.has(name)) {
      head.errors.push({
        cluster: name,
        file: clustersDir,
        error: new TalosGitopsError(`no cluster named ${JSON.stringify(name)} in ${clustersDir}/`),
      });
    }
  }

  const findings: Finding[] = [];
  const judge = opts.judge?.(opts.base, opts.head, baseParsed);
  const validate = judge?.validate ?? opts.validate;
  if (validate) {
    const replanned = new Set(fleet.filter((c) => c.replanned).map((c) => c.inputs.dir));
    const scope = await validationScope({
      fleet,
      head,
      files: opts.head,
      render: async (inputs) => {
        const one: RenderResult = { fleet: { root: opts.head.label, clusters: [] }, errors: [] };
        await renderInto(one, inputs, headOpts, cache);
        return one.fleet.clusters[0];
      },
    });
    // nodes that rendered in a cluster where others failed are validated too (the cluster is not planned)
    const validated = {
      ...head.fleet,
      clusters: [...head.fleet.clusters.filter((c) => replanned.has(c.dir)), ...partialClusters(head.errors)],
    };
    findings.push(...(await validate(validated, scope)));
  }

  const defaults = await defaultsLines(base.fleet, head.fleet, { ...headOpts, registry: opts.registry });
  const names = new Set([
    ...head.fleet.clusters.map((c) => c.name),
    ...head.errors.map((e) => e.cluster),
    ...base.fleet.clusters.map((c) => c.name),
    ...unchanged.keys(),
  ]);
  const clusters: ClusterPlan[] = [];
  for (const name of [...names].sort()) {
    const b = base.fleet.clusters.find((c) => c.name === name);
    const h = head.fleet.clusters.find((c) => c.name === name);
    const headError = head.errors.find((e) => e.cluster === name);
    const baseError = base.errors.find((e) => e.cluster === name);
    const same = unchanged.get(name);
    if (same && !b && !h && !headError) {
      clusters.push(unchangedClusterPlan(same.spec, unchangedHidden(same, common)));
    } else {
      const plan = planCluster(name, b, h, headError, baseError, opts.registry);
      markDefaults(plan, defaults.get(name));
      clusters.push(plan);
    }
  }
  findings.push(
    ...changeFindings(clusters, base.fleet, judge ? judge.judged(head.fleet) : head.fleet, findings),
  );
  for (const f of renderErrorFindings(head.errors))
    findings.push({ ...f, message: opts.registry.redact(f.message) });
  const plan: PlanResult = {
    base: opts.base.label,
    head: opts.head.label,
    clusters,
    findings,
    hasChanges: clusters.some((c) => c.nodes.some((n) => n.status !== 'unchanged')),
    // every file that changed is read by a re-planned cluster: those are the renders to look in
    changedFiles: changedInputFiles(opts.base, opts.head, base.fleet, head.fleet, {
      base: baseParsed,
      head: headParsed,
    }),
  };
  const checks = judge?.changes(findings);
  if (checks) plan.checks = checks;
  return { plan, base: base.fleet, head: head.fleet };
}

/** Sentences about CA rotation, for the finding and its annotation. */
const ROTATION =
  "a CA cannot be replaced by applying a new config: nodes and clients would stop trusting each other. Use Talos's CA-rotation procedure (talosctl rotate-ca), which rolls the new CA out alongside the old one";

/**
 * Findings only a comparison of base and head can make: a CA replaced (an error, unless waived: it
 * needs Talos's rotation procedure) and an address move the rollout could not follow. Waivers in
 * cluster.yaml apply to them as to any finding; a waiver used here is not "unused".
 */
function changeFindings(
  clusters: ClusterPlan[],
  baseFleet: Fleet,
  headFleet: Fleet,
  validation: Finding[],
): Finding[] {
  const out: Finding[] = [];
  for (const c of clusters) {
    const h = headFleet.clusters.find((x) => x.name === c.name);
    if (!h) continue;
    const b = baseFleet.clusters.find((x) => x.name === c.name);
    for (const n of c.nodes) {
      const hn = h.nodes.find((x) => x.name === n.name);
      if (!hn) continue;
      if (n.changedCas?.length) {
        const what = n.changedCas.join(', ');
        out.push({
          rule: 'plan/ca-rotation',
          severity: 'error',
          message: `the ${what} ${n.changedCas.length === 1 ? 'changes' : 'change'}: ${ROTATION}`,
          cluster: c.name,
          node: n.name,
          file: h.file,
          ...(h.fieldLines.secrets ? { line: h.fieldLines.secrets } : {}),
        });
      }
      const bn = b?.nodes.find((x) => x.name === n.name);
      if (!bn || n.status !== 'changed') continue;
      const problem = addressMove(bn, hn).problem;
      if (problem) {
        out.push({
          rule: 'plan/address-move',
          severity: problem.severity,
          message: problem.message,
          cluster: c.name,
          node: n.name,
          file: hn.source.file,
          ...(hn.source.line ? { line: hn.source.line } : {}),
        });
      }
    }
  }
  const used = markWaived(out, headFleet, new Date());
  // validation reported these waivers as matching nothing; they match a finding of the plan
  for (let i = validation.length - 1; i >= 0; i--) {
    const f = validation[i]!;
    if (f.rule !== 'waiver/unused') continue;
    if (used.some((w) => w.source.file === f.file && w.source.line === f.line)) validation.splice(i, 1);
  }
  return out;
}

export interface PlanRepoOptions extends Omit<PlanOptions, 'base' | 'head'> {
  /** Repository root (a git work tree). */
  root: string;
  /** The ref the change is compared against (e.g. origin/main, the PR's base SHA). */
  baseRef: string;
  /** The head ref; default: the work tree as it is. */
  headRef?: string;
}

/** Plans a change in a git repository: base ref against the work tree (or a head ref). */
export async function planRepo(opts: PlanRepoOptions): Promise<PlanOutput> {
  return planChange({
    ...opts,
    base: gitRefFiles(opts.root, opts.baseRef),
    head: opts.headRef ? gitRefFiles(opts.root, opts.headRef) : workTreeFiles(opts.root),
  });
}
