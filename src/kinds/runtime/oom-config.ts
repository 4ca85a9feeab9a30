/** OOMConfig (Talos `runtime.OOMV1Alpha1`). Since Talos 1.12. */
import type { KindEntry } from '../types.js';

export const OOMConfig: KindEntry = {
  kind: 'OOMConfig',
  group: 'runtime',
};
