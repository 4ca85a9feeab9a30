/** RAIDArrayConfig (Talos `storage.RAIDArrayConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const RAIDArrayConfig: KindEntry = {
  kind: 'RAIDArrayConfig',
  group: 'storage',
};
