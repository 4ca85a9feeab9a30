/**
 * Talos's own validation of multi-document kinds (each document's Validate method), for the kinds whose
 * rules matter most in practice: links, VLANs, bonds, bridges, layer-2 VIPs, hostname, resolver, time
 * sync, KubeSpan, system volumes and the discovery identity. Errors are prefixed `Kind/name:` as Talos
 * prints them; secret values are never printed.
 */
import type { ConfigDocument } from '../../config/document.js';
import { documentLabel } from '../../config/document.js';
import { parseBytes } from '../../go/humanize.js';
import { normalizeAddr, normalizePrefix } from '../../go/netip.js';
import { talosRoles } from '../facts.js';
import type { Seg } from '../paths.js';
import { asList, asObj, asStr, type Obj, type TalosContext } from './context.js';
import { isGoIP, isSubnetOrAddress, isUnspecified } from './net.js';

type Check = (
  ctx: TalosContext,
  doc: ConfigDocument,
  body: Obj,
  err: (m: string, segs?: Seg[]) => void,
) => void;

const KUBESPAN_MIN_MTU = 1280;

function checkCommonLink(body: Obj, err: (m: string, segs?: Seg[]) => void): void {
  asList(body.addresses).forEach((a, i) => {
    const addr = asStr(asObj(a)?.address);
    if (addr === '') err(`address ${i} must be specified`, ['addresses', i]);
    else if (!normalizePrefix(addr)) err(`address ${i} must be a valid IP prefix`, ['addresses', i]);
    else if (isUnspecified(addr)) err(`address ${i} must be a valid IP address`, ['addresses', i]);
  });
  asList(body.routes).forEach((r, i) => {
    const route = asObj(r) ?? {};
    const dest = asStr(route.destination);
    if (dest !== '' && isUnspecified(dest))
      err(`route ${i} destination must be a valid IP prefix`, ['routes', i, 'destination']);
    const gw = asStr(route.gateway);
    if (gw !== '' && isUnspecified(gw))
      err(`route ${i} gateway must be a valid IP address`, ['routes', i, 'gateway']);
    const src = asStr(route.source);
    if (src !== '' && isUnspecified(src))
      err(`route ${i} source must be a valid IP address`, ['routes', i, 'source']);
  });
}

const nameRequired = (body: Obj, err: (m: string, segs?: Seg[]) => void) => {
  if (asStr(body.name) === '') err('name must be specified', ['name']);
};

function encryptionErrors(enc: Obj | undefined, err: (m: string, segs?: Seg[]) => void): void {
  if (!enc || Object.keys(enc).length === 0) return;
  const provider = asStr(enc.provider).toLowerCase();
  if (provider !== 'luks2')
    err(`unsupported encryption provider: ${asStr(enc.provider) || 'none'}`, ['encryption', 'provider']);
  const keys = asList(enc.keys);
  if (keys.length === 0) err('encryption keys are required', ['encryption']);
  const slots = new Set<number>();
  keys.forEach((k, i) => {
    const key = asObj(k) ?? {};
    const slot = Number(key.slot ?? 0);
    if (slots.has(slot)) err(`duplicate key slot ${slot}`, ['encryption', 'keys', i]);
    slots.add(slot);
    if (!key.static && !key.nodeID && !key.kms && !key.tpm) {
      err(`at least one encryption key type must be specified for slot ${slot}`, ['encryption', 'keys', i]);
    }
    asList(asObj(asObj(key.tpm)?.options)?.pcrs).forEach((p, j) => {
      const pcr = Number(p);
      if (pcr < 0 || pcr > 23)
        err(`TPM PCR ${pcr} is out of range (0-23)`, ['encryption', 'keys', i, 'tpm', 'options', 'pcrs', j]);
    });
  });
}

function volumeNames(ctx: TalosContext): string[] {
  if (!ctx.since('1.11')) return ['EPHEMERAL', 'IMAGECACHE'];
  if (!ctx.since('1.14')) return ['STATE', 'EPHEMERAL', 'IMAGECACHE'];
  return ['STATE', 'EPHEMERAL', 'IMAGECACHE', 'ETCD', 'CRI', 'KUBELET', 'LOG'];
}

function sizeOf(v: unknown): number | undefined {
  const s = typeof v === 'object' && v !== null ? asStr((v as { bytes?: string }).bytes) : asStr(v);
  if (s === '' || s.startsWith('-')) return undefined;
  return parseBytes(s);
}

