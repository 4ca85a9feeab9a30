/** SecurityProfileConfig (Talos `runtime.SecurityProfileConfigV1Alpha1`): workload isolation. Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const SecurityProfileConfig: KindEntry = {
  kind: 'SecurityProfileConfig',
  group: 'runtime',
  apply: { rebootToTakeEffect: ['workloadIsolation'] },
  // Talos's Validate accepts every value of its one field
  validate() {},
};
