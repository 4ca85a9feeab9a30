/** Turns issues into findings: the path as users read it, and the file and line to fix. */
import { getPath, type Origin } from '../config/tree.js';
import { isSecretPath } from '../kinds/index.js';
import type { RenderedCluster, RenderedNode } from '../render/types.js';
import { isSopsPath } from '../secrets/sops/formats.js';
import type { Issue } from './issue.js';
import { exactOrigin, nodeSource, originAtPath } from './locate.js';
import { documentPath, formatPath } from './paths.js';
import type { Finding } from './types.js';

/**
 * The issue's message with the value it is about taken out, when that value is secret: it sits at a
 * secret field, or it was set by a SOPS-decrypted file. Rules may quote the values they judge; this
 * is where a secret one stops (the redactor is only the safety net behind it).
 */
function secretSafeMessage(issue: Issue): string {
  const { doc, segs } = issue;
  if (!doc || !segs || segs.length === 0) return issue.message;
  const value = getPath(doc.body, segs);
  if (value === undefined || value === null || typeof value === 'object') return issue.message;
  const matcherSegs = segs.map((s) => (typeof s === 'number' ? '[]' : String(s)));
  const origin = exactOrigin(doc, segs);
  const secret = isSecretPath(doc.kind, matcherSegs) || (origin !== undefined && isSopsPath(origin.file));
  if (!secret) return issue.message;
  const text = String(value);
  if (text === '') return issue.message;
  let message = issue.message;
  for (const form of new Set([JSON.stringify(text), text]))
    message = message.split(form).join('(secret value)');
  return message;
}

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
  const f: Finding = { rule: issue.rule, severity: issue.severity, message: secretSafeMessage(issue) };
  if (where.cluster) f.cluster = where.cluster.name;
  if (where.node) f.node = where.node.name;
  if (path) f.path = path;
  if (origin?.file) f.file = origin.file;
  if (origin?.line) f.line = origin.line;
  return f;
}
