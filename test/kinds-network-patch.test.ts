/**
 * The network kinds' valid cases, the way a user ships them: each case's documents as a node patch
 * over the generated base of a worker and of a control plane, validated as the renderer validates a
 * node (schema, deprecations, Talos's rules). A config Talos accepts must not gain an error here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { CONTRACTS, type Contract, existsIn, kindDef } from '../src/model/model.js';
import { generated, nodeFindings, patch } from './fixtures/validate/helpers.js';

interface Case {
  name: string;
  contract?: string | string[];
  mode?: string;
  input: string;
  errors?: string[];
}

const DIR = path.join(import.meta.dirname, 'kinds', 'network');

const docId = (d: { kind?: unknown; name?: unknown }) => `${String(d.kind)}/${String(d.name ?? '')}`;

/**
 * Whether the generated base already has one of the case's documents: the patch would merge into it
 * (a HostnameConfig patch setting `hostname` over the base's `auto: stable` is rejected by Talos too).
 */
function baseHasOneOf(input: string, contract: Contract, role: 'worker' | 'controlplane'): boolean {
  const base = new Set(generated(contract, role).map(docId));
  return parseAllDocuments(input).some((d) => base.has(docId(d.toJS() as Record<string, unknown>)));
}

/** Valid cases made of multi-document kinds only (a v1alpha1 document would replace the node's own). */
function patchableCases(): { file: string; c: Case; contracts: Contract[] }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.cases.yaml'))
    .flatMap((file) =>
      (parse(readFileSync(path.join(DIR, file), 'utf8')) as Case[]).flatMap((c) => {
        const kinds = parseAllDocuments(c.input).map((d) => (d.toJS() as { kind?: string } | null)?.kind);
        if ((c.errors ?? []).length > 0 || (c.mode ?? 'metal') !== 'metal' || kinds.some((k) => !k))
          return [];
        const named = c.contract === undefined ? undefined : ([] as string[]).concat(c.contract);
        const contracts = CONTRACTS.filter(
          (ct) => (!named || named.includes(ct)) && kinds.every((k) => existsIn(kindDef(k!)!, ct)),
        );
        return [{ file, c, contracts }];
      }),
    );
}

const cases = patchableCases();

describe('valid network documents as a node patch', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(50);
  });
  for (const { file, c, contracts } of cases) {
    it(`${file}: ${c.name}`, () => {
      for (const contract of contracts) {
        for (const role of ['worker', 'controlplane'] as const) {
          if (baseHasOneOf(c.input, contract, role)) continue;
          const errors = nodeFindings(contract, role, [patch(c.input, 'clusters/c1/patches/network.yaml')])
            .filter((f) => f.severity === 'error')
            .map((f) => `${f.rule} ${f.message}`);
          expect(errors, `${contract} ${role}`).toEqual([]);
        }
      }
    });
  }
});
