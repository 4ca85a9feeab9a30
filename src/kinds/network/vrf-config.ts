/** VRFConfig (Talos `network.VRFConfigV1Alpha1`). Since Talos 1.13. */
import type { KindEntry } from '../types.js';
import { linkAddresses } from './common-link.js';

export const VRFConfig: KindEntry = {
  kind: 'VRFConfig',
  group: 'network',
  addresses: linkAddresses,
};
