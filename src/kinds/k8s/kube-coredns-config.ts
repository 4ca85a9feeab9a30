/** KubeCoreDNSConfig (Talos `k8s.KubeCoreDNSConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeCoreDNSConfig: KindEntry = {
  kind: 'KubeCoreDNSConfig',
  group: 'k8s',
  images: [{ role: 'coredns', path: ['image'] }],
  controlPlaneOnly: true,
};
