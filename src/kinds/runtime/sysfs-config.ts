/** SysfsConfig (Talos `runtime.SysfsConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const SysfsConfig: KindEntry = {
  kind: 'SysfsConfig',
  group: 'runtime',
};
