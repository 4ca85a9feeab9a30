/**
 * The example fleet's own secrets bundle, generated into a base config for every version contract and
 * role, passes the project's validation (schema and Talos's semantic rules) with nothing above notice.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeConfig } from '../src/config/decode.js';
import { encodeConfig } from '../src/config/encode.js';
import { generateBaseConfig } from '../src/generate/index.js';
import { CONTRACTS } from '../src/model/model.js';
import { parseSecretsBundle } from '../src/secrets/bundle.js';
import { decryptSopsFile } from '../src/secrets/sops.js';
import { validateConfigText } from '../src/validate/index.js';
import { fromJS } from '../src/yaml/ynode.js';
import { demoIdentities, PROJECT } from './helpers/repo.js';

const RELEASES = {
  '1.10': 'v1.10.9',
  '1.11': 'v1.11.6',
  '1.12': 'v1.12.11',
  '1.13': 'v1.13.9',
  '1.14': 'v1.14.0-rc.1',
};

describe('generated bases from the example bundle', async () => {
  const file = path.join(PROJECT, 'clusters/production/secrets.sops.yaml');
  const dec = await decryptSopsFile(readFileSync(file, 'utf8'), file, await demoIdentities());
  const bundle = parseSecretsBundle(dec.values[0], file);
  for (const contract of CONTRACTS) {
    for (const role of ['controlplane', 'worker'] as const) {
      it(`${contract} ${role}`, () => {
        const docs = generateBaseConfig({
          bundle,
          clusterName: 'production',
          endpoint: 'https://10.0.1.100:6443',
          talosVersion: RELEASES[contract],
          role,
        });
        const decoded = decodeConfig(
          docs.map((d, index) => ({ root: fromJS(d), index })),
          { file: 'generated', contract },
        );
        const text = encodeConfig(decoded, contract);
        const result = validateConfigText(text, `${contract}-${role}.yaml`, contract);
        expect(result.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
        expect(result.exitCode).toBe(0);
      });
    }
  }
});
