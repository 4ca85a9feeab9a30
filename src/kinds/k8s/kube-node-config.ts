/** KubeNodeConfig (Talos `k8s.KubeNodeConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeNodeConfig: KindEntry = {
  kind: 'KubeNodeConfig',
  group: 'k8s',
  // Node registration, its IP and its taints are kubelet arguments.
  apply: { restartsKubelet: ['skipNodeRegistration', 'registerWithFQDN', 'nodeIP', 'taints'] },
};
