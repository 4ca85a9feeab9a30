/** What `gen config` writes differently per version contract, v1.10 to v1.14. */
import { describe, expect, it } from 'vitest';
import { type Document, type GenerateOptions, generateBaseConfig } from '../src/generate/index.js';
import { type Loose, loadBundle } from './fixtures/generate/bundles.js';

const bundle = loadBundle();

function generate(talosVersion: string, overrides: Partial<GenerateOptions> = {}): Document[] {
  return generateBaseConfig({
    bundle,
    clusterName: 'prod',
    endpoint: 'https://kube.example.com:6443',
    talosVersion,
    kubernetesVersion: '1.34.2',
    role: 'controlplane',
    ...overrides,
  });
}

const kinds = (docs: Document[]) =>
  docs.map((d) => (d.kind ? `${d.kind}${d.name ? `/${d.name}` : ''}` : 'v1alpha1'));
const v1 = (docs: Document[]) => docs[0] as Loose;
const find = (docs: Document[], kind: string) => docs.find((d) => d.kind === kind) as Loose;

describe('document sets', () => {
  it.each([
    ['v1.10.9', ['v1alpha1'], ['v1alpha1']],
    ['v1.11.6', ['v1alpha1'], ['v1alpha1']],
    ['v1.12.11', ['v1alpha1', 'HostnameConfig'], ['v1alpha1', 'HostnameConfig']],
    ['v1.13.9', ['v1alpha1', 'HostnameConfig'], ['v1alpha1', 'HostnameConfig']],
  ])('%s: control plane %j, worker %j', (release, cp, worker) => {
    expect(kinds(generate(release))).toEqual(cp);
    expect(kinds(generate(release, { role: 'worker' }))).toEqual(worker);
  });

  const V14_COMMON_HEAD = [
    'v1alpha1',
    'DiscoveryServiceConfig/default',
    'DiscoveryIdentityConfig',
    'UnattendedInstallConfig',
    'ResolverConfig',
    'VolumeConfig/EPHEMERAL',
    'FilesystemTrimConfig',
    'SecurityProfileConfig',
    'HostnameConfig',
    'KubeClusterConfig',
    'KubeNodeConfig',
    'KubeletConfig',
    'KubeNetworkConfig',
    'KubeAPIServerCAConfig',
    'KubePrismConfig',
  ];

  it('v1.14: the worker gets the system and per-node Kubernetes documents', () => {
    expect(kinds(generate('v1.14.0-rc.1', { role: 'worker' }))).toEqual(V14_COMMON_HEAD);
  });

  it('v1.14: the control plane also gets every control-plane Kubernetes document', () => {
    expect(kinds(generate('v1.14.0-rc.1'))).toEqual([
      ...V14_COMMON_HEAD,
      'KubeAggregatorCAConfig',
      'KubeAdmissionControlConfig/PodSecurity',
      'KubeAuditPolicyConfig',
      'KubeAuthenticationConfig',
      'KubeAuthorizerConfig/node',
      'KubeAuthorizerConfig/rbac',
      'KubeEtcdEncryptionConfig',
      'KubeServiceAccountConfig',
      'KubeAPIServerConfig',
      'KubeControllerManagerConfig',
      'KubeSchedulerConfig',
      'KubeProxyConfig',
      'KubeFlannelCNIConfig',
      'KubeCoreDNSConfig',
    ]);
  });

  it('every multi-document carries apiVersion v1alpha1, and the v1alpha1 document comes first', () => {
    const docs = generate('v1.14.0-rc.1');
    expect(v1(docs).version).toBe('v1alpha1');
    expect(v1(docs).kind).toBeUndefined();
    for (const doc of docs.slice(1)) expect(doc.apiVersion).toBe('v1alpha1');
  });
});

