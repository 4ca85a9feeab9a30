/**
 * The block and storage kinds the way a user ships them: as a node patch over the generated base of a
 * worker and a control plane. Every valid case of their case files stays free of errors there (schema,
 * deprecations and Talos's rules together), and a rule's finding points at the patch line that set it.
 */
import { describe, expect, it } from 'vitest';
import { CONTRACTS } from '../src/model/model.js';
import { nodeFindings, patch } from './fixtures/validate/helpers.js';
import { validCasesAsNodePatch } from './helpers/kind-cases.js';

describe('valid block and storage documents as a node patch', () => {
  validCasesAsNodePatch(['block', 'storage'], 'clusters/c1/patches/volumes.yaml', 45);
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
