/**
 * age identities (private keys) for decrypting SOPS files.
 *
 * Keys come only from places the user names explicitly: the action input `age-key`, the environment
 * variable `SOPS_AGE_KEY`, and the key file named by `SOPS_AGE_KEY_FILE`. There is no discovery of
 * ~/.ssh or ~/.config and no command execution, so a pull request cannot make the action read keys
 * it was not given.
 *
 * The secret text of a key is kept out of reach of printing: it lives in a module-private WeakMap,
 * and an `AgeIdentity` only carries its public recipient and where it came from. Error messages name
 * the source and line of a bad key, never its text.
 */
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import type { Decrypter } from 'age-encryption';
import { TalosGitopsError } from '../errors.js';
import { openAgeFile, parseX25519Identity, type X25519Key } from './age-file.js';

// The general age library is loaded only for post-quantum identities; X25519 is opened natively.
const ageLibrary = () => import('age-encryption');

export type AgeIdentityKind = 'x25519' | 'mlkem768x25519';

export type AgeKeyErrorReason = 'unsupported-key-type' | 'invalid-key' | 'unreadable-key-file' | 'no-key';

/** A problem with the key material itself. `file` names the source (input, variable or path). */
export class AgeKeyError extends TalosGitopsError {
  override name = 'AgeKeyError';
  readonly reason: AgeKeyErrorReason;

  constructor(reason: AgeKeyErrorReason, message: string, source: string, line?: number) {
    super(message, { file: source, ...(line === undefined ? {} : { line }) });
    this.reason = reason;
  }

  /** The message already names the source and line. */
  override describe(): string {
    return this.message;
  }
}

const secretText = new WeakMap<AgeIdentity, string>();
const x25519Keys = new WeakMap<AgeIdentity, X25519Key>();

/**
 * Hands each identity's secret text to a secret registry (and nowhere else), so that no output can
 * show the key or a fragment of it, even where a file holding it is read as something else.
 */
export function registerAgeIdentities(
  registry: { add(value: string): void },
  identities: readonly AgeIdentity[],
): void {
  for (const identity of identities) {
    const text = secretText.get(identity);
    if (text !== undefined) registry.add(text);
  }
}

/** One age identity. Printing it in any way shows only the public recipient and its source. */
export class AgeIdentity {
  /** The public recipient (`age1...` or `age1pq1...`), safe to print. */
  readonly recipient: string;
  readonly kind: AgeIdentityKind;
  /** Where the key was read from, e.g. `SOPS_AGE_KEY line 2`. */
  readonly source: string;

  private constructor(recipient: string, kind: AgeIdentityKind, source: string) {
    this.recipient = recipient;
    this.kind = kind;
    this.source = source;
  }

  /** @internal Builds an identity after its text was validated; use `parseAgeIdentities`. */
  static async fromText(text: string, source: string, line: number): Promise<AgeIdentity> {
    const kind: AgeIdentityKind = text.startsWith('AGE-SECRET-KEY-PQ-1') ? 'mlkem768x25519' : 'x25519';
    const x25519 = kind === 'x25519' ? parseX25519Identity(text) : undefined;
    let recipient = x25519?.recipient;
    if (kind === 'mlkem768x25519') {
      try {
        recipient = await (await ageLibrary()).identityToRecipient(text);
      } catch {
        // the library's message can quote the key; the error below says what is wrong without it
      }
    }
    if (recipient === undefined) {
      throw new AgeKeyError(
        'invalid-key',
        `${source} line ${line}: not a valid age identity (bad checksum or length)`,
        source,
        line,
      );
    }
    const identity = new AgeIdentity(recipient, kind, `${source} line ${line}`);
    secretText.set(identity, text);
    if (x25519) x25519Keys.set(identity, x25519);
    return identity;
  }

  toString(): string {
    return `age identity ${shortRecipient(this.recipient)} (${this.source})`;
  }

  toJSON(): { recipient: string; kind: AgeIdentityKind; source: string } {
    return { recipient: this.recipient, kind: this.kind, source: this.source };
  }

  [inspect.custom](): string {
    return `AgeIdentity { ${this.toString()} }`;
  }
}

/** Post-quantum recipients are about 2,000 characters long; show their ends only. */
export function shortRecipient(recipient: string): string {
  return recipient.length > 80 ? `${recipient.slice(0, 24)}…${recipient.slice(-8)}` : recipient;
}

/**
 * Names a line that is not a supported identity by its type only, so nothing secret is printed.
 * Returns undefined for X25519 and post-quantum keys, which are supported.
 */
function unsupportedType(line: string): string | undefined {
  if (line.startsWith('AGE-SECRET-KEY-PQ-1') || line.startsWith('AGE-SECRET-KEY-1')) return undefined;
  const plugin = /^AGE-PLUGIN-[A-Z0-9._+-]{1,40}?-(?=1)/.exec(line);
  if (plugin) return `age plugin identity (${plugin[0]}...)`;
  if (line.startsWith('AGE-PLUGIN-')) return 'age plugin identity (AGE-PLUGIN-...)';
  if (line === '-----BEGIN AGE ENCRYPTED FILE-----') return 'passphrase-protected identity file';
  if (line.startsWith('-----BEGIN OPENSSH PRIVATE KEY')) return 'OpenSSH private key';
  const pem = /^-----BEGIN ([A-Z0-9 ]{1,40})-----$/.exec(line);
  if (pem) return `PEM block (${pem[1]})`;
  const ssh = /^(ssh-ed25519|ssh-rsa|ecdsa-sha2-[a-z0-9-]+|sk-[a-z0-9@.-]+) /.exec(line);
  if (ssh) return `SSH public key (${ssh[1]})`;
  if (/^age1/i.test(line)) return 'age recipient (a public key, not an identity)';
  if (/^AGE-SECRET-KEY-/i.test(line)) return 'malformed AGE-SECRET-KEY (identities are upper case)';
  return 'unrecognized line (not an age identity)';
}

