/** KubePrismConfig (Talos `k8s.KubePrismConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubePrismConfig: KindEntry = {
  kind: 'KubePrismConfig',
  group: 'k8s',
  bootstrapManifests: (body) => ({ kubePrismPort: Number(body.port ?? 7445) || 7445 }),
};
