/**
 * Real files made by the sops tool (../shared/testdata/sops, outside the project), decrypted with
 * their published test keys, and the hand-tampered copies that must all be refused. Skipped when
 * the shared folder is absent, as it is in a plain clone of the project.
 */
import { readFileSync } from 'node:fs';
import { armor, Decrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { type AgeIdentity, loadAgeIdentities } from '../src/secrets/age-identities.js';
import { decryptSopsFile, type SopsError, type SopsErrorReason } from '../src/secrets/sops.js';
import { expectNoSecrets, HAVE_SHARED, keyLine, rejection, SHARED_SOPS } from './fixtures/sops/helpers.js';

const FLUX = 'fluxcd-kustomize-controller/internal/controller/testdata/sops';
const HUMPHD_KEY = 'humphd-sops-age/key.txt';

const HUMPHD_PLAIN = {
  secret: 'this is a secret',
  string: 'string',
  int: 7,
  float: 3.14,
  boolean: true,
  complex: { value: 'this is a secret', array: ['one', 'two', 'three'] },
};

interface Vector {
  file: string;
  key: string;
  plain: unknown;
  format: 'yaml' | 'json' | 'dotenv' | 'binary';
}

const VECTORS: Vector[] = [
  {
    file: 'humphd-sops-age/tests/data/secret.enc.yaml',
    key: HUMPHD_KEY,
    plain: HUMPHD_PLAIN,
    format: 'yaml',
  },
  {
    file: 'humphd-sops-age/tests/data/secret.enc.json',
    key: HUMPHD_KEY,
    plain: { ...HUMPHD_PLAIN, '0word': 'gotta match go' },
    format: 'json',
  },
  {
    file: 'humphd-sops-age/tests/data/secret.enc.env',
    key: HUMPHD_KEY,
    plain: { secret: 'this is a secret', another_secret: '7' },
    format: 'dotenv',
  },
  {
    file: `${FLUX}/algorithms/age.yaml`,
    key: `${FLUX}/keys/age.txt`,
    plain: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'age' }, stringData: { key: 'value' } },
    format: 'yaml',
  },
  {
    file: `${FLUX}/algorithms/age-pq.yaml`,
    key: `${FLUX}/keys/age-pq.txt`,
    plain: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'age-pq' }, stringData: { key: 'value' } },
    format: 'yaml',
  },
  { file: `${FLUX}/envs/env.env`, key: `${FLUX}/keys/age.txt`, plain: { key: 'value' }, format: 'dotenv' },
  {
    file: `${FLUX}/component/env.env`,
    key: `${FLUX}/keys/age.txt`,
    plain: { key: 'value' },
    format: 'dotenv',
  },
  { file: `${FLUX}/files/file.txt`, key: `${FLUX}/keys/age.txt`, plain: { data: 'value' }, format: 'binary' },
  {
    file: `${FLUX}/global/secret.yaml`,
    key: `${FLUX}/keys/age-global.txt`,
    plain: {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'global-age-secret', namespace: 'default' },
      type: 'Opaque',
      stringData: { key: 'global-value' },
    },
    format: 'yaml',
  },
  {
    file: `${FLUX}/patches/merge1.yaml`,
    key: `${FLUX}/keys/age.txt`,
    plain: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'secret' }, stringData: { key: 'merge1' } },
    format: 'yaml',
  },
  {
    file: `${FLUX}/patches/merge2.yaml`,
    key: `${FLUX}/keys/age.txt`,
    plain: {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'secret' },
      stringData: { merge2: 'merge2' },
    },
    format: 'yaml',
  },
  {
    file: 'mic92-sops-nix/pkgs/sops-install-secrets/test-assets/secrets.yaml',
    key: 'mic92-sops-nix/pkgs/sops-install-secrets/test-assets/age-keys.txt',
    plain: { test_key: 'test_value', a_list: ['e1', 'e3'], nested: { test: { file: 'another value' } } },
    format: 'yaml',
  },
];

const HELM = 'jkroepke-helm-secrets/tests/assets/values/sops/secrets.age.yaml';
const HELM_KEY = 'jkroepke-helm-secrets/tests/assets/age/key.txt';

const read = (rel: string) => readFileSync(SHARED_SOPS + rel, 'utf8');
const identitiesFrom = (rel: string) => loadAgeIdentities({ env: { SOPS_AGE_KEY_FILE: SHARED_SOPS + rel } });

