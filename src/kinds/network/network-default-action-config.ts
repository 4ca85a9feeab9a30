/** NetworkDefaultActionConfig (Talos `network.DefaultActionConfigV1Alpha1`). */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const NetworkDefaultActionConfig: KindEntry = {
  kind: 'NetworkDefaultActionConfig',
  group: 'network',
  ingressDefault: (body) => asStr(body.ingress).toLowerCase() || undefined,
};
