/** KubeServiceAccountConfig (Talos `k8s.KubeServiceAccountConfigV1Alpha1`): the service-account issuer. Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeServiceAccountConfig: KindEntry = {
  kind: 'KubeServiceAccountConfig',
  group: 'k8s',
  secrets: ['issuer.privateKey'],
  controlPlaneOnly: true,
};
