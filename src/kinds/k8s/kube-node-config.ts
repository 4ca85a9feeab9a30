/** KubeNodeConfig (Talos `k8s.KubeNodeConfigV1Alpha1`): how the node registers with Kubernetes. Since Talos 1.14. */
import { annotationErrors, type KeyedError, labelErrors, taintErrors } from '../shared/k8s-names.js';
import { isSubnetOrAddress } from '../shared/net.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr } from '../values.js';
import { isSet } from './common.js';

/** The v1alpha1 fields this document replaces, in the order Talos checks them. */
const LEGACY: ReadonlyArray<readonly string[]> = [
  ['cluster', 'allowSchedulingOnControlPlanes'],
  ['cluster', 'allowSchedulingOnMasters'],
  ['machine', 'kubelet', 'skipNodeRegistration'],
  ['machine', 'kubelet', 'registerWithFQDN'],
  ['machine', 'kubelet', 'nodeIP'],
  ['machine', 'nodeLabels'],
  ['machine', 'nodeAnnotations'],
  ['machine', 'nodeTaints'],
];

export const KubeNodeConfig: KindEntry = {
  kind: 'KubeNodeConfig',
  group: 'k8s',
  // Node registration, its IP and its taints are kubelet arguments.
  apply: { restartsKubelet: ['skipNodeRegistration', 'registerWithFQDN', 'nodeIP', 'taints'] },
  validate(body, report) {
    asList(asObj(body.nodeIP)?.validSubnets).forEach((s, i) => {
      const cidr = asStr(s).replace(/^!/, '');
      if (!isSubnetOrAddress(cidr))
        report.error(`nodeIP subnet is not valid: ${JSON.stringify(cidr)}`, ['nodeIP', 'validSubnets', i]);
    });
    for (const [field, check, what] of [
      ['labels', labelErrors, 'labels'],
      ['annotations', annotationErrors, 'annotations'],
      ['taints', taintErrors, 'taints'],
    ] as const) {
      for (const e of (check as (m: Record<string, unknown>) => KeyedError[])(asObj(body[field]) ?? {}))
        report.error(`invalid node ${what}: ${e.message}`, e.key ? [field, e.key] : [field]);
    }
  },
  conflictsWithV1alpha1(_body, v1, report) {
    const set = LEGACY.find((path) => isSet(v1, ...path));
    if (set) report.error(`.${set.join('.')} is already set in v1alpha1 config`);
  },
};
