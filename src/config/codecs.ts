/**
 * Go types Talos gives their own YAML form and merge rule (URLs, byte sizes, CEL expressions, network
 * addresses, certificate pairs, extra-args maps, unstructured Kubernetes objects, ...). Each codec says
 * how the type decodes from YAML, prints back, merges, and when it counts as zero (omitempty).
 */
import { formatGoDuration, parseGoDuration } from '../go/duration.js';
import { formatBytes, parseBytes } from '../go/humanize.js';
import { normalizeAddr, normalizeAddrPort, normalizePrefix } from '../go/netip.js';
import { formatGoURL, type GoURL, mergeGoURL, parseGoURL } from '../go/url.js';
import type { SpecialName } from '../model/model.js';
import { type ENode, scalar } from '../yaml/emitter.js';
import { goSortKeys, resolvePlain } from '../yaml/go-scalar.js';
import type { YNode } from '../yaml/ynode.js';
import {
  describeNode,
  goBool,
  goFloat,
  goInt,
  goString,
  HIDDEN_VALUE,
  isNullNode,
  NULL_NODE,
  quoteText,
  taggedString,
} from './scalars.js';
import {
  type Arr,
  cloneValue,
  GoFloat,
  newObj,
  type Obj,
  type Origin,
  originOf,
  setIndexOrigin,
  setOrigin,
} from './tree.js';

/** Thrown by codecs for a value Talos would refuse; the decoder adds file, line and field. */
export class CodecError extends Error {}

/** Where a YAML node came from (file and line), when the caller tracks origins. */
export type OriginOf = (n: YNode) => Origin | undefined;

export interface Codec {
  /** The decoded value, or undefined for Go's zero/nil. `at` gives a node's origin, for maps held inside. */
  decode(n: YNode, at?: OriginOf): unknown;
  encode(v: unknown): ENode;
  isZero(v: unknown): boolean;
  /**
   * Merge for a value (non-pointer) field: `r` is undefined when the patch leaves the field zero.
   * Types with their own Merge method (`always`) are merged even then.
   */
  merge(l: unknown, r: unknown): unknown;
  always?: boolean;
  /** Convert to a plain JSON-like value (for JSON patches and policy conditions). */
  toPlain(v: unknown): unknown;
}

function text(n: YNode, what: string): string {
  if (n.t !== 'scalar') throw new CodecError(`expected ${what}, got ${describeNode(n)}`);
  return n.text;
}

/** Zero-skipping merge of a Go scalar-like value. */
const keepUnlessZero = (isZero: (v: unknown) => boolean) => (l: unknown, r: unknown) =>
  r === undefined || isZero(r) ? l : r;

const textCodec = (what: string, normalize: (s: string) => string | undefined): Codec => ({
  decode(n) {
    if (isNullNode(n)) return undefined;
    const s = text(n, what);
    if (s === '') return undefined;
    const v = normalize(s);
    if (v === undefined) throw new CodecError(`${quoteText(n, s)} is not ${what}`);
    return v;
  },
  // an absent value Talos always writes prints as its empty text; validation reports it
  encode: (v) => goString((v as string | undefined) ?? ''),
  isZero: (v) => v === undefined || v === '',
  merge: keepUnlessZero((v) => v === ''),
  toPlain: (v) => v,
});

const duration: Codec = {
  decode(n) {
    if (isNullNode(n)) return undefined;
    const s = text(n, 'a duration such as 30s or 5m');
    if (n.t === 'scalar' && !n.quoted) {
      const r = resolvePlain(s);
      if (r.tag === 'int') {
        if (Number(r.value) === 0) return undefined;
        throw new CodecError(
          n.t === 'scalar' && n.hidden
            ? `${HIDDEN_VALUE} is not a duration: add a unit`
            : `${s} is not a duration: add a unit, e.g. ${s}s`,
        );
      }
    }
    const ns = parseGoDuration(s);
    if (ns === undefined) throw new CodecError(`${quoteText(n, s)} is not a duration such as 30s or 5m`);
    return ns === 0n ? undefined : formatGoDuration(ns);
  },
  encode: (v) => goString((v as string | undefined) ?? '0s'),
  isZero: (v) => v === undefined || v === '0s',
  merge: keepUnlessZero((v) => v === '0s'),
  toPlain: (v) => v,
};

