/** KubeAuditPolicyConfig (Talos `k8s.KubeAuditPolicyConfigV1Alpha1`): kube-apiserver's audit policy. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj, dig } from '../values.js';

export const KubeAuditPolicyConfig: KindEntry = {
  kind: 'KubeAuditPolicyConfig',
  group: 'k8s',
  controlPlaneOnly: true,
  conflictsWithV1alpha1(_body, v1, report) {
    if (Object.keys(asObj(dig(v1, 'cluster', 'apiServer', 'auditPolicy')) ?? {}).length > 0)
      report.error('audit policy config is already set in v1alpha1 config');
  },
};
