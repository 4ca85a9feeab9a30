/**
 * Schema-driven protobuf encoder/decoder over plain JS objects.
 *
 * Value mapping: field names are lowerCamelCase; 64-bit integers are bigint (numbers and decimal
 * strings are accepted when encoding, never produced); 32-bit integers, floats and enums are
 * numbers (enum names are accepted when encoding); bytes are Uint8Array (Buffer when decoded);
 * maps are plain objects keyed by the key's decimal/text form.
 *
 * Proto3 presence: an implicit-presence field holding its default is not written; on decode such
 * fields are filled with defaults, repeated fields with [], maps with {}. Messages, `optional`
 * fields and oneof members are left undefined when absent.
 */
import type { ScalarType } from './parser.js';
import type { Field, FieldKind, MessageType } from './schema.js';
import {
  Reader,
  WireType,
  Writer,
  zigzagDecode32,
  zigzagDecode64,
  zigzagEncode32,
  zigzagEncode64,
} from './wire.js';

export type ProtoObject = Record<string, unknown>;

export class ProtoCodecError extends Error {
  override name = 'ProtoCodecError';
}

function scalarWireType(s: ScalarType): number {
  switch (s) {
    case 'double':
    case 'fixed64':
    case 'sfixed64':
      return WireType.I64;
    case 'float':
    case 'fixed32':
    case 'sfixed32':
      return WireType.I32;
    case 'string':
    case 'bytes':
      return WireType.LEN;
    default:
      return WireType.VARINT;
  }
}

function kindWireType(k: FieldKind): number {
  if (k.kind === 'message') return WireType.LEN;
  if (k.kind === 'enum') return WireType.VARINT;
  return scalarWireType(k.scalar);
}

// ---- encoding ----

function toBigInt(v: unknown, where: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  throw new ProtoCodecError(`${where}: expected a 64-bit integer (bigint or decimal string)`);
}

function toInt(v: unknown, where: string): number {
  if (typeof v === 'bigint') v = Number(v);
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new ProtoCodecError(`${where}: expected an integer`);
  return v;
}

function enumNumber(k: FieldKind & { kind: 'enum' }, v: unknown, where: string): number {
  if (typeof v === 'string') {
    const n = k.type.byName.get(v);
    if (n === undefined) throw new ProtoCodecError(`${where}: unknown ${k.type.fullName} value "${v}"`);
    return n;
  }
  return toInt(v, where);
}

function isDefault(k: FieldKind, v: unknown): boolean {
  if (k.kind === 'message') return false;
  if (k.kind === 'enum') return v === 0 || (typeof v === 'string' && k.type.byName.get(v) === 0);
  switch (k.scalar) {
    case 'bool':
      return v === false;
    case 'string':
      return v === '';
    case 'bytes':
      return (v as Uint8Array).length === 0;
    default:
      return v === 0 || v === 0n || v === '0';
  }
}

function writeScalar(w: Writer, s: ScalarType, v: unknown, where: string): void {
  switch (s) {
    case 'double':
      w.double(Number(v));
      return;
    case 'float':
      w.float(Number(v));
      return;
    case 'int32':
      w.int32(toInt(v, where));
      return;
    case 'uint32':
      w.uint32(toInt(v, where));
      return;
    case 'sint32':
      w.uint32(zigzagEncode32(toInt(v, where)));
      return;
    case 'fixed32':
      w.fixed32(toInt(v, where));
      return;
    case 'sfixed32':
      w.sfixed32(toInt(v, where));
      return;
    case 'int64':
    case 'uint64':
      w.varint64(toBigInt(v, where));
      return;
    case 'sint64':
      w.varint64(zigzagEncode64(toBigInt(v, where)));
      return;
    case 'fixed64':
    case 'sfixed64':
      w.fixed64(toBigInt(v, where));
      return;
    case 'bool':
      if (typeof v !== 'boolean') throw new ProtoCodecError(`${where}: expected a boolean`);
      w.uint32(v ? 1 : 0);
      return;
    case 'string':
      if (typeof v !== 'string') throw new ProtoCodecError(`${where}: expected a string`);
      w.bytes(Buffer.from(v, 'utf8'));
      return;
    case 'bytes':
      if (typeof v === 'string') w.bytes(Buffer.from(v, 'utf8'));
      else if (v instanceof Uint8Array) w.bytes(v);
      else throw new ProtoCodecError(`${where}: expected bytes (Uint8Array)`);
      return;
  }
}

