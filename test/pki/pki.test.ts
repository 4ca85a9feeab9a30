import { execFileSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesToIp, ipToBytes } from '../../src/go/netip.js';
import {
  createAggregatorCa,
  createEtcdCa,
  createKubernetesCa,
  createTalosOsCa,
  decodePem,
  exportTalosKeyPem,
  generateRsaKey,
  isSignedBy,
  issueClientCertificate,
  issueServerCertificate,
  loadPrivateKey,
  parseCertificate,
  TALOS_ED25519_LABEL,
  toStandardKeyPem,
  toTalosKeyPem,
} from '../../src/pki/index.js';

const TEN_YEARS_MS = 87_600 * 3600 * 1000;

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('certificate authorities', () => {
  it('makes the Talos OS CA like Talos does: Ed25519, O=talos, 10 years, CA usages', () => {
    const ca = createTalosOsCa(new Date('2026-01-01T00:00:00Z'));
    expect(decodePem(ca.key).label).toBe(TALOS_ED25519_LABEL);
    const info = parseCertificate(ca.crt);
    expect(info.publicKeyType).toBe('ed25519');
    expect(info.subjectOrganizations).toEqual(['talos']);
    expect(info.issuerOrganizations).toEqual(['talos']);
    expect(info.isCA).toBe(true);
    expect(info.keyUsage.sort()).toEqual(['digitalSignature', 'keyCertSign']);
    expect(info.extKeyUsage).toEqual(['serverAuth', 'clientAuth']);
    expect(info.notAfter.getTime() - info.notBefore.getTime()).toBe(TEN_YEARS_MS);
    expect(info.subjectKeyId?.length).toBe(20);
    // Node/OpenSSL agree with our reading and the self-signature verifies.
    const x = new X509Certificate(ca.crt);
    expect(x.ca).toBe(true);
    expect(x.subject).toBe('O=talos');
    expect(x.verify(x.publicKey)).toBe(true);
    expect(isSignedBy(ca.crt, ca.crt)).toBe(true);
  });

  it('makes ECDSA P-256 etcd/kubernetes CAs and an aggregator CA with an empty subject', () => {
    for (const [ca, org] of [
      [createEtcdCa(), ['etcd']],
      [createKubernetesCa(), ['kubernetes']],
      [createAggregatorCa(), []],
    ] as const) {
      expect(decodePem(ca.key).label).toBe('EC PRIVATE KEY');
      const info = parseCertificate(ca.crt);
      expect(info.publicKeyType).toBe('ecdsa-p256');
      expect(info.subjectOrganizations).toEqual(org);
      expect(info.subjectCommonName).toBeUndefined();
      expect(info.isCA).toBe(true);
      const x = new X509Certificate(ca.crt);
      expect(x.verify(x.publicKey)).toBe(true);
      expect(x.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    }
  });

  it('generates RSA keys in the PKCS#1 form Talos stores', async () => {
    const key = await generateRsaKey(2048);
    const pem = exportTalosKeyPem(key);
    expect(decodePem(pem).label).toBe('RSA PRIVATE KEY');
    expect(loadPrivateKey(pem).asymmetricKeyDetails?.modulusLength).toBe(2048);
  });
});

describe('leaf certificates', () => {
  const ca = createTalosOsCa();

  it('issues client certificates with one Organization per role and clientAuth', () => {
    const client = issueClientCertificate(ca, ['os:reader', 'os:etcd:backup']);
    const info = parseCertificate(client.crt);
    expect(info.subjectOrganizations.sort()).toEqual(['os:etcd:backup', 'os:reader']);
    expect(info.extKeyUsage).toEqual(['clientAuth']);
    expect(info.keyUsage).toEqual(['digitalSignature']);
    expect(info.isCA).toBe(false);
    expect(info.publicKeyType).toBe('ed25519');
    expect(decodePem(client.key).label).toBe(TALOS_ED25519_LABEL);
    expect(isSignedBy(client.crt, ca.crt)).toBe(true);
    expect(new X509Certificate(client.crt).checkIssued(new X509Certificate(ca.crt))).toBe(true);
  });

  it('issues server certificates with IP and DNS SANs and serverAuth', () => {
    const server = issueServerCertificate(ca, {
      commonName: 'cp-1',
      ipAddresses: ['127.0.0.1', '10.0.1.10', 'fd00::1'],
      dnsNames: ['localhost', 'cp-1.example.com'],
    });
    const info = parseCertificate(server.crt);
    expect(info.ipAddresses).toEqual(['127.0.0.1', '10.0.1.10', 'fd00::1']);
    expect(info.dnsNames).toEqual(['localhost', 'cp-1.example.com']);
    expect(info.extKeyUsage).toEqual(['serverAuth']);
    expect(info.subjectCommonName).toBe('cp-1');
    const x = new X509Certificate(server.crt);
    expect(x.checkIP('10.0.1.10')).toBe('10.0.1.10');
    expect(x.checkHost('cp-1.example.com')).toBe('cp-1.example.com');
    expect(x.verify(new X509Certificate(ca.crt).publicKey)).toBe(true);
  });

  it('issues ECDSA leaves from an ECDSA CA', () => {
    const etcd = createEtcdCa();
    const leaf = issueServerCertificate(etcd, { ipAddresses: ['10.0.0.1'] });
    expect(parseCertificate(leaf.crt).publicKeyType).toBe('ecdsa-p256');
    expect(isSignedBy(leaf.crt, etcd.crt)).toBe(true);
    expect(isSignedBy(leaf.crt, ca.crt)).toBe(false);
  });

  it.runIf(hasOpenssl())('passes openssl verify with the right purpose', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pki-'));
    const server = issueServerCertificate(ca, { ipAddresses: ['127.0.0.1'], dnsNames: ['localhost'] });
    const client = issueClientCertificate(ca, ['os:admin']);
    writeFileSync(join(dir, 'ca.crt'), ca.crt);
    writeFileSync(join(dir, 'server.crt'), server.crt);
    writeFileSync(join(dir, 'client.crt'), client.crt);
    const verify = (file: string, purpose: string) =>
      execFileSync(
        'openssl',
        ['verify', '-purpose', purpose, '-CAfile', join(dir, 'ca.crt'), join(dir, file)],
        {
          encoding: 'utf8',
        },
      );
    expect(verify('server.crt', 'sslserver')).toContain('OK');
    expect(verify('client.crt', 'sslclient')).toContain('OK');
  });
});

