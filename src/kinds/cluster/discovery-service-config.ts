/** DiscoveryServiceConfig (Talos `cluster.DiscoveryServiceConfigV1Alpha1`): a cluster discovery registry. Since Talos 1.14. */
import { parseGoURL, urlHostname } from '../../go/url.js';
import { metaURL } from '../shared/url.js';
import type { KindEntry } from '../types.js';
import { asObj, asStr, dig } from '../values.js';

export const DiscoveryServiceConfig: KindEntry = {
  kind: 'DiscoveryServiceConfig',
  group: 'cluster',
  validate(body, report) {
    // Talos stops at the first problem (ValidateDiscoveryServiceEndpoint for the endpoint)
    if (asStr(body.name) === '')
      return report.error('name is required', body.name === undefined ? [] : ['name']);
    const url = metaURL(body.endpoint);
    if (!url) return report.error('endpoint is required', body.endpoint === undefined ? [] : ['endpoint']);
    if (url.scheme === '') return report.error('endpoint scheme is required', ['endpoint']);
    if (!['http', 'https', 'grpc'].includes(url.scheme))
      return report.error('endpoint scheme must be http://, https:// or grpc://', ['endpoint']);
    if (urlHostname(url) === '') report.error('endpoint host is required', ['endpoint']);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    // the legacy block's presence conflicts, whatever it holds
    const legacy = asObj(v1.cluster)?.discovery;
    if (legacy !== undefined && legacy !== null)
      report.error('discovery service is already configured in .cluster.discovery of the v1alpha1 config');
  },
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
