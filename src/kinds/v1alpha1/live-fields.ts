/** The v1alpha1 fields Talos's `CanApplyImmediate` (up to 1.13) lets change without a reboot. */

/** `machine.*` fields whose change Talos (up to 1.13) applies without a reboot. */
export const LIVE_MACHINE_FIELDS: readonly string[] = [
  'ca',
  'acceptedCAs',
  'time',
  'certSANs',
  'install',
  'network',
  'sysfs',
  'sysctls',
  'logging',
  'controlPlane',
  'kubelet',
  'kernel',
  'registries',
  'pods',
  'seccompProfiles',
  'nodeLabels',
  'nodeAnnotations',
  'nodeTaints',
];

/** `machine.features.*` fields that apply live (every supported contract is past 1.9, which added the last two). */
export const LIVE_FEATURE_FIELDS: readonly string[] = [
  'kubernetesTalosAPIAccess',
  'kubePrism',
  'hostDNS',
  'imageCache',
  'nodeAddressSortAlgorithm',
];
