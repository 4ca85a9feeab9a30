/** KubeAPIServerConfig (Talos `k8s.KubeAPIServerConfigV1Alpha1`): kube-apiserver's static pod. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj } from '../values.js';
import { checkImage, checkResources, isSet } from './common.js';

/** Flags the dedicated authentication and authorization documents own, by prefix (Talos's order). */
const DENIED_ARG_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['anonymous-auth', 'use KubeAuthenticationConfig'],
  ['authentication-config', 'use KubeAuthenticationConfig'],
  ['authorization-config', 'use KubeAuthorizationConfig'],
  ['authorization-mode', 'use KubeAuthorizationConfig'],
  ['authorization-webhook-', 'use KubeAuthorizationConfig'],
  ['oidc-', 'use KubeAuthenticationConfig'],
];

export const KubeAPIServerConfig: KindEntry = {
  kind: 'KubeAPIServerConfig',
  group: 'k8s',
  images: [{ role: 'kube-apiserver', path: ['image'] }],
  controlPlaneOnly: true,
  validate(body, report, ctx) {
    checkImage(body, report, 'kube-apiserver', ctx);
    const args = Object.keys(asObj(body.extraArgs) ?? {}).sort();
    for (const [prefix, instead] of DENIED_ARG_PREFIXES)
      for (const arg of args)
        if (arg.startsWith(prefix))
          report.error(`kube-apiserver extra argument ${JSON.stringify(arg)} is not allowed: ${instead}`, [
            'extraArgs',
            arg,
          ]);
    checkResources(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'cluster', 'apiServer'))
      report.error('kube-apiserver config is already set in v1alpha1 config (.cluster.apiServer)');
    else if (Number(asObj(asObj(v1.cluster)?.controlPlane)?.localAPIServerPort ?? 0) !== 0)
      report.error(
        'kube-apiserver API port is already set in v1alpha1 config (.cluster.controlPlane.localAPIServerPort)',
      );
  },
};
