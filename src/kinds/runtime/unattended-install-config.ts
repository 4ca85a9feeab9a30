/** UnattendedInstallConfig (Talos `runtime.UnattendedInstallConfigV1Alpha1`): install without an operator, on the disk a selector picks. Since Talos 1.14. */
import { celBoolError } from '../shared/cel/index.js';
import type { KindEntry } from '../types.js';
import { asObj, asStr, dig } from '../values.js';

export const UnattendedInstallConfig: KindEntry = {
  kind: 'UnattendedInstallConfig',
  group: 'runtime',
  images: [{ role: 'installer', path: ['installer', 'image'] }],
  validate(body, report, ctx) {
    if (asStr(dig(body, 'installer', 'image')) === '')
      report.warn(
        'installer.image is not set, if Talos is not booted from asset built by Image Factory, installation will fail',
        ['installer'],
      );
    // Talos's messages name the selector volumeSelector although the field is diskSelector
    const match = asStr(dig(body, 'provisioning', 'diskSelector', 'match'));
    if (match === '') return report.error('provisioning.volumeSelector.match is required', ['provisioning']);
    const err = celBoolError(match, 'DiskLocator', ctx.contract);
    if (err)
      report.error(`provisioning.volumeSelector.match: ${err}`, ['provisioning', 'diskSelector', 'match']);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    // any .machine.install block, even an empty one
    const install = asObj(v1.machine)?.install;
    if (install !== undefined && install !== null)
      report.error('UnattendedInstallConfig config is incompatible with v1alpha1 config (.machine.install)');
  },
};
