/** The rules validation itself reports (schema, Talos, fleet, waivers, policy files), for docs and SARIF. */
import type { PolicyRule } from '../policy/types.js';
import type { Severity } from './types.js';

export interface RuleInfo {
  id: string;
  /** Severity the rule usually reports with. */
  severity: Severity;
  description: string;
  rationale?: string;
}

const R = (id: string, severity: Severity, description: string): RuleInfo => ({ id, severity, description });

export const VALIDATOR_RULES: RuleInfo[] = [
  R('schema/yaml', 'error', 'The file is valid YAML'),
  R('schema/unknown-kind', 'error', 'Every document is a kind this Talos version knows'),
  R(
    'schema/unknown-field',
    'error',
    'Every field is one Talos knows for this version (with a "did you mean")',
  ),
  R('schema/type', 'error', 'Every value has the type Talos decodes the field as'),
  R('schema/enum', 'error', 'Values of enumerated fields are ones Talos accepts'),
  R('schema/range', 'error', 'Numbers fit the Go integer type of their field'),
  R('schema/required', 'warning', "Keys Talos's published schema requires are present"),
  R('schema/invalid', 'error', 'The document matches the Talos config schema'),
  R('schema/decode', 'error', "The config loads with Talos's strict decoder"),
  R('schema/deprecated', 'notice', 'Deprecated fields are replaced by the documents Talos recommends'),
  R('talos/machine-required', 'error', 'The v1alpha1 document has a machine section'),
  R('talos/cluster-required', 'error', 'The v1alpha1 document has a cluster section'),
  R('talos/controlplane-endpoint', 'error', 'The control-plane endpoint is a valid URL with a host and port'),
  R('talos/dns-domain', 'error', 'The cluster DNS domain is a valid DNS name'),
  R(
    'talos/external-cloud-provider',
    'error',
    'External cloud provider manifests are valid and only set when enabled',
  ),
  R('talos/etcd', 'error', 'etcd settings (CA, subnets) are valid'),
  R(
    'talos/controlplane-only',
    'error',
    'Control-plane-only settings (VIPs, CA keys, etcd, control-plane kinds) are not on workers',
  ),
  R('talos/inline-manifests', 'error', 'Inline manifests have unique, non-empty names'),
  R('talos/discovery', 'error', 'Cluster discovery has a valid endpoint and a cluster identity'),
  R('talos/kubernetes-components', 'error', 'API server authorization and component resources are valid'),
  R('talos/install', 'error', 'Install settings are valid (a disk or disk selector, no conflicting options)'),
  R('talos/host-dns', 'error', 'Host DNS settings are consistent'),
  R('talos/machine-type', 'error', 'The machine type is controlplane or worker'),
  R('talos/machine-ca', 'error', 'The Talos API CA is present, with its key exactly on control planes'),
  R('talos/cni', 'error', 'The CNI settings are consistent with the chosen CNI'),
  R(
    'talos/network-device',
    'error',
    'Legacy network interfaces (bonds, bridges, VLANs, VIPs, routes) are valid',
  ),
  R(
    'talos/container-dependencies',
    'error',
    'Containers depend only on configured containers, without cycles',
  ),
  R('talos/kubespan', 'error', 'KubeSpan settings are valid and its requirements met'),
  R('talos/machine-disks', 'error', 'Machine disks and partitions are valid'),
  R('talos/kubelet', 'error', 'Kubelet settings are valid and do not override protected fields'),
  R(
    'talos/kubernetes-version',
    'error',
    "On the machine (on apply): component images' Kubernetes versions are ones its Talos runs",
  ),
  R('talos/disk-encryption', 'error', 'System disk encryption has keys in distinct slots'),
  R('talos/logging', 'error', 'Logging destinations are tcp/udp endpoints with the json_lines format'),
  R('talos/node-labels', 'error', 'Node labels, annotations and taints follow Kubernetes syntax'),
  R('talos/talos-api-access', 'error', 'Kubernetes Talos API access uses known roles'),
  R('talos/address-sort', 'error', 'The node address sort algorithm is known'),
  R('talos/persist', 'error', 'persist is not disabled'),
  R('talos/runtime-spec', 'error', 'Base runtime spec overrides decode into the OCI runtime spec'),
  R('talos/registries', 'error', 'Registry entries are not null'),
  R('talos/deprecated-config', 'warning', 'Deprecated v1alpha1 sections Talos warns about are replaced'),
  R(
    'talos/conflicting-config',
    'error',
    'A setting is not configured both in v1alpha1 and in the document replacing it',
  ),
  R(
    'talos/conflicting-documents',
    'error',
    'Documents are not duplicated and do not configure one link twice',
  ),
  R('talos/etcd-encryption', 'error', 'Control planes running kube-apiserver have an etcd encryption config'),
  R('talos/link-config', 'error', 'LinkConfig documents are valid'),
  R('talos/dummy-link-config', 'error', 'DummyLinkConfig documents are valid'),
  R('talos/vlan-config', 'error', 'VLANConfig documents are valid'),
  R('talos/bond-config', 'error', 'BondConfig documents are valid'),
  R('talos/bridge-config', 'error', 'BridgeConfig documents are valid'),
  R('talos/layer2-vip-config', 'error', 'Layer2VIPConfig documents are valid'),
  R('talos/hostname-config', 'error', 'HostnameConfig documents are valid'),
  R('talos/resolver-config', 'error', 'ResolverConfig documents are valid'),
  R('talos/time-sync-config', 'error', 'TimeSyncConfig documents are valid'),
  R('talos/kube-span-config', 'error', 'KubeSpanConfig documents are valid'),
  R('talos/volume-config', 'error', 'VolumeConfig documents are valid'),
  R(
    'talos/discovery-identity-config',
    'error',
    'DiscoveryIdentityConfig has a cluster ID and a 32-byte cluster secret',
  ),
  R('talos/kube-talos-api-access-config', 'error', 'KubeTalosAPIAccessConfig uses known roles'),
  R(
    'talos/newer-version',
    'warning',
    'The Talos version is one this tool knows (a newer minor is validated under the newest contract)',
  ),
  R('fleet/unique-node-name', 'error', 'Node names are unique across the fleet'),
  R(
    'fleet/unique-address',
    'error',
    'Node addresses and static interface addresses are unique across the fleet',
  ),
  R('fleet/role-mismatch', 'error', "A node's machine type matches its role in cluster.yaml"),
  R('fleet/controlplane-endpoint', 'error', "Every node points at the cluster's endpoint"),
  R(
    'fleet/controlplane-count',
    'error',
    'An odd number of control planes, and at least 3 in production stages',
  ),
  R('fleet/installer-version', 'error', "The installer image's tag is the cluster's talosVersion"),
  R(
    'fleet/kubernetes-version',
    'error',
    "cluster.yaml's Kubernetes version is supported by the Talos release line",
  ),
  R('waiver/expired', 'warning', 'Waivers are renewed or removed when they expire'),
  R('waiver/unused', 'notice', 'Waivers still match a finding'),
  R('policy/invalid', 'error', 'Policy files are valid'),
  R('render/error', 'error', 'Every cluster renders'),
  R(
    'plan/ca-rotation',
    'error',
    "No CA is replaced by a config change (use Talos's CA rotation, talosctl rotate-ca)",
  ),
  R('plan/address-move', 'error', "A node's address in cluster.yaml follows its configured address"),
];

const byId = new Map(VALIDATOR_RULES.map((r) => [r.id, r]));

export function policyRuleInfo(r: PolicyRule): RuleInfo {
  return {
    id: r.id,
    severity: r.severity,
    description: r.description,
    ...(r.rationale ? { rationale: r.rationale } : {}),
  };
}

/** The catalog entry of a rule id (validator rules and the given policy rules). */
export function ruleInfo(id: string, policies: readonly PolicyRule[] = []): RuleInfo {
  const p = policies.find((r) => r.id === id);
  if (p) return policyRuleInfo(p);
  return byId.get(id) ?? { id, severity: 'error', description: id };
}
