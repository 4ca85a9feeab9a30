/** KubePrismConfig (Talos `k8s.KubePrismConfigV1Alpha1`): the in-node load balancer for the API. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { isSet } from './common.js';

export const KubePrismConfig: KindEntry = {
  kind: 'KubePrismConfig',
  group: 'k8s',
  bootstrapManifests: (body) => ({ kubePrismPort: Number(body.port ?? 7445) || 7445 }),
  validate(body, report) {
    const port = Number(body.port ?? 0);
    if (port <= 0 || port > 65535) report.error(`invalid port ${port}: must be in range 1-65535`, ['port']);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'machine', 'features', 'kubePrism'))
      report.error(
        "KubePrism config in v1alpha1 config (.machine.features.kubePrism) can't be used with KubePrismConfig document, please remove it to avoid conflicts",
      );
  },
};
