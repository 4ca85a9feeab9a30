/** KubeClusterConfig (Talos `k8s.KubeClusterConfigV1Alpha1`): the cluster's identity and control-plane endpoint. Since Talos 1.14. */
import { endpointURIError } from '../shared/net.js';
import type { KindEntry } from '../types.js';
import { asStr, dig } from '../values.js';
import { isSet } from './common.js';

export const KubeClusterConfig: KindEntry = {
  kind: 'KubeClusterConfig',
  group: 'k8s',
  endpoint: (body) => (body.endpoint ? { value: body.endpoint, segs: ['endpoint'] } : undefined),
  bootstrapManifests: (body) => (asStr(body.endpoint) ? { endpoint: asStr(body.endpoint) } : {}),
  validate(body, report) {
    if (asStr(body.clusterName) === '') report.error('clusterName must be specified', ['clusterName']);
    if (body.endpoint === undefined) report.error('endpoint must be specified', ['endpoint']);
    else {
      const problem = endpointURIError(body.endpoint as Parameters<typeof endpointURIError>[0]);
      if (problem) report.error(`cluster endpoint is invalid: ${problem}`, ['endpoint']);
    }
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (asStr(dig(v1, 'cluster', 'clusterName')) !== '')
      report.error(
        'cluster name is already set in the v1alpha1 config (.cluster.clusterName). Please remove it and use only the new KubeClusterConfig document to avoid conflicts',
      );
    else if (isSet(v1, 'cluster', 'controlPlane', 'endpoint'))
      report.error(
        'cluster endpoint is already set in the v1alpha1 config (.cluster.controlPlane.endpoint). Please remove it and use only the new KubeClusterConfig document to avoid conflicts',
      );
  },
};
