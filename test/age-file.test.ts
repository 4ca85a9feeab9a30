// The native age opener against the age library: files the library encrypts open to the same bytes,
// a key that fits no stanza says so, and every kind of damage is refused.
import { armor, Decrypter, Encrypter, generateIdentity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { decodeAgeArmor, openAgeFile, parseX25519Identity } from '../src/secrets/age-file.js';

async function keyPair() {
  const identity = await generateIdentity();
  return { identity, recipient: await identityToRecipient(identity), key: parseX25519Identity(identity)! };
}

async function sealed(plaintext: Uint8Array, ...recipients: string[]): Promise<Uint8Array> {
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  return e.encrypt(plaintext);
}

function bytes(n: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);
}

/** The header's byte length: up to and including the line that starts with `--- `. */
function headerLength(file: Uint8Array): number {
  const text = Buffer.from(file).toString('latin1');
  const mac = text.indexOf('\n--- ');
  return text.indexOf('\n', mac + 1) + 1;
}

describe('openAgeFile', () => {
  it('derives the same recipient from an identity as the age library', async () => {
    for (let i = 0; i < 5; i++) {
      const { key, recipient } = await keyPair();
      expect(key.recipient).toBe(recipient);
    }
    expect(parseX25519Identity('AGE-SECRET-KEY-1QQQQ')).toBeUndefined();
    expect(parseX25519Identity('age1qqqq')).toBeUndefined();
  });

  it('opens what the library encrypts, at every chunk boundary', async () => {
    const { identity, recipient, key } = await keyPair();
    const library = new Decrypter();
    library.addIdentity(identity);
    for (const n of [0, 1, 32, 65535, 65536, 65537, 2 * 65536, 200_000]) {
      const file = await sealed(bytes(n), recipient);
      const opened = openAgeFile(file, [key]);
      expect(opened.ok, `${n} bytes`).toBe(true);
      expect(
        opened.ok && Buffer.from(opened.plaintext).equals(Buffer.from(await library.decrypt(file))),
      ).toBe(true);
    }
  });

  it('finds its stanza among several recipients, with any of several keys', async () => {
    const [a, b, c] = [await keyPair(), await keyPair(), await keyPair()];
    const file = await sealed(bytes(32), a.recipient, b.recipient);
    expect(openAgeFile(file, [c.key, b.key])).toEqual({ ok: true, plaintext: bytes(32) });
    expect(openAgeFile(file, [c.key])).toEqual({ ok: false, reason: 'no-match' });
  });

  it('refuses a damaged header, MAC or payload', async () => {
    const { recipient, key } = await keyPair();
    const file = await sealed(bytes(100_000), recipient);
    const end = headerLength(file);
    const flip = (at: number) => {
      const copy = file.slice();
      copy[at] = copy[at]! ^ 0x01;
      return copy;
    };
    const damaged = { ok: false, reason: 'damaged' };
    expect(openAgeFile(flip(end - 3), [key])).toEqual(damaged); // the MAC
    expect(openAgeFile(flip(end + 3), [key])).toEqual(damaged); // the payload nonce
    expect(openAgeFile(flip(end + 20), [key])).toEqual(damaged); // the first chunk
    expect(openAgeFile(flip(file.length - 1), [key])).toEqual(damaged); // the last chunk's tag
    expect(openAgeFile(file.subarray(0, file.length - 1), [key])).toEqual(damaged);
    // dropping the final chunk leaves a full chunk that is not marked last
    expect(openAgeFile(file.subarray(0, end + 16 + 65536 + 16), [key])).toEqual(damaged);
    expect(openAgeFile(Buffer.concat([file, Buffer.from('x')]), [key])).toEqual(damaged);
    expect(openAgeFile(file.subarray(0, end - 10), [key])).toEqual(damaged);
    // a different version line
    const text = Buffer.from(file).toString('latin1');
    expect(
      openAgeFile(Buffer.from(text.replace('age-encryption.org/v1', 'age-encryption.org/v2'), 'latin1'), [
        key,
      ]),
    ).toEqual(damaged);
    // a header byte outside printable ASCII
    expect(openAgeFile(Buffer.from(text.replace('-> X25519 ', '-> X25519\t'), 'latin1'), [key])).toEqual(
      damaged,
    );
  });

  it('refuses a stanza the key fits but whose wrapped file key was changed', async () => {
    const { recipient, key } = await keyPair();
    const file = await sealed(bytes(32), recipient);
    const text = Buffer.from(file).toString('latin1');
    const lines = text.slice(0, headerLength(file)).split('\n');
    const body = lines[2]!; // the stanza's one body line (32 bytes, 43 characters)
    const changed = body.startsWith('A') ? `B${body.slice(1)}` : `A${body.slice(1)}`;
    // the wrapped key no longer opens: no stanza fits this key
    expect(openAgeFile(Buffer.from(text.replace(body, changed), 'latin1'), [key])).toEqual({
      ok: false,
      reason: 'no-match',
    });
  });

  it('refuses a share of low order (the exchange gives all zeros), and a share changed to another point', async () => {
    const { recipient, key } = await keyPair();
    const file = await sealed(bytes(32), recipient);
    const text = Buffer.from(file).toString('latin1');
    const share = /-> X25519 (\S+)/.exec(text)![1]!;
    // 0 and 1 are points of small order on Curve25519: the shared secret would be all zeros
    for (const point of [Buffer.alloc(32), Buffer.from([1, ...new Array(31).fill(0)])]) {
      const low = point.toString('base64').replace(/=+$/, '');
      expect(openAgeFile(Buffer.from(text.replace(share, low), 'latin1'), [key])).toEqual({
        ok: false,
        reason: 'damaged',
      });
    }
    // a valid point that is not the sender's: the wrapped key does not open, so no stanza fits
    const other = Buffer.from(share, 'base64');
    other[0] = other[0]! ^ 0x40;
    const changed = other.toString('base64').replace(/=+$/, '');
    expect(openAgeFile(Buffer.from(text.replace(share, changed), 'latin1'), [key]).ok).toBe(false);
  });

  it('refuses non-canonical base64 in the header', async () => {
    const { recipient, key } = await keyPair();
    const file = await sealed(bytes(32), recipient);
    const text = Buffer.from(file).toString('latin1');
    const share = /-> X25519 (\S+)/.exec(text)![1]!;
    // the same bytes with the unused low bits of the last character set
    const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.indexOf(share.at(-1)!);
    const odd = `${share.slice(0, -1)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[last | 1]}`;
    expect(Buffer.from(odd, 'base64').equals(Buffer.from(share, 'base64'))).toBe(true);
    expect(openAgeFile(Buffer.from(text.replace(share, odd), 'latin1'), [key])).toEqual({
      ok: false,
      reason: 'damaged',
    });
    expect(openAgeFile(Buffer.from(text.replace(share, `${share}=`), 'latin1'), [key])).toEqual({
      ok: false,
      reason: 'damaged',
    });
  });
});

