/** KubeInlineManifestConfig (Talos `k8s.KubeInlineManifestConfigV1Alpha1`): manifests applied at bootstrap, inline. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { checkManifestName } from './common.js';

export const KubeInlineManifestConfig: KindEntry = {
  kind: 'KubeInlineManifestConfig',
  group: 'k8s',
  validate(body, report) {
    checkManifestName(body, report, 'manifest');
  },
};
