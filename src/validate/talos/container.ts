/**
 * Checks across documents: new-style documents that conflict with the v1alpha1 fields they replace,
 * and (from Talos 1.14) the whole-config rules — control-plane-only kinds on workers, discovery needing
 * a cluster identity, KubeSpan needing discovery, encrypted DNS needing host DNS, etcd encryption on
 * control planes that run kube-apiserver.
 */
import type { ConfigDocument } from '../../config/document.js';
import { asList, asObj, asStr, type Obj, type TalosContext } from './context.js';

const CONTROLPLANE_ONLY_KINDS = [
  'KubeAdmissionControlConfig',
  'KubeAggregatorCAConfig',
  'KubeAPIServerConfig',
  'KubeAuditPolicyConfig',
  'KubeAuthenticationConfig',
  'KubeAuthorizerConfig',
  'KubeControllerManagerConfig',
  'KubeCoreDNSConfig',
  'KubeEtcdEncryptionConfig',
  'KubeFlannelCNIConfig',
  'KubeProxyConfig',
  'KubeSchedulerConfig',
  'KubeServiceAccountConfig',
];

const CONFLICT = 'talos/conflicting-config';

function conflicts(ctx: TalosContext, v1: ConfigDocument): void {
  const body = v1.body as Obj;
  const machine = asObj(body.machine) ?? {};
  const cluster = asObj(body.cluster) ?? {};
  const network = asObj(machine.network) ?? {};
  const features = asObj(machine.features) ?? {};
  for (const doc of ctx.docs) {
    const err = (m: string) => ctx.error(CONFLICT, m, doc, []);
    const b = doc.body as Obj;
    switch (doc.kind) {
      case 'HostnameConfig':
        if (asStr(network.hostname) !== '') err('static hostname is already set in v1alpha1 config');
        else if (features.stableHostname === true) err('stable hostname is already set in v1alpha1 config');
        break;
      case 'ResolverConfig':
        if (network.searchDomains !== undefined)
          err('.machine.network.searchDomains is already set in v1alpha1 config');
        else if (network.nameservers !== undefined)
          err('.machine.network.nameservers is already set in v1alpha1 config');
        else if (network.disableSearchDomain === true)
          err('.machine.network.disableSearchDomain is already set in v1alpha1 config');
        else if (
          ctx.since('1.14') &&
          Object.keys(asObj(b.hostDNS) ?? {}).length > 0 &&
          features.hostDNS !== undefined
        ) {
          err('.machine.features.hostDNS is already set in v1alpha1 config');
        }
        break;
      case 'TimeSyncConfig': {
        const t = asObj(machine.time);
        if (!t) break;
        if (t.disabled === true)
          err('time sync cannot be disabled in both v1alpha1 and new-style configuration');
        else if (asList(t.servers).length > 0)
          err('time servers cannot be specified in both v1alpha1 and new-style configuration');
        else if (t.bootTimeout !== undefined)
          err('boot timeout cannot be specified in both v1alpha1 and new-style configuration');
        break;
      }
      case 'KubeSpanConfig':
        if (network.kubespan !== undefined)
          err('kubespan is already configured in v1alpha1 machine.network.kubespan');
        break;
      case 'VolumeConfig': {
        const name = asStr(b.name);
        if ((name === 'STATE' || name === 'EPHEMERAL') && Object.keys(asObj(b.encryption) ?? {}).length > 0) {
          const legacy = asObj(asObj(machine.systemDiskEncryption)?.[name.toLowerCase()]);
          if (legacy)
            err(
              `system disk encryption for ${JSON.stringify(name)} is configured in both v1alpha1.Config and VolumeConfig`,
            );
        }
        break;
      }
      case 'DiscoveryIdentityConfig':
        if (asStr(cluster.id) !== '' || asStr(cluster.secret) !== '') {
          err('cluster identity is already configured in .cluster.id/.cluster.secret of the v1alpha1 config');
        }
        break;
    }
  }
}

function wholeConfig(ctx: TalosContext): void {
  const v1 = ctx.v1?.body as Obj | undefined;
  const cluster = asObj(v1?.cluster) ?? {};
  const resolver = ctx.first('ResolverConfig');
  const hostDNSEnabled = () => {
    const fromDoc = asObj(resolver?.body.hostDNS);
    if (fromDoc && Object.keys(fromDoc).length > 0) return fromDoc.enabled === true;
    return asObj(asObj(asObj(v1?.machine)?.features)?.hostDNS)?.enabled === true;
  };
  if (resolver) {
    const nonDefault = asList(resolver.body.nameservers).some(
      (n) => !['', 'do53'].includes(asStr(asObj(n)?.protocol).toLowerCase()),
    );
    if (nonDefault && !hostDNSEnabled()) {
      ctx.error(
        'talos/resolver-config',
        'hostDNS must be enabled when using non-default DNS protocols',
        resolver,
        ['nameservers'],
      );
    }
  }
  const identity = ctx.first('DiscoveryIdentityConfig');
  const id = asStr(identity?.body.clusterID) || asStr(cluster.id);
  const secret = asStr(identity?.body.clusterSecret) || asStr(cluster.secret);
  const discovery = ctx.ofKind('DiscoveryServiceConfig');
  const legacyDiscovery = asObj(cluster.discovery)?.enabled === true;
  if (discovery.length > 0) {
    if (id === '')
      ctx.error(
        'talos/discovery',
        'cluster ID (.cluster.id or DiscoveryIdentityConfig) should be set when cluster discovery (DiscoveryServiceConfig) is enabled',
        discovery[0],
        [],
      );
    if (secret === '')
      ctx.error(
        'talos/discovery',
        'cluster secret (.cluster.secret or DiscoveryIdentityConfig) should be set when cluster discovery (DiscoveryServiceConfig) is enabled',
        discovery[0],
        [],
      );
  }
  const ksDoc = ctx.first('KubeSpanConfig');
  const ksLegacy = asObj(asObj(asObj(v1?.machine)?.network)?.kubespan);
  const ksEnabled = ksDoc ? ksDoc.body.enabled === true : ksLegacy?.enabled === true;
  if (ksEnabled && discovery.length === 0 && !legacyDiscovery) {
    ctx.error(
      'talos/kubespan',
      'KubeSpan requires cluster discovery to be enabled',
      ksDoc ?? ctx.v1,
      ksDoc ? [] : ['machine', 'network', 'kubespan'],
    );
  }
  if (ctx.isControlPlane && ctx.first('KubeAPIServerCAConfig')) {
    const legacy =
      asStr(cluster.secretboxEncryptionSecret) !== '' || asStr(cluster.aescbcEncryptionSecret) !== '';
    if (!legacy && !ctx.first('KubeEtcdEncryptionConfig')) {
      ctx.error(
        'talos/etcd-encryption',
        'etcd encryption config is required for control plane machines running kube-apiserver',
        ctx.first('KubeAPIServerCAConfig'),
        [],
      );
    }
  }
  if (!ctx.isControlPlane) {
    const cpDocs = ctx.docs.filter((d) => CONTROLPLANE_ONLY_KINDS.includes(d.kind));
    if (cpDocs.length > 0) {
      const kinds = [...new Set(cpDocs.map((d) => d.kind))].sort();
      ctx.error(
        'talos/controlplane-only',
        `the following document kinds are only allowed on control plane machines: [${kinds.join(' ')}]`,
        cpDocs[0],
        [],
      );
    }
  }
}

export function checkContainerRules(ctx: TalosContext): void {
  if (ctx.v1) conflicts(ctx, ctx.v1);
  if (ctx.since('1.14')) wholeConfig(ctx);
}
