/**
 * Rules no single-node validator can see: unique node names and addresses across the fleet, each node
 * agreeing with its cluster (role, control-plane endpoint), the number of control planes, and Talos and
 * Kubernetes versions that Talos supports together.
 *
 * A stage counts as production when its name is `production` or starts with `prod` (any letter case):
 * `prod`, `prod-eu`, `production-us`.
 */
import type { ConfigDocument } from '../config/document.js';
import { formatGoURL, type GoURL, parseGoURL } from '../go/url.js';
import { imageTag, installerImage } from '../kinds/images.js';
import { controlPlaneEndpoint, machineAddresses, machineTypeOf } from '../kinds/machine.js';
import { kubernetesSupportError } from '../kinds/shared/kubernetes-version.js';
import { asStr } from '../kinds/values.js';
import { contractForVersion, newerVersionMessage } from '../model/model.js';
import type { Fleet, RenderedCluster, RenderedNode, WaiverSpec } from '../render/types.js';
import type { Issue } from './issue.js';
import { clusterField } from './locate.js';
import { formatPath, type Seg } from './paths.js';
import { place } from './place.js';
import type { Finding } from './types.js';

export function isProductionStage(stage: string): boolean {
  return /^prod/i.test(stage);
}

interface NodeRef {
  cluster: RenderedCluster;
  node: RenderedNode;
}

function finding(ref: NodeRef, issue: Issue): Finding {
  return place(issue, { cluster: ref.cluster, node: ref.node });
}

/** Statically configured link addresses (no VIPs, no prefix), with where each is set. */
function staticAddresses(node: RenderedNode): Array<{ ip: string; doc: ConfigDocument; segs: Seg[] }> {
  return machineAddresses(node.docs)
    .map((a) => ({ ip: a.value.split('/')[0]!, doc: a.doc, segs: a.segs }))
    .filter((a) => a.ip !== '');
}

function normalizeEndpoint(u: GoURL | string | undefined): string | undefined {
  const url = typeof u === 'string' ? parseGoURL(u) : u;
  if (!url) return typeof u === 'string' ? u : undefined;
  return formatGoURL({ ...url, scheme: url.scheme.toLowerCase(), host: url.host.toLowerCase() }).replace(
    /\/$/,
    '',
  );
}

/** The control-plane endpoint a node's config points at, and where it is set. */
function nodeEndpoint(node: RenderedNode): { value: string; doc: ConfigDocument; segs: Seg[] } | undefined {
  const ep = controlPlaneEndpoint(node.docs);
  return ep ? { value: normalizeEndpoint(ep.value as GoURL)!, doc: ep.doc, segs: ep.segs } : undefined;
}

