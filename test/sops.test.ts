/**
 * SOPS decryption and encryption on this project's own fixtures (test/fixtures/sops) and on files
 * made in memory: every rule, multi-document YAML, several and post-quantum recipients, tampering,
 * wrong/no/unsupported keys, and the guarantee that no error carries a secret.
 */
import { readFileSync } from 'node:fs';
import { armor } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import YAML, { type Scalar } from 'yaml';
import { type AgeIdentity, AgeKeyError, loadAgeIdentities } from '../src/secrets/age-identities.js';
import {
  decryptSopsFile,
  goFormatFloat,
  looksSopsEncrypted,
  type SopsError,
  type SopsErrorReason,
  type SopsRule,
} from '../src/secrets/sops.js';
import { encryptSopsYaml, type SopsEncryptOptions } from '../src/secrets/sops-encrypt.js';
import {
  expectNoSecrets,
  FIXTURE_SPECS,
  FIXTURES,
  rejection,
  type TestKeyName,
  testKey,
  testRecipient,
} from './fixtures/sops/helpers.js';

const ids = (...names: TestKeyName[]) =>
  loadAgeIdentities({ explicit: names.map(testKey).join('\n'), env: {} });
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}.sops.yaml`, 'utf8');
const plainValues = (name: string) =>
  YAML.parseAllDocuments(readFileSync(`${FIXTURES}plain/${name}.yaml`, 'utf8')).map((d) => d.toJS() ?? {});

/** Every key and every encrypted plaintext of the fixtures: none may appear in any error. */
async function allSecrets(): Promise<string[]> {
  const secrets: string[] = (['alice', 'bob', 'carol-pq', 'mallory'] as const).map(testKey);
  const alice = await ids('alice', 'carol-pq');
  for (const spec of FIXTURE_SPECS) {
    const result = await decryptSopsFile(fixture(spec.name), `${spec.name}.sops.yaml`, alice);
    // The distinctive plaintexts (words like "Secret" or "true" also occur in key names and prose).
    secrets.push(...result.secretValues.filter((s) => s.length >= 8 && /[0-9]/.test(s)));
  }
  return secrets;
}
const SECRETS = allSecrets();

/** Decrypting must fail with this reason; the error must name the file and carry no secret. */
async function expectRefused(
  text: string,
  file: string,
  identities: readonly AgeIdentity[],
  reason: SopsErrorReason,
  message?: RegExp | string,
): Promise<SopsError> {
  const err = (await rejection(decryptSopsFile(text, file, identities))) as SopsError;
  expect(err.name).toBe('SopsError');
  expect(err.reason).toBe(reason);
  expect(err.file).toBe(file);
  expect(err.message).toContain(file);
  if (message) expect(err.message).toMatch(message);
  expectNoSecrets(err, await SECRETS);
  return err;
}

/** The 1-based line of the first line of `text` that contains `needle`, after line `after`. */
function lineOf(text: string, needle: string, after = 0): number {
  const i = text.split('\n').findIndex((l, n) => n >= after && l.includes(needle));
  expect(i).toBeGreaterThanOrEqual(0);
  return i + 1;
}

/** Replaces the value on the (first) line holding `key:` after line `after`. */
function editLine(text: string, key: string, value: string, after = 0): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l, n) => n >= after && l.trimStart().startsWith(`${key}:`));
  expect(i).toBeGreaterThanOrEqual(0);
  lines[i] = `${lines[i]!.slice(0, lines[i]!.indexOf(`${key}:`))}${key}: ${value}`;
  return lines.join('\n');
}

it('the secret list used to search error texts holds the keys and the plaintexts', async () => {
  const secrets = await SECRETS;
  expect(secrets).toEqual(
    expect.arrayContaining([testKey('alice'), testKey('carol-pq'), 'db-Pa55w0rd-9f8e7d', 'er-Pa55w0rd-zz91']),
  );
  expect(secrets.length).toBeGreaterThan(20);
});

describe('goFormatFloat matches Go strconv.FormatFloat(f, f, -1, 64)', () => {
  it.each([
    [0, '0'],
    [-0, '-0'],
    [1, '1'],
    [7, '7'],
    [3.14, '3.14'],
    [-2.5, '-2.5'],
    [0.1, '0.1'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [123456789012345680000, '123456789012345680000'],
    [1.7976931348623157e308, `17976931348623157${'0'.repeat(292)}`],
    [5e-324, `0.${'0'.repeat(323)}5`],
    [Number.POSITIVE_INFINITY, '+Inf'],
    [Number.NEGATIVE_INFINITY, '-Inf'],
    [Number.NaN, 'NaN'],
  ])('%s → %s', (value, text) => {
    expect(goFormatFloat(value)).toBe(text);
  });
});

describe('own fixtures', () => {
  it('multi-document YAML: every document, key order kept, values in place at their original lines', async () => {
    const text = fixture('multi-document');
    const file = 'clusters/demo/multi-document.sops.yaml';
    const result = await decryptSopsFile(text, file, await ids('alice'));
    expect(result.format).toBe('yaml');
    expect(result.documents).toHaveLength(3);
    expect(result.values).toEqual(plainValues('multi-document'));

    const second = result.documents[1]!;
    expect(second.has('sops')).toBe(false);
    const keys = (second.contents as YAML.YAMLMap<Scalar<string>>).items.map((p) => p.key.value);
    expect(keys).toEqual(['apiVersion', 'kind', 'metadata', 'stringData']);

    const password = second.getIn(['stringData', 'password'], true) as Scalar;
    expect(password.value).toBe('db-Pa55w0rd-9f8e7d');
    const docStart = lineOf(text, '---');
    expect(result.lineCounter.linePos(password.range![0]).line).toBe(lineOf(text, 'password:', docStart));
    // The node's range still points at the ciphertext in the original file.
    expect(text.slice(password.range![0], password.range![1])).toMatch(/^ENC\[AES256_GCM,data:/);

    const mtu = result.documents[0]!.getIn(['machine', 'network', 'interfaces', 0, 'mtu'], true) as Scalar;
    expect(mtu.value).toBe(1500);
    expect(result.lineCounter.linePos(mtu.range![0]).line).toBe(lineOf(text, 'mtu:'));

    expect(result.secretValues).toEqual(
      expect.arrayContaining(['mt-7f3k2p9x-token-a1b2c3', 'db-Pa55w0rd-9f8e7d', 'true', '1500']),
    );
    expect(result.secretValues).not.toContain('6443'); // port_unencrypted stays clear
    expect(result.secretValues).not.toContain('');
  });

  it('types: str, int, float, bool, empty, null, unicode, multi-line, lists of maps and of lists', async () => {
    const result = await decryptSopsFile(fixture('types'), 'types.sops.yaml', await ids('bob'));
    expect(result.values).toEqual(plainValues('types'));
    const v = result.values[0] as Record<string, unknown>;
    expect(v.whole_float).toBe(2);
    expect(v.big_float).toBe(1e21);
    expect(v.quoted_number).toBe('12345');
    expect(v.nothing).toBeNull();
    expect(fixture('types')).toContain('type:int]');
    expect(fixture('types')).toContain('type:float]');
    expect(fixture('types')).toContain('type:bool]');
    expect(fixture('types')).toContain('empty: ""');
  });

  it('a post-quantum recipient decrypts with its AGE-SECRET-KEY-PQ-1 identity', async () => {
    const result = await decryptSopsFile(fixture('pq'), 'pq.sops.yaml', await ids('carol-pq'));
    expect(result.values).toEqual(plainValues('pq'));
    expect(result.metadata.recipients[0]!.startsWith('age1pq1')).toBe(true);
  });

  it('several recipients: any one of them decrypts; every given identity is tried', async () => {
    for (const who of ['alice', 'bob', 'carol-pq'] as const) {
      const result = await decryptSopsFile(
        fixture('encrypted-regex'),
        'er.sops.yaml',
        await ids('mallory', who),
      );
      expect(result.values).toEqual(plainValues('encrypted-regex'));
    }
  });

  it('encrypted_regex: only matching keys are encrypted; a clear-text edit breaks the MAC', async () => {
    const text = fixture('encrypted-regex');
    expect(text).toContain('  name: registry');
    expect(text).not.toContain('er-Pa55w0rd-zz91');
    const alice = await ids('alice');
    await expectRefused(editLine(text, 'name', 'evil'), 'er.sops.yaml', alice, 'tampered', /MAC mismatch/);
    await expectRefused(editLine(text, 'app', 'other'), 'er.sops.yaml', alice, 'tampered', /MAC mismatch/);
    const err = await expectRefused(
      editLine(text, 'password', 'plain-text-password'),
      'er.sops.yaml',
      alice,
      'not-encrypted',
      /a key on its path matches the encrypted_regex "\^\(data\|stringData\)\$"/,
    );
    expect(err.line).toBe(lineOf(text, 'password:'));
    expect(err.field).toBe('stringData.password');
    expect(err.message).toMatch(new RegExp(`^er\\.sops\\.yaml:${err.line}: stringData\\.password: `));
  });

  it('unencrypted_regex: matching keys stay clear, the rest must be encrypted', async () => {
    const text = fixture('unencrypted-regex');
    expect(text).toContain('  name: ur-admin');
    expect(text).toContain('replicas: 3');
    expect(text).toMatch(/ {2}ratio: ENC\[/);
    const alice = await ids('alice');
    const result = await decryptSopsFile(text, 'ur.sops.yaml', alice);
    expect(result.values).toEqual(plainValues('unencrypted-regex'));
    await expectRefused(editLine(text, 'replicas', '4'), 'ur.sops.yaml', alice, 'tampered', /MAC mismatch/);
    const err = await expectRefused(
      editLine(text, 'apiKey', 'ur-clear'),
      'ur.sops.yaml',
      alice,
      'not-encrypted',
      /no key on its path matches the unencrypted_regex/,
    );
    expect(err.field).toBe('credentials.apiKey');
  });

  it('unencrypted_suffix: keys (and everything below keys) ending with it stay clear', async () => {
    const text = fixture('unencrypted-suffix');
    expect(text).toContain('endpoint_unencrypted: https://cp.example.test:6443');
    expect(text).toContain('  - cp-2.example.test');
    expect(text).toContain('  enabled_unencrypted: true');
    const alice = await ids('alice');
    expect((await decryptSopsFile(text, 'us.sops.yaml', alice)).values).toEqual(
      plainValues('unencrypted-suffix'),
    );
    await expectRefused(
      text.replace('cp-2.example.test', 'cp-9.example.test'),
      'us.sops.yaml',
      alice,
      'tampered',
      /MAC mismatch/,
    );
    const err = await expectRefused(
      editLine(text, 'apiSecret', 'us-clear'),
      'us.sops.yaml',
      alice,
      'not-encrypted',
      /no key on its path ends with the unencrypted_suffix "_unencrypted"/,
    );
    expect(err.field).toBe('nested.apiSecret');
  });

  it('the default rule (_unencrypted) applies when a file names none', async () => {
    const text = fixture('unencrypted-suffix').replace(/^ {2}unencrypted_suffix: _unencrypted\n/m, '');
    expect(text).not.toContain('unencrypted_suffix:');
    const result = await decryptSopsFile(text, 'us.sops.yaml', await ids('alice'));
    expect(result.metadata.rule).toEqual({ kind: 'unencrypted_suffix', value: '_unencrypted' });
    expect(result.values).toEqual(plainValues('unencrypted-suffix'));
  });

  it('encrypted_suffix: only keys ending with it (and below them) are encrypted', async () => {
    const text = fixture('encrypted-suffix');
    expect(text).toContain('hostname: es-node-1');
    expect(text).toMatch(/ {2}cert: ENC\[/);
    const alice = await ids('alice');
    expect((await decryptSopsFile(text, 'es.sops.yaml', alice)).values).toEqual(
      plainValues('encrypted-suffix'),
    );
    await expectRefused(editLine(text, 'port', '50001'), 'es.sops.yaml', alice, 'tampered', /MAC mismatch/);
    const err = await expectRefused(
      editLine(text, 'cert', 'es-clear'),
      'es.sops.yaml',
      alice,
      'not-encrypted',
      /a key on its path ends with the encrypted_suffix "_secret"/,
    );
    expect(err.field).toBe('tls_secret.cert');
  });

  it('mac_only_encrypted: the MAC covers only encrypted values, seeded so the flag cannot be dropped', async () => {
    const text = fixture('mac-only-encrypted');
    const alice = await ids('alice');
    expect((await decryptSopsFile(text, 'mo.sops.yaml', alice)).values).toEqual(
      plainValues('mac-only-encrypted'),
    );
    // As in sops, clear-text values are outside the MAC under this flag.
    const edited = await decryptSopsFile(editLine(text, 'name', 'mo-renamed'), 'mo.sops.yaml', alice);
    expect(edited.values[0]).toMatchObject({ name: 'mo-renamed' });
    // Swapping two encrypted list items keeps each value's path, so only the MAC sees it.
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  - ENC['));
    [lines[first], lines[first + 1]] = [lines[first + 1]!, lines[first]!];
    await expectRefused(lines.join('\n'), 'mo.sops.yaml', alice, 'tampered', /MAC mismatch/);
    // Dropping the flag changes what is hashed and how the hash starts.
    await expectRefused(
      text.replace(/^ {2}mac_only_encrypted: true\n/m, ''),
      'mo.sops.yaml',
      alice,
      'tampered',
      /MAC mismatch/,
    );
  });

  it('removing, adding or reordering values breaks the MAC', async () => {
    const text = fixture('types');
    const alice = await ids('alice');
    const without = text
      .split('\n')
      .filter((l) => !l.startsWith('negative:'))
      .join('\n');
    await expectRefused(without, 'types.sops.yaml', alice, 'tampered', /MAC mismatch/);
    await expectRefused(`extra: 1\n${text}`, 'types.sops.yaml', alice, 'not-encrypted');
    const lines = text.split('\n');
    [lines[0], lines[1]] = [lines[1]!, lines[0]!];
    await expectRefused(lines.join('\n'), 'types.sops.yaml', alice, 'tampered', /MAC mismatch/);
  });

  it('moving a ciphertext to another key fails its authentication', async () => {
    const text = fixture('types');
    const strEnc = /^str: (ENC\[.*\])$/m.exec(text)![1]!;
    const moved = editLine(text, 'unicode', strEnc);
    const err = await expectRefused(
      moved,
      'types.sops.yaml',
      await ids('alice'),
      'tampered',
      /fails authentication/,
    );
    expect(err.field).toBe('unicode');
  });

  it('a changed or missing MAC, or a changed lastmodified, is refused', async () => {
    const text = fixture('types');
    const alice = await ids('alice');
    await expectRefused(
      text.replace(/^ {2}mac: .*\n/m, ''),
      'types.sops.yaml',
      alice,
      'tampered',
      'types.sops.yaml: has no MAC, so its integrity cannot be checked; refusing it',
    );
    await expectRefused(
      text.replace(/lastmodified: "(\d{4})/, (_m, y) => `lastmodified: "${Number(y) - 1}`),
      'types.sops.yaml',
      alice,
      'tampered',
      /its MAC cannot be decrypted/,
    );
  });

  it('a damaged age envelope for a held key is reported as tampering, not as a wrong key', async () => {
    const text = fixture('pq');
    const armored = /-----BEGIN AGE ENCRYPTED FILE-----[\s\S]*?-----END AGE ENCRYPTED FILE-----/.exec(
      text.replace(/^ +/gm, ''),
    )![0];
    const bytes = armor.decode(armored);
    bytes[bytes.length - 1]! ^= 1; // flip a bit of the encrypted data key
    const damaged = armor.encode(bytes).trimEnd().replaceAll('\n', '\n        ');
    const edited = text.replace(/-----BEGIN AGE[\s\S]*?-----END AGE ENCRYPTED FILE-----/, damaged);
    expect(edited).not.toBe(text);
    await expectRefused(
      edited,
      'pq.sops.yaml',
      await ids('carol-pq'),
      'tampered',
      /age envelope .* is damaged/,
    );
  });

  it('wrong key: names the file, the identities tried and the recipients', async () => {
    const mallory = await ids('mallory');
    const err = await expectRefused(fixture('encrypted-regex'), 'secrets/er.sops.yaml', mallory, 'wrong-key');
    expect(err.message).toContain(
      `none of the 1 age identity (${testRecipient('mallory')}) can decrypt secrets/er.sops.yaml; it is encrypted for: ` +
        `${testRecipient('alice')}, ${testRecipient('bob')}, age1pq1`,
    );
  });

  it('no key: explains the three ways to provide one', async () => {
    const err = await expectRefused(fixture('pq'), 'pq.sops.yaml', [], 'no-identity');
    expect(err.message).toContain('action input `age-key`');
    expect(err.message).toContain('SOPS_AGE_KEY,');
    expect(err.message).toContain('SOPS_AGE_KEY_FILE');
  });

  it('unsupported key type: refused when loading, naming the source line, not the key', async () => {
    const plugin = 'AGE-PLUGIN-YUBIKEY-1QQQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQ';
    const err = (await rejection(
      loadAgeIdentities({
        explicit: testKey('alice'),
        env: { SOPS_AGE_KEY: `${testKey('bob')}\n${plugin}` },
      }),
    )) as AgeKeyError;
    expect(err).toBeInstanceOf(AgeKeyError);
    expect(err.reason).toBe('unsupported-key-type');
    expect(err.message).toMatch(
      /^SOPS_AGE_KEY line 2: unsupported key type: age plugin identity \(AGE-PLUGIN-YUBIKEY-/,
    );
    expectNoSecrets(err, [...(await SECRETS), plugin.slice(19)]);
  });
});

