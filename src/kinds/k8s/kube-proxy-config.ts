/** KubeProxyConfig (Talos `k8s.KubeProxyConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const KubeProxyConfig: KindEntry = {
  kind: 'KubeProxyConfig',
  group: 'k8s',
  images: [{ role: 'kube-proxy', path: ['image'] }],
  controlPlaneOnly: true,
  bootstrapManifests: (body) => ({
    proxyEnabled: body.enabled !== false,
    ...(asStr(body.image) ? { proxyImage: asStr(body.image) } : {}),
    ...(asStr(body.mode) ? { proxyMode: asStr(body.mode) } : {}),
  }),
};
