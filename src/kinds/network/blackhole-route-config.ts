/** BlackholeRouteConfig (Talos `network.BlackholeRouteConfigV1Alpha1`). Since Talos 1.13. */
import type { KindEntry } from '../types.js';

export const BlackholeRouteConfig: KindEntry = {
  kind: 'BlackholeRouteConfig',
  group: 'network',
};
