/** ExistingVolumeConfig (Talos `block.ExistingVolumeConfigV1Alpha1`). Since Talos 1.11. */
import type { KindEntry } from '../types.js';

export const ExistingVolumeConfig: KindEntry = {
  kind: 'ExistingVolumeConfig',
  group: 'block',
};
