/**
 * The block and storage kinds the way a user ships them: as a node patch over the generated base of a
 * worker and a control plane. Every valid case of their case files stays free of errors there (schema,
 * deprecations and Talos's rules together), and a rule's finding points at the patch line that set it.
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

const GROUPS = ['block', 'storage'].map((g) => path.join(import.meta.dirname, 'kinds', g));

/** The valid metal-mode cases of multi-document kinds, with the contracts each runs in. */
const valid = GROUPS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.cases.yaml'))
    .flatMap((file) =>
      (parse(readFileSync(path.join(dir, file), 'utf8')) as Case[])
        .filter((c) => (c.errors ?? []).length === 0 && (c.mode ?? 'metal') === 'metal')
        .map((c) => {
          const kinds = parseAllDocuments(c.input).map((d) => (d.toJS() as { kind?: string } | null)?.kind);
          const named = c.contract === undefined ? undefined : ([] as string[]).concat(c.contract);
          const contracts = kinds.some((k) => !k)
            ? []
            : CONTRACTS.filter(
                (ct) => (!named || named.includes(ct)) && kinds.every((k) => existsIn(kindDef(k!)!, ct)),
              );
          return { label: `${path.basename(dir)}/${file}: ${c.name}`, input: c.input, contracts };
        })
        .filter((c) => c.contracts.length > 0),
    ),
);

/** Whether the generated base has a document of the same kind and name (the patch would merge into it). */
function inBase(input: string, contract: Contract, role: 'worker' | 'controlplane'): boolean {
  const id = (d: Record<string, unknown>) => `${String(d.kind)}/${String(d.name ?? '')}`;
  const base = new Set(generated(contract, role).map(id));
  return parseAllDocuments(input).some((d) => base.has(id(d.toJS() as Record<string, unknown>)));
}

describe('valid block and storage documents as a node patch', () => {
  it('finds the cases', () => {
    expect(valid.length).toBeGreaterThan(45);
  });
  for (const c of valid) {
    it(c.label, () => {
      for (const contract of c.contracts)
        for (const role of ['worker', 'controlplane'] as const) {
          if (inBase(c.input, contract, role)) continue;
          const errors = nodeFindings(contract, role, [patch(c.input, 'clusters/c1/patches/volumes.yaml')])
            .filter((f) => f.severity === 'error')
            .map((f) => `${f.rule} ${f.message}`);
          expect(errors, `${contract} ${role}`).toEqual([]);
        }
    });
  }
});

describe('a volume rule found through a patch', () => {
  it('reports encryption keys without a provider at the patch line, in every contract', () => {
    const file = 'clusters/c1/patches/data-volume.yaml';
    const text = `apiVersion: v1alpha1
kind: UserVolumeConfig
name: data
provisioning:
  diskSelector:
    match: system_disk
  minSize: 10GiB
encryption:
  keys:
    - slot: 0
      tpm: {}
`;
    for (const contract of CONTRACTS) {
      const errors = nodeFindings(contract, 'worker', [patch(text, file)]).filter(
        (f) => f.severity === 'error',
      );
      expect(errors, contract).toEqual([
        expect.objectContaining({
          rule: 'talos/user-volume-config',
          message: 'UserVolumeConfig/data: unsupported encryption provider: none',
          file,
          line: 8,
        }),
      ]);
    }
  });

  it('reports a size range the wrong way round at its provisioning block', () => {
    const file = 'clusters/c1/patches/swap.yaml';
    const text = `apiVersion: v1alpha1
kind: SwapVolumeConfig
name: swap1
provisioning:
  diskSelector:
    match: system_disk
  minSize: 8GiB
  maxSize: 4GiB
`;
    const errors = nodeFindings('1.14', 'worker', [patch(text, file)]).filter((f) => f.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'SwapVolumeConfig/swap1: min size is greater than max size',
        file,
        line: 4,
      }),
    ]);
  });
});
