/** The parts of Go's crypto/x509 Talos's checks call, over Node's parsers (error texts are Go's in substance). */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { goPemBlocks } from './pem.js';

/** x509.ParseCertificate: undefined when the DER is a certificate, else why not. */
export function parseCertificateError(der: Buffer): string | undefined {
  try {
    new X509Certificate(der);
    return undefined;
  } catch {
    return 'x509: malformed certificate';
  }
}

/** x509.ParsePKCS8PrivateKey: undefined when the DER is a PKCS#8 private key, else why not. */
export function parsePKCS8Error(der: Buffer): string | undefined {
  try {
    createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    return undefined;
  } catch {
    return 'x509: failed to parse private key (not a PKCS#8 key)';
  }
}

/** CertPool.AppendCertsFromPEM: whether at least one header-less CERTIFICATE block parses. */
export function appendsCertsFromPEM(pem: string): boolean {
  return goPemBlocks(pem).some(
    (b) =>
      b.type === 'CERTIFICATE' &&
      Object.keys(b.headers).length === 0 &&
      parseCertificateError(b.bytes) === undefined,
  );
}
