/**
 * Talos's own configpatcher test data (../shared/conformance/talos-configpatcher), run through the
 * engine in process: every case must match, and the byte-exact ones byte for byte. Skipped where
 * ../shared is absent (it is not part of the project).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { patchText } from './helpers/patching.js';

const corpus = path.resolve(import.meta.dirname, '../../shared/conformance/talos-configpatcher');
const present = existsSync(path.join(corpus, 'cases.json'));

interface Case {
  id: string;
  base: string;
  patches: string[];
  expected?: string;
  exact?: boolean;
  error?: string;
  expectKinds?: string[];
}

const normalize = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(normalize);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const n = normalize((v as Record<string, unknown>)[k]);
      const empty =
        n === null ||
        n === '' ||
        (Array.isArray(n) && n.length === 0) ||
        (typeof n === 'object' && n !== null && Object.keys(n).length === 0);
      if (!empty) out[k] = n;
    }
    return out;
  }
  return v;
};
const docs = (text: string) =>
  YAML.parseAllDocuments(text)
    .map((d) => normalize(d.toJS()))
    .filter((d) => d && Object.keys(d as object).length);

describe.skipIf(!present)('Talos configpatcher conformance', () => {
  const cases: Case[] = present
    ? JSON.parse(readFileSync(path.join(corpus, 'cases.json'), 'utf8')).cases
    : [];
  const read = (p: string) => readFileSync(path.join(corpus, p), 'utf8');
  for (const c of cases) {
    it(c.id, () => {
      const base = c.base ? read(c.base) : '';
      const patches = c.patches.map((p) => ({ text: read(p), file: p }));
      if (c.error) {
        expect(() => patchText(base, patches)).toThrow(c.error);
        return;
      }
      const out = patchText(base, patches);
      if (c.expectKinds) {
        expect(docs(out).map((d) => (d as { kind: string }).kind)).toEqual(c.expectKinds);
        return;
      }
      const expected = read(c.expected!);
      if (c.exact) expect(out).toBe(expected);
      else expect(docs(out)).toEqual(docs(expected));
    });
  }
});
