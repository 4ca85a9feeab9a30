/** KubeAdmissionControlConfig (Talos `k8s.KubeAdmissionControlConfigV1Alpha1`): one admission plugin's configuration. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asStr } from '../values.js';
import { legacyAdmissionPlugins } from './common.js';

export const KubeAdmissionControlConfig: KindEntry = {
  kind: 'KubeAdmissionControlConfig',
  group: 'k8s',
  controlPlaneOnly: true,
  validate(body, report) {
    if (asStr(body.name) === '') report.error('admission control plugin name is required', ['name']);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (legacyAdmissionPlugins(v1))
      report.error('admission control plugin config is already set in v1alpha1 config');
  },
};
