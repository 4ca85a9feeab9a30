/**
 * Which config values are secret: Talos's own redaction list (the fields its Redact methods replace),
 * plus LUKS passphrases in the multi-document volume kinds. Paths use `*` for a map key and `[]` for
 * any list item.
 */

const V1ALPHA1 = [
  'machine.token',
  'machine.ca.key',
  'machine.registries.config.*.auth.password',
  'machine.registries.config.*.auth.auth',
  'machine.registries.config.*.auth.identityToken',
  'machine.registries.config.*.tls.clientIdentity.key',
  'machine.network.interfaces[].wireguard.privateKey',
  'machine.network.interfaces[].wireguard.peers[].presharedKey',
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
];

const VOLUME_PASSPHRASE = ['encryption.keys[].static.passphrase'];

export const SECRET_PATHS: Record<string, string[]> = {
  v1alpha1: V1ALPHA1,
  DiscoveryIdentityConfig: ['clusterSecret'],
  KubeAPIServerCAConfig: ['issuingCA.key'],
  KubeAggregatorCAConfig: ['issuingCA.key'],
  KubeServiceAccountConfig: ['issuer.privateKey'],
  KubeEtcdEncryptionConfig: ['config.**.secret'],
  SideroLinkConfig: ['uniqueToken', 'apiUrl?jointoken'],
  WireguardConfig: ['privateKey', 'peers[].presharedKey'],
  HCloudVIPConfig: ['apiToken'],
  RegistryAuthConfig: ['password', 'auth', 'identityToken'],
  RegistryTLSConfig: ['clientIdentity.key'],
  VolumeConfig: VOLUME_PASSPHRASE,
  UserVolumeConfig: VOLUME_PASSPHRASE,
  RawVolumeConfig: VOLUME_PASSPHRASE,
  SwapVolumeConfig: VOLUME_PASSPHRASE,
};

/** Path segments as the matcher sees them: keys, `[]` for list items. */
export type PathSegs = readonly string[];

function matches(pattern: string, segs: PathSegs): boolean {
  const p = pattern.split('?')[0]!.replace(/\[\]/g, '.[]').split('.').filter(Boolean);
  const go = (i: number, j: number): boolean => {
    if (i === p.length) return j === segs.length;
    if (p[i] === '**') {
      for (let k = j; k <= segs.length; k++) if (go(i + 1, k)) return true;
      return false;
    }
    if (j >= segs.length) return false;
    if (p[i] === '*' || p[i] === segs[j]) return go(i + 1, j + 1);
    return false;
  };
  return go(0, 0);
}

/** Whether the value at this path of a document of this kind is secret. */
export function isSecretPath(kind: string, segs: PathSegs): boolean {
  const list = SECRET_PATHS[kind];
  return !!list && list.some((pattern) => !pattern.includes('?') && matches(pattern, segs));
}

/** URL fields whose query parameter is secret (SideroLink's join token). */
export function secretQueryParam(kind: string, segs: PathSegs): string | undefined {
  for (const pattern of SECRET_PATHS[kind] ?? []) {
    const [path, param] = pattern.split('?');
    if (param && matches(path!, segs)) return param;
  }
  return undefined;
}
