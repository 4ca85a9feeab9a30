/** KernelModuleConfig (Talos `runtime.KernelModuleConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KernelModuleConfig: KindEntry = {
  kind: 'KernelModuleConfig',
  group: 'runtime',
  apply: { rebootToTakeEffect: [''] },
};
