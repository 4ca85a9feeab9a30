/** KubeSpanConfig (Talos `network.KubeSpanConfigV1Alpha1`): the KubeSpan mesh. Since Talos 1.13. */
import { isSubnetOrAddress } from '../shared/net.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr, dig } from '../values.js';

const KUBESPAN_MIN_MTU = 1280;

/**
 * Whether the config turns cluster discovery on the way Talos 1.14's container reads it: a
 * DiscoveryServiceConfig document, or v1alpha1's legacy block with its service registry not disabled.
 */
function discoveryEnabled(
  docs: readonly { kind: string }[],
  v1: Record<string, unknown> | undefined,
): boolean {
  const legacy = asObj(dig(v1, 'cluster', 'discovery'));
  if (legacy?.enabled === true && dig(legacy, 'registries', 'service', 'disabled') !== true) return true;
  return docs.some((d) => d.kind === 'DiscoveryServiceConfig');
}

export const KubeSpanConfig: KindEntry = {
  kind: 'KubeSpanConfig',
  group: 'network',
  validate(body, report) {
    if (body.mtu !== undefined && body.mtu !== null && Number(body.mtu) < KUBESPAN_MIN_MTU)
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
    const ks = dig(v1, 'machine', 'network', 'kubespan');
    if (ks !== undefined && ks !== null)
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
    if (enabled && !discoveryEnabled(docs, v1)) {
      ctx.error(
        'talos/kubespan',
        'KubeSpan requires cluster discovery to be enabled',
        ksDoc ?? ctx.v1,
        ksDoc ? ['enabled'] : ['machine', 'network', 'kubespan', 'enabled'],
      );
    }
  },
};
