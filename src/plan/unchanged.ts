/**
 * What a plan says of the clusters it does not re-plan (their inputs are the same at both sides), and
 * knows of them without rendering them:
 *
 * - what rendering would not have seen without any identity (every bundle and patch); a cluster
 *   with a SOPS file the identities here cannot open (by the recipients it names) is rendered instead,
 *   for rendering fails on it;
 * - their node names and addresses, from cluster.yaml, which the rules comparing clusters check the
 *   re-planned clusters against;
 * - their static addresses, which only a render knows. A render's static addresses come from the
 *   text of its inputs (patches, committed bases, cluster.yaml; never from the secrets bundle, which
 *   gives keys and certificates only), so a cluster whose plain inputs name none of the re-planned
 *   clusters' static addresses cannot share one with them, and is not rendered; the others (and
 *   those with encrypted patches or bases, whose text is not visible) are rendered at the head.
 */
import { normalizeAddr } from '../go/netip.js';
import { type ClusterInputs, encryptedInputs } from '../render/inputs.js';
import { hiddenNote, type RenderResult } from '../render/render.js';
import type { RenderedCluster } from '../render/types.js';
import type { ClusterFile } from '../repo/cluster-file.js';
import type { RepoFiles } from '../repo/files.js';
import type { AgeIdentity } from '../secrets/age-identities.js';
import { isSopsPath } from '../secrets/sops.js';
import { type ClusterFacts, type CrossClusterScope, clusterFacts } from '../validate/fleet.js';

const AGE_RECIPIENT = /age1[02-9ac-hj-np-z]{58}/g;

/** Whether an identity here can open a SOPS file: it names one of their recipients. */
function opens(files: RepoFiles, path: string, identities: readonly AgeIdentity[]): boolean {
  const named: string[] = (files.read(path) ?? '').match(AGE_RECIPIENT) ?? [];
  return identities.some((i) => named.includes(i.recipient));
}

/**
 * Whether rendering the cluster would fail on its secrets, which a plan must report even when
 * nothing changed: an encrypted input the identities here cannot open, or (without any) one that
 * rendering cannot do without (a committed base, or every file when placeholders are not allowed).
 */
export function failsOnSecrets(
  inputs: ClusterInputs,
  files: RepoFiles,
  opts: { identities: readonly AgeIdentity[]; allowMissingSecrets: boolean },
): boolean {
  return encryptedInputs(inputs).some(({ path, kind }) =>
    opts.identities.length > 0
      ? !opens(files, path, opts.identities)
      : !opts.allowMissingSecrets || (kind !== 'secrets bundle' && kind !== 'patch'),
  );
}

/** The "could not see" notes rendering the cluster would make: without any identity, every bundle and patch. */
export function unchangedHidden(
  inputs: ClusterInputs,
  opts: { identities: readonly AgeIdentity[]; allowMissingSecrets: boolean },
): string[] {
  if (opts.identities.length > 0 || !opts.allowMissingSecrets) return [];
  return [...new Set(encryptedInputs(inputs).map(({ path, kind }) => hiddenNote(path, kind)))];
}

/** A cluster's facts from its cluster.yaml alone (static addresses not known). */
export function specFacts(spec: ClusterFile): ClusterFacts {
  return {
    name: spec.name,
    waivers: spec.waivers,
    nodes: spec.nodes.map((n) => ({
      name: n.name,
      address: n.address,
      at: {
        cluster: spec.name,
        node: n.name,
        ...(n.source.file ? { file: n.source.file } : {}),
        ...(n.source.line ? { line: n.source.line } : {}),
      },
    })),
  };
}

const IPV4 = /\d{1,3}(?:\.\d{1,3}){3}/g;
const IPV6 = /[0-9A-Fa-f]*:[0-9A-Fa-f:.]*[0-9A-Fa-f]/g;

/** Every IP address written in a text, in canonical form (a superset: anything that parses). */
function addressesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const re of [IPV4, IPV6])
    for (const m of text.matchAll(re)) {
      const a = normalizeAddr(m[0]);
      if (a) out.add(a);
    }
  return out;
}

/** What an input says of addresses: nothing (missing, a bundle), hidden (SOPS) or its text. */
function addressSource(
  path: string,
  f: { kind: string; id: string | undefined },
): 'none' | 'hidden' | 'text' {
  if (f.id === undefined || f.kind === 'secrets bundle') return 'none';
  return isSopsPath(path) ? 'hidden' : 'text';
}

/** The inputs whose text is looked in for addresses. */
const plainInputs = (inputs: ClusterInputs) =>
  [...inputs.files].flatMap(([path, f]) => (addressSource(path, f) === 'text' ? [path] : []));

/**
 * Whether the cluster's render could hold one of the addresses (its inputs name one, or hide them).
 * `v4`: the addresses, when all are IPv4; `holders`: the files that may hold one of those (the rest do not).
 */
function mayHold(
  inputs: ClusterInputs,
  files: RepoFiles,
  addresses: Set<string>,
  v4: string[] | undefined,
  holders: Set<string> | undefined,
): boolean {
  if (addresses.size === 0) return false;
  for (const [path, f] of inputs.files) {
    const source = addressSource(path, f);
    if (source === 'none') continue;
    if (source === 'hidden') return true;
    if (holders && !holders.has(path)) continue;
    const text = files.read(path) ?? '';
    if (v4 && !v4.some((a) => text.includes(a))) continue;
    for (const a of addressesIn(text)) if (addresses.has(a)) return true;
  }
  return false;
}

/**
 * The scope the re-planned clusters are validated in: every other cluster of the head (in repository
 * order) by its facts, rendered where its static addresses could matter.
 */
export async function validationScope(args: {
  /** The head's clusters in repository order. */
  fleet: ReadonlyArray<{ inputs: ClusterInputs; replanned: boolean }>;
  /** The renders of the head made so far. */
  head: RenderResult;
  files: RepoFiles;
  render: (inputs: ClusterInputs) => Promise<RenderedCluster | undefined>;
}): Promise<CrossClusterScope> {
  const rendered = new Map(args.head.fleet.clusters.map((c) => [c.dir, c]));
  const addresses = new Set<string>();
  for (const { inputs, replanned } of args.fleet) {
    const c = replanned ? rendered.get(inputs.dir) : undefined;
    for (const n of c ? clusterFacts(c).nodes : [])
      for (const a of n.staticAddresses ?? []) addresses.add(normalizeAddr(a.ip) ?? a.ip);
  }
  // an IPv4 address is only ever written as itself (its canonical form has no other spelling), so a
  // text holding none of them as a substring holds none: the scan is left for the rest
  const v4 = [...addresses].every((a) => !a.includes(':')) ? [...addresses] : undefined;
  const unscanned = args.fleet.filter((c) => !c.replanned && !rendered.has(c.inputs.dir));
  // the files that hold one, asked of git at once where it vouches for them
  const holders =
    v4?.length && args.files.holding
      ? args.files.holding([...new Set(unscanned.flatMap((c) => plainInputs(c.inputs)))], v4)
      : undefined;
  const others: ClusterFacts[] = [];
  for (const { inputs, replanned } of args.fleet) {
    if (replanned) continue;
    let c = rendered.get(inputs.dir);
    if (!c && mayHold(inputs, args.files, addresses, v4, holders)) c = await args.render(inputs);
    others.push(c ? clusterFacts(c) : specFacts(inputs.spec));
  }
  return { others, order: args.fleet.map((c) => c.inputs.spec.name) };
}
