/**
 * LVMVolumeGroupConfig (Talos `storage.LVMVolumeGroupConfigV1Alpha1`): an LVM volume group over the
 * volumes a CEL selector matches. Since Talos 1.14.
 */
import { checkVolumeName } from '../block/volume-name.js';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';
import { checkVolumeSelector } from './volume-selector.js';

export const LVMVolumeGroupConfig: KindEntry = {
  kind: 'LVMVolumeGroupConfig',
  group: 'storage',
  validate(body, report, ctx) {
    checkVolumeName(asStr(body.name), report, { max: 63, underscores: true });
    checkVolumeSelector(body, report, ctx);
  },
};
