/** HTTPProbeConfig (Talos `network.HTTPProbeConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const HTTPProbeConfig: KindEntry = {
  kind: 'HTTPProbeConfig',
  group: 'network',
};
