/** KubeTalosAPIAccessConfig (Talos `k8s.KubeTalosAPIAccessConfigV1Alpha1`): Talos API access from pods. Since Talos 1.14. */
import { talosRoles } from '../../validate/facts.js';
import type { KindEntry } from '../types.js';
import { asList, asStr } from '../values.js';

export const KubeTalosAPIAccessConfig: KindEntry = {
  kind: 'KubeTalosAPIAccessConfig',
  group: 'k8s',
  controlPlaneOnly: true,
  validate(body, report, ctx) {
    const roles = talosRoles(ctx.contract);
    asList(body.allowedRoles).forEach((r, i) => {
      if (!roles.includes(asStr(r)))
        report.error(
          `invalid role ${JSON.stringify(asStr(r))} in allowed roles for Kubernetes Talos API Access`,
          ['allowedRoles', i],
        );
    });
  },
};
