/**
 * What a Talos machine config says about Kubernetes: the images of the control-plane components,
 * kube-proxy, CoreDNS and the kubelet (v1alpha1 `cluster.*` / `machine.kubelet` up to contract 1.13,
 * the Kube* documents from 1.14), and the part of the config the kubelet's spec is made from (a
 * change there restarts the kubelet). Read from the config text, so the simulated node and the
 * rollout judge a config alike.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseAllDocuments } from 'yaml';

type Doc = Record<string, unknown>;

export type Component =
  | 'kube-apiserver'
  | 'kube-controller-manager'
  | 'kube-scheduler'
  | 'kube-proxy'
  | 'coredns'
  | 'kubelet';

export const CONTROL_PLANE_COMPONENTS = [
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
] as const;

/** Where each component's image is: the v1alpha1 path, and the 1.14 document kind. */
const IMAGE_FIELDS: Record<Component, { v1alpha1: string[]; kind: string }> = {
  'kube-apiserver': { v1alpha1: ['cluster', 'apiServer', 'image'], kind: 'KubeAPIServerConfig' },
  'kube-controller-manager': {
    v1alpha1: ['cluster', 'controllerManager', 'image'],
    kind: 'KubeControllerManagerConfig',
  },
  'kube-scheduler': { v1alpha1: ['cluster', 'scheduler', 'image'], kind: 'KubeSchedulerConfig' },
  'kube-proxy': { v1alpha1: ['cluster', 'proxy', 'image'], kind: 'KubeProxyConfig' },
  coredns: { v1alpha1: ['cluster', 'coreDNS', 'image'], kind: 'KubeCoreDNSConfig' },
  kubelet: { v1alpha1: ['machine', 'kubelet', 'image'], kind: 'KubeletConfig' },
};

function documents(text: string): Doc[] {
  const out: Doc[] = [];
  for (const d of parseAllDocuments(text)) {
    const v = d.toJS() as unknown;
    if (v && typeof v === 'object') out.push(v as Doc);
  }
  return out;
}

const isV1alpha1 = (d: Doc) => d.version === 'v1alpha1' && !('kind' in d);

function at(doc: Doc | undefined, path: string[]): unknown {
  let node: unknown = doc;
  for (const p of path) node = node && typeof node === 'object' ? (node as Doc)[p] : undefined;
  return node;
}

function setAt(doc: Doc, path: string[], value: string): void {
  let node = doc;
  for (const p of path.slice(0, -1)) {
    if (!node[p] || typeof node[p] !== 'object') node[p] = {};
    node = node[p] as Doc;
  }
  node[path.at(-1)!] = value;
}

/** The image a config sets for a component ('' when the config leaves it to Talos's default). */
export function componentImage(text: string, component: Component): string {
  const docs = documents(text);
  const field = IMAGE_FIELDS[component];
  const byKind = docs.find((d) => d.kind === field.kind);
  const value = byKind ? byKind.image : at(docs.find(isV1alpha1), field.v1alpha1);
  return typeof value === 'string' ? value : '';
}

/** The tag of an image reference (`registry.k8s.io/kube-apiserver:v1.36.3` → v1.36.3), digest ignored. */
export function imageVersion(image: string): string | undefined {
  const noDigest = image.split('@')[0]!;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(colon + 1) : undefined;
}

/**
 * The config with one component's image replaced, the other fields as they were: the intermediate
 * configs a Kubernetes upgrade applies, one component at a time. Returns the YAML documents as JS
 * values (the caller encodes them canonically).
 */
export function withComponentImage(docs: Doc[], component: Component, image: string): Doc[] {
  const field = IMAGE_FIELDS[component];
  const copy = structuredClone(docs);
  const byKind = copy.find((d) => d.kind === field.kind);
  if (byKind) byKind.image = image;
  else {
    const v1 = copy.find(isV1alpha1);
    if (v1) setAt(v1, field.v1alpha1, image);
  }
  return copy;
}

/** The part of a config the kubelet's spec is made from. */
function kubeletInputs(text: string): unknown {
  const docs = documents(text);
  const v1 = docs.find(isV1alpha1);
  return {
    kubelet: at(v1, ['machine', 'kubelet']) ?? null,
    doc: docs.find((d) => d.kind === 'KubeletConfig') ?? null,
    dnsDomain: at(v1, ['cluster', 'network', 'dnsDomain']) ?? null,
    serviceSubnets: at(v1, ['cluster', 'network', 'serviceSubnets']) ?? null,
  };
}

/** Whether moving from one config to the other restarts the kubelet (its spec changes). */
export function restartsKubelet(before: string, after: string): boolean {
  return !isDeepStrictEqual(kubeletInputs(before), kubeletInputs(after));
}

/** The node's hostname in the config, if it sets one (the Kubernetes node name). */
export function configuredHostname(text: string): string | undefined {
  const v = at(documents(text).find(isV1alpha1), ['machine', 'network', 'hostname']);
  return typeof v === 'string' && v ? v : undefined;
}