const url: Codec = {
  decode(n) {
    if (isNullNode(n)) return undefined;
    const s = text(n, 'a URL');
    if (s === '') return undefined;
    const u = parseGoURL(s);
    if (!u) throw new CodecError(`${quoteText(n, s)} is not a valid URL`);
    return Object.freeze(u);
  },
  encode: (v) => goString(v ? formatGoURL(v as GoURL) : ''),
  isZero: (v) => v === undefined,
  merge: (l, r) =>
    r === undefined ? l : l === undefined ? r : Object.freeze(mergeGoURL(l as GoURL, r as GoURL)),
  toPlain: (v) => (v ? formatGoURL(v as GoURL) : ''),
};

type ArgValue = string | string[];
const args: Codec = {
  decode(n, at) {
    if (isNullNode(n)) return undefined;
    if (n.t !== 'map')
      throw new CodecError(`expected a mapping of flag names to values, got ${describeNode(n)}`);
    const out = newObj();
    for (const e of n.entries) {
      const v = e.value;
      if (v.t === 'scalar') out[e.key.text] = isNullNode(v) ? '' : v.text;
      else if (v.t === 'seq') {
        out[e.key.text] = v.items.map((i) => {
          if (i.t !== 'scalar') throw new CodecError(`${e.key.text}: list items must be strings`);
          return i.text;
        });
      } else
        throw new CodecError(`${e.key.text}: expected a string or a list of strings, got ${describeNode(v)}`);
      if (at) setOrigin(out, e.key.text, at(e.key));
    }
    return out;
  },
  encode(v) {
    const m = v as Record<string, ArgValue> | undefined;
    if (!m) return { k: 'map', entries: [] };
    return {
      k: 'map',
      entries: goSortKeys(Object.keys(m)).map((k) => {
        const a = m[k]!;
        const node: ENode = Array.isArray(a)
          ? { k: 'seq', items: a.map(taggedString) }
          : a === ''
            ? NULL_NODE
            : taggedString(a);
        return [goString(k), node];
      }),
    };
  },
  isZero: (v) => v === undefined || Object.keys(v as object).length === 0,
  // meta.Args.Merge: every key of the patch overwrites (a list value replaces a list).
  merge(l, r) {
    const rm = r as Obj | undefined;
    if (!rm || Object.keys(rm).length === 0) return l;
    const out = (l as Obj | undefined) ?? newObj();
    for (const k of Object.keys(rm)) {
      out[k] = cloneValue(rm[k]);
      setOrigin(out, k, originOf(rm, k));
    }
    return out;
  },
  toPlain: (v) => (v ? { ...(v as object) } : {}),
};

/** map[string]any values, typed the way go-yaml decodes into interface{}. */
export function decodeAny(n: YNode, at?: OriginOf): unknown {
  if (n.t === 'map') {
    const o = newObj();
    for (const e of n.entries) {
      o[e.key.text] = decodeAny(e.value, at);
      if (at) setOrigin(o, e.key.text, at(e.key));
    }
    return o;
  }
  if (n.t === 'seq') {
    const a = n.items.map((i) => decodeAny(i, at)) as Arr;
    if (at) {
      n.items.forEach((item, i) => {
        setIndexOrigin(a, i, at(item));
      });
    }
    return a;
  }
  if (n.quoted) return n.text;
  const r = resolvePlain(n.text);
  switch (r.tag) {
    case 'null':
      return null;
    case 'bool':
      return r.value;
    case 'int':
      return r.value;
    case 'float': {
      const f = r.value as number;
      return Number.isInteger(f) ? new GoFloat(f) : f;
    }
    default:
      return n.text;
  }
}

