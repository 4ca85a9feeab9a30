/** KubeClusterConfig (Talos `k8s.KubeClusterConfigV1Alpha1`): the cluster's identity and control-plane endpoint. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const KubeClusterConfig: KindEntry = {
  kind: 'KubeClusterConfig',
  group: 'k8s',
  endpoint: (body) => (body.endpoint ? { value: body.endpoint, segs: ['endpoint'] } : undefined),
  bootstrapManifests: (body) => (asStr(body.endpoint) ? { endpoint: asStr(body.endpoint) } : {}),
};
