/**
 * Which v1alpha1 changes Talos (up to 1.13) applies to a running node without a reboot: its
 * CanApplyImmediate check compares the v1alpha1 document with these fields left out. Shared by the
 * impact prediction and the simulated nodes.
 */

/** `machine.*` fields that apply live. */
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

/** `machine.features.*` fields that apply live. */
export const LIVE_FEATURE_FIELDS: readonly string[] = ['kubernetesTalosAPIAccess', 'kubePrism', 'hostDNS'];

/** Added to the live list in Talos 1.9. */
export const LIVE_FEATURE_FIELDS_SINCE_1_9: readonly string[] = ['imageCache', 'nodeAddressSortAlgorithm'];
