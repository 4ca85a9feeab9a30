/**
 * The plan of a change: render the base ref and the head (the work tree or another ref) for every
 * cluster, and compare node by node — what changes is decided by rendering, not by which files changed,
 * so a change to a shared patch shows on every node that uses it. Each node gets a status, a redacted
 * diff, the secrets that changed (without values) and the predicted impact.
 */
import { structuredPatch } from 'diff';
import { describeError } from '../errors.js';
import { reviewText } from '../redact/review.js';
import { type ClusterRenderError, renderFleet } from '../render/render.js';
import type { Fleet, RenderedCluster, RenderedNode } from '../render/types.js';
import { gitRefFiles, type RepoFiles, workTreeFiles } from '../repo/files.js';
import { extensionChange, type NodeSchematic } from '../schematic/layers.js';
import type { AgeIdentity } from '../secrets/age-identities.js';
import type { SecretRegistry } from '../secrets/registry.js';
import type { Finding } from '../validate/types.js';
import { predictImpact } from './impact.js';
import type { ClusterPlan, NodePlan, PlanResult } from './types.js';

export interface PlanOptions {
  base: RepoFiles;
  head: RepoFiles;
  identities: readonly AgeIdentity[];
  registry: SecretRegistry;
  clustersDir?: string;
  clusters?: string[];
  stages?: string[];
  /** Render with placeholders where secrets cannot be decrypted (the plan says what it could not see). */
  allowMissingSecrets?: boolean;
  /** Validation of the head render (findings go into the plan). */
  validate?: (fleet: Fleet) => Finding[] | Promise<Finding[]>;
}

export interface PlanOutput {
  plan: PlanResult;
  base: Fleet;
  head: Fleet;
}

export async function planChange(opts: PlanOptions): Promise<PlanOutput> {
  const common = {
    identities: opts.identities,
    registry: opts.registry,
    clustersDir: opts.clustersDir,
    clusters: opts.clusters,
    stages: opts.stages,
    allowMissingSecrets: opts.allowMissingSecrets ?? true,
  };
  const base = await renderFleet({ ...common, files: opts.base, clusters: undefined });
  const head = await renderFleet({ ...common, files: opts.head });
  const findings = opts.validate ? await opts.validate(head.fleet) : [];
  const clusters: ClusterPlan[] = [];
  const names = new Set([...head.fleet.clusters.map((c) => c.name), ...head.errors.map((e) => e.cluster)]);
  // clusters removed at the head are part of the plan too (every node removed)
  for (const c of base.fleet.clusters) {
    if (!opts.clusters?.length || opts.clusters.includes(c.name))
      if (!opts.stages?.length || opts.stages.includes(c.stage)) names.add(c.name);
  }
  for (const name of [...names].sort()) {
    const b = base.fleet.clusters.find((c) => c.name === name);
    const h = head.fleet.clusters.find((c) => c.name === name);
    const headError = head.errors.find((e) => e.cluster === name);
    const baseError = base.errors.find((e) => e.cluster === name);
    clusters.push(planCluster(name, b, h, headError, baseError, opts.registry));
  }
  for (const e of head.errors) {
    findings.push({
      rule: 'render/error',
      severity: 'error',
      message: opts.registry.redact(describeError(e.error).replace(/^[^:]+:\d+: /, '')),
      cluster: e.cluster,
      file: e.error.file ?? e.file,
      line: e.error.line,
      path: e.error.field,
    });
  }
  const plan: PlanResult = {
    base: opts.base.label,
    head: opts.head.label,
    clusters,
    findings,
    hasChanges: clusters.some((c) => c.nodes.some((n) => n.status !== 'unchanged')),
  };
  return { plan, base: base.fleet, head: head.fleet };
}

function planCluster(
  name: string,
  b: RenderedCluster | undefined,
  h: RenderedCluster | undefined,
  headError: ClusterRenderError | undefined,
  baseError: ClusterRenderError | undefined,
  registry: SecretRegistry,
): ClusterPlan {
  const cluster = h ?? b;
  const plan: ClusterPlan = {
    name,
    stage: cluster?.stage ?? '',
    file: cluster?.file ?? headError?.file ?? '',
    nodes: [],
    hidden: [...new Set([...(b?.hidden ?? []), ...(h?.hidden ?? [])])],
  };
  if (headError) {
    plan.error = {
      side: 'head',
      message: registry.redact(headError.error.message),
      file: headError.error.file ?? headError.file,
      line: headError.error.line,
    };
    return plan;
  }
  if (baseError && !b) {
    // the base was broken before this change: there is nothing to compare with, every node is new
    plan.hidden.push(
      `the base did not render (${registry.redact(baseError.error.message)}): every node shows as added`,
    );
  }
  const baseNodes = new Map((b?.nodes ?? []).map((n) => [n.name, n]));
  const headNodes = new Map((h?.nodes ?? []).map((n) => [n.name, n]));
  const order = [
    ...(h?.nodes ?? []).map((n) => n.name),
    ...(b?.nodes ?? []).map((n) => n.name).filter((n) => !headNodes.has(n)),
  ];
  for (const nodeName of order) {
    plan.nodes.push(planNode(baseNodes.get(nodeName), headNodes.get(nodeName), b, h, registry));
  }
  return plan;
}