describe('Ed25519 key labels', () => {
  it('relabels Talos ED25519 PRIVATE KEY blocks both ways without touching the bytes', () => {
    const ca = createTalosOsCa();
    expect(() => createPrivateKey(ca.key)).toThrow();
    const standard = toStandardKeyPem(ca.key);
    expect(decodePem(standard).label).toBe('PRIVATE KEY');
    expect(decodePem(standard).der).toEqual(decodePem(ca.key).der);
    expect(createPrivateKey(standard).asymmetricKeyType).toBe('ed25519');
    expect(toTalosKeyPem(standard)).toBe(ca.key);
    // Non-Ed25519 keys are left alone.
    const ec = createEtcdCa().key;
    expect(toTalosKeyPem(ec)).toBe(ec);
  });

  it('never echoes key material in errors', () => {
    const bogus = '-----BEGIN ED25519 PRIVATE KEY-----\nQUJDREVGR0g=\n-----END ED25519 PRIVATE KEY-----\n';
    try {
      loadPrivateKey(bogus);
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toContain('ED25519 PRIVATE KEY');
      expect((err as Error).message).not.toContain('QUJDREVGR0g');
    }
  });
});

describe('IP helpers', () => {
  it('round-trips v4 and v6', () => {
    for (const ip of ['10.0.1.10', '::1', 'fd00::1', '2001:db8::8:800:200c:417a', '1::']) {
      expect(bytesToIp(ipToBytes(ip))).toBe(ip);
    }
    // IPv4-mapped addresses print in mixed form, as Go's netip does
    expect(bytesToIp(ipToBytes('::ffff:1.2.3.4'))).toBe('::ffff:1.2.3.4');
  });
});
