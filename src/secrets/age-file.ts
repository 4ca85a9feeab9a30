/**
 * Opening age v1 files (https://age-encryption.org/v1) for X25519 identities with node:crypto:
 * the ASCII armor, the header and its MAC, and the STREAM payload.
 *
 * SOPS wraps each file's data key in one small age file per recipient, so a fleet opens hundreds of
 * them. Done here, each is a native X25519 exchange and a few native AEAD calls, and a cold start
 * does not load the general age library (its post-quantum and NIST curve code costs about 30 ms to
 * initialise). Post-quantum identities still go through that library (see age-identities.ts).
 *
 * The format is parsed as strictly as the reference implementation: canonical base64, ASCII header
 * lines, 64-column armor, stanza bodies in 48-byte lines, and a final payload chunk that is empty
 * only when it is the first.
 */
import {
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  hkdfSync,
  type KeyObject,
  timingSafeEqual,
} from 'node:crypto';
import { bech32 } from '@scure/base';

/** A parsed X25519 identity: its key for the exchange and its public key (the recipient's bytes). */
export interface X25519Key {
  readonly privateKey: KeyObject;
  readonly publicKey: Uint8Array;
  /** `age1...` */
  readonly recipient: string;
}

// DER prefixes of a PKCS #8 private key and an SPKI public key for X25519 (OID 1.3.101.110).
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');

/** Parses `AGE-SECRET-KEY-1...`; undefined when it is not a valid X25519 identity. */
export function parseX25519Identity(text: string): X25519Key | undefined {
  if (!text.startsWith('AGE-SECRET-KEY-1')) return undefined;
  let decoded: { prefix: string; bytes: Uint8Array };
  try {
    decoded = bech32.decodeToBytes(text);
  } catch {
    return undefined;
  }
  if (decoded.prefix.toUpperCase() !== 'AGE-SECRET-KEY-' || decoded.bytes.length !== 32) return undefined;
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_X25519, decoded.bytes]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  const publicKey = new Uint8Array(spki.subarray(SPKI_X25519.length));
  return { privateKey, publicKey, recipient: bech32.encodeFromBytes('age', publicKey) };
}

/** Why a file did not open: no identity fits a stanza, or one did and the file is damaged. */
export type AgeFileFailure = 'no-match' | 'damaged';

export type AgeFileResult = { ok: true; plaintext: Uint8Array } | { ok: false; reason: AgeFileFailure };

/** Thrown inside the parser; openAgeFile turns it into `damaged`. */
class Damaged extends Error {}

/** Decodes the ASCII armor (`-----BEGIN AGE ENCRYPTED FILE-----`); undefined when it is malformed. */
export function decodeAgeArmor(text: string): Uint8Array | undefined {
  const lines = text.trim().replaceAll('\r\n', '\n').split('\n');
  if (lines.shift() !== '-----BEGIN AGE ENCRYPTED FILE-----') return undefined;
  if (lines.pop() !== '-----END AGE ENCRYPTED FILE-----') return undefined;
  if (lines.length === 0) return undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const last = i === lines.length - 1;
    if (last ? line.length === 0 || line.length > 64 || line.length % 4 !== 0 : line.length !== 64)
      return undefined;
  }
  const body = lines.join('');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) return undefined;
  const bytes = Buffer.from(body, 'base64');
  // canonical only: what re-encodes to the same text (no stray padding bits)
  return bytes.toString('base64') === body ? new Uint8Array(bytes) : undefined;
}

/** Unpadded, canonical base64 (the header's encoding). */
function unpadded(text: string): Buffer {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) throw new Damaged();
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64').replace(/=+$/, '') !== text) throw new Damaged();
  return bytes;
}

interface Stanza {
  args: string[];
  body: Buffer;
}

interface Header {
  stanzas: Stanza[];
  /** The header up to and including `---`, which the MAC covers. */
  covered: Uint8Array;
  mac: Buffer;
  /** Where the payload starts. */
  end: number;
}

