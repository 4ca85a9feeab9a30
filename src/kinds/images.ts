/**
 * The images a machine's documents name, read from each kind's entry: the installer (what an upgrade
 * installs), the kubelet (which Kubernetes version the node runs), the control-plane components.
 */
import type { ConfigDocument } from '../config/document.js';
import { imageTag } from '../talos/types.js';
import { KINDS } from './index.js';
import type { ImageRole, Located } from './types.js';
import { asStr, dig } from './values.js';

export { imageTag };

export interface DocumentImage extends Located {
  role: ImageRole;
  doc: ConfigDocument;
}

/** Every image the documents name, in document order. */
export function documentImages(docs: readonly ConfigDocument[], role?: ImageRole): DocumentImage[] {
  const out: DocumentImage[] = [];
  for (const doc of docs) {
    for (const f of KINDS.entry(doc.kind)?.images ?? []) {
      if (role && f.role !== role) continue;
      const value = asStr(dig(doc.body, ...f.path));
      if (value !== '') out.push({ role: f.role, value, segs: [...f.path], doc });
    }
  }
  return out;
}

/** Where documents carry an image of a role, set or not: a multi-document kind wins over v1alpha1. */
export function imageSlot<D extends Pick<ConfigDocument, 'kind' | 'body'>>(
  docs: readonly D[],
  role: ImageRole,
): { doc: D; path: readonly string[] } | undefined {
  const slots = docs.flatMap((doc) =>
    (KINDS.entry(doc.kind)?.images ?? []).filter((f) => f.role === role).map((f) => ({ doc, path: f.path })),
  );
  return slots.find((s) => s.doc.kind !== 'v1alpha1') ?? slots[0];
}

/**
 * Where the config keeps its installer image, set or not: Talos 1.14's `UnattendedInstallConfig`
 * replaces v1alpha1's install section when the config has one.
 */
export function installerImageSlot(
  docs: readonly ConfigDocument[],
): { doc: ConfigDocument; path: readonly string[] } | undefined {
  return imageSlot(docs, 'installer');
}

/** The installer image the config installs and upgrades from, if it names one. */
export function installerImage(docs: readonly ConfigDocument[]): DocumentImage | undefined {
  const slot = installerImageSlot(docs);
  const value = slot ? asStr(dig(slot.doc.body, ...slot.path)) : '';
  return slot && value !== '' ? { role: 'installer', value, segs: [...slot.path], doc: slot.doc } : undefined;
}

/** The image reference without its tag and digest: the repository an upgrade keeps. */
export function imageRepository(image: string): string {
  const noDigest = image.split('@')[0]!;
  return imageTag(noDigest) !== undefined ? noDigest.slice(0, noDigest.lastIndexOf(':')) : noDigest;
}

/**
 * The Kubernetes version the machine runs: its kubelet image's tag, whatever registry or mirror it is
 * pulled from; undefined when the config names no versioned kubelet.
 */
export function kubernetesVersionOf(docs: readonly ConfigDocument[]): string | undefined {
  for (const img of documentImages(docs, 'kubelet')) {
    const tag = imageTag(img.value);
    if (tag && /^v?\d+\.\d+/.test(tag)) return tag.startsWith('v') ? tag : `v${tag}`;
  }
  return undefined;
}
