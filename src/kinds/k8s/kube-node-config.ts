/** KubeNodeConfig (Talos `k8s.KubeNodeConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeNodeConfig: KindEntry = {
  kind: 'KubeNodeConfig',
  group: 'k8s',
};
