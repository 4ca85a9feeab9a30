/** KubeNetworkConfig (Talos `k8s.KubeNetworkConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asList, asStr } from '../values.js';

export const KubeNetworkConfig: KindEntry = {
  kind: 'KubeNetworkConfig',
  group: 'k8s',
  // The kubelet's cluster domain and DNS service address come from here (Talos's KubeletSpec).
  apply: { restartsKubelet: ['dnsDomain', 'serviceSubnets'] },
  bootstrapManifests: (body) => {
    const list = (v: unknown) =>
      asList(v)
        .map(asStr)
        .filter((x) => x !== '');
    return {
      ...(asStr(body.dnsDomain) ? { clusterDomain: asStr(body.dnsDomain) } : {}),
      ...(list(body.podSubnets).length ? { podSubnets: list(body.podSubnets) } : {}),
      ...(list(body.serviceSubnets).length ? { serviceSubnets: list(body.serviceSubnets) } : {}),
    };
  },
};
