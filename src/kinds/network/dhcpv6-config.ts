/** DHCPv6Config (Talos `network.DHCPv6ConfigV1Alpha1`). Since Talos 1.12. */
import type { KindEntry } from '../types.js';

export const DHCPv6Config: KindEntry = {
  kind: 'DHCPv6Config',
  group: 'network',
};
