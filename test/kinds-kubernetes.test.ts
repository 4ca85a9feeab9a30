/**
 * What the kind registry knows of a machine's Kubernetes components: which image each runs (v1alpha1
 * up to 1.13, the Kube* documents from 1.14), the documents with one image replaced (a Kubernetes
 * upgrade's step), and which changes restart the kubelet.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/patch.js';
import { kubeletRestarts } from '../src/kinds/apply.js';
import { componentImage, imageKubernetesVersion, withComponentImage } from '../src/kinds/kubernetes.js';
import { yaml } from './helpers/patching.js';

const V1ALPHA1 = yaml`
  version: v1alpha1
  machine:
    type: controlplane
    kubelet:
      image: ghcr.io/siderolabs/kubelet:v1.35.2
  cluster:
    apiServer:
      image: registry.k8s.io/kube-apiserver:v1.35.2
    controllerManager:
      image: registry.k8s.io/kube-controller-manager:v1.35.2
    network:
      dnsDomain: cluster.local
`;

const KUBE_DOCUMENTS = yaml`
  apiVersion: v1alpha1
  kind: KubeletConfig
  image: ghcr.io/siderolabs/kubelet:v1.36.3
  ---
  apiVersion: v1alpha1
  kind: KubeAPIServerConfig
  image: registry.k8s.io/kube-apiserver:v1.36.3
  ---
  apiVersion: v1alpha1
  kind: KubeNetworkConfig
  dnsDomain: cluster.local
`;

describe('Kubernetes components in a machine config', () => {
  it('reads each image where the contract keeps it', () => {
    const v1 = loadConfig(V1ALPHA1, 'v1', '1.13');
    expect(componentImage(v1, 'kube-apiserver')).toBe('registry.k8s.io/kube-apiserver:v1.35.2');
    expect(componentImage(v1, 'kubelet')).toBe('ghcr.io/siderolabs/kubelet:v1.35.2');
    expect(componentImage(v1, 'kube-scheduler')).toBe('');
    const kube = loadConfig(KUBE_DOCUMENTS, 'kube', '1.14');
    expect(componentImage(kube, 'kube-apiserver')).toBe('registry.k8s.io/kube-apiserver:v1.36.3');
    expect(componentImage(kube, 'kubelet')).toBe('ghcr.io/siderolabs/kubelet:v1.36.3');
  });

  it('replaces one image and leaves the rest, and the input, as they were', () => {
    const v1 = loadConfig(V1ALPHA1, 'v1', '1.13');
    const next = withComponentImage(v1, 'kube-scheduler', 'registry.k8s.io/kube-scheduler:v1.36.3')!;
    expect(componentImage(next, 'kube-scheduler')).toBe('registry.k8s.io/kube-scheduler:v1.36.3');
    expect(componentImage(next, 'kube-apiserver')).toBe('registry.k8s.io/kube-apiserver:v1.35.2');
    expect(componentImage(v1, 'kube-scheduler')).toBe('');
    const kube = loadConfig(KUBE_DOCUMENTS, 'kube', '1.14');
    const moved = withComponentImage(kube, 'kube-apiserver', 'registry.k8s.io/kube-apiserver:v1.37.0')!;
    expect(moved.find((d) => d.kind === 'KubeAPIServerConfig')!.body.image).toBe(
      'registry.k8s.io/kube-apiserver:v1.37.0',
    );
    expect(kube.find((d) => d.kind === 'KubeAPIServerConfig')!.body.image).toBe(
      'registry.k8s.io/kube-apiserver:v1.36.3',
    );
  });

  it('says which changes restart the kubelet', () => {
    const v1 = loadConfig(V1ALPHA1, 'v1', '1.13');
    const apiServer = withComponentImage(v1, 'kube-apiserver', 'registry.k8s.io/kube-apiserver:v1.36.3')!;
    expect(kubeletRestarts(v1, apiServer)).toEqual([]);
    const kubelet = withComponentImage(v1, 'kubelet', 'ghcr.io/siderolabs/kubelet:v1.36.3')!;
    expect(kubeletRestarts(v1, kubelet)).toEqual(['machine.kubelet']);
    const kube = loadConfig(KUBE_DOCUMENTS, 'kube', '1.14');
    const domain = loadConfig(KUBE_DOCUMENTS.replace('cluster.local', 'example.internal'), 'kube', '1.14');
    expect(kubeletRestarts(kube, domain)).toEqual(['KubeNetworkConfig.dnsDomain']);
  });

  it('takes the Kubernetes version from an image tag, digest or not', () => {
    expect(imageKubernetesVersion('registry.k8s.io/kube-proxy:v1.36.3')).toBe('v1.36.3');
    expect(imageKubernetesVersion('mirror.local:5000/kubelet:1.36.3@sha256:abcd')).toBe('v1.36.3');
    expect(imageKubernetesVersion('registry.k8s.io/kube-proxy')).toBeUndefined();
  });
});
