/** EtcFileConfig (Talos `runtime.EtcFileConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const EtcFileConfig: KindEntry = {
  kind: 'EtcFileConfig',
  group: 'runtime',
};
