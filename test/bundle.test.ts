import { describe, expect, it } from 'vitest';
import { TalosGitopsError } from '../src/errors.js';
import {
  parseSecretsBundle,
  pemToBase64,
  SecretsBundleError,
  secretValuesOf,
} from '../src/secrets/bundle.js';
import {
  FIXTURE_BUNDLE_FILE,
  HAS_SHARED_BUNDLE,
  type Loose,
  loadBundle,
  rawBundle,
  SHARED_BUNDLE_FILE,
} from './fixtures/generate/bundles.js';

/** Every string value of a raw bundle (the base64 and plain values as they sit in the file). */
function rawStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(rawStrings);
  return [];
}

function issuesOf(raw: unknown): SecretsBundleError {
  try {
    parseSecretsBundle(raw, 'clusters/prod/secrets.sops.yaml');
  } catch (err) {
    expect(err).toBeInstanceOf(SecretsBundleError);
    return err as SecretsBundleError;
  }
  throw new Error('expected the bundle to be rejected');
}

describe('parseSecretsBundle', () => {
  it('reads the fixture bundle: PEM text in memory, canonical base64 back out', () => {
    const raw = rawBundle();
    const bundle = loadBundle();
    expect(bundle.cluster).toEqual({ id: raw.cluster.id, secret: raw.cluster.secret });
    expect(bundle.secrets).toEqual({
      bootstrapToken: raw.secrets.bootstraptoken,
      secretboxEncryptionSecret: raw.secrets.secretboxencryptionsecret,
    });
    expect(bundle.trustdInfo.token).toBe(raw.trustdinfo.token);
    expect(bundle.certs.os.key).toMatch(/^-----BEGIN ED25519 PRIVATE KEY-----\n/);
    expect(bundle.certs.k8sServiceAccount.key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    const pairs = [
      ['etcd', bundle.certs.etcd],
      ['k8s', bundle.certs.k8s],
      ['k8saggregator', bundle.certs.k8sAggregator],
      ['os', bundle.certs.os],
    ] as const;
    for (const [name, pair] of pairs) {
      expect(pair.crt).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
      expect(pemToBase64(pair.crt)).toBe(raw.certs[name].crt);
      expect(pemToBase64(pair.key)).toBe(raw.certs[name].key);
    }
  });

  it.skipIf(!HAS_SHARED_BUNDLE)("accepts Talos's own example bundle (ECDSA service-account key)", () => {
    const bundle = loadBundle(SHARED_BUNDLE_FILE);
    expect(bundle.certs.k8sServiceAccount.key).toMatch(/^-----BEGIN EC PRIVATE KEY-----\n/);
    expect(bundle.secrets.aescbcEncryptionSecret).toBeUndefined();
  });

  it('reports the same problems, in the same order and words, as Talos for a broken bundle', () => {
    // The same kinds of damage as Talos's own invalid-bundle test, applied to our fixture.
    const raw = rawBundle();
    delete raw.cluster.secret;
    delete raw.secrets.secretboxencryptionsecret;
    delete raw.trustdinfo;
    delete raw.certs.etcd.key;
    delete raw.certs.k8saggregator;
    raw.certs.os = { key: raw.certs.os.crt };
    const err = issuesOf(raw);
    expect(err.issues.map((i) => i.message)).toEqual([
      'cluster.secret is required',
      'one of [secrets.secretboxencryptionsecret, secrets.aescbcencryptionsecret] is required',
      'trustdinfo is required',
      'certs.etcd is invalid: failed to parse PEM block',
      'certs.k8saggregator is required',
      'certs.os is invalid: unsupported key type: "CERTIFICATE"',
    ]);
    expect(err).toBeInstanceOf(TalosGitopsError);
    expect(err.file).toBe('clusters/prod/secrets.sops.yaml');
    expect(err.field).toBe('cluster.secret');
    expect(err.describe()).toMatch(
      /^clusters\/prod\/secrets\.sops\.yaml: cluster\.secret: secrets bundle is invalid \(6 problems\): /,
    );
  });

  it.each([
    ['cluster', (r: Loose) => delete r.cluster, 'cluster is required'],
    ['cluster.id', (r: Loose) => delete r.cluster.id, 'cluster.id is required'],
    ['secrets', (r: Loose) => delete r.secrets, 'secrets is required'],
    [
      'secrets.bootstraptoken',
      (r: Loose) => (r.secrets.bootstraptoken = ''),
      'secrets.bootstraptoken is required',
    ],
    [
      'secrets.aescbcencryptionsecret',
      (r: Loose) => (r.secrets.aescbcencryptionsecret = r.secrets.secretboxencryptionsecret),
      'only one of [secrets.secretboxencryptionsecret, secrets.aescbcencryptionsecret] is allowed',
    ],
    ['trustdinfo.token', (r: Loose) => delete r.trustdinfo.token, 'trustdinfo.token is required'],
    ['certs', (r: Loose) => delete r.certs, 'certs is required'],
    ['certs.k8s', (r: Loose) => delete r.certs.k8s, 'certs.k8s is required'],
    [
      'certs.k8sserviceaccount',
      (r: Loose) => delete r.certs.k8sserviceaccount,
      'certs.k8sserviceaccount is required',
    ],
    [
      'certs.k8sserviceaccount.key',
      (r: Loose) => (r.certs.k8sserviceaccount.key = r.certs.k8s.crt),
      'certs.k8sserviceaccount.key is invalid: unsupported key type "CERTIFICATE"',
    ],
    ['certs.os', (r: Loose) => delete r.certs.os.crt, 'certs.os is invalid: failed to parse PEM block'],
    ['certs.etcd.crt', (r: Loose) => (r.certs.etcd.crt = 'not*base64'), 'certs.etcd.crt is not valid base64'],
    ['cluster.secret', (r: Loose) => (r.cluster.secret = 42), 'cluster.secret must be a string'],
    ['certs.k8s', (r: Loose) => (r.certs.k8s = 'x'), 'certs.k8s must be a mapping'],
  ])('rejects a bad %s with a Talos-style message naming the field', (field, damage, message) => {
    const raw = rawBundle();
    damage(raw);
    const err = issuesOf(raw);
    expect(err.issues).toContainEqual({ field, message });
  });

  it('accepts a bundle with only the old aescbc encryption secret', () => {
    const raw = rawBundle();
    raw.secrets.aescbcencryptionsecret = raw.secrets.secretboxencryptionsecret;
    delete raw.secrets.secretboxencryptionsecret;
    const bundle = parseSecretsBundle(raw, FIXTURE_BUNDLE_FILE);
    expect(bundle.secrets.secretboxEncryptionSecret).toBeUndefined();
    expect(bundle.secrets.aescbcEncryptionSecret).toBe(raw.secrets.aescbcencryptionsecret);
  });

  it('detects a certificate paired with another CA key', () => {
    const raw = rawBundle();
    [raw.certs.etcd.key, raw.certs.k8s.key] = [raw.certs.k8s.key, raw.certs.etcd.key];
    const err = issuesOf(raw);
    expect(err.issues.map((i) => i.message)).toEqual([
      'certs.etcd is invalid: certificate and key do not match',
      'certs.k8s is invalid: certificate and key do not match',
    ]);
  });

  it('detects a key that is valid PEM but not a key of the labelled type', () => {
    const raw = rawBundle();
    const rsaBody = Buffer.from(raw.certs.k8sserviceaccount.key, 'base64').toString();
    raw.certs.os.key = Buffer.from(rsaBody.replaceAll('RSA PRIVATE KEY', 'ED25519 PRIVATE KEY')).toString(
      'base64',
    );
    expect(issuesOf(raw).issues).toEqual([
      { field: 'certs.os', message: 'certs.os is invalid: failed to parse Ed25519 key' },
    ]);
  });

  it('rejects a value that is not a mapping', () => {
    expect(issuesOf(['a']).issues).toEqual([{ field: '', message: 'the file must hold a YAML mapping' }]);
  });

  it('never puts a secret value into an error message', () => {
    const raw = rawBundle();
    const values = rawStrings(raw);
    raw.secrets.aescbcencryptionsecret = raw.secrets.secretboxencryptionsecret;
    raw.cluster.secret = 7;
    [raw.certs.etcd.key, raw.certs.k8s.key] = [raw.certs.k8s.key, raw.certs.etcd.key];
    raw.certs.os.key = raw.certs.os.crt;
    const err = issuesOf(raw);
    const text = `${err.describe()}\n${JSON.stringify(err.issues)}`;
    for (const value of values) expect(text).not.toContain(value);
    for (const value of secretValuesOf(loadBundle())) expect(text).not.toContain(value);
  });
});

describe('secretValuesOf', () => {
  const bundle = loadBundle();
  const values = secretValuesOf(bundle);

  it('lists every value of the file as written there (base64 certs/keys, tokens, secrets, cluster id)', () => {
    for (const value of rawStrings(rawBundle())) expect(values).toContain(value);
  });

  it('lists the PEM form and every PEM body line, as they appear in YAML block scalars', () => {
    for (const pem of [bundle.certs.k8s.crt, bundle.certs.k8s.key, bundle.certs.k8sServiceAccount.key]) {
      expect(values).toContain(pem);
      const body = pem.split('\n').filter((l) => l !== '' && !l.startsWith('-----'));
      for (const line of body.filter((l) => l.length >= 16)) expect(values).toContain(line);
      expect(values).toContain(body.join(''));
    }
  });

  it('holds no short generic strings and is ordered longest first', () => {
    expect(Math.min(...values.map((v) => v.length))).toBeGreaterThanOrEqual(16);
    expect([...values].sort((a, b) => b.length - a.length)).toEqual(values);
    expect(new Set(values).size).toBe(values.length);
  });
});
