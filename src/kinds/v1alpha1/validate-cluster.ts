/**
 * Talos's `ClusterConfig.Validate` and `ValidateCNI` (v1alpha1's `cluster` section): endpoint, DNS
 * domain, external cloud provider, etcd, inline manifests, discovery, and the control-plane components'
 * authorization config and pod resources. Where Talos returns at the first problem, so does this.
 */
import type { ConfigDocument } from '../../config/document.js';
import { type GoURL, requestURIPath } from '../../go/url.js';
import type { Seg } from '../../validate/paths.js';
import type { KindContext } from '../context.js';
import { endpointURIError, isSubnetOrAddress } from '../shared/net.js';
import { asList, asObj, asStr, type Obj } from '../values.js';

const q = JSON.stringify;
const DNS_NAME = /^([a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})(\.[a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})*[._]?$/;
const AUTHORIZER_TYPES = ['Node', 'RBAC', 'Webhook'];
const DEFAULT_DISCOVERY_ENDPOINT = 'https://discovery.talos.dev/';
const COMPONENTS = [
  ['apiServer', 'apiserver'],
  ['controllerManager', 'controller-manager'],
  ['scheduler', 'scheduler'],
] as const;

/** Go's isValidDNSName (byte length, not counting dots). */
function isValidDNSName(name: string): boolean {
  if (name === '' || Buffer.byteLength(name) - (name.match(/\./g)?.length ?? 0) > 255) return false;
  return DNS_NAME.test(name);
}

/** A certificate pair's key as decoded ('' when empty). */
export function pairKey(v: unknown): string {
  return asStr(asObj(v)?.key);
}

/** Whether a Go pointer field is set (YAML null and absence are both nil). */
export function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}

export function checkCluster(ctx: KindContext, doc: ConfigDocument, cluster: Obj | undefined): void {
  const at = (rule: string, message: string, segs: Seg[]) => ctx.error(rule, message, doc, segs);
  if (!cluster) {
    at('talos/cluster-required', 'cluster instructions are required', []);
    return;
  }
  const cp = ctx.isControlPlane;
  const controlPlane = asObj(cluster.controlPlane);
  // Talos 1.14 makes .cluster.controlPlane optional; before, it and its endpoint are required
  if (controlPlane || !ctx.since('1.14')) {
    const endpoint = controlPlane?.endpoint as GoURL | undefined;
    if (!isSet(endpoint)) {
      at(
        'talos/controlplane-endpoint',
        'cluster controlplane endpoint is required',
        controlPlane ? ['cluster', 'controlPlane'] : ['cluster'],
      );
      return;
    }
    const e = endpointURIError(endpoint);
    if (e)
      at('talos/controlplane-endpoint', `invalid controlplane endpoint: ${e}`, [
        'cluster',
        'controlPlane',
        'endpoint',
      ]);
  }

  const dnsDomain = asStr(asObj(cluster.network)?.dnsDomain);
  if (dnsDomain !== '' && !isValidDNSName(dnsDomain))
    at('talos/dns-domain', `${q(dnsDomain)} is not a valid DNS name`, ['cluster', 'network', 'dnsDomain']);

  const ecp = asObj(cluster.externalCloudProvider);
  if (ecp) checkExternalCloudProvider(ctx, doc, ecp);

  if (isSet(cluster.etcd)) {
    if (cp) checkEtcd(ctx, doc, asObj(cluster.etcd) ?? {});
    else
      at('talos/controlplane-only', 'etcd config is only allowed on control plane machines', [
        'cluster',
        'etcd',
      ]);
  }

  if (isSet(cluster.ca) && !cp && pairKey(cluster.ca) !== '')
    at('talos/controlplane-only', 'cluster CA key is not allowed on non-controlplane nodes (.cluster.ca)', [
      'cluster',
      'ca',
    ]);

  checkInlineManifests(ctx, doc, asList(cluster.inlineManifests));
  checkDiscovery(ctx, doc, cluster);
  const apiServer = asObj(cluster.apiServer);
  if (apiServer) checkAPIServer(ctx, doc, apiServer);
  for (const [component, label] of COMPONENTS.slice(1)) {
    const res = asObj(asObj(cluster[component])?.resources);
    if (res) checkResources(ctx, doc, res, label, ['cluster', component, 'resources']);
  }
}