describe('v1.10 and v1.11 (identical output)', () => {
  it('give the same documents', () => {
    const strip = (docs: Document[]) =>
      JSON.stringify(docs).replaceAll('v1.10.9', 'X').replaceAll('v1.11.6', 'X');
    expect(strip(generate('v1.11.6'))).toBe(strip(generate('v1.10.9')));
    expect(strip(generate('v1.11.6', { role: 'worker' }))).toBe(
      strip(generate('v1.10.9', { role: 'worker' })),
    );
  });

  it('still write rbac, stableHostname and apidCheckExtKeyUsage, and no grubUseUKICmdline', () => {
    const machine = v1(generate('v1.11.6')).machine;
    expect(machine.features).toMatchObject({ rbac: true, stableHostname: true, apidCheckExtKeyUsage: true });
    expect(machine.install.grubUseUKICmdline).toBeUndefined();
    expect(machine.network).toEqual({});
  });

  it('put the endpoint host first in the API server certSANs and disable PSP', () => {
    const apiServer = v1(generate('v1.11.6', { additionalSANs: ['10.0.0.5'] })).cluster.apiServer;
    expect(apiServer.certSANs).toEqual(['kube.example.com', '10.0.0.5']);
    expect(apiServer.disablePodSecurityPolicy).toBe(true);
  });

  it('write registry mirrors into machine.registries', () => {
    const docs = generate('v1.11.6', {
      registryMirrors: { 'docker.io': ['https://a.example', 'https://b.example'] },
    });
    expect(docs).toHaveLength(1);
    expect(v1(docs).machine.registries).toEqual({
      mirrors: { 'docker.io': { endpoints: ['https://a.example', 'https://b.example'] } },
    });
  });
});

describe('v1.12', () => {
  it('drops the legacy feature flags and PSP field, adds grubUseUKICmdline and HostnameConfig', () => {
    const docs = generate('v1.12.11');
    const machine = v1(docs).machine;
    expect(machine.features).toEqual({
      diskQuotaSupport: true,
      kubePrism: { enabled: true, port: 7445 },
      hostDNS: { enabled: true, forwardKubeDNSToHost: true },
    });
    expect(machine.install.grubUseUKICmdline).toBe(true);
    expect(v1(docs).cluster.apiServer.disablePodSecurityPolicy).toBeUndefined();
    expect(docs[1]).toEqual({ apiVersion: 'v1alpha1', kind: 'HostnameConfig', auto: 'stable' });
  });

  it('no longer adds the endpoint host to the API server certSANs', () => {
    expect(v1(generate('v1.12.11')).cluster.apiServer.certSANs).toBeUndefined();
    expect(v1(generate('v1.12.11', { additionalSANs: ['a'] })).cluster.apiServer.certSANs).toEqual(['a']);
  });

  it('writes registry mirrors as RegistryMirrorConfig documents sorted by host, before HostnameConfig', () => {
    const docs = generate('v1.12.11', {
      registryMirrors: { 'ghcr.io': ['https://g.example'], 'docker.io': ['https://d.example'] },
    });
    expect(v1(docs).machine.registries).toBeUndefined();
    expect(docs.slice(1)).toEqual([
      {
        apiVersion: 'v1alpha1',
        kind: 'RegistryMirrorConfig',
        name: 'docker.io',
        endpoints: [{ url: 'https://d.example' }],
      },
      {
        apiVersion: 'v1alpha1',
        kind: 'RegistryMirrorConfig',
        name: 'ghcr.io',
        endpoints: [{ url: 'https://g.example' }],
      },
      { apiVersion: 'v1alpha1', kind: 'HostnameConfig', auto: 'stable' },
    ]);
  });

  it('still keeps KubeSpan in machine.network', () => {
    const docs = generate('v1.12.11', { kubeSpan: true });
    expect(v1(docs).machine.network).toEqual({ kubespan: { enabled: true } });
    expect(find(docs, 'KubeSpanConfig')).toBeUndefined();
  });
});

