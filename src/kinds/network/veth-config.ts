/** VethConfig (Talos `network.VethConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { linkAddresses } from './common-link.js';

export const VethConfig: KindEntry = {
  kind: 'VethConfig',
  group: 'network',
  addresses: linkAddresses,
};
