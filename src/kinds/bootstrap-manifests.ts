/**
 * What a control plane's bootstrap manifests are made from, read across its documents through each
 * kind's `bootstrapManifests` entry (a Kube* document wins over v1alpha1) and completed with Talos's
 * defaults where the config is silent.
 */
import type { ComparedDocument } from './apply.js';
import { KINDS } from './index.js';
import type { BootstrapManifestInputs } from './types.js';

export type BootstrapManifestConfig = Required<Omit<BootstrapManifestInputs, 'bootstrapToken'>> &
  Pick<BootstrapManifestInputs, 'bootstrapToken'>;

/** Talos's defaults (`pkg/machinery/constants`) for what a config leaves out. */
const DEFAULTS: Omit<BootstrapManifestConfig, 'endpoint' | 'proxyImage' | 'coreDNSImage'> = {
  clusterDomain: 'cluster.local',
  podSubnets: ['10.244.0.0/16'],
  serviceSubnets: ['10.96.0.0/12'],
  proxyEnabled: true,
  proxyMode: 'iptables',
  coreDNSEnabled: true,
  cniName: 'flannel',
  kubePrismPort: 0,
};

export function bootstrapManifestConfig(
  docs: readonly ComparedDocument[],
  defaults: { proxyImage: string; coreDNSImage: string },
): BootstrapManifestConfig {
  const ordered = [
    ...docs.filter((d) => d.kind === 'v1alpha1'),
    ...docs.filter((d) => d.kind !== 'v1alpha1'),
  ];
  const merged: BootstrapManifestInputs = {};
  for (const d of ordered) Object.assign(merged, KINDS.entry(d.kind)?.bootstrapManifests?.(d.body));
  return { ...DEFAULTS, endpoint: '', ...defaults, ...merged };
}
