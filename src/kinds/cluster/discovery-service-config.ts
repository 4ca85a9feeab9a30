/** DiscoveryServiceConfig (Talos `cluster.DiscoveryServiceConfigV1Alpha1`): a cluster discovery registry. Since Talos 1.14. */
import { parseGoURL } from '../../go/url.js';
import type { KindEntry } from '../types.js';
import { asObj, asStr, dig } from '../values.js';

export const DiscoveryServiceConfig: KindEntry = {
  kind: 'DiscoveryServiceConfig',
  group: 'cluster',
  crossCheck(docs, ctx) {
    // Talos's container: discovery (v1alpha1's legacy block first, else these documents) needs a
    // cluster identity (v1alpha1's .cluster.id/.secret when either is set, else DiscoveryIdentityConfig)
    const v1 = ctx.v1?.body;
    const legacy = asObj(dig(v1, 'cluster', 'discovery'));
    const legacyOn =
      legacy?.enabled === true &&
      dig(legacy, 'registries', 'service', 'disabled') !== true &&
      parseGoURL(
        asStr(dig(legacy, 'registries', 'service', 'endpoint')) || 'https://discovery.talos.dev/',
      ) !== undefined;
    const discovery = docs.filter((d) => d.kind === 'DiscoveryServiceConfig');
    if (!legacyOn && discovery.length === 0) return;
    const at = legacyOn ? ctx.v1 : discovery[0];
    const segs = legacyOn ? ['cluster', 'discovery'] : [];
    const v1ID = asStr(dig(v1, 'cluster', 'id'));
    const v1Secret = asStr(dig(v1, 'cluster', 'secret'));
    const identity = docs.find((d) => d.kind === 'DiscoveryIdentityConfig')?.body;
    const [id, secret] =
      v1ID !== '' || v1Secret !== ''
        ? [v1ID, v1Secret]
        : [asStr(identity?.clusterID), asStr(identity?.clusterSecret)];
    if (id === '')
      ctx.error(
        'talos/discovery',
        'cluster ID (.cluster.id or DiscoveryIdentityConfig) should be set when cluster discovery (DiscoveryServiceConfig) is enabled',
        at,
        segs,
      );
    if (secret === '')
      ctx.error(
        'talos/discovery',
        'cluster secret (.cluster.secret or DiscoveryIdentityConfig) should be set when cluster discovery (DiscoveryServiceConfig) is enabled',
        at,
        segs,
      );
  },
};
