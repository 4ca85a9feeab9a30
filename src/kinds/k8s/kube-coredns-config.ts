/** KubeCoreDNSConfig (Talos `k8s.KubeCoreDNSConfigV1Alpha1`): the CoreDNS deployment. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';
import { isSet } from './common.js';

export const KubeCoreDNSConfig: KindEntry = {
  kind: 'KubeCoreDNSConfig',
  group: 'k8s',
  images: [{ role: 'coredns', path: ['image'] }],
  controlPlaneOnly: true,
  bootstrapManifests: (body) => ({
    coreDNSEnabled: body.enabled !== false,
    ...(asStr(body.image) ? { coreDNSImage: asStr(body.image) } : {}),
  }),
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'cluster', 'coreDNS'))
      report.error('CoreDNS config is already set in v1alpha1 config (.cluster.coreDNS)');
  },
};
