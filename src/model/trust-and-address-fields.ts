/**
 * Where a machine config carries the node's own addresses and the cluster's certificate authorities.
 * Kept in one place so the plan (address moves, CA changes), the rollout and the simulated node read
 * the same fields; it moves into the kind modules of the registry as it grows.
 *
 * Works on plain documents (`kind` + body), so it serves typed ConfigDocuments and parsed YAML alike.
 */

export interface PlainDocument {
  /** `v1alpha1` for the legacy document. */
  kind: string;
  body: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The address of a CIDR (`10.0.1.21/24` → `10.0.1.21`); a bare address as it is. */
function addressOf(cidr: string): string {
  const slash = cidr.lastIndexOf('/');
  return slash > 0 ? cidr.slice(0, slash) : cidr;
}

/** Link kinds (1.12+) whose `addresses[].address` are static addresses of the node. */
const LINK_KINDS = new Set([
  'LinkConfig',
  'BondConfig',
  'BridgeConfig',
  'VLANConfig',
  'DummyLinkConfig',
  'WireguardConfig',
]);

/**
 * The static addresses the config gives the node, in document order: v1alpha1
 * `machine.network.interfaces[].addresses`/`cidr` (and their VLANs), and the `addresses` of the
 * link documents. Shared VIPs (`vip`, Layer2VIPConfig) are not the node's own and are left out.
 */
export function configuredAddresses(docs: readonly PlainDocument[]): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    const s = str(v);
    if (s && !out.includes(addressOf(s))) out.push(addressOf(s));
  };
  for (const d of docs) {
    if (d.kind === 'v1alpha1') {
      const network = obj(obj(d.body.machine)?.network);
      for (const itf of arr(network?.interfaces)) {
        const i = obj(itf);
        for (const a of arr(i?.addresses)) add(a);
        add(i?.cidr);
        for (const vlan of arr(i?.vlans)) {
          const v = obj(vlan);
          for (const a of arr(v?.addresses)) add(a);
          add(v?.cidr);
        }
      }
    } else if (LINK_KINDS.has(d.kind)) {
      for (const a of arr(d.body.addresses)) add(obj(a)?.address);
    }
  }
  return out;
}

export interface CaField {
  /** Dotted path in the v1alpha1 document. */
  path: string;
  /** What it is, for a reviewer. */
  name: string;
  /** Parts compared: the certificate and/or the key. */
  parts: ('crt' | 'key')[];
}

/** The certificate authorities and signing keys the cluster's trust rests on (v1alpha1). */
export const CA_FIELDS: readonly CaField[] = [
  { path: 'machine.ca', name: 'Talos API CA', parts: ['crt', 'key'] },
  { path: 'cluster.ca', name: 'Kubernetes CA', parts: ['crt', 'key'] },
  { path: 'cluster.aggregatorCA', name: 'Kubernetes aggregator CA', parts: ['crt', 'key'] },
  { path: 'cluster.etcd.ca', name: 'etcd CA', parts: ['crt', 'key'] },
  { path: 'cluster.serviceAccount', name: 'service-account signing key', parts: ['key'] },
];

function at(body: Obj | undefined, path: string): Obj | undefined {
  let cur: unknown = body;
  for (const p of path.split('.')) cur = obj(cur)?.[p];
  return obj(cur);
}

/**
 * The CAs that differ between two configs of one node, compared for equality only: nothing of a
 * value is returned. (A worker's config carries the certificates without their keys on both sides.)
 */
export function changedCas(before: readonly PlainDocument[], after: readonly PlainDocument[]): CaField[] {
  const a = before.find((d) => d.kind === 'v1alpha1')?.body;
  const b = after.find((d) => d.kind === 'v1alpha1')?.body;
  if (!a || !b) return [];
  return CA_FIELDS.filter((f) => {
    const x = at(a, f.path);
    const y = at(b, f.path);
    return f.parts.some((p) => (str(x?.[p]) ?? '') !== (str(y?.[p]) ?? ''));
  });
}
