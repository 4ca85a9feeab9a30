/** Walks rendered documents and registers every value found at a Talos secret path. */
import type { ConfigDocument } from '../config/document.js';
import { GoFloat } from '../config/tree.js';
import { isSecretPath, secretQueryParam } from '../kinds/index.js';
import type { SecretRegistry } from '../secrets/registry.js';

export function walkLeaves(
  value: unknown,
  segs: string[],
  visit: (segs: string[], value: unknown) => void,
): void {
  if (Array.isArray(value)) {
    for (const item of value) walkLeaves(item, [...segs, '[]'], visit);
    return;
  }
  if (value && typeof value === 'object' && !isLeafObject(value)) {
    for (const k of Object.keys(value))
      walkLeaves((value as Record<string, unknown>)[k], [...segs, k], visit);
    return;
  }
  visit(segs, value);
}

/** Special values kept whole: URLs (component records) and integral floats. */
function isLeafObject(v: object): boolean {
  return ('rawQuery' in v && 'scheme' in v) || v instanceof GoFloat;
}

export function registerSecretPaths(docs: ConfigDocument[], registry: SecretRegistry): void {
  for (const d of docs) {
    walkLeaves(d.body, [], (segs, v) => {
      if (v === undefined || v === null || v === '') return;
      if (isSecretPath(d.kind, segs)) {
        registry.add(typeof v === 'object' ? JSON.stringify(v) : String(v));
        // base64 of PEM text (v1alpha1 keys): the PEM form may surface too; random bytes never do
        if (typeof v === 'string' && /^[A-Za-z0-9+/]+=*$/.test(v) && v.length % 4 === 0 && v.length >= 16) {
          const decoded = Buffer.from(v, 'base64').toString('utf8');
          if (/^[\t\n\r\x20-\x7e]+$/.test(decoded)) registry.add(decoded);
        }
      }
      const param = secretQueryParam(d.kind, segs);
      if (param && v && typeof v === 'object') {
        const q = (v as { rawQuery?: string }).rawQuery ?? '';
        const m = new URLSearchParams(q).get(param);
        if (m) registry.add(m);
      }
    });
  }
}
