/** KubeCredentialProviderConfig (Talos `k8s.KubeCredentialProviderConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeCredentialProviderConfig: KindEntry = {
  kind: 'KubeCredentialProviderConfig',
  group: 'k8s',
  apply: { restartsKubelet: [''] },
};
