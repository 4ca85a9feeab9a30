/**
 * The simulated fleet itself: apid routing (node / nodes / none), etcd behaviour, ordering
 * invariants from the event log, injectable hooks, and fleet management.
 */

import { mkdtempSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toStandardKeyPem } from '../../src/pki/pem.js';
import { maxConcurrentReboots, type SimulatedFleet, startSimulatedFleet } from '../../src/simulator/index.js';
import { TalosApiError } from '../../src/talos/api-error.js';
import { TalosClient } from '../../src/talos/client.js';
import type { ProtoObject } from '../../src/talos/protobuf/codec.js';
import { grpcServiceDefinition } from '../../src/talos/protobuf/grpc.js';
import { talosSchema } from '../../src/talos/protobuf/talos-schema.js';
import { readTalosconfig, resolveContext, type Talosconfig } from '../../src/talos/talosconfig.js';
import { clusterSpec, eventually, fleetOptions, machineConfig, sleep } from './fixtures.js';

const CP1 = '10.0.1.10';
const CP2 = '10.0.1.11';
const CP3 = '10.0.1.12';
const W1 = '10.0.1.20';

type UnaryFn = (
  req: ProtoObject,
  md: grpc.Metadata,
  opts: grpc.CallOptions,
  cb: (err: grpc.ServiceError | null, res: ProtoObject) => void,
) => void;
type ReadFn = (
  req: ProtoObject,
  md: grpc.Metadata,
  opts: grpc.CallOptions,
) => grpc.ClientReadableStream<ProtoObject>;
type AnyClient = Record<string, UnaryFn | ReadFn>;

/** A bare grpc-js client built from the schema, to send raw metadata the TalosClient never sends. */
function rawClients(cfg: Talosconfig) {
  const ctx = resolveContext(cfg);
  const creds = grpc.credentials.createSsl(
    Buffer.from(ctx.caPem),
    Buffer.from(toStandardKeyPem(ctx.keyPem)),
    Buffer.from(ctx.crtPem),
  );
  const schema = talosSchema();
  const Machine = grpc.makeGenericClientConstructor(
    grpcServiceDefinition(schema.service('machine.MachineService')),
    'MachineService',
  );
  const State = grpc.makeGenericClientConstructor(
    grpcServiceDefinition(schema.service('cosi.resource.State')),
    'State',
  );
  // The server certificate also names localhost; verifying that name keeps Node from warning about IP SNI.
  const options = { 'grpc.ssl_target_name_override': 'localhost' };
  const machine = new Machine(ctx.endpoints[0]!, creds, options) as unknown as AnyClient;
  const state = new State(ctx.endpoints[0]!, creds, options) as unknown as AnyClient;
  const unary = (c: AnyClient, method: string, req: ProtoObject, md: grpc.Metadata) =>
    new Promise<ProtoObject>((resolve, reject) => {
      c[method]!.call(
        c,
        req,
        md,
        { deadline: Date.now() + 2000 },
        (err: grpc.ServiceError | null, res: ProtoObject) => (err ? reject(err) : resolve(res)),
      );
    });
  const read = (path: string, md: grpc.Metadata) =>
    new Promise<ProtoObject[]>((resolve, reject) => {
      const out: ProtoObject[] = [];
      const s = (machine.Read as ReadFn).call(machine, { path }, md, { deadline: Date.now() + 2000 });
      s.on('data', (m: ProtoObject) => out.push(m));
      s.on('error', reject);
      s.on('end', () => resolve(out));
    });
  return {
    machine: (method: string, req: ProtoObject, md = new grpc.Metadata()) => unary(machine, method, req, md),
    state: (method: string, req: ProtoObject, md = new grpc.Metadata()) => unary(state, method, req, md),
    read,
    close: () => {
      (machine as unknown as grpc.Client).close();
      (state as unknown as grpc.Client).close();
    },
  };
}

function md(entries: [string, string][]): grpc.Metadata {
  const m = new grpc.Metadata();
  for (const [k, v] of entries) m.add(k, v);
  return m;
}

let fleet: SimulatedFleet;
let client: TalosClient;
let raw: ReturnType<typeof rawClients>;

