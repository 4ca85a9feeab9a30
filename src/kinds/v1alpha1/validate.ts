/**
 * Talos's validation of the legacy v1alpha1 document (`talosctl validate --mode metal`), per contract
 * where the behaviour changed. Messages follow Talos's wording; where Talos would print a secret value,
 * the message names the field instead.
 */
import type { ConfigDocument } from '../../config/document.js';
import { parseBytes } from '../../go/humanize.js';
import type { GoURL } from '../../go/url.js';
import { kubeletProtectedFields, talosRoles } from '../../validate/facts.js';
import type { Seg } from '../../validate/paths.js';
import { type KindContext, parseMachineType } from '../context.js';
import { annotationErrors, labelErrors, taintErrors } from '../shared/k8s-names.js';
import { endpointURIError, isGoCIDR, isSubnetOrAddress } from '../shared/net.js';
import { asList, asObj, asStr, type Obj } from '../values.js';
import { checkLegacyNetwork } from './validate-network.js';

const DNS_NAME = /^([a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})(\.[a-zA-Z0-9_][a-zA-Z0-9_-]{0,62})*[._]?$/;
const KUBESPAN_MIN_MTU = 1280;
const AUTHORIZER_TYPES = ['Node', 'RBAC', 'Webhook'];
const SORT_ALGORITHMS = ['v1', 'v2'];
const INSTALL_DISK_TYPES = ['nvme', 'sd', 'hdd', 'ssd'];

function isValidDNSName(name: string): boolean {
  if (name === '' || name.length - (name.match(/\./g)?.length ?? 0) > 255) return false;
  return DNS_NAME.test(name);
}

/** A certificate pair's key, as decoded (base64 text, '' when empty). */
function pairKey(v: unknown): string {
  return asStr(asObj(v)?.key);
}