function writeValue(w: Writer, k: FieldKind, v: unknown, where: string): void {
  if (k.kind === 'message') {
    if (typeof v !== 'object' || v === null) throw new ProtoCodecError(`${where}: expected an object`);
    w.bytes(encodeMessage(k.type, v as ProtoObject, where));
  } else if (k.kind === 'enum') {
    w.int32(enumNumber(k, v, where));
  } else {
    writeScalar(w, k.scalar, v, where);
  }
}

function mapKey(s: ScalarType, key: string): unknown {
  if (s === 'string') return key;
  if (s === 'bool') return key === 'true';
  if (s.endsWith('64')) return BigInt(key);
  return Number(key);
}

function writeField(w: Writer, f: Field, v: unknown, where: string): void {
  if (f.map) {
    if (typeof v !== 'object' || v === null) throw new ProtoCodecError(`${where}: expected a map object`);
    for (const [key, val] of Object.entries(v as Record<string, unknown>)) {
      const entry = new Writer();
      entry.tag(1, scalarWireType(f.map.key));
      writeScalar(entry, f.map.key, mapKey(f.map.key, key), `${where}[${key}]`);
      entry.tag(2, kindWireType(f.value));
      writeValue(entry, f.value, val, `${where}[${key}]`);
      w.tag(f.number, WireType.LEN).bytes(entry.finish());
    }
    return;
  }
  if (f.repeated) {
    if (!Array.isArray(v)) throw new ProtoCodecError(`${where}: expected an array`);
    if (v.length === 0) return;
    const wt = kindWireType(f.value);
    if (wt !== WireType.LEN) {
      // proto3 packs repeated numeric fields.
      const packed = new Writer();
      v.forEach((item, i) => {
        writeValue(packed, f.value, item, `${where}[${i}]`);
      });
      w.tag(f.number, WireType.LEN).bytes(packed.finish());
    } else {
      v.forEach((item, i) => {
        w.tag(f.number, wt);
        writeValue(w, f.value, item, `${where}[${i}]`);
      });
    }
    return;
  }
  if (!f.explicitPresence && isDefault(f.value, v)) return;
  w.tag(f.number, kindWireType(f.value));
  writeValue(w, f.value, v, where);
}

/** Encodes `value` as `type`. Unknown properties are an error (they are usually typos). */
export function encodeMessage(type: MessageType, value: ProtoObject, where = type.fullName): Buffer {
  for (const key of Object.keys(value)) {
    if (value[key] !== undefined && !type.byJsName.has(key)) {
      throw new ProtoCodecError(`${where}: unknown field "${key}"`);
    }
  }
  const w = new Writer();
  for (const f of type.fields) {
    const v = value[f.jsName];
    if (v === undefined || v === null) continue;
    writeField(w, f, v, `${where}.${f.jsName}`);
  }
  return w.finish();
}

// ---- decoding ----

function defaultValue(k: FieldKind): unknown {
  if (k.kind === 'enum') return 0;
  if (k.kind === 'message') return undefined;
  switch (k.scalar) {
    case 'bool':
      return false;
    case 'string':
      return '';
    case 'bytes':
      return Buffer.alloc(0);
    case 'int64':
    case 'uint64':
    case 'sint64':
    case 'fixed64':
    case 'sfixed64':
      return 0n;
    default:
      return 0;
  }
}