beforeAll(async () => {
  fleet = await startSimulatedFleet(fleetOptions());
  client = TalosClient.fromTalosconfig(fleet.talosconfig, { deadlineMs: 2000, retryBackoffMs: 20 });
  raw = rawClients(fleet.talosconfig);
});

afterEach(async () => {
  for (const n of fleet.nodes()) {
    n.clearFaults();
    await n.waitUntilUp();
  }
});

afterAll(async () => {
  raw?.close();
  client?.close();
  await fleet?.stop();
});

describe('apid routing', () => {
  it('`nodes` fans out: one entry per target with metadata.hostname, failures as metadata.error/status', async () => {
    fleet.node(W1).setFault('unreachable');
    // Two separate `nodes` header fields, as talosctl sends them; the server sees them joined.
    const res = await raw.machine(
      'Version',
      {},
      md([
        ['nodes', CP1],
        ['nodes', `${W1}, ${CP3}`],
      ]),
    );
    const messages = res.messages as ProtoObject[];
    expect(messages).toHaveLength(3);
    const byHost = new Map(messages.map((m) => [(m.metadata as { hostname: string }).hostname, m]));
    expect((byHost.get(CP1)!.version as { tag: string }).tag).toBe('v1.11.6');
    expect(byHost.get(CP3)!.version).toBeDefined();
    const failed = byHost.get(W1)!;
    expect(failed.version).toBeUndefined();
    expect(failed.metadata).toMatchObject({
      error: expect.stringContaining('connection refused'),
      status: { code: 14 },
    });
  });

  it('`nodes` with one value still answers in one-to-many form', async () => {
    const res = await raw.machine('ServiceList', {}, md([['nodes', W1]]));
    expect((res.messages as ProtoObject[])[0]!.metadata).toMatchObject({ hostname: W1, error: '' });
  });

  it('a single `node` answers plainly, without metadata', async () => {
    const res = await raw.machine('Version', {}, md([['node', CP2]]));
    expect((res.messages as ProtoObject[])[0]!.metadata).toBeUndefined();
  });

  it('per-node errors in fan-out keep their codes (Unimplemented etcd on a worker, PermissionDenied)', async () => {
    const res = await raw.machine('EtcdMemberList', {}, md([['nodes', `${CP1},${W1}`]]));
    const worker = (res.messages as ProtoObject[]).find(
      (m) => (m.metadata as { hostname: string }).hostname === W1,
    )!;
    expect(worker.metadata).toMatchObject({ status: { code: grpc.status.UNIMPLEMENTED } });
    const reader = rawClients(fleet.mintTalosconfig(['os:reader']));
    try {
      const denied = await reader.machine('Reboot', {}, md([['nodes', `${CP1},${W1}`]]));
      for (const m of denied.messages as ProtoObject[]) {
        expect(m.metadata).toMatchObject({
          error: 'not authorized',
          status: { code: grpc.status.PERMISSION_DENIED },
        });
      }
    } finally {
      reader.close();
    }
  });

  it('rejects a multi-valued `node`, `nodes` on COSI, and targets with a port', async () => {
    await expect(raw.machine('Version', {}, md([['node', `${CP1}, ${CP2}`]]))).rejects.toMatchObject({
      code: grpc.status.INVALID_ARGUMENT,
      details: 'node metadata must be single-valued',
    });
    await expect(
      raw.state(
        'Get',
        { namespace: 'runtime', type: 'MachineStatuses.runtime.talos.dev', id: 'machine' },
        md([['nodes', CP1]]),
      ),
    ).rejects.toMatchObject({ code: grpc.status.INVALID_ARGUMENT });
    await expect(raw.machine('Version', {}, md([['node', `${CP1}:50000`]]))).rejects.toMatchObject({
      code: grpc.status.INTERNAL,
    });
  });

  it('no node metadata is answered by the first control plane', async () => {
    const [chunk] = await raw.read('/proc/sys/kernel/random/boot_id', new grpc.Metadata());
    expect((chunk!.bytes as Buffer).toString().trim()).toBe(fleet.node(CP1).bootId);
  });

  it('Read fans out too', async () => {
    fleet.node(CP3).setFault('unreachable');
    const chunks = await raw.read('/proc/sys/kernel/random/boot_id', md([['nodes', `${CP2},${CP3}`]]));
    const ok = chunks.find((c) => (c.metadata as { hostname: string }).hostname === CP2)!;
    expect((ok.bytes as Buffer).toString().trim()).toBe(fleet.node(CP2).bootId);
    const bad = chunks.find((c) => (c.metadata as { hostname: string }).hostname === CP3)!;
    expect((bad.metadata as { error: string }).error).toContain('connection refused');
  });

  it('COSI: unknown types and missing ids', async () => {
    await expect(
      raw.state('Get', { namespace: 'x', type: 'Nope.x.dev', id: 'a' }, md([['node', CP1]])),
    ).rejects.toMatchObject({
      code: grpc.status.PERMISSION_DENIED,
      details: 'resource type "Nope.x.dev" is not supported',
    });
    await expect(
      raw.state(
        'Get',
        { namespace: 'config', type: 'MachineConfigs.config.talos.dev', id: 'nope' },
        md([['node', CP1]]),
      ),
    ).rejects.toMatchObject({ code: grpc.status.NOT_FOUND });
    const persistent = await raw.state(
      'Get',
      { namespace: 'config', type: 'MachineConfigs.config.talos.dev', id: 'persistent' },
      md([['node', CP1]]),
    );
    // Talos ≤ 1.11 sends the raw config text as the YAML spec, without the yaml-spec annotation.
    const resource = persistent.resource as {
      spec: { yamlSpec: string };
      metadata: { annotations: Record<string, string> };
    };
    expect(resource.spec.yamlSpec).toBe(fleet.node(CP1).config);
    expect(resource.metadata.annotations['talos.dev/yaml-spec']).toBeUndefined();
  });

  it('COSI: from Talos 1.12 the MachineConfig YAML spec is one YAML string, marked talos.dev/yaml-spec', async () => {
    const newer = await startSimulatedFleet({
      ...fleetOptions(),
      clusters: [clusterSpec('newer', 'v1.12.11')],
    });
    const c = rawClients(newer.talosconfig);
    try {
      const got = await c.state(
        'Get',
        { namespace: 'config', type: 'MachineConfigs.config.talos.dev', id: 'v1alpha1' },
        md([['node', CP1]]),
      );
      const resource = got.resource as {
        spec: { yamlSpec: string };
        metadata: { annotations: Record<string, string> };
      };
      expect(resource.metadata.annotations['talos.dev/yaml-spec']).toBe('1');
      expect(resource.spec.yamlSpec.startsWith('|\n    ')).toBe(true);
      expect(parseYaml(resource.spec.yamlSpec)).toBe(newer.node(CP1).config);
    } finally {
      c.close();
      await newer.stop();
    }
  });

  it('Read of a missing file answers NotFound, as machined does', async () => {
    await expect(raw.read('/no/such/file', md([['node', CP1]]))).rejects.toMatchObject({
      code: grpc.status.NOT_FOUND,
      details: 'stat /no/such/file: no such file or directory',
    });
  });
});

