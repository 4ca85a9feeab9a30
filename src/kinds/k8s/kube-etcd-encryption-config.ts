/** KubeEtcdEncryptionConfig (Talos `k8s.KubeEtcdEncryptionConfigV1Alpha1`): encryption of Kubernetes data in etcd. Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const KubeEtcdEncryptionConfig: KindEntry = {
  kind: 'KubeEtcdEncryptionConfig',
  group: 'k8s',
  // Talos redacts every `secret` key of the free-form EncryptionConfiguration
  secrets: ['config.**.secret'],
  controlPlaneOnly: true,
};
