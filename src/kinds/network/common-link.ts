/**
 * What the link kinds share (Talos's `CommonLinkConfig`, embedded by LinkConfig, DummyLinkConfig,
 * VLANConfig, BondConfig, BridgeConfig, WireguardConfig, VRFConfig and VethConfig and its peer):
 * addresses and routes, their validation, the names the link kinds may not share, and the addresses
 * they give the machine.
 */
import { isUnspecifiedAddr, parseGoAddr, parseGoPrefix } from '../../go/netip.js';
import type { Seg } from '../../validate/paths.js';
import type { DocReport, Located } from '../types.js';
import { asList, asObj, asStr, type Obj } from '../values.js';

/** The kinds that each configure one link by name (Talos's `conflictingLinkKinds`). */
const LINK_KINDS = [
  'BondConfig',
  'BridgeConfig',
  'DummyLinkConfig',
  'LinkConfig',
  'VethConfig',
  'VLANConfig',
  'VRFConfig',
  'WireguardConfig',
];

/** The other link kinds: a link is configured by one document only. */
export function conflictingLinkKinds(self: string): string[] {
  return LINK_KINDS.filter((k) => k !== self);
}

/** A prefix or address Talos would decode: unspecified or unparsable values are both rejected. */
function isUsable(text: string, kind: 'prefix' | 'addr'): boolean {
  if (kind === 'prefix') {
    const p = parseGoPrefix(text);
    return 'prefix' in p && !isUnspecifiedAddr(p.prefix.addr);
  }
  const a = parseGoAddr(text);
  return 'addr' in a && !isUnspecifiedAddr(a.addr);
}

/** CommonLinkConfig.Validate: every address set and a real address, route ends real addresses. */
export function checkCommonLink(body: Obj, report: DocReport, at: Seg[] = []): void {
  asList(body.addresses).forEach((a, i) => {
    const addr = asStr(asObj(a)?.address);
    const segs = [...at, 'addresses', i];
    if (addr === '') report.error(`address ${i} must be specified`, segs);
    else if (!('prefix' in parseGoPrefix(addr))) report.error(`address ${i} must be a valid IP prefix`, segs);
    else if (!isUsable(addr, 'prefix')) report.error(`address ${i} must be a valid IP address`, segs);
  });
  asList(body.routes).forEach((r, i) => {
    const route = asObj(r) ?? {};
    const segs = [...at, 'routes', i];
    const dest = asStr(route.destination);
    if (dest !== '' && !isUsable(dest, 'prefix'))
      report.error(`route ${i} destination must be a valid IP prefix`, [...segs, 'destination']);
    const gw = asStr(route.gateway);
    if (gw !== '' && !isUsable(gw, 'addr'))
      report.error(`route ${i} gateway must be a valid IP address`, [...segs, 'gateway']);
    const src = asStr(route.source);
    if (src !== '' && !isUsable(src, 'addr'))
      report.error(`route ${i} source must be a valid IP address`, [...segs, 'source']);
  });
}

/** The link a link document configures: the one it is named after. */
export function ownLink(body: Obj): string[] {
  return [asStr(body.name)];
}

/** Talos's `name must be specified`. */
export function checkName(body: Obj, report: DocReport): void {
  if (asStr(body.name) === '') report.error('name must be specified', ['name']);
}

/** The static addresses a link document gives the machine. */
export function linkAddresses(body: Obj, at: Seg[] = []): Located[] {
  return asList(body.addresses).flatMap((a, j) => {
    const value = asStr(asObj(a)?.address);
    return value === '' ? [] : [{ value, segs: [...at, 'addresses', j, 'address'] }];
  });
}
