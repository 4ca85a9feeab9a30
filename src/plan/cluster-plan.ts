/**
 * One cluster's plan from its renders at both sides: node by node, a status, the predicted impact and
 * a redacted diff (a changed secret shown as changed, never with its value). A cluster whose inputs are
 * the same at both sides is planned without rendering: every node unchanged.
 */
import { structuredPatch } from 'diff';
import { kubernetesVersionOf } from '../kinds/images.js';
import { changedCas } from '../kinds/machine.js';
import { reviewText } from '../redact/review.js';
import type { ClusterRenderError } from '../render/render.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import type { ClusterFile } from '../repo/cluster-file.js';
import { combineSchematic, extensionChange, type NodeSchematic } from '../schematic/layers.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { predictImpact } from './impact.js';
import { addressMove } from './move.js';
import type { ClusterPlan, NodePlan } from './types.js';
import { locateLine, locationLabel } from './yaml-path.js';

export function planCluster(
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
      : bn.text === hn.text && b!.talosVersion === h!.talosVersion && bn.address === hn.address
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
      // the version each node's kubelet image names (mirrors and digests included), else the cluster's
      before: {
        talosVersion: b!.talosVersion,
        kubernetesVersion: kubernetesVersionOf(bn!.docs) ?? b!.kubernetesVersion,
      },
      after: {
        talosVersion: h!.talosVersion,
        kubernetesVersion: kubernetesVersionOf(hn!.docs) ?? h!.kubernetesVersion,
      },
    });
    impacts = r.impacts;
    reasons = r.reasons;
    const change = schematicReason(bn!.schematic, hn!.schematic);
    if (change) reasons = [...reasons.filter((x) => x !== 'installer image changed'), change];
    const { move } = addressMove(bn!, hn!);
    if (move) {
      // the move comes first: it decides where the rollout finds the node
      const at = impacts[0] === 'talos-upgrade' ? 1 : 0;
      impacts =
        impacts[0] === 'none' ? ['address'] : [...impacts.slice(0, at), 'address', ...impacts.slice(at)];
      reasons = [`moves ${move.from} → ${move.to}`, ...reasons];
    }
  } else if (status === 'added') {
    impacts = ['live'];
    reasons = [
      'new: joins the cluster (its first config goes over the maintenance API)',
      ...(hn!.schematic ? [`installs schematic ${schematicLabel(hn!.schematic)}`] : []),
    ];
  } else if (status === 'removed') {
    reasons = [
      (h ?? b)!.rollout.removeNodes
        ? 'removed: apply drains it, takes it out of etcd (never below quorum), resets it and deletes its Kubernetes node (rollout.removeNodes)'
        : 'removed: left running as it is (rollout.removeNodes: true removes it)',
    ];
  }
  const diff =
    status === 'unchanged'
      ? ''
      : unifiedDiff(`${node.cluster}/${node.name}.yaml`, baseReview.text, headReview.text);
  const move = status === 'changed' ? addressMove(bn!, hn!).move : undefined;
  const cas = status === 'changed' ? changedCas(bn!.docs, hn!.docs).map((f) => f.label) : [];
  return {
    name: node.name,
    role: node.role,
    address: node.address,
    status,
    impacts,
    reasons,
    diff: registry.redact(diff),
    changedSecrets: headReview.changedSecrets,
    ...(move ? { move } : {}),
    ...(cas.length ? { changedCas: cas } : {}),
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
  // the tag is the Talos version, whose change the upgrade's own reason names
  const untagged = (s?: NodeSchematic) => s?.installerImage.replace(/:[^:/]+$/, '');
  if ((before?.id ?? '') === (after?.id ?? '') && untagged(before) === untagged(after)) return undefined;
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

/** Context lines around each change. */
const CONTEXT = 2;

interface DiffUnit {
  oldStart: number;
  newStart: number;
  lines: string[];
}

/**
 * Splits a hunk into one unit per run of changed lines, the context between two runs shared out
 * (the earlier run keeps up to CONTEXT lines after it, the later one up to CONTEXT before it), so
 * no line is printed twice and every run gets a header of its own.
 */
function splitRuns(h: { oldStart: number; newStart: number; lines: string[] }): DiffUnit[] {
  type Seg = { change: boolean; lines: string[]; old: number; neu: number };
  const segs: Seg[] = [];
  let o = h.oldStart;
  let n = h.newStart;
  for (const l of h.lines) {
    const change = l.startsWith('+') || l.startsWith('-');
    const last = segs[segs.length - 1];
    if (l.startsWith('\\') && last) {
      last.lines.push(l);
      continue;
    }
    if (!last || last.change !== change) segs.push({ change, lines: [], old: o, neu: n });
    segs[segs.length - 1]!.lines.push(l);
    if (!l.startsWith('+')) o++;
    if (!l.startsWith('-')) n++;
  }
  const units: DiffUnit[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    if (!seg.change) continue;
    const before = segs[i - 1];
    const after = segs[i + 1];
    // context before: what the previous run did not keep of the lines between them
    let take = before ? Math.min(CONTEXT, before.lines.length) : 0;
    if (before && segs[i - 2])
      take = Math.min(take, before.lines.length - Math.min(CONTEXT, before.lines.length));
    const lead = before ? before.lines.slice(before.lines.length - take) : [];
    const trail = after ? after.lines.slice(0, Math.min(CONTEXT, after.lines.length)) : [];
    units.push({
      oldStart: seg.old - lead.length,
      newStart: seg.neu - lead.length,
      lines: [...lead, ...seg.lines, ...trail],
    });
  }
  return units;
}

/**
 * A unified diff of two texts with git-style a/ b/ headers; each hunk header names the document and
 * YAML path of its first changed line, as git names the function. Every run of changed lines is its
 * own hunk: the header says where it is, and changes of different origin that sit close together
 * (a shared patch, a node's own) stay apart, so the same change is recognised across nodes.
 */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const p = structuredPatch(`a/${name}`, `b/${name}`, before, after, '', '', { context: CONTEXT });
  const lines = [`--- ${before ? `a/${name}` : '/dev/null'}`, `+++ ${after ? `b/${name}` : '/dev/null'}`];
  const oldLines = before.split('\n');
  const newLines = after.split('\n');
  for (const h of p.hunks) {
    for (const u of splitRuns(h)) {
      let o = u.oldStart - 1;
      let n = u.newStart - 1;
      let where = '';
      for (const l of u.lines) {
        if (l.startsWith('+')) {
          where = locationLabel(locateLine(newLines, n));
          break;
        }
        if (l.startsWith('-')) {
          where = locationLabel(locateLine(oldLines, o));
          break;
        }
        o++;
        n++;
      }
      const oldCount = u.lines.filter((l) => !l.startsWith('+') && !l.startsWith('\\')).length;
      const newCount = u.lines.filter((l) => !l.startsWith('-') && !l.startsWith('\\')).length;
      lines.push(`@@ -${u.oldStart},${oldCount} +${u.newStart},${newCount} @@${where ? ` ${where}` : ''}`);
      lines.push(...u.lines);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The plan of a cluster whose inputs did not change: what rendering both sides would say. */
export function unchangedClusterPlan(spec: ClusterFile, hidden: string[]): ClusterPlan {
  return {
    name: spec.name,
    stage: spec.stage,
    file: spec.file,
    nodes: spec.nodes.map((n) => {
      // the schematic follows from cluster.yaml alone, as rendering combines it
      const schematic = combineSchematic(
        [spec.schematic, spec.roleSchematics[n.role], n.schematic],
        spec.talosVersion,
      );
      return {
        name: n.name,
        role: n.role,
        address: n.address,
        status: 'unchanged',
        impacts: ['none'],
        reasons: [],
        diff: '',
        changedSecrets: [],
        ...schematicPlan(schematic, schematic),
      };
    }),
    hidden,
  };
}
