/** DHCPv6Config (Talos `network.DHCPv6ConfigV1Alpha1`): DHCPv6 on a link. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { checkDHCPClient } from './dhcp-client.js';

export const DHCPv6Config: KindEntry = {
  kind: 'DHCPv6Config',
  group: 'network',
  validate: (body, report) => checkDHCPClient(body, report),
};
