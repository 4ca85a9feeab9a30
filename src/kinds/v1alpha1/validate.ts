/**
 * Talos's `Config.Validate(mode, opts)` of the legacy v1alpha1 document, per contract where the
 * behaviour changed, in Talos's order. The cluster section is `validate-cluster.ts`, the legacy network
 * devices and KubeSpan `validate-network.ts`. Messages follow Talos's wording; where Talos would print a
 * secret value, the message names the field instead.
 */
import type { ConfigDocument } from '../../config/document.js';
import { kubeletProtectedFields, talosRoles } from '../../validate/facts.js';
import type { Seg } from '../../validate/paths.js';
import { type KindContext, parseMachineType } from '../context.js';
import { ociSpecError } from '../cri/oci-runtime-spec.js';
import { annotationErrors, labelErrors, taintErrors } from '../shared/k8s-names.js';
import { isSubnetOrAddress } from '../shared/net.js';
import { asList, asObj, asStr, type Obj } from '../values.js';
import { checkCluster, checkCNI, isSet, pairKey } from './validate-cluster.js';
import { checkKubernetesVersions } from './validate-kubernetes-versions.js';
import { checkKubeSpanLegacy, checkLegacyNetwork } from './validate-network.js';

const q = JSON.stringify;
const SORT_ALGORITHMS = ['v1', 'v2'];
const INSTALL_DISK_TYPES = ['nvme', 'sd', 'hdd', 'ssd'];

/** Talos's deprecation notice for install-time extensions (its link moved with 1.13). */
function extensionsDeprecated(ctx: KindContext): string {
  return ctx.since('1.13')
    ? '.machine.install.extensions is deprecated, please see https://docs.siderolabs.com/talos/latest/platform-specific-installations/boot-assets'
    : '.machine.install.extensions is deprecated, please see https://www.talos.dev/latest/talos-guides/install/boot-assets/';
}

