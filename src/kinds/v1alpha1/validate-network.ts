/** Talos's checks of the legacy `machine.network.interfaces` list (devices, bonds, bridges, VLANs, VIPs). */
import type { ConfigDocument } from '../../config/document.js';
import { decodeGoBase64 } from '../../go/base64.js';
import { parseGoAddr, parseGoPrefix } from '../../go/netip.js';
import type { Contract } from '../../model/model.js';
import type { Seg } from '../../validate/paths.js';
import type { KindContext } from '../context.js';
import { ipOrCIDRError, isGoCIDR, isGoIP, isSubnetOrAddress } from '../shared/net.js';
import { asList, asObj, asStr, type Obj } from '../values.js';

/** Bond option values Talos's nethelpers accept, its error, and values added later (by contract). */
const BOND_OPTIONS: Array<[string, string[], string, Record<string, Contract>?]> = [
  [
    'mode',
    ['balance-rr', 'active-backup', 'balance-xor', 'broadcast', '802.3ad', 'balance-tlb', 'balance-alb'],
    'invalid bond type %s',
  ],
  [
    'xmitHashPolicy',
    ['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4'],
    'invalid xmit hash policy %s',
  ],
  ['lacpRate', ['slow', 'fast'], 'invalid lacp rate %s'],
  [
    'arpValidate',
    ['none', 'active', 'backup', 'all', 'filter', 'filter-active', 'filter-backup'],
    'invalid arp_validate mode %s',
    { filter: '1.12', 'filter-active': '1.12', 'filter-backup': '1.12' },
  ],
  ['arpAllTargets', ['any', 'all'], 'invalid arp_all_targets mode %s'],
  ['primaryReselect', ['always', 'better', 'failure'], 'invalid primary_reselect mode %s'],
  ['failOverMac', ['none', 'active', 'follow'], 'invalid fail_over_mac value %s'],
  ['adSelect', ['stable', 'bandwidth', 'count'], 'invalid ad_select mode %s'],
];

const RULE = 'talos/network-device';
const KUBESPAN_MIN_MTU = 1280;
const q = JSON.stringify;

/** Talos's wireguard key check: base64 of 32 bytes. The key itself is only printed when it is public. */
function wireguardKeyError(key: string, printable: boolean): string | undefined {
  const decoded = decodeGoBase64(key);
  if ('error' in decoded) return decoded.error;
  if (decoded.length !== 32)
    return printable
      ? `wrong key ${q(key)} length: ${decoded.length}`
      : `wrong key length: ${decoded.length}`;
  return undefined;
}

/** The bond mode Talos works with: an unknown name reads as its zero value, balance-rr. */
function bondMode(b: Obj): string {
  const mode = asStr(b.mode);
  return BOND_OPTIONS[0]![1].includes(mode) ? mode : 'balance-rr';
}

