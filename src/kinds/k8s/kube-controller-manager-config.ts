/** KubeControllerManagerConfig (Talos `k8s.KubeControllerManagerConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { checkImage, checkResources, disabled, isSet } from './common.js';

export const KubeControllerManagerConfig: KindEntry = {
  kind: 'KubeControllerManagerConfig',
  group: 'k8s',
  images: [{ role: 'kube-controller-manager', path: ['image'] }],
  controlPlaneOnly: true,
  validate(body, report, ctx) {
    if (disabled(body)) return;
    checkImage(body, report, 'kube-controller-manager', ctx);
    checkResources(body, report);
  },
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'cluster', 'controllerManager'))
      report.error(
        'kube-controller-manager config is already set in v1alpha1 config (.cluster.controllerManager)',
      );
    else if (isSet(v1, 'machine', 'controlPlane', 'controllerManager'))
      report.error(
        'kube-controller-manager config is already set in v1alpha1 config (.machine.controlplane.controllerManager)',
      );
  },
};