/** The data key of a file, found independently of the decryptor, to search error texts for it. */
async function dataKeyOf(rel: string, keyRel: string): Promise<string[]> {
  const text = read(rel);
  const enc = /-----BEGIN AGE ENCRYPTED FILE-----[\s\S]*?-----END AGE ENCRYPTED FILE-----/.exec(
    text.replaceAll('\\n', '\n').replace(/^ +/gm, ''),
  );
  const d = new Decrypter();
  d.addIdentity(keyLine(read(keyRel)));
  const key = Buffer.from(await d.decrypt(armor.decode(enc![0])));
  expect(key.length).toBe(32);
  return [key.toString('hex'), key.toString('hex').toUpperCase(), key.toString('base64')];
}

describe.skipIf(!HAVE_SHARED)('real sops vectors (../shared/testdata/sops)', () => {
  for (const v of VECTORS) {
    it(`decrypts ${v.file}`, async () => {
      const result = await decryptSopsFile(read(v.file), v.file, await identitiesFrom(v.key));
      expect(result.format).toBe(v.format);
      expect(result.values).toEqual([v.plain]);
      if (v.format === 'binary') expect(result.binary?.toString('utf8')).toBe('value');
    });
  }

  it(`decrypts ${HELM} (type:int and an 18-line value)`, async () => {
    const result = await decryptSopsFile(read(HELM), HELM, await identitiesFrom(HELM_KEY));
    const value = result.values[0] as { global_secret: string; key: string; service: { port: number } };
    expect(value.global_secret).toBe('global_age');
    expect(value.service).toEqual({ port: 92 });
    expect(value.key.startsWith('-----BEGIN PGP MESSAGE-----\n')).toBe(true);
    expect(value.key.endsWith('\n-----END PGP MESSAGE-----')).toBe(true);
    expect(value.key.length).toBe(910);
    expect(value.key.split('\n')).toHaveLength(18);
  });

  it('keeps key order, the types and the line of each value in the YAML document', async () => {
    const file = VECTORS[0]!.file;
    const result = await decryptSopsFile(read(file), file, await identitiesFrom(HUMPHD_KEY));
    const doc = result.documents[0]!;
    expect(doc.toJS({ mapAsMap: true }).has('sops')).toBe(false);
    const keys = (doc.contents as { items: Array<{ key: { value: string } }> }).items.map((p) => p.key.value);
    expect(keys).toEqual(['secret', 'string', 'int', 'float', 'boolean', 'complex']);
    const node = doc.getIn(['complex', 'array', 1], true) as {
      value: unknown;
      range: [number, number, number];
    };
    expect(node.value).toBe('two');
    expect(result.lineCounter.linePos(node.range[0]).line).toBe(10);
    const int = doc.get('int', true) as { value: unknown; range: [number, number, number] };
    expect(int.value).toBe(7);
    expect(result.lineCounter.linePos(int.range[0]).line).toBe(3);
    expect(result.secretValues).toEqual(
      expect.arrayContaining(['this is a secret', 'string', '7', '3.14', 'true', 'one', 'two', 'three']),
    );
  });

  it('reads dotenv lines and sops_* metadata, with lines for each entry', async () => {
    const file = VECTORS[2]!.file;
    const result = await decryptSopsFile(read(file), file, await identitiesFrom(HUMPHD_KEY));
    expect(result.dotenv.map((e) => [e.key, e.line])).toEqual([
      ['secret', 1],
      ['another_secret', 2],
    ]);
    expect(result.metadata.recipients).toHaveLength(3);
  });

  it('decrypts a file with several recipients using any one identity, and tries every identity', async () => {
    const file = VECTORS[0]!.file;
    const other = await identitiesFrom(`${FLUX}/keys/age.txt`);
    const right = await identitiesFrom(HUMPHD_KEY);
    const result = await decryptSopsFile(read(file), file, [...other, ...right]);
    expect(result.values).toEqual([HUMPHD_PLAIN]);
  });

  it('decrypts a file with age and PGP recipients (PGP unused)', async () => {
    const file = VECTORS[11]!.file;
    const result = await decryptSopsFile(read(file), file, await identitiesFrom(VECTORS[11]!.key));
    expect(result.values).toHaveLength(1);
  });

  it('names the file and the recipients when no identity fits', async () => {
    const file = VECTORS[0]!.file;
    const ids = await identitiesFrom(`${FLUX}/keys/age.txt`);
    const err = (await rejection(decryptSopsFile(read(file), file, ids))) as SopsError;
    expect(err.reason).toBe('wrong-key');
    expect(err.message).toContain(`none of the 1 age identity (${ids[0]!.recipient}) can decrypt ${file}`);
    expect(err.message).toContain('age1je6kjhzuhdjy3fqptpttxjh5k8q46vygzlgtpuq3030c947pc5tqz9dqvr');
    expectNoSecrets(err, [keyLine(read(`${FLUX}/keys/age.txt`)), 'this is a secret']);
  });
});

