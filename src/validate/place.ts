/** Turns issues into findings: the path as users read it, and the file and line to fix. */
import type { Origin } from '../config/tree.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import type { Issue } from './issue.js';
import { nodeSource, originAtPath } from './locate.js';
import { documentPath, formatPath } from './paths.js';
import type { Finding } from './types.js';

export interface Where {
  cluster?: RenderedCluster;
  node?: RenderedNode;
  /** The file findings fall back to when nothing better is known (a lone config file). */
  file?: string;
}

export function place(issue: Issue, where: Where): Finding {
  const segs = issue.segs ?? [];
  let origin: Origin | undefined = issue.at;
  if (!origin && issue.doc) origin = originAtPath(issue.doc, segs);
  if (!origin) origin = nodeSource(where.node, where.cluster);
  if (!origin && where.file) origin = { file: where.file };
  const path = issue.doc ? documentPath(issue.doc, segs) : segs.length > 0 ? formatPath(segs) : undefined;
  const f: Finding = { rule: issue.rule, severity: issue.severity, message: issue.message };
  if (where.cluster) f.cluster = where.cluster.name;
  if (where.node) f.node = where.node.name;
  if (path) f.path = path;
  if (origin?.file) f.file = origin.file;
  if (origin?.line) f.line = origin.line;
  return f;
}