describe('decodeAgeArmor', () => {
  it('reads what the library armors, with LF or CRLF and surrounding blank space', async () => {
    const { recipient } = await keyPair();
    for (const n of [0, 1, 47, 48, 49, 500]) {
      const file = await sealed(bytes(n), recipient);
      const text = armor.encode(file);
      expect(decodeAgeArmor(text)).toEqual(armor.decode(text));
      expect(decodeAgeArmor(`\n  ${text.replaceAll('\n', '\r\n')}  \n`)).toEqual(file);
    }
  });

  it('refuses armor the library refuses', async () => {
    const { recipient } = await keyPair();
    const text = armor.encode(await sealed(bytes(200), recipient));
    const lines = text.trimEnd().split('\n');
    const cases = [
      text.replace('BEGIN AGE', 'BEGIN  AGE'),
      text.replace('END AGE', 'END  AGE'),
      [lines[0], `${lines[1]}A`, ...lines.slice(2)].join('\n'), // a 65-column line
      [lines[0], lines[1]!.slice(0, 60), ...lines.slice(2)].join('\n'), // a short inner line
      [lines[0], lines[1]!.replace(/^./, '!'), ...lines.slice(2)].join('\n'),
    ];
    for (const bad of cases) {
      expect(() => armor.decode(bad)).toThrow();
      expect(decodeAgeArmor(bad)).toBeUndefined();
    }
    // armor with no body holds no age file (the library passes it on, to fail as a file)
    expect(decodeAgeArmor(`${lines[0]}\n${lines.at(-1)}\n`)).toBeUndefined();
  });
});
