/** CRIBaseRuntimeSpecConfig (Talos `cri.CRIBaseRuntimeSpecConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const CRIBaseRuntimeSpecConfig: KindEntry = {
  kind: 'CRIBaseRuntimeSpecConfig',
  group: 'cri',
};