function planNode(
  bn: RenderedNode | undefined,
  hn: RenderedNode | undefined,
  b: RenderedCluster | undefined,
  h: RenderedCluster | undefined,
  registry: SecretRegistry,
): NodePlan {
  const node = (hn ?? bn)!;
  const contract = (h ?? b)!.contract;
  const status = !bn
    ? 'added'
    : !hn
      ? 'removed'
      : bn.text === hn.text && b!.talosVersion === h!.talosVersion
        ? 'unchanged'
        : 'changed';
  // an unchanged node has nothing to show: skip the redacted renders
  const empty = { text: '', changedSecrets: [] as string[] };
  const headReview =
    hn && status !== 'unchanged' ? reviewText(hn.docs, { registry, base: bn?.docs, contract }) : empty;
  const baseReview =
    bn && status !== 'unchanged' ? reviewText(bn.docs, { registry, contract: b!.contract }) : empty;
  let impacts: NodePlan['impacts'] = ['none'];
  let reasons: string[] = [];
  if (status === 'changed') {
    const r = predictImpact(bn!.docs, hn!.docs, contract, {
      before: { talosVersion: b!.talosVersion, kubernetesVersion: b!.kubernetesVersion },
      after: { talosVersion: h!.talosVersion, kubernetesVersion: h!.kubernetesVersion },
    });
    impacts = r.impacts;
    reasons = r.reasons;
    const change = schematicReason(bn!.schematic, hn!.schematic);
    if (change) reasons = [...reasons.filter((x) => x !== 'installer image changed'), change];
  } else if (status === 'added') {
    impacts = ['live'];
    reasons = [
      'new: joins the cluster (its first config goes over the maintenance API)',
      ...(hn!.schematic ? [`installs schematic ${schematicLabel(hn!.schematic)}`] : []),
    ];
  } else if (status === 'removed') {
    reasons = ['removed: no longer managed; apply leaves it running as it is'];
  }
  const diff =
    status === 'unchanged'
      ? ''
      : unifiedDiff(`${node.cluster}/${node.name}.yaml`, baseReview.text, headReview.text);
  return {
    name: node.name,
    role: node.role,
    address: node.address,
    status,
    impacts,
    reasons,
    diff: registry.redact(diff),
    changedSecrets: headReview.changedSecrets,
    ...schematicPlan(bn?.schematic, hn?.schematic),
  };
}

const short = (id: string) => `${id.slice(0, 8)}…`;

function schematicLabel(s: NodeSchematic): string {
  return `${short(s.id)} (${s.extensions.length ? s.extensions.join(', ') : 'no extensions'})`;
}

/** What a schematic change does, in words; undefined when the schematic is the same. */
function schematicReason(
  before: NodeSchematic | undefined,
  after: NodeSchematic | undefined,
): string | undefined {
  if ((before?.id ?? '') === (after?.id ?? '') && before?.installerImage === after?.installerImage)
    return undefined;
  const { gained, lost } = extensionChange(before?.extensions ?? [], after?.extensions ?? []);
  const from = before ? short(before.id) : 'none';
  const to = after ? short(after.id) : 'none';
  const parts = [
    gained.length ? `gains ${gained.join(', ')}` : '',
    lost.length ? `loses ${lost.join(', ')}` : '',
  ].filter(Boolean);
  const what = from === to ? 'installer variant' : `schematic ${from} → ${to}`;
  return `${what}${parts.length ? `: ${parts.join('; ')}` : ''} (installed by a Talos upgrade)`;
}

function schematicPlan(
  before: NodeSchematic | undefined,
  after: NodeSchematic | undefined,
): Pick<NodePlan, 'schematic'> {
  if (!before && !after) return {};
  const { gained, lost } = extensionChange(before?.extensions ?? [], after?.extensions ?? []);
  return {
    schematic: {
      ...(after ? { id: after.id, installerImage: after.installerImage, extensions: after.extensions } : {}),
      ...(before && before.id !== after?.id ? { previousId: before.id } : {}),
      gained,
      lost,
    },
  };
}

/** A unified diff of two texts (3 lines of context), with git-style a/ b/ headers. */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const p = structuredPatch(`a/${name}`, `b/${name}`, before, after, '', '', { context: 3 });
  const lines = [`--- ${before ? `a/${name}` : '/dev/null'}`, `+++ ${after ? `b/${name}` : '/dev/null'}`];
  for (const h of p.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    lines.push(...h.lines);
  }
  return `${lines.join('\n')}\n`;
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
