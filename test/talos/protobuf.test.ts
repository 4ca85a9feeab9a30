import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROTO_SOURCES } from '../../src/talos/proto/index.js';
import { decodeMessage, encodeMessage, ProtoCodecError } from '../../src/talos/protobuf/codec.js';
import { ProtoParseError, parseProto } from '../../src/talos/protobuf/parser.js';
import { ProtoSchemaError, Schema } from '../../src/talos/protobuf/schema.js';
import { talosSchema } from '../../src/talos/protobuf/talos-schema.js';

// ---- an independent, deliberately tiny wire-format walker (not the project's Reader) ----
type WireField = { field: number; wireType: number; value: bigint | Buffer };
function walk(buf: Uint8Array): WireField[] {
  const out: WireField[] = [];
  let i = 0;
  const varint = (): bigint => {
    let v = 0n;
    let s = 0n;
    for (;;) {
      const b = buf[i++]!;
      v |= BigInt(b & 0x7f) << s;
      s += 7n;
      if (b < 0x80) return v;
    }
  };
  while (i < buf.length) {
    const tag = varint();
    const field = Number(tag >> 3n);
    const wireType = Number(tag & 7n);
    if (wireType === 0) out.push({ field, wireType, value: varint() });
    else if (wireType === 2) {
      const len = Number(varint());
      out.push({ field, wireType, value: Buffer.from(buf.subarray(i, i + len)) });
      i += len;
    } else if (wireType === 1) {
      out.push({ field, wireType, value: Buffer.from(buf.subarray(i, i + 8)) });
      i += 8;
    } else if (wireType === 5) {
      out.push({ field, wireType, value: Buffer.from(buf.subarray(i, i + 4)) });
      i += 4;
    } else throw new Error(`wire type ${wireType}`);
  }
  return out;
}
const byField = (fields: WireField[], n: number) => fields.filter((f) => f.field === n);

const schema = talosSchema();
const enc = (type: string, v: Record<string, unknown>) => encodeMessage(schema.message(type), v);
const dec = (type: string, b: Uint8Array) => decodeMessage(schema.message(type), b);

describe('embedded .proto sources', () => {
  it('match the .proto files on disk (run node scripts/embed-protos.mjs when this fails)', () => {
    const dir = join(import.meta.dirname, '../../src/talos/proto');
    const files = readdirSync(dir).filter((f) => f.endsWith('.proto'));
    expect(Object.keys(PROTO_SOURCES).sort()).toEqual(files.sort());
    for (const f of files) expect(PROTO_SOURCES[f]).toBe(readFileSync(join(dir, f), 'utf8'));
  });

  it('resolve every method the client and simulator use', () => {
    const paths = [
      ...schema.service('machine.MachineService').methods,
      ...schema.service('cosi.resource.State').methods,
    ].map((m) => m.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/machine.MachineService/ApplyConfiguration',
        '/machine.MachineService/Version',
        '/machine.MachineService/ServiceList',
        '/machine.MachineService/EtcdMemberList',
        '/machine.MachineService/EtcdStatus',
        '/machine.MachineService/EtcdForfeitLeadership',
        '/machine.MachineService/Upgrade',
        '/machine.MachineService/Reboot',
        '/machine.MachineService/Read',
        '/cosi.resource.State/Get',
      ]),
    );
    const read = schema.method('/machine.MachineService/Read');
    expect(read.responseStream).toBe(true);
    expect(read.responseType.fullName).toBe('common.Data');
    expect(schema.method('/machine.MachineService/Version').requestType.fullName).toBe(
      'google.protobuf.Empty',
    );
  });
});

