/** KubeProxyConfig (Talos `k8s.KubeProxyConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeProxyConfig: KindEntry = {
  kind: 'KubeProxyConfig',
  group: 'k8s',
  images: [{ role: 'kube-proxy', path: ['image'] }],
  controlPlaneOnly: true,
};
