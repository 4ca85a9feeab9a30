/** KubeSpanEndpointsConfig (Talos `network.KubespanEndpointsConfigV1Alpha1`). */
import type { KindEntry } from '../types.js';

export const KubeSpanEndpointsConfig: KindEntry = {
  kind: 'KubeSpanEndpointsConfig',
  group: 'network',
};
