/** SideroLinkConfig (Talos `siderolink.ConfigV1Alpha1`). */
import type { KindEntry } from '../types.js';

export const SideroLinkConfig: KindEntry = {
  kind: 'SideroLinkConfig',
  group: 'siderolink',
  secrets: ['uniqueToken', 'apiUrl?jointoken'],
};
