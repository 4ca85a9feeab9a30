/** CRICustomizationConfig (Talos `cri.CRICustomizationConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const CRICustomizationConfig: KindEntry = {
  kind: 'CRICustomizationConfig',
  group: 'cri',
};
