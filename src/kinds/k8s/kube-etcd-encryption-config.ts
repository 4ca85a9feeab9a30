/** KubeEtcdEncryptionConfig (Talos `k8s.KubeEtcdEncryptionConfigV1Alpha1`): encryption of Kubernetes data in etcd. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj, asStr, dig } from '../values.js';

export const KubeEtcdEncryptionConfig: KindEntry = {
  kind: 'KubeEtcdEncryptionConfig',
  group: 'k8s',
  // Talos redacts every `secret` key of the free-form EncryptionConfiguration
  secrets: ['config.**.secret'],
  controlPlaneOnly: true,
  validate(body, report) {
    if (Object.keys(asObj(body.config) ?? {}).length === 0)
      report.error('etcd encryption config is required', ['config']);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (
      asStr(dig(v1, 'cluster', 'secretboxEncryptionSecret')) !== '' ||
      asStr(dig(v1, 'cluster', 'aescbcEncryptionSecret')) !== ''
    )
      report.error('etcd encryption config is already set in v1alpha1 config');
  },
};
