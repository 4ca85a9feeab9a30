/** KubeInlineManifestConfig (Talos `k8s.KubeInlineManifestConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeInlineManifestConfig: KindEntry = {
  kind: 'KubeInlineManifestConfig',
  group: 'k8s',
};
