/** StaticHostConfig (Talos `network.StaticHostConfigV1Alpha1`). Since Talos 1.12. */
import type { KindEntry } from '../types.js';

export const StaticHostConfig: KindEntry = {
  kind: 'StaticHostConfig',
  group: 'network',
};
