/** SysctlConfig (Talos `runtime.SysctlConfigV1Alpha1`): kernel parameters under /proc/sys. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj } from '../values.js';

export const SysctlConfig: KindEntry = {
  kind: 'SysctlConfig',
  group: 'runtime',
  validate(body, report) {
    for (const key of Object.keys(asObj(body.params) ?? {}))
      if (key === '') report.error('sysctl key cannot be empty', ['params', key]);
  },
};
