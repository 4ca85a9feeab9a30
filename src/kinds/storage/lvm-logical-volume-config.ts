/** LVMLogicalVolumeConfig (Talos `storage.LVMLogicalVolumeConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const LVMLogicalVolumeConfig: KindEntry = {
  kind: 'LVMLogicalVolumeConfig',
  group: 'storage',
};