function checkBond(ctx: KindContext, doc: ConfigDocument, b: Obj, segs: Seg[]): void {
  const err = (m: string, s: Seg[] = segs) => ctx.error(RULE, m, doc, s);
  for (const [field, values, message, since] of BOND_OPTIONS) {
    const v = asStr(b[field]);
    const known = values.filter((x) => !since?.[x] || ctx.since(since[x]!));
    if (v !== '' && !known.includes(v)) err(message.replace('%s', v), [...segs, field]);
  }
  const mode = bondMode(b);
  const miimon = Number(b.miimon ?? 0);
  const up = Number(b.updelay ?? 0);
  const down = Number(b.downdelay ?? 0);
  if (miimon === 0) {
    if (up !== 0) err("bond.upDelay can't be set if miiMon is zero", [...segs, 'updelay']);
    if (down !== 0) err("bond.downDelay can't be set if miiMon is zero", [...segs, 'downdelay']);
  } else {
    if (up % miimon !== 0) err('bond.upDelay should be a multiple of miiMon', [...segs, 'updelay']);
    if (down % miimon !== 0) err('bond.downDelay should be a multiple of miiMon', [...segs, 'downdelay']);
  }
  if (asList(b.arpIPTarget).length > 0) err('bond.arpIPTarget is not supported', [...segs, 'arpIPTarget']);
  if (asStr(b.lacpRate) !== '' && mode !== '802.3ad')
    err('bond.lacpRate is only available in 802.3ad mode', [...segs, 'lacpRate']);
  if (asStr(b.adActorSystem) !== '') err('bond.adActorSystem is not supported', [...segs, 'adActorSystem']);
  const lacpOrLB = ['802.3ad', 'balance-alb', 'balance-tlb'].includes(mode);
  if (lacpOrLB && asStr(b.arpValidate) !== '')
    err(`bond.arpValidate is not available in ${mode} mode`, [...segs, 'arpValidate']);
  if (!['active-backup', 'balance-alb', 'balance-tlb'].includes(mode) && asStr(b.primary) !== '')
    err(`bond.primary is not available in ${mode} mode`, [...segs, 'primary']);
  if (lacpOrLB && Number(b.arpInterval ?? 0) > 0)
    err(`bond.arpInterval is not available in ${mode} mode`, [...segs, 'arpInterval']);
  if (mode !== 'balance-rr' && Number(b.packetsPerSlave ?? 0) > 1)
    err(`bond.packetsPerSlave is not available in ${mode} mode`, [...segs, 'packetsPerSlave']);
  if (!['balance-alb', 'balance-tlb'].includes(mode) && Number(b.tlbDynamicLb ?? 0) > 0)
    err(`bond.tlbDynamicTLB is not available in ${mode} mode`, [...segs, 'tlbDynamicLb']);
  if (mode !== '802.3ad' && Number(b.adActorSysPrio ?? 0) > 0)
    err('bond.adActorSysPrio is only available in 802.3ad mode', [...segs, 'adActorSysPrio']);
  if (mode !== '802.3ad' && Number(b.adUserPortKey ?? 0) > 0)
    err('bond.adUserPortKey is only available in 802.3ad mode', [...segs, 'adUserPortKey']);
}

function checkWireguard(ctx: KindContext, doc: ConfigDocument, w: Obj, segs: Seg[]): void {
  const privateError = wireguardKeyError(asStr(w.privateKey), false);
  if (privateError) ctx.error(RULE, `private key is invalid: ${privateError}`, doc, [...segs, 'privateKey']);
  asList(w.peers).forEach((p, i) => {
    const peer = asObj(p) ?? {};
    const ps = [...segs, 'peers', i];
    const publicError = wireguardKeyError(asStr(peer.publicKey), true);
    if (publicError) ctx.error(RULE, `public key invalid: ${publicError}`, doc, [...ps, 'publicKey']);
    const endpoint = asStr(peer.endpoint);
    if (endpoint !== '' && !addressContainsPort(endpoint))
      ctx.error(RULE, `peer endpoint ${q(endpoint)} is invalid`, doc, [...ps, 'endpoint']);
    asList(peer.allowedIPs).forEach((ip, j) => {
      if (!isGoCIDR(asStr(ip)))
        ctx.error(
          RULE,
          `peer allowed IP ${q(asStr(ip))} is invalid: invalid CIDR address: ${asStr(ip)}`,
          doc,
          [...ps, 'allowedIPs', j],
        );
    });
  });
}

/** siderolabs/net.AddressContainsPort: Go's net.SplitHostPort succeeds and a host with colons is an address. */
function addressContainsPort(addr: string): boolean {
  const hp = splitHostPort(addr);
  if (!hp) return false;
  return !hp.host.includes(':') || 'addr' in parseGoAddr(hp.host);
}

/** Go's net.SplitHostPort (undefined where it returns an error). */
function splitHostPort(hostport: string): { host: string; port: string } | undefined {
  const i = hostport.lastIndexOf(':');
  if (i < 0) return undefined;
  let host: string;
  if (hostport.startsWith('[')) {
    const end = hostport.indexOf(']');
    if (end < 0) return undefined;
    if (end + 1 === hostport.length || end + 1 !== i) return undefined;
    host = hostport.slice(1, end);
    if (hostport.slice(1).includes('[') || hostport.slice(end + 1).includes(']')) return undefined;
  } else {
    host = hostport.slice(0, i);
    if (host.includes(':') || host.includes('[') || host.includes(']')) return undefined;
  }
  return { host, port: hostport.slice(i + 1) };
}

/** Whether a device selector sets no field (Go's IsZero over the selector struct). */
function isZeroSelector(selector: Obj): boolean {
  return Object.values(selector).every((v) => v === undefined || v === null || v === '' || v === 0);
}

