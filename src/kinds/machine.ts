/**
 * Facts about a machine read across its documents through each kind's entry: its type, the addresses
 * its links get, its control-plane endpoint, its API certificate's SANs, its system volume encryption.
 */
import type { ConfigDocument } from '../config/document.js';
import { type MachineType, parseMachineType } from './context.js';
import { KINDS } from './index.js';
import type { Located } from './types.js';

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
