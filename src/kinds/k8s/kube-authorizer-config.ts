/** KubeAuthorizerConfig (Talos `k8s.KubeAuthorizerConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeAuthorizerConfig: KindEntry = {
  kind: 'KubeAuthorizerConfig',
  group: 'k8s',
  controlPlaneOnly: true,
};
