/** KubeAPIServerCAConfig (Talos `k8s.KubeAPIServerCAConfigV1Alpha1`): the Kubernetes API CA. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asStr, dig } from '../values.js';
import { checkAcceptedCAs, isSet, issuingCAError } from './common.js';

export const KubeAPIServerCAConfig: KindEntry = {
  kind: 'KubeAPIServerCAConfig',
  group: 'k8s',
  secrets: ['issuingCA.key'],
  cas: [{ role: 'kubernetes', path: ['issuingCA'] }],
  validate(body, report) {
    // optional here: a worker trusts the API through the accepted CAs alone
    const problem = issuingCAError(body.issuingCA);
    if (problem) report.error(`issuing CA: ${problem}`, ['issuingCA']);
    checkAcceptedCAs(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'cluster', 'ca'))
      report.error('kube-apiserver CA is already set in v1alpha1 config (.cluster.ca)');
  },
  crossCheck(docs, ctx) {
    // a control plane that runs kube-apiserver (it has the API CA) needs etcd encryption configured
    const ca = docs.find((d) => d.kind === 'KubeAPIServerCAConfig');
    if (!ca || !ctx.isControlPlane) return;
    const v1 = ctx.v1?.body;
    const legacy =
      asStr(dig(v1, 'cluster', 'secretboxEncryptionSecret')) !== '' ||
      asStr(dig(v1, 'cluster', 'aescbcEncryptionSecret')) !== '';
    if (!legacy && !docs.some((d) => d.kind === 'KubeEtcdEncryptionConfig'))
      ctx.error(
        'talos/etcd-encryption',
        'etcd encryption config is required for control plane machines running kube-apiserver',
        ca,
        [],
      );
  },
};
