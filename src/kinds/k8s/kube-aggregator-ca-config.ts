/** KubeAggregatorCAConfig (Talos `k8s.KubeAggregatorCAConfigV1Alpha1`): the API aggregation layer's CA. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { checkAcceptedCAs, isSet, issuingCAError } from './common.js';

export const KubeAggregatorCAConfig: KindEntry = {
  kind: 'KubeAggregatorCAConfig',
  group: 'k8s',
  secrets: ['issuingCA.key'],
  controlPlaneOnly: true,
  cas: [{ role: 'aggregator', path: ['issuingCA'] }],
  validate(body, report) {
    if (body.issuingCA == null) report.error('issuing CA is not set', ['issuingCA']);
    else {
      const problem = issuingCAError(body.issuingCA);
      if (problem) report.error(`issuing CA: ${problem}`, ['issuingCA']);
    }
    checkAcceptedCAs(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'cluster', 'aggregatorCA'))
      report.error(
        'kube-apiserver aggregator CA is already set in v1alpha1 config (.cluster.aggregatorCA), please remove it and use the new KubeAggregatorCAConfig document instead',
      );
  },
};