function checkExternalCloudProvider(ctx: KindContext, doc: ConfigDocument, ecp: Obj): void {
  const manifests = asList(ecp.manifests);
  const segs = ['cluster', 'externalCloudProvider'];
  if (ecp.enabled !== true && manifests.length > 0) {
    ctx.error(
      'talos/external-cloud-provider',
      'external cloud provider is disabled, but manifests are provided',
      doc,
      [...segs, 'manifests'],
    );
    return;
  }
  manifests.forEach((m, i) => {
    const e = endpointURIError(asStr(m));
    if (e)
      ctx.error(
        'talos/external-cloud-provider',
        `invalid external cloud provider manifest url ${q(asStr(m))}: ${e}`,
        doc,
        [...segs, 'manifests', i],
      );
  });
}

/** Talos's EtcdConfig.Validate; listen subnets fall back to the advertised ones, as Talos reads them. */
function checkEtcd(ctx: KindContext, doc: ConfigDocument, etcd: Obj): void {
  const segs = ['cluster', 'etcd'];
  const err = (m: string, s: Seg[]) => ctx.error('talos/etcd', m, doc, s);
  if (!isSet(etcd.ca)) err('key/cert combination should not be empty', segs);
  const advertised = asList(etcd.advertisedSubnets);
  const subnet = asStr(etcd.subnet);
  if (subnet !== '' && advertised.length > 0)
    err("etcd subnet can't be set when advertised subnets are set", [...segs, 'subnet']);
  const subnets = (list: unknown[], key: string): Array<[string, Seg[]]> =>
    list.map((s, i) => [asStr(s), [...segs, key, i]]);
  const adv: Array<[string, Seg[]]> =
    advertised.length > 0
      ? subnets(advertised, 'advertisedSubnets')
      : subnet !== ''
        ? [[subnet, [...segs, 'subnet']]]
        : [];
  const listenList = asList(etcd.listenSubnets);
  const listen =
    listenList.length > 0 ? subnets(listenList, 'listenSubnets') : subnets(advertised, 'advertisedSubnets');
  for (const [cidr, s] of adv) {
    const c = cidr.replace(/^!/, '');
    if (!isSubnetOrAddress(c)) err(`etcd advertised subnet is not valid: ${q(c)}`, s);
  }
  for (const [cidr, s] of listen) {
    const c = cidr.replace(/^!/, '');
    if (!isSubnetOrAddress(c)) err(`etcd listen subnet is not valid: ${q(c)}`, s);
  }
}

function checkInlineManifests(ctx: KindContext, doc: ConfigDocument, manifests: unknown[]): void {
  const names = new Set<string>();
  manifests.forEach((m, i) => {
    const name = asStr(asObj(m)?.name);
    const segs = ['cluster', 'inlineManifests', i];
    if (name.trim() === '')
      ctx.error('talos/inline-manifests', "inline manifest name can't be empty", doc, segs);
    if (names.has(name))
      ctx.error('talos/inline-manifests', `inline manifest name ${q(name)} is duplicate`, doc, [
        ...segs,
        'name',
      ]);
    names.add(name);
  });
}

function checkDiscovery(ctx: KindContext, doc: ConfigDocument, cluster: Obj): void {
  const discovery = asObj(cluster.discovery);
  if (discovery?.enabled !== true) return;
  const service = asObj(asObj(discovery.registries)?.service);
  if (service?.disabled === true) return;
  const segs = ['cluster', 'discovery', 'registries', 'service', 'endpoint'];
  const endpoint = asStr(service?.endpoint) || DEFAULT_DISCOVERY_ENDPOINT;
  const parsed = requestURIPath(endpoint);
  if ('error' in parsed)
    ctx.error(
      'talos/discovery',
      `cluster discovery service registry endpoint is invalid: ${parsed.error}`,
      doc,
      segs,
    );
  else if (parsed.path !== '' && parsed.path !== '/')
    ctx.error('talos/discovery', 'cluster discovery service path should be empty', doc, segs);
  if (asStr(cluster.id) === '')
    ctx.error('talos/discovery', 'cluster discovery service requires .cluster.id', doc, [
      'cluster',
      'discovery',
    ]);
  if (asStr(cluster.secret) === '')
    ctx.error('talos/discovery', 'cluster discovery service requires .cluster.secret', doc, [
      'cluster',
      'discovery',
    ]);
}

