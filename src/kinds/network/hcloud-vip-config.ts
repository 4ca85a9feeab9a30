/** HCloudVIPConfig (Talos `network.HCloudVIPConfigV1Alpha1`). Since Talos 1.12. */
import type { KindEntry } from '../types.js';

export const HCloudVIPConfig: KindEntry = {
  kind: 'HCloudVIPConfig',
  group: 'network',
  secrets: ['apiToken'],
};
