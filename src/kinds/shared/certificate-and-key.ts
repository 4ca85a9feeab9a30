/**
 * Talos's `meta.CertificateAndKey` (`cert`/`key` PEM pair of the 1.14 documents) and the
 * `PEMEncodedCertificateAndKey` loaders of siderolabs/crypto that 1.12-1.13 documents called instead.
 * Messages never quote the PEM (the key is a secret).
 */
import { decodeGoPem, goPemBlocks } from '../../go/pem.js';
import { parseCertificateError, parsePKCS8Error } from '../../go/x509.js';
import { asObj, asStr } from '../values.js';

/** meta.AssertValidPEM: at least one block, each of an expected type (any type when none given). */
export function assertValidPEMError(data: string, ...types: string[]): string | undefined {
  const blocks = goPemBlocks(data);
  for (const b of blocks)
    if (types.length > 0 && !types.includes(b.type))
      return `unexpected PEM block type ${JSON.stringify(b.type)}, expected one of [${types.map((t) => JSON.stringify(t)).join(' ')}]`;
  return blocks.length === 0 ? 'no PEM blocks found' : undefined;
}

/** CertificateAndKey.Validate(false) of a set value (undefined: valid or unset). */
export function certificateAndKeyError(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const pair = asObj(v) ?? {};
  const cert = asStr(pair.cert);
  const key = asStr(pair.key);
  if (cert === '') return 'certificate is required';
  if (key === '') return 'key is required';
  const certErr = assertValidPEMError(cert, 'CERTIFICATE');
  if (certErr) return `certificate: ${certErr}`;
  const keyErr = assertValidPEMError(key);
  if (keyErr) return `key: ${keyErr}`;
  return undefined;
}

/** PEMEncodedCertificateAndKey.GetCert: the first PEM block parsed as a certificate. */
export function pemCertificateError(pem: string): string | undefined {
  const first = decodeGoPem(pem);
  if (!first) return 'failed to parse PEM block';
  const err = parseCertificateError(first.block.bytes);
  return err ? `failed to parse certificate: ${err}` : undefined;
}

/** PEMEncodedCertificateAndKey.GetPrivateKey: the first PEM block parsed as a PKCS#8 key. */
export function pemPrivateKeyError(pem: string): string | undefined {
  const first = decodeGoPem(pem);
  if (!first) return 'failed to parse PEM block';
  const err = parsePKCS8Error(first.block.bytes);
  return err ? `failed to parse key: ${err}` : undefined;
}
