import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadConfig } from '../src/config/patch.js';
import { generateBaseConfig } from '../src/generate/index.js';
import { CONTRACTS, kindDef } from '../src/model/model.js';
import { findDeprecated } from '../src/validate/schema/deprecated.js';
import { plainFromYaml } from '../src/validate/schema/plain.js';
import { validateDecodedDocument, validatePlainDocument } from '../src/validate/schema/validate.js';
import { fromJS } from '../src/yaml/ynode.js';
import { loadBundle } from './fixtures/generate/bundles.js';

const RELEASES: Record<string, string> = {
  '1.10': 'v1.10.9',
  '1.11': 'v1.11.6',
  '1.12': 'v1.12.11',
  '1.13': 'v1.13.9',
  '1.14': 'v1.14.0-rc.1',
};

describe('generated base configs pass schema validation', () => {
  for (const contract of CONTRACTS) {
    for (const role of ['controlplane', 'worker'] as const) {
      it(`${contract} ${role}`, () => {
        const docs = generateBaseConfig({
          bundle: loadBundle(),
          clusterName: 'c',
          endpoint: 'https://10.0.1.100:6443',
          talosVersion: RELEASES[contract]!,
          role,
        });
        const text = docs.map((d) => YAML.stringify(d)).join('---\n');
        const decoded = loadConfig(text, 'base.yaml', contract);
        const issues = decoded.flatMap((d) => validateDecodedDocument(d, contract));
        expect(issues).toEqual([]);
        for (const d of docs) {
          const kind = kindDef((d.kind as string) ?? 'v1alpha1')!;
          expect(validatePlainDocument(kind, contract, plainFromYaml(fromJS(d)))).toEqual([]);
        }
        const dep = decoded.flatMap((d) => findDeprecated(d.body, d.def.type, contract));
        console.log(
          contract,
          role,
          dep.map((x) => x.message),
        );
      });
    }
  }
});
