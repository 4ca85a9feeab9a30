/**
 * Defaults `talosctl gen config` uses, per Talos release line (values from Talos's
 * `pkg/machinery/constants/constants.go`, `pkg/images/images.go` and the gen config command).
 */
import { TalosGitopsError } from '../errors.js';
import type { TalosRelease } from './contract.js';

export const KUBELET_IMAGE = 'ghcr.io/siderolabs/kubelet';
export const KUBE_APISERVER_IMAGE = 'registry.k8s.io/kube-apiserver';
export const KUBE_CONTROLLER_MANAGER_IMAGE = 'registry.k8s.io/kube-controller-manager';
export const KUBE_SCHEDULER_IMAGE = 'registry.k8s.io/kube-scheduler';
export const KUBE_PROXY_IMAGE = 'registry.k8s.io/kube-proxy';

/** Up to Talos 1.13, `gen config` defaults the installer to this repository, tagged with the release. */
export const LEGACY_INSTALLER_REPOSITORY = 'ghcr.io/siderolabs/installer';
/** From Talos 1.14, the default installer is the Image Factory metal installer of the empty schematic. */
export const FACTORY_METAL_INSTALLER_REPOSITORY =
  'factory.talos.dev/metal-installer/376567988ad370138ad8b2698212367b8edcb69b5fd68c80be1f2ec7d603b4ba';

export const DEFAULT_INSTALL_DISK = '/dev/sda';
export const DEFAULT_DNS_DOMAIN = 'cluster.local';
/** IPv4 defaults; gen config only switches to IPv6 for a bare IPv6 endpoint, which it rejects anyway. */
export const DEFAULT_POD_SUBNET = '10.244.0.0/16';
export const DEFAULT_SERVICE_SUBNET = '10.96.0.0/12';
export const DEFAULT_KUBEPRISM_PORT = 7445;
export const DEFAULT_DISCOVERY_ENDPOINT = 'https://discovery.talos.dev/';
export const FLANNEL_BACKEND = 'vxlan';
export const FLANNEL_BACKEND_PORT = 4789;
/** 7 days, printed the way Go prints a duration. */
export const FILESYSTEM_TRIM_INTERVAL = '168h0m0s';

export const LABEL_CONTROL_PLANE = 'node-role.kubernetes.io/control-plane';
export const LABEL_EXCLUDE_FROM_EXTERNAL_LB = 'node.kubernetes.io/exclude-from-external-load-balancers';

/**
 * The Kubernetes version each Talos release's `gen config` uses when none is given
 * (`DefaultKubernetesVersion` at that release tag).
 */
