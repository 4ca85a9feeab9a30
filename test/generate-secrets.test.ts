/**
 * Which bundle value lands at which path of which document, per contract and role, and proof that no
 * control-plane-only secret reaches a worker.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type Document, generateBaseConfig, type MachineRole } from '../src/generate/index.js';
import { parseSecretsBundle, pemToBase64, type SecretsBundle } from '../src/secrets/bundle.js';
import { availableBundles, type Loose, rawBundle } from './fixtures/generate/bundles.js';

const RELEASES = ['v1.10.9', 'v1.11.6', 'v1.12.11', 'v1.13.9', 'v1.14.0-rc.1'] as const;

/** Bundle values by name; certificates and keys in both encodings used in configs. */
function bundleValues(bundle: SecretsBundle): Record<string, string> {
  const { certs } = bundle;
  const values: Record<string, string> = {
    'cluster.id': bundle.cluster.id,
    'cluster.secret': bundle.cluster.secret,
    'secrets.bootstraptoken': bundle.secrets.bootstrapToken,
    'trustdinfo.token': bundle.trustdInfo.token,
  };
  if (bundle.secrets.secretboxEncryptionSecret) {
    values['secrets.secretboxencryptionsecret'] = bundle.secrets.secretboxEncryptionSecret;
  }
  if (bundle.secrets.aescbcEncryptionSecret) {
    values['secrets.aescbcencryptionsecret'] = bundle.secrets.aescbcEncryptionSecret;
  }
  const pems: Record<string, string> = {
    'certs.os.crt': certs.os.crt,
    'certs.os.key': certs.os.key,
    'certs.k8s.crt': certs.k8s.crt,
    'certs.k8s.key': certs.k8s.key,
    'certs.k8saggregator.crt': certs.k8sAggregator.crt,
    'certs.k8saggregator.key': certs.k8sAggregator.key,
    'certs.k8sserviceaccount.key': certs.k8sServiceAccount.key,
    'certs.etcd.crt': certs.etcd.crt,
    'certs.etcd.key': certs.etcd.key,
  };
  for (const [name, pem] of Object.entries(pems)) {
    values[`${name} (PEM)`] = pem;
    values[`${name} (base64)`] = pemToBase64(pem);
  }
  return values;
}

/** `Kind[/name]:path` → bundle value name, for every leaf of the output that holds a bundle value. */
function placements(docs: Document[], bundle: SecretsBundle): Record<string, string> {
  const byValue = new Map(Object.entries(bundleValues(bundle)).map(([name, value]) => [value, name]));
  const found: Record<string, string> = {};
  const walk = (node: unknown, where: string, path: string) => {
    if (typeof node === 'string') {
      const name = byValue.get(node);
      if (name) found[`${where}:${path}`] = name;
    } else if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) walk(item, where, `${path}[${i}]`);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, where, path ? `${path}.${key}` : key);
    }
  };
  for (const doc of docs) {
    const where = doc.kind ? `${doc.kind}${doc.name ? `/${doc.name}` : ''}` : 'v1alpha1';
    walk(doc, where, '');
  }
  return found;
}

/** The expected mapping, written out by hand from Talos's init.go/worker.go/kubernetes.go per contract. */
const LEGACY_CONTROLPLANE = {
  'v1alpha1:machine.token': 'trustdinfo.token',
  'v1alpha1:machine.ca.crt': 'certs.os.crt (base64)',
  'v1alpha1:machine.ca.key': 'certs.os.key (base64)',
  'v1alpha1:cluster.id': 'cluster.id',
  'v1alpha1:cluster.secret': 'cluster.secret',
  'v1alpha1:cluster.token': 'secrets.bootstraptoken',
  'v1alpha1:cluster.secretboxEncryptionSecret': 'secrets.secretboxencryptionsecret',
  'v1alpha1:cluster.ca.crt': 'certs.k8s.crt (base64)',
  'v1alpha1:cluster.ca.key': 'certs.k8s.key (base64)',
  'v1alpha1:cluster.aggregatorCA.crt': 'certs.k8saggregator.crt (base64)',
  'v1alpha1:cluster.aggregatorCA.key': 'certs.k8saggregator.key (base64)',
  'v1alpha1:cluster.serviceAccount.key': 'certs.k8sserviceaccount.key (base64)',
  'v1alpha1:cluster.etcd.ca.crt': 'certs.etcd.crt (base64)',
  'v1alpha1:cluster.etcd.ca.key': 'certs.etcd.key (base64)',
};
const LEGACY_WORKER = {
  'v1alpha1:machine.token': 'trustdinfo.token',
  'v1alpha1:machine.ca.crt': 'certs.os.crt (base64)',
  'v1alpha1:cluster.id': 'cluster.id',
  'v1alpha1:cluster.secret': 'cluster.secret',
  'v1alpha1:cluster.token': 'secrets.bootstraptoken',
  'v1alpha1:cluster.ca.crt': 'certs.k8s.crt (base64)',
};
const V14_CONTROLPLANE = {
  'v1alpha1:machine.token': 'trustdinfo.token',
  'v1alpha1:machine.ca.crt': 'certs.os.crt (base64)',
  'v1alpha1:machine.ca.key': 'certs.os.key (base64)',
  'v1alpha1:cluster.token': 'secrets.bootstraptoken',
  'v1alpha1:cluster.etcd.ca.crt': 'certs.etcd.crt (base64)',
  'v1alpha1:cluster.etcd.ca.key': 'certs.etcd.key (base64)',
  'DiscoveryIdentityConfig:clusterID': 'cluster.id',
  'DiscoveryIdentityConfig:clusterSecret': 'cluster.secret',
  'KubeAPIServerCAConfig:issuingCA.cert': 'certs.k8s.crt (PEM)',
  'KubeAPIServerCAConfig:issuingCA.key': 'certs.k8s.key (PEM)',
  'KubeAggregatorCAConfig:issuingCA.cert': 'certs.k8saggregator.crt (PEM)',
  'KubeAggregatorCAConfig:issuingCA.key': 'certs.k8saggregator.key (PEM)',
  'KubeServiceAccountConfig:issuer.privateKey': 'certs.k8sserviceaccount.key (PEM)',
  'KubeEtcdEncryptionConfig:config.resources[0].providers[0].secretbox.keys[0].secret':
    'secrets.secretboxencryptionsecret',
};
const V14_WORKER = {
  'v1alpha1:machine.token': 'trustdinfo.token',
  'v1alpha1:machine.ca.crt': 'certs.os.crt (base64)',
  'v1alpha1:cluster.token': 'secrets.bootstraptoken',
  'DiscoveryIdentityConfig:clusterID': 'cluster.id',
  'DiscoveryIdentityConfig:clusterSecret': 'cluster.secret',
  'KubeAPIServerCAConfig:acceptedCAs[0]': 'certs.k8s.crt (PEM)',
};