function parseHeader(file: Uint8Array): Header {
  let at = 0;
  const line = (): string => {
    const nl = file.indexOf(0x0a, at);
    if (nl < 0) throw new Damaged();
    for (let i = at; i < nl; i++) if (file[i]! < 32 || file[i]! > 126) throw new Damaged();
    const text = Buffer.from(file.buffer, file.byteOffset + at, nl - at).toString('latin1');
    at = nl + 1;
    return text;
  };
  if (line() !== 'age-encryption.org/v1') throw new Damaged();
  const stanzas: Stanza[] = [];
  for (;;) {
    const start = at;
    const first = line();
    const args = first.split(' ');
    if (args.length >= 2 && args[0] === '->') {
      args.shift();
      if (args.some((a) => a.length === 0)) throw new Damaged();
      const parts: Buffer[] = [];
      for (;;) {
        const part = unpadded(line());
        if (part.length > 48) throw new Damaged();
        parts.push(part);
        if (part.length < 48) break;
      }
      stanzas.push({ args, body: Buffer.concat(parts) });
      continue;
    }
    if (!first.startsWith('--- ')) throw new Damaged();
    return { stanzas, covered: file.subarray(0, start + 3), mac: unpadded(first.slice(4)), end: at };
  }
}

function hkdf(ikm: Uint8Array, salt: Uint8Array, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, 32));
}

/** ChaCha20-Poly1305 opening; undefined when the tag does not authenticate. */
function open(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array): Buffer | undefined {
  if (sealed.length < 16) return undefined;
  const decipher = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  const head = decipher.update(sealed.subarray(0, sealed.length - 16));
  try {
    return Buffer.concat([head, decipher.final()]);
  } catch {
    return undefined;
  }
}

const ZERO_NONCE = new Uint8Array(12);

function unwrapFileKey(stanzas: readonly Stanza[], keys: readonly X25519Key[]): Buffer | undefined {
  for (const key of keys) {
    for (const s of stanzas) {
      if (s.args[0] !== 'X25519') continue;
      if (s.args.length !== 2) throw new Damaged();
      const share = unpadded(s.args[1]!);
      if (share.length !== 32 || s.body.length !== 32) throw new Damaged();
      let secret: Buffer;
      try {
        secret = diffieHellman({
          privateKey: key.privateKey,
          // as a JWK: OpenSSL imports one several times faster than the same key in DER
          publicKey: createPublicKey({
            key: { kty: 'OKP', crv: 'X25519', x: share.toString('base64url') },
            format: 'jwk',
          }),
        });
      } catch {
        // a low-order share (an all-zero secret) is refused by the exchange itself
        throw new Damaged();
      }
      if (secret.every((b) => b === 0)) throw new Damaged();
      const wrapKey = hkdf(secret, Buffer.concat([share, key.publicKey]), 'age-encryption.org/v1/X25519');
      const fileKey = open(wrapKey, ZERO_NONCE, s.body);
      if (fileKey) return fileKey;
    }
  }
  return undefined;
}

const CHUNK = 64 * 1024 + 16;

function decryptPayload(fileKey: Uint8Array, payload: Uint8Array): Uint8Array {
  if (payload.length < 16) throw new Damaged();
  const streamKey = hkdf(fileKey, payload.subarray(0, 16), 'payload');
  const body = payload.subarray(16);
  const nonce = Buffer.alloc(12);
  const parts: Buffer[] = [];
  let at = 0;
  for (let counter = 0; ; counter++) {
    const last = body.length - at <= CHUNK;
    nonce.writeUIntBE(counter, 5, 6);
    nonce[11] = last ? 1 : 0;
    const chunk = open(streamKey, nonce, body.subarray(at, last ? body.length : at + CHUNK));
    if (!chunk) throw new Damaged();
    // only a file's first chunk may be empty
    if (last && chunk.length === 0 && counter > 0) throw new Damaged();
    parts.push(chunk);
    if (last) break;
    at += CHUNK;
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** Opens an age file with any of the X25519 keys. Never throws. */
export function openAgeFile(file: Uint8Array, keys: readonly X25519Key[]): AgeFileResult {
  try {
    const header = parseHeader(file);
    const fileKey = unwrapFileKey(header.stanzas, keys);
    if (!fileKey) return { ok: false, reason: 'no-match' };
    const mac = createHmac('sha256', hkdf(fileKey, new Uint8Array(0), 'header'))
      .update(header.covered)
      .digest();
    if (mac.length !== header.mac.length || !timingSafeEqual(mac, header.mac)) throw new Damaged();
    return { ok: true, plaintext: decryptPayload(fileKey, file.subarray(header.end)) };
  } catch {
    // a malformed file in any way the checks above name, or one node:crypto refuses
    return { ok: false, reason: 'damaged' };
  }
}
