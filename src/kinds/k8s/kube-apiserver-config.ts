/** KubeAPIServerConfig (Talos `k8s.KubeAPIServerConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeAPIServerConfig: KindEntry = {
  kind: 'KubeAPIServerConfig',
  group: 'k8s',
  images: [{ role: 'kube-apiserver', path: ['image'] }],
  controlPlaneOnly: true,
};
