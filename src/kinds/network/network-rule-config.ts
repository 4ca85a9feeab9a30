/** NetworkRuleConfig (Talos `network.RuleConfigV1Alpha1`). */
import type { KindEntry } from '../types.js';

export const NetworkRuleConfig: KindEntry = {
  kind: 'NetworkRuleConfig',
  group: 'network',
};
