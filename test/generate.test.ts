import { describe, expect, it } from 'vitest';
import { TalosGitopsError } from '../src/errors.js';
import {
  contractFeatures,
  DEFAULT_KUBERNETES_VERSIONS,
  type Document,
  defaultInstallerImage,
  defaultKubernetesVersion,
  type GenerateOptions,
  generateBaseConfig,
  parseTalosRelease,
} from '../src/generate/index.js';
import { type Loose, loadBundle } from './fixtures/generate/bundles.js';

const bundle = loadBundle();

function generate(overrides: Partial<GenerateOptions> = {}): Document[] {
  return generateBaseConfig({
    bundle,
    clusterName: 'prod',
    endpoint: 'https://10.0.1.100:6443',
    talosVersion: 'v1.13.9',
    role: 'controlplane',
    ...overrides,
  });
}

function errorOf(fn: () => unknown): TalosGitopsError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(TalosGitopsError);
    return err as TalosGitopsError;
  }
  throw new Error('expected an error');
}

const get = (doc: unknown, path: string): Loose =>
  path.split('.').reduce<Loose>((node, key) => (node == null ? undefined : node[key]), doc);

describe('version contracts', () => {
  it('takes the contract from the minor version, like Talos', () => {
    expect(parseTalosRelease('v1.13.9')).toEqual({ version: 'v1.13.9', contract: { major: 1, minor: 13 } });
    expect(parseTalosRelease('1.10.0')).toEqual({ version: 'v1.10.0', contract: { major: 1, minor: 10 } });
    expect(parseTalosRelease('v1.14.0-rc.1').contract).toEqual({ major: 1, minor: 14 });
  });

  it.each(['v1.15.0', 'v2.0.0'])(
    'generates %s, newer than the newest contract, as that contract does',
    (version) => {
      expect(parseTalosRelease(version)).toEqual({ version, contract: { major: 1, minor: 14 } });
    },
  );

  it.each(['v1.9.6', 'v0.14.1'])('rejects %s, naming the supported range', (version) => {
    const err = errorOf(() => parseTalosRelease(version));
    expect(err.message).toContain('supports version contracts v1.10 to v1.14');
    expect(err.field).toBe('talosVersion');
  });

  it.each(['v1.13', 'latest', '', 'v1.13.9.1'])('rejects %j, which is not a release', (version) => {
    expect(errorOf(() => parseTalosRelease(version)).message).toMatch(/^invalid Talos version/);
  });

  it('switches features exactly where Talos does', () => {
    const on = (minor: number) =>
      Object.entries(contractFeatures({ major: 1, minor }))
        .filter(([, v]) => v)
        .map(([k]) => k)
        .sort();
    expect(on(10)).toEqual(['disablePSPField', 'endpointInAPIServerSANs', 'legacyFeatureFlags']);
    expect(on(11)).toEqual(on(10));
    expect(on(12)).toEqual(['grubUseUKICmdline', 'multidocNetwork']);
    expect(on(13)).toEqual(['grubUseUKICmdline', 'multidocKubeSpan', 'multidocNetwork']);
    expect(on(14)).toEqual([
      'grubUseUKICmdline',
      'multidocKubeSpan',
      'multidocKubernetes',
      'multidocNetwork',
      'secureDefaults',
    ]);
  });
});

