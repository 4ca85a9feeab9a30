/**
 * The Talos secrets bundle (`talosctl gen secrets` layout): parsing, Talos-compatible validation, and the
 * list of every secret string in every form it can take in rendered output, for redaction.
 *
 * On disk the bundle keys are lower-cased Go field names and every certificate/key is base64 of PEM text.
 * In memory we keep the PEM text; generation re-encodes it (Talos also re-encodes, so the output is the
 * canonical base64 of the decoded bytes, whatever line wrapping the file used).
 */
import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { TalosGitopsError } from '../errors.js';

/** A CA certificate and its private key, both PEM text. */
export interface CertAndKey {
  crt: string;
  key: string;
}

export interface SecretsBundle {
  cluster: {
    /** Cluster identity (not secret to Talos, but it comes from the encrypted file). */
    id: string;
    /** Discovery/KubeSpan shared secret. */
    secret: string;
  };
  secrets: {
    bootstrapToken: string;
    /** Exactly one of the two encryption secrets is set (Talos validation). */
    secretboxEncryptionSecret?: string;
    aescbcEncryptionSecret?: string;
  };
  trustdInfo: { token: string };
  certs: {
    etcd: CertAndKey;
    k8s: CertAndKey;
    k8sAggregator: CertAndKey;
    k8sServiceAccount: { key: string };
    os: CertAndKey;
  };
}

/** One validation problem; `field` is the dotted path inside the bundle file. */
export interface BundleIssue {
  field: string;
  message: string;
}

/** Thrown by {@link parseSecretsBundle}; `issues` lists every problem found, like Talos's multi-error. */
export class SecretsBundleError extends TalosGitopsError {
  override name = 'SecretsBundleError';
  readonly issues: BundleIssue[];

  constructor(file: string, issues: BundleIssue[]) {
    const first = issues[0];
    const text =
      issues.length === 1
        ? `secrets bundle is invalid: ${first?.message}`
        : `secrets bundle is invalid (${issues.length} problems): ${issues.map((i) => i.message).join('; ')}`;
    super(text, { file, field: first?.field });
    this.issues = issues;
  }
}

/** Base64 as Go's StdEncoding accepts it (padding required; CR/LF ignored). */
function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

interface PemBlock {
  type: string;
  der: Buffer;
}

/** First PEM block of the text, like Go's pem.Decode (text around the block is ignored). */
function decodePem(text: string): PemBlock | undefined {
  const match = /-----BEGIN ([^\r\n-]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!match) return undefined;
  // Optional RFC 1421 headers end with an empty line; the body follows it.
  let body = match[2] ?? '';
  if (/^[^\r\n]*:/.test(body))
    body = body
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join('\n');
  const der = decodeBase64(body.replace(/\s/g, ''));
  if (!der) return undefined;
  return { type: match[1] ?? '', der };
}

type KeyResult = { key: KeyObject } | { error: string };

function parseDer(der: Buffer, type: 'pkcs1' | 'pkcs8' | 'sec1'): KeyObject | undefined {
  try {
    return createPrivateKey({ key: der, format: 'der', type });
  } catch {
    return undefined;
  }
}

/**
 * Parses a private key the way Talos's x509 helpers do: the PEM label picks the parser. The two Talos
 * helpers word the unsupported-label error differently (`type: "X"` for cert+key, `type "X"` for a bare key).
 */
function parseKey(pem: string, unsupportedStyle: 'colon' | 'plain'): KeyResult {
  const block = decodePem(pem);
  if (!block) return { error: 'failed to parse PEM block' };
  switch (block.type) {
    case 'RSA PRIVATE KEY': {
      const key = parseDer(block.der, 'pkcs1');
      return key ? { key } : { error: 'failed to parse RSA key' };
    }
    case 'EC PRIVATE KEY': {
      const key = parseDer(block.der, 'sec1');
      return key ? { key } : { error: 'failed to parse ECDSA key' };
    }
    case 'ED25519 PRIVATE KEY': {
      const key = parseDer(block.der, 'pkcs8');
      if (!key) return { error: 'failed to parse Ed25519 key' };
      return key.asymmetricKeyType === 'ed25519'
        ? { key }
        : { error: 'failed parsing Ed25519 key, got wrong key type' };
    }
    case 'PRIVATE KEY': {
      const key = parseDer(block.der, 'pkcs8');
      return key ? { key } : { error: 'failed to parse key' };
    }
    default:
      return {
        error:
          unsupportedStyle === 'colon'
            ? `unsupported key type: ${JSON.stringify(block.type)}`
            : `unsupported key type ${JSON.stringify(block.type)}`,
      };
  }
}

