/**
 * siderolabs/crypto's private key loaders (`PEMEncodedKey.GetKey`, `PEMEncodedCertificateAndKey.GetKey`):
 * the first PEM block, parsed by its type. Error texts are the library's in substance; none quotes key
 * material (keys are secrets).
 */
import { createPrivateKey } from 'node:crypto';
import { decodeGoPem } from './pem.js';

type KeyEncoding = 'pkcs1' | 'sec1' | 'pkcs8';

/** How each PEM type is read, and what the library calls it when it does not parse. */
const LOADERS: Record<string, { type: KeyEncoding; what: string; ed25519?: boolean }> = {
  'RSA PRIVATE KEY': { type: 'pkcs1', what: 'RSA key' },
  'EC PRIVATE KEY': { type: 'sec1', what: 'ECDSA key' },
  'ED25519 PRIVATE KEY': { type: 'pkcs8', what: 'Ed25519 key', ed25519: true },
  'PRIVATE KEY': { type: 'pkcs8', what: 'key' },
};

/**
 * GetKey of a PEM key: undefined when it loads, else why not. `pair` selects the certificate-and-key
 * variant, whose unknown-type message has a colon (`unsupported key type: "X"`).
 */
export function pemKeyError(pem: string, pair = false): string | undefined {
  const first = decodeGoPem(pem);
  if (!first) return 'failed to parse PEM block';
  const { type, bytes } = first.block;
  const loader = LOADERS[type];
  if (!loader) return `unsupported key type${pair ? ':' : ''} ${JSON.stringify(type)}`;
  let kind: string | undefined;
  try {
    kind = createPrivateKey({ key: bytes, format: 'der', type: loader.type }).asymmetricKeyType;
  } catch {
    return `failed to parse ${loader.what}: x509: malformed ${loader.type === 'pkcs8' ? 'PKCS#8' : loader.type === 'pkcs1' ? 'PKCS#1' : 'EC'} private key`;
  }
  if (loader.ed25519 && kind !== 'ed25519') return 'failed parsing Ed25519 key, got wrong key type';
  return undefined;
}
