/** WireguardConfig (Talos `network.WireguardConfigV1Alpha1`). Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { linkAddresses } from './common-link.js';

export const WireguardConfig: KindEntry = {
  kind: 'WireguardConfig',
  group: 'network',
  secrets: ['privateKey', 'peers[].presharedKey'],
  addresses: linkAddresses,
};
