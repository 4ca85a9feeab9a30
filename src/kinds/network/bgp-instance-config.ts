/** BGPInstanceConfig (Talos `network.BGPInstanceConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const BGPInstanceConfig: KindEntry = {
  kind: 'BGPInstanceConfig',
  group: 'network',
};