/** Talos's APIServerConfig.Validate: the first problem only. */
function checkAPIServer(ctx: KindContext, doc: ConfigDocument, apiServer: Obj): void {
  const rule = 'talos/kubernetes-components';
  const segs = ['cluster', 'apiServer'];
  // an authorization config, even an empty list, rules out the flags it replaces
  if (Array.isArray(apiServer.authorizationConfig)) {
    for (const k of Object.keys(asObj(apiServer.extraArgs) ?? {})) {
      if (k === 'authorization-mode') {
        ctx.error(
          rule,
          'authorization-mode cannot be used in conjunction with AuthorizationConfig, use either AuthorizationConfig or authorization-mode',
          doc,
          [...segs, 'extraArgs', k],
        );
        return;
      }
      if (k.startsWith('authorization-webhook-')) {
        ctx.error(
          rule,
          'authorization-webhook-* flags cannot be used in conjunction with AuthorizationConfig, use either AuthorizationConfig or authorization-webhook-* flags',
          doc,
          [...segs, 'extraArgs', k],
        );
        return;
      }
    }
  }
  const authz = asList(apiServer.authorizationConfig);
  for (let i = 0; i < authz.length; i++) {
    const z = asObj(authz[i]) ?? {};
    const type = asStr(z.type);
    const s = [...segs, 'authorizationConfig', i];
    const problem =
      type === ''
        ? 'authorizer type must be set'
        : asStr(z.name) === ''
          ? 'authorizer name must be set'
          : !AUTHORIZER_TYPES.includes(type)
            ? `authorizer type ${type} is not allowed, allowed types are [${AUTHORIZER_TYPES.join(' ')}]`
            : undefined;
    if (problem) {
      ctx.error(rule, `apiserver authorization config validation failed: ${problem}`, doc, s);
      return;
    }
  }
  const res = asObj(apiServer.resources);
  if (res) checkResources(ctx, doc, res, 'apiserver', [...segs, 'resources']);
}

/** Talos's ResourcesConfig.Validate: requests, then limits, stopping at the first unsupported resource. */
function checkResources(ctx: KindContext, doc: ConfigDocument, res: Obj, label: string, segs: Seg[]): void {
  for (const part of ['requests', 'limits'] as const) {
    for (const key of Object.keys(asObj(res[part]) ?? {})) {
      if (key !== 'cpu' && key !== 'memory') {
        ctx.error(
          'talos/kubernetes-components',
          `${label} resource validation failed: unsupported pod resource ${q(key)}`,
          doc,
          [...segs, part, key],
        );
        return;
      }
    }
  }
}

/** Talos's ValidateCNI: an absent CNI is flannel; a CNI block without a name is not. */
export function checkCNI(ctx: KindContext, doc: ConfigDocument, network: Obj | undefined): void {
  const segs = ['cluster', 'network', 'cni'];
  const cni = asObj(network?.cni);
  const name = cni ? asStr(cni.name) : 'flannel';
  const urls = asList(cni?.urls);
  const flannel = asObj(cni?.flannel);
  const flannelArgs = asList(flannel?.extraArgs);
  // Talos 1.13 added the network policy switch and its check
  const policies = flannel?.kubeNetworkPoliciesEnabled === true && ctx.since('1.13');
  const err = (m: string, s: Seg[]) => ctx.error('talos/cni', m, doc, s);
  const notFlannel = (cniName: string) => {
    if (flannelArgs.length > 0)
      err(`"flanneldExtraArgs" field should be empty for ${q(cniName)} CNI`, [
        ...segs,
        'flannel',
        'extraArgs',
      ]);
    if (policies)
      err(`"flannelKubeNetworkPoliciesEnabled" should not be enabled for ${q(cniName)} CNI`, [
        ...segs,
        'flannel',
        'kubeNetworkPoliciesEnabled',
      ]);
  };
  switch (name) {
    case 'flannel':
      if (urls.length > 0) err(`"urls" field should be empty for "flannel" CNI`, [...segs, 'urls']);
      break;
    case 'none':
      if (urls.length > 0) err(`"urls" field should be empty for "none" CNI`, [...segs, 'urls']);
      notFlannel(name);
      break;
    case 'custom':
      if (urls.length === 0)
        ctx.warn('talos/cni', `"urls" field should not be empty for "custom" CNI`, doc, segs);
      notFlannel(name);
      urls.forEach((u, i) => {
        const e = endpointURIError(asStr(u));
        if (e) err(e, [...segs, 'urls', i]);
      });
      break;
    default:
      err('cni name should be one of ["flannel", "custom", "none"]', cni ? [...segs, 'name'] : segs);
  }
}