describe('etcd', () => {
  it('leadership moves away from a rebooting leader and the event is logged', async () => {
    const leaderOf = async (via: string) => {
      const status = await client.etcdStatus(via);
      const members = await client.etcdMemberList(via);
      return members.find((m) => m.id === status.leader)!.hostname;
    };
    const leaderName = await leaderOf(CP1);
    const leader = fleet.nodes().find((n) => n.name === leaderName)!;
    const other = [CP1, CP2, CP3].find((a) => a !== leader.address)!;
    await client.reboot(leader.address);
    await eventually(() => leader.rebooting);
    expect(await leaderOf(other)).not.toBe(leaderName);
    expect(fleet.events.findLast((e) => e.type === 'etcd-leader')!.detail).toContain(
      `${leaderName} unavailable`,
    );
    await leader.waitUntilUp();
  });

  it('losing quorum leaves no leader: member list fails, status reports leader 0', async () => {
    fleet.node(CP1).setFault('unreachable');
    fleet.node(CP2).setFault('etcd-unhealthy');
    const e = await client.etcdMemberList(CP3, { deadlineMs: 200 }).catch((err: TalosApiError) => err);
    expect(e).toBeInstanceOf(TalosApiError);
    expect((e as TalosApiError).detail).toBe('etcdserver: no leader');
    expect((await client.etcdStatus(CP3)).leader).toBe(0n);
    fleet.node(CP1).clearFault('unreachable');
    expect((await client.etcdStatus(CP3)).leader).not.toBe(0n);
  });

  it('upgrade of a control plane is refused with exactly two members (unless forced)', async () => {
    const spec = clusterSpec('pair');
    spec.nodes = spec.nodes.filter((n) => n.address !== CP3);
    const f = await startSimulatedFleet({ clusters: [spec], rebootMs: 20 });
    const c = TalosClient.fromTalosconfig(f.talosconfig);
    try {
      const e = await c
        .upgrade(CP1, 'ghcr.io/siderolabs/installer:v1.11.7')
        .catch((err: TalosApiError) => err);
      expect((e as TalosApiError).detail).toContain('etcd member count(2) is insufficient');
      // Workers are not subject to the etcd checks.
      await c.upgrade(W1, 'ghcr.io/siderolabs/installer:v1.11.7');
    } finally {
      c.close();
      await f.stop();
    }
  });
});