describe('defaults per Talos release', () => {
  it.each([
    ['v1.10.9', '1.33.6'],
    ['v1.11.6', '1.34.1'],
    ['v1.12.11', '1.35.4'],
    ['v1.13.0', '1.36.0'],
    ['v1.13.9', '1.36.3'],
    ['v1.14.0-rc.1', '1.37.0-rc.0'],
  ])('Talos %s defaults to Kubernetes %s', (talos, kube) => {
    expect(defaultKubernetesVersion(parseTalosRelease(talos))).toBe(kube);
    const [v1alpha1] = generate({ talosVersion: talos, role: 'worker' });
    const kubelet = talos.startsWith('v1.14')
      ? generate({ talosVersion: talos, role: 'worker' }).find((d) => d.kind === 'KubeletConfig')?.image
      : get(v1alpha1, 'machine.kubelet.image');
    expect(kubelet).toBe(`ghcr.io/siderolabs/kubelet:v${kube}`);
  });

  it('knows every release from v1.10.0 to v1.14.0-rc.1 and nothing outside the range', () => {
    const tags = Object.keys(DEFAULT_KUBERNETES_VERSIONS);
    expect(tags).toContain('v1.10.0');
    expect(tags).toContain('v1.13.9');
    expect(tags.every((t) => /^v1\.1[0-4]\.\d+(-[a-z]+\.\d+)?$/.test(t))).toBe(true);
    for (const kube of Object.values(DEFAULT_KUBERNETES_VERSIONS)) expect(kube).toMatch(/^1\.3[2-7]\.\d+/);
  });

  it('asks for an explicit Kubernetes version for a release it does not know', () => {
    const err = errorOf(() => generate({ talosVersion: 'v1.13.99' }));
    expect(err.message).toContain('set kubernetesVersion explicitly');
    expect(err.field).toBe('kubernetesVersion');
    expect(() => generate({ talosVersion: 'v1.13.99', kubernetesVersion: '1.36.3' })).not.toThrow();
  });

  it('uses the legacy installer up to 1.13 and the Image Factory metal installer from 1.14', () => {
    expect(defaultInstallerImage(parseTalosRelease('v1.13.9'))).toBe('ghcr.io/siderolabs/installer:v1.13.9');
    expect(defaultInstallerImage(parseTalosRelease('v1.10.9'))).toBe('ghcr.io/siderolabs/installer:v1.10.9');
    expect(defaultInstallerImage(parseTalosRelease('v1.14.0-rc.1'))).toBe(
      'factory.talos.dev/metal-installer/376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba:v1.14.0-rc.1',
    );
  });

  it('builds every Kubernetes image reference from the Kubernetes version (with or without v)', () => {
    const [doc] = generate({ kubernetesVersion: 'v1.34.2' });
    expect(get(doc, 'machine.kubelet.image')).toBe('ghcr.io/siderolabs/kubelet:v1.34.2');
    expect(get(doc, 'cluster.apiServer.image')).toBe('registry.k8s.io/kube-apiserver:v1.34.2');
    expect(get(doc, 'cluster.controllerManager.image')).toBe(
      'registry.k8s.io/kube-controller-manager:v1.34.2',
    );
    expect(get(doc, 'cluster.scheduler.image')).toBe('registry.k8s.io/kube-scheduler:v1.34.2');
    expect(get(doc, 'cluster.proxy.image')).toBe('registry.k8s.io/kube-proxy:v1.34.2');
    expect(generate({ kubernetesVersion: '1.34.2' })).toEqual(generate({ kubernetesVersion: 'v1.34.2' }));
  });

  it('fills the gen config defaults: install disk, installer, DNS domain, subnets, discovery', () => {
    const [doc] = generate();
    expect(get(doc, 'machine.install')).toEqual({
      disk: '/dev/sda',
      image: 'ghcr.io/siderolabs/installer:v1.13.9',
      wipe: false,
      grubUseUKICmdline: true,
    });
    expect(get(doc, 'cluster.network')).toEqual({
      dnsDomain: 'cluster.local',
      podSubnets: ['10.244.0.0/16'],
      serviceSubnets: ['10.96.0.0/12'],
    });
    expect(get(doc, 'cluster.discovery.enabled')).toBe(true);
    expect(get(doc, 'debug')).toBe(false);
    expect(get(doc, 'persist')).toBe(true);
  });

  it('leaves the install disk and image unset when given as empty strings', () => {
    const [doc] = generate({ installDisk: '', installImage: '' });
    expect(get(doc, 'machine.install')).toEqual({ wipe: false, grubUseUKICmdline: true });
  });
});

describe('options', () => {
  it.each([
    ['10.0.1.100:6443', 'https://'],
    ['http://10.0.1.100:6443', 'https://'],
    ['https://:6443', 'host name is blank'],
    ['https://10.0.1.100:99999', 'port must be between'],
    ['https://fd00::1:6443', 'must be in brackets'],
  ])('rejects the endpoint %s like talosctl', (endpoint, message) => {
    const err = errorOf(() => generate({ endpoint }));
    expect(err.message).toContain(message);
    expect(err.field).toBe('endpoint');
  });

  it('accepts an IPv6 endpoint in brackets and a DNS name without a port', () => {
    const [v6] = generate({ talosVersion: 'v1.11.6', endpoint: 'https://[fd00::10]:6443' });
    expect(get(v6, 'cluster.apiServer.certSANs')).toEqual(['fd00::10']);
    expect(get(v6, 'cluster.controlPlane.endpoint')).toBe('https://[fd00::10]:6443');
    const [dns] = generate({ endpoint: 'https://kube.example.com' });
    expect(get(dns, 'cluster.controlPlane.endpoint')).toBe('https://kube.example.com');
  });

  it('rejects a bad Kubernetes version, an empty cluster name and an unknown role', () => {
    expect(errorOf(() => generate({ kubernetesVersion: '1.34' })).field).toBe('kubernetesVersion');
    expect(errorOf(() => generate({ clusterName: ' ' })).field).toBe('clusterName');
    expect(errorOf(() => generate({ role: 'init' as never })).field).toBe('role');
  });

  it('writes additional SANs, DNS domain and debug where gen config puts them', () => {
    const [doc] = generate({ additionalSANs: ['kube.example.com'], dnsDomain: 'example.org', debug: true });
    expect(get(doc, 'machine.certSANs')).toEqual(['kube.example.com']);
    expect(get(doc, 'cluster.apiServer.certSANs')).toEqual(['kube.example.com']);
    expect(get(doc, 'cluster.network.dnsDomain')).toBe('example.org');
    expect(get(doc, 'debug')).toBe(true);
  });

  it('returns plain JSON-safe values and fresh objects on every call', () => {
    const docs = generate({ talosVersion: 'v1.14.0-rc.1' });
    expect(JSON.parse(JSON.stringify(docs))).toEqual(docs);
    (docs[0] as Loose).machine.certSANs.push('x');
    expect(get(generate({ talosVersion: 'v1.14.0-rc.1' })[0], 'machine.certSANs')).toEqual([]);
  });
});
