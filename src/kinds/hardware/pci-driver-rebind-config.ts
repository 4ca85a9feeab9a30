/** PCIDriverRebindConfig (Talos `hardware.PCIDriverRebindConfigV1Alpha1`). */
import type { KindEntry } from '../types.js';

export const PCIDriverRebindConfig: KindEntry = {
  kind: 'PCIDriverRebindConfig',
  group: 'hardware',
};
