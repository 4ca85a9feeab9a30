/** KubeAuthenticationConfig (Talos `k8s.KubeAuthenticationConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeAuthenticationConfig: KindEntry = {
  kind: 'KubeAuthenticationConfig',
  group: 'k8s',
  controlPlaneOnly: true,
};
