/**
 * The legacy v1alpha1 document (Talos `v1alpha1.Config`): everything the project knows of it beyond its
 * shape. Its validation is split as Talos splits `v1alpha1_validation.go` (validate*.ts); its
 * immediate-apply rule is Talos's `CanApplyImmediate`.
 */
import type { BootstrapManifestInputs, KindEntry, Located } from '../types.js';
import { asList, asObj, asStr, dig } from '../values.js';
import { immediateBlockers } from './immediate-apply.js';
import { checkV1alpha1 } from './validate.js';

/** Static addresses of `machine.network.interfaces` (and their VLANs); VIPs are shared, so not listed. */
function interfaceAddresses(body: Record<string, unknown>): Located[] {
  const out: Located[] = [];
  const base = ['machine', 'network', 'interfaces'];
  asList(dig(body, 'machine', 'network', 'interfaces')).forEach((d, i) => {
    const dev = asObj(d);
    asList(dev?.addresses).forEach((a, j) => {
      out.push({ value: asStr(a), segs: [...base, i, 'addresses', j] });
    });
    if (asStr(dev?.cidr) !== '') out.push({ value: asStr(dev?.cidr), segs: [...base, i, 'cidr'] });
    asList(dev?.vlans).forEach((v, k) => {
      asList(asObj(v)?.addresses).forEach((a, j) => {
        out.push({ value: asStr(a), segs: [...base, i, 'vlans', k, 'addresses', j] });
      });
    });
  });
  return out;
}

const strings = (v: unknown): string[] | undefined => {
  const list = asList(v)
    .map(asStr)
    .filter((x) => x !== '');
  return list.length ? list : undefined;
};

/** What `cluster.*` (and KubePrism in `machine.features`) gives Talos's bootstrap manifests. */
function bootstrapManifests(body: Record<string, unknown>): BootstrapManifestInputs {
  const cluster = asObj(body.cluster) ?? {};
  const network = asObj(cluster.network) ?? {};
  const proxy = asObj(cluster.proxy);
  const coreDNS = asObj(cluster.coreDNS);
  const prism = asObj(dig(body, 'machine', 'features', 'kubePrism'));
  const out: BootstrapManifestInputs = {
    endpoint: asStr(dig(cluster, 'controlPlane', 'endpoint')) || undefined,
    clusterDomain: asStr(network.dnsDomain) || undefined,
    podSubnets: strings(network.podSubnets),
    serviceSubnets: strings(network.serviceSubnets),
    proxyEnabled: proxy ? proxy.disabled !== true : undefined,
    proxyImage: asStr(proxy?.image) || undefined,
    proxyMode: asStr(proxy?.mode) || undefined,
    coreDNSEnabled: coreDNS ? coreDNS.disabled !== true : undefined,
    coreDNSImage: asStr(coreDNS?.image) || undefined,
    cniName: asStr(dig(network, 'cni', 'name')) || undefined,
    kubePrismPort: prism ? (prism.enabled === true ? Number(prism.port ?? 7445) : 0) : undefined,
    bootstrapToken: asStr(cluster.token) || undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

export const v1alpha1: KindEntry = {
  kind: 'v1alpha1',
  group: 'v1alpha1',
  secrets: [
    'machine.token',
    'machine.ca.key',
    'machine.registries.config.*.auth.password',
    'machine.registries.config.*.auth.auth',
    'machine.registries.config.*.auth.identityToken',
    'machine.registries.config.*.tls.clientIdentity.key',
    'machine.network.interfaces[].wireguard.privateKey',
    'machine.network.interfaces[].vip.equinixMetal.apiToken',
    'machine.network.interfaces[].vip.hcloud.apiToken',
    'machine.network.interfaces[].vlans[].vip.equinixMetal.apiToken',
    'machine.network.interfaces[].vlans[].vip.hcloud.apiToken',
    'machine.systemDiskEncryption.state.keys[].static.passphrase',
    'machine.systemDiskEncryption.ephemeral.keys[].static.passphrase',
    'cluster.secret',
    'cluster.token',
    'cluster.aescbcEncryptionSecret',
    'cluster.secretboxEncryptionSecret',
    'cluster.serviceAccount.key',
    'cluster.ca.key',
    'cluster.aggregatorCA.key',
    'cluster.etcd.ca.key',
  ],
  alsoSecret: [
    {
      path: 'machine.network.interfaces[].wireguard.peers[].presharedKey',
      why: 'a WireGuard pre-shared key is as secret as the private key (WireguardConfig redacts it)',
    },
  ],
  validate: (_body, _report, ctx, doc) => checkV1alpha1(ctx, doc),
  strictWarningsAreErrors: true,
  apply: {
    immediateBlockers,
    rebootToTakeEffect: [
      'cluster.etcd',
      'machine.env',
      'machine.kernel.modules',
      'machine.systemDiskEncryption',
    ],
    restartsKubelet: ['machine.kubelet', 'cluster.network.dnsDomain', 'cluster.network.serviceSubnets'],
  },
  images: [
    { role: 'installer', path: ['machine', 'install', 'image'] },
    { role: 'kubelet', path: ['machine', 'kubelet', 'image'] },
    { role: 'etcd', path: ['cluster', 'etcd', 'image'] },
    { role: 'kube-apiserver', path: ['cluster', 'apiServer', 'image'] },
    { role: 'kube-controller-manager', path: ['cluster', 'controllerManager', 'image'] },
    { role: 'kube-scheduler', path: ['cluster', 'scheduler', 'image'] },
    { role: 'kube-proxy', path: ['cluster', 'proxy', 'image'] },
    { role: 'coredns', path: ['cluster', 'coreDNS', 'image'] },
  ],
  addresses: interfaceAddresses,
  machineType: (body) => ({ value: dig(body, 'machine', 'type'), segs: ['machine', 'type'] }),
  certSANs: (body) =>
    asList(dig(body, 'machine', 'certSANs')).map((v, i) => ({
      value: asStr(v),
      segs: ['machine', 'certSANs', i],
    })),
  volumeEncryption: (body) =>
    (['STATE', 'EPHEMERAL'] as const).map((volume) => {
      const segs = ['machine', 'systemDiskEncryption', volume.toLowerCase()];
      return { volume, value: dig(body, ...segs), segs };
    }),
  bootstrapManifests,
  endpoint: (body) => {
    const value = dig(body, 'cluster', 'controlPlane', 'endpoint');
    return value ? { value, segs: ['cluster', 'controlPlane', 'endpoint'] } : undefined;
  },
  cas: [
    { role: 'talos-api', path: ['machine', 'ca'] },
    { role: 'kubernetes', path: ['cluster', 'ca'] },
    { role: 'aggregator', path: ['cluster', 'aggregatorCA'] },
    { role: 'etcd', path: ['cluster', 'etcd', 'ca'] },
    { role: 'service-account', path: ['cluster', 'serviceAccount'] },
  ],
};