export function encodeAny(v: unknown): ENode {
  if (v === null || v === undefined) return NULL_NODE;
  if (typeof v === 'string') return goString(v);
  if (typeof v === 'boolean') return goBool(v);
  if (typeof v === 'bigint') return goInt(v);
  if (typeof v === 'number') return Number.isInteger(v) ? goInt(v) : goFloat(v);
  if (v instanceof GoFloat) return goFloat(v.value);
  if (Array.isArray(v)) return { k: 'seq', items: v.map(encodeAny) };
  const o = v as Record<string, unknown>;
  return { k: 'map', entries: goSortKeys(Object.keys(o)).map((k) => [goString(k), encodeAny(o[k])]) };
}

export function goTypeOf(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') return 'int64';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (v instanceof GoFloat) return 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

export class MergeError extends Error {}

/** Talos's merge of map[string]any: same-type values merge, lists append, zero scalars are ignored. */
export function mergeAny(l: unknown, r: unknown): unknown {
  const lt = goTypeOf(l);
  const rt = goTypeOf(r);
  if (lt !== rt) throw new MergeError(`merge type mismatch left ${lt} right ${rt}`);
  if (Array.isArray(l)) {
    const ra = r as unknown[];
    return [...l, ...ra.map(cloneValue)];
  }
  if (lt === 'map[string]interface {}') return mergeAnyMap(l as Obj, r as Obj);
  if (typeof r === 'boolean') return r;
  if (r === '' || r === 0 || (r instanceof GoFloat && r.value === 0)) return l;
  return r;
}

export function mergeAnyMap(l: Obj, r: Obj): Obj {
  for (const k of Object.keys(r)) {
    const lv = l[k];
    // the value now comes from the patch: findings about it point at the patch line
    const origin = originOf(r, k);
    if (lv === undefined || lv === null) {
      l[k] = cloneValue(r[k]);
      setOrigin(l, k, origin);
    } else {
      try {
        l[k] = mergeAny(lv, r[k]);
        if (typeof l[k] !== 'object' || l[k] === null) setOrigin(l, k, origin);
      } catch (e) {
        if (e instanceof MergeError && !e.message.startsWith('merge map key')) {
          throw new MergeError(`merge map key map[string]interface {}[${k}]: ${e.message}`);
        }
        throw e;
      }
    }
  }
  return l;
}

export function anyToPlain(v: unknown): unknown {
  if (v instanceof GoFloat) return v.value;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(anyToPlain);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = anyToPlain((v as Obj)[k]);
    return o;
  }
  return v;
}

const unstructured: Codec = {
  decode(n, at) {
    if (isNullNode(n)) return undefined;
    if (n.t !== 'map') throw new CodecError(`expected a mapping, got ${describeNode(n)}`);
    return decodeAny(n, at);
  },
  encode: (v) => encodeAny(v ?? newObj()),
  isZero: (v) => v === undefined || Object.keys(v as object).length === 0,
  merge(l, r) {
    if (r === undefined || Object.keys(r as object).length === 0) {
      // an empty right map still turns a nil left map into an empty one
      return l ?? (r === undefined ? undefined : newObj());
    }
    if (l === undefined) return cloneValue(r);
    return mergeAnyMap(l as Obj, r as Obj);
  },
  toPlain: (v) => anyToPlain(v ?? {}),
};

const atomic = (what: string, normalize: (s: string) => string | undefined): Codec => ({
  ...textCodec(what, normalize),
  // meta.Prefix/Addr/AddrPort.Merge: the value is atomic, replaced when the patch sets it
  merge: (l, r) => (r === undefined || r === '' ? l : r),
});

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function b64(n: YNode | undefined, field: string): string {
  if (!n || isNullNode(n)) return '';
  if (n.t !== 'scalar') throw new CodecError(`${field}: expected a base64 string, got ${describeNode(n)}`);
  if (!BASE64.test(n.text)) throw new CodecError(`${field}: not valid base64`);
  return n.text;
}