describe('event log', () => {
  it('shows whether control planes were ever down together', async () => {
    // One at a time: wait for each to come back before the next.
    for (const cp of [CP1, CP2, CP3]) {
      await client.reboot(cp);
      await eventually(() => fleet.node(cp).rebooting);
      await fleet.node(cp).waitUntilUp();
    }
    const isCp = (e: { role: string; cluster: string }) => e.role === 'controlplane' && e.cluster === 'prod';
    expect(maxConcurrentReboots(fleet.events, isCp)).toBe(1);
    const seqs = fleet.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const ats = fleet.events.map((e) => e.at);
    expect(ats).toEqual([...ats].sort((a, b) => a - b));

    // All at once: the invariant is visibly broken.
    const before = fleet.events.length;
    await Promise.all([CP1, CP2, CP3].map((cp) => client.reboot(cp)));
    await eventually(() => [CP1, CP2, CP3].every((cp) => fleet.node(cp).rebooting));
    await Promise.all([CP1, CP2, CP3].map((cp) => fleet.node(cp).waitUntilUp()));
    expect(maxConcurrentReboots(fleet.events.slice(before), isCp)).toBe(3);
  });

  it('records apply, dry-run and rejected applies with the resolved mode', async () => {
    const node = fleet.node(W1);
    await client.applyConfiguration(W1, node.config, { mode: 'auto', dryRun: true });
    await client.applyConfiguration(W1, node.config, { mode: 'auto' });
    await client.applyConfiguration(W1, 'not: [valid', { mode: 'auto' }).catch(() => undefined);
    const mine = fleet.events.filter((e) => e.node === W1).slice(-3);
    expect(mine.map((e) => [e.type, e.detail?.split(';')[0]])).toEqual([
      ['dry-run', 'auto -> no-reboot'],
      ['apply', 'auto -> no-reboot'],
      ['apply-rejected', expect.stringContaining('failed to parse config')],
    ]);
  });
});

describe('TRY mode', () => {
  it('reverts the config when the timeout passes', async () => {
    const node = fleet.node(W1);
    const before = node.config;
    const next = machineConfig({
      type: 'worker',
      hostname: 'worker-1',
      machine: { nodeLabels: { try: 'yes' } },
    });
    const r = await client.applyConfiguration(W1, next, { mode: 'try', tryModeTimeoutMs: 50 });
    expect(r.mode).toBe('try');
    expect(node.config).toBe(next);
    await eventually(() => node.config === before);
    expect(fleet.events.findLast((e) => e.node === W1)!.type).toBe('config-rollback');
  });
});