describe('v1.13', () => {
  it('no longer writes the empty machine.network section', () => {
    expect(v1(generate('v1.13.9')).machine.network).toBeUndefined();
    expect(v1(generate('v1.13.9', { role: 'worker' })).machine.network).toBeUndefined();
  });

  it('writes KubeSpan as a KubeSpanConfig document after HostnameConfig', () => {
    const docs = generate('v1.13.9', { kubeSpan: true });
    expect(kinds(docs)).toEqual(['v1alpha1', 'HostnameConfig', 'KubeSpanConfig']);
    expect(docs[2]).toEqual({ apiVersion: 'v1alpha1', kind: 'KubeSpanConfig', enabled: true });
  });

  it('writes disabled discovery as enabled: false (the Kubernetes registry stays disabled)', () => {
    expect(v1(generate('v1.13.9', { clusterDiscovery: false })).cluster.discovery).toEqual({
      enabled: false,
      registries: { kubernetes: { disabled: true }, service: {} },
    });
  });
});

describe('v1.14', () => {
  it('keeps only type, token, CA, certSANs and diskQuotaSupport in v1alpha1 machine', () => {
    const machine = v1(generate('v1.14.0-rc.1')).machine;
    expect(Object.keys(machine)).toEqual(['type', 'token', 'ca', 'certSANs', 'features']);
    expect(machine.features).toEqual({ diskQuotaSupport: true });
  });

  it('keeps only the bootstrap token and (control plane) the etcd CA in v1alpha1 cluster', () => {
    expect(Object.keys(v1(generate('v1.14.0-rc.1')).cluster)).toEqual(['token', 'etcd']);
    expect(Object.keys(v1(generate('v1.14.0-rc.1', { role: 'worker' })).cluster)).toEqual(['token']);
  });

  it('moves the install instructions to UnattendedInstallConfig with a CEL disk selector', () => {
    expect(
      find(generate('v1.14.0-rc.1', { installDisk: '/dev/nvme0n1' }), 'UnattendedInstallConfig'),
    ).toEqual({
      apiVersion: 'v1alpha1',
      kind: 'UnattendedInstallConfig',
      installer: {
        image:
          'factory.talos.dev/metal-installer/376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba:v1.14.0-rc.1',
      },
      provisioning: { diskSelector: { match: 'disk.dev_path == "/dev/nvme0n1"' }, wipe: false },
    });
    expect(find(generate('v1.14.0-rc.1', { installDisk: '' }), 'UnattendedInstallConfig')).toBeUndefined();
  });

  it('writes discovery as DiscoveryServiceConfig only when enabled; the identity is always written', () => {
    const off = generate('v1.14.0-rc.1', { clusterDiscovery: false });
    expect(find(off, 'DiscoveryServiceConfig')).toBeUndefined();
    expect(find(off, 'DiscoveryIdentityConfig')).toBeDefined();
    expect(find(generate('v1.14.0-rc.1'), 'DiscoveryServiceConfig')).toEqual({
      apiVersion: 'v1alpha1',
      kind: 'DiscoveryServiceConfig',
      name: 'default',
      endpoint: 'https://discovery.talos.dev/',
    });
  });

  it('switches on secure defaults: EPHEMERAL mount secure, weekly trim, workload isolation', () => {
    const docs = generate('v1.14.0-rc.1', { role: 'worker' });
    expect(find(docs, 'VolumeConfig')).toMatchObject({ name: 'EPHEMERAL', mount: { secure: true } });
    expect(find(docs, 'FilesystemTrimConfig').interval).toBe('168h0m0s');
    expect(find(docs, 'SecurityProfileConfig').workloadIsolation).toBe(true);
    expect(find(docs, 'ResolverConfig').hostDNS).toEqual({ enabled: true, forwardKubeDNSToHost: true });
  });

  it('labels and taints control planes in KubeNodeConfig; workers get an empty node config', () => {
    expect(find(generate('v1.14.0-rc.1'), 'KubeNodeConfig')).toEqual({
      apiVersion: 'v1alpha1',
      kind: 'KubeNodeConfig',
      nodeIP: {},
      labels: {
        'node-role.kubernetes.io/control-plane': '',
        'node.kubernetes.io/exclude-from-external-load-balancers': '',
      },
      taints: { 'node-role.kubernetes.io/control-plane': 'NoSchedule' },
    });
    expect(find(generate('v1.14.0-rc.1', { role: 'worker' }), 'KubeNodeConfig')).toEqual({
      apiVersion: 'v1alpha1',
      kind: 'KubeNodeConfig',
      nodeIP: {},
    });
  });

  it('puts the endpoint into KubeClusterConfig and the service-account issuer', () => {
    const docs = generate('v1.14.0-rc.1');
    expect(find(docs, 'KubeClusterConfig')).toMatchObject({
      clusterName: 'prod',
      endpoint: 'https://kube.example.com:6443',
    });
    expect(find(docs, 'KubeServiceAccountConfig').issuer.issuerURL).toBe('https://kube.example.com:6443');
  });

  it('writes additional SANs as certExtraSANs and images into the component documents', () => {
    const docs = generate('v1.14.0-rc.1', { additionalSANs: ['kube.internal'] });
    expect(find(docs, 'KubeAPIServerConfig')).toEqual({
      apiVersion: 'v1alpha1',
      kind: 'KubeAPIServerConfig',
      image: 'registry.k8s.io/kube-apiserver:v1.34.2',
      certExtraSANs: ['kube.internal'],
    });
    expect(find(docs, 'KubeletConfig')).toEqual({
      apiVersion: 'v1alpha1',
      kind: 'KubeletConfig',
      image: 'ghcr.io/siderolabs/kubelet:v1.34.2',
      config: {},
      defaultRuntimeSeccompProfileEnabled: true,
    });
    expect(find(docs, 'KubeProxyConfig').image).toBe('registry.k8s.io/kube-proxy:v1.34.2');
    expect(find(docs, 'KubeSchedulerConfig').image).toBe('registry.k8s.io/kube-scheduler:v1.34.2');
    expect(find(docs, 'KubeControllerManagerConfig').image).toBe(
      'registry.k8s.io/kube-controller-manager:v1.34.2',
    );
  });

  it('writes registry mirrors and KubeSpan as documents between SecurityProfileConfig and the Kube* documents', () => {
    const docs = generate('v1.14.0-rc.1', {
      role: 'worker',
      kubeSpan: true,
      registryMirrors: { 'docker.io': ['https://d'] },
    });
    expect(kinds(docs).slice(7, 12)).toEqual([
      'SecurityProfileConfig',
      'RegistryMirrorConfig/docker.io',
      'HostnameConfig',
      'KubeSpanConfig',
      'KubeClusterConfig',
    ]);
  });
});

