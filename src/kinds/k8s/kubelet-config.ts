/** KubeletConfig (Talos `k8s.KubeletConfigV1Alpha1`): the kubelet's image and configuration. Since Talos 1.14. */
import { kubeletProtectedFields } from '../../validate/facts.js';
import type { KindEntry } from '../types.js';
import { asObj } from '../values.js';
import { checkImage, isSet } from './common.js';

export const KubeletConfig: KindEntry = {
  kind: 'KubeletConfig',
  group: 'k8s',
  images: [{ role: 'kubelet', path: ['image'] }],
  apply: { restartsKubelet: [''] },
  validate(body, report, ctx) {
    checkImage(body, report, 'kubelet', ctx);
    const config = asObj(body.config) ?? {};
    for (const field of kubeletProtectedFields(ctx.contract))
      if (field in config)
        report.error(`kubelet configuration field ${JSON.stringify(field)} can't be overridden`, [
          'config',
          field,
        ]);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'machine', 'kubelet'))
      report.error('kubelet config is already set in v1alpha1 config (.machine.kubelet)');
  },
};
