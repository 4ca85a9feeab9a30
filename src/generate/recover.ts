/**
 * Generation read backwards: from a machine config that `gen config` (or this generator) produced and
 * patches changed, the inputs generation took — the secrets bundle (the inverse of the secret placement
 * table in README.md), the cluster name, the endpoint and the machine type — so a running cluster can be
 * brought into a repository. Works on configs as plain values (one per document). Errors name the field
 * that is missing, never a value.
 */
import { TalosGitopsError } from '../errors.js';
import type { SecretsBundleFile } from '../secrets/gen-secrets.js';

export type PlainDocument = Record<string, unknown>;

export interface RecoveredInputs {
  role: 'controlplane' | 'worker';
  clusterName: string;
  endpoint: string;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function at(root: unknown, path: string[]): unknown {
  let cur = root;
  for (const key of path) cur = isMap(cur) ? cur[key] : undefined;
  return cur;
}

const legacy = (docs: PlainDocument[]) => docs.find((d) => d.kind === undefined && d.version === 'v1alpha1');
const byKind = (docs: PlainDocument[], kind: string, name?: string) =>
  docs.find((d) => d.kind === kind && (name === undefined || d.name === name));

class Reader {
  constructor(private readonly source: string) {}

  string(doc: PlainDocument | undefined, path: string[], label: string): string {
    const v = at(doc, path);
    if (typeof v !== 'string' || v === '') {
      throw new TalosGitopsError(
        `${this.source}: ${label} is missing, so the secrets bundle cannot be read`,
        {
          file: this.source,
          field: label,
        },
      );
    }
    return v;
  }

