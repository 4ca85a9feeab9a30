import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  bytesToIp,
  ipToBytes
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";

// src/pki/keys.ts
import { generateKeyPair, generateKeyPairSync } from "node:crypto";
import { promisify } from "node:util";
var generateKeyPairAsync = promisify(generateKeyPair);
function generateSigningKey(type) {
  if (type === "ed25519") return generateKeyPairSync("ed25519").privateKey;
  return generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey;
}
async function generateRsaKey(bits = 4096) {
  const { privateKey } = await generateKeyPairAsync("rsa", { modulusLength: bits });
  return privateKey;
}
function keyTypeOf(key) {
  switch (key.asymmetricKeyType) {
    case "ed25519":
      return "ed25519";
    case "ec":
      if (key.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
        throw new RangeError(`unsupported EC curve ${key.asymmetricKeyDetails?.namedCurve}`);
      }
      return "ecdsa-p256";
    case "rsa":
      return "rsa";
    default:
      throw new RangeError(`unsupported key type ${key.asymmetricKeyType}`);
  }
}

// src/pki/pem.ts
import { createPrivateKey } from "node:crypto";
var TALOS_ED25519_LABEL = "ED25519 PRIVATE KEY";
var PemError = class extends TalosGitopsError {
  name = "PemError";
};
function encodePem(label, der) {
  const b64 = Buffer.from(der).toString("base64");
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----
${lines.join("\n")}
-----END ${label}-----
`;
}
var BLOCK_RE = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
function decodePemBlocks(text) {
  const blocks = [];
  for (const m of text.matchAll(BLOCK_RE)) {
    const body = m[2].replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new PemError(`PEM block "${m[1]}" has invalid base64`);
    blocks.push({ label: m[1], der: Buffer.from(body, "base64") });
  }
  return blocks;
}
function decodePem(text, labels) {
  const blocks = decodePemBlocks(text);
  const found = labels ? blocks.find((b) => labels.includes(b.label)) : blocks[0];
  if (!found) {
    const want = labels ? ` (${labels.join(" or ")})` : "";
    throw new PemError(`no PEM block found${want}`);
  }
  return found;
}
function toStandardKeyPem(pem) {
  return pem.replace(`-----BEGIN ${TALOS_ED25519_LABEL}-----`, "-----BEGIN PRIVATE KEY-----").replace(`-----END ${TALOS_ED25519_LABEL}-----`, "-----END PRIVATE KEY-----");
}
function loadPrivateKey(pem) {
  try {
    return createPrivateKey(toStandardKeyPem(pem));
  } catch {
    const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem)?.[1];
    throw new PemError(
      label ? `cannot read private key (PEM label "${label}")` : "private key is not in PEM format"
    );
  }
}
function exportTalosKeyPem(key) {
  switch (key.asymmetricKeyType) {
    case "ed25519":
      return encodePem(TALOS_ED25519_LABEL, key.export({ type: "pkcs8", format: "der" }));
    case "ec":
      return key.export({ type: "sec1", format: "pem" });
    case "rsa":
      return key.export({ type: "pkcs1", format: "pem" });
    default:
      throw new PemError(`unsupported key type ${key.asymmetricKeyType}`);
  }
}

// src/pki/inspect.ts
import { createPublicKey as createPublicKey2, X509Certificate } from "node:crypto";

// src/pki/der.ts
var TAG = {
  BOOLEAN: 1,
  INTEGER: 2,
  BIT_STRING: 3,
  OCTET_STRING: 4,
  NULL: 5,
  OID: 6,
  UTF8_STRING: 12,
  PRINTABLE_STRING: 19,
  IA5_STRING: 22,
  UTC_TIME: 23,
  GENERALIZED_TIME: 24,
  SEQUENCE: 48,
  SET: 49
};
function lengthBytes(len) {
  if (len < 128) return Buffer.from([len]);
  const bytes = [];
  for (let n = len; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 255);
  return Buffer.from([128 | bytes.length, ...bytes]);
}
function tlv(tag, content) {
  return Buffer.concat([Buffer.from([tag]), lengthBytes(content.length), content]);
}
function sequence(...items) {
  return tlv(TAG.SEQUENCE, Buffer.concat(items));
}
function setOf(...items) {
  const sorted = [...items].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return tlv(TAG.SET, Buffer.concat(sorted));
}
function integer(value) {
  let bytes;
  if (typeof value === "bigint" || typeof value === "number") {
    let v = BigInt(value);
    if (v < 0n) throw new RangeError("negative INTEGER not supported");
    const out = [];
    do {
      out.unshift(Number(v & 0xffn));
      v >>= 8n;
    } while (v > 0n);
    bytes = Buffer.from(out);
  } else {
    bytes = Buffer.from(value);
    let i = 0;
    while (i < bytes.length - 1 && bytes[i] === 0) i++;
    bytes = bytes.subarray(i);
    if (bytes.length === 0) bytes = Buffer.from([0]);
  }
  if ((bytes[0] & 128) !== 0) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return tlv(TAG.INTEGER, bytes);
}
function oid(dotted) {
  const parts = dotted.split(".").map((p) => BigInt(p));
  if (parts.length < 2) throw new RangeError(`bad OID ${dotted}`);
  const out = [];
  const arcs = [parts[0] * 40n + parts[1], ...parts.slice(2)];
  for (const arc of arcs) {
    const chunk = [];
    let v = arc;
    do {
      chunk.unshift(Number(v & 0x7fn));
      v >>= 7n;
    } while (v > 0n);
    for (let i = 0; i < chunk.length - 1; i++) chunk[i] |= 128;
    out.push(...chunk);
  }
  return tlv(TAG.OID, Buffer.from(out));
}
function decodeOid(content) {
  const arcs = [];
  let v = 0n;
  for (const b of content) {
    v = v << 7n | BigInt(b & 127);
    if ((b & 128) === 0) {
      arcs.push(v);
      v = 0n;
    }
  }
  const first = arcs.shift() ?? 0n;
  const head = first < 80n ? [first / 40n, first % 40n] : [2n, first - 80n];
  return [...head, ...arcs].join(".");
}
var utf8String = (s) => tlv(TAG.UTF8_STRING, Buffer.from(s, "utf8"));
var octetString = (b) => tlv(TAG.OCTET_STRING, b);
var boolean = (v) => tlv(TAG.BOOLEAN, Buffer.from([v ? 255 : 0]));
var nullValue = () => tlv(TAG.NULL, Buffer.alloc(0));
function directoryString(s) {
  return /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(s) ? tlv(TAG.PRINTABLE_STRING, Buffer.from(s, "ascii")) : utf8String(s);
}
function bitString(bytes, unusedBits = 0) {
  return tlv(TAG.BIT_STRING, Buffer.concat([Buffer.from([unusedBits]), bytes]));
}
function namedBits(bits) {
  if (bits.length === 0) return bitString(Buffer.alloc(0));
  const highest = Math.max(...bits);
  const bytes = Buffer.alloc(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[Math.floor(bit / 8)] |= 128 >> bit % 8;
  const unused = 7 - highest % 8;
  return bitString(bytes, unused);
}
function time(date) {
  const y = date.getUTCFullYear();
  const pad = (n, w = 2) => String(n).padStart(w, "0");
  const rest = pad(date.getUTCMonth() + 1) + pad(date.getUTCDate()) + pad(date.getUTCHours()) + pad(date.getUTCMinutes()) + pad(date.getUTCSeconds()) + "Z";
  if (y >= 1950 && y < 2050) return tlv(TAG.UTC_TIME, Buffer.from(pad(y % 100) + rest, "ascii"));
  return tlv(TAG.GENERALIZED_TIME, Buffer.from(pad(y, 4) + rest, "ascii"));
}
function explicit(tagNumber, inner) {
  return tlv(160 | tagNumber, inner);
}
function implicitPrimitive(tagNumber, content) {
  return tlv(128 | tagNumber, content);
}
var DerError = class extends Error {
  name = "DerError";
};
function readElement(buf, offset = 0) {
  if (offset + 2 > buf.length) throw new DerError("truncated DER element");
  const tag = buf[offset];
  if ((tag & 31) === 31) throw new DerError("multi-byte DER tags are not supported");
  let len = buf[offset + 1];
  let pos = offset + 2;
  if (len & 128) {
    const n = len & 127;
    if (n === 0 || n > 4 || pos + n > buf.length) throw new DerError("bad DER length");
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[pos + i];
    pos += n;
  }
  if (pos + len > buf.length) throw new DerError("truncated DER content");
  return {
    element: { tag, content: buf.subarray(pos, pos + len), raw: buf.subarray(offset, pos + len) },
    next: pos + len
  };
}
function readAll(content) {
  const out = [];
  let offset = 0;
  while (offset < content.length) {
    const { element, next } = readElement(content, offset);
    out.push(element);
    offset = next;
  }
  return out;
}
function readSingle(buf) {
  return readElement(buf, 0).element;
}

// src/pki/x509.ts
import { createHash, createPublicKey, randomBytes, sign } from "node:crypto";
var OID = {
  commonName: "2.5.4.3",
  organization: "2.5.4.10",
  subjectKeyIdentifier: "2.5.29.14",
  keyUsage: "2.5.29.15",
  subjectAltName: "2.5.29.17",
  basicConstraints: "2.5.29.19",
  authorityKeyIdentifier: "2.5.29.35",
  extKeyUsage: "2.5.29.37",
  serverAuth: "1.3.6.1.5.5.7.3.1",
  clientAuth: "1.3.6.1.5.5.7.3.2",
  ed25519: "1.3.101.112",
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
  sha512WithRsa: "1.2.840.113549.1.1.13"
};
var KEY_USAGE_BITS = [
  "digitalSignature",
  "contentCommitment",
  "keyEncipherment",
  "dataEncipherment",
  "keyAgreement",
  "keyCertSign",
  "cRLSign"
];
function encodeName(name) {
  const rdns = [];
  const attr = (type, value) => sequence(oid(type), directoryString(value));
  if (name.organizations?.length)
    rdns.push(setOf(...name.organizations.map((o) => attr(OID.organization, o))));
  if (name.commonName) rdns.push(setOf(attr(OID.commonName, name.commonName)));
  return sequence(...rdns);
}
function signatureAlgorithm(key) {
  switch (keyTypeOf(key)) {
    case "ed25519":
      return { algId: sequence(oid(OID.ed25519)), digest: null };
    case "ecdsa-p256":
      return { algId: sequence(oid(OID.ecdsaWithSha256)), digest: "sha256" };
    case "rsa":
      return { algId: sequence(oid(OID.sha512WithRsa), nullValue()), digest: "sha512" };
  }
}
function extension(id, critical, value) {
  return critical ? sequence(oid(id), boolean(true), octetString(value)) : sequence(oid(id), octetString(value));
}
function subjectKeyIdOf(spkiDer) {
  const [, keyBits] = readAll(readSingle(spkiDer).content);
  return createHash("sha1").update(keyBits.content.subarray(1)).digest();
}
function randomSerial() {
  const bytes = randomBytes(16);
  bytes[0] &= 127;
  const serial = BigInt(`0x${bytes.toString("hex")}`);
  return serial === 0n ? 1n : serial;
}
function buildCertificate(template, issuer) {
  const publicKey = template.publicKey.type === "private" ? createPublicKey(template.publicKey) : template.publicKey;
  const spki = publicKey.export({ type: "spki", format: "der" });
  const subjectDer = encodeName(template.subject);
  const skid = subjectKeyIdOf(spki);
  if (!issuer && template.publicKey.type !== "private") {
    throw new TypeError("a self-signed certificate needs the private key as template.publicKey");
  }
  const signer = issuer ?? { nameDer: subjectDer, privateKey: template.publicKey };
  const { algId, digest } = signatureAlgorithm(signer.privateKey);
  const exts = [];
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
      extension(OID.authorityKeyIdentifier, false, sequence(implicitPrimitive(0, issuer.subjectKeyId)))
    );
  }
  const names = [
    ...(template.dnsNames ?? []).map((d) => implicitPrimitive(2, Buffer.from(d, "ascii"))),
    ...(template.ipAddresses ?? []).map((ip) => implicitPrimitive(7, ipToBytes(ip)))
  ];
  if (names.length) {
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
    ...exts.length ? [explicit(3, sequence(...exts))] : []
  );
  const signature = sign(digest, tbs, signer.privateKey);
  return sequence(tbs, algId, bitString(signature));
}

// src/pki/inspect.ts
var CertificateParseError = class extends TalosGitopsError {
  name = "CertificateParseError";
};
function nameAttributes(name) {
  const organizations = [];
  let commonName;
  for (const rdn of readAll(name.content)) {
    for (const atv of readAll(rdn.content)) {
      const [type, value] = readAll(atv.content);
      if (!type || !value) continue;
      const id = decodeOid(type.content);
      const text = value.content.toString("utf8");
      if (id === OID.organization) organizations.push(text);
      else if (id === OID.commonName) commonName = text;
    }
  }
  return { organizations, commonName };
}
function parseTime(el) {
  const s = el.content.toString("ascii");
  const m = el.tag === TAG.UTC_TIME ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s) : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  if (!m) throw new CertificateParseError(`unsupported certificate time "${s}"`);
  let year = Number(m[1]);
  if (el.tag === TAG.UTC_TIME) year += year < 50 ? 2e3 : 1900;
  return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
}
var EKU_NAMES = {
  [OID.serverAuth]: "serverAuth",
  [OID.clientAuth]: "clientAuth"
};
function parseCertificate(input) {
  const der = typeof input === "string" ? decodePem(input, ["CERTIFICATE"]).der : Buffer.from(input);
  try {
    const [tbs] = readAll(readSingle(der).content);
    if (!tbs) throw new CertificateParseError("empty certificate");
    let fields = readAll(tbs.content);
    if (fields[0]?.tag === 160) fields = fields.slice(1);
    const [serial, , issuer, validity, subject, spki, ...rest] = fields;
    if (!serial || !issuer || !validity || !subject || !spki) {
      throw new CertificateParseError("truncated certificate");
    }
    const [notBefore, notAfter] = readAll(validity.content);
    const sub = nameAttributes(subject);
    const iss = nameAttributes(issuer);
    const publicKey = createPublicKey2({ key: spki.raw, format: "der", type: "spki" });
    const info = {
      serialNumber: serial.content.toString("hex").replace(/^(00)+(?=.)/, ""),
      subjectOrganizations: sub.organizations,
      subjectCommonName: sub.commonName,
      issuerOrganizations: iss.organizations,
      issuerCommonName: iss.commonName,
      notBefore: parseTime(notBefore),
      notAfter: parseTime(notAfter),
      isCA: false,
      keyUsage: [],
      extKeyUsage: [],
      dnsNames: [],
      ipAddresses: [],
      publicKeyType: keyTypeOf(publicKey),
      publicKey,
      subjectKeyId: void 0,
      subjectDer: Buffer.from(subject.raw),
      der
    };
    const extsWrapper = rest.find((el) => el.tag === 163);
    const exts = extsWrapper ? readAll(readSingle(extsWrapper.content).content) : [];
    for (const ext of exts) {
      const parts = readAll(ext.content);
      const id = decodeOid(parts[0].content);
      const value = readSingle(parts[parts.length - 1].content);
      applyExtension(info, id, value);
    }
    return info;
  } catch (err) {
    if (err instanceof CertificateParseError) throw err;
    throw new CertificateParseError(`cannot parse certificate: ${err.message}`);
  }
}
function applyExtension(info, id, value) {
  switch (id) {
    case OID.basicConstraints: {
      const first = readAll(value.content)[0];
      info.isCA = first?.tag === TAG.BOOLEAN && first.content[0] !== 0;
      break;
    }
    case OID.keyUsage: {
      const bytes = value.content.subarray(1);
      info.keyUsage = KEY_USAGE_BITS.filter((_, bit) => ((bytes[bit >> 3] ?? 0) & 128 >> bit % 8) !== 0);
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
        if (gn.tag === 130) info.dnsNames.push(gn.content.toString("ascii"));
        else if (gn.tag === 135) info.ipAddresses.push(bytesToIp(gn.content));
      }
      break;
  }
}

export {
  generateSigningKey,
  generateRsaKey,
  keyTypeOf,
  encodePem,
  toStandardKeyPem,
  loadPrivateKey,
  exportTalosKeyPem,
  buildCertificate,
  parseCertificate
};