function expected(release: string, role: MachineRole): Record<string, string> {
  const v14 = release.startsWith('v1.14');
  if (role === 'controlplane') return v14 ? V14_CONTROLPLANE : LEGACY_CONTROLPLANE;
  return v14 ? V14_WORKER : LEGACY_WORKER;
}

function generate(bundle: SecretsBundle, talosVersion: string, role: MachineRole, extra = {}): Document[] {
  return generateBaseConfig({
    bundle,
    clusterName: 'prod',
    endpoint: 'https://10.0.1.100:6443',
    talosVersion,
    role,
    ...extra,
  });
}

/** Every text form a PEM value takes in YAML/JSON output: whole, base64, and line by line. */
function forms(pem: string): string[] {
  const lines = pem.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'));
  return [pem, pemToBase64(pem), ...lines];
}

/** Control-plane-only material: the CA keys, the aggregator and etcd CAs, the SA key, encryption secrets. */
function controlPlaneOnly(bundle: SecretsBundle): Record<string, string[]> {
  const { certs, secrets } = bundle;
  const only: Record<string, string[]> = {
    'certs.os.key': forms(certs.os.key),
    'certs.k8s.key': forms(certs.k8s.key),
    'certs.k8saggregator.crt': forms(certs.k8sAggregator.crt),
    'certs.k8saggregator.key': forms(certs.k8sAggregator.key),
    'certs.k8sserviceaccount.key': forms(certs.k8sServiceAccount.key),
    'certs.etcd.crt': forms(certs.etcd.crt),
    'certs.etcd.key': forms(certs.etcd.key),
  };
  if (secrets.secretboxEncryptionSecret) only.secretbox = [secrets.secretboxEncryptionSecret];
  if (secrets.aescbcEncryptionSecret) only.aescbc = [secrets.aescbcEncryptionSecret];
  return only;
}

describe.each(availableBundles())('secrets placement with the $name bundle', ({ bundle }) => {
  describe.each(RELEASES)('contract of %s', (release) => {
    it.each(['controlplane', 'worker'] as const)(
      '%s: each bundle value lands exactly where gen config puts it',
      (role) => {
        expect(placements(generate(bundle, release, role), bundle)).toEqual(expected(release, role));
      },
    );

    it('a worker carries no control-plane-only secret anywhere in its output', () => {
      const docs = generate(bundle, release, 'worker', {
        additionalSANs: ['kube.example.com'],
        kubeSpan: true,
        registryMirrors: { 'docker.io': ['https://mirror.example.com'] },
      });
      const text = `${JSON.stringify(docs)}\n${docs.map((d) => stringify(d)).join('---\n')}`;
      for (const [name, values] of Object.entries(controlPlaneOnly(bundle))) {
        for (const value of values) expect(text.includes(value), `${name} leaked to a worker`).toBe(false);
      }
    });

    it('a worker keeps the CA key fields empty rather than absent, as Talos prints them', () => {
      const [v1alpha1] = generate(bundle, release, 'worker') as Loose[];
      expect(v1alpha1.machine.ca.key).toBe('');
      if (!release.startsWith('v1.14')) expect(v1alpha1.cluster.ca.key).toBe('');
    });
  });
});

describe('a bundle with only the old aescbc encryption secret', () => {
  const raw = rawBundle();
  raw.secrets.aescbcencryptionsecret = raw.secrets.secretboxencryptionsecret;
  delete raw.secrets.secretboxencryptionsecret;
  const bundle = parseSecretsBundle(raw, 'aescbc.yaml');

  it.each(RELEASES.slice(0, 4))(
    '%s: no encryption secret is written (secretbox is used above 1.2)',
    (release) => {
      const map = placements(generate(bundle, release, 'controlplane'), bundle);
      expect(Object.values(map)).not.toContain('secrets.aescbcencryptionsecret');
      const { 'v1alpha1:cluster.secretboxEncryptionSecret': _, ...rest } = LEGACY_CONTROLPLANE;
      expect(map).toEqual(rest);
    },
  );

  it('v1.14: it becomes a secretbox provider named key1, as Talos 1.14 writes it', () => {
    const docs = generate(bundle, 'v1.14.0-rc.1', 'controlplane');
    const encryption = docs.find((d) => d.kind === 'KubeEtcdEncryptionConfig');
    expect(encryption?.config).toEqual({
      resources: [
        {
          providers: [
            { secretbox: { keys: [{ name: 'key1', secret: bundle.secrets.aescbcEncryptionSecret }] } },
          ],
          resources: ['secrets'],
        },
      ],
    });
  });
});
