/**
 * The CEL volume selector LVM volume groups and RAID arrays are built from (Talos's storage
 * `ProvisioningSpec.Validate` and `RAIDProvisioningSpec.Validate`, alike).
 */
import type { KindContext } from '../context.js';
import { celBoolError } from '../shared/cel/index.js';
import type { DocReport } from '../types.js';
import { asStr, dig, type Obj } from '../values.js';

export function checkVolumeSelector(body: Obj, report: DocReport, ctx: KindContext): void {
  const match = asStr(dig(body, 'provisioning', 'volumeSelector', 'match'));
  if (match === '') {
    report.error(
      'provisioning.volumeSelector.match is required',
      body.provisioning === undefined ? [] : ['provisioning'],
    );
    return;
  }
  const problem = celBoolError(match, 'VolumeLocator', ctx.contract);
  if (problem)
    report.error(`provisioning.volumeSelector.match: ${problem}`, [
      'provisioning',
      'volumeSelector',
      'match',
    ]);
}