export function checkV1alpha1(ctx: KindContext, doc: ConfigDocument): void {
  const body = doc.body as Obj;
  const machine = asObj(body.machine);
  const at = (rule: string, message: string, segs: Seg[] = [], severity: 'error' | 'warning' = 'error') =>
    ctx.add(rule, severity, message, doc, segs);
  if (!machine) {
    at('talos/machine-required', 'machine instructions are required');
    return;
  }
  const cluster = asObj(body.cluster);
  const cp = ctx.isControlPlane;

  if (asList(machine.files).length > 0 && ctx.since('1.14')) {
    at(
      'talos/deprecated-config',
      '.machine.files is deprecated; use dedicated configuration documents instead',
      ['machine', 'files'],
      'warning',
    );
  }
  if (Object.keys(asObj(machine.baseRuntimeSpecOverrides) ?? {}).length > 0 && ctx.since('1.14')) {
    at(
      'talos/deprecated-config',
      '.machine.baseRuntimeSpecOverrides is deprecated; use a CRIBaseRuntimeSpecConfig document instead',
      ['machine', 'baseRuntimeSpecOverrides'],
      'warning',
    );
  }

  checkCluster(ctx, doc, cluster, cp);
  checkInstall(ctx, doc, machine);

  const features = asObj(machine.features);
  const hostDNS = asObj(features?.hostDNS);
  // from 1.14 the container-mode host DNS requirement is a whole-config rule (src/kinds/validate.ts)
  if (ctx.inContainer && !ctx.since('1.14')) {
    if (hostDNS?.enabled !== true)
      at(
        'talos/host-dns',
        'feature HostDNS should be enabled in container mode (.machine.features.hostDNS.enabled)',
        ['machine', 'features', 'hostDNS'],
      );
    if (hostDNS?.forwardKubeDNSToHost !== true)
      at(
        'talos/host-dns',
        'feature HostDNS should forward kube-dns to host in container mode (.machine.features.hostDNS.forwardKubeDNSToHost)',
        ['machine', 'features', 'hostDNS'],
      );
  }
  if (ctx.since('1.13') && hostDNS?.forwardKubeDNSToHost === true && hostDNS.enabled !== true) {
    at(
      'talos/host-dns',
      'feature hostDNS.forwardKubeDNSToHost requires hostDNS.enabled to be true (.machine.features.hostDNS)',
      ['machine', 'features', 'hostDNS'],
    );
  }

  const rawType = machine.type;
  const parsed = parseMachineType(rawType);
  if (parsed.type !== 'unknown' && parsed.canonical !== asStr(rawType)) {
    at(
      'talos/machine-type',
      `use ${JSON.stringify(parsed.canonical)} instead of ${JSON.stringify(asStr(rawType))} for machine type`,
      ['machine', 'type'],
      'warning',
    );
  }

  const ca = machine.ca;
  const accepted = asList(machine.acceptedCAs);
  if (ca === undefined && accepted.length === 0) {
    at(
      'talos/machine-ca',
      'issuing CA or some accepted CAs are required (.machine.ca, machine.acceptedCAs)',
      ['machine', 'ca'],
    );
  }

  switch (parsed.type) {
    case 'init':
    case 'controlplane':
      if (!ctx.since('1.14') || asObj(cluster?.network))
        checkCNI(ctx, doc, asObj(asObj(cluster?.network)?.cni));
      if (ca === undefined) at('talos/machine-ca', 'issuing CA is required (.machine.ca)', ['machine', 'ca']);
      else if (pairKey(ca) === '')
        at('talos/machine-ca', 'issuing CA key is required for controlplane nodes (.machine.ca.key)', [
          'machine',
          'ca',
        ]);
      break;
    case 'worker': {
      const ifaces = asList(asObj(machine.network)?.interfaces);
      ifaces.forEach((d, i) => {
        const dev = asObj(d);
        if (dev?.vip)
          at('talos/controlplane-only', 'virtual (shared) IP is not allowed on non-controlplane nodes', [
            'machine',
            'network',
            'interfaces',
            i,
            'vip',
          ]);
        asList(dev?.vlans).forEach((v, j) => {
          if (asObj(v)?.vip)
            at('talos/controlplane-only', 'virtual (shared) IP is not allowed on non-controlplane nodes', [
              'machine',
              'network',
              'interfaces',
              i,
              'vlans',
              j,
              'vip',
            ]);
        });
      });
      if (ca !== undefined) {
        if (pairKey(ca) !== '')
          at(
            'talos/controlplane-only',
            'issuing Talos API CA key is not allowed on non-controlplane nodes (.machine.ca)',
            ['machine', 'ca'],
          );
        if (asStr(asObj(ca)?.crt) === '' && accepted.length === 0) {
          at(
            'talos/machine-ca',
            'trusted CA certificates are required on non-controlplane nodes (.machine.ca.crt, .machine.acceptedCAs)',
            ['machine', 'ca'],
          );
        }
      }
      if (cluster?.ca !== undefined && pairKey(cluster.ca) !== '') {
        at(
          'talos/controlplane-only',
          'issuing Kubernetes API CA key is not allowed on non-controlplane nodes (.cluster.ca)',
          ['cluster', 'ca'],
        );
      }
      break;
    }
    default:
      at('talos/machine-type', `unknown machine type ${JSON.stringify(asStr(rawType))}`, ['machine', 'type']);
  }

  checkLegacyNetwork(ctx, doc, machine);
  checkKubeSpanLegacy(ctx, doc, machine, cluster);

  asList(machine.disks).forEach((disk, i) => {
    const d = asObj(disk);
    if (!d) {
      at('talos/machine-disks', `machine.disks[${i}] is null`, ['machine', 'disks', i]);
      return;
    }
    const parts = asList(d.partitions);
    parts.forEach((p, j) => {
      if (!asObj(p)?.size && j !== parts.length - 1) {
        at(
          'talos/machine-disks',
          `partition for disk ${JSON.stringify(asStr(d.device))} is set to occupy full disk, but it's not the last partition in the list`,
          ['machine', 'disks', i, 'partitions', j],
        );
      }
    });
  });

  const kubelet = asObj(machine.kubelet);
  if (kubelet) {
    asList(asObj(kubelet.nodeIP)?.validSubnets).forEach((s, i) => {
      const cidr = asStr(s).replace(/^!/, '');
      if (!isSubnetOrAddress(cidr))
        at('talos/kubelet', `kubelet nodeIP subnet is not valid: ${JSON.stringify(cidr)}`, [
          'machine',
          'kubelet',
          'nodeIP',
          'validSubnets',
          i,
        ]);
    });
    const extra = asObj(kubelet.extraConfig) ?? {};
    for (const f of kubeletProtectedFields(ctx.contract)) {
      if (f in extra)
        at('talos/kubelet', `kubelet configuration field ${JSON.stringify(f)} can't be overridden`, [
          'machine',
          'kubelet',
          'extraConfig',
          f,
        ]);
    }
  }

  const sde = asObj(machine.systemDiskEncryption);
  for (const label of ['ephemeral', 'state'] as const) {
    const enc = asObj(sde?.[label]);
    if (!enc) continue;
    const name = label.toUpperCase();
    const segs = ['machine', 'systemDiskEncryption', label];
    const keys = asList(enc.keys);
    if (keys.length === 0)
      at('talos/disk-encryption', `partition ${JSON.stringify(name)}: no encryption keys provided`, segs);
    const slots = new Set<number>();
    keys.forEach((k, i) => {
      const key = asObj(k) ?? {};
      const slot = Number(key.slot ?? 0);
      if (slots.has(slot))
        at(
          'talos/disk-encryption',
          `partition ${JSON.stringify(name)}: encryption key slot ${slot} is already in use`,
          [...segs, 'keys', i],
        );
      slots.add(slot);
      if (!key.nodeID && !key.static && !key.kms && !key.tpm) {
        at(
          'talos/disk-encryption',
          `partition ${JSON.stringify(name)}: encryption key at slot ${slot} doesn't have the configuration parameters`,
          [...segs, 'keys', i],
        );
      }
    });
  }

  asList(asObj(machine.logging)?.destinations).forEach((d, i) => {
    const dest = asObj(d) ?? {};
    const segs = ['machine', 'logging', 'destinations', i];
    const u = dest.endpoint as GoURL | undefined;
    if (!u) at('talos/logging', 'empty logging endpoint', segs);
    else {
      if (u.host === '') at('talos/logging', "empty logging endpoint's host", [...segs, 'endpoint']);
      if (u.scheme !== 'tcp' && u.scheme !== 'udp')
        at('talos/logging', `unexpected logging endpoint scheme ${JSON.stringify(u.scheme)}`, [
          ...segs,
          'endpoint',
        ]);
    }
    if (asStr(dest.format) !== 'json_lines')
      at('talos/logging', `unknown logging format ${JSON.stringify(asStr(dest.format))}`, [
        ...segs,
        'format',
      ]);
  });

  const install = asObj(machine.install);
  if (install) {
    const seen = new Set<string>();
    asList(install.extensions).forEach((e, i) => {
      const image = asStr(asObj(e)?.image);
      if (seen.has(image))
        at('talos/install', `duplicate system extension ${JSON.stringify(image)}`, [
          'machine',
          'install',
          'extensions',
          i,
        ]);
      seen.add(image);
    });
    if (seen.size > 0) {
      at(
        'talos/install',
        '.machine.install.extensions is deprecated: build an installer image with the extensions instead (Image Factory)',
        ['machine', 'install', 'extensions'],
        'warning',
      );
    }
  }

  for (const [field, check, what] of [
    ['nodeLabels', labelErrors, 'labels'],
    ['nodeAnnotations', annotationErrors, 'annotations'],
    ['nodeTaints', taintErrors, 'taints'],
  ] as const) {
    for (const e of check(asObj(machine[field]) ?? {})) {
      at(
        'talos/node-labels',
        `invalid machine node ${what}: ${e.message}`,
        e.key ? ['machine', field, e.key] : ['machine', field],
      );
    }
  }

  const access = asObj(features?.kubernetesTalosAPIAccess);
  if (access?.enabled === true)
    checkTalosAPIAccess(ctx, doc, access, ['machine', 'features', 'kubernetesTalosAPIAccess'], features);

  const sort = asStr(features?.nodeAddressSortAlgorithm);
  if (sort !== '' && !SORT_ALGORITHMS.includes(sort.toLowerCase())) {
    at(
      'talos/address-sort',
      `invalid node address sort algorithm: ${sort} does not belong to AddressSortAlgorithm values`,
      ['machine', 'features', 'nodeAddressSortAlgorithm'],
    );
  }

  if (body.persist === false) at('talos/persist', '.persist should be enabled', ['persist']);

  const registries = asObj(machine.registries);
  for (const section of ['config', 'mirrors'] as const) {
    for (const [k, v] of Object.entries(asObj(registries?.[section]) ?? {})) {
      if (v === null)
        at('talos/registries', `registries.${section}[${JSON.stringify(k)}] is null`, [
          'machine',
          'registries',
          section,
          k,
        ]);
    }
  }
}