/** Talos checks the key first, then the certificate; we also check that the two belong together. */
function checkCertAndKey(pair: CertAndKey): string | undefined {
  const key = parseKey(pair.key, 'colon');
  if ('error' in key) return key.error;
  const block = decodePem(pair.crt);
  if (!block) return 'failed to parse PEM block';
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(block.der);
  } catch {
    return 'failed to parse certificate';
  }
  let matches = false;
  try {
    matches = cert.checkPrivateKey(key.key);
  } catch {
    matches = false;
  }
  return matches ? undefined : 'certificate and key do not match';
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems while reading the raw YAML value; never records a value, only where it was. */
class Reader {
  readonly issues: BundleIssue[] = [];

  problem(field: string, message: string): void {
    this.issues.push({ field, message });
  }

  /** A nested section; undefined (with an issue) when present but not a mapping. */
  section(parent: Record<string, unknown>, key: string, path: string): Record<string, unknown> | undefined {
    const value = parent[key];
    if (value === undefined || value === null) return undefined;
    if (!isMapping(value)) {
      this.problem(path, `${path} must be a mapping`);
      return undefined;
    }
    return value;
  }

  /** A string field; '' when absent (Talos treats absent and empty alike). */
  string(parent: Record<string, unknown> | undefined, key: string, path: string): string {
    const value = parent?.[key];
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') {
      this.problem(path, `${path} must be a string`);
      return '';
    }
    return value;
  }

  /** A base64-of-PEM field, returned as PEM text ('' when absent or undecodable). */
  pem(parent: Record<string, unknown> | undefined, key: string, path: string): { pem: string; ok: boolean } {
    const raw = this.string(parent, key, path);
    if (raw === '') return { pem: '', ok: true };
    const bytes = decodeBase64(raw);
    if (!bytes) {
      this.problem(path, `${path} is not valid base64`);
      return { pem: '', ok: false };
    }
    // latin1 keeps the bytes exactly, so re-encoding gives Talos's canonical base64.
    return { pem: bytes.toString('latin1'), ok: true };
  }
}

const ENCRYPTION_SECRETS = '[secrets.secretboxencryptionsecret, secrets.aescbcencryptionsecret]';

function readCertAndKey(r: Reader, certs: Record<string, unknown>, name: string): CertAndKey | undefined {
  const path = `certs.${name}`;
  const section = r.section(certs, name, path);
  if (!section) {
    if (certs[name] === undefined || certs[name] === null) r.problem(path, `${path} is required`);
    return undefined;
  }
  const crt = r.pem(section, 'crt', `${path}.crt`);
  const key = r.pem(section, 'key', `${path}.key`);
  const pair = { crt: crt.pem, key: key.pem };
  if (crt.ok && key.ok) {
    const error = checkCertAndKey(pair);
    if (error) r.problem(path, `${path} is invalid: ${error}`);
  }
  return pair;
}

function readServiceAccount(r: Reader, certs: Record<string, unknown>): { key: string } | undefined {
  const path = 'certs.k8sserviceaccount';
  const section = r.section(certs, 'k8sserviceaccount', path);
  if (!section) {
    if (certs.k8sserviceaccount === undefined || certs.k8sserviceaccount === null) {
      r.problem(path, `${path} is required`);
    }
    return undefined;
  }
  const key = r.pem(section, 'key', `${path}.key`);
  if (key.ok) {
    const parsed = parseKey(key.pem, 'plain');
    if ('error' in parsed) r.problem(`${path}.key`, `${path}.key is invalid: ${parsed.error}`);
  }
  return { key: key.pem };
}

/**
 * Reads and validates a decrypted secrets bundle (the parsed YAML value). Applies Talos's own bundle
 * validation rules and messages, plus decoding checks and a cert/key pairing check. Unknown keys are
 * ignored, as Talos's loader does. Throws {@link SecretsBundleError} naming `file` and the first field.
 */
