/**
 * Base machine config generation, equivalent to
 * `talosctl gen config --with-secrets secrets.yaml <name> <endpoint> --talos-version <v> --kubernetes-version <k>`
 * for one role, before any patch. Documents come back as plain values in Talos's YAML data model, the
 * v1alpha1 document first and the rest in the order gen config emits them.
 */
import { networkDocuments, secureDefaultDocuments, systemDocuments } from './documents.js';
import { type GenerateOptions, normalizeInput } from './input.js';
import { controlPlaneKubernetesDocuments, universalKubernetesDocuments } from './kubernetes.js';
import { type Document, v1alpha1Document } from './v1alpha1.js';

export function generateBaseConfig(options: GenerateOptions): Document[] {
  const input = normalizeInput(options);
  const docs: Document[] = [v1alpha1Document(input)];
  docs.push(...systemDocuments(input));
  docs.push(...secureDefaultDocuments(input));
  docs.push(...networkDocuments(input));
  if (input.features.multidocKubernetes) {
    docs.push(...universalKubernetesDocuments(input));
    if (input.role === 'controlplane') docs.push(...controlPlaneKubernetesDocuments(input));
  }
  return docs;
}
