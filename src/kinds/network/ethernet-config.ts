/** EthernetConfig (Talos `network.EthernetConfigV1Alpha1`). */
import type { KindEntry } from '../types.js';

export const EthernetConfig: KindEntry = {
  kind: 'EthernetConfig',
  group: 'network',
};
