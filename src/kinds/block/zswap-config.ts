/** ZswapConfig (Talos `block.ZswapConfigV1Alpha1`): compressed swap cache settings. Since Talos 1.11. */
import type { KindEntry } from '../types.js';

export const ZswapConfig: KindEntry = {
  kind: 'ZswapConfig',
  group: 'block',
  validate(body, report) {
    const pct = body.maxPoolPercent;
    if (pct !== undefined && pct !== null && (Number(pct) < 0 || Number(pct) > 100))
      report.error('maxPoolPercent must be between 0 and 100', ['maxPoolPercent']);
  },
};