function pemPair(fields: string[]): Codec {
  return {
    decode(n) {
      if (isNullNode(n)) return undefined;
      if (n.t !== 'map')
        throw new CodecError(`expected a mapping with ${fields.join(' and ')}, got ${describeNode(n)}`);
      const out: Record<string, string> = {};
      for (const e of n.entries) {
        if (!fields.includes(e.key.text)) {
          throw new CodecError(`unknown field ${JSON.stringify(e.key.text)} (expected ${fields.join(', ')})`);
        }
      }
      for (const f of fields) out[f] = b64(n.entries.find((e) => e.key.text === f)?.value, f);
      return Object.freeze(out);
    },
    encode(v) {
      const o = (v ?? {}) as Record<string, string>;
      return { k: 'map', entries: fields.map((f) => [goString(f), goString(o[f] ?? '')] as [ENode, ENode]) };
    },
    isZero: (v) => v === undefined,
    // the pair's byte fields are always present after decoding, so a patch replaces both
    merge: (l, r) => (r === undefined ? l : r),
    toPlain: (v) => ({ ...(v as object) }),
  };
}

const cel: Codec = {
  ...textCodec('a CEL expression', (s) => s),
  // cel.Expression.Merge replaces unconditionally: a same-identity patch that omits it clears it
  merge: (_l, r) => r,
  always: true,
};

const byteSize: Codec = {
  ...textCodec('a byte size such as 10GiB', (s) =>
    parseBytes(s.replace(/^-/, '')) === undefined ? undefined : s,
  ),
  merge: (_l, r) => r,
  always: true,
};

const percentSize: Codec = {
  ...textCodec('a percentage such as 50%', (s) => {
    const m = s.match(/^-?([0-9.]+)%$/);
    return m && Number(m[1]) >= 0 && Number(m[1]) <= 100 ? s : undefined;
  }),
  merge: (_l, r) => r,
  always: true,
};

interface SizeValue {
  bytes?: string;
  percent?: string;
}
const size: Codec = {
  decode(n) {
    if (isNullNode(n)) return undefined;
    const s = text(n, 'a size such as 10GiB or 50%');
    if (s === '') return undefined;
    if (s.includes('%')) return Object.freeze({ percent: percentSize.decode(n) as string });
    return Object.freeze({ bytes: byteSize.decode(n) as string });
  },
  encode: (v) => goString((v as SizeValue | undefined)?.bytes ?? (v as SizeValue | undefined)?.percent ?? ''),
  isZero: (v) => v === undefined,
  // two pointers merged one by one: switching form leaves both set, and bytes win on output
  merge(l, r) {
    if (r === undefined) return l;
    if (l === undefined) return r;
    const lv = l as SizeValue;
    const rv = r as SizeValue;
    return Object.freeze({ bytes: rv.bytes ?? lv.bytes, percent: rv.percent ?? lv.percent });
  },
  toPlain: (v) => (v as SizeValue | undefined)?.bytes ?? (v as SizeValue | undefined)?.percent ?? '',
};

const bytesCodec: Codec = {
  decode(n) {
    if (isNullNode(n)) return undefined;
    return b64(n, 'value');
  },
  encode: (v) => goString((v as string | undefined) ?? ''),
  isZero: (v) => v === undefined || v === '',
  // []byte fields are replaced whenever the patch has them (even empty)
  merge: (l, r) => (r === undefined ? l : r),
  toPlain: (v) => v ?? '',
};

const diskSize: Codec = {
  decode(n) {
    if (isNullNode(n)) return undefined;
    const s = text(n, 'a size such as 10GB');
    const v = parseBytes(s);
    if (v === undefined) throw new CodecError(`${quoteText(n, s)} is not a size such as 10GB`);
    return v === 0 ? undefined : v;
  },
  encode(v) {
    const n = (v as number | undefined) ?? 0;
    if (n % 1000 === 0) {
      const h = formatBytes(n);
      if (parseBytes(h.replace(' ', '')) === n) return goString(h);
    }
    return goInt(n);
  },
  isZero: (v) => !v,
  merge: keepUnlessZero((v) => v === 0),
  toPlain: (v) => v ?? 0,
};

