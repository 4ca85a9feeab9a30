/**
 * ExternalVolumeConfig (Talos `block.ExternalVolumeConfigV1Alpha1`): a filesystem from outside the
 * machine (a virtiofs share) mounted under `/var/mnt/<name>`. Since Talos 1.13.
 */
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';
import { checkVolumeName, MAX_VOLUME_NAME } from './volume-name.js';

export const ExternalVolumeConfig: KindEntry = {
  kind: 'ExternalVolumeConfig',
  group: 'block',
  validate(body, report) {
    checkVolumeName(asStr(body.name), report, { max: MAX_VOLUME_NAME });
    const type = asStr(body.filesystemType).toLowerCase() || 'none';
    if (type !== 'virtiofs') {
      report.error(
        `invalid filesystem type: ${type}`,
        body.filesystemType === undefined ? [] : ['filesystemType'],
      );
      return;
    }
    const virtiofs = asObj(asObj(body.mount)?.virtiofs);
    if (!virtiofs) report.error('virtiofs mount spec is required', body.mount === undefined ? [] : ['mount']);
    else if (asStr(virtiofs.tag) === '') report.error('virtiofs tag is required', ['mount', 'virtiofs']);
  },
};
