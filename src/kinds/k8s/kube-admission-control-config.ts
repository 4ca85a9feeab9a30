/** KubeAdmissionControlConfig (Talos `k8s.KubeAdmissionControlConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeAdmissionControlConfig: KindEntry = {
  kind: 'KubeAdmissionControlConfig',
  group: 'k8s',
  controlPlaneOnly: true,
};