export const DEFAULT_KUBERNETES_VERSIONS: Readonly<Record<string, string>> = {
  'v1.10.0': '1.33.0',
  'v1.10.0-alpha.0': '1.32.0',
  'v1.10.0-alpha.1': '1.32.1',
  'v1.10.0-alpha.2': '1.33.0-alpha.2',
  'v1.10.0-alpha.3': '1.33.0-beta.0',
  'v1.10.0-beta.0': '1.33.0-rc.0',
  'v1.10.0-beta.1': '1.33.0-rc.1',
  'v1.10.1': '1.33.0',
  'v1.10.2': '1.33.0',
  'v1.10.3': '1.33.1',
  'v1.10.4': '1.33.1',
  'v1.10.5': '1.33.2',
  'v1.10.6': '1.33.3',
  'v1.10.7': '1.33.4',
  'v1.10.8': '1.33.6',
  'v1.10.9': '1.33.6',
  'v1.11.0': '1.34.0',
  'v1.11.0-alpha.0': '1.33.0',
  'v1.11.0-alpha.1': '1.33.1',
  'v1.11.0-alpha.2': '1.34.0-alpha.2',
  'v1.11.0-alpha.3': '1.34.0-alpha.2',
  'v1.11.0-beta.0': '1.34.0-beta.0',
  'v1.11.0-beta.1': '1.34.0-beta.0',
  'v1.11.0-beta.2': '1.34.0-rc.1',
  'v1.11.0-rc.0': '1.34.0-rc.1',
  'v1.11.1': '1.34.0',
  'v1.11.2': '1.34.1',
  'v1.11.3': '1.34.1',
  'v1.11.4': '1.34.1',
  'v1.11.5': '1.34.1',
  'v1.11.6': '1.34.1',
  'v1.12.0': '1.35.0',
  'v1.12.0-alpha.0': '1.34.0',
  'v1.12.0-alpha.1': '1.34.1',
  'v1.12.0-alpha.2': '1.35.0-alpha.2',
  'v1.12.0-beta.0': '1.35.0-alpha.3',
  'v1.12.0-beta.1': '1.35.0-alpha.3',
  'v1.12.0-rc.0': '1.35.0-rc.0',
  'v1.12.0-rc.1': '1.35.0-rc.0',
  'v1.12.1': '1.35.0',
  'v1.12.2': '1.35.0',
  'v1.12.3': '1.35.0',
  'v1.12.4': '1.35.0',
  'v1.12.5': '1.35.2',
  'v1.12.6': '1.35.2',
  'v1.12.7': '1.35.4',
  'v1.12.8': '1.35.4',
  'v1.12.9': '1.35.4',
  'v1.12.10': '1.35.4',
  'v1.12.11': '1.35.4',
  'v1.13.0': '1.36.0',
  'v1.13.0-alpha.0': '1.35.0',
  'v1.13.0-alpha.1': '1.35.0',
  'v1.13.0-alpha.2': '1.36.0-alpha.1',
  'v1.13.0-beta.0': '1.36.0-alpha.2',
  'v1.13.0-beta.1': '1.36.0-beta.0',
  'v1.13.0-rc.0': '1.36.0-rc.1',
  'v1.13.1': '1.36.0',
  'v1.13.2': '1.36.0',
  'v1.13.3': '1.36.1',
  'v1.13.4': '1.36.1',
  'v1.13.5': '1.36.2',
  'v1.13.6': '1.36.2',
  'v1.13.7': '1.36.2',
  'v1.13.8': '1.36.2',
  'v1.13.9': '1.36.3',
  'v1.14.0-alpha.0': '1.36.0',
  'v1.14.0-alpha.1': '1.36.1',
  'v1.14.0-alpha.2': '1.36.2',
  'v1.14.0-beta.0': '1.37.0-beta.0',
  'v1.14.0-beta.1': '1.37.0-beta.0',
  'v1.14.0-rc.1': '1.37.0-rc.0',
};

/**
 * The default Kubernetes version for a Talos release. Unknown releases are an error rather than a guess:
 * a wrong guess would roll a Kubernetes upgrade out through the generated images.
 */
export function defaultKubernetesVersion(release: TalosRelease): string {
  const known = DEFAULT_KUBERNETES_VERSIONS[release.version];
  if (known === undefined) {
    throw new TalosGitopsError(
      `no default Kubernetes version is known for Talos ${release.version}; set kubernetesVersion explicitly`,
      { field: 'kubernetesVersion' },
    );
  }
  return known;
}

/** The installer image `gen config` defaults to for this release. */
export function defaultInstallerImage(release: TalosRelease): string {
  const repository =
    release.contract.minor >= 14 ? FACTORY_METAL_INSTALLER_REPOSITORY : LEGACY_INSTALLER_REPOSITORY;
  return `${repository}:${release.version}`;
}

/** Container images of the Kubernetes components for a Kubernetes version (without the leading `v`). */
export function kubernetesImages(kubernetesVersion: string) {
  const tag = `v${kubernetesVersion}`;
  return {
    kubelet: `${KUBELET_IMAGE}:${tag}`,
    apiServer: `${KUBE_APISERVER_IMAGE}:${tag}`,
    controllerManager: `${KUBE_CONTROLLER_MANAGER_IMAGE}:${tag}`,
    scheduler: `${KUBE_SCHEDULER_IMAGE}:${tag}`,
    proxy: `${KUBE_PROXY_IMAGE}:${tag}`,
  };
}