function readScalar(r: Reader, s: ScalarType): unknown {
  switch (s) {
    case 'double':
      return r.double();
    case 'float':
      return r.float();
    case 'int32':
      return r.varint32() | 0;
    case 'uint32':
      return r.varint32();
    case 'sint32':
      return zigzagDecode32(r.varint32());
    case 'fixed32':
      return r.fixed32();
    case 'sfixed32':
      return r.sfixed32();
    case 'int64':
      return BigInt.asIntN(64, r.varint64());
    case 'uint64':
      return r.varint64();
    case 'sint64':
      return zigzagDecode64(r.varint64());
    case 'fixed64':
      return r.fixed64();
    case 'sfixed64':
      return BigInt.asIntN(64, r.fixed64());
    case 'bool':
      return r.varint64() !== 0n;
    case 'string':
      return r.lengthDelimited().toString('utf8');
    case 'bytes':
      return Buffer.from(r.lengthDelimited());
  }
}

function readValue(r: Reader, k: FieldKind, existing?: unknown): unknown {
  if (k.kind === 'message') {
    const payload = r.lengthDelimited();
    return decodeMessage(k.type, payload, existing as ProtoObject | undefined);
  }
  if (k.kind === 'enum') return r.varint32() | 0;
  return readScalar(r, k.scalar);
}

function decodeMapEntry(f: Field & { map: { key: ScalarType } }, payload: Buffer): [string, unknown] {
  const r = new Reader(payload);
  let key: unknown = defaultValue({ kind: 'scalar', scalar: f.map.key });
  let value: unknown = defaultValue(f.value);
  while (!r.done()) {
    const { field, wireType } = r.tag();
    if (field === 1 && wireType === scalarWireType(f.map.key)) key = readScalar(r, f.map.key);
    else if (field === 2 && wireType === kindWireType(f.value)) value = readValue(r, f.value, value);
    else r.skip(wireType, field);
  }
  if (value === undefined && f.value.kind === 'message') value = decodeMessage(f.value.type, Buffer.alloc(0));
  return [String(key), value];
}

/** Decodes `bytes` as `type`; when `into` is given, merges into it (protobuf merge semantics). */
export function decodeMessage(type: MessageType, bytes: Uint8Array, into?: ProtoObject): ProtoObject {
  const out: ProtoObject = into ?? {};
  if (!into) {
    for (const f of type.fields) {
      if (f.map) out[f.jsName] = {};
      else if (f.repeated) out[f.jsName] = [];
      else if (!f.explicitPresence) out[f.jsName] = defaultValue(f.value);
    }
  }
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const r = new Reader(buf);
  while (!r.done()) {
    const { field, wireType } = r.tag();
    const f = type.byNumber.get(field);
    if (!f) {
      r.skip(wireType, field);
      continue;
    }
    const expected = kindWireType(f.value);
    if (f.map) {
      if (wireType !== WireType.LEN) throw new ProtoCodecError(`${type.fullName}.${f.name}: bad wire type`);
      const [k, v] = decodeMapEntry(f as Field & { map: { key: ScalarType } }, r.lengthDelimited());
      (out[f.jsName] as Record<string, unknown>)[k] = v;
    } else if (f.repeated) {
      const list = out[f.jsName] as unknown[];
      if (wireType === WireType.LEN && expected !== WireType.LEN) {
        const packed = r.lengthDelimited();
        const pr = new Reader(packed);
        while (!pr.done()) list.push(readValue(pr, f.value));
      } else if (wireType === expected) {
        list.push(readValue(r, f.value));
      } else {
        throw new ProtoCodecError(`${type.fullName}.${f.name}: bad wire type ${wireType}`);
      }
    } else {
      if (wireType !== expected)
        throw new ProtoCodecError(`${type.fullName}.${f.name}: bad wire type ${wireType}`);
      if (f.oneof) {
        for (const other of type.fields) {
          if (other.oneof === f.oneof && other !== f) delete out[other.jsName];
        }
      }
      out[f.jsName] = readValue(r, f.value, out[f.jsName]);
    }
  }
  return out;
}
