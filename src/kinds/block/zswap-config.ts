/** ZswapConfig (Talos `block.ZswapConfigV1Alpha1`). Since Talos 1.11. */
import type { KindEntry } from '../types.js';

export const ZswapConfig: KindEntry = {
  kind: 'ZswapConfig',
  group: 'block',
};
