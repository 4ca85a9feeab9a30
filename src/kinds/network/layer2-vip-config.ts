/** Layer2VIPConfig (Talos `network.Layer2VIPConfigV1Alpha1`): a shared IP announced over ARP/NDP. Since Talos 1.12. */
import type { KindEntry } from '../types.js';
import { checkVIP } from './virtual-ip.js';

export const Layer2VIPConfig: KindEntry = {
  kind: 'Layer2VIPConfig',
  group: 'network',
  validate: (body, report) => checkVIP(body, report),
  conflictsWithKinds: ['HCloudVIPConfig'],
};
