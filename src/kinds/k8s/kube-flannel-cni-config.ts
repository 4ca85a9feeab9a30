/** KubeFlannelCNIConfig (Talos `k8s.KubeFlannelCNIConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeFlannelCNIConfig: KindEntry = {
  kind: 'KubeFlannelCNIConfig',
  group: 'k8s',
  controlPlaneOnly: true,
  // Its presence is what makes Talos render flannel.
  bootstrapManifests: () => ({ cniName: 'flannel' }),
};
