/**
 * Facts about a machine read across its documents through each kind's entry: its type, the addresses
 * its links get, its control-plane endpoint, its API certificate's SANs, its system volume encryption.
 */
import type { ConfigDocument } from '../config/document.js';
import { type MachineType, parseMachineType } from './context.js';
import { KINDS } from './index.js';
import type { CARole, Located } from './types.js';
import { dig } from './values.js';

export interface DocumentValue<T = string> extends Located<T> {
  doc: ConfigDocument;
}

function collect<T>(
  docs: readonly ConfigDocument[],
  read: (doc: ConfigDocument) => Array<Located<T>> | Located<T> | undefined,
): DocumentValue<T>[] {
  const out: DocumentValue<T>[] = [];
  for (const doc of docs) {
    const got = read(doc);
    for (const v of Array.isArray(got) ? got : got ? [got] : []) out.push({ ...v, doc });
  }
  return out;
}

/** The machine type as declared, and Talos's reading of it. */
export function machineTypeOf(
  docs: readonly ConfigDocument[],
): (DocumentValue<unknown> & { type: MachineType }) | undefined {
  const found = collect(docs, (d) => KINDS.entry(d.kind)?.machineType?.(d.body))[0];
  return found ? { ...found, type: parseMachineType(found.value).type } : undefined;
}

/** Static addresses (`ip` or `ip/prefix`) the machine's link documents configure, VIPs excluded. */
export function machineAddresses(docs: readonly ConfigDocument[]): DocumentValue[] {
  return collect(docs, (d) => KINDS.entry(d.kind)?.addresses?.(d.body)).filter((a) => a.value !== '');
}

/** The node's own static addresses, without prefix lengths, in document order (no duplicates). */
export function staticAddresses(docs: readonly Pick<ConfigDocument, 'kind' | 'body'>[]): string[] {
  const out: string[] = [];
  for (const a of machineAddresses(docs as ConfigDocument[])) {
    const slash = a.value.lastIndexOf('/');
    const ip = slash > 0 ? a.value.slice(0, slash) : a.value;
    if (!out.includes(ip)) out.push(ip);
  }
  return out;
}

/** What each CA signs, as a reviewer reads it. */
export const CA_NAMES: Record<CARole, string> = {
  'talos-api': 'Talos API CA',
  kubernetes: 'Kubernetes CA',
  aggregator: 'Kubernetes aggregator CA',
  etcd: 'etcd CA',
  'service-account': 'service-account signing key',
};

export interface CaChange {
  role: CARole;
  /** `Talos API CA (machine.ca)`. */
  label: string;
}

/**
 * The CAs that differ between two configs of one machine (a replaced certificate or key). Values are
 * compared for equality only: nothing derived from them is returned.
 */
export function changedCas(before: readonly ConfigDocument[], after: readonly ConfigDocument[]): CaChange[] {
  const read = (docs: readonly ConfigDocument[]) => {
    const m = new Map<string, { role: CARole; where: string; value: string }>();
    for (const d of docs) {
      for (const ca of KINDS.entry(d.kind)?.cas ?? []) {
        const where = `${d.kind === 'v1alpha1' ? '' : `${d.kind}.`}${ca.path.join('.')}`;
        m.set(where, { role: ca.role, where, value: JSON.stringify(dig(d.body, ...ca.path) ?? null) });
      }
    }
    return m;
  };
  const a = read(before);
  const b = read(after);
  const out: CaChange[] = [];
  // A CA present on one side only (a new document) is not a replacement of one in use.
  for (const [where, x] of a) {
    const y = b.get(where);
    if (y && x.value !== y.value) out.push({ role: x.role, label: `${CA_NAMES[x.role]} (${where})` });
  }
  return out;
}

/** The control-plane endpoint the machine is configured with; a multi-document kind wins over v1alpha1. */
export function controlPlaneEndpoint(docs: readonly ConfigDocument[]): DocumentValue<unknown> | undefined {
  const all = collect(docs, (d) => KINDS.entry(d.kind)?.endpoint?.(d.body));
  return all.find((e) => e.doc.kind !== 'v1alpha1') ?? all[0];
}

export function certSANs(docs: readonly ConfigDocument[]): DocumentValue[] {
  return collect(docs, (d) => KINDS.entry(d.kind)?.certSANs?.(d.body));
}

/** Where each system volume's encryption is (or could be) configured. */
export function volumeEncryption(
  docs: readonly ConfigDocument[],
): Array<DocumentValue<unknown> & { volume: string }> {
  const out: Array<DocumentValue<unknown> & { volume: string }> = [];
  for (const doc of docs)
    for (const v of KINDS.entry(doc.kind)?.volumeEncryption?.(doc.body) ?? []) out.push({ ...v, doc });
  return out;
}

/** Whether a document sets the ingress firewall's default action to block. */
export function ingressBlocked(docs: readonly ConfigDocument[]): boolean {
  return docs.some((d) => KINDS.entry(d.kind)?.ingressDefault?.(d.body) === 'block');
}