export function checkLegacyNetwork(ctx: KindContext, doc: ConfigDocument, machine: Obj): void {
  const ifaces = asList(asObj(machine.network)?.interfaces);
  if (ifaces.length === 0) return;
  const base = ['machine', 'network', 'interfaces'];
  const secondary = new Map<string, string>();
  ifaces.forEach((d, i) => {
    const dev = asObj(d) ?? {};
    const name = asStr(dev.interface);
    const bond = asObj(dev.bond);
    const bridge = asObj(dev.bridge);
    if (bond && bridge) {
      ctx.error(
        RULE,
        `interface has both bridge and bond sections set ${q(name)}: config sections are mutually exclusive`,
        doc,
        [...base, i],
      );
    }
    let members: unknown[] = [];
    if (bond) {
      members = asList(bond.interfaces);
      if (members.length > 0 && asList(bond.deviceSelectors).length > 0) {
        ctx.error(
          RULE,
          `interface ${q(name)} has both interfaces and selectors set: config sections are mutually exclusive`,
          doc,
          [...base, i, 'bond'],
        );
      }
    }
    if (bridge) members = asList(bridge.interfaces);
    for (const m of members) {
      const other = secondary.get(asStr(m));
      if (other !== undefined && other !== name) {
        ctx.error(
          RULE,
          `interface ${q(asStr(m))} is declared as part of two separate links: ${q(other)} and ${q(name)}`,
          doc,
          [...base, i],
        );
      }
      secondary.set(asStr(m), name);
    }
  });
  ifaces.forEach((d, i) => {
    const dev = asObj(d);
    const segs = [...base, i];
    if (!dev) {
      ctx.error(RULE, 'empty device', doc, segs);
      return;
    }
    if (dev.ignore === true) return;
    const name = asStr(dev.interface);
    const selector = asObj(dev.deviceSelector);
    if (name === '' && !selector) {
      ctx.error(
        RULE,
        '[networking.os.device.interface], [networking.os.device.deviceSelector]: required either config section to be set',
        doc,
        segs,
      );
    } else if (name !== '' && selector) {
      ctx.error(
        RULE,
        '[networking.os.device.interface], [networking.os.device.deviceSelector]: config sections are mutually exclusive',
        doc,
        segs,
      );
    }
    if (selector && isZeroSelector(selector)) {
      ctx.error(
        RULE,
        '[networking.os.device.deviceSelector]: config section should contain at least one field',
        doc,
        [...segs, 'deviceSelector'],
      );
    }
    const bond = asObj(dev.bond);
    if (bond) checkBond(ctx, doc, bond, [...segs, 'bond']);
    const wg = asObj(dev.wireguard);
    if (wg) checkWireguard(ctx, doc, wg, [...segs, 'wireguard']);
    asList(dev.vlans).forEach((v, j) => {
      const vlan = asObj(v) ?? {};
      const vs = [...segs, 'vlans', j];
      const id = Number(vlan.vlanId ?? 0);
      const addrs = asList(vlan.addresses);
      if (addrs.length > 0 && asStr(vlan.cidr) !== '') {
        ctx.error(
          RULE,
          `[networking.os.device.vlan] ${name}.${id}: vlan can't have both .cidr and .addresses set`,
          doc,
          vs,
        );
      }
      if (asStr(vlan.cidr) !== '') {
        const e = ipOrCIDRError(asStr(vlan.cidr));
        if (e) ctx.error(RULE, `[networking.os.device.vlan.CIDR] ${name}.${id}: ${e}`, doc, [...vs, 'cidr']);
      }
      addrs.forEach((a, k) => {
        const e = ipOrCIDRError(asStr(a));
        if (e)
          ctx.error(RULE, `[networking.os.device.vlan.addresses] ${name}.${id}: ${e}`, doc, [
            ...vs,
            'addresses',
            k,
          ]);
      });
    });
    // addressing
    const addresses = asList(dev.addresses);
    if (
      secondary.has(name) &&
      (dev.dhcp === true || asStr(dev.cidr) !== '' || addresses.length > 0 || dev.vip)
    ) {
      ctx.error(
        RULE,
        `[networking.os.device] ${q(name)}: bonded/bridged interface shouldn't have any addressing methods configured`,
        doc,
        segs,
      );
    }
    if (addresses.length > 0 && asStr(dev.cidr) !== '') {
      ctx.error(
        RULE,
        `[networking.os.device] ${q(name)}: interface can't have both .cidr and .addresses set`,
        doc,
        segs,
      );
    }
    if (asStr(dev.cidr) !== '') {
      const e = ipOrCIDRError(asStr(dev.cidr));
      if (e) ctx.error(RULE, `[networking.os.device.CIDR] ${q(name)}: ${e}`, doc, [...segs, 'cidr']);
      ctx.warn(
        RULE,
        `${q(name)}: machine.network.interface.cidr is deprecated, please use machine.network.interface.addresses`,
        doc,
        [...segs, 'cidr'],
      );
    }
    addresses.forEach((a, k) => {
      const e = ipOrCIDRError(asStr(a));
      if (e)
        ctx.error(RULE, `[networking.os.device.addresses] ${q(name)}: ${e}`, doc, [...segs, 'addresses', k]);
    });
    const vip = asObj(dev.vip);
    if (vip && !isGoIP(asStr(vip.ip))) {
      ctx.error(RULE, `[networking.os.device.vip] failed to parse ${q(asStr(vip.ip))} as IP address`, doc, [
        ...segs,
        'vip',
        'ip',
      ]);
    }
    // routes
    asList(dev.routes).forEach((r, k) => {
      const route = asObj(r) ?? {};
      const rs = [...segs, 'routes', k];
      const label = `networking.os.device.route[${k}]`;
      const network = asStr(route.network);
      const gateway = asStr(route.gateway);
      const source = asStr(route.source);
      if (network !== '' && !isGoCIDR(network))
        ctx.error(RULE, `[${label}.network] ${q(network)}: invalid network address`, doc, [...rs, 'network']);
      if (gateway !== '' && !isGoIP(gateway))
        ctx.error(RULE, `[${label}.gateway] ${q(gateway)}: invalid network address`, doc, [...rs, 'gateway']);
      if (gateway === '' && network === '')
        ctx.error(RULE, `[${label}]: either network or gateway should be set`, doc, rs);
      if (source !== '' && !isGoIP(source))
        ctx.error(RULE, `[${label}.source] ${q(source)}: invalid network address`, doc, [...rs, 'source']);
    });
  });
}

