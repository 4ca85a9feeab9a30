/** KubeCoreDNSConfig (Talos `k8s.KubeCoreDNSConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';

export const KubeCoreDNSConfig: KindEntry = {
  kind: 'KubeCoreDNSConfig',
  group: 'k8s',
  images: [{ role: 'coredns', path: ['image'] }],
  controlPlaneOnly: true,
  bootstrapManifests: (body) => ({
    coreDNSEnabled: body.enabled !== false,
    ...(asStr(body.image) ? { coreDNSImage: asStr(body.image) } : {}),
  }),
};
