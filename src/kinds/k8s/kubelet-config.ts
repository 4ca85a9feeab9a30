/** KubeletConfig (Talos `k8s.KubeletConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeletConfig: KindEntry = {
  kind: 'KubeletConfig',
  group: 'k8s',
  images: [{ role: 'kubelet', path: ['image'] }],
  apply: { restartsKubelet: [''] },
};
