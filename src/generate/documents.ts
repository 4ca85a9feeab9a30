/**
 * The non-Kubernetes multi-documents `gen config` adds next to v1alpha1: discovery, install, host DNS,
 * volume/trim/security defaults (1.14), registry mirrors and hostname (from 1.12), KubeSpan (from 1.13).
 */
import { DEFAULT_DISCOVERY_ENDPOINT, FILESYSTEM_TRIM_INTERVAL } from './defaults.js';
import type { GenerationInput } from './input.js';

type Document = Record<string, unknown>;

/** Discovery, identity, install and host DNS documents of contract 1.14, in gen config's order. */
export function systemDocuments(input: GenerationInput): Document[] {
  const { features, bundle } = input;
  if (!features.multidocKubernetes) return [];
  const docs: Document[] = [];
  if (input.clusterDiscovery) {
    docs.push({
      apiVersion: 'v1alpha1',
      kind: 'DiscoveryServiceConfig',
      name: 'default',
      endpoint: DEFAULT_DISCOVERY_ENDPOINT,
    });
  }
  docs.push({
    apiVersion: 'v1alpha1',
    kind: 'DiscoveryIdentityConfig',
    clusterID: bundle.cluster.id,
    clusterSecret: bundle.cluster.secret,
  });
  // The document needs a disk selector, so gen config writes it only when an install disk is given.
  if (input.installDisk !== '') {
    const installer: Document = {};
    if (input.installImage !== '') installer.image = input.installImage;
    docs.push({
      apiVersion: 'v1alpha1',
      kind: 'UnattendedInstallConfig',
      installer,
      provisioning: {
        diskSelector: { match: `disk.dev_path == ${JSON.stringify(input.installDisk)}` },
        wipe: false,
      },
    });
  }
  docs.push({
    apiVersion: 'v1alpha1',
    kind: 'ResolverConfig',
    hostDNS: { enabled: true, forwardKubeDNSToHost: true },
  });
  return docs;
}

/** Secure-by-default documents of contract 1.14. */
export function secureDefaultDocuments(input: GenerationInput): Document[] {
  if (!input.features.secureDefaults) return [];
  return [
    { apiVersion: 'v1alpha1', kind: 'VolumeConfig', name: 'EPHEMERAL', mount: { secure: true } },
    { apiVersion: 'v1alpha1', kind: 'FilesystemTrimConfig', interval: FILESYSTEM_TRIM_INTERVAL },
    { apiVersion: 'v1alpha1', kind: 'SecurityProfileConfig', workloadIsolation: true },
  ];
}

/** RegistryMirrorConfig documents (from 1.12), sorted by host, then HostnameConfig and KubeSpanConfig. */
export function networkDocuments(input: GenerationInput): Document[] {
  const { features } = input;
  const docs: Document[] = [];
  if (features.multidocNetwork) {
    for (const [host, endpoints] of input.registryMirrors) {
      docs.push({
        apiVersion: 'v1alpha1',
        kind: 'RegistryMirrorConfig',
        name: host,
        endpoints: endpoints.map((url) => ({ url })),
      });
    }
    docs.push({ apiVersion: 'v1alpha1', kind: 'HostnameConfig', auto: 'stable' });
  }
  if (features.multidocKubeSpan && input.kubeSpan) {
    docs.push({ apiVersion: 'v1alpha1', kind: 'KubeSpanConfig', enabled: true });
  }
  return docs;
}