/** Talos's checks of the legacy `machine.network.kubespan` block (discovery needs moved to the whole config in 1.14). */
export function checkKubeSpanLegacy(
  ctx: KindContext,
  doc: ConfigDocument,
  machine: Obj,
  cluster: Obj | undefined,
): void {
  const ks = asObj(asObj(machine.network)?.kubespan);
  if (ks?.enabled !== true) return;
  const segs = ['machine', 'network', 'kubespan'];
  // an unset or zero MTU is the default link MTU
  const mtu = Number(ks.mtu ?? 0);
  if (mtu !== 0 && mtu < KUBESPAN_MIN_MTU)
    ctx.error('talos/kubespan', `kubespan link MTU must be at least ${KUBESPAN_MIN_MTU}`, doc, [
      ...segs,
      'mtu',
    ]);
  if (!ctx.since('1.14')) {
    const needs = (what: string, ok: boolean) => {
      if (!ok) ctx.error('talos/kubespan', `${what} when .machine.network.kubespan is enabled`, doc, segs);
    };
    needs('.cluster.discovery should be enabled', asObj(cluster?.discovery)?.enabled === true);
    needs('.cluster.id should be set', asStr(cluster?.id) !== '');
    needs('.cluster.secret should be set', asStr(cluster?.secret) !== '');
  }
  const filters = asObj(ks.filters);
  // Talos before 1.12 misspells "filter" here
  const endpointFilter = ctx.since('1.12') ? 'KubeSpan endpoint filter' : 'KubeSpan endpoint filer';
  asList(filters?.endpoints).forEach((e, i) => {
    const cidr = asStr(e).replace(/^!/, '');
    if (!isSubnetOrAddress(cidr))
      ctx.error('talos/kubespan', `${endpointFilter} is not valid: ${q(cidr)}`, doc, [
        ...segs,
        'filters',
        'endpoints',
        i,
      ]);
  });
  if (ctx.since('1.12')) {
    asList(filters?.excludeAdvertisedNetworks).forEach((e, i) => {
      if (!('prefix' in parseGoPrefix(asStr(e))))
        ctx.error(
          'talos/kubespan',
          `KubeSpan exclude advertised networks filter is not valid: ${q(asStr(e))}`,
          doc,
          [...segs, 'filters', 'excludeAdvertisedNetworks', i],
        );
    });
  }
}
