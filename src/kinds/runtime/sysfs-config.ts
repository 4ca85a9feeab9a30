/** SysfsConfig (Talos `runtime.SysfsConfigV1Alpha1`): values written under /sys. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj } from '../values.js';

export const SysfsConfig: KindEntry = {
  kind: 'SysfsConfig',
  group: 'runtime',
  validate(body, report) {
    for (const key of Object.keys(asObj(body.params) ?? {}))
      if (key === '') report.error('sysfs key cannot be empty', ['params', key]);
  },
};