export function parseSecretsBundle(value: unknown, file: string): SecretsBundle {
  if (!isMapping(value)) {
    throw new SecretsBundleError(file, [{ field: '', message: 'the file must hold a YAML mapping' }]);
  }
  const r = new Reader();

  const cluster = r.section(value, 'cluster', 'cluster');
  if (!cluster && (value.cluster === undefined || value.cluster === null)) {
    r.problem('cluster', 'cluster is required');
  }
  const clusterId = r.string(cluster, 'id', 'cluster.id');
  const clusterSecret = r.string(cluster, 'secret', 'cluster.secret');
  if (cluster && clusterId === '') r.problem('cluster.id', 'cluster.id is required');
  if (cluster && clusterSecret === '') r.problem('cluster.secret', 'cluster.secret is required');

  const secrets = r.section(value, 'secrets', 'secrets');
  if (!secrets && (value.secrets === undefined || value.secrets === null)) {
    r.problem('secrets', 'secrets is required');
  }
  const bootstrapToken = r.string(secrets, 'bootstraptoken', 'secrets.bootstraptoken');
  const secretbox = r.string(secrets, 'secretboxencryptionsecret', 'secrets.secretboxencryptionsecret');
  const aescbc = r.string(secrets, 'aescbcencryptionsecret', 'secrets.aescbcencryptionsecret');
  if (secrets) {
    if (bootstrapToken === '') r.problem('secrets.bootstraptoken', 'secrets.bootstraptoken is required');
    if (secretbox === '' && aescbc === '') {
      r.problem('secrets.secretboxencryptionsecret', `one of ${ENCRYPTION_SECRETS} is required`);
    }
    if (secretbox !== '' && aescbc !== '') {
      r.problem('secrets.aescbcencryptionsecret', `only one of ${ENCRYPTION_SECRETS} is allowed`);
    }
  }

  const trustd = r.section(value, 'trustdinfo', 'trustdinfo');
  if (!trustd && (value.trustdinfo === undefined || value.trustdinfo === null)) {
    r.problem('trustdinfo', 'trustdinfo is required');
  }
  const trustdToken = r.string(trustd, 'token', 'trustdinfo.token');
  if (trustd && trustdToken === '') r.problem('trustdinfo.token', 'trustdinfo.token is required');

  const certs = r.section(value, 'certs', 'certs');
  let etcd: CertAndKey | undefined;
  let k8s: CertAndKey | undefined;
  let k8sAggregator: CertAndKey | undefined;
  let k8sServiceAccount: { key: string } | undefined;
  let os: CertAndKey | undefined;
  if (certs) {
    etcd = readCertAndKey(r, certs, 'etcd');
    k8s = readCertAndKey(r, certs, 'k8s');
    k8sAggregator = readCertAndKey(r, certs, 'k8saggregator');
    k8sServiceAccount = readServiceAccount(r, certs);
    os = readCertAndKey(r, certs, 'os');
  } else if (value.certs === undefined || value.certs === null) {
    r.problem('certs', 'certs is required');
  }

  if (r.issues.length > 0 || !etcd || !k8s || !k8sAggregator || !k8sServiceAccount || !os) {
    throw new SecretsBundleError(file, r.issues);
  }

  const bundleSecrets: SecretsBundle['secrets'] = { bootstrapToken };
  if (secretbox !== '') bundleSecrets.secretboxEncryptionSecret = secretbox;
  if (aescbc !== '') bundleSecrets.aescbcEncryptionSecret = aescbc;

  return {
    cluster: { id: clusterId, secret: clusterSecret },
    secrets: bundleSecrets,
    trustdInfo: { token: trustdToken },
    certs: { etcd, k8s, k8sAggregator, k8sServiceAccount, os },
  };
}

/** Base64 of PEM text, byte for byte, as Talos writes certificate/key fields of the v1alpha1 document. */
export function pemToBase64(pem: string): string {
  return Buffer.from(pem, 'latin1').toString('base64');
}

/** PEM body lines shorter than this are not listed on their own: too generic to redact safely. */
const MIN_LINE_LENGTH = 16;

/** Every form a PEM value can take in rendered YAML/JSON: whole, base64, and line by line. */
function pemForms(pem: string): string[] {
  if (pem === '') return [];
  const forms = [pem, pem.trimEnd(), pemToBase64(pem)];
  const block = decodePem(pem);
  if (block) forms.push(block.der.toString('base64'));
  // A YAML block scalar indents each line, so the whole PEM never appears verbatim in YAML text.
  for (const line of pem.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.length >= MIN_LINE_LENGTH && !trimmed.startsWith('-----')) forms.push(trimmed);
  }
  return forms;
}

/**
 * Every value of the bundle, in every encoding that can appear in output, for redaction. The bundle
 * comes from an encrypted file, so all of it is treated as secret: keys and tokens (secret to Talos too)
 * and also the CA certificates and the cluster id. Longest first, so a redactor replaces whole values
 * before their parts.
 */
export function secretValuesOf(bundle: SecretsBundle): string[] {
  const values = new Set<string>();
  const add = (value: string | undefined) => {
    if (value) values.add(value);
  };
  add(bundle.cluster.id);
  add(bundle.cluster.secret);
  add(bundle.secrets.bootstrapToken);
  add(bundle.secrets.secretboxEncryptionSecret);
  add(bundle.secrets.aescbcEncryptionSecret);
  add(bundle.trustdInfo.token);
  const { etcd, k8s, k8sAggregator, k8sServiceAccount, os } = bundle.certs;
  for (const pair of [etcd, k8s, k8sAggregator, os]) {
    for (const form of pemForms(pair.crt)) add(form);
    for (const form of pemForms(pair.key)) add(form);
  }
  for (const form of pemForms(k8sServiceAccount.key)) add(form);
  return [...values].sort((a, b) => b.length - a.length);
}
