/**
 * Reads the parts of a certificate the project needs (subject organizations = Talos roles, SANs,
 * CA flag, usages). The DER is walked directly: Node's string renderings of subjects and SANs are
 * ambiguous for multi-valued RDNs and names containing separators.
 */
import { createPublicKey, type KeyObject, X509Certificate } from 'node:crypto';
import { TalosGitopsError } from '../errors.js';
import { bytesToIp } from '../go/netip.js';
import { type DerElement, decodeOid, readAll, readSingle, TAG } from './der.js';
import { type KeyType, keyTypeOf } from './keys.js';
import { decodePem } from './pem.js';
import { type ExtKeyUsage, KEY_USAGE_BITS, type KeyUsage, OID } from './x509.js';

export interface CertificateInfo {
  serialNumber: string;
  subjectOrganizations: string[];
  subjectCommonName: string | undefined;
  issuerOrganizations: string[];
  issuerCommonName: string | undefined;
  notBefore: Date;
  notAfter: Date;
  isCA: boolean;
  keyUsage: KeyUsage[];
  extKeyUsage: (ExtKeyUsage | string)[];
  dnsNames: string[];
  ipAddresses: string[];
  publicKeyType: KeyType;
  publicKey: KeyObject;
  subjectKeyId: Buffer | undefined;
  /** DER of the subject Name, for use as the issuer name of certificates this one signs. */
  subjectDer: Buffer;
  der: Buffer;
}

export class CertificateParseError extends TalosGitopsError {
  override name = 'CertificateParseError';
}

function nameAttributes(name: DerElement): { organizations: string[]; commonName: string | undefined } {
  const organizations: string[] = [];
  let commonName: string | undefined;
  for (const rdn of readAll(name.content)) {
    for (const atv of readAll(rdn.content)) {
      const [type, value] = readAll(atv.content);
      if (!type || !value) continue;
      const id = decodeOid(type.content);
      const text = value.content.toString('utf8');
      if (id === OID.organization) organizations.push(text);
      else if (id === OID.commonName) commonName = text;
    }
  }
  return { organizations, commonName };
}

function parseTime(el: DerElement): Date {
  const s = el.content.toString('ascii');
  const m =
    el.tag === TAG.UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) throw new CertificateParseError(`unsupported certificate time "${s}"`);
  let year = Number(m[1]);
  if (el.tag === TAG.UTC_TIME) year += year < 50 ? 2000 : 1900;
  return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
}

const EKU_NAMES: Record<string, ExtKeyUsage> = {
  [OID.serverAuth]: 'serverAuth',
  [OID.clientAuth]: 'clientAuth',
};

/** Parses a PEM (first CERTIFICATE block) or DER certificate. */
export function parseCertificate(input: string | Uint8Array): CertificateInfo {
  const der = typeof input === 'string' ? decodePem(input, ['CERTIFICATE']).der : Buffer.from(input);
  try {
    const [tbs] = readAll(readSingle(der).content);
    if (!tbs) throw new CertificateParseError('empty certificate');
    let fields = readAll(tbs.content);
    if (fields[0]?.tag === 0xa0) fields = fields.slice(1);
    const [serial, , issuer, validity, subject, spki, ...rest] = fields;
    if (!serial || !issuer || !validity || !subject || !spki) {
      throw new CertificateParseError('truncated certificate');
    }
    const [notBefore, notAfter] = readAll(validity.content);
    const sub = nameAttributes(subject);
    const iss = nameAttributes(issuer);
    const publicKey = createPublicKey({ key: spki.raw, format: 'der', type: 'spki' });
    const info: CertificateInfo = {
      serialNumber: serial.content.toString('hex').replace(/^(00)+(?=.)/, ''),
      subjectOrganizations: sub.organizations,
      subjectCommonName: sub.commonName,
      issuerOrganizations: iss.organizations,
      issuerCommonName: iss.commonName,
      notBefore: parseTime(notBefore!),
      notAfter: parseTime(notAfter!),
      isCA: false,
      keyUsage: [],
      extKeyUsage: [],
      dnsNames: [],
      ipAddresses: [],
      publicKeyType: keyTypeOf(publicKey),
      publicKey,
      subjectKeyId: undefined,
      subjectDer: Buffer.from(subject.raw),
      der,
    };
    const extsWrapper = rest.find((el) => el.tag === 0xa3);
    const exts = extsWrapper ? readAll(readSingle(extsWrapper.content).content) : [];
    for (const ext of exts) {
      const parts = readAll(ext.content);
      const id = decodeOid(parts[0]!.content);
      const value = readSingle(parts[parts.length - 1]!.content);
      applyExtension(info, id, value);
    }
    return info;
  } catch (err) {
    if (err instanceof CertificateParseError) throw err;
    throw new CertificateParseError(`cannot parse certificate: ${(err as Error).message}`);
  }
}

function applyExtension(info: CertificateInfo, id: string, value: DerElement): void {
  switch (id) {
    case OID.basicConstraints: {
      const first = readAll(value.content)[0];
      info.isCA = first?.tag === TAG.BOOLEAN && first.content[0] !== 0;
      break;
    }
    case OID.keyUsage: {
      const bytes = value.content.subarray(1);
      info.keyUsage = KEY_USAGE_BITS.filter((_, bit) => ((bytes[bit >> 3] ?? 0) & (0x80 >> (bit % 8))) !== 0);
      break;
    }
    case OID.extKeyUsage:
      info.extKeyUsage = readAll(value.content).map((o) => {
        const dotted = decodeOid(o.content);
        return EKU_NAMES[dotted] ?? dotted;
      });
      break;
    case OID.subjectKeyIdentifier:
      info.subjectKeyId = Buffer.from(value.content);
      break;
    case OID.subjectAltName:
      for (const gn of readAll(value.content)) {
        if (gn.tag === 0x82) info.dnsNames.push(gn.content.toString('ascii'));
        else if (gn.tag === 0x87) info.ipAddresses.push(bytesToIp(gn.content));
      }
      break;
  }
}

/** True when `cert` was signed by `ca` (signature check only; validity is not considered). */
export function isSignedBy(cert: string | Uint8Array, ca: string | Uint8Array): boolean {
  const toX509 = (c: string | Uint8Array) =>
    new X509Certificate(typeof c === 'string' ? decodePem(c, ['CERTIFICATE']).der : Buffer.from(c));
  return toX509(cert).verify(toX509(ca).publicKey);
}
