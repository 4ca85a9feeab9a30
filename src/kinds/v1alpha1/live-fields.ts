/**
 * The v1alpha1 fields Talos's `CanApplyImmediate` (1.9 to 1.13; the list is the same in each) lets
 * change without a reboot: it copies them from the running config into the new one before comparing.
 */

/** `machine.*` fields copied over whenever both configs have a machine section. */
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

/**
 * `machine.features.*` fields copied over only when both configs have a features block (adding the
 * block itself, even for a live field, reboots). Talos 1.8 lacked the last two.
 */
export const LIVE_FEATURE_FIELDS: readonly { name: string; since?: number }[] = [
  { name: 'kubernetesTalosAPIAccess' },
  { name: 'kubePrism' },
  { name: 'hostDNS' },
  { name: 'imageCache', since: 9 },
  { name: 'nodeAddressSortAlgorithm', since: 9 },
];

/** The top-level keys copied over as a whole. */
export const LIVE_TOP_LEVEL: readonly string[] = ['debug', 'cluster'];
