/** RoutingRuleConfig (Talos `network.RoutingRuleConfigV1Alpha1`). Since Talos 1.13. */
import type { KindEntry } from '../types.js';

export const RoutingRuleConfig: KindEntry = {
  kind: 'RoutingRuleConfig',
  group: 'network',
};
