/** Kubernetes label, annotation and taint syntax, as Talos checks node labels, annotations and taints. */

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = new RegExp(`^${DNS1123_LABEL}(\\.${DNS1123_LABEL})*$`);
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const RESERVED_ANNOTATIONS = [
  'talos.dev/owned-annotations',
  'talos.dev/owned-labels',
  'talos.dev/owned-taints',
];
const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const TOTAL_ANNOTATION_LIMIT = 256 * 1024;

export function dns1123SubdomainError(v: string): string | undefined {
  if (Buffer.byteLength(v) > 253) return `domain name length exceeds limit of 253: ${JSON.stringify(v)}`;
  if (!DNS1123_SUBDOMAIN.test(v)) return `domain doesn't match required format: ${JSON.stringify(v)}`;
  return undefined;
}

export function qualifiedNameError(value: string): string | undefined {
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0]!;
  else if (parts.length === 2) {
    const [prefix, n] = parts as [string, string];
    name = n;
    if (prefix === '') return `prefix cannot be empty: ${JSON.stringify(value)}`;
    const e = dns1123SubdomainError(prefix);
    if (e) return `prefix ${JSON.stringify(prefix)} is invalid: ${e}`;
  } else return `invalid format: too many slashes: ${JSON.stringify(value)}`;
  if (name === '') return `name cannot be empty: ${JSON.stringify(value)}`;
  if (Buffer.byteLength(name) > 63) return `name is too long: ${JSON.stringify(value)} (limit is 63)`;
  if (!QUALIFIED_NAME.test(name)) return `name ${JSON.stringify(name)} is invalid`;
  return undefined;
}

export function labelValueError(v: string): string | undefined {
  if (Buffer.byteLength(v) > 63) return `label value length exceeds limit of 63: ${JSON.stringify(v)}`;
  if (!LABEL_VALUE.test(v)) return `label value ${JSON.stringify(v)} is invalid`;
  return undefined;
}

export interface KeyedError {
  key: string;
  message: string;
}

const sorted = (m: Record<string, unknown>) => Object.keys(m).sort();

export function labelErrors(labels: Record<string, unknown>): KeyedError[] {
  const out: KeyedError[] = [];
  for (const k of sorted(labels)) {
    // Talos reports a bad key and a bad value of the same label both
    const keyError = qualifiedNameError(k);
    if (keyError) out.push({ key: k, message: keyError });
    const valueError = labelValueError(String(labels[k] ?? ''));
    if (valueError) out.push({ key: k, message: valueError });
  }
  return out;
}

export function annotationErrors(annotations: Record<string, unknown>): KeyedError[] {
  const out: KeyedError[] = [];
  let size = 0;
  for (const k of sorted(annotations)) {
    const e = qualifiedNameError(k);
    if (e) out.push({ key: k, message: e });
    if (RESERVED_ANNOTATIONS.includes(k))
      out.push({ key: k, message: `annotation ${JSON.stringify(k)} is reserved` });
    size += Buffer.byteLength(k) + Buffer.byteLength(String(annotations[k] ?? ''));
  }
  if (size > TOTAL_ANNOTATION_LIMIT) {
    out.push({ key: '', message: `total annotation size exceeds limit of ${TOTAL_ANNOTATION_LIMIT} bytes` });
  }
  return out;
}

export function taintErrors(taints: Record<string, unknown>): KeyedError[] {
  const out: KeyedError[] = [];
  for (const k of sorted(taints)) {
    const nameError = qualifiedNameError(k);
    if (nameError) {
      out.push({ key: k, message: nameError });
      continue;
    }
    const raw = String(taints[k] ?? '');
    const i = raw.indexOf(':');
    const value = i >= 0 ? raw.slice(0, i) : raw;
    const effect = i >= 0 ? raw.slice(i + 1) : raw;
    if (!TAINT_EFFECTS.includes(effect)) {
      out.push({ key: k, message: `invalid taint effect: ${JSON.stringify(effect)}` });
      continue;
    }
    if (i >= 0) {
      const e = labelValueError(value);
      if (e) out.push({ key: k, message: e });
    }
  }
  return out;
}