export function checkTalosAPIAccess(
  ctx: KindContext,
  doc: ConfigDocument,
  access: Obj,
  segs: Seg[],
  features?: Obj,
): void {
  if (!ctx.isControlPlane) {
    ctx.error(
      'talos/controlplane-only',
      'feature Kubernetes Talos API Access can only be enabled on control plane machines',
      doc,
      segs,
    );
  }
  if (!ctx.since('1.12') && features?.rbac !== true) {
    ctx.error(
      'talos/talos-api-access',
      'feature API RBAC should be enabled when Kubernetes Talos API Access feature is enabled',
      doc,
      segs,
    );
  }
  const roles = talosRoles(ctx.contract);
  asList(access.allowedRoles).forEach((r, i) => {
    if (!roles.includes(asStr(r))) {
      ctx.error(
        'talos/talos-api-access',
        `invalid role ${JSON.stringify(asStr(r))} in allowed roles for Kubernetes Talos API Access`,
        doc,
        [...segs, 'allowedRoles', i],
      );
    }
  });
}

function checkCluster(ctx: KindContext, doc: ConfigDocument, cluster: Obj | undefined, cp: boolean): void {
  const at = (rule: string, message: string, segs: Seg[]) => ctx.error(rule, message, doc, segs);
  if (!cluster) {
    at('talos/cluster-required', 'cluster instructions are required', []);
    return;
  }
  const controlPlane = asObj(cluster.controlPlane);
  if (controlPlane || !ctx.since('1.14')) {
    const endpoint = controlPlane?.endpoint as GoURL | undefined;
    if (!endpoint) {
      at('talos/controlplane-endpoint', 'cluster controlplane endpoint is required', [
        'cluster',
        'controlPlane',
      ]);
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
  if (dnsDomain !== '' && !isValidDNSName(dnsDomain)) {
    at('talos/dns-domain', `${JSON.stringify(dnsDomain)} is not a valid DNS name`, [
      'cluster',
      'network',
      'dnsDomain',
    ]);
  }
  const ecp = asObj(cluster.externalCloudProvider);
  if (ecp) {
    const manifests = asList(ecp.manifests);
    if (ecp.enabled !== true && manifests.length > 0) {
      at('talos/external-cloud-provider', 'external cloud provider is disabled, but manifests are provided', [
        'cluster',
        'externalCloudProvider',
      ]);
    } else {
      manifests.forEach((m, i) => {
        const e = endpointURIError(asStr(m));
        if (e)
          at(
            'talos/external-cloud-provider',
            `invalid external cloud provider manifest url ${JSON.stringify(asStr(m))}: ${e}`,
            ['cluster', 'externalCloudProvider', 'manifests', i],
          );
      });
    }
  }
  const etcd = asObj(cluster.etcd);
  if (etcd) {
    if (!cp)
      at('talos/controlplane-only', 'etcd config is only allowed on control plane machines', [
        'cluster',
        'etcd',
      ]);
    else {
      if (etcd.ca === undefined)
        at('talos/etcd', 'key/cert combination should not be empty', ['cluster', 'etcd', 'ca']);
      const advertised = asList(etcd.advertisedSubnets);
      if (asStr(etcd.subnet) !== '' && advertised.length > 0) {
        at('talos/etcd', "etcd subnet can't be set when advertised subnets are set", [
          'cluster',
          'etcd',
          'subnet',
        ]);
      }
      const adv = advertised.length > 0 ? advertised : asStr(etcd.subnet) !== '' ? [etcd.subnet] : [];
      adv.forEach((s, i) => {
        const cidr = asStr(s).replace(/^!/, '');
        if (!isSubnetOrAddress(cidr))
          at('talos/etcd', `etcd advertised subnet is not valid: ${JSON.stringify(cidr)}`, [
            'cluster',
            'etcd',
            advertised.length > 0 ? 'advertisedSubnets' : 'subnet',
            ...(advertised.length > 0 ? [i] : []),
          ]);
      });
      asList(etcd.listenSubnets).forEach((s, i) => {
        const cidr = asStr(s).replace(/^!/, '');
        if (!isSubnetOrAddress(cidr))
          at('talos/etcd', `etcd listen subnet is not valid: ${JSON.stringify(cidr)}`, [
            'cluster',
            'etcd',
            'listenSubnets',
            i,
          ]);
      });
    }
  }
  if (cluster.ca !== undefined && !cp && pairKey(cluster.ca) !== '') {
    at('talos/controlplane-only', 'cluster CA key is not allowed on non-controlplane nodes (.cluster.ca)', [
      'cluster',
      'ca',
    ]);
  }
  const names = new Set<string>();
  asList(cluster.inlineManifests).forEach((m, i) => {
    const name = asStr(asObj(m)?.name);
    if (name.trim() === '')
      at('talos/inline-manifests', "inline manifest name can't be empty", ['cluster', 'inlineManifests', i]);
    if (names.has(name))
      at('talos/inline-manifests', `inline manifest name ${JSON.stringify(name)} is duplicate`, [
        'cluster',
        'inlineManifests',
        i,
        'name',
      ]);
    names.add(name);
  });
  const discovery = asObj(cluster.discovery);
  if (discovery?.enabled === true) {
    const service = asObj(asObj(discovery.registries)?.service);
    if (service?.disabled !== true) {
      const endpoint = asStr(service?.endpoint) || 'https://discovery.talos.dev/';
      const m = endpoint.match(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/);
      if (!m)
        at(
          'talos/discovery',
          `cluster discovery service registry endpoint is invalid: parse ${JSON.stringify(endpoint)}: invalid URI for request`,
          ['cluster', 'discovery', 'registries', 'service', 'endpoint'],
        );
      else if (m[1] !== '' && m[1] !== '/')
        at('talos/discovery', 'cluster discovery service path should be empty', [
          'cluster',
          'discovery',
          'registries',
          'service',
          'endpoint',
        ]);
      if (asStr(cluster.id) === '')
        at('talos/discovery', 'cluster discovery service requires .cluster.id', ['cluster', 'discovery']);
      if (asStr(cluster.secret) === '')
        at('talos/discovery', 'cluster discovery service requires .cluster.secret', ['cluster', 'discovery']);
    }
  }
  const apiServer = asObj(cluster.apiServer);
  if (apiServer) {
    const authz = asList(apiServer.authorizationConfig);
    if (authz.length > 0) {
      for (const k of Object.keys(asObj(apiServer.extraArgs) ?? {})) {
        if (k === 'authorization-mode') {
          at(
            'talos/kubernetes-components',
            'authorization-mode cannot be used in conjunction with AuthorizationConfig, use either AuthorizationConfig or authorization-mode',
            ['cluster', 'apiServer', 'extraArgs', k],
          );
        } else if (k.startsWith('authorization-webhook-')) {
          at(
            'talos/kubernetes-components',
            'authorization-webhook-* flags cannot be used in conjunction with AuthorizationConfig, use either AuthorizationConfig or authorization-webhook-* flags',
            ['cluster', 'apiServer', 'extraArgs', k],
          );
        }
      }
    }
    authz.forEach((a, i) => {
      const z = asObj(a) ?? {};
      const segs = ['cluster', 'apiServer', 'authorizationConfig', i];
      const prefix = 'apiserver authorization config validation failed: ';
      if (asStr(z.type) === '')
        at('talos/kubernetes-components', `${prefix}authorizer type must be set`, segs);
      else if (asStr(z.name) === '')
        at('talos/kubernetes-components', `${prefix}authorizer name must be set`, segs);
      else if (!AUTHORIZER_TYPES.includes(asStr(z.type))) {
        at(
          'talos/kubernetes-components',
          `${prefix}authorizer type ${asStr(z.type)} is not allowed, allowed types are [${AUTHORIZER_TYPES.join(' ')}]`,
          [...segs, 'type'],
        );
      }
    });
  }
  for (const [component, label] of [
    ['apiServer', 'apiserver'],
    ['controllerManager', 'controller-manager'],
    ['scheduler', 'scheduler'],
  ] as const) {
    const res = asObj(asObj(cluster[component])?.resources);
    for (const part of ['requests', 'limits'] as const) {
      for (const key of Object.keys(asObj(res?.[part]) ?? {})) {
        if (key !== 'cpu' && key !== 'memory') {
          at(
            'talos/kubernetes-components',
            `${label} resource validation failed: unsupported pod resource ${JSON.stringify(key)}`,
            ['cluster', component, 'resources', part, key],
          );
        }
      }
    }
  }
}

function checkInstall(ctx: KindContext, doc: ConfigDocument, machine: Obj): void {
  // cloud and container modes install nothing, so Talos checks no install settings there
  if (!ctx.requiresInstall) return;
  const install = asObj(machine.install);
  if (!install) {
    if (!ctx.since('1.14'))
      ctx.error(
        'talos/install',
        `install instructions are required in ${JSON.stringify(ctx.mode)} mode`,
        doc,
        ['machine'],
      );
    return;
  }
  const selector = asObj(install.diskSelector);
  let selectorValid = selector !== undefined;
  if (selector) {
    if (asStr(selector.name) !== '') {
      ctx.error('talos/install', 'install disk selector is invalid: selector on name is not supported', doc, [
        'machine',
        'install',
        'diskSelector',
        'name',
      ]);
      selectorValid = false;
    } else if (asStr(selector.type) !== '' && !INSTALL_DISK_TYPES.includes(asStr(selector.type))) {
      ctx.error(
        'talos/install',
        `install disk selector is invalid: unsupported disk type ${JSON.stringify(asStr(selector.type))}`,
        doc,
        ['machine', 'install', 'diskSelector', 'type'],
      );
      selectorValid = false;
    }
    const size = asStr(selector.size).replace(/^(>=|<=|>|<|==)\s*/, '');
    if (size !== '' && parseBytes(size) === undefined) selectorValid = false;
  }
  if (asStr(install.disk) === '' && !selectorValid) {
    ctx.error('talos/install', 'either install disk or diskSelector should be defined', doc, [
      'machine',
      'install',
    ]);
  }
  if (asList(install.extraKernelArgs).length > 0 && install.grubUseUKICmdline === true) {
    ctx.error(
      'talos/install',
      "install.extraKernelArgs and install.grubUseUKICmdline can't be used together",
      doc,
      ['machine', 'install', 'grubUseUKICmdline'],
    );
  }
}

function checkCNI(ctx: KindContext, doc: ConfigDocument, cni: Obj | undefined): void {
  const segs = ['cluster', 'network', 'cni'];
  const name = asStr(cni?.name) || 'flannel';
  const urls = asList(cni?.urls);
  const flannel = asObj(cni?.flannel);
  const flannelArgs = asList(flannel?.extraArgs);
  const policies = flannel?.kubeNetworkPoliciesEnabled === true;
  const err = (m: string, s: Seg[] = segs) => ctx.error('talos/cni', m, doc, s);
  switch (name) {
    case 'flannel':
      if (urls.length > 0) err(`"urls" field should be empty for "flannel" CNI`, [...segs, 'urls']);
      break;
    case 'none':
    case 'custom':
      if (name === 'none' && urls.length > 0)
        err(`"urls" field should be empty for "none" CNI`, [...segs, 'urls']);
      if (name === 'custom' && urls.length === 0)
        ctx.warn('talos/cni', `"urls" field should not be empty for "custom" CNI`, doc, segs);
      if (flannelArgs.length > 0)
        err(`"flanneldExtraArgs" field should be empty for ${JSON.stringify(name)} CNI`, [
          ...segs,
          'flannel',
          'extraArgs',
        ]);
      if (policies && ctx.since('1.13'))
        err(`"flannelKubeNetworkPoliciesEnabled" should not be enabled for ${JSON.stringify(name)} CNI`, [
          ...segs,
          'flannel',
        ]);
      if (name === 'custom') {
        urls.forEach((u, i) => {
          const e = endpointURIError(asStr(u));
          if (e) err(e, [...segs, 'urls', i]);
        });
      }
      break;
    default:
      err('cni name should be one of ["flannel", "custom", "none"]', [...segs, 'name']);
  }
}

function checkKubeSpanLegacy(
  ctx: KindContext,
  doc: ConfigDocument,
  machine: Obj,
  cluster: Obj | undefined,
): void {
  const ks = asObj(asObj(machine.network)?.kubespan);
  if (ks?.enabled !== true) return;
  const segs = ['machine', 'network', 'kubespan'];
  const mtu = ks.mtu as number | undefined;
  if (mtu !== undefined && mtu < KUBESPAN_MIN_MTU)
    ctx.error('talos/kubespan', `kubespan link MTU must be at least ${KUBESPAN_MIN_MTU}`, doc, [
      ...segs,
      'mtu',
    ]);
  if (!ctx.since('1.14')) {
    if (asObj(cluster?.discovery)?.enabled !== true)
      ctx.error(
        'talos/kubespan',
        '.cluster.discovery should be enabled when .machine.network.kubespan is enabled',
        doc,
        segs,
      );
    if (asStr(cluster?.id) === '')
      ctx.error(
        'talos/kubespan',
        '.cluster.id should be set when .machine.network.kubespan is enabled',
        doc,
        segs,
      );
    if (asStr(cluster?.secret) === '')
      ctx.error(
        'talos/kubespan',
        '.cluster.secret should be set when .machine.network.kubespan is enabled',
        doc,
        segs,
      );
  }
  const filters = asObj(ks.filters);
  asList(filters?.endpoints).forEach((e, i) => {
    const cidr = asStr(e).replace(/^!/, '');
    if (!isSubnetOrAddress(cidr))
      ctx.error('talos/kubespan', `KubeSpan endpoint filter is not valid: ${JSON.stringify(cidr)}`, doc, [
        ...segs,
        'filters',
        'endpoints',
        i,
      ]);
  });
  if (ctx.since('1.12')) {
    asList(filters?.excludeAdvertisedNetworks).forEach((e, i) => {
      if (!isGoCIDR(asStr(e)))
        ctx.error(
          'talos/kubespan',
          `KubeSpan exclude advertised networks filter is not valid: ${JSON.stringify(asStr(e))}`,
          doc,
          [...segs, 'filters', 'excludeAdvertisedNetworks', i],
        );
    });
  }
}
