/** LVMVolumeGroupConfig (Talos `storage.LVMVolumeGroupConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const LVMVolumeGroupConfig: KindEntry = {
  kind: 'LVMVolumeGroupConfig',
  group: 'storage',
};
