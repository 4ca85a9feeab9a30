/**
 * A simulated node's config text read as documents, leniently (the node has already judged the
 * config when it took it): each YAML document with its kind (`v1alpha1` for the legacy one, which
 * has none), its name and its body. Memoized by text, least recently used out: every node's running
 * and staged configs are read at each of its reboots and status refreshes, so the memo holds a
 * large fleet's worth (a smaller one would re-parse every config each pass).
 */
import { parseAllDocuments } from 'yaml';
import type { ComparedDocument } from '../kinds/apply.js';

const MEMO_MAX = 1024;
const memo = new Map<string, ComparedDocument[]>();

export function configDocuments(text: string): ComparedDocument[] {
  const hit = memo.get(text);
  if (hit) {
    memo.delete(text);
    memo.set(text, hit);
    return hit;
  }
  const out: ComparedDocument[] = [];
  for (const d of parseAllDocuments(text)) {
    const v = d.toJS() as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    const body = v as Record<string, unknown>;
    out.push({
      kind: typeof body.kind === 'string' ? body.kind : 'v1alpha1',
      ...(typeof body.name === 'string' ? { name: body.name } : {}),
      body,
    });
  }
  if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value!);
  memo.set(text, out);
  return out;
}
