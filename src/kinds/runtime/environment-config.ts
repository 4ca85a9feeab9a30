/** EnvironmentConfig (Talos `runtime.EnvironmentV1Alpha1`). Since Talos 1.13. */
import type { KindEntry } from '../types.js';

export const EnvironmentConfig: KindEntry = {
  kind: 'EnvironmentConfig',
  group: 'runtime',
  apply: { rebootToTakeEffect: [''] },
};
