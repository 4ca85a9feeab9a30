/** SysctlConfig (Talos `runtime.SysctlConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const SysctlConfig: KindEntry = {
  kind: 'SysctlConfig',
  group: 'runtime',
};
