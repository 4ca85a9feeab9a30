/** UdevRulesConfig (Talos `runtime.UdevRulesConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const UdevRulesConfig: KindEntry = {
  kind: 'UdevRulesConfig',
  group: 'runtime',
};