const fileMode: Codec = {
  decode(n) {
    if (isNullNode(n)) return undefined;
    const s = text(n, 'a file mode such as 0o644');
    const r = n.t === 'scalar' && n.quoted ? undefined : resolvePlain(s);
    if (r?.tag !== 'int' || Number(r.value) < 0 || Number(r.value) > 0xffffffff) {
      throw new CodecError(`${quoteText(n, s)} is not a file mode such as 0o644`);
    }
    return Number(r.value) === 0 ? undefined : Number(r.value);
  },
  encode: (v) => scalar(`0o${((v as number | undefined) ?? 0).toString(8)}`),
  isZero: (v) => !v,
  merge: keepUnlessZero((v) => v === 0),
  toPlain: (v) => v ?? 0,
};

const diskSizeMatcher: Codec = {
  decode(n) {
    if (isNullNode(n)) return undefined;
    const s = text(n, 'a size condition such as ">= 100GB"').trim();
    const m = s.match(/^(>=|<=|>|<|==)?\s*(.*)$/)!;
    if (parseBytes(m[2]!.trim()) === undefined)
      throw new CodecError(`failed to parse disk size ${quoteText(n, m[2]!)}`);
    return s;
  },
  encode: (v) => goString((v as string | undefined) ?? ''),
  isZero: (v) => v === undefined,
  merge(l, r) {
    if (r === undefined) return l;
    if (l === undefined) return r;
    // Talos's reflective merge cannot set the matcher's private field and fails here
    throw new MergeError(
      'merge not possible: install.diskSelector.size is set in both the base and the patch',
    );
  },
  toPlain: (v) => v ?? '',
};

const portRange: Codec = {
  decode(n) {
    if (isNullNode(n)) return undefined;
    const s = text(n, 'a port or port range');
    if (/^\d+$/.test(s) && Number(s) <= 65535) return s === '0' ? undefined : `${Number(s)}`;
    const m = s.match(/^(\d+)-(\d+)$/);
    if (!m || Number(m[1]) > 65535 || Number(m[2]) > 65535)
      throw new CodecError(`invalid port range: ${quoteText(n, s)}`);
    return m[1] === m[2] ? `${Number(m[1])}` : `${Number(m[1])}-${Number(m[2])}`;
  },
  encode: (v) => {
    const s = (v as string | undefined) ?? '0';
    return /^\d+$/.test(s) ? goInt(Number(s)) : goString(s);
  },
  isZero: (v) => v === undefined,
  merge: (l, r) => (r === undefined ? l : r),
  toPlain: (v) => v,
};

const hwAddr: Codec = {
  decode(n) {
    if (isNullNode(n)) return undefined;
    const s = text(n, 'a hardware address');
    if (s === '') return undefined;
    if (!/^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2})+$/.test(s))
      throw new CodecError(`${quoteText(n, s)} is not a hardware address`);
    return s.toLowerCase().replaceAll('-', ':');
  },
  encode: (v) => goString((v as string | undefined) ?? ''),
  isZero: (v) => v === undefined || v === '',
  merge: (l, r) => (r === undefined ? l : r),
  toPlain: (v) => v ?? '',
};

const anyCodec: Codec = {
  decode: (n, at) => (isNullNode(n) ? undefined : decodeAny(n, at)),
  encode: (v) => encodeAny(v),
  isZero: (v) => v === undefined || v === null,
  merge: (l, r) => (r === undefined || r === null ? l : l === undefined || l === null ? r : mergeAny(l, r)),
  toPlain: anyToPlain,
};

const unknownCodec: Codec = {
  ...textCodec('a value', (s) => s),
};

export const CODECS: Record<SpecialName, Codec> = {
  duration,
  url,
  args,
  unstructured,
  prefix: atomic('an IP prefix such as 10.0.0.0/8', normalizePrefix),
  addr: atomic('an IP address', normalizeAddr),
  addrport: atomic('an address:port', normalizeAddrPort),
  certkey: pemPair(['crt', 'key']),
  cert: pemPair(['crt']),
  key: pemPair(['key']),
  cel,
  bytesize: byteSize,
  percentsize: percentSize,
  size,
  base64bytes: bytesCodec,
  bytes: bytesCodec,
  disksize: diskSize,
  filemode: fileMode,
  disksizematcher: diskSizeMatcher,
  portrange: portRange,
  hwaddr: hwAddr,
  text: textCodec('a value', (s) => s),
  any: anyCodec,
  unknown: unknownCodec,
};
