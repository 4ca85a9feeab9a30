/** DiscoveryIdentityConfig (Talos `cluster.DiscoveryIdentityConfigV1Alpha1`): the cluster's discovery identity. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';

export const DiscoveryIdentityConfig: KindEntry = {
  kind: 'DiscoveryIdentityConfig',
  group: 'cluster',
  secrets: ['clusterSecret'],
  validate(body, report) {
    if (asStr(body.clusterID) === '') return report.error('clusterID is required', ['clusterID']);
    const secret = asStr(body.clusterSecret);
    if (secret === '') return report.error('clusterSecret is required', ['clusterSecret']);
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(secret)) {
      return report.error('invalid clusterSecret: failed to decode from base64 (value not shown)', [
        'clusterSecret',
      ]);
    }
    const len = Buffer.from(secret, 'base64').length;
    if (len !== 32)
      report.error(`invalid clusterSecret: expected 32 bytes, got ${len} (value not shown)`, [
        'clusterSecret',
      ]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const cluster = asObj(v1.cluster) ?? {};
    if (asStr(cluster.id) !== '' || asStr(cluster.secret) !== '')
      report.error(
        'cluster identity is already configured in .cluster.id/.cluster.secret of the v1alpha1 config',
      );
  },
};