function semverCore(v: string): [number, number, number] | undefined {
  const m = v.trim().match(/^v?(\d+)\.(\d+)(?:\.(\d+))?/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : undefined;
}

/** `v1.13.9` and `1.13.9` are one release; pre-release suffixes must match too. */
function sameRelease(a: string, b: string): boolean {
  return a.trim().replace(/^v/, '') === b.trim().replace(/^v/, '');
}

/**
 * Talos's SupportedWith for the cluster's Kubernetes version (cluster.yaml): the error text, or undefined
 * when the versions go together. Each node's component images are checked by Talos's own on-machine
 * rule (the v1alpha1 and k8s kinds), as the fleet's nodes are validated as on apply.
 */
export function kubernetesCompatibilityError(
  kubernetes: string,
  cluster: RenderedCluster,
): string | undefined {
  const k = semverCore(kubernetes);
  if (!k) return `cannot read a Kubernetes version from ${JSON.stringify(kubernetes)}`;
  return kubernetesSupportError(k, cluster.contract, cluster.talosVersion.replace(/^v/, ''));
}

/** Where a finding about a node points, without its rule and message. */
type Location = Omit<Finding, 'rule' | 'severity' | 'message'>;

/** What the rules comparing clusters need of a node: its name, its address, its static addresses. */
export interface NodeFacts {
  name: string;
  address: string;
  /** Its finding location (the node's entry in cluster.yaml). */
  at: Location;
  /** Statically configured addresses and where each is set; undefined: not known (not rendered). */
  staticAddresses?: Array<{ ip: string; at: Location }>;
}

export interface ClusterFacts {
  name: string;
  nodes: NodeFacts[];
  waivers: WaiverSpec[];
}

function locate(issue: Omit<Issue, 'rule' | 'severity' | 'message'>, ref: NodeRef): Location {
  const {
    rule: _r,
    severity: _s,
    message: _m,
    ...at
  } = place({ rule: '', severity: 'error', message: '', ...issue }, { cluster: ref.cluster, node: ref.node });
  return at;
}

/** A rendered cluster's facts for the rules comparing clusters. */
export function clusterFacts(cluster: RenderedCluster): ClusterFacts {
  return {
    name: cluster.name,
    waivers: cluster.waivers,
    nodes: cluster.nodes.map((node) => {
      const ref = { cluster, node };
      return {
        name: node.name,
        address: node.address,
        at: locate({ at: node.source }, ref),
        staticAddresses: staticAddresses(node).map((a) => ({
          ip: a.ip,
          at: locate({ doc: a.doc, segs: a.segs }, ref),
        })),
      };
    }),
  };
}

export interface CrossClusterScope {
  /** Clusters outside the validated fleet that the rules comparing clusters still compare with. */
  others?: readonly ClusterFacts[];
  /** Every cluster's name in repository order (the order in which the first of two owners wins). */
  order?: readonly string[];
}

export function fleetFindings(fleet: Fleet, scope: CrossClusterScope = {}): Finding[] {
  const out = crossClusterFindings(fleet, scope);
  for (const cluster of fleet.clusters) out.push(...clusterFindings(cluster));
  return out;
}

/**
 * Unique node names, addresses and static addresses across clusters. With `others`, only findings
 * that involve a cluster of the fleet are reported (what the others share among themselves is theirs).
 */
function crossClusterFindings(fleet: Fleet, scope: CrossClusterScope): Finding[] {
  const validated = new Set(fleet.clusters.map((c) => c.name));
  const rank = new Map((scope.order ?? []).map((n, i) => [n, i]));
  const all = [...fleet.clusters.map(clusterFacts), ...(scope.others ?? [])].map((c, i) => ({ c, i }));
  all.sort((a, b) => (rank.get(a.c.name) ?? a.i) - (rank.get(b.c.name) ?? b.i) || a.i - b.i);
  const out: Finding[] = [];
  type Ref = { cluster: ClusterFacts; node: NodeFacts };
  const names = new Map<string, Ref>();
  const addresses = new Map<string, Ref>();
  const staticIPs = new Map<string, Ref>();
  const where = (r: Ref) => `${r.node.name} (cluster ${r.cluster.name})`;
  const report = (ref: Ref, other: Ref, rule: string, message: string, at: Location) => {
    if (validated.has(ref.cluster.name) || validated.has(other.cluster.name))
      out.push({ rule, severity: 'error', message, ...at });
  };
  for (const { c: cluster } of all) {
    for (const node of cluster.nodes) {
      const ref = { cluster, node };
      const first = names.get(node.name);
      if (first) {
        const message = `node name ${JSON.stringify(node.name)} is already used by a node of cluster ${first.cluster.name}`;
        report(ref, first, 'fleet/unique-node-name', message, node.at);
      } else names.set(node.name, ref);
      const addr = node.address.toLowerCase();
      const owner = addresses.get(addr);
      if (owner) {
        const message = `address ${node.address} is already the address of node ${where(owner)}`;
        report(ref, owner, 'fleet/unique-address', message, node.at);
      } else addresses.set(addr, ref);
      const seenHere = new Set<string>();
      for (const a of node.staticAddresses ?? []) {
        if (seenHere.has(a.ip)) continue;
        seenHere.add(a.ip);
        const other = staticIPs.get(a.ip);
        if (other && other.node !== node) {
          const message = `static address ${a.ip} is also configured on node ${where(other)}`;
          report(ref, other, 'fleet/unique-address', message, a.at);
        } else staticIPs.set(a.ip, ref);
      }
    }
  }
  return out;
}

function clusterFindings(cluster: RenderedCluster): Finding[] {
  const out: Finding[] = [];
  const clusterIssue = (rule: string, severity: Finding['severity'], message: string, field: string) =>
    out.push(place({ rule, severity, message, at: clusterField(cluster, field) }, { cluster }));
  const expected = normalizeEndpoint(cluster.endpoint);
  if (contractForVersion(cluster.talosVersion)?.newerThanKnown)
    clusterIssue('talos/newer-version', 'warning', newerVersionMessage(cluster.talosVersion), 'talosVersion');
  let controlPlanes = 0;
  for (const node of cluster.nodes) {
    const ref = { cluster, node };
    const declared = machineTypeOf(node.docs);
    const type = declared?.type ?? 'worker';
    const isCP = type === 'controlplane' || type === 'init';
    if (node.role === 'controlplane') controlPlanes++;
    if (type !== 'unknown' && isCP !== (node.role === 'controlplane')) {
      out.push(
        finding(ref, {
          rule: 'fleet/role-mismatch',
          severity: 'error',
          message: `cluster.yaml makes ${node.name} a ${node.role}, but its ${declared ? formatPath(declared.segs) : 'machine type'} is ${JSON.stringify(asStr(declared?.value))}`,
          doc: declared?.doc,
          segs: declared?.segs,
        }),
      );
    }
    const installer = installerImage(node.docs);
    const tag = installer ? imageTag(installer.value) : undefined;
    if (installer && tag && semverCore(tag) && !sameRelease(tag, cluster.talosVersion)) {
      out.push(
        finding(ref, {
          rule: 'fleet/installer-version',
          severity: 'error',
          message: `the installer image ${installer.value} installs Talos ${tag}, but cluster.yaml's talosVersion is ${cluster.talosVersion}`,
          doc: installer.doc,
          segs: installer.segs,
        }),
      );
    }
    const ep = nodeEndpoint(node);
    if (ep && expected && ep.value !== expected) {
      out.push(
        finding(ref, {
          rule: 'fleet/controlplane-endpoint',
          severity: 'error',
          message: `the node's control-plane endpoint is ${ep.value}, but the cluster's endpoint is ${expected} (cluster.yaml)`,
          doc: ep.doc,
          segs: ep.segs,
        }),
      );
    }
  }
  if (cluster.kubernetesVersion) {
    const e = kubernetesCompatibilityError(cluster.kubernetesVersion, cluster);
    if (e)
      clusterIssue(
        'fleet/kubernetes-version',
        'error',
        e,
        cluster.fieldLines.kubernetesVersion ? 'kubernetesVersion' : 'talosVersion',
      );
  }
  if (controlPlanes > 0 && controlPlanes % 2 === 0) {
    clusterIssue(
      'fleet/controlplane-count',
      'warning',
      `${controlPlanes} control planes: etcd needs a majority, so an even number tolerates no more failures than ${controlPlanes - 1}; use an odd number`,
      'nodes',
    );
  }
  if (isProductionStage(cluster.stage) && controlPlanes < 3) {
    clusterIssue(
      'fleet/controlplane-count',
      'error',
      `stage ${JSON.stringify(cluster.stage)} is production, but the cluster has ${controlPlanes} control plane${controlPlanes === 1 ? '' : 's'}; production needs at least 3 to keep etcd quorum through a failure`,
      'nodes',
    );
  }
  return out;
}