describe('hooks', () => {
  it('uses the injected validator and reboot predictor, passing the Talos version', async () => {
    const seen: string[] = [];
    const f = await startSimulatedFleet(
      fleetOptions({
        hooks: {
          validate: (yaml, version) => {
            seen.push(version);
            return yaml.includes('forbidden') ? ['machine.kubelet: forbidden by policy'] : [];
          },
          needsReboot: () => true,
        },
      }),
    );
    const c = TalosClient.fromTalosconfig(f.talosconfig);
    try {
      const cfg = f.node(W1).config;
      const rejected = await c
        .applyConfiguration(W1, `${cfg}# forbidden\n`, { mode: 'auto' })
        .catch((e) => e);
      expect(rejected).toMatchObject({
        kind: 'invalid-config',
        detail: expect.stringContaining('forbidden by policy'),
      });
      const dry = await c.applyConfiguration(W1, cfg, { mode: 'auto', dryRun: true });
      expect(dry.mode).toBe('reboot');
      expect(seen).toEqual(['v1.11.6', 'v1.11.6']);
    } finally {
      c.close();
      await f.stop();
    }
  });
});

describe('fleet management', () => {
  it('writes a 0600 talosconfig a client can load', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fleet-')), 'talosconfig');
    await fleet.writeTalosconfig(path);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const cfg = await readTalosconfig(path);
    expect(cfg.context).toBe('prod');
    expect(cfg.contexts.prod!.endpoints).toEqual([fleet.clusters[0]!.endpoint]);
    expect(cfg.contexts.prod!.nodes).toEqual([CP1, CP2, CP3, W1, '10.0.1.21']);
    const c = await TalosClient.fromFile(path);
    try {
      expect((await c.version(CP1)).tag).toBe('v1.11.6');
    } finally {
      c.close();
    }
  });

  it('runs several clusters with their own CAs; certificates do not cross clusters', async () => {
    const f = await startSimulatedFleet({
      clusters: [clusterSpec('a'), clusterSpec('b', 'v1.10.9')],
      rebootMs: 20,
      faults: { [`b/${W1}`]: { unreachable: true } },
    });
    try {
      expect(Object.keys(f.talosconfig.contexts)).toEqual(['a', 'b']);
      expect(() => f.node(W1)).toThrow(/several clusters/);
      expect(f.node(W1, 'b').faults).toEqual({ unreachable: true });
      expect(f.node(W1, 'a').faults).toEqual({});
      const a = TalosClient.fromTalosconfig(f.talosconfig, { context: 'a' });
      const b = TalosClient.fromTalosconfig(f.talosconfig, { context: 'b', deadlineMs: 300 });
      expect((await a.version(W1)).tag).toBe('v1.11.6');
      expect((await b.version(CP1)).tag).toBe('v1.10.9');
      expect(((await b.version(W1).catch((e: TalosApiError) => e)) as TalosApiError).kind).toBe(
        'unreachable',
      );
      // Cluster a's credentials against cluster b's endpoint: different CA.
      const cross = await a
        .version(CP1, { endpoint: f.clusters[1]!.endpoint, deadlineMs: 1000 })
        .catch((e: TalosApiError) => e);
      expect((cross as TalosApiError).kind).toBe('tls');
      a.close();
      b.close();
    } finally {
      await f.stop();
    }
  });

  it('stops promptly even with calls left hanging and reboots in flight', async () => {
    const f = await startSimulatedFleet(fleetOptions({ rebootMs: 10_000 }));
    const c = TalosClient.fromTalosconfig(f.talosconfig, { deadlineMs: 5000, retries: 0 });
    f.node(CP2).setFault('hang');
    const pending = c.version(CP2).catch((e: TalosApiError) => e);
    await c.reboot(W1);
    await sleep(20);
    const started = Date.now();
    await f.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(((await pending) as TalosApiError).kind).toBeDefined();
    c.close();
  });

  it('rejects bad cluster specs', async () => {
    const spec = clusterSpec('dup');
    spec.nodes.push({ ...spec.nodes[0]! });
    await expect(startSimulatedFleet({ clusters: [spec] })).rejects.toThrow(/duplicate node/);
  });
});
