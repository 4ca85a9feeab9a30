/**
 * PEM encoding and the key-label conversions Talos needs. Talos writes Ed25519 private keys as
 * PKCS#8 under the label `ED25519 PRIVATE KEY`, which OpenSSL (and so Node) refuses; the bytes are
 * plain PKCS#8, so only the label changes.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { TalosGitopsError } from '../errors.js';

export interface PemBlock {
  label: string;
  der: Buffer;
}

export const TALOS_ED25519_LABEL = 'ED25519 PRIVATE KEY';

export class PemError extends TalosGitopsError {
  override name = 'PemError';
}

export function encodePem(label: string, der: Uint8Array): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

const BLOCK_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/** All PEM blocks in the text, in order. Headers (`Proc-Type:` etc.) are not supported. */
export function decodePemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const m of text.matchAll(BLOCK_RE)) {
    const body = m[2]!.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new PemError(`PEM block "${m[1]}" has invalid base64`);
    blocks.push({ label: m[1]!, der: Buffer.from(body, 'base64') });
  }
  return blocks;
}

/** The first PEM block; with `labels`, the first block carrying one of them. */
export function decodePem(text: string, labels?: string[]): PemBlock {
  const blocks = decodePemBlocks(text);
  const found = labels ? blocks.find((b) => labels.includes(b.label)) : blocks[0];
  if (!found) {
    const want = labels ? ` (${labels.join(' or ')})` : '';
    throw new PemError(`no PEM block found${want}`);
  }
  return found;
}

/** Relabels a Talos `ED25519 PRIVATE KEY` block to `PRIVATE KEY` so OpenSSL/Node accept it. */
export function toStandardKeyPem(pem: string): string {
  return pem
    .replace(`-----BEGIN ${TALOS_ED25519_LABEL}-----`, '-----BEGIN PRIVATE KEY-----')
    .replace(`-----END ${TALOS_ED25519_LABEL}-----`, '-----END PRIVATE KEY-----');
}

/** Loads a private key PEM in any label Talos or OpenSSL writes. Errors never echo key material. */
export function loadPrivateKey(pem: string): KeyObject {
  try {
    return createPrivateKey(toStandardKeyPem(pem));
  } catch {
    const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1];
    throw new PemError(
      label ? `cannot read private key (PEM label "${label}")` : 'private key is not in PEM format',
    );
  }
}

/**
 * PEM in the form Talos writes: Ed25519 as PKCS#8 labelled `ED25519 PRIVATE KEY`, ECDSA as SEC1
 * (`EC PRIVATE KEY`), RSA as PKCS#1 (`RSA PRIVATE KEY`).
 */
export function exportTalosKeyPem(key: KeyObject): string {
  switch (key.asymmetricKeyType) {
    case 'ed25519':
      return encodePem(TALOS_ED25519_LABEL, key.export({ type: 'pkcs8', format: 'der' }));
    case 'ec':
      return key.export({ type: 'sec1', format: 'pem' }) as string;
    case 'rsa':
      return key.export({ type: 'pkcs1', format: 'pem' }) as string;
    default:
      throw new PemError(`unsupported key type ${key.asymmetricKeyType}`);
  }
}

/** Converts a standard PKCS#8 `PRIVATE KEY` holding an Ed25519 key to the Talos label; others unchanged. */
export function toTalosKeyPem(pem: string): string {
  const block = decodePem(pem);
  if (block.label !== 'PRIVATE KEY') return pem;
  const key = loadPrivateKey(pem);
  return key.asymmetricKeyType === 'ed25519' ? encodePem(TALOS_ED25519_LABEL, block.der) : pem;
}
