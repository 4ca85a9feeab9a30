/**
 * The kinds' case files (`test/kinds/<group>/*.cases.yaml`, format in src/kinds/README.md) read for the
 * tests that ship their valid cases the way a user does: as a node patch over a generated base.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { CONTRACTS, type Contract, existsIn, kindDef } from '../../src/model/model.js';
import { generated, nodeFindings, patch } from '../fixtures/validate/helpers.js';

interface Case {
  name: string;
  contract?: string | string[];
  mode?: string;
  input: string;
  errors?: string[];
}

export interface PatchableCase {
  /** `<file>: <case name>` */
  label: string;
  input: string;
  contracts: Contract[];
}

const kindsOf = (input: string) =>
  parseAllDocuments(input).map((d) => (d.toJS() as { kind?: string } | null)?.kind);

/**
 * A group's valid metal-mode cases made of multi-document kinds only (a v1alpha1 document would
 * replace the node's own), with the contracts each runs in.
 */
export function patchableCases(group: string): PatchableCase[] {
  const dir = path.join(import.meta.dirname, '..', 'kinds', group);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cases.yaml'))
    .flatMap((file) =>
      (parse(readFileSync(path.join(dir, file), 'utf8')) as Case[]).flatMap((c) => {
        const kinds = kindsOf(c.input);
        if ((c.errors ?? []).length > 0 || (c.mode ?? 'metal') !== 'metal' || kinds.some((k) => !k))
          return [];
        const named = c.contract === undefined ? undefined : ([] as string[]).concat(c.contract);
        const contracts = CONTRACTS.filter(
          (ct) => (!named || named.includes(ct)) && kinds.every((k) => existsIn(kindDef(k!)!, ct)),
        );
        return [{ label: `${file}: ${c.name}`, input: c.input, contracts }];
      }),
    );
}

/**
 * Whether the generated base already has one of the case's documents: the patch would merge into it
 * (a HostnameConfig patch setting `hostname` over the base's `auto: stable` is rejected by Talos too).
 */
export function baseHasOneOf(input: string, contract: Contract, role: 'worker' | 'controlplane'): boolean {
  const id = (d: { kind?: unknown; name?: unknown }) => `${String(d.kind)}/${String(d.name ?? '')}`;
  const base = new Set(generated(contract, role).map(id));
  return parseAllDocuments(input).some((d) => base.has(id(d.toJS() as Record<string, unknown>)));
}

/**
 * Tests that every valid case of the groups, as the patch file `file` of a worker and of a control
 * plane, stays free of error findings (schema, deprecations and Talos's rules together).
 */
export function validCasesAsNodePatch(groups: readonly string[], file: string, atLeast: number): void {
  const cases = groups.flatMap((g) =>
    patchableCases(g).map((c) => ({ ...c, label: groups.length > 1 ? `${g}/${c.label}` : c.label })),
  );
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(atLeast);
  });
  for (const c of cases) {
    it(c.label, () => {
      for (const contract of c.contracts)
        for (const role of ['worker', 'controlplane'] as const) {
          if (baseHasOneOf(c.input, contract, role)) continue;
          const errors = nodeFindings(contract, role, [patch(c.input, file)])
            .filter((f) => f.severity === 'error')
            .map((f) => `${f.rule} ${f.message}`);
          expect(errors, `${contract} ${role}`).toEqual([]);
        }
    });
  }
}