/**
 * Parses the text of a key file or variable: one identity per line, blank lines and `#` comments
 * skipped. `source` names where the text came from, for messages.
 */
export async function parseAgeIdentities(text: string, source: string): Promise<AgeIdentity[]> {
  const identities: AgeIdentity[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const unsupported = unsupportedType(line);
    if (unsupported) {
      throw new AgeKeyError(
        'unsupported-key-type',
        `${source} line ${i + 1}: unsupported key type: ${unsupported}; only AGE-SECRET-KEY-1... (X25519) ` +
          'and AGE-SECRET-KEY-PQ-1... (post-quantum) identities are supported',
        source,
        i + 1,
      );
    }
    identities.push(await AgeIdentity.fromText(line, source, i + 1));
  }
  return identities;
}

export interface LoadAgeIdentitiesOptions {
  /** The action input `age-key`: one or more identities, key-file syntax. */
  explicit?: string | undefined;
  /** Usually `process.env`; `SOPS_AGE_KEY` and `SOPS_AGE_KEY_FILE` are read from it. */
  env: Record<string, string | undefined>;
  /** Reads the key file; defaults to reading from disk as UTF-8. */
  readFile?: (path: string) => string;
}

/**
 * Gathers identities from, in this order and all combined: the explicit text (action input
 * `age-key`), `SOPS_AGE_KEY`, and the file named by `SOPS_AGE_KEY_FILE`. Unset or blank sources are
 * skipped; a source that is set but holds no identity is an error, as it is almost surely a mistake.
 * The same key given twice is kept once. Returns an empty list when nothing was provided; the
 * decryptor then explains how to provide a key.
 */
export async function loadAgeIdentities(options: LoadAgeIdentitiesOptions): Promise<AgeIdentity[]> {
  const readFile = options.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  const sources: Array<{ label: string; text: string }> = [];
  if (options.explicit?.trim()) sources.push({ label: 'action input age-key', text: options.explicit });
  const envKey = options.env.SOPS_AGE_KEY;
  if (envKey?.trim()) sources.push({ label: 'SOPS_AGE_KEY', text: envKey });
  const keyFile = options.env.SOPS_AGE_KEY_FILE;
  if (keyFile?.trim()) {
    const label = `SOPS_AGE_KEY_FILE (${keyFile})`;
    let text: string;
    try {
      text = readFile(keyFile);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      throw new AgeKeyError(
        'unreadable-key-file',
        `${label}: cannot read the key file${typeof code === 'string' ? ` (${code})` : ''}`,
        label,
      );
    }
    sources.push({ label, text });
  }

  const identities: AgeIdentity[] = [];
  const seen = new Set<string>();
  for (const { label, text } of sources) {
    const found = await parseAgeIdentities(text, label);
    if (found.length === 0) {
      throw new AgeKeyError('no-key', `${label}: holds no age identity (AGE-SECRET-KEY-...)`, label);
    }
    for (const identity of found) {
      if (seen.has(identity.recipient)) continue;
      seen.add(identity.recipient);
      identities.push(identity);
    }
  }
  return identities;
}

/**
 * One decrypter per set of identities: adding an identity derives its public key, which a fleet's
 * hundreds of bundles would otherwise redo for each.
 */
const decrypters = new WeakMap<readonly AgeIdentity[], { members: AgeIdentity[]; decrypter: Decrypter }>();

async function decrypterFor(identities: readonly AgeIdentity[]): Promise<Decrypter> {
  const known = decrypters.get(identities);
  // the same list, still holding the same identities (a caller may have changed it since)
  if (known?.members.length === identities.length && known.members.every((m, i) => m === identities[i]))
    return known.decrypter;
  const decrypter = new (await ageLibrary()).Decrypter();
  for (const identity of identities) {
    const text = secretText.get(identity);
    if (text !== undefined) decrypter.addIdentity(text);
  }
  decrypters.set(identities, { members: [...identities], decrypter });
  return decrypter;
}

/** The outcome of opening one age envelope with a set of identities. */
export type AgeOpenResult =
  | { ok: true; plaintext: Uint8Array }
  | { ok: false; reason: 'no-match' | 'damaged' };

/**
 * Opens an age-encrypted envelope with any of the identities: natively when all are X25519, with
 * the age library when a post-quantum one is among them. Never throws the library's errors, whose
 * text is not ours to vouch for; it says only whether no identity matched or whether an identity
 * matched but the envelope did not authenticate.
 */
export async function openAgeEnvelope(
  identities: readonly AgeIdentity[],
  envelope: Uint8Array,
): Promise<AgeOpenResult> {
  const keys = identities.map((identity) => x25519Keys.get(identity));
  if (keys.every((key) => key !== undefined)) return openAgeFile(envelope, keys);
  const decrypter = await decrypterFor(identities);
  try {
    // Given bytes, the library collects its output through `Response`, whose first use loads
    // Node's fetch implementation (about 35 ms of a cold start); given a stream, it hands the
    // stream back and the plaintext is read here.
    const whole = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(envelope);
        controller.close();
      },
    });
    return { ok: true, plaintext: await readAll(await decrypter.decrypt(whole)) };
  } catch (err) {
    const message = err instanceof Error ? err.message : '';
    return { ok: false, reason: message.startsWith('no identity matched') ? 'no-match' : 'damaged' };
  }
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    parts.push(next.value);
    size += next.value.length;
  }
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
