/**
 * What the project knows of one Talos document kind beyond its extracted shape (the typed model): its
 * secret fields, its validation per contract, the cross-document rules it takes part in, how applying
 * it behaves, and where it carries images, addresses and CAs. Every kind has one `KindEntry`, in its
 * own module under `src/kinds/<group>/`, grouped as Talos groups `pkg/machinery/config/types/`.
 */
import type { ConfigDocument } from '../config/document.js';
import type { Contract } from '../model/model.js';
import type { Seg } from '../validate/paths.js';
import type { KindContext } from './context.js';

/** Talos's package groups under `pkg/machinery/config/types/` (`extensions` is `runtime/extensions`). */
export type KindGroup =
  | 'v1alpha1'
  | 'block'
  | 'cluster'
  | 'container'
  | 'cri'
  | 'extensions'
  | 'hardware'
  | 'k8s'
  | 'network'
  | 'runtime'
  | 'security'
  | 'siderolink'
  | 'storage';

/** How a document reports what its checks find. Errors are prefixed `Kind/name: ` as Talos prints them. */
export interface DocReport {
  error(message: string, segs?: Seg[], rule?: string): void;
  /** A warning (Talos's `warnings`); in strict mode Talos turns v1alpha1's into errors. */
  warn(message: string, segs?: Seg[], rule?: string): void;
}

/** Talos's `Validate(mode, opts)` of one document: `body` is the decoded document. */
export type ValidateDocument = (
  body: Record<string, unknown>,
  report: DocReport,
  ctx: KindContext,
  doc: ConfigDocument,
) => void;

/** Talos's `V1Alpha1ConflictValidate`: the document against the v1alpha1 document of the same config. */
export type ConflictWithV1alpha1 = (
  body: Record<string, unknown>,
  v1: Record<string, unknown>,
  report: DocReport,
  ctx: KindContext,
) => void;

/** A rule over the whole config that this kind's presence triggers (Talos's container validation). */
export type CrossCheck = (docs: readonly ConfigDocument[], ctx: KindContext) => void;

/** A value a document carries at a path (an image reference, an address, a CA). */
export interface Located<T = string> {
  value: T;
  segs: Seg[];
}

/** Images a document names, by what they are for. */
export type ImageRole =
  | 'installer'
  | 'kubelet'
  | 'etcd'
  | 'kube-apiserver'
  | 'kube-controller-manager'
  | 'kube-scheduler'
  | 'kube-proxy'
  | 'coredns';

/** Certificate authorities a document carries, by what they sign. */
export type CARole = 'talos-api' | 'kubernetes' | 'aggregator' | 'etcd' | 'service-account';

export interface ApplyBehaviour {
  /**
   * Up to Talos 1.13, whether a change applies without a reboot (Talos's `CanApplyImmediate`): the
   * field paths that block it, empty when it applies live. Kinds without it never block (Talos only
   * compares the v1alpha1 document).
   */
  immediateBlockers?: (
    before: Record<string, unknown> | undefined,
    after: Record<string, unknown> | undefined,
    contract: Contract,
    /** The Talos 1.x release line when it is older than the contract (a simulated 1.8 node). */
    talosMinor?: number,
  ) => string[];
  /**
   * From Talos 1.14 (which never reboots on apply): dotted paths inside the document whose change only
   * takes effect after an explicit reboot; `''` means any change of the document.
   */
  rebootToTakeEffect?: readonly string[];
  /**
   * Dotted paths inside the document that the kubelet's spec is made from (Talos's KubeletSpec
   * controller): a change there restarts the kubelet, so its pods are drained first. `''` means
   * any change of the document.
   */
  restartsKubelet?: readonly string[];
}

/**
 * What the bootstrap manifests Talos renders on a control plane are made from (Talos's
 * BootstrapManifestsConfig), as far as one document sets it; unset fields are left out.
 */
export interface BootstrapManifestInputs {
  endpoint?: string;
  clusterDomain?: string;
  podSubnets?: string[];
  serviceSubnets?: string[];
  proxyEnabled?: boolean;
  proxyImage?: string;
  proxyMode?: string;
  coreDNSEnabled?: boolean;
  coreDNSImage?: string;
  /** `flannel`, `custom` or `none`. */
  cniName?: string;
  /** KubePrism's port on the machine; 0 when it is disabled. */
  kubePrismPort?: number;
  /** The kubelet bootstrap token (`id.secret`). */
  bootstrapToken?: string;
}

export interface KindEntry {
  kind: string;
  group: KindGroup;
  /**
   * Fields Talos's `Redact` replaces, exactly (the completeness test holds this to the model's flags).
   * Patterns: dotted YAML keys, `*` any map key, `[]` any list item, `**` any depth, `path?param` a
   * URL's query parameter.
   */
  secrets?: readonly string[];
  /** Values secret by nature that Talos's `Redact` leaves in place; redacted here too. */
  alsoSecret?: readonly { path: string; why: string }[];
  /** Rule id the document's own checks report under (default `talos/<kind-in-kebab-case>`). */
  rule?: string;
  /** Talos's `Validate(mode, opts)`, errors and warnings, per contract inside (`ctx.since`). */
  validate?: ValidateDocument;
  /** Talos turns this kind's warnings into errors in strict mode (only v1alpha1 does). */
  strictWarningsAreErrors?: boolean;
  /** Talos's `V1Alpha1ConflictValidate`. */
  conflictsWithV1alpha1?: ConflictWithV1alpha1;
  /** Talos's `ConflictsWithKinds`: kinds that may not configure the same name. */
  conflictsWithKinds?: readonly string[];
  /**
   * The links the document configures, by name (Talos's `NetworkCommonLinkConfig` and
   * `AdditionalLinkConfigs`): a link is configured by one document only.
   */
  configuresLinks?: (body: Record<string, unknown>) => string[];
  /** Whole-config rules this kind takes part in (Talos's container validation). */
  crossCheck?: CrossCheck;
  /** Talos's `ControlplaneOnlyDocument`: the kind is only allowed on control planes (from `since`). */
  controlPlaneOnly?: boolean;
  apply?: ApplyBehaviour;
  /** Where the document names images, by what they are for. */
  images?: readonly { role: ImageRole; path: readonly string[] }[];
  /** Addresses the document assigns to the machine's own links (for fleet-wide uniqueness and policy). */
  addresses?: (body: Record<string, unknown>) => Located[];
  /** The machine type the document declares (`controlplane`, `worker`, …). */
  machineType?: (body: Record<string, unknown>) => Located<unknown> | undefined;
  /** Extra names and addresses for the Talos API certificate. */
  certSANs?: (body: Record<string, unknown>) => Located[];
  /**
   * Encryption settings of system volumes (`STATE`, `EPHEMERAL`, …) the document can carry, with the
   * path where each is (or would be) set; `value` is undefined when unset.
   */
  volumeEncryption?: (body: Record<string, unknown>) => Array<Located<unknown> & { volume: string }>;
  /** The default action of the machine's ingress firewall the document sets (`accept`, `block`). */
  ingressDefault?: (body: Record<string, unknown>) => string | undefined;
  /** The control-plane endpoint the document points the machine at (a URL value). */
  endpoint?: (body: Record<string, unknown>) => Located<unknown> | undefined;
  /** What the document contributes to the bootstrap manifests Talos renders (control planes). */
  bootstrapManifests?: (body: Record<string, unknown>) => BootstrapManifestInputs;
  /** CAs the document carries (paths of certificate/key pairs). */
  cas?: readonly { role: CARole; path: readonly string[] }[];
}
