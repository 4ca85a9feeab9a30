/**
 * X.509 v3 certificate builder on node:crypto. Produces what Go's crypto/x509 produces for the
 * templates Talos uses (subject layout, extensions, signature algorithms), so the results are
 * interchangeable with Talos-made certificates.
 */
import { createHash, createPublicKey, type KeyObject, randomBytes, sign } from 'node:crypto';
import { ipToBytes } from '../go/netip.js';
import {
  bitString,
  boolean,
  directoryString,
  explicit,
  implicitPrimitive,
  integer,
  namedBits,
  nullValue,
  octetString,
  oid,
  readAll,
  readSingle,
  sequence,
  setOf,
  time,
} from './der.js';
import { keyTypeOf } from './keys.js';

export const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  ed25519: '1.3.101.112',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  sha512WithRsa: '1.2.840.113549.1.1.13',
} as const;

export type KeyUsage =
  | 'digitalSignature'
  | 'contentCommitment'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign';

export const KEY_USAGE_BITS: readonly KeyUsage[] = [
  'digitalSignature',
  'contentCommitment',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
];

export type ExtKeyUsage = 'serverAuth' | 'clientAuth';

export interface DistinguishedName {
  organizations?: string[];
  commonName?: string;
}

export interface CertificateTemplate {
  /** Defaults to a random positive 128-bit number, as Talos does. */
  serialNumber?: bigint;
  subject: DistinguishedName;
  notBefore: Date;
  notAfter: Date;
  /** Public key to certify (a private key object also works: its public half is used). */
  publicKey: KeyObject;
  isCA?: boolean;
  keyUsage?: KeyUsage[];
  extKeyUsage?: ExtKeyUsage[];
  dnsNames?: string[];
  ipAddresses?: string[];
}

export interface Issuer {
  /** DER of the issuer's subject Name, copied byte for byte from its certificate. */
  nameDer: Buffer;
  privateKey: KeyObject;
  /** Issuer's subjectKeyIdentifier, echoed as authorityKeyIdentifier. */
  subjectKeyId?: Buffer;
}

/** Name encoded the way Go does: Organization values in one RDN, then CommonName. */
export function encodeName(name: DistinguishedName): Buffer {
  const rdns: Buffer[] = [];
  const attr = (type: string, value: string) => sequence(oid(type), directoryString(value));
  if (name.organizations?.length)
    rdns.push(setOf(...name.organizations.map((o) => attr(OID.organization, o))));
  if (name.commonName) rdns.push(setOf(attr(OID.commonName, name.commonName)));
  return sequence(...rdns);
}

function signatureAlgorithm(key: KeyObject): { algId: Buffer; digest: string | null } {
  switch (keyTypeOf(key)) {
    case 'ed25519':
      return { algId: sequence(oid(OID.ed25519)), digest: null };
    case 'ecdsa-p256':
      return { algId: sequence(oid(OID.ecdsaWithSha256)), digest: 'sha256' };
    case 'rsa':
      return { algId: sequence(oid(OID.sha512WithRsa), nullValue()), digest: 'sha512' };
  }
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical
    ? sequence(oid(id), boolean(true), octetString(value))
    : sequence(oid(id), octetString(value));
}

/** RFC 5280 method 1: SHA-1 of the subjectPublicKey bits. */
export function subjectKeyIdOf(spkiDer: Buffer): Buffer {
  const [, keyBits] = readAll(readSingle(spkiDer).content);
  return createHash('sha1').update(keyBits!.content.subarray(1)).digest();
}

function randomSerial(): bigint {
  const bytes = randomBytes(16);
  bytes[0]! &= 0x7f;
  const serial = BigInt(`0x${bytes.toString('hex')}`);
  return serial === 0n ? 1n : serial;
}

/** Builds and signs a certificate; returns DER. Self-signed when `issuer` is omitted. */
export function buildCertificate(template: CertificateTemplate, issuer?: Issuer): Buffer {
  const publicKey =
    template.publicKey.type === 'private' ? createPublicKey(template.publicKey) : template.publicKey;
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const subjectDer = encodeName(template.subject);
  const skid = subjectKeyIdOf(spki);
  if (!issuer && template.publicKey.type !== 'private') {
    throw new TypeError('a self-signed certificate needs the private key as template.publicKey');
  }
  const signer: Issuer = issuer ?? { nameDer: subjectDer, privateKey: template.publicKey };
  const { algId, digest } = signatureAlgorithm(signer.privateKey);

  const exts: Buffer[] = [];
  if (template.keyUsage?.length) {
    const bits = template.keyUsage.map((u) => KEY_USAGE_BITS.indexOf(u));
    exts.push(extension(OID.keyUsage, true, namedBits(bits)));
  }
  if (template.extKeyUsage?.length) {
    exts.push(extension(OID.extKeyUsage, false, sequence(...template.extKeyUsage.map((u) => oid(OID[u])))));
  }
  if (template.isCA) exts.push(extension(OID.basicConstraints, true, sequence(boolean(true))));
  if (template.isCA) exts.push(extension(OID.subjectKeyIdentifier, false, octetString(skid)));
  if (issuer?.subjectKeyId) {
    exts.push(
      extension(OID.authorityKeyIdentifier, false, sequence(implicitPrimitive(0, issuer.subjectKeyId))),
    );
  }
  const names = [
    ...(template.dnsNames ?? []).map((d) => implicitPrimitive(2, Buffer.from(d, 'ascii'))),
    ...(template.ipAddresses ?? []).map((ip) => implicitPrimitive(7, ipToBytes(ip))),
  ];
  if (names.length) {
    // RFC 5280: the SAN extension is critical when the subject is empty.
    const emptySubject = !template.subject.commonName && !template.subject.organizations?.length;
    exts.push(extension(OID.subjectAltName, emptySubject, sequence(...names)));
  }

  const tbs = sequence(
    explicit(0, integer(2)),
    integer(template.serialNumber ?? randomSerial()),
    algId,
    signer.nameDer,
    sequence(time(template.notBefore), time(template.notAfter)),
    subjectDer,
    spki,
    ...(exts.length ? [explicit(3, sequence(...exts))] : []),
  );
  const signature = sign(digest, tbs, signer.privateKey);
  return sequence(tbs, algId, bitString(signature));
}