describe('reference field numbers on the wire (independent walker)', () => {
  it('ApplyConfigurationRequest: data=1, mode=4, dry_run=5', () => {
    const bytes = enc('machine.ApplyConfigurationRequest', {
      data: Buffer.from('version: v1alpha1\n'),
      mode: 'NO_REBOOT',
      dryRun: true,
    });
    const f = walk(bytes);
    expect(f.map((x) => x.field)).toEqual([1, 4, 5]);
    expect(byField(f, 1)[0]).toMatchObject({ wireType: 2, value: Buffer.from('version: v1alpha1\n') });
    expect(byField(f, 4)[0]).toMatchObject({ wireType: 0, value: 2n });
    expect(byField(f, 5)[0]).toMatchObject({ wireType: 0, value: 1n });
    // AUTO = 1
    expect(walk(enc('machine.ApplyConfigurationRequest', { mode: 1 }))).toEqual([
      { field: 4, wireType: 0, value: 1n },
    ]);
  });

  it('ApplyConfiguration reply: warnings=2, mode=3, mode_details=4', () => {
    const bytes = enc('machine.ApplyConfiguration', { warnings: ['w'], mode: 2, modeDetails: 'x' });
    expect(walk(bytes).map((x) => [x.field, x.wireType])).toEqual([
      [2, 2],
      [3, 0],
      [4, 2],
    ]);
  });

  it('EtcdMember: id=2 (uint64, full precision), hostname=3, peer_urls=4, client_urls=5, is_learner=6', () => {
    const id = 0xfedcba9876543210n;
    const bytes = enc('machine.EtcdMember', {
      id,
      hostname: 'cp-1',
      peerUrls: ['https://10.0.1.10:2380'],
      clientUrls: ['https://10.0.1.10:2379'],
      isLearner: true,
    });
    const f = walk(bytes);
    expect(f.map((x) => x.field)).toEqual([2, 3, 4, 5, 6]);
    expect(byField(f, 2)[0]!.value).toBe(id);
    expect(dec('machine.EtcdMember', bytes).id).toBe(id);
    // Decimal strings are accepted for 64-bit fields.
    expect(dec('machine.EtcdMember', enc('machine.EtcdMember', { id: id.toString() })).id).toBe(id);
  });

  it('COSI GetRequest: namespace=1, type=2, id=3', () => {
    const f = walk(
      enc('cosi.resource.GetRequest', {
        namespace: 'config',
        type: 'MachineConfigs.config.talos.dev',
        id: 'v1alpha1',
      }),
    );
    expect(f.map((x) => [x.field, String(x.value)])).toEqual([
      [1, 'config'],
      [2, 'MachineConfigs.config.talos.dev'],
      [3, 'v1alpha1'],
    ]);
  });

  it('EtcdMemberStatus: leader=4, errors=8, member_id=10, storage_version=11', () => {
    const f = walk(
      enc('machine.EtcdMemberStatus', { leader: 7n, errors: ['e'], memberId: 9n, storageVersion: '3.5.0' }),
    );
    expect(f.map((x) => x.field)).toEqual([4, 8, 10, 11]);
  });

  it('MachineStatusSpec: stage=1, status=2{ready=1, unmet_conditions=2{name=1, reason=2}}', () => {
    const bytes = enc('talos.resource.definitions.runtime.MachineStatusSpec', {
      stage: 'MACHINE_STAGE_RUNNING',
      status: { ready: true, unmetConditions: [{ name: 'services', reason: 'kubelet not healthy' }] },
    });
    const f = walk(bytes);
    expect(byField(f, 1)[0]!.value).toBe(4n);
    const status = walk(byField(f, 2)[0]!.value as Buffer);
    expect(byField(status, 1)[0]!.value).toBe(1n);
    const cond = walk(byField(status, 2)[0]!.value as Buffer);
    expect(cond.map((x) => [x.field, String(x.value)])).toEqual([
      [1, 'services'],
      [2, 'kubelet not healthy'],
    ]);
  });

  it('UpgradeRequest image=1 stage=3 force=4 reboot_mode=5; RebootRequest mode=1; common.Metadata hostname=1 error=2 status=3', () => {
    expect(
      walk(enc('machine.UpgradeRequest', { image: 'i', stage: true, force: true, rebootMode: 1 })).map(
        (x) => x.field,
      ),
    ).toEqual([1, 3, 4, 5]);
    expect(walk(enc('machine.RebootRequest', { mode: 'POWERCYCLE' }))).toEqual([
      { field: 1, wireType: 0, value: 1n },
    ]);
    const md = walk(
      enc('common.Metadata', { hostname: 'h', error: 'e', status: { code: 14, message: 'm' } }),
    );
    expect(md.map((x) => x.field)).toEqual([1, 2, 3]);
    expect(walk(byField(md, 3)[0]!.value as Buffer)).toEqual([
      { field: 1, wireType: 0, value: 14n },
      { field: 2, wireType: 2, value: Buffer.from('m') },
    ]);
  });

  it('MachineConfigSpec yaml_marshalled=1 inside COSI Resource{metadata=1, spec=2{proto_spec=1, yaml_spec=2}}', () => {
    const inner = enc('resource.config.MachineConfigSpec', { yamlMarshalled: Buffer.from('a: 1\n') });
    expect(walk(inner)).toEqual([{ field: 1, wireType: 2, value: Buffer.from('a: 1\n') }]);
    const res = walk(
      enc('cosi.resource.Resource', { metadata: { id: 'v1alpha1' }, spec: { protoSpec: inner } }),
    );
    expect(res.map((x) => x.field)).toEqual([1, 2]);
    expect(walk(byField(res, 2)[0]!.value as Buffer)).toEqual([{ field: 1, wireType: 2, value: inner }]);
  });
});

