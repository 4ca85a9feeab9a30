/** KubeAuditPolicyConfig (Talos `k8s.KubeAuditPolicyConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeAuditPolicyConfig: KindEntry = {
  kind: 'KubeAuditPolicyConfig',
  group: 'k8s',
  controlPlaneOnly: true,
};
