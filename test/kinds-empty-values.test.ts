/**
 * No crash, no masking: a value Talos always writes, left empty or absent in a patch, renders (as the
 * empty text Talos would marshal) and is validated like any other value, never an exception.
 */
import { describe, expect, it } from 'vitest';
import { stateText } from '../src/config/patch.js';
import { validateConfigText } from '../src/validate/index.js';
import { documentIssues } from '../src/validate/node.js';
import { place } from '../src/validate/place.js';
import { cluster, node, nodeDocs, patch } from './fixtures/validate/helpers.js';

const FILE = 'clusters/c1/patches/p.yaml';

const INPUTS: Record<string, string> = {
  'LinkConfig address': 'apiVersion: v1alpha1\nkind: LinkConfig\nname: eth0\naddresses:\n  - address: ""',
  'LinkConfig address absent': 'apiVersion: v1alpha1\nkind: LinkConfig\nname: eth0\naddresses:\n  - {}',
  'VLANConfig address':
    'apiVersion: v1alpha1\nkind: VLANConfig\nname: eth0.5\nvlanID: 5\nparent: eth0\naddresses:\n  - address: ""',
  'VRFConfig table': 'apiVersion: v1alpha1\nkind: VRFConfig\nname: vrf-blue\ntable: ""',
  'NetworkRuleConfig subnet':
    'apiVersion: v1alpha1\nkind: NetworkRuleConfig\nname: web\nportSelector:\n  ports: [80]\n  protocol: tcp\ningress:\n  - subnet: ""',
  'UserVolumeConfig encryption provider':
    'apiVersion: v1alpha1\nkind: UserVolumeConfig\nname: data\nencryption:\n  provider: ""\n  keys:\n    - slot: 0\n      nodeID: {}',
};

describe('empty values Talos always writes', () => {
  for (const [name, text] of Object.entries(INPUTS)) {
    it(`${name}: renders and validates through a patch, and on its own`, () => {
      const docs = nodeDocs('1.14', 'worker', [patch(text, FILE)]);
      expect(() => stateText({ docs }, '1.14')).not.toThrow();
      const n = node('w1', 'worker', docs);
      expect(() =>
        documentIssues(docs, '1.14').map((i) => place(i, { cluster: cluster('c1', [n]), node: n })),
      ).not.toThrow();
      expect(() => validateConfigText(text, 'lone.yaml', '1.14')).not.toThrow();
    });
  }

  it('an empty link address is a finding at the patch line, through a patch and on its own', () => {
    for (const key of ['LinkConfig address', 'LinkConfig address absent', 'VLANConfig address'] as const) {
      const docs = nodeDocs('1.14', 'worker', [patch(INPUTS[key]!, FILE)]);
      const n = node('w1', 'worker', docs);
      const c = cluster('c1', [n], { contract: '1.14' });
      const findings = documentIssues(docs, '1.14').map((i) => place(i, { cluster: c, node: n }));
      expect(findings, key).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          message: expect.stringMatching(/: address 0 must be specified$/),
          file: FILE,
          line: INPUTS[key]!.split('\n').findIndex((l) => l.trimStart().startsWith('- ')) + 1,
        }),
      );
      const lone = validateConfigText(INPUTS[key]!, 'lone.yaml', '1.14').findings;
      expect(lone.some((f) => f.severity === 'error' && /address 0 must be specified/.test(f.message))).toBe(
        true,
      );
    }
  });

  it.each([
    ['VRFConfig table', 'VRFConfig/vrf-blue: cannot create vrf with reserved table unspec'],
    ['NetworkRuleConfig subnet', 'NetworkRuleConfig/web: invalid subnet: invalid Prefix'],
  ] as const)('%s is a finding in the patch that left it empty', (key, message) => {
    const docs = nodeDocs('1.14', 'worker', [patch(INPUTS[key]!, FILE)]);
    const n = node('w1', 'worker', docs);
    const c = cluster('c1', [n], { contract: '1.14' });
    const findings = documentIssues(docs, '1.14').map((i) => place(i, { cluster: c, node: n }));
    expect(findings).toContainEqual(expect.objectContaining({ severity: 'error', message, file: FILE }));
  });

  it('the rendered text carries the empty value where Talos writes the field', () => {
    const docs = nodeDocs('1.14', 'worker', [patch(INPUTS['LinkConfig address absent']!, FILE)]);
    expect(stateText({ docs }, '1.14')).toContain('addresses:\n    - address: ""');
  });
});
