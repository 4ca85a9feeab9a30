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

/** A parsed netip.Addr: 4 or 16 bytes and its zone. */
export interface GoAddr {
  bytes: number[];
  zone: string;
}

/** Go's strconv.Quote for the ASCII text these errors quote. */
function quote(s: string): string {
  return JSON.stringify(s);
}

class AddrError extends Error {}

function addrError(input: string, msg: string, at?: string): AddrError {
  return new AddrError(`ParseAddr(${quote(input)}): ${msg}${at ? ` (at ${quote(at)})` : ''}`);
}

function parseIPv4Fields(input: string, s: string, fields: number[]): void {
  let val = 0;
  let pos = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') {
      if (digits === 1 && val === 0) throw addrError(input, 'IPv4 field has octet with leading zero');
      val = val * 10 + (c.charCodeAt(0) - 48);
      digits++;
      if (val > 255) throw addrError(input, 'IPv4 field has value >255');
    } else if (c === '.') {
      if (i === 0 || i === s.length - 1 || s[i - 1] === '.')
        throw addrError(input, 'IPv4 field must have at least one digit', s.slice(i));
      if (pos === 3) throw addrError(input, 'IPv4 address too long');
      fields[pos++] = val;
      val = 0;
      digits = 0;
    } else throw addrError(input, 'unexpected character', s.slice(i));
  }
  if (pos < 3) throw addrError(input, 'IPv4 address too short');
  fields[3] = val;
}

function parseIPv6(input: string): GoAddr {
  let s = input;
  let zone = '';
  const pct = s.indexOf('%');
  if (pct >= 0) {
    zone = s.slice(pct + 1);
    s = s.slice(0, pct);
    if (zone === '') throw addrError(input, 'zone must be a non-empty string');
  }
  const ip = new Array<number>(16).fill(0);
  let ellipsis = -1;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return { bytes: ip, zone };
  }
  let i = 0;
  while (i < 16) {
    let off = 0;
    let acc = 0;
    for (; off < s.length; off++) {
      const d = Number.parseInt(s[off]!, 16);
      if (Number.isNaN(d)) break;
      acc = acc * 16 + d;
      if (off > 3) throw addrError(input, 'each colon-separated field must have at most 4 hex digits', s);
      if (acc > 0xffff) throw addrError(input, 'IPv6 field has value >=2^16', s);
    }
    if (off === 0) throw addrError(input, 'each colon-separated field must have at least one digit', s);
    if (off < s.length && s[off] === '.') {
      if (ellipsis < 0 && i !== 12)
        throw addrError(input, 'embedded IPv4 address must replace the final 2 fields of the address', s);
      if (i + 4 > 16)
        throw addrError(input, 'too many hex fields to fit an embedded IPv4 at the end of the address', s);
      const v4 = [0, 0, 0, 0];
      parseIPv4Fields(input, s, v4);
      ip.splice(i, 4, ...v4);
      s = '';
      i += 4;
      break;
    }
    ip[i] = acc >> 8;
    ip[i + 1] = acc & 0xff;
    i += 2;
    s = s.slice(off);
    if (s === '') break;
    if (s[0] !== ':') throw addrError(input, 'unexpected character, want colon', s);
    if (s.length === 1) throw addrError(input, 'colon must be followed by more characters', s);
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) throw addrError(input, 'multiple :: in address', s);
      ellipsis = i;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') throw addrError(input, 'trailing garbage after address', s);
  if (i < 16) {
    if (ellipsis < 0) throw addrError(input, 'address string too short');
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j]!;
    ip.fill(0, ellipsis, ellipsis + n);
  } else if (ellipsis >= 0) {
    throw addrError(input, 'the :: must expand to at least one field of zeros', s);
  }
  return { bytes: ip, zone };
}

function parseAddrOrThrow(s: string): GoAddr {
  for (const c of s) {
    if (c === '.') {
      const fields = [0, 0, 0, 0];
      parseIPv4Fields(s, s, fields);
      return { bytes: fields, zone: '' };
    }
    if (c === ':') return parseIPv6(s);
    if (c === '%') throw addrError(s, 'missing IPv6 address');
  }
  throw addrError(s, 'unable to parse IP');
}

/** netip.ParseAddr: the address, or Go's error text. */
export function parseGoAddr(s: string): { addr: GoAddr } | { error: string } {
  try {
    return { addr: parseAddrOrThrow(s) };
  } catch (e) {
    if (e instanceof AddrError) return { error: e.message };
    throw e;
  }
}

/** A parsed netip.Prefix. */
export interface GoPrefix {
  addr: GoAddr;
  bits: number;
}

/** netip.ParsePrefix: the prefix, or Go's error text. */
export function parseGoPrefix(s: string): { prefix: GoPrefix } | { error: string } {
  const fail = (msg: string) => ({ error: `netip.ParsePrefix(${quote(s)}): ${msg}` });
  const slash = s.lastIndexOf('/');
  if (slash < 0) return fail("no '/'");
  const parsed = parseGoAddr(s.slice(0, slash));
  if ('error' in parsed) return fail(parsed.error);
  if (parsed.addr.bytes.length === 16 && parsed.addr.zone !== '')
    return fail('IPv6 zones cannot be present in a prefix');
  const bitsText = s.slice(slash + 1);
  const badBits = fail(`bad bits after slash: ${quote(bitsText)}`);
  if (bitsText.length > 1 && (bitsText[0]! < '1' || bitsText[0]! > '9')) return badBits;
  if (!/^[+-]?\d+$/.test(bitsText)) return badBits;
  const bits = Number(bitsText);
  if (bits < 0 || bits > parsed.addr.bytes.length * 8) return fail('prefix length out of range');
  return { prefix: { addr: parsed.addr, bits } };
}

/** Addr.String() of a parsed address. */
export function formatGoAddr(a: GoAddr): string {
  if (a.bytes.length === 4) return a.bytes.join('.');
  return bytesToIp(Uint8Array.from(a.bytes)) + (a.zone ? `%${a.zone}` : '');
}

/** Prefix.String(). */
export function formatGoPrefix(p: GoPrefix): string {
  return `${formatGoAddr(p.addr)}/${p.bits}`;
}

/** Whether the prefix's address has no bits set past its length (Prefix.Masked() == p). */
export function isMaskedPrefix(p: GoPrefix): boolean {
  return p.addr.bytes.every((b, i) => {
    const keep = Math.max(0, Math.min(8, p.bits - i * 8));
    return (b & (0xff >> keep)) === 0;
  });
}

/** Prefix.Contains(addr): same family, and the first `bits` bits agree. */
export function prefixContains(p: GoPrefix, a: GoAddr): boolean {
  if (p.addr.bytes.length !== a.bytes.length || a.zone !== '') return false;
  return p.addr.bytes.every((b, i) => {
    const keep = Math.max(0, Math.min(8, p.bits - i * 8));
    const mask = (0xff00 >> keep) & 0xff;
    return (b & mask) === (a.bytes[i]! & mask);
  });
}

/** Addr.IsUnspecified(). */
export function isUnspecifiedAddr(a: GoAddr): boolean {
  return a.bytes.every((b) => b === 0);
}
