/**
 * The k8s kinds' valid cases, the way a user ships them: each case's Kube* documents as a node patch
 * over the generated 1.14 base (which already has most of them, so the patch merges into them), on a
 * control plane, and on a worker when no document is control-plane-only. The node is validated as the
 * renderer validates one (schema, deprecations, Talos's rules): a config Talos accepts gains no error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { kindEntry } from '../src/kinds/index.js';
import { nodeFindings, patch } from './fixtures/validate/helpers.js';

interface Case {
  name: string;
  mode?: string;
  input: string;
  errors?: string[];
}

const DIR = path.join(import.meta.dirname, 'kinds', 'k8s');

/** The valid cases' Kube* documents (their v1alpha1 documents only set the scene for the case). */
function patchableCases(): { file: string; name: string; docs: Record<string, unknown>[] }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.cases.yaml'))
    .flatMap((file) =>
      (parse(readFileSync(path.join(DIR, file), 'utf8')) as Case[]).flatMap((c) => {
        if ((c.errors ?? []).length > 0 || (c.mode ?? 'metal') !== 'metal') return [];
        const docs = parseAllDocuments(c.input)
          .map((d) => d.toJS() as Record<string, unknown>)
          .filter((d) => typeof d.kind === 'string');
        return docs.length > 0 ? [{ file, name: c.name, docs }] : [];
      }),
    );
}

const cases = patchableCases();

describe('valid k8s documents as a node patch', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(40);
  });
  for (const { file, name, docs } of cases) {
    it(`${file}: ${name}`, () => {
      const text = docs.map((d) => stringify(d)).join('---\n');
      const controlPlaneOnly = docs.some((d) => kindEntry(String(d.kind))?.controlPlaneOnly);
      for (const role of controlPlaneOnly
        ? (['controlplane'] as const)
        : (['controlplane', 'worker'] as const)) {
        const errors = nodeFindings('1.14', role, [patch(text, 'clusters/c1/patches/k8s.yaml')])
          .filter((f) => f.severity === 'error')
          .map((f) => `${f.rule} ${f.message}`);
        expect(errors, role).toEqual([]);
      }
    });
  }
});