/** Each tampered file, the key that opens its source, the reason and a phrase of the message. */
const TAMPERED: Array<{
  file: string;
  key: string;
  reason: SopsErrorReason;
  message: RegExp;
  line?: number;
}> = [
  {
    file: 'tampered-unencrypted-edit.yaml',
    key: `${FLUX}/keys/age.txt`,
    reason: 'tampered',
    message: /MAC mismatch/,
  },
  {
    file: 'tampered-injected-plaintext.yaml',
    key: HUMPHD_KEY,
    reason: 'not-encrypted',
    message: /:2: string: value should be encrypted .* but is in clear text/,
    line: 2,
  },
  { file: 'tampered-removed-key.yaml', key: HUMPHD_KEY, reason: 'tampered', message: /MAC mismatch/ },
  { file: 'tampered-reordered-keys.yaml', key: HUMPHD_KEY, reason: 'tampered', message: /MAC mismatch/ },
  {
    file: 'tampered-swapped-values.yaml',
    key: HUMPHD_KEY,
    reason: 'tampered',
    message: /: secret: the encrypted value fails authentication/,
    line: 1,
  },
  { file: 'tampered-mac-removed.yaml', key: HUMPHD_KEY, reason: 'tampered', message: /has no MAC/ },
  {
    file: 'tampered-mac-corrupted.yaml',
    key: HUMPHD_KEY,
    reason: 'tampered',
    message: /MAC cannot be decrypted/,
  },
];

describe.skipIf(!HAVE_SHARED)(
  'tampered copies of real vectors (../shared/testdata/sops/derived-tampered)',
  () => {
    for (const t of TAMPERED) {
      it(`refuses ${t.file} (${t.reason})`, async () => {
        const rel = `derived-tampered/${t.file}`;
        const identities: AgeIdentity[] = await identitiesFrom(t.key);
        const err = (await rejection(decryptSopsFile(read(rel), rel, identities))) as SopsError;
        expect(err.name).toBe('SopsError');
        expect(err.reason).toBe(t.reason);
        expect(err.message).toMatch(t.message);
        expect(err.message).toContain(rel);
        expect(err.file).toBe(rel);
        if (t.line) expect(err.line).toBe(t.line);
        const dataKey = await dataKeyOf(rel, t.key);
        expectNoSecrets(err, [keyLine(read(t.key)), ...dataKey, 'this is a secret']);
      });
    }

    it('the MAC, and only the MAC, catches a clear-text edit under encrypted_regex', async () => {
      const original = read(`${FLUX}/algorithms/age.yaml`);
      const tampered = read('derived-tampered/tampered-unencrypted-edit.yaml');
      const ids = await identitiesFrom(`${FLUX}/keys/age.txt`);

      // The only difference is one clear-text value that no per-value AES-GCM tag covers.
      const diff = original
        .split('\n')
        .map((line, i) => [line, tampered.split('\n')[i]] as const)
        .filter(([a, b]) => a !== b);
      expect(diff).toEqual([['  name: age', '  name: evil']]);
      expect(original).toContain('encrypted_regex: ^(data|stringData)$');

      // The untouched file passes, so the failure below can only come from the MAC comparison.
      const ok = await decryptSopsFile(original, 'age.yaml', ids);
      expect(ok.values[0]).toMatchObject({ metadata: { name: 'age' } });

      const err = (await rejection(decryptSopsFile(tampered, 'age.yaml', ids))) as SopsError;
      expect(err.reason).toBe('tampered');
      expect(err.message).toBe(
        'age.yaml: MAC mismatch: the file was modified without the data key ' +
          '(a value edited, added, removed or reordered); refusing it',
      );
    });
  },
);
