/** KubeControllerManagerConfig (Talos `k8s.KubeControllerManagerConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeControllerManagerConfig: KindEntry = {
  kind: 'KubeControllerManagerConfig',
  group: 'k8s',
  images: [{ role: 'kube-controller-manager', path: ['image'] }],
  controlPlaneOnly: true,
};
