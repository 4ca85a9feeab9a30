/** DHCPv4Config (Talos `network.DHCPv4ConfigV1Alpha1`): DHCPv4 on a link. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { checkDHCPClient } from './dhcp-client.js';

export const DHCPv4Config: KindEntry = {
  kind: 'DHCPv4Config',
  group: 'network',
  validate: (body, report) => checkDHCPClient(body, report),
};
