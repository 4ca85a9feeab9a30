import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  buildCertificate,
  encodePem,
  exportTalosKeyPem,
  generateSigningKey,
  keyTypeOf,
  loadPrivateKey,
  parseCertificate
} from "./chunk-S72DQVPL.js";

// src/pki/ca.ts
var CA_VALIDITY_MS = 87600 * 3600 * 1e3;
var CLIENT_CERT_VALIDITY_MS = 8760 * 3600 * 1e3;
function seconds(d) {
  return new Date(Math.floor(d.getTime() / 1e3) * 1e3);
}
function createCertificateAuthority(opts) {
  const key = generateSigningKey(opts.keyType);
  const notBefore = seconds(opts.notBefore ?? /* @__PURE__ */ new Date());
  const der = buildCertificate({
    subject: { organizations: opts.organizations ?? [] },
    notBefore,
    notAfter: seconds(opts.notAfter ?? new Date(notBefore.getTime() + CA_VALIDITY_MS)),
    publicKey: key,
    isCA: true,
    keyUsage: ["digitalSignature", "keyCertSign"],
    extKeyUsage: ["serverAuth", "clientAuth"]
  });
  return { crt: encodePem("CERTIFICATE", der), key: exportTalosKeyPem(key) };
}
var createTalosOsCa = (now) => createCertificateAuthority({ keyType: "ed25519", organizations: ["talos"], notBefore: now });
var createEtcdCa = (now) => createCertificateAuthority({ keyType: "ecdsa-p256", organizations: ["etcd"], notBefore: now });
var createKubernetesCa = (now) => createCertificateAuthority({ keyType: "ecdsa-p256", organizations: ["kubernetes"], notBefore: now });
var createAggregatorCa = (now) => createCertificateAuthority({ keyType: "ecdsa-p256", notBefore: now });
function issueCertificate(ca, opts) {
  const caInfo = parseCertificate(ca.crt);
  const caKey = loadPrivateKey(ca.key);
  const caKeyType = keyTypeOf(caKey);
  if (caKeyType === "rsa") throw new RangeError("issuing leaf certificates from an RSA CA is not supported");
  const key = generateSigningKey(caKeyType);
  const notBefore = seconds(opts.notBefore ?? /* @__PURE__ */ new Date());
  const der = buildCertificate(
    {
      subject: { organizations: opts.organizations, commonName: opts.commonName },
      notBefore,
      notAfter: seconds(new Date(notBefore.getTime() + opts.validityMs)),
      publicKey: key,
      keyUsage: opts.keyUsage ?? ["digitalSignature"],
      extKeyUsage: opts.extKeyUsage,
      dnsNames: opts.dnsNames,
      ipAddresses: opts.ipAddresses
    },
    { nameDer: caInfo.subjectDer, privateKey: caKey, subjectKeyId: caInfo.subjectKeyId }
  );
  return { crt: encodePem("CERTIFICATE", der), key: exportTalosKeyPem(key) };
}
function issueClientCertificate(ca, roles, opts = {}) {
  return issueCertificate(ca, {
    organizations: roles,
    extKeyUsage: ["clientAuth"],
    validityMs: opts.validityMs ?? CLIENT_CERT_VALIDITY_MS,
    notBefore: opts.notBefore
  });
}
function issueServerCertificate(ca, opts) {
  return issueCertificate(ca, {
    commonName: opts.commonName,
    ipAddresses: opts.ipAddresses,
    dnsNames: opts.dnsNames,
    extKeyUsage: ["serverAuth"],
    validityMs: opts.validityMs ?? CLIENT_CERT_VALIDITY_MS
  });
}

export {
  createTalosOsCa,
  createEtcdCa,
  createKubernetesCa,
  createAggregatorCa,
  issueCertificate,
  issueClientCertificate,
  issueServerCertificate
};
