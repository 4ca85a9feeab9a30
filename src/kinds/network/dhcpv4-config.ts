/** DHCPv4Config (Talos `network.DHCPv4ConfigV1Alpha1`). Since Talos 1.12. */
import type { KindEntry } from '../types.js';

export const DHCPv4Config: KindEntry = {
  kind: 'DHCPv4Config',
  group: 'network',
};
