/**
 * google.protobuf.Struct and plain JSON values, both ways, in the codec's object form (a Value is
 * one of nullValue, numberValue, stringValue, boolValue, structValue, listValue).
 */
import type { ProtoObject } from './codec.js';

export function toStruct(obj: Record<string, unknown>): ProtoObject {
  return { fields: Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, toValue(v)])) };
}

export function toValue(v: unknown): ProtoObject {
  if (v === null || v === undefined) return { nullValue: 0 };
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (Array.isArray(v)) return { listValue: { values: v.map(toValue) } };
  if (typeof v === 'object') return { structValue: toStruct(v as Record<string, unknown>) };
  return { stringValue: String(v) };
}

export function fromStruct(s: ProtoObject | undefined): Record<string, unknown> {
  const fields = (s?.fields ?? {}) as Record<string, ProtoObject>;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, fromValue(v)]));
}

export function fromValue(v: ProtoObject | undefined): unknown {
  if (!v) return null;
  if (v.structValue !== undefined) return fromStruct(v.structValue as ProtoObject);
  if (v.listValue !== undefined)
    return ((v.listValue as ProtoObject).values as ProtoObject[] | undefined)?.map(fromValue) ?? [];
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.numberValue !== undefined) return v.numberValue;
  if (v.boolValue !== undefined) return v.boolValue;
  return null;
}
