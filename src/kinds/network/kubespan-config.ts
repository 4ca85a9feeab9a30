/** KubeSpanConfig (Talos `network.KubeSpanConfigV1Alpha1`): the KubeSpan mesh. Since Talos 1.13. */
import { isSubnetOrAddress } from '../shared/net.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr, dig } from '../values.js';

export const KUBESPAN_MIN_MTU = 1280;

export const KubeSpanConfig: KindEntry = {
  kind: 'KubeSpanConfig',
  group: 'network',
  validate(body, report) {
    if (body.mtu !== undefined && Number(body.mtu) < KUBESPAN_MIN_MTU)
      report.error(`kubespan link MTU must be at least ${KUBESPAN_MIN_MTU}`, ['mtu']);
    asList(asObj(body.filters)?.endpoints).forEach((e, i) => {
      const cidr = asStr(e).replace(/^!/, '');
      if (!isSubnetOrAddress(cidr))
        report.error(`KubeSpan endpoint filter is not valid: ${JSON.stringify(cidr)}`, [
          'filters',
          'endpoints',
          i,
        ]);
    });
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (dig(v1, 'machine', 'network', 'kubespan') !== undefined)
      report.error('kubespan is already configured in v1alpha1 machine.network.kubespan');
  },
  crossCheck(docs, ctx) {
    // KubeSpan (this document, else v1alpha1's legacy block) needs discovery, checked per config from 1.14
    if (!ctx.since('1.14')) return;
    const ksDoc = docs.find((d) => d.kind === 'KubeSpanConfig');
    const v1 = ctx.v1?.body;
    const enabled = ksDoc
      ? ksDoc.body.enabled === true
      : dig(v1, 'machine', 'network', 'kubespan', 'enabled') === true;
    const discovery =
      docs.some((d) => d.kind === 'DiscoveryServiceConfig') ||
      dig(v1, 'cluster', 'discovery', 'enabled') === true;
    if (enabled && !discovery) {
      ctx.error(
        'talos/kubespan',
        'KubeSpan requires cluster discovery to be enabled',
        ksDoc ?? ctx.v1,
        ksDoc ? [] : ['machine', 'network', 'kubespan'],
      );
    }
  },
};
