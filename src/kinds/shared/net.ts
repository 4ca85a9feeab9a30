/** Address parsing with the acceptance rules of Go's net and net/url, as Talos's checks use them. */
import { normalizeAddr, normalizePrefix, parseGoAddr, parseGoPrefix } from '../../go/netip.js';
import { type GoURL, parseGoURL, urlHostname, urlPort } from '../../go/url.js';

/** net.ParseIP: no zones. */
export function isGoIP(s: string): boolean {
  return !s.includes('%') && normalizeAddr(s) !== undefined;
}

/** net.ParseCIDR. */
export function isGoCIDR(s: string): boolean {
  return normalizePrefix(s) !== undefined;
}

/** siderolabs/net.ParseSubnetOrAddress: netip's prefix, else a single netip address (a zone is allowed). */
export function isSubnetOrAddress(s: string): boolean {
  return 'prefix' in parseGoPrefix(s) || 'addr' in parseGoAddr(s);
}

/** Talos's validateIPOrCIDR; the error text, or undefined when valid. */
export function ipOrCIDRError(s: string): string | undefined {
  if (s.includes('/')) return isGoCIDR(s) ? undefined : `invalid CIDR address: ${s}`;
  return isGoIP(s) ? undefined : `failed to parse IP address ${JSON.stringify(s)}`;
}

/** siderolabs/net.ValidateEndpointURI; the error text, or undefined when valid. */
export function endpointURIError(raw: string | GoURL | undefined): string | undefined {
  const u = typeof raw === 'string' ? parseGoURL(raw) : raw;
  if (!u) return `parse ${JSON.stringify(raw)}: invalid URL`;
  if ((u.host.match(/:/g)?.length ?? 0) > 2 && (!u.host.includes('[') || !u.host.includes(']'))) {
    return 'IPv6 addresses MUST be enclosed by square brackets';
  }
  if (urlHostname(u) === '') return 'hostname must not be blank';
  const port = urlPort(u);
  if (port !== '') {
    if (!/^[+-]?\d+$/.test(port)) return 'port number must be numeric';
    const n = Number(port);
    if (n < 1 || n > 65535) return 'port number must be between 1 and 65535';
  }
  return undefined;
}

/** Whether an address (no prefix) is the unspecified address. */
export function isUnspecified(addr: string): boolean {
  const a = normalizeAddr(addr.split('/')[0]!);
  return a === '0.0.0.0' || a === '::';
}
