/**
 * Target paths of policy rules: `machine.install.image`, `machine.network.interfaces[*].vip`,
 * `machine.nodeLabels.*`, `cluster.etcd.extraArgs["quota-backend-bytes"]`.
 */
import type { Seg } from '../validate/paths.js';

export type PathToken = { key: string } | { index: number } | { any: true };

export function parseTargetPath(path: string): PathToken[] {
  const out: PathToken[] = [];
  let i = 0;
  const s = path.trim();
  while (i < s.length) {
    const c = s[i]!;
    if (c === '.') {
      i++;
      continue;
    }
    if (c === '[') {
      const end = s.indexOf(']', i);
      if (end < 0) throw new Error(`unclosed [ in path ${JSON.stringify(path)}`);
      const inner = s.slice(i + 1, end).trim();
      if (inner === '*' || inner === '') out.push({ any: true });
      else if (/^\d+$/.test(inner)) out.push({ index: Number(inner) });
      else if (/^".*"$/.test(inner) || /^'.*'$/.test(inner)) out.push({ key: inner.slice(1, -1) });
      else throw new Error(`invalid [${inner}] in path ${JSON.stringify(path)}: use [N], [*] or ["key"]`);
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < s.length && s[j] !== '.' && s[j] !== '[') j++;
    const key = s.slice(i, j);
    out.push(key === '*' ? { any: true } : { key });
    i = j;
  }
  return out;
}

export interface PathMatch {
  segs: Seg[];
  value: unknown;
}

/** Every value the path reaches (none when a part is absent). */
export function resolvePath(root: unknown, tokens: PathToken[]): PathMatch[] {
  let current: PathMatch[] = [{ segs: [], value: root }];
  for (const t of tokens) {
    const next: PathMatch[] = [];
    for (const m of current) {
      const v = m.value;
      if (v === null || typeof v !== 'object') continue;
      if ('any' in t) {
        if (Array.isArray(v)) {
          v.forEach((item, i) => {
            next.push({ segs: [...m.segs, i], value: item });
          });
        } else for (const [k, item] of Object.entries(v)) next.push({ segs: [...m.segs, k], value: item });
      } else if ('index' in t) {
        if (Array.isArray(v) && t.index < v.length)
          next.push({ segs: [...m.segs, t.index], value: v[t.index] });
      } else if (!Array.isArray(v) && t.key in v) {
        const item = (v as Record<string, unknown>)[t.key];
        if (item !== undefined) next.push({ segs: [...m.segs, t.key], value: item });
      }
    }
    current = next;
  }
  return current;
}
