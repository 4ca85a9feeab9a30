/** LinkAliasConfig (Talos `network.LinkAliasConfigV1Alpha1`). Since Talos 1.12. */
import type { KindEntry } from '../types.js';

export const LinkAliasConfig: KindEntry = {
  kind: 'LinkAliasConfig',
  group: 'network',
};