describe('codec', () => {
  it('omits proto3 defaults and fills them on decode', () => {
    expect(enc('machine.ApplyConfigurationRequest', { mode: 'REBOOT', dryRun: false }).length).toBe(0);
    expect(dec('machine.ApplyConfiguration', Buffer.alloc(0))).toEqual({
      warnings: [],
      mode: 0,
      modeDetails: '',
    });
    const v = dec('machine.EtcdMemberStatus', Buffer.alloc(0));
    expect(v.dbSize).toBe(0n);
    expect(v.errors).toEqual([]);
  });

  it('round-trips maps, nested messages, timestamps and negative int64', () => {
    const value = {
      namespace: 'runtime',
      labels: { a: '1', 'b/c': '' },
      created: { seconds: -5n, nanos: 7 },
      finalizers: ['x', 'y'],
    };
    const out = dec('cosi.resource.Metadata', enc('cosi.resource.Metadata', value));
    expect(out).toMatchObject(value);
    expect(out.annotations).toEqual({});
    expect(out.updated).toBeUndefined();
  });

  it('merges a repeated occurrence of a message field (how apid appends metadata)', () => {
    const reply = enc('machine.Version', { version: { tag: 'v1.11.6' } });
    const appended = Buffer.concat([reply, enc('common.Empty', { metadata: { hostname: '10.0.1.10' } })]);
    expect(dec('machine.Version', appended)).toMatchObject({
      metadata: { hostname: '10.0.1.10' },
      version: { tag: 'v1.11.6' },
    });
  });

  it('decodes packed and unpacked repeated scalars, and skips unknown fields', () => {
    const s = Schema.fromSources({
      't.proto': 'syntax = "proto3"; package t; message M { repeated int32 xs = 1; sint64 z = 2; }',
    });
    const m = s.message('t.M');
    const packed = encodeMessage(m, { xs: [1, -1, 300], z: -3n });
    expect(walk(packed)[0]!.wireType).toBe(2);
    expect(decodeMessage(m, packed)).toEqual({ xs: [1, -1, 300], z: -3n });
    const unpacked = Buffer.from([0x08, 0x05, 0x08, 0x06, 0x98, 0x06, 0x01 /* field 99 varint */]);
    expect(decodeMessage(m, unpacked)).toEqual({ xs: [5, 6], z: 0n });
  });

  it('handles oneof and optional presence', () => {
    const s = Schema.fromSources({
      't.proto': `syntax = "proto3"; package t;
        message P { oneof r { string message = 1; int32 exit_code = 2; } optional string id = 3; }`,
    });
    const m = s.message('t.P');
    expect(walk(encodeMessage(m, { exitCode: 0 }))).toEqual([{ field: 2, wireType: 0, value: 0n }]);
    expect(decodeMessage(m, encodeMessage(m, { exitCode: 0 }))).toEqual({ exitCode: 0 });
    const both = Buffer.concat([encodeMessage(m, { message: 'hi' }), encodeMessage(m, { exitCode: 3 })]);
    expect(decodeMessage(m, both)).toEqual({ exitCode: 3 });
    expect(decodeMessage(m, encodeMessage(m, { id: '' }))).toEqual({ id: '' });
  });

  it('rejects unknown properties, bad enum names and lossy 64-bit numbers', () => {
    expect(() => enc('machine.ApplyConfigurationRequest', { dry_run: true })).toThrow(ProtoCodecError);
    expect(() => enc('machine.ApplyConfigurationRequest', { mode: 'SOMETIMES' })).toThrow(/unknown/);
    expect(() => enc('machine.EtcdMember', { id: 2 ** 60 })).toThrow(/64-bit/);
  });
});

describe('parser and schema errors', () => {
  it('reports the file and line', () => {
    expect(() => parseProto('syntax = "proto3";\nmessage M {\n  string a = 0;\n}', 'x.proto')).toThrow(
      /x\.proto:3: invalid field number 0/,
    );
    expect(() => parseProto('syntax = "proto2";', 'y.proto')).toThrow(ProtoParseError);
    expect(() => Schema.fromSources({ 'a.proto': 'syntax = "proto3"; import "b.proto";' })).toThrow(
      ProtoSchemaError,
    );
    expect(() =>
      Schema.fromSources({ 'a.proto': 'syntax = "proto3"; package a; message M { Missing m = 1; }' }),
    ).toThrow(/unknown type Missing/);
  });

  it('resolves nested and relative names by scope', () => {
    const s = Schema.fromSources({
      'a.proto': `syntax = "proto3"; package x.y;
        /* block comment */ option go_package = "z";
        message Outer { enum E { A = 0; B = 1; } message Inner { E e = 1; } Inner inner = 1 [deprecated = true]; }
        message Other { Outer.Inner i = 1; .x.y.Outer.E e = 2; map<int64, Outer> m = 3; }
        service S { rpc Do(stream Other) returns (stream Outer) { option idempotency_level = NO_SIDE_EFFECTS; } }`,
    });
    const other = s.message('x.y.Other');
    expect(other.byNumber.get(1)!.value).toMatchObject({
      kind: 'message',
      type: { fullName: 'x.y.Outer.Inner' },
    });
    expect(other.byNumber.get(2)!.value).toMatchObject({ kind: 'enum', type: { fullName: 'x.y.Outer.E' } });
    const m = s.method('/x.y.S/Do');
    expect(m.requestStream && m.responseStream).toBe(true);
    const v = { m: { '-5': { inner: { e: 1 } } } };
    expect(decodeMessage(other, encodeMessage(other, v))).toMatchObject(v);
  });
});
