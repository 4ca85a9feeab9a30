/** KubeExternalManifestConfig (Talos `k8s.KubeExternalManifestConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeExternalManifestConfig: KindEntry = {
  kind: 'KubeExternalManifestConfig',
  group: 'k8s',
};
