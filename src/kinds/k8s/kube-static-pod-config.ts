/** KubeStaticPodConfig (Talos `k8s.KubeStaticPodConfigV1Alpha1`): a static pod the kubelet runs. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj } from '../values.js';
import { checkManifestName } from './common.js';

export const KubeStaticPodConfig: KindEntry = {
  kind: 'KubeStaticPodConfig',
  group: 'k8s',
  validate(body, report) {
    checkManifestName(body, report, 'static pod');
    if (Object.keys(asObj(body.pod) ?? {}).length === 0) report.error('static pod spec is required', ['pod']);
  },
};
