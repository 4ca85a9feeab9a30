/**
 * The committed SOPS fixtures under test/fixtures/sops: each NAME.sops.yaml must decrypt to
 * plain/NAME.yaml with the settings in FIXTURE_SPECS.
 *
 * To remake them (new ciphertexts; keys are kept, or made when missing):
 *   SOPS_REGENERATE_FIXTURES=1 npx vitest run test/sops-fixtures
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateHybridIdentity, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadAgeIdentities } from '../src/secrets/age-identities.js';
import { decryptSopsFile } from '../src/secrets/sops.js';
import { encryptSopsYaml } from '../src/secrets/sops-encrypt.js';
import {
  FIXTURE_SPECS,
  FIXTURES,
  type TestKeyName,
  testKey,
  testRecipient,
} from './fixtures/sops/helpers.js';

const REGENERATE = process.env.SOPS_REGENERATE_FIXTURES === '1';
const KEY_NAMES: TestKeyName[] = ['alice', 'bob', 'carol-pq', 'mallory'];

describe.runIf(REGENERATE)('regenerate SOPS fixtures', () => {
  it('writes keys (when missing) and encrypted fixtures', async () => {
    for (const name of KEY_NAMES) {
      const path = `${FIXTURES}keys/${name}.txt`;
      if (existsSync(path)) continue;
      const identity = name.endsWith('-pq') ? await generateHybridIdentity() : await generateX25519Identity();
      const recipient = await identityToRecipient(identity);
      writeFileSync(
        path,
        `# TEST-ONLY age key for talos-gitops tests. It protects nothing; never use it for real data.\n` +
          `# public key: ${recipient}\n${identity}\n`,
      );
    }
    for (const spec of FIXTURE_SPECS) {
      const plain = readFileSync(`${FIXTURES}plain/${spec.name}.yaml`, 'utf8');
      const out = await encryptSopsYaml(plain, {
        recipients: spec.recipients.map(testRecipient),
        ...(spec.rule ? { rule: spec.rule } : {}),
        macOnlyEncrypted: spec.macOnlyEncrypted ?? false,
        file: `plain/${spec.name}.yaml`,
      });
      writeFileSync(`${FIXTURES}${spec.name}.sops.yaml`, out);
    }
  });
});

describe('committed SOPS fixtures', () => {
  for (const spec of FIXTURE_SPECS) {
    it(`${spec.name}.sops.yaml decrypts to plain/${spec.name}.yaml for each of its recipients`, async () => {
      const file = `${FIXTURES}${spec.name}.sops.yaml`;
      const text = readFileSync(file, 'utf8');
      // sops writes its metadata into every document, so an empty document comes back as {}.
      const expected = YAML.parseAllDocuments(readFileSync(`${FIXTURES}plain/${spec.name}.yaml`, 'utf8')).map(
        (d) => d.toJS() ?? {},
      );
      for (const who of spec.recipients) {
        const identities = await loadAgeIdentities({ explicit: testKey(who), env: {} });
        const result = await decryptSopsFile(text, file, identities);
        expect(result.values).toEqual(expected);
        expect(result.metadata.recipients).toEqual(spec.recipients.map(testRecipient));
        expect(result.metadata.rule).toEqual(
          spec.rule ?? { kind: 'unencrypted_suffix', value: '_unencrypted' },
        );
        expect(result.metadata.macOnlyEncrypted).toBe(spec.macOnlyEncrypted ?? false);
        expect(result.metadata.version).toBe('3.9.0');
      }
    });
  }

  it('records that the keys are test-only', () => {
    expect(readFileSync(`${FIXTURES}README.md`, 'utf8')).toMatch(/test-only/i);
    for (const name of KEY_NAMES) {
      expect(readFileSync(`${FIXTURES}keys/${name}.txt`, 'utf8')).toMatch(/^# TEST-ONLY/);
    }
  });
});
