/**
 * What the link kinds share (Talos's `CommonLinkConfig`, embedded by LinkConfig, DummyLinkConfig,
 * VLANConfig, BondConfig, BridgeConfig, WireguardConfig, VRFConfig and VethConfig): addresses and
 * routes, their validation and the addresses they give the machine.
 */
import { normalizePrefix } from '../../go/netip.js';
import { isUnspecified } from '../shared/net.js';
import type { DocReport, Located } from '../types.js';
import { asList, asObj, asStr, type Obj } from '../values.js';

export function checkCommonLink(body: Obj, report: DocReport): void {
  asList(body.addresses).forEach((a, i) => {
    const addr = asStr(asObj(a)?.address);
    if (addr === '') report.error(`address ${i} must be specified`, ['addresses', i]);
    else if (!normalizePrefix(addr)) report.error(`address ${i} must be a valid IP prefix`, ['addresses', i]);
    else if (isUnspecified(addr)) report.error(`address ${i} must be a valid IP address`, ['addresses', i]);
  });
  asList(body.routes).forEach((r, i) => {
    const route = asObj(r) ?? {};
    const dest = asStr(route.destination);
    if (dest !== '' && isUnspecified(dest))
      report.error(`route ${i} destination must be a valid IP prefix`, ['routes', i, 'destination']);
    const gw = asStr(route.gateway);
    if (gw !== '' && isUnspecified(gw))
      report.error(`route ${i} gateway must be a valid IP address`, ['routes', i, 'gateway']);
    const src = asStr(route.source);
    if (src !== '' && isUnspecified(src))
      report.error(`route ${i} source must be a valid IP address`, ['routes', i, 'source']);
  });
}

/** Talos's `name must be specified`. */
export function checkName(body: Obj, report: DocReport): void {
  if (asStr(body.name) === '') report.error('name must be specified', ['name']);
}

/** The static addresses a link document gives the machine. */
export function linkAddresses(body: Obj): Located[] {
  return asList(body.addresses).flatMap((a, j) => {
    const value = asStr(asObj(a)?.address);
    return value === '' ? [] : [{ value, segs: ['addresses', j, 'address'] }];
  });
}
