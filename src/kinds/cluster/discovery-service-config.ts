/** DiscoveryServiceConfig (Talos `cluster.DiscoveryServiceConfigV1Alpha1`): a cluster discovery registry. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asStr, dig } from '../values.js';

export const DiscoveryServiceConfig: KindEntry = {
  kind: 'DiscoveryServiceConfig',
  group: 'cluster',
  crossCheck(docs, ctx) {
    // discovery needs a cluster identity, from DiscoveryIdentityConfig or v1alpha1's .cluster.id/.secret
    const discovery = docs.filter((d) => d.kind === 'DiscoveryServiceConfig');
    if (discovery.length === 0) return;
    const identity = docs.find((d) => d.kind === 'DiscoveryIdentityConfig');
    const v1 = ctx.v1?.body;
    const id = asStr(identity?.body.clusterID) || asStr(dig(v1, 'cluster', 'id'));
    const secret = asStr(identity?.body.clusterSecret) || asStr(dig(v1, 'cluster', 'secret'));
    if (id === '')
      ctx.error(
        'talos/discovery',
        'cluster ID (.cluster.id or DiscoveryIdentityConfig) should be set when cluster discovery (DiscoveryServiceConfig) is enabled',
        discovery[0],
        [],
      );
    if (secret === '')
      ctx.error(
        'talos/discovery',
        'cluster secret (.cluster.secret or DiscoveryIdentityConfig) should be set when cluster discovery (DiscoveryServiceConfig) is enabled',
        discovery[0],
        [],
      );
  },
};
