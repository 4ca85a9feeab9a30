/** ExternalVolumeConfig (Talos `block.ExternalVolumeConfigV1Alpha1`). Since Talos 1.13. */
import type { KindEntry } from '../types.js';

export const ExternalVolumeConfig: KindEntry = {
  kind: 'ExternalVolumeConfig',
  group: 'block',
};
