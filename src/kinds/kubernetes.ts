/**
 * What a machine's documents say about its Kubernetes components, read through each kind's `images`
 * entry: the image each component runs (v1alpha1 `cluster.*` and `machine.kubelet` up to contract 1.13,
 * the Kube* documents from 1.14, which win where both are present), and the documents with one image
 * replaced — the steps of a Kubernetes upgrade, which moves one component at a time.
 */
import { imageTag } from '../talos/types.js';
import type { ComparedDocument } from './apply.js';
import { imageSlot } from './images.js';
import type { ImageRole } from './types.js';
import { asStr, dig, setPath } from './values.js';

export type KubernetesComponent = Extract<
  ImageRole,
  'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler' | 'kube-proxy' | 'coredns' | 'kubelet'
>;

/** The control plane's static pods, in the order a Kubernetes upgrade moves them. */
export const CONTROL_PLANE_COMPONENTS = [
  'kube-apiserver',
  'kube-controller-manager',
  'kube-scheduler',
] as const;

/** The components a Kubernetes version change moves, in upgrade order (CoreDNS follows its own releases). */
export const VERSIONED_COMPONENTS = [...CONTROL_PLANE_COMPONENTS, 'kube-proxy', 'kubelet'] as const;

/** The image the documents set for a component ('' when they leave it to Talos's default). */
export function componentImage(docs: readonly ComparedDocument[], role: KubernetesComponent): string {
  const slot = imageSlot(docs, role);
  return slot ? asStr(dig(slot.doc.body, ...slot.path)) : '';
}

/** The Kubernetes version an image names (`registry.k8s.io/kube-apiserver:v1.36.3` → v1.36.3), if any. */
export function imageKubernetesVersion(image: string): string | undefined {
  const tag = imageTag(image.split('@')[0]!);
  if (!tag || !/^v?\d+\.\d+/.test(tag)) return undefined;
  return tag.startsWith('v') ? tag : `v${tag}`;
}

/**
 * The documents with one component's image replaced and everything else as it was (copies; the
 * input is not changed). Undefined when no document can carry that image.
 */
export function withComponentImage<D extends ComparedDocument>(
  docs: readonly D[],
  role: KubernetesComponent,
  image: string,
): D[] | undefined {
  const slot = imageSlot(docs, role);
  if (!slot) return undefined;
  return docs.map((d) => {
    if (d !== slot.doc) return d;
    const body = structuredClone(d.body);
    setPath(body, slot.path, image);
    return { ...d, body };
  });
}

/** Every versioned component's image, by component ('' where the documents leave it to Talos). */
export function componentImages(docs: readonly ComparedDocument[]): Record<KubernetesComponent, string> {
  const out = {} as Record<KubernetesComponent, string>;
  for (const c of [...VERSIONED_COMPONENTS, 'coredns'] as const) out[c] = componentImage(docs, c);
  return out;
}