export function checkV1alpha1(ctx: KindContext, doc: ConfigDocument): void {
  const body = doc.body as Obj;
  const at = (rule: string, message: string, segs: Seg[] = []) => ctx.error(rule, message, doc, segs);
  const warn = (rule: string, message: string, segs: Seg[] = []) => ctx.warn(rule, message, doc, segs);
  const machine = asObj(body.machine);
  if (!machine) {
    at('talos/machine-required', 'machine instructions are required');
    return;
  }
  const cluster = asObj(body.cluster);
  const features = asObj(machine.features);

  if (ctx.since('1.14')) {
    if (asList(machine.files).length > 0)
      warn(
        'talos/deprecated-config',
        '.machine.files is deprecated; use dedicated configuration documents instead',
        ['machine', 'files'],
      );
    if (Object.keys(asObj(machine.baseRuntimeSpecOverrides) ?? {}).length > 0)
      warn(
        'talos/deprecated-config',
        '.machine.baseRuntimeSpecOverrides is deprecated; use a CRIBaseRuntimeSpecConfig document instead',
        ['machine', 'baseRuntimeSpecOverrides'],
      );
  }

  checkCluster(ctx, doc, cluster);
  checkInstall(ctx, doc, machine);
  checkHostDNS(ctx, doc, asObj(features?.hostDNS));

  const rawType = machine.type;
  const parsed = parseMachineType(rawType);
  if (parsed.type !== 'unknown' && parsed.canonical !== asStr(rawType))
    warn(
      'talos/machine-type',
      `use ${q(parsed.canonical)} instead of ${q(asStr(rawType))} for machine type`,
      ['machine', 'type'],
    );

  const ca = machine.ca;
  const accepted = asList(machine.acceptedCAs);
  if (!isSet(ca) && accepted.length === 0)
    at(
      'talos/machine-ca',
      'issuing CA or some accepted CAs are required (.machine.ca, machine.acceptedCAs)',
      ['machine', 'ca'],
    );

  switch (parsed.type) {
    case 'init':
    case 'controlplane':
      // 1.14 checks the CNI only where the config has a cluster network section
      if (!ctx.since('1.14') || asObj(cluster?.network)) checkCNI(ctx, doc, asObj(cluster?.network));
      if (!isSet(ca)) at('talos/machine-ca', 'issuing CA is required (.machine.ca)', ['machine', 'ca']);
      else if (pairKey(ca) === '')
        at('talos/machine-ca', 'issuing CA key is required for controlplane nodes (.machine.ca.key)', [
          'machine',
          'ca',
        ]);
      break;
    case 'worker':
      checkWorker(ctx, doc, machine, cluster);
      break;
    default:
      at('talos/machine-type', `unknown machine type ${q(asStr(rawType))}`, ['machine', 'type']);
  }

  checkLegacyNetwork(ctx, doc, machine);
  checkDisks(ctx, doc, asList(machine.disks));
  if (isSet(machine.kubelet)) checkKubelet(ctx, doc, asObj(machine.kubelet) ?? {});
  checkSystemDiskEncryption(ctx, doc, asObj(machine.systemDiskEncryption));
  checkKubeSpanLegacy(ctx, doc, machine, cluster);
  checkLogging(ctx, doc, asObj(machine.logging));
  checkExtensions(ctx, doc, asObj(machine.install));

  for (const [field, check, what] of [
    ['nodeLabels', labelErrors, 'labels'],
    ['nodeAnnotations', annotationErrors, 'annotations'],
    ['nodeTaints', taintErrors, 'taints'],
  ] as const) {
    for (const e of check(asObj(machine[field]) ?? {}))
      at(
        'talos/node-labels',
        `invalid machine node ${what}: ${e.message}`,
        e.key ? ['machine', field, e.key] : ['machine', field],
      );
  }

  const access = asObj(features?.kubernetesTalosAPIAccess);
  if (access?.enabled === true)
    checkTalosAPIAccess(ctx, doc, access, ['machine', 'features', 'kubernetesTalosAPIAccess'], features);

  const sort = asStr(features?.nodeAddressSortAlgorithm);
  if (sort !== '' && !SORT_ALGORITHMS.includes(sort.toLowerCase()))
    at(
      'talos/address-sort',
      `invalid node address sort algorithm: ${sort} does not belong to AddressSortAlgorithm values`,
      ['machine', 'features', 'nodeAddressSortAlgorithm'],
    );

  if (body.persist === false) at('talos/persist', '.persist should be enabled', ['persist']);

  // Talos round-trips the overrides through JSON into the OCI runtime spec's Go types
  const overrides = asObj(machine.baseRuntimeSpecOverrides);
  if (overrides && Object.keys(overrides).length > 0) {
    const err = ociSpecError(overrides);
    if (err)
      at('talos/runtime-spec', `failed to unmarshal base runtime spec overrides: ${err}`, [
        'machine',
        'baseRuntimeSpecOverrides',
      ]);
  }

  const registries = asObj(machine.registries);
  for (const section of ['config', 'mirrors'] as const) {
    for (const [k, v] of Object.entries(asObj(registries?.[section]) ?? {})) {
      if (v === null)
        at('talos/registries', `registries.${section}[${q(k)}] is null`, [
          'machine',
          'registries',
          section,
          k,
        ]);
    }
  }

  checkKubernetesVersions(ctx, doc);
}

/** Talos's `RequiresInstall` checks; from 1.14 `.machine.install` is optional (UnattendedInstallConfig replaces it). */
function checkInstall(ctx: KindContext, doc: ConfigDocument, machine: Obj): void {
  if (!ctx.requiresInstall) return;
  const segs = ['machine', 'install'];
  if (!isSet(machine.install)) {
    if (!ctx.since('1.14'))
      ctx.error('talos/install', `install instructions are required in ${q(ctx.mode)} mode`, doc, segs);
    return;
  }
  const install = asObj(machine.install) ?? {};
  const selector = asObj(install.diskSelector);
  // Talos's DiskMatchExpression: a selector is a match expression unless it names a disk or an unknown type
  let matcher = isSet(install.diskSelector);
  if (selector) {
    if (asStr(selector.name) !== '') {
      ctx.error('talos/install', 'install disk selector is invalid: selector on name is not supported', doc, [
        ...segs,
        'diskSelector',
        'name',
      ]);
      matcher = false;
    } else if (asStr(selector.type) !== '' && !INSTALL_DISK_TYPES.includes(asStr(selector.type))) {
      ctx.error(
        'talos/install',
        `install disk selector is invalid: unsupported disk type ${q(asStr(selector.type))}`,
        doc,
        [...segs, 'diskSelector', 'type'],
      );
      matcher = false;
    }
  }
  if (asStr(install.disk) === '' && !matcher)
    ctx.error('talos/install', 'either install disk or diskSelector should be defined', doc, segs);
  if (ctx.since('1.12') && asList(install.extraKernelArgs).length > 0 && install.grubUseUKICmdline === true)
    ctx.error(
      'talos/install',
      "install.extraKernelArgs and install.grubUseUKICmdline can't be used together",
      doc,
      [...segs, 'grubUseUKICmdline'],
    );
}

