/** KubeFlannelCNIConfig (Talos `k8s.KubeFlannelCNIConfigV1Alpha1`): the built-in Flannel CNI. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';
import { checkResources, isSet } from './common.js';

export const KubeFlannelCNIConfig: KindEntry = {
  kind: 'KubeFlannelCNIConfig',
  group: 'k8s',
  controlPlaneOnly: true,
  // Its presence is what makes Talos render flannel.
  bootstrapManifests: () => ({ cniName: 'flannel' }),
  validate(body, report) {
    if (asStr(body.backendType) === '')
      report.error('flannel backend type must be specified', ['backendType']);
    checkResources(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'cluster', 'network'))
      report.error(
        "cluster network config in v1alpha1 config (.machine.cluster.network) can't be used with KubeFlannelCNIConfig document, please remove it to avoid conflicts",
      );
  },
};
