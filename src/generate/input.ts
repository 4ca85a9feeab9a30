/**
 * Options of base config generation, checked and filled with `talosctl gen config` defaults.
 */
import { TalosGitopsError } from '../errors.js';
import type { SecretsBundle } from '../secrets/bundle.js';
import { type ContractFeatures, contractFeatures, parseTalosRelease, type TalosRelease } from './contract.js';
import {
  DEFAULT_DNS_DOMAIN,
  DEFAULT_INSTALL_DISK,
  defaultInstallerImage,
  defaultKubernetesVersion,
} from './defaults.js';

export type MachineRole = 'controlplane' | 'worker';

export interface GenerateOptions {
  bundle: SecretsBundle;
  clusterName: string;
  /** Kubernetes API endpoint, `https://host[:port]` (as the second argument of `gen config`). */
  endpoint: string;
  /** Talos release the config is generated for, e.g. `v1.13.9`; its minor version is the contract. */
  talosVersion: string;
  /** Kubernetes version, with or without `v`; default: the one this Talos release defaults to. */
  kubernetesVersion?: string;
  role: MachineRole;
  /** `--install-disk`; default `/dev/sda`; an empty string leaves the disk unset. */
  installDisk?: string;
  /** `--install-image`; default: the installer of this release; an empty string leaves it unset. */
  installImage?: string;
  /** `--additional-sans`. */
  additionalSANs?: string[];
  /** `--dns-domain`; default `cluster.local`. */
  dnsDomain?: string;
  /** `--with-cluster-discovery`; default true. */
  clusterDiscovery?: boolean;
  /** `--with-kubespan`; default false. */
  kubeSpan?: boolean;
  /** `--registry-mirror host=url`, grouped by host; endpoints keep their order. */
  registryMirrors?: Record<string, string[]>;
  /** `debug: true` in the v1alpha1 document; default false. */
  debug?: boolean;
}

/** Checked, defaulted options; every later step reads only this. */
export interface GenerationInput {
  bundle: SecretsBundle;
  release: TalosRelease;
  features: ContractFeatures;
  role: MachineRole;
  clusterName: string;
  endpoint: string;
  /** Host name of the endpoint (IPv6 without brackets), as Go's URL.Hostname gives it. */
  endpointHost: string;
  kubernetesVersion: string;
  installDisk: string;
  installImage: string;
  additionalSANs: string[];
  dnsDomain: string;
  clusterDiscovery: boolean;
  kubeSpan: boolean;
  /** Sorted by host, as gen config sorts the RegistryMirrorConfig documents. */
  registryMirrors: Array<[string, string[]]>;
  debug: boolean;
}

const KUBERNETES_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

function fail(message: string, field: string): never {
  throw new TalosGitopsError(message, { field });
}

/**
 * Checks the endpoint the way talosctl does: https, a non-blank host, IPv6 in brackets, and a numeric
 * port in range when one is given. Returns the host name.
 */
function endpointHost(endpoint: string): string {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([/?#].*)?$/.exec(endpoint);
  if (!match)
    fail(`invalid cluster endpoint ${JSON.stringify(endpoint)}: expected https://host:port`, 'endpoint');
  if (match[1]?.toLowerCase() !== 'https') {
    fail(`the cluster endpoint ${JSON.stringify(endpoint)} must use the https:// scheme`, 'endpoint');
  }
  const authority = (match[2] ?? '').replace(/^.*@/, '');
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(authority);
  let host: string;
  let port: string | undefined;
  if (bracketed) {
    host = bracketed[1] ?? '';
    port = bracketed[2];
  } else {
    if ((authority.match(/:/g) ?? []).length > 1) {
      fail(
        `invalid cluster endpoint ${JSON.stringify(endpoint)}: IPv6 addresses must be in brackets`,
        'endpoint',
      );
    }
    const colon = authority.indexOf(':');
    host = colon < 0 ? authority : authority.slice(0, colon);
    port = colon < 0 ? undefined : authority.slice(colon + 1);
  }
  if (host === '')
    fail(`invalid cluster endpoint ${JSON.stringify(endpoint)}: the host name is blank`, 'endpoint');
  if (port !== undefined && port !== '') {
    const n = /^\d+$/.test(port) ? Number(port) : Number.NaN;
    if (!(n >= 1 && n <= 65535)) {
      fail(
        `invalid cluster endpoint ${JSON.stringify(endpoint)}: the port must be between 1 and 65535`,
        'endpoint',
      );
    }
  }
  return host;
}

export function normalizeInput(options: GenerateOptions): GenerationInput {
  const release = parseTalosRelease(options.talosVersion);
  if (options.role !== 'controlplane' && options.role !== 'worker') {
    fail(`unknown machine role ${JSON.stringify(options.role)}: expected controlplane or worker`, 'role');
  }
  if (options.clusterName.trim() === '') fail('the cluster name must not be empty', 'clusterName');

  let kubernetesVersion = options.kubernetesVersion?.trim().replace(/^v/, '');
  if (kubernetesVersion === undefined || kubernetesVersion === '') {
    kubernetesVersion = defaultKubernetesVersion(release);
  } else if (!KUBERNETES_VERSION.test(kubernetesVersion)) {
    fail(
      `invalid Kubernetes version ${JSON.stringify(options.kubernetesVersion)}: expected a release such as v1.34.2`,
      'kubernetesVersion',
    );
  }

  const installDisk = options.installDisk ?? DEFAULT_INSTALL_DISK;
  // The v1.14 disk selector embeds the path in a CEL string literal; keep it to printable ASCII.
  if (!/^[\x20-\x7e]*$/.test(installDisk))
    fail('the install disk path must be printable ASCII', 'installDisk');

  const registryMirrors = Object.entries(options.registryMirrors ?? {})
    .map(([host, endpoints]): [string, string[]] => [host, [...endpoints]])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  return {
    bundle: options.bundle,
    release,
    features: contractFeatures(release.contract),
    role: options.role,
    clusterName: options.clusterName,
    endpoint: options.endpoint,
    endpointHost: endpointHost(options.endpoint),
    kubernetesVersion,
    installDisk,
    installImage: options.installImage ?? defaultInstallerImage(release),
    additionalSANs: [...(options.additionalSANs ?? [])],
    dnsDomain: options.dnsDomain ?? DEFAULT_DNS_DOMAIN,
    clusterDiscovery: options.clusterDiscovery ?? true,
    kubeSpan: options.kubeSpan ?? false,
    registryMirrors,
    debug: options.debug ?? false,
  };
}
