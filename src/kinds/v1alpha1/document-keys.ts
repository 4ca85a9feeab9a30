/** The top-level keys that make a YAML document without `kind` the legacy v1alpha1 document. */
export const V1ALPHA1_DOCUMENT_KEYS: readonly string[] = ['machine', 'cluster', 'debug', 'persist'];