const CHECKS: Record<string, Check> = {
  LinkConfig(_ctx, _doc, body, err) {
    nameRequired(body, err);
    checkCommonLink(body, err);
  },
  DummyLinkConfig(_ctx, _doc, body, err) {
    nameRequired(body, err);
    checkCommonLink(body, err);
  },
  VLANConfig(_ctx, _doc, body, err) {
    nameRequired(body, err);
    const id = Number(body.vlanID ?? 0);
    if (id === 0 || id > 4094) err('vlanID must be specified and between 1 and 4094', ['vlanID']);
    if (asStr(body.parent) === '') err('parent must be specified', ['parent']);
    const mode = asStr(body.vlanMode).toLowerCase();
    if (mode !== '' && mode !== '802.1q' && mode !== '802.1ad')
      err("vlanMode must be either '802.1q' or '802.1ad'", ['vlanMode']);
    checkCommonLink(body, err);
  },
  BondConfig(ctx, doc, body, err) {
    nameRequired(body, err);
    if (asList(body.links).length === 0) err('at least one link must be specified', ['links']);
    if (body.bondMode === undefined) err('bond mode must be specified', ['bondMode']);
    else if (asStr(body.bondMode).toLowerCase() === '802.3ad') {
      for (const [field, name] of [
        ['miimon', 'miimon'],
        ['updelay', 'updelay'],
        ['downdelay', 'downdelay'],
      ] as const) {
        if (body[field] === undefined)
          ctx.warn(
            'talos/bond-config',
            `${documentLabel(doc)}: ${name} was not specified for 802.3ad bond`,
            doc,
            [],
          );
      }
    }
    checkCommonLink(body, err);
  },
  BridgeConfig(_ctx, _doc, body, err) {
    nameRequired(body, err);
    if (asList(body.links).length === 0) err('at least one link must be specified', ['links']);
    checkCommonLink(body, err);
  },
  Layer2VIPConfig(_ctx, _doc, body, err) {
    const name = asStr(body.name);
    if (name === '') err('name must be specified', ['name']);
    else if (!normalizeAddr(name))
      err(`name must be a valid IP address: ParseAddr(${JSON.stringify(name)}): unable to parse IP`, [
        'name',
      ]);
    if (asStr(body.link) === '') err('link must be specified', ['link']);
  },
  HostnameConfig(_ctx, _doc, body, err) {
    // an absent `auto` reads as Go's zero value of the enum, which is `off`
    const auto = body.auto === undefined ? 'off' : asStr(body.auto).toLowerCase();
    const hostname = asStr(body.hostname);
    if (body.auto === undefined && hostname === '') err("either 'auto' or 'hostname' must be set");
    if (auto !== 'off' && hostname !== '')
      err("'auto' and 'hostname' cannot be set at the same time", ['hostname']);
    if (auto !== 'off' && auto !== 'stable') err(`invalid value for 'auto': ${asStr(body.auto)}`, ['auto']);
    if (hostname !== '') {
      if (hostname.length > 253) err(`fqdn is too long: ${hostname.length}`, ['hostname']);
      const host = hostname.split('.')[0]!;
      if (host.length === 0 || host.length > 63)
        err(`invalid hostname ${JSON.stringify(host)}`, ['hostname']);
    }
  },
  ResolverConfig(ctx, doc, body, err) {
    if (!ctx.since('1.14')) return;
    const hostDNS = asObj(body.hostDNS);
    if (hostDNS && Object.keys(hostDNS).length > 0 && hostDNS.enabled !== true) {
      if (hostDNS.forwardKubeDNSToHost === true)
        err('hostDNS.forwardKubeDNSToHost cannot be enabled when hostDNS.enabled is false', ['hostDNS']);
      if (hostDNS.resolveMemberNames === true)
        err('hostDNS.resolveMemberNames cannot be enabled when hostDNS.enabled is false', ['hostDNS']);
    }
    const servers = asList(body.nameservers);
    let encrypted = 0;
    servers.forEach((n, i) => {
      const ns = asObj(n) ?? {};
      const protocol = asStr(ns.protocol).toLowerCase();
      const tls = asStr(ns.tlsServerName);
      if (protocol === 'dot' || protocol === 'doh') {
        encrypted++;
        if (tls === '')
          err(
            `tlsServerName must be set when protocol is ${protocol === 'dot' ? 'DoT' : 'DoH'}: entry ${i}`,
            ['nameservers', i],
          );
      } else if (protocol === '' || protocol === 'do53') {
        if (tls !== '')
          err(`tlsServerName must be empty when protocol is Do53: entry ${i}`, [
            'nameservers',
            i,
            'tlsServerName',
          ]);
      } else err(`unsupported DNS protocol: entry ${i}`, ['nameservers', i, 'protocol']);
      if (!isGoIP(asStr(ns.address)))
        err(`nameserver address must be a valid IP: entry ${i}`, ['nameservers', i, 'address']);
    });
    if (encrypted > 0 && encrypted === servers.length) {
      ctx.warn(
        'talos/resolver-config',
        `${documentLabel(doc)}: every nameserver uses encrypted DNS (DoT or DoH); certificate checks need a correct clock, so keep a plain-DNS fallback or give NTP servers by IP address`,
        doc,
        ['nameservers'],
      );
    }
  },
  TimeSyncConfig(ctx, _doc, body, err) {
    if (asStr(body.bootTimeout).startsWith('-')) err('bootTimeout cannot be negative', ['bootTimeout']);
    if (body.ntp !== undefined && body.ptp !== undefined)
      err('only one of ntp or ptp configuration can be specified');
    const ntp = asObj(body.ntp);
    if (ctx.since('1.14') && ntp?.useNTS === true) {
      asList(ntp.servers).forEach((s, i) => {
        if (isGoIP(asStr(s)))
          err(`NTS requires hostnames, not IP addresses: ${JSON.stringify(asStr(s))}`, ['ntp', 'servers', i]);
      });
    }
  },
  KubeSpanConfig(_ctx, _doc, body, err) {
    if (body.mtu !== undefined && Number(body.mtu) < KUBESPAN_MIN_MTU)
      err(`kubespan link MTU must be at least ${KUBESPAN_MIN_MTU}`, ['mtu']);
    asList(asObj(body.filters)?.endpoints).forEach((e, i) => {
      const cidr = asStr(e).replace(/^!/, '');
      if (!isSubnetOrAddress(cidr))
        err(`KubeSpan endpoint filter is not valid: ${JSON.stringify(cidr)}`, ['filters', 'endpoints', i]);
    });
  },
  VolumeConfig(ctx, _doc, body, err) {
    const name = asStr(body.name);
    const allowed = volumeNames(ctx);
    if (!allowed.includes(name)) {
      err(`only [${allowed.map((n) => JSON.stringify(n)).join(' ')}] volumes are supported`, ['name']);
      return;
    }
    const provisioning = asObj(body.provisioning) ?? {};
    const encryption = asObj(body.encryption);
    if (name === 'STATE' && ctx.since('1.11')) {
      if (Object.keys(provisioning).length > 0)
        err(`provisioning config is not allowed for the ${JSON.stringify(name)} volume`, ['provisioning']);
      asList(encryption?.keys).forEach((k, i) => {
        if (asObj(k)?.lockToState === true)
          err(`state-locked key is not allowed for the ${JSON.stringify(name)} volume`, [
            'encryption',
            'keys',
            i,
            'lockToState',
          ]);
      });
    }
    const min = sizeOf(provisioning.minSize);
    const max = sizeOf(provisioning.maxSize);
    if (min !== undefined && max !== undefined && min > max)
      err('min size is greater than max size', ['provisioning']);
    if (asStr(provisioning.minSize).startsWith('-'))
      err('min size cannot be negative', ['provisioning', 'minSize']);
    if (ctx.since('1.11')) encryptionErrors(encryption, err);
  },
  DiscoveryIdentityConfig(_ctx, _doc, body, err) {
    if (asStr(body.clusterID) === '') return err('clusterID is required', ['clusterID']);
    const secret = asStr(body.clusterSecret);
    if (secret === '') return err('clusterSecret is required', ['clusterSecret']);
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(secret)) {
      return err('invalid clusterSecret: failed to decode from base64 (value not shown)', ['clusterSecret']);
    }
    const len = Buffer.from(secret, 'base64').length;
    if (len !== 32)
      err(`invalid clusterSecret: expected 32 bytes, got ${len} (value not shown)`, ['clusterSecret']);
  },
  KubeTalosAPIAccessConfig(ctx, _doc, body, err) {
    const roles = talosRoles(ctx.contract);
    asList(body.allowedRoles).forEach((r, i) => {
      if (!roles.includes(asStr(r)))
        err(`invalid role ${JSON.stringify(asStr(r))} in allowed roles for Kubernetes Talos API Access`, [
          'allowedRoles',
          i,
        ]);
    });
  },
};

/** `talos/link-config`, `talos/vlan-config`, ...: the rule id of a kind's own checks. */
export function kindRule(kind: string): string {
  return `talos/${kind
    .replace(/Config$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()}-config`;
}

export function checkDocument(ctx: TalosContext, doc: ConfigDocument): void {
  const check = CHECKS[doc.kind];
  if (!check) return;
  const rule = kindRule(doc.kind);
  const label = documentLabel(doc);
  check(ctx, doc, doc.body as Obj, (message, segs = []) =>
    ctx.error(rule, `${label}: ${message}`, doc, segs),
  );
}
