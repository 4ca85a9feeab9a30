/**
 * Certificate authorities and leaf certificates shaped like the ones Talos generates
 * (siderolabs/crypto templates): CAs carry basicConstraints CA:true, keyUsage certSign +
 * digitalSignature and extKeyUsage serverAuth + clientAuth; leaves take their key type from the CA.
 */
import type { KeyObject } from 'node:crypto';
import { parseCertificate } from './inspect.js';
import { generateSigningKey, keyTypeOf } from './keys.js';
import { encodePem, exportTalosKeyPem, loadPrivateKey } from './pem.js';
import { buildCertificate, type ExtKeyUsage, type KeyUsage } from './x509.js';

/** PEM certificate and PEM private key (Talos key labels), as stored in secrets bundles and talosconfigs. */
export interface CertificateAndKey {
  crt: string;
  key: string;
}

/** Talos's CA lifetime: 87600h. */
export const CA_VALIDITY_MS = 87_600 * 3600 * 1000;
/** Talos's default lifetime for generated admin client certificates: one year. */
export const CLIENT_CERT_VALIDITY_MS = 8760 * 3600 * 1000;

export interface CaOptions {
  keyType: 'ed25519' | 'ecdsa-p256';
  organizations?: string[];
  /** Defaults to now. */
  notBefore?: Date;
  /** Defaults to notBefore + 10 years. */
  notAfter?: Date;
}

function seconds(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 1000) * 1000);
}

export function createCertificateAuthority(opts: CaOptions): CertificateAndKey {
  const key = generateSigningKey(opts.keyType);
  const notBefore = seconds(opts.notBefore ?? new Date());
  const der = buildCertificate({
    subject: { organizations: opts.organizations ?? [] },
    notBefore,
    notAfter: seconds(opts.notAfter ?? new Date(notBefore.getTime() + CA_VALIDITY_MS)),
    publicKey: key,
    isCA: true,
    keyUsage: ['digitalSignature', 'keyCertSign'],
    extKeyUsage: ['serverAuth', 'clientAuth'],
  });
  return { crt: encodePem('CERTIFICATE', der), key: exportTalosKeyPem(key) };
}

/** The Talos OS (apid/trustd) CA: Ed25519, O=talos. */
export const createTalosOsCa = (now?: Date) =>
  createCertificateAuthority({ keyType: 'ed25519', organizations: ['talos'], notBefore: now });
/** The etcd CA: ECDSA P-256, O=etcd. */
export const createEtcdCa = (now?: Date) =>
  createCertificateAuthority({ keyType: 'ecdsa-p256', organizations: ['etcd'], notBefore: now });
/** The Kubernetes CA: ECDSA P-256, O=kubernetes. */
export const createKubernetesCa = (now?: Date) =>
  createCertificateAuthority({ keyType: 'ecdsa-p256', organizations: ['kubernetes'], notBefore: now });
/** The aggregator (front-proxy) CA: ECDSA P-256 with an empty subject, as Talos makes it. */
export const createAggregatorCa = (now?: Date) =>
  createCertificateAuthority({ keyType: 'ecdsa-p256', notBefore: now });

export interface LeafOptions {
  commonName?: string;
  organizations?: string[];
  dnsNames?: string[];
  ipAddresses?: string[];
  keyUsage?: KeyUsage[];
  extKeyUsage: ExtKeyUsage[];
  notBefore?: Date;
  validityMs: number;
}

/** Signs a new leaf certificate with `ca`; the new key has the CA's key type (as Talos does). */
export function issueCertificate(ca: CertificateAndKey, opts: LeafOptions): CertificateAndKey {
  const caInfo = parseCertificate(ca.crt);
  const caKey: KeyObject = loadPrivateKey(ca.key);
  const caKeyType = keyTypeOf(caKey);
  if (caKeyType === 'rsa') throw new RangeError('issuing leaf certificates from an RSA CA is not supported');
  const key = generateSigningKey(caKeyType);
  const notBefore = seconds(opts.notBefore ?? new Date());
  const der = buildCertificate(
    {
      subject: { organizations: opts.organizations, commonName: opts.commonName },
      notBefore,
      notAfter: seconds(new Date(notBefore.getTime() + opts.validityMs)),
      publicKey: key,
      keyUsage: opts.keyUsage ?? ['digitalSignature'],
      extKeyUsage: opts.extKeyUsage,
      dnsNames: opts.dnsNames,
      ipAddresses: opts.ipAddresses,
    },
    { nameDer: caInfo.subjectDer, privateKey: caKey, subjectKeyId: caInfo.subjectKeyId },
  );
  return { crt: encodePem('CERTIFICATE', der), key: exportTalosKeyPem(key) };
}

/** A Talos API client certificate: Organization = one entry per role, clientAuth. */
export function issueClientCertificate(
  ca: CertificateAndKey,
  roles: string[],
  opts: { validityMs?: number; notBefore?: Date } = {},
): CertificateAndKey {
  return issueCertificate(ca, {
    organizations: roles,
    extKeyUsage: ['clientAuth'],
    validityMs: opts.validityMs ?? CLIENT_CERT_VALIDITY_MS,
    notBefore: opts.notBefore,
  });
}

/** A TLS server certificate with IP and DNS SANs, serverAuth. */
export function issueServerCertificate(
  ca: CertificateAndKey,
  opts: { commonName?: string; ipAddresses?: string[]; dnsNames?: string[]; validityMs?: number },
): CertificateAndKey {
  return issueCertificate(ca, {
    commonName: opts.commonName,
    ipAddresses: opts.ipAddresses,
    dnsNames: opts.dnsNames,
    extKeyUsage: ['serverAuth'],
    validityMs: opts.validityMs ?? CLIENT_CERT_VALIDITY_MS,
  });
}
