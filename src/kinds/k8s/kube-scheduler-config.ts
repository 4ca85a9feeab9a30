/** KubeSchedulerConfig (Talos `k8s.KubeSchedulerConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { checkImage, checkResources, disabled, isSet } from './common.js';

export const KubeSchedulerConfig: KindEntry = {
  kind: 'KubeSchedulerConfig',
  group: 'k8s',
  images: [{ role: 'kube-scheduler', path: ['image'] }],
  controlPlaneOnly: true,
  validate(body, report, ctx) {
    if (disabled(body)) return;
    checkImage(body, report, 'scheduler', ctx);
    checkResources(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'cluster', 'scheduler'))
      report.error('kube-scheduler config is already set in v1alpha1 config (.cluster.scheduler)');
    else if (isSet(v1, 'machine', 'controlPlane', 'scheduler'))
      report.error(
        'kube-scheduler config is already set in v1alpha1 config (.machine.controlplane.scheduler)',
      );
  },
};
