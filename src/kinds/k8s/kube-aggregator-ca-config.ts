/** KubeAggregatorCAConfig (Talos `k8s.KubeAggregatorCAConfigV1Alpha1`): the API aggregation layer's CA. Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeAggregatorCAConfig: KindEntry = {
  kind: 'KubeAggregatorCAConfig',
  group: 'k8s',
  secrets: ['issuingCA.key'],
  controlPlaneOnly: true,
  cas: [{ role: 'aggregator', path: ['issuingCA'] }],
};