function checkHostDNS(ctx: KindContext, doc: ConfigDocument, hostDNS: Obj | undefined): void {
  const segs = ['machine', 'features', 'hostDNS'];
  // from 1.14 the container-mode requirement is a whole-config rule (src/kinds/validate.ts)
  if (ctx.inContainer && !ctx.since('1.14')) {
    if (hostDNS?.enabled !== true)
      ctx.error(
        'talos/host-dns',
        'feature HostDNS should be enabled in container mode (.machine.features.hostDNS.enabled)',
        doc,
        segs,
      );
    if (hostDNS?.forwardKubeDNSToHost !== true)
      ctx.error(
        'talos/host-dns',
        'feature HostDNS should forward kube-dns to host in container mode (.machine.features.hostDNS.forwardKubeDNSToHost)',
        doc,
        segs,
      );
  }
  if (ctx.since('1.13') && hostDNS?.forwardKubeDNSToHost === true && hostDNS.enabled !== true)
    ctx.error(
      'talos/host-dns',
      'feature hostDNS.forwardKubeDNSToHost requires hostDNS.enabled to be true (.machine.features.hostDNS)',
      doc,
      segs,
    );
}

function checkWorker(ctx: KindContext, doc: ConfigDocument, machine: Obj, cluster: Obj | undefined): void {
  const vipError = 'virtual (shared) IP is not allowed on non-controlplane nodes';
  asList(asObj(machine.network)?.interfaces).forEach((d, i) => {
    const dev = asObj(d);
    const base = ['machine', 'network', 'interfaces', i];
    if (isSet(dev?.vip)) ctx.error('talos/controlplane-only', vipError, doc, [...base, 'vip']);
    asList(dev?.vlans).forEach((v, j) => {
      if (isSet(asObj(v)?.vip))
        ctx.error('talos/controlplane-only', vipError, doc, [...base, 'vlans', j, 'vip']);
    });
  });
  const ca = machine.ca;
  if (isSet(ca)) {
    if (pairKey(ca) !== '')
      ctx.error(
        'talos/controlplane-only',
        'issuing Talos API CA key is not allowed on non-controlplane nodes (.machine.ca)',
        doc,
        ['machine', 'ca'],
      );
    if (asStr(asObj(ca)?.crt) === '' && asList(machine.acceptedCAs).length === 0)
      ctx.error(
        'talos/machine-ca',
        'trusted CA certificates are required on non-controlplane nodes (.machine.ca.crt, .machine.acceptedCAs)',
        doc,
        ['machine', 'ca'],
      );
  }
  if (isSet(cluster?.ca) && pairKey(cluster?.ca) !== '')
    ctx.error(
      'talos/controlplane-only',
      'issuing Kubernetes API CA key is not allowed on non-controlplane nodes (.cluster.ca)',
      doc,
      ['cluster', 'ca'],
    );
}

function checkDisks(ctx: KindContext, doc: ConfigDocument, disks: unknown[]): void {
  disks.forEach((disk, i) => {
    const d = asObj(disk);
    if (!d) {
      ctx.error('talos/machine-disks', `machine.disks[${i}] is null`, doc, ['machine', 'disks', i]);
      return;
    }
    const parts = asList(d.partitions);
    parts.forEach((p, j) => {
      if (!asObj(p)?.size && j !== parts.length - 1)
        ctx.error(
          'talos/machine-disks',
          `partition for disk ${q(asStr(d.device))} is set to occupy full disk, but it's not the last partition in the list`,
          doc,
          ['machine', 'disks', i, 'partitions', j],
        );
    });
  });
}

function checkKubelet(ctx: KindContext, doc: ConfigDocument, kubelet: Obj): void {
  const segs = ['machine', 'kubelet'];
  asList(asObj(kubelet.nodeIP)?.validSubnets).forEach((s, i) => {
    const cidr = asStr(s).replace(/^!/, '');
    if (!isSubnetOrAddress(cidr))
      ctx.error('talos/kubelet', `kubelet nodeIP subnet is not valid: ${q(cidr)}`, doc, [
        ...segs,
        'nodeIP',
        'validSubnets',
        i,
      ]);
  });
  const extra = asObj(kubelet.extraConfig) ?? {};
  for (const f of kubeletProtectedFields(ctx.contract)) {
    if (f in extra)
      ctx.error('talos/kubelet', `kubelet configuration field ${q(f)} can't be overridden`, doc, [
        ...segs,
        'extraConfig',
        f,
      ]);
  }
}

