/** KubeServiceAccountConfig (Talos `k8s.KubeServiceAccountConfigV1Alpha1`): the service-account issuer. Since Talos 1.14. */
import { pemKeyError } from '../../go/crypto-key.js';
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';
import { isSet } from './common.js';

export const KubeServiceAccountConfig: KindEntry = {
  kind: 'KubeServiceAccountConfig',
  group: 'k8s',
  secrets: ['issuer.privateKey'],
  controlPlaneOnly: true,
  validate(body, report) {
    const issuer = asObj(body.issuer);
    const key = asStr(issuer?.privateKey);
    if (key === '') report.error('service issuer private key is required', ['issuer', 'privateKey']);
    else {
      const problem = pemKeyError(key);
      if (problem)
        report.error(`service issuer private key is invalid: ${problem}`, ['issuer', 'privateKey']);
    }
    if (issuer?.issuerURL == null) report.error('service issuer URL is required', ['issuer', 'issuerURL']);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'cluster', 'serviceAccount'))
      report.error('service account is already set in v1alpha1 config (.cluster.serviceAccount)');
  },
};
