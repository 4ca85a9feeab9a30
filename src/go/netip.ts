/** IP addresses and prefixes in Go's net/netip text forms (parse strictly, print canonically). */
import { isIPv4, isIPv6 } from 'node:net';

function ipv6Groups(s: string): number[] | undefined {
  let text = s;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const maybeV4 = text.slice(lastColon + 1);
  if (maybeV4.includes('.')) {
    if (!isIPv4(maybeV4)) return undefined;
    const o = maybeV4.split('.').map(Number);
    tail = [(o[0]! << 8) | o[1]!, (o[2]! << 8) | o[3]!];
    text = text.slice(0, lastColon + 1) + (text.endsWith('::' + maybeV4) ? '' : '0');
    if (text.endsWith(':0')) text = text.slice(0, -2);
    else if (text.endsWith(':') && !text.endsWith('::')) text = text.slice(0, -1);
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const parse = (p: string) => (p === '' ? [] : p.split(':').map((g) => Number.parseInt(g, 16)));
  const h = parse(head);
  const r = rest === undefined ? [] : parse(rest);
  const total = 8 - tail.length;
  if (rest === undefined) {
    const all = [...h, ...tail];
    return all.length === 8 ? all : undefined;
  }
  const zeros = total - h.length - r.length;
  if (zeros < 1) return undefined;
  return [...h, ...new Array(zeros).fill(0), ...r, ...tail];
}

function formatIPv6(groups: number[]): string {
  // IPv4-mapped addresses print in mixed form
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${groups[6]! >> 8}.${groups[6]! & 0xff}.${groups[7]! >> 8}.${groups[7]! & 0xff}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** An IP address as the 4 or 16 bytes of its network form (X.509 iPAddress SANs). */
export function ipToBytes(ip: string): Buffer {
  if (isIPv4(ip)) return Buffer.from(ip.split('.').map(Number));
  const groups = isIPv6(ip) ? ipv6Groups(ip) : undefined;
  if (!groups) throw new RangeError(`not an IP address: ${ip}`);
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => {
    out.writeUInt16BE(g, i * 2);
  });
  return out;
}

/** The text form of a 4- or 16-byte IP address. */
export function bytesToIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length !== 16) throw new RangeError(`bad IP address length ${bytes.length}`);
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i]! << 8) | bytes[i + 1]!);
  return formatIPv6(groups);
}

/** netip.ParseAddr + String; undefined when invalid. */
export function normalizeAddr(s: string): string | undefined {
  const [addr, zone] = s.split('%') as [string, string | undefined];
  if (isIPv4(addr)) {
    if (addr.split('.').some((o) => o.length > 1 && o.startsWith('0'))) return undefined;
    return zone === undefined ? addr : undefined;
  }
  if (!isIPv6(addr)) return undefined;
  const g = ipv6Groups(addr);
  if (!g) return undefined;
  return formatIPv6(g) + (zone ? `%${zone}` : '');
}

/** netip.ParsePrefix + String (the address is kept as given, not masked). */
export function normalizePrefix(s: string): string | undefined {
  const slash = s.lastIndexOf('/');
  if (slash < 0) return undefined;
  const addr = normalizeAddr(s.slice(0, slash));
  const bitsText = s.slice(slash + 1);
  if (!addr || addr.includes('%') || !/^(0|[1-9][0-9]*)$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  const max = addr.includes(':') && !addr.startsWith('::ffff:') ? 128 : addr.includes(':') ? 128 : 32;
  if (bits > max) return undefined;
  return `${addr}/${bits}`;
}

/** netip.ParseAddrPort + String. */
export function normalizeAddrPort(s: string): string | undefined {
  let m = s.match(/^\[([^\]]+)\]:(\d+)$/);
  if (m) {
    const a = normalizeAddr(m[1]!);
    const port = Number(m[2]);
    return a?.includes(':') && port <= 65535 ? `[${a}]:${port}` : undefined;
  }
  m = s.match(/^([^:]+):(\d+)$/);
  if (m) {
    const a = normalizeAddr(m[1]!);
    const port = Number(m[2]);
    return a && port <= 65535 ? `${a}:${port}` : undefined;
  }
  return undefined;
}

export function isIP(s: string): boolean {
  return normalizeAddr(s) !== undefined;
}

/** Whether an IPv4/IPv6 address is in a private, loopback, link-local or CGNAT range. */
export function isPrivateAddress(addr: string): boolean {
  if (isIPv4(addr)) {
    const [a, b] = addr.split('.').map(Number) as [number, number];
    return (
      a === 10 ||
      a === 127 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const lower = addr.toLowerCase();
  return lower === '::1' || lower.startsWith('fc') || lower.startsWith('fd') || lower.startsWith('fe80');
}