function checkSystemDiskEncryption(ctx: KindContext, doc: ConfigDocument, sde: Obj | undefined): void {
  for (const label of ['ephemeral', 'state'] as const) {
    if (!isSet(sde?.[label])) continue;
    const enc = asObj(sde?.[label]) ?? {};
    const name = label.toUpperCase();
    const segs = ['machine', 'systemDiskEncryption', label];
    const err = (m: string, s: Seg[] = segs) =>
      ctx.error('talos/disk-encryption', `partition ${q(name)}: ${m}`, doc, s);
    const keys = asList(enc.keys);
    if (keys.length === 0) err('no encryption keys provided');
    const slots = new Set<number>();
    keys.forEach((k, i) => {
      const key = asObj(k) ?? {};
      const slot = Number(key.slot ?? 0);
      if (slots.has(slot)) err(`encryption key slot ${slot} is already in use`, [...segs, 'keys', i, 'slot']);
      slots.add(slot);
      if (!isSet(key.nodeID) && !isSet(key.static) && !isSet(key.kms) && !isSet(key.tpm))
        err(`encryption key at slot ${slot} doesn't have the configuration parameters`, [...segs, 'keys', i]);
    });
  }
}

/** Talos's LoggingConfig.Validate; the endpoint is a URL value as decoded. */
function checkLogging(ctx: KindContext, doc: ConfigDocument, logging: Obj | undefined): void {
  asList(logging?.destinations).forEach((d, i) => {
    const dest = asObj(d) ?? {};
    const segs = ['machine', 'logging', 'destinations', i];
    const err = (m: string, s: Seg[]) => ctx.error('talos/logging', m, doc, s);
    const u = asObj(dest.endpoint);
    if (!u) err('empty logging endpoint', segs);
    else {
      if (asStr(u.host) === '') err("empty logging endpoint's host", [...segs, 'endpoint']);
      if (u.scheme !== 'tcp' && u.scheme !== 'udp')
        err(`unexpected logging endpoint scheme ${q(asStr(u.scheme))}`, [...segs, 'endpoint']);
    }
    if (asStr(dest.format) !== 'json_lines')
      err(`unknown logging format ${q(asStr(dest.format))}`, [...segs, 'format']);
  });
}

function checkExtensions(ctx: KindContext, doc: ConfigDocument, install: Obj | undefined): void {
  if (!install) return;
  const seen = new Set<string>();
  const segs = ['machine', 'install', 'extensions'];
  asList(install.extensions).forEach((e, i) => {
    const image = asStr(asObj(e)?.image);
    if (seen.has(image))
      ctx.error('talos/install', `duplicate system extension ${q(image)}`, doc, [...segs, i]);
    seen.add(image);
  });
  if (seen.size > 0) ctx.warn('talos/install', extensionsDeprecated(ctx), doc, segs);
}

/** Talos's Kubernetes Talos API access checks (v1alpha1 feature, and the KubeTalosAPIAccessConfig kind). */
export function checkTalosAPIAccess(
  ctx: KindContext,
  doc: ConfigDocument,
  access: Obj,
  segs: Seg[],
  features?: Obj,
): void {
  if (!ctx.isControlPlane)
    ctx.error(
      'talos/controlplane-only',
      'feature Kubernetes Talos API Access can only be enabled on control plane machines',
      doc,
      segs,
    );
  if (!ctx.since('1.12') && features?.rbac !== true)
    ctx.error(
      'talos/talos-api-access',
      'feature API RBAC should be enabled when Kubernetes Talos API Access feature is enabled',
      doc,
      segs,
    );
  const roles = talosRoles(ctx.contract);
  asList(access.allowedRoles).forEach((r, i) => {
    if (!roles.includes(asStr(r)))
      ctx.error(
        'talos/talos-api-access',
        `invalid role ${q(asStr(r))} in allowed roles for Kubernetes Talos API Access`,
        doc,
        [...segs, 'allowedRoles', i],
      );
  });
}
