/**
 * Where a finding points: the patch file and line that set the offending value (decoded documents carry
 * per-value origins), else the node's entry in cluster.yaml, else the cluster file.
 */
import type { ConfigDocument } from '../config/document.js';
import { type Origin, originOf } from '../config/tree.js';
import type { RenderedCluster, RenderedNode, SourceRef } from '../render/types.js';
import type { Seg } from './paths.js';

/**
 * Origins the renderer gives values it made itself (a generated base, a config re-read after a JSON
 * patch) name a label such as `clusters/a/cluster.yaml (generated base)`: they point at no line a user
 * wrote, so findings fall back to the node's entry instead.
 */
export function isUserOrigin(o: Origin | undefined): o is Origin {
  return !!o && !!o.file && !/ \([^)]*\)$/.test(o.file);
}

/** The origin of the value at `segs`, or of its nearest ancestor that a user file set. */
export function originAtPath(doc: ConfigDocument, segs: readonly Seg[]): Origin | undefined {
  const containers: unknown[] = [doc.body];
  let cur: unknown = doc.body;
  for (const s of segs) {
    if (cur === null || typeof cur !== 'object') break;
    cur = (cur as Record<string | number, unknown>)[s];
    containers.push(cur);
  }
  for (let i = Math.min(segs.length, containers.length - 1); i >= 1; i--) {
    const o = originOf(containers[i - 1], segs[i - 1]!);
    if (isUserOrigin(o)) return o;
  }
  const docOrigin = doc.file ? { file: doc.file, line: doc.line } : undefined;
  return isUserOrigin(docOrigin) ? docOrigin : undefined;
}

/** The exact origin of the value at `segs` (no ancestor fallback), when a user file set it. */
export function exactOrigin(doc: ConfigDocument, segs: readonly Seg[]): Origin | undefined {
  if (segs.length === 0) return undefined;
  let parent: unknown = doc.body;
  for (const s of segs.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return undefined;
    parent = (parent as Record<string | number, unknown>)[s];
  }
  const o = originOf(parent, segs[segs.length - 1]!);
  return isUserOrigin(o) ? o : undefined;
}

export function nodeSource(
  node: RenderedNode | undefined,
  cluster: RenderedCluster | undefined,
): SourceRef | undefined {
  if (node?.source?.file) return node.source;
  if (cluster) return { file: cluster.file, line: cluster.fieldLines.nodes ?? cluster.fieldLines.name };
  return undefined;
}

/** A cluster.yaml field's line (for findings about the cluster itself). */
export function clusterField(cluster: RenderedCluster, field: string): SourceRef {
  return { file: cluster.file, line: cluster.fieldLines[field] };
}
