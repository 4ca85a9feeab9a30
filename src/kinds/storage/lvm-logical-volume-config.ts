/**
 * LVMLogicalVolumeConfig (Talos `storage.LVMLogicalVolumeConfigV1Alpha1`): a logical volume in an LVM
 * volume group — linear, or raid0/raid1/raid10 with stripes and mirrors. Since Talos 1.14.
 */
import { sizeOf } from '../block/sizes.js';
import { checkVolumeName } from '../block/volume-name.js';
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';

export const LVMLogicalVolumeConfig: KindEntry = {
  kind: 'LVMLogicalVolumeConfig',
  group: 'storage',
  validate(body, report) {
    checkVolumeName(asStr(body.name), report, { max: 63, underscores: true });
    // the zero value of Talos's LVMLogicalVolumeType is linear
    const type = asStr(body.type).toLowerCase() || 'linear';
    const usesMirrors = type === 'raid1' || type === 'raid10';
    const usesStripes = type === 'raid0' || type === 'raid10';
    if (body.mirrors !== undefined && body.mirrors !== null) {
      if (!usesMirrors) report.error(`mirrors is only valid for raid1/raid10, not ${type}`, ['mirrors']);
      else if (Number(body.mirrors) < 1) report.error('mirrors must be at least 1', ['mirrors']);
    }
    if (body.stripes !== undefined && body.stripes !== null) {
      if (!usesStripes) report.error(`stripes is only valid for raid0/raid10, not ${type}`, ['stripes']);
      else if (Number(body.stripes) < 2) report.error('stripes must be at least 2', ['stripes']);
    }
    const prov = asObj(body.provisioning);
    const at = (...segs: string[]) => (prov === undefined ? [] : ['provisioning', ...segs]);
    if (asStr(prov?.volumeGroup) === '') report.error('provisioning.volumeGroup is required', at());
    const min = sizeOf(prov?.minSize);
    const max = sizeOf(prov?.maxSize);
    if (!max) report.error('provisioning.maxSize is required', at());
    if (max?.negative) report.error('provisioning.maxSize must not be negative', at('maxSize'));
    // an absent maximum reads as zero bytes, as in Talos
    if (min && !max?.relative && min.value > (max?.value ?? 0))
      report.error('provisioning.minSize must not exceed provisioning.maxSize', at('minSize'));
  },
};
