/**
 * ExistingVolumeConfig (Talos `block.ExistingVolumeConfigV1Alpha1`): a volume already on a disk, found
 * by a CEL volume selector and mounted under `/var/mnt/<name>`. Since Talos 1.11.
 */
import { celBoolError } from '../shared/cel/index.js';
import type { KindEntry } from '../types.js';
import { asStr, dig } from '../values.js';
import { checkVolumeMaintenance } from './volume-maintenance.js';
import { checkVolumeName } from './volume-name.js';

export const ExistingVolumeConfig: KindEntry = {
  kind: 'ExistingVolumeConfig',
  group: 'block',
  validate(body, report, ctx) {
    // no length limit: the name is no partition label
    checkVolumeName(asStr(body.name), report);
    const match = asStr(dig(body, 'discovery', 'volumeSelector', 'match'));
    if (match === '')
      report.error('volume selector is required', body.discovery === undefined ? [] : ['discovery']);
    else {
      const problem = celBoolError(match, 'VolumeLocator', ctx.contract);
      if (problem)
        report.error(`volume selector is invalid: ${problem}`, ['discovery', 'volumeSelector', 'match']);
    }
    checkVolumeMaintenance(body, report, ctx);
  },
  conflictsWithKinds: ['UserVolumeConfig'],
};
