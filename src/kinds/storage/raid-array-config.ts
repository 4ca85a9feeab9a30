/**
 * RAIDArrayConfig (Talos `storage.RAIDArrayConfigV1Alpha1`): an md RAID array over the volumes a CEL
 * selector matches. Since Talos 1.14.
 */
import { checkVolumeName } from '../block/volume-name.js';
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';
import { checkVolumeSelector } from './volume-selector.js';

export const RAIDArrayConfig: KindEntry = {
  kind: 'RAIDArrayConfig',
  group: 'storage',
  validate(body, report, ctx) {
    checkVolumeName(asStr(body.name), report, { max: 32, underscores: true });
    checkVolumeSelector(body, report, ctx);
  },
};