  optional(doc: PlainDocument | undefined, path: string[]): string | undefined {
    const v = at(doc, path);
    return typeof v === 'string' && v !== '' ? v : undefined;
  }
}

const b64 = (pem: string) => Buffer.from(pem, 'latin1').toString('base64');

/** The generation inputs a config shows, for contracts 1.10–1.14. */
export function recoverInputs(docs: PlainDocument[], source: string): RecoveredInputs {
  const r = new Reader(source);
  const v1 = legacy(docs);
  const type = r.string(v1, ['machine', 'type'], 'machine.type');
  if (!['controlplane', 'init', 'worker'].includes(type)) {
    throw new TalosGitopsError(`${source}: machine.type is neither controlplane nor worker`, {
      file: source,
      field: 'machine.type',
    });
  }
  const kube = byKind(docs, 'KubeClusterConfig');
  return {
    role: type === 'worker' ? 'worker' : 'controlplane',
    clusterName: kube
      ? r.string(kube, ['clusterName'], 'KubeClusterConfig.clusterName')
      : r.string(v1, ['cluster', 'clusterName'], 'cluster.clusterName'),
    endpoint: kube
      ? r.string(kube, ['endpoint'], 'KubeClusterConfig.endpoint')
      : r.string(v1, ['cluster', 'controlPlane', 'endpoint'], 'cluster.controlPlane.endpoint'),
  };
}

/**
 * The secrets bundle (`talosctl gen secrets` layout) from a control plane's config. Certificates and keys
 * come back as base64 of their PEM text; 1.14 documents hold PEM text, v1alpha1 holds base64 of it.
 */
export function recoverSecretsBundle(docs: PlainDocument[], source: string): SecretsBundleFile {
  const r = new Reader(source);
  const v1 = legacy(docs);
  const kubeCa = byKind(docs, 'KubeAPIServerCAConfig');
  const pair = (doc: PlainDocument | undefined, path: string[], label: string) => ({
    crt: r.string(doc, [...path, 'crt'], `${label}.crt`),
    key: r.string(doc, [...path, 'key'], `${label}.key`),
  });
  const pemPair = (doc: PlainDocument | undefined, kind: string) => ({
    crt: b64(r.string(doc, ['issuingCA', 'cert'], `${kind}.issuingCA.cert`)),
    key: b64(r.string(doc, ['issuingCA', 'key'], `${kind}.issuingCA.key`)),
  });
  const secrets: SecretsBundleFile['secrets'] = {
    bootstraptoken: r.string(v1, ['cluster', 'token'], 'cluster.token'),
  };
  let cluster: SecretsBundleFile['cluster'];
  let certs: SecretsBundleFile['certs'];
  const common = {
    etcd: pair(v1, ['cluster', 'etcd', 'ca'], 'cluster.etcd.ca'),
    os: pair(v1, ['machine', 'ca'], 'machine.ca'),
  };
  if (kubeCa) {
    const identity = byKind(docs, 'DiscoveryIdentityConfig');
    cluster = {
      id: r.string(identity, ['clusterID'], 'DiscoveryIdentityConfig.clusterID'),
      secret: r.string(identity, ['clusterSecret'], 'DiscoveryIdentityConfig.clusterSecret'),
    };
    const account = byKind(docs, 'KubeServiceAccountConfig');
    certs = {
      etcd: common.etcd,
      k8s: pemPair(kubeCa, 'KubeAPIServerCAConfig'),
      k8saggregator: pemPair(byKind(docs, 'KubeAggregatorCAConfig'), 'KubeAggregatorCAConfig'),
      k8sserviceaccount: {
        key: b64(r.string(account, ['issuer', 'privateKey'], 'KubeServiceAccountConfig.issuer.privateKey')),
      },
      os: common.os,
    };
    // gen config 1.14 writes the secretbox secret as provider key2 and an old aescbc secret as key1
    const providers = at(byKind(docs, 'KubeEtcdEncryptionConfig'), ['config', 'resources']);
    const keys = (Array.isArray(providers) ? providers : [])
      .flatMap((res) => (Array.isArray(at(res, ['providers'])) ? (at(res, ['providers']) as unknown[]) : []))
      .flatMap((p) =>
        Array.isArray(at(p, ['secretbox', 'keys'])) ? (at(p, ['secretbox', 'keys']) as unknown[]) : [],
      );
    for (const k of keys) {
      if (!isMap(k) || typeof k.secret !== 'string') continue;
      if (k.name === 'key2') secrets.secretboxencryptionsecret = k.secret;
      if (k.name === 'key1') secrets.aescbcencryptionsecret = k.secret;
    }
  } else {
    cluster = {
      id: r.string(v1, ['cluster', 'id'], 'cluster.id'),
      secret: r.string(v1, ['cluster', 'secret'], 'cluster.secret'),
    };
    certs = {
      etcd: common.etcd,
      k8s: pair(v1, ['cluster', 'ca'], 'cluster.ca'),
      k8saggregator: pair(v1, ['cluster', 'aggregatorCA'], 'cluster.aggregatorCA'),
      k8sserviceaccount: {
        key: r.string(v1, ['cluster', 'serviceAccount', 'key'], 'cluster.serviceAccount.key'),
      },
      os: common.os,
    };
    const secretbox = r.optional(v1, ['cluster', 'secretboxEncryptionSecret']);
    if (secretbox) secrets.secretboxencryptionsecret = secretbox;
    const aescbc = r.optional(v1, ['cluster', 'aescbcEncryptionSecret']);
    if (aescbc) secrets.aescbcencryptionsecret = aescbc;
  }
  if (!secrets.secretboxencryptionsecret && !secrets.aescbcencryptionsecret) {
    throw new TalosGitopsError(`${source}: the config holds no etcd encryption secret`, { file: source });
  }
  return {
    cluster,
    secrets,
    trustdinfo: { token: r.string(v1, ['machine', 'token'], 'machine.token') },
    certs,
  };
}

/** The hostname a config sets (HostnameConfig from 1.12, `machine.network.hostname` before), if any. */
export function recoverHostname(docs: PlainDocument[]): string | undefined {
  const doc = byKind(docs, 'HostnameConfig');
  const name = doc ? at(doc, ['hostname']) : at(legacy(docs), ['machine', 'network', 'hostname']);
  return typeof name === 'string' && name !== '' ? name : undefined;
}
