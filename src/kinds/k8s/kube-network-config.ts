/** KubeNetworkConfig (Talos `k8s.KubeNetworkConfigV1Alpha1`): the cluster's pod and service networks. Since Talos 1.14. */
import { formatGoPrefix, type GoPrefix, isMaskedPrefix, parseGoPrefix } from '../../go/netip.js';
import type { DocReport, KindEntry } from '../types.js';
import { asList, asStr } from '../values.js';
import { isSet } from './common.js';

/** Talos's constants: default per-node pod masks, the widest gaps it allows. */
const DEFAULT_NODE_MASK = { 4: 24, 6: 64 } as const;
const POD_SUBNET_NODE_MASK_MAX_DIFF = 16;
const MAX_HOST_BITS_FOR_SERVICE_SUBNET = 20;
const MIN_SUBNET_HOST_BITS = 4;

type Family = 4 | 6;
const familyOf = (p: GoPrefix): Family => (p.addr.bytes.length === 4 ? 4 : 6);
const bitLen = (p: GoPrefix) => p.addr.bytes.length * 8;

/** Talos's validateSubnets: one or two subnets, at most one per family, each well-formed and sized. */
function subnetsProblem(
  subnets: unknown[],
  checkSize: (p: GoPrefix) => string | undefined,
): string | undefined {
  if (subnets.length === 0) return 'at least one subnet must be specified';
  if (subnets.length > 2) return 'at most two subnets can be specified for dual-stack clusters';
  const count = { 4: 0, 6: 0 };
  for (const s of subnets) {
    // an empty entry is Go's zero Prefix, which prints as "invalid Prefix"
    const parsed = parseGoPrefix(asStr(s));
    if ('error' in parsed) return `invalid subnet: ${asStr(s) || 'invalid Prefix'}`;
    const p = parsed.prefix;
    if (!isMaskedPrefix(p)) return `invalid subnet: ${formatGoPrefix(p)} is not a valid CIDR`;
    if (bitLen(p) - p.bits < MIN_SUBNET_HOST_BITS)
      return `invalid subnet: /${p.bits} is too small, it must be larger than /${p.bits - MIN_SUBNET_HOST_BITS}`;
    const size = checkSize(p);
    if (size) return size;
    count[familyOf(p)]++;
  }
  if (count[4] > 1 || count[6] > 1)
    return 'at most one IPv4 and one IPv6 subnet can be specified for dual-stack clusters';
  return undefined;
}

function checkNetwork(body: Record<string, unknown>, report: DocReport): void {
  const mask4 = Number(body.nodeCIDRMaskSizeIPv4 ?? 0);
  const mask6 = Number(body.nodeCIDRMaskSizeIPv6 ?? 0);
  // zero means Talos's default
  const valid = { 4: mask4 >= 0 && mask4 <= 32, 6: mask6 >= 0 && mask6 <= 128 };
  const nodeMask = { 4: mask4 || DEFAULT_NODE_MASK[4], 6: mask6 || DEFAULT_NODE_MASK[6] };
  if (!valid[4]) report.error('nodeCIDRMaskSizeIPv4 must be between 1 and 32', ['nodeCIDRMaskSizeIPv4']);
  if (!valid[6]) report.error('nodeCIDRMaskSizeIPv6 must be between 1 and 128', ['nodeCIDRMaskSizeIPv6']);

  const pods = asList(body.podSubnets);
  const services = asList(body.serviceSubnets);
  const podProblem = subnetsProblem(pods, (p) => {
    const family = familyOf(p);
    if (!valid[family]) return undefined;
    const mask = nodeMask[family];
    // a longer prefix is a smaller network
    if (p.bits > mask)
      return `invalid subnet: ${formatGoPrefix(p)} is smaller than the per-node pod CIDR mask size /${mask}`;
    if (mask - p.bits > POD_SUBNET_NODE_MASK_MAX_DIFF)
      return `invalid subnet: ${formatGoPrefix(p)} is too large for the per-node pod CIDR mask size /${mask}, the difference must be at most ${POD_SUBNET_NODE_MASK_MAX_DIFF} bits`;
    return undefined;
  });
  if (podProblem) report.error(`pod subnets: ${podProblem}`, ['podSubnets']);
  const serviceProblem = subnetsProblem(services, (p) =>
    bitLen(p) - p.bits > MAX_HOST_BITS_FOR_SERVICE_SUBNET
      ? `invalid subnet: ${formatGoPrefix(p)} is too large, it must be at least /${bitLen(p) - MAX_HOST_BITS_FOR_SERVICE_SUBNET} (at most ${MAX_HOST_BITS_FOR_SERVICE_SUBNET} host identifier bits)`
      : undefined,
  );
  if (serviceProblem) report.error(`service subnets: ${serviceProblem}`, ['serviceSubnets']);
  if (pods.length !== services.length)
    report.error('the number of pod subnets must match the number of service subnets', ['serviceSubnets']);
}

export const KubeNetworkConfig: KindEntry = {
  kind: 'KubeNetworkConfig',
  group: 'k8s',
  // The kubelet's cluster domain and DNS service address come from here (Talos's KubeletSpec).
  apply: { restartsKubelet: ['dnsDomain', 'serviceSubnets'] },
  bootstrapManifests: (body) => {
    const list = (v: unknown) =>
      asList(v)
        .map(asStr)
        .filter((x) => x !== '');
    return {
      ...(asStr(body.dnsDomain) ? { clusterDomain: asStr(body.dnsDomain) } : {}),
      ...(list(body.podSubnets).length ? { podSubnets: list(body.podSubnets) } : {}),
      ...(list(body.serviceSubnets).length ? { serviceSubnets: list(body.serviceSubnets) } : {}),
    };
  },
  validate: checkNetwork,
  conflictsWithV1alpha1(_body, v1, report) {
    if (isSet(v1, 'cluster', 'network'))
      report.error(
        'cluster network config is already set in the v1alpha1 config (.machine.cluster.network). Please remove it and use only the new KubeNetworkConfig document to avoid conflicts',
      );
  },
};
