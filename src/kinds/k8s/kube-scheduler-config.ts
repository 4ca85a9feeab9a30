/** KubeSchedulerConfig (Talos `k8s.KubeSchedulerConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeSchedulerConfig: KindEntry = {
  kind: 'KubeSchedulerConfig',
  group: 'k8s',
  images: [{ role: 'kube-scheduler', path: ['image'] }],
  controlPlaneOnly: true,
};
