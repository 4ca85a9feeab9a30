/**
 * Talos version contracts: `v1.13.9` → contract 1.13. Generation changes only at minor versions, and each
 * behaviour switch below is "on when the contract is newer than 1.X", the way Talos states them.
 */
import { TalosGitopsError } from '../errors.js';

export interface VersionContract {
  major: number;
  minor: number;
}

/** The contracts base generation supports, oldest and newest. */
export const MIN_CONTRACT: VersionContract = { major: 1, minor: 10 };
export const MAX_CONTRACT: VersionContract = { major: 1, minor: 14 };

export function contractName(contract: VersionContract): string {
  return `v${contract.major}.${contract.minor}`;
}

function compare(a: VersionContract, b: VersionContract): number {
  return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}

const RELEASE = /^v?(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;

export interface TalosRelease {
  /** Normalised release tag, always with the leading `v` (e.g. `v1.13.9`, `v1.14.0-rc.1`). */
  version: string;
  contract: VersionContract;
}

/**
 * Parses a Talos release (`v1.13.9`, `1.13.9`, `v1.14.0-rc.1`) and checks its contract is supported.
 * A full release is required because it also names the installer image tag and picks the default
 * Kubernetes version.
 */
export function parseTalosRelease(talosVersion: string, field = 'talosVersion'): TalosRelease {
  const match = RELEASE.exec(talosVersion.trim());
  if (!match) {
    throw new TalosGitopsError(
      `invalid Talos version ${JSON.stringify(talosVersion)}: expected a release such as v1.13.9`,
      { field },
    );
  }
  let contract = { major: Number(match[1]), minor: Number(match[2]) };
  // a release newer than the newest contract is generated as the newest contract generates it
  if (compare(contract, MAX_CONTRACT) > 0) contract = { ...MAX_CONTRACT };
  if (compare(contract, MIN_CONTRACT) < 0) {
    throw new TalosGitopsError(
      `Talos ${talosVersion} (contract ${contractName(contract)}) is not supported: base config generation ` +
        `supports version contracts ${contractName(MIN_CONTRACT)} to ${contractName(MAX_CONTRACT)}`,
      { field },
    );
  }
  const version = `v${match[1]}.${match[2]}.${match[3]}${match[4] ?? ''}`;
  return { version, contract };
}

/** Behaviour switches of `gen config` that vary between contracts (names follow Talos's predicates). */
export interface ContractFeatures {
  /** v1alpha1 `machine.features.rbac`, `stableHostname`, `apidCheckExtKeyUsage` still written. */
  legacyFeatureFlags: boolean;
  /** v1alpha1 `cluster.apiServer.disablePodSecurityPolicy: true` still written. */
  disablePSPField: boolean;
  /** The API server certSANs start with the endpoint's host name. */
  endpointInAPIServerSANs: boolean;
  /** `machine.install.grubUseUKICmdline: true`. */
  grubUseUKICmdline: boolean;
  /** HostnameConfig (`auto: stable`) and RegistryMirrorConfig documents instead of v1alpha1 fields. */
  multidocNetwork: boolean;
  /** KubeSpanConfig document; the empty `machine.network: {}` is no longer written. */
  multidocKubeSpan: boolean;
  /** Kubernetes, discovery, host DNS and install settings move to their own documents (v1.14). */
  multidocKubernetes: boolean;
  /** VolumeConfig EPHEMERAL `mount.secure`, FilesystemTrimConfig and SecurityProfileConfig documents. */
  secureDefaults: boolean;
}

export function contractFeatures(contract: VersionContract): ContractFeatures {
  const after = (minor: number) => compare(contract, { major: 1, minor }) > 0;
  return {
    legacyFeatureFlags: !after(11),
    disablePSPField: !after(11),
    endpointInAPIServerSANs: !after(11),
    grubUseUKICmdline: after(11),
    multidocNetwork: after(11),
    multidocKubeSpan: after(12),
    multidocKubernetes: after(13),
    secureDefaults: after(13),
  };
}