describe('file structure and unsupported features', () => {
  const withSops = (text: string, edit: (sops: YAML.YAMLMap) => void) => {
    const docs = YAML.parseAllDocuments(text);
    for (const doc of docs) edit(doc.get('sops') as YAML.YAMLMap);
    return docs.map((d) => d.toString({ lineWidth: 0 })).join('');
  };

  it('a single key group decrypts; Shamir (several groups) is refused as not supported', async () => {
    const text = fixture('encrypted-regex');
    const oneGroup = withSops(text, (s) => {
      s.set('key_groups', [{ age: s.get('age') }]);
      s.delete('age');
    });
    expect(oneGroup).toContain('key_groups:');
    const alice = await ids('alice');
    expect((await decryptSopsFile(oneGroup, 'kg.sops.yaml', alice)).values).toEqual(
      plainValues('encrypted-regex'),
    );
    const twoGroups = withSops(text, (s) => {
      s.set('key_groups', [{ age: s.get('age') }, { pgp: [{ fp: 'ABCD', enc: 'x' }] }]);
      s.delete('age');
      s.set('shamir_threshold', 2);
    });
    await expectRefused(twoGroups, 'kg.sops.yaml', alice, 'unsupported', /2 key groups \(Shamir/);
  });

  it('other key types beside age are fine; a file with no age recipient is explained', async () => {
    const alice = await ids('alice');
    const withPgp = withSops(fixture('types'), (s) => {
      s.set('pgp', [{ fp: 'ABCD', enc: '-----BEGIN PGP MESSAGE-----\nx\n-----END PGP MESSAGE-----\n' }]);
    });
    expect((await decryptSopsFile(withPgp, 't.sops.yaml', alice)).values).toEqual(plainValues('types'));
    const pgpOnly = withSops(withPgp, (s) => {
      s.delete('age');
    });
    await expectRefused(
      pgpOnly,
      't.sops.yaml',
      alice,
      'wrong-key',
      /not encrypted for any age recipient \(it also has pgp/,
    );
  });

  it('refuses comment rules, several rules, and files without sops metadata', async () => {
    const alice = await ids('alice');
    const text = fixture('encrypted-regex');
    await expectRefused(
      withSops(text, (s) => {
        s.delete('encrypted_regex');
        s.set('encrypted_comment_regex', 'sops:enc');
      }),
      'c.sops.yaml',
      alice,
      'unsupported',
      /encrypted_comment_regex is not supported/,
    );
    await expectRefused(
      withSops(text, (s) => {
        s.set('unencrypted_suffix', '_x');
      }),
      'c.sops.yaml',
      alice,
      'format',
      /more than one of unencrypted_suffix, encrypted_regex/,
    );
    await expectRefused('a: 1\n', 'plain.yaml', alice, 'format', /no top-level sops key/);
    await expectRefused('', 'empty.yaml', alice, 'format');
    await expectRefused('a: [1\n', 'broken.yaml', alice, 'format', /^broken\.yaml(:\d+)?: not valid YAML/);
    await expectRefused('hello', 'notes.txt', alice, 'format', /cannot tell its format/);
  });

  it('refuses exponential alias expansion', async () => {
    const laughs = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      laughs.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const bomb = `${laughs.join('\n').replaceAll(/^a(\d)/gm, 'a$1_unencrypted')}\n${fixture('types')}`;
    await expectRefused(
      bomb,
      'bomb.sops.yaml',
      await ids('alice'),
      'format',
      /too many YAML alias expansions/,
    );
  });

  it('refuses a non-mapping document and a non-string key, with the line', async () => {
    const alice = await ids('alice');
    const text = fixture('multi-document');
    const list = text.replace(/^---\n/m, '---\n- item\n---\n');
    const err = await expectRefused(list, 'm.sops.yaml', alice, 'format', /document 2 is not a mapping/);
    expect(err.line).toBe(lineOf(list, '- item'));
    const intKey = `1: one\n${fixture('types')}`;
    const err2 = await expectRefused(
      intKey,
      't.sops.yaml',
      alice,
      'format',
      /has a key that is not a string/,
    );
    expect(err2.line).toBe(1);
  });

  it('reports "cannot verify" when a mismatch involves a clear-text value Go may read differently', async () => {
    const alice = await ids('alice');
    const made = await encryptSopsYaml('port: 8\nsecret: x-Secret-Value-1\n', {
      recipients: [testRecipient('alice')],
      rule: { kind: 'encrypted_regex', value: '^secret$' },
    });
    // yaml.v3 reads 010 as octal 8 (the MAC would hold), this decryptor as 10: it cannot tell.
    const err = await expectRefused(
      made.replace('port: 8', 'port: 010'),
      'cv.sops.yaml',
      alice,
      'cannot-verify',
      /cv\.sops\.yaml:1 \(port\) is written in a form sops may read differently/,
    );
    expect(err.line).toBe(1);
    // A plain mismatch on an ordinary value is still "tampered".
    await expectRefused(made.replace('port: 8', 'port: 9'), 'cv.sops.yaml', alice, 'tampered');
    // Integers beyond 2^53 cannot be trusted to hash as sops hashed them.
    await expectRefused(
      made.replace('port: 8', 'port: 9007199254740993'),
      'cv.sops.yaml',
      alice,
      'cannot-verify',
    );
    // Digits with underscores are a string here but a number to yaml.v3.
    await expectRefused(made.replace('port: 8', 'port: 1_000'), 'cv.sops.yaml', alice, 'cannot-verify');
    // IPs and versions read the same everywhere, so a mismatch next to them is plain tampering.
    const withIp = await encryptSopsYaml('ip: 10.0.0.1\nversion: 1.2.3\nsecret: x-Secret-Value-1\n', {
      recipients: [testRecipient('alice')],
      rule: { kind: 'encrypted_regex', value: '^secret$' },
    });
    expect((await decryptSopsFile(withIp, 'ip.sops.yaml', alice)).values).toEqual([
      { ip: '10.0.0.1', version: '1.2.3', secret: 'x-Secret-Value-1' },
    ]);
    await expectRefused(withIp.replace('10.0.0.1', '10.0.0.2'), 'ip.sops.yaml', alice, 'tampered');
  });

  it('looksSopsEncrypted tells sops files from plain ones without decrypting', () => {
    expect(looksSopsEncrypted(fixture('types'), 'a.yaml')).toBe(true);
    expect(looksSopsEncrypted('a: 1\n', 'a.yaml')).toBe(false);
    expect(looksSopsEncrypted('{"a":1,"sops":{"mac":"x"}}', 'a.json')).toBe(true);
    expect(looksSopsEncrypted('A=1\nsops_version=3.9.0\n', 'a.env')).toBe(true);
    expect(looksSopsEncrypted('A=1\n', '.env')).toBe(false);
  });
});

describe('encryptSopsYaml', () => {
  const recipients = [testRecipient('alice'), testRecipient('carol-pq')];

  it('writes the sops 3.9 layout and round-trips through the decryptor', async () => {
    const out = await encryptSopsYaml('a: one\nb: 2\n', {
      recipients,
      now: new Date('2026-01-02T03:04:05.678Z'),
    });
    const sops = YAML.parse(out).sops;
    expect(Object.keys(sops)).toEqual([
      'kms',
      'gcp_kms',
      'azure_kv',
      'hc_vault',
      'age',
      'lastmodified',
      'mac',
      'pgp',
      'unencrypted_suffix',
      'version',
    ]);
    expect(sops.lastmodified).toBe('2026-01-02T03:04:05Z');
    expect(sops.version).toBe('3.9.0');
    expect(sops.age.map((a: { recipient: string }) => a.recipient)).toEqual(recipients);
    expect(sops.age[0].enc).toMatch(
      /^-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]+-----END AGE ENCRYPTED FILE-----\n$/,
    );
    expect(out).toMatch(/^ {6}enc: \|\n {8}-----BEGIN AGE ENCRYPTED FILE-----$/m);
    for (const who of ['alice', 'carol-pq'] as const) {
      const result = await decryptSopsFile(out, 'rt.yaml', await ids(who));
      expect(result.values).toEqual([{ a: 'one', b: 2 }]);
    }
  });

  it.each([
    [{ kind: 'unencrypted_suffix', value: '_clear' }, ['x_clear', 'y.z_clear', 'list_clear']],
    [{ kind: 'encrypted_suffix', value: '_enc' }, ['plain', 'x_clear', 'y.z_clear', 'list_clear']],
    [{ kind: 'unencrypted_regex', value: '^(plain|z_clear)$' }, ['plain', 'y.z_clear']],
    [{ kind: 'encrypted_regex', value: '^(x_enc|w_enc)$' }, ['plain', 'x_clear', 'y.z_clear', 'list_clear']],
  ] as const)(
    'round-trips each rule (%o), leaving exactly the expected values clear',
    async (rule, clear) => {
      const plain =
        'plain: p-value\nx_clear: xc\nx_enc: x-Enc-Value\ny:\n  z_clear: 5\n  w_enc: true\nlist_clear: [a, b]\n';
      const out = await encryptSopsYaml(plain, { recipients, rule });
      const raw = YAML.parse(out);
      const clearPaths = ['plain', 'x_clear', 'x_enc', 'y.z_clear', 'y.w_enc', 'list_clear'].filter((p) => {
        const v = p.split('.').reduce((o, k) => o[k], raw);
        return !JSON.stringify(v).includes('ENC[');
      });
      expect(clearPaths).toEqual(clear);
      expect(raw.sops[rule.kind]).toBe(rule.value);
      const result = await decryptSopsFile(out, 'rules.yaml', await ids('alice'));
      expect(result.values).toEqual([YAML.parse(plain)]);
    },
  );

  it('round-trips multi-document YAML with mac_only_encrypted', async () => {
    const plain = 'a: 1\nsecret_b: sb-Value\n---\nsecret_c: [1, 2.5, false]\n';
    const out = await encryptSopsYaml(plain, {
      recipients,
      rule: { kind: 'encrypted_regex', value: '^secret' },
      macOnlyEncrypted: true,
    });
    expect(out.split(/^---$/m)).toHaveLength(2);
    expect(out.match(/^ {2}mac_only_encrypted: true$/gm)).toHaveLength(2);
    const result = await decryptSopsFile(out, 'mo.yaml', await ids('carol-pq'));
    expect(result.values).toEqual(YAML.parseAllDocuments(plain).map((d) => d.toJS()));
  });

  it('drops comments, so a secret in a comment cannot leak into the encrypted file', async () => {
    const out = await encryptSopsYaml('# old password: c-Comment-Secret\na: b # c-Inline-Secret\n', {
      recipients,
    });
    expect(out).not.toContain('c-Comment-Secret');
    expect(out).not.toContain('c-Inline-Secret');
  });

  it('refuses what sops would read differently or not at all', async () => {
    const opts: SopsEncryptOptions = {
      recipients,
      rule: { kind: 'encrypted_regex', value: '^s$' },
      file: 'in.yaml',
    };
    const cases: Array<[string, SopsErrorReason, RegExp]> = [
      ['a: &x 1\nb: *x\n', 'unsupported', /YAML aliases are not supported/],
      [
        'n: 1_000\n',
        'unsupported',
        /in\.yaml:1: n: this clear-text value is written in a form sops may read/,
      ],
      ['- a\n', 'format', /every document must be a mapping/],
      ['a: 1\nsops: {}\n', 'format', /already has a sops key/],
      ['a: [\n', 'format', /not valid YAML/],
      ['a: 1\n', 'format', /the encrypted_regex must not be empty/],
    ];
    for (const [input, reason, message] of cases) {
      const rule: SopsRule = {
        kind: 'encrypted_regex',
        value: message.source.includes('empty') ? '' : '^s$',
      };
      const err = (await rejection(encryptSopsYaml(input, { ...opts, rule }))) as SopsError;
      expect([err.reason, err.message]).toEqual([reason, expect.stringMatching(message)]);
    }
    const noRecipient = (await rejection(encryptSopsYaml('a: 1\n', { recipients: [] }))) as SopsError;
    expect(noRecipient.message).toMatch(/at least one age recipient/);
    const bad = (await rejection(encryptSopsYaml('a: 1\n', { recipients: ['age1nope'] }))) as SopsError;
    expect(bad.message).toBe('input: "age1nope" is not an age recipient');
  });
});