describe('settings every contract in range shares', () => {
  it.each(['v1.10.9', 'v1.11.6', 'v1.12.11', 'v1.13.9'])(
    '%s: kubelet, KubePrism, host DNS and the CP label',
    (release) => {
      const cp = v1(generate(release));
      expect(cp.machine.kubelet).toEqual({
        image: 'ghcr.io/siderolabs/kubelet:v1.34.2',
        defaultRuntimeSeccompProfileEnabled: true,
        disableManifestsDirectory: true,
      });
      expect(cp.machine.features.kubePrism).toEqual({ enabled: true, port: 7445 });
      expect(cp.machine.features.hostDNS).toEqual({ enabled: true, forwardKubeDNSToHost: true });
      expect(cp.machine.nodeLabels).toEqual({
        'node.kubernetes.io/exclude-from-external-load-balancers': '',
      });
      expect(cp.cluster.apiServer.admissionControl[0].name).toBe('PodSecurity');
      expect(cp.cluster.apiServer.auditPolicy).toEqual({
        apiVersion: 'audit.k8s.io/v1',
        kind: 'Policy',
        rules: [{ level: 'Metadata' }],
      });
      const worker = v1(generate(release, { role: 'worker' }));
      expect(worker.machine.nodeLabels).toBeUndefined();
      expect(worker.cluster.clusterName).toBe('prod');
      expect(worker.cluster.apiServer).toBeUndefined();
      expect(worker.cluster.etcd).toBeUndefined();
    },
  );
});
