/** KubeNetworkConfig (Talos `k8s.KubeNetworkConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeNetworkConfig: KindEntry = {
  kind: 'KubeNetworkConfig',
  group: 'k8s',
  // The kubelet's cluster domain and DNS service address come from here (Talos's KubeletSpec).
  apply: { restartsKubelet: ['dnsDomain', 'serviceSubnets'] },
};
