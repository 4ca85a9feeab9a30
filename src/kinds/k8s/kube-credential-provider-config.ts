/** KubeCredentialProviderConfig (Talos `k8s.KubeCredentialProviderConfigV1Alpha1`): the kubelet's image credential providers. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { isSet } from './common.js';

export const KubeCredentialProviderConfig: KindEntry = {
  kind: 'KubeCredentialProviderConfig',
  group: 'k8s',
  apply: { restartsKubelet: [''] },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'machine', 'kubelet'))
      report.error(
        'cannot use KubeCredentialProviderConfig with legacy kubelet configuration (.machine.kubelet)',
      );
  },
};
