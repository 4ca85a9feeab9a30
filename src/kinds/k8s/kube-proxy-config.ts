/** KubeProxyConfig (Talos `k8s.KubeProxyConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';
import { checkImage, checkResources, disabled, isSet } from './common.js';

export const KubeProxyConfig: KindEntry = {
  kind: 'KubeProxyConfig',
  group: 'k8s',
  images: [{ role: 'kube-proxy', path: ['image'] }],
  controlPlaneOnly: true,
  bootstrapManifests: (body) => ({
    proxyEnabled: body.enabled !== false,
    ...(asStr(body.image) ? { proxyImage: asStr(body.image) } : {}),
    ...(asStr(body.mode) ? { proxyMode: asStr(body.mode) } : {}),
  }),
  validate(body, report, ctx) {
    if (disabled(body)) return;
    checkImage(body, report, 'proxy', ctx);
    const mode = asStr(body.mode);
    if (mode === 'iptables' || mode === 'ipvs')
      report.warn(
        `proxy mode ${JSON.stringify(mode)} is not recommended, please switch to nftables if possible`,
        ['mode'],
      );
    else if (mode !== '' && mode !== 'nftables')
      report.error(
        `invalid proxy mode ${JSON.stringify(mode)}: supported modes are iptables, ipvs and nftables`,
        ['mode'],
      );
    if (Object.keys(asObj(body.extraArgs) ?? {}).length > 0)
      report.warn(
        'extra arguments for kube-proxy may not work as expected, please use configuration instead',
        ['extraArgs'],
      );
    checkResources(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'cluster', 'proxy'))
      report.error(
        "cluster proxy config in v1alpha1 config (.machine.cluster.proxy) can't be used with KubeProxyConfig document, please remove it to avoid conflicts",
      );
  },
};
