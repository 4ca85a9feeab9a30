/** age identities: parsing key text, gathering from input/env/file, and never printing a key. */
import { inspect } from 'node:util';
import { armor, Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import {
  AgeIdentity,
  AgeKeyError,
  loadAgeIdentities,
  openAgeEnvelope,
  parseAgeIdentities,
} from '../src/secrets/age-identities.js';
import { expectNoSecrets, printedForms, rejection, testKey, testRecipient } from './fixtures/sops/helpers.js';

const ALICE = testKey('alice');
const BOB = testKey('bob');
const CAROL_PQ = testKey('carol-pq');

describe('parseAgeIdentities', () => {
  it('reads X25519 and post-quantum keys, skipping blank lines and comments', async () => {
    const text = `# created: today\n# public key: ${testRecipient('alice')}\n${ALICE}\n\n  ${CAROL_PQ}  \r\n# end\n`;
    const ids = await parseAgeIdentities(text, 'keys.txt');
    expect(ids.map((i) => [i.recipient, i.kind, i.source])).toEqual([
      [testRecipient('alice'), 'x25519', 'keys.txt line 3'],
      [testRecipient('carol-pq'), 'mlkem768x25519', 'keys.txt line 5'],
    ]);
    expect(testRecipient('carol-pq').startsWith('age1pq1')).toBe(true);
  });

  it.each([
    [
      'AGE-PLUGIN-YUBIKEY-1QQQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQS',
      'AGE-PLUGIN-YUBIKEY-',
    ],
    ['-----BEGIN OPENSSH PRIVATE KEY-----', 'OpenSSH private key'],
    [
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq0c2VjcmV0LWxvb2tpbmctYmxvYg user@host',
      'SSH public key (ssh-ed25519)',
    ],
    ['-----BEGIN AGE ENCRYPTED FILE-----', 'passphrase-protected identity file'],
    [testRecipient('bob'), 'age recipient'],
    ['hunter2-not-a-key-at-all', 'unrecognized line'],
  ])('refuses %#: an unsupported key type, naming the line and type but not the text', async (line, type) => {
    const err = (await rejection(
      parseAgeIdentities(`# comment\n${ALICE}\n${line}\n`, 'SOPS_AGE_KEY'),
    )) as AgeKeyError;
    expect(err).toBeInstanceOf(AgeKeyError);
    expect(err.reason).toBe('unsupported-key-type');
    expect(err.message).toContain('SOPS_AGE_KEY line 3: unsupported key type');
    expect(err.message).toContain(type);
    expect(err.line).toBe(3);
    const printed = printedForms(err);
    if (line.length > 40) expect(printed).not.toContain(line.slice(20));
    expect(printed).not.toContain(ALICE);
  });

  it('refuses a key with a bad checksum without printing it', async () => {
    const broken = `${ALICE.slice(0, -3)}${ALICE.endsWith('QQQ') ? 'PPP' : 'QQQ'}`;
    const err = (await rejection(parseAgeIdentities(broken, 'action input age-key'))) as AgeKeyError;
    expect(err.reason).toBe('invalid-key');
    expect(err.message).toBe(
      'action input age-key line 1: not a valid age identity (bad checksum or length)',
    );
    expectNoSecrets(err, [broken, broken.slice(16, 40), ALICE]);
  });
});

describe('loadAgeIdentities', () => {
  it('combines the input, SOPS_AGE_KEY (several lines) and SOPS_AGE_KEY_FILE, in that order', async () => {
    const files: Record<string, string> = { '/keys/pq.txt': `# pq\n${CAROL_PQ}\n` };
    const ids = await loadAgeIdentities({
      explicit: `${ALICE}\n`,
      env: { SOPS_AGE_KEY: `${BOB}\n${ALICE}`, SOPS_AGE_KEY_FILE: '/keys/pq.txt' },
      readFile: (p) => files[p] ?? '',
    });
    // alice appears twice and is kept once.
    expect(ids.map((i) => i.recipient)).toEqual([
      testRecipient('alice'),
      testRecipient('bob'),
      testRecipient('carol-pq'),
    ]);
    expect(ids.map((i) => i.source)).toEqual([
      'action input age-key line 1',
      'SOPS_AGE_KEY line 1',
      'SOPS_AGE_KEY_FILE (/keys/pq.txt) line 2',
    ]);
  });

  it('returns nothing when nothing is set, and skips blank values', async () => {
    expect(await loadAgeIdentities({ env: {} })).toEqual([]);
    expect(
      await loadAgeIdentities({ explicit: '  \n', env: { SOPS_AGE_KEY: '', SOPS_AGE_KEY_FILE: ' ' } }),
    ).toEqual([]);
  });

  it('refuses a source that is set but holds no key', async () => {
    const err = (await rejection(
      loadAgeIdentities({ env: { SOPS_AGE_KEY: '# only a comment\n' } }),
    )) as AgeKeyError;
    expect(err.reason).toBe('no-key');
    expect(err.message).toBe('SOPS_AGE_KEY: holds no age identity (AGE-SECRET-KEY-...)');
  });

  it('reports an unreadable key file by path and error code', async () => {
    const err = (await rejection(
      loadAgeIdentities({ env: { SOPS_AGE_KEY_FILE: '/nonexistent/keys.txt' } }),
    )) as AgeKeyError;
    expect(err.reason).toBe('unreadable-key-file');
    expect(err.message).toBe('SOPS_AGE_KEY_FILE (/nonexistent/keys.txt): cannot read the key file (ENOENT)');
  });

  it('does not look anywhere it was not told to (no ~/.ssh, no SOPS_AGE_KEY_CMD)', async () => {
    const reads: string[] = [];
    const ids = await loadAgeIdentities({
      env: { HOME: '/home/u', SOPS_AGE_KEY_CMD: 'echo nope', XDG_CONFIG_HOME: '/home/u/.config' },
      readFile: (p) => {
        reads.push(p);
        return '';
      },
    });
    expect(ids).toEqual([]);
    expect(reads).toEqual([]);
  });
});

describe('AgeIdentity never shows its secret', () => {
  it('in toString, JSON, util.inspect, template strings, keys and errors', async () => {
    const [alice, carol] = await loadAgeIdentities({ explicit: `${ALICE}\n${CAROL_PQ}`, env: {} });
    for (const id of [alice!, carol!]) {
      const secret = id === alice ? ALICE : CAROL_PQ;
      const forms = [
        String(id),
        `${id}`,
        JSON.stringify(id),
        JSON.stringify([id]),
        inspect(id),
        inspect(id, { showHidden: true, depth: 5 }),
        inspect({ nested: [id] }, { depth: 5 }),
        Object.values(id).join(' '),
        Object.getOwnPropertyNames(id)
          .map((k) => String((id as unknown as Record<string, unknown>)[k]))
          .join(' '),
        printedForms(new Error(`failed with ${id}`)),
      ].join('\n');
      expect(forms).not.toContain(secret);
      expect(forms).not.toContain(secret.slice(-30));
      expect(forms).toContain(id.recipient.slice(0, 20));
    }
    expect(JSON.parse(JSON.stringify(alice))).toEqual({
      recipient: testRecipient('alice'),
      kind: 'x25519',
      source: 'action input age-key line 1',
    });
    expect(alice).toBeInstanceOf(AgeIdentity);
  });
});

describe('openAgeEnvelope', () => {
  it('opens an envelope for any of its identities and reports a non-matching key without throwing', async () => {
    const e = new Encrypter();
    e.addRecipient(testRecipient('carol-pq'));
    const envelope = armor.decode(armor.encode(await e.encrypt('0123456789abcdef0123456789abcdef')));
    const ids = await loadAgeIdentities({ explicit: `${ALICE}\n${CAROL_PQ}`, env: {} });
    const opened = await openAgeEnvelope(ids, envelope);
    expect(opened.ok && Buffer.from(opened.plaintext).toString()).toBe('0123456789abcdef0123456789abcdef');
    expect(await openAgeEnvelope(ids.slice(0, 1), envelope)).toEqual({ ok: false, reason: 'no-match' });
    expect(await openAgeEnvelope(ids, new Uint8Array([1, 2, 3]))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('opens many envelopes with one set of identities, and follows the set when it changes', async () => {
    const e = new Encrypter();
    e.addRecipient(testRecipient('bob'));
    const envelopes = await Promise.all(
      ['one', 'two', 'three'].map(async (t) => armor.decode(armor.encode(await e.encrypt(t)))),
    );
    const ids = await loadAgeIdentities({ explicit: ALICE, env: {} });
    expect(await openAgeEnvelope(ids, envelopes[0]!)).toEqual({ ok: false, reason: 'no-match' });
    // the same list with bob's key added: the key is used, not the decrypter made for alice alone
    ids.push(...(await loadAgeIdentities({ explicit: BOB, env: {} })));
    const opened = await Promise.all(envelopes.map((env) => openAgeEnvelope(ids, env)));
    expect(opened.map((o) => o.ok && Buffer.from(o.plaintext).toString())).toEqual(['one', 'two', 'three']);
  });
});
