/** KubeTalosAPIAccessConfig (Talos `k8s.KubeTalosAPIAccessConfigV1Alpha1`): Talos API access from pods. Since Talos 1.14. */
import { talosRoles } from '../../validate/facts.js';
import type { KindEntry } from '../types.js';
import { asList, asStr } from '../values.js';
import { isSet } from './common.js';

export const KubeTalosAPIAccessConfig: KindEntry = {
  kind: 'KubeTalosAPIAccessConfig',
  group: 'k8s',
  controlPlaneOnly: true,
  validate(body, report, ctx) {
    const roles = talosRoles(ctx.contract);
    asList(body.allowedRoles).forEach((r, i) => {
      if (!roles.includes(asStr(r)))
        report.error(`invalid role ${JSON.stringify(asStr(r))} in .allowedRoles`, ['allowedRoles', i]);
    });
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'machine', 'features', 'kubernetesTalosAPIAccess'))
      report.error('.machine.features.kubernetesTalosAPIAccess is already set in v1alpha1 config');
  },
};
