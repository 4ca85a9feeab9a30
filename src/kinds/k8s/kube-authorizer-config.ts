/** KubeAuthorizerConfig (Talos `k8s.KubeAuthorizerConfigV1Alpha1`): one kube-apiserver authorizer. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';
import { legacyAdmissionPlugins } from './common.js';

const AUTHORIZER_TYPES = ['Node', 'RBAC', 'Webhook'];

export const KubeAuthorizerConfig: KindEntry = {
  kind: 'KubeAuthorizerConfig',
  group: 'k8s',
  controlPlaneOnly: true,
  validate(body, report) {
    const type = asStr(body.type);
    const webhook = Object.keys(asObj(body.webhook) ?? {}).length > 0;
    if (asStr(body.name) === '') report.error('authorizer name is required', ['name']);
    if (type === '') report.error('authorizer type is required', ['type']);
    if (!AUTHORIZER_TYPES.includes(type))
      report.error(
        `authorizer type ${type} is not allowed, allowed types are [${AUTHORIZER_TYPES.join(' ')}]`,
        ['type'],
      );
    if (type === 'Webhook' && !webhook)
      report.error('authorizer webhook configuration is required for Webhook authorizer type', ['webhook']);
    if (type !== 'Webhook' && webhook)
      report.warn('authorizer webhook configuration is not allowed non-Webhook authorizer types', [
        'webhook',
      ]);
  },
  // Talos 1.14 checks the legacy admission plugins here too (not the legacy authorization settings)
  conflictsWithV1alpha1(_body, v1, report) {
    if (legacyAdmissionPlugins(v1))
      report.error('admission control plugin config is already set in v1alpha1 config');
  },
};
