/**
 * Talos's `ValidateKubernetesVersions` of the legacy document: the Kubernetes version of the kubelet's
 * image, and on control planes of the API server's, controller manager's and scheduler's, must be one the
 * machine's Talos runs. Only on the machine: `talosctl validate` skips it (Talos's local option) as it
 * cannot know the node's Talos version. 1.11–1.13 run it in RuntimeValidate, 1.14 in Validate; 1.10 has
 * no such check. An empty image is Talos's default for its line, always supported.
 */
import type { ConfigDocument } from '../../config/document.js';
import type { KindContext } from '../context.js';
import { kubernetesImageError } from '../shared/kubernetes-version.js';
import { asObj, asStr, type Obj } from '../values.js';
import { isSet } from './validate-cluster.js';

const RULE = 'talos/kubernetes-version';
const CONTROL_PLANE = [
  ['kube-apiserver', 'apiServer'],
  ['kube-controller-manager', 'controllerManager'],
  ['kube-scheduler', 'scheduler'],
] as const;

export function checkKubernetesVersions(ctx: KindContext, doc: ConfigDocument): void {
  if (!ctx.onMachine || !ctx.since('1.11')) return;
  const body = doc.body as Obj;
  const machine = asObj(body.machine);
  if (!machine) return;
  const check = (name: string, segs: string[], image: string) => {
    if (image === '') return;
    const problem = kubernetesImageError(image, ctx.contract, ctx.talosVersion);
    if (problem) ctx.error(RULE, `${name} image is not valid: ${problem}`, doc, segs);
  };
  // 1.14 leaves the kubelet to a KubeletConfig document when the legacy section is absent
  if (!ctx.since('1.14') || isSet(machine.kubelet))
    check('kubelet', ['machine', 'kubelet', 'image'], asStr(asObj(machine.kubelet)?.image));
  if (!isSet(body.cluster) || !ctx.isControlPlane) return;
  const cluster = asObj(body.cluster) ?? {};
  for (const [name, section] of CONTROL_PLANE)
    check(name, ['cluster', section, 'image'], asStr(asObj(cluster[section])?.image));
}
