/** KubeStaticPodConfig (Talos `k8s.KubeStaticPodConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeStaticPodConfig: KindEntry = {
  kind: 'KubeStaticPodConfig',
  group: 'k8s',
};
