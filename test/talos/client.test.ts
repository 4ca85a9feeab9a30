/**
 * TalosClient against the simulated fleet over loopback mTLS: every method, the error kinds, and
 * every injectable fault.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTalosOsCa, issueClientCertificate } from '../../src/pki/ca.js';
import { decodePem, TALOS_ED25519_LABEL, toStandardKeyPem } from '../../src/pki/pem.js';
import { type SimulatedFleet, startSimulatedFleet } from '../../src/simulator/index.js';
import { TalosApiError } from '../../src/talos/api-error.js';
import { TalosClient } from '../../src/talos/client.js';
import {
  makeContext,
  resolveContext,
  type Talosconfig,
  TalosconfigError,
} from '../../src/talos/talosconfig.js';
import { clusterSpec, eventually, fleetOptions, machineConfig, sleep } from '../simulator/fixtures.js';

const CP1 = '10.0.1.10';
const CP2 = '10.0.1.11';
const CP3 = '10.0.1.12';
const W1 = '10.0.1.20';

let fleet: SimulatedFleet;
let client: TalosClient;
const extraClients: TalosClient[] = [];

function newClient(cfg: Talosconfig, opts: ConstructorParameters<typeof TalosClient>[1] = {}): TalosClient {
  const c = TalosClient.fromTalosconfig(cfg, { retryBackoffMs: 20, maxBackoffMs: 50, ...opts });
  extraClients.push(c);
  return c;
}

async function apiError(p: Promise<unknown>): Promise<TalosApiError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(TalosApiError);
    return err as TalosApiError;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  fleet = await startSimulatedFleet(fleetOptions());
  client = newClient(fleet.talosconfig, { deadlineMs: 3000 });
});

afterEach(async () => {
  for (const n of fleet.nodes()) {
    n.clearFaults();
    await n.waitUntilUp();
  }
});

afterAll(async () => {
  for (const c of extraClients) c.close();
  await fleet?.stop();
});

describe('read-only calls', () => {
  it('Version, ServiceList, MachineStatus, MachineConfig and boot id', async () => {
    const v = await client.version(CP1);
    expect(v).toMatchObject({ tag: 'v1.11.6', platform: { name: 'metal', mode: 'metal' }, rbac: true });

    const cpServices = await client.serviceList(CP1);
    expect(cpServices.map((s) => s.id)).toEqual([
      'apid',
      'containerd',
      'cri',
      'etcd',
      'kubelet',
      'machined',
      'trustd',
      'udevd',
    ]);
    expect(cpServices.every((s) => s.state === 'Running' && s.healthy && !s.healthUnknown)).toBe(true);
    expect(cpServices[0]!.lastChange).toBeInstanceOf(Date);
    const workerServices = (await client.serviceList(W1)).map((s) => s.id);
    expect(workerServices).not.toContain('etcd');
    expect(workerServices).not.toContain('trustd');

    expect(await client.getMachineStatus(W1)).toEqual({ stage: 'running', ready: true, unmetConditions: [] });
    expect(await client.getMachineConfig(CP2)).toBe(fleet.node(CP2).config);
    expect(await client.bootId(CP3)).toBe(fleet.node(CP3).bootId);
  });

  it('etcd member list and status (control planes only)', async () => {
    const members = await client.etcdMemberList(CP2);
    expect(members.map((m) => m.hostname)).toEqual(['cp-1', 'cp-2', 'cp-3']);
    expect(members.every((m) => typeof m.id === 'bigint' && m.id > 0n && !m.isLearner)).toBe(true);
    expect(members[0]!.peerUrls).toEqual(['https://10.0.1.10:2380']);

    const status = await client.etcdStatus(CP1);
    expect(status.errors).toEqual([]);
    expect(status.leader).not.toBe(0n);
    expect(members.map((m) => m.id)).toContain(status.memberId);
    expect(members.map((m) => m.id)).toContain(status.leader);

    const e = await apiError(client.etcdMemberList(W1));
    expect(e.kind).toBe('unimplemented');
    expect(e.message).toContain('only available on control plane nodes');
    expect((await apiError(client.etcdStatus(W1))).kind).toBe('unimplemented');
  });

  it('Version on several nodes at once (one-to-many) reports each node separately', async () => {
    fleet.node(W1).setFault('unreachable');
    const out = await client.versionMany([CP1, W1, CP3]);
    expect([...out.keys()].sort()).toEqual([CP1, CP3, W1].sort());
    expect((out.get(CP1) as { tag: string }).tag).toBe('v1.11.6');
    const failed = out.get(W1) as TalosApiError;
    expect(failed).toBeInstanceOf(TalosApiError);
    expect(failed.kind).toBe('unreachable');
    expect(failed.node).toBe(W1);
  });
});

describe('ApplyConfiguration', () => {
  it('requires an explicit mode', async () => {
    await expect(
      client.applyConfiguration(W1, fleet.node(W1).config, {} as unknown as { mode: 'auto' }),
    ).rejects.toThrow(/mode must be one of/);
  });

  it('dry run reports the would-be mode and a diff, and changes nothing', async () => {
    const node = fleet.node(W1);
    const before = node.config;
    const live = machineConfig({
      type: 'worker',
      hostname: 'worker-1',
      machine: { nodeLabels: { zone: 'a' } },
    });
    const r1 = await client.applyConfiguration(W1, live, { mode: 'auto', dryRun: true });
    expect(r1.mode).toBe('no-reboot');
    expect(r1.modeDetails).toMatch(
      /^Dry run summary:\nApplied configuration without a reboot \(skipped in dry-run\)\./,
    );
    expect(r1.modeDetails).toContain('Config diff:\n\n--- a\n+++ b\n@@');
    expect(r1.modeDetails).toContain('+    zone: a');
    expect(r1.warnings).toEqual([]);

    const reboot = machineConfig({
      type: 'worker',
      hostname: 'worker-1',
      machine: { env: { HTTP_PROXY: 'x' } },
    });
    const r2 = await client.applyConfiguration(W1, reboot, { mode: 'auto', dryRun: true });
    expect(r2.mode).toBe('reboot');
    expect(r2.modeDetails).toContain('Applied configuration with a reboot (skipped in dry-run)');

    const r3 = await client.applyConfiguration(W1, before, { mode: 'no-reboot', dryRun: true });
    expect(r3.modeDetails).toContain('Config diff:\n\nNo changes.');
    expect(node.config).toBe(before);
    expect(node.applyHistory).toHaveLength(0);
    expect(node.bootCount).toBe(1);
  });

  it('AUTO applies a live change without a reboot', async () => {
    const node = fleet.node(CP2);
    const bootId = await client.bootId(CP2);
    const next = machineConfig({
      type: 'controlplane',
      hostname: 'cp-2',
      machine: { sysctls: { 'vm.x': '1' } },
    });
    const r = await client.applyConfiguration(CP2, next, { mode: 'auto' });
    expect(r).toEqual({
      mode: 'no-reboot',
      modeDetails: 'Applied configuration without a reboot',
      warnings: [],
    });
    expect(await client.getMachineConfig(CP2)).toBe(next);
    expect(await client.bootId(CP2)).toBe(bootId);
    expect(node.applyHistory.at(-1)).toMatchObject({
      mode: 'no-reboot',
      requestedMode: 'auto',
      config: next,
    });
  });

  it('AUTO reboots for a reboot-requiring change; the node is unreachable, then back with a new boot id', async () => {
    const node = fleet.node(W1);
    const bootId = await client.bootId(W1);
    const next = machineConfig({ type: 'worker', hostname: 'worker-1', machine: { env: { TZ: 'UTC' } } });
    const r = await client.applyConfiguration(W1, next, { mode: 'auto' });
    expect(r.mode).toBe('reboot');
    expect(r.modeDetails).toMatch(
      /^Applied configuration with a reboot: this config change can't be applied/,
    );
    await eventually(() => node.rebooting);
    const down = await apiError(client.version(W1, { deadlineMs: 5 }));
    expect(down.kind === 'unreachable' || down.kind === 'deadline').toBe(true);
    expect(down.message).toContain(W1);
    const v = await eventually(() => client.version(W1));
    expect(v.tag).toBe('v1.11.6');
    expect(await client.bootId(W1)).not.toBe(bootId);
    expect(await client.getMachineConfig(W1)).toBe(next);
    expect(await client.getMachineStatus(W1)).toMatchObject({ stage: 'running', ready: true });
    expect(node.bootCount).toBe(2);
  });

  it('NO_REBOOT refuses a change that needs a reboot (invalid-config, needsReboot)', async () => {
    const next = machineConfig({ type: 'worker', hostname: 'worker-2', machine: { env: { A: 'b' } } });
    const e = await apiError(client.applyConfiguration('10.0.1.21', next, { mode: 'no-reboot' }));
    expect(e.kind).toBe('invalid-config');
    expect(e.needsReboot).toBe(true);
    expect(e.detail).toContain("this config change can't be applied in immediate mode\ndiff:\n--- a");
    expect(e.method).toBe('ApplyConfiguration');
    expect(e.node).toBe('10.0.1.21');
  });

  it('STAGED saves the config for the next reboot; REBOOT applies with a reboot', async () => {
    const node = fleet.node('10.0.1.21');
    const before = node.config;
    const staged = machineConfig({ type: 'worker', hostname: 'worker-2', machine: { env: { S: '1' } } });
    const r = await client.applyConfiguration('10.0.1.21', staged, { mode: 'staged' });
    expect(r).toMatchObject({
      mode: 'staged',
      modeDetails: 'Staged configuration to be applied after the next reboot',
    });
    expect(await client.getMachineConfig('10.0.1.21')).toBe(before);
    await client.reboot('10.0.1.21');
    await eventually(() => node.rebooting);
    await node.waitUntilUp();
    expect(await client.getMachineConfig('10.0.1.21')).toBe(staged);

    const forced = machineConfig({ type: 'worker', hostname: 'worker-2', machine: { env: { S: '2' } } });
    const r2 = await client.applyConfiguration('10.0.1.21', forced, { mode: 'reboot' });
    expect(r2.mode).toBe('reboot');
    await eventually(() => node.rebooting);
    await node.waitUntilUp();
    expect(await client.getMachineConfig('10.0.1.21')).toBe(forced);
  });

  it('TRY applies now and reports the automatic revert', async () => {
    const next = machineConfig({
      type: 'worker',
      hostname: 'worker-2',
      machine: { env: { S: '2' }, nodeLabels: { t: 'y' } },
    });
    const r = await client.applyConfiguration('10.0.1.21', next, { mode: 'try', tryModeTimeoutMs: 90_000 });
    expect(r.mode).toBe('try');
    expect(r.modeDetails).toContain('will be automatically reverted back in 1m30s');
    await client.applyConfiguration('10.0.1.21', next, { mode: 'no-reboot' }); // cancels the revert
  });

  it('an invalid config is rejected with Talos’s message (invalid-config)', async () => {
    const e = await apiError(
      client.applyConfiguration(CP1, 'version: v1alpha1\nmachine:\n  type: toaster\n', { mode: 'auto' }),
    );
    expect(e.kind).toBe('invalid-config');
    expect(e.needsReboot).toBe(false);
    expect(e.detail).toContain('1 error occurred');
    expect(e.detail).toContain('unknown machine type "toaster"');
    const noV1 = await apiError(
      client.applyConfiguration(CP1, 'apiVersion: v1alpha1\nkind: Other\n', { mode: 'auto' }),
    );
    expect(noV1.detail).toContain("doesn't contain v1alpha1 config");
  });
});

describe('reboot, upgrade and etcd leadership', () => {
  it('reboot takes the node away and brings it back', async () => {
    const node = fleet.node(CP3);
    const bootCount = node.bootCount;
    const r = await client.reboot(CP3);
    expect(r.actorId).toMatch(/^[0-9a-f-]{36}$/);
    await eventually(() => node.rebooting);
    expect((await apiError(client.getMachineStatus(CP3, { deadlineMs: 5 }))).node).toBe(CP3);
    await eventually(async () => (await client.getMachineStatus(CP3)).ready);
    expect(node.bootCount).toBe(bootCount + 1);
  });

  it('upgrade sets the version from the image tag after the reboot', async () => {
    const r = await client.upgrade(W1, 'ghcr.io/siderolabs/installer:v1.11.7');
    expect(r.ack).toBe('Upgrade request received');
    const node = fleet.node(W1);
    await eventually(() => node.rebooting);
    expect(node.talosVersion).toBe('v1.11.6');
    await node.waitUntilUp();
    expect((await client.version(W1)).tag).toBe('v1.11.7');
    const types = fleet.events.filter((e) => e.node === W1).map((e) => e.type);
    expect(types.slice(-4)).toEqual(['upgrade-start', 'reboot-start', 'reboot-end', 'upgrade-end']);
  });

  it('forfeit moves leadership to another healthy member; a non-leader returns ""', async () => {
    const members = await client.etcdMemberList(CP1);
    const leaderId = (await client.etcdStatus(CP1)).leader;
    const leader = members.find((m) => m.id === leaderId)!;
    const leaderAddr = fleet.nodes().find((n) => n.name === leader.hostname)!.address;
    const other = [CP1, CP2, CP3].find((a) => a !== leaderAddr)!;
    expect(await client.etcdForfeitLeadership(other)).toEqual({ member: '' });
    const { member } = await client.etcdForfeitLeadership(leaderAddr);
    expect(member).not.toBe('');
    expect(member).not.toBe(leader.hostname);
    const newLeader = (await client.etcdStatus(other)).leader;
    expect(members.find((m) => m.id === newLeader)!.hostname).toBe(member);
    expect((await apiError(client.etcdForfeitLeadership(W1))).kind).toBe('unimplemented');
  });

  it('forfeit refuses on a single-member cluster', async () => {
    const spec = clusterSpec('solo');
    spec.nodes = spec.nodes.slice(0, 1);
    const solo = await startSimulatedFleet({ clusters: [spec], rebootMs: 20 });
    try {
      const c = newClient(solo.talosconfig);
      const e = await apiError(c.etcdForfeitLeadership(CP1));
      expect(e.kind).toBe('other');
      expect(e.detail).toContain('cannot forfeit leadership, only one member');
    } finally {
      await solo.stop();
    }
  });
});

describe('TLS and RBAC', () => {
  it('uses Ed25519 client keys with the ED25519 PRIVATE KEY label as-is, and relabelled ones too', async () => {
    const ctx = fleet.talosconfig.contexts.prod!;
    const keyPem = Buffer.from(ctx.key, 'base64').toString('utf8');
    expect(decodePem(keyPem).label).toBe(TALOS_ED25519_LABEL);
    expect((await client.version(CP1)).tag).toBe('v1.11.6');
    const relabelled: Talosconfig = {
      context: 'prod',
      contexts: { prod: { ...ctx, key: Buffer.from(toStandardKeyPem(keyPem)).toString('base64') } },
    };
    expect((await newClient(relabelled).version(CP1)).tag).toBe('v1.11.6');
    expect(client.roles).toEqual(['os:admin']);
  });

  it('unusable credentials fail at construction with a talosconfig error that names the context', () => {
    const ctx = fleet.talosconfig.contexts.prod!;
    const garbageKey = '-----BEGIN ED25519 PRIVATE KEY-----\nAAAA\n-----END ED25519 PRIVATE KEY-----\n';
    const cfg: Talosconfig = {
      context: 'prod',
      contexts: { prod: { ...ctx, key: Buffer.from(garbageKey).toString('base64') } },
    };
    let err: unknown;
    try {
      TalosClient.fromTalosconfig(cfg, { file: 'talosconfig.yaml' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TalosconfigError);
    expect((err as TalosconfigError).describe()).toMatch(
      /^talosconfig\.yaml: contexts\.prod: context "prod": cannot read private key \(PEM label "ED25519 PRIVATE KEY"\)$/,
    );
  });

  it('a client that trusts the wrong CA is refused (kind tls)', async () => {
    const ctx = resolveContext(fleet.talosconfig);
    const wrong = createTalosOsCa();
    const cfg: Talosconfig = {
      context: 'x',
      contexts: {
        x: makeContext({
          endpoints: ctx.endpoints,
          caPem: wrong.crt,
          crtPem: ctx.crtPem,
          keyPem: ctx.keyPem,
        }),
      },
    };
    const e = await apiError(newClient(cfg, { deadlineMs: 2000 }).version(CP1));
    expect(e.kind).toBe('tls');
    expect(e.node).toBe(CP1);
    expect(e.method).toBe('Version');
    expect(e.message).toMatch(/certificate/);
  });

  it('a client certificate from another CA is refused (kind tls)', async () => {
    const ctx = resolveContext(fleet.talosconfig);
    const otherCert = issueClientCertificate(createTalosOsCa(), ['os:admin']);
    const cfg: Talosconfig = {
      context: 'x',
      contexts: {
        x: makeContext({
          endpoints: ctx.endpoints,
          caPem: ctx.caPem,
          crtPem: otherCert.crt,
          keyPem: otherCert.key,
        }),
      },
    };
    const started = Date.now();
    const e = await apiError(newClient(cfg, { deadlineMs: 2000 }).version(CP1));
    expect(e.kind).toBe('tls');
    expect(e.message).toContain('client certificate');
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('the server name is verified against the endpoint host (kind tls on mismatch)', async () => {
    const e = await apiError(
      newClient(fleet.talosconfig, { tlsServerName: 'apid.example.com' }).version(CP1),
    );
    expect(e.kind).toBe('tls');
    expect(e.detail).toMatch(/altnames|does not match/i);
    const port = fleet.clusters[0]!.port;
    const viaName = newClient(fleet.talosconfig);
    expect((await viaName.version(CP1, { endpoint: `localhost:${port}` })).tag).toBe('v1.11.6');
  });

  it('a reader certificate may call Version but not apply (kind permission-denied)', async () => {
    const reader = newClient(fleet.mintTalosconfig(['os:reader']));
    expect(reader.roles).toEqual(['os:reader']);
    expect((await reader.version(CP1)).tag).toBe('v1.11.6');
    expect((await reader.getMachineStatus(CP1)).ready).toBe(true);
    expect((await reader.etcdMemberList(CP1)).length).toBe(3);
    const e = await apiError(
      reader.applyConfiguration(CP1, fleet.node(CP1).config, { mode: 'auto', dryRun: true }),
    );
    expect(e.kind).toBe('permission-denied');
    expect(e.message).toContain('os:reader');
    expect(e.message).toContain('needs os:admin');
    expect(e.detail).toBe('not authorized');
    // MachineConfig is a sensitive resource: reading it needs os:admin too.
    const cfgErr = await apiError(reader.getMachineConfig(CP1));
    expect(cfgErr.kind).toBe('permission-denied');
    expect(cfgErr.message).toContain('needs os:admin');
    // Reboot is open to operators but not readers.
    expect((await apiError(reader.reboot(W1))).message).toContain('needs os:admin or os:operator');
  });

  it('an operator certificate may reboot but not upgrade', async () => {
    const operator = newClient(fleet.mintTalosconfig(['os:operator']));
    await operator.reboot('10.0.1.21');
    await fleet.node('10.0.1.21').waitUntilUp();
    expect((await apiError(operator.upgrade(W1, 'ghcr.io/siderolabs/installer:v1.11.7'))).kind).toBe(
      'permission-denied',
    );
  });
});

describe('deadlines and unreachable nodes', () => {
  it('a node that never answers fails within the deadline (kind deadline) naming the node', async () => {
    fleet.node(CP2).setFault('hang');
    const started = Date.now();
    const e = await apiError(client.version(CP2, { deadlineMs: 300 }));
    const elapsed = Date.now() - started;
    expect(e.kind).toBe('deadline');
    expect(e.message).toContain(`Version on node ${CP2}`);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(1500);
    fleet.node(CP2).clearFault('hang');
    expect((await client.version(CP2)).tag).toBe('v1.11.6');
  });

  it('an unreachable node fails as unreachable within the deadline; read-only calls retry, writes do not', async () => {
    const node = fleet.node(W1);
    node.setFault('unreachable');
    const started = Date.now();
    const e = await apiError(client.getMachineStatus(W1, { deadlineMs: 400 }));
    expect(e.kind).toBe('unreachable');
    expect(e.node).toBe(W1);
    expect(e.message).toContain('State/Get on node 10.0.1.20');
    expect(Date.now() - started).toBeLessThan(1000);

    const applies = node.applyHistory.length;
    const w = await apiError(client.applyConfiguration(W1, node.config, { mode: 'auto' }));
    expect(w.kind).toBe('unreachable');
    expect(node.applyHistory).toHaveLength(applies);

    // A read retried across a short outage succeeds once the node is back.
    setTimeout(() => node.clearFault('unreachable'), 60);
    expect((await newClient(fleet.talosconfig, { deadlineMs: 2000 }).version(W1)).tag).toBe(
      node.talosVersion,
    );
  });

  it('an endpoint that refuses connections is unreachable, fast', async () => {
    const ctx = fleet.talosconfig.contexts.prod!;
    const cfg: Talosconfig = { context: 'prod', contexts: { prod: { ...ctx, endpoints: ['127.0.0.1:1'] } } };
    const started = Date.now();
    const e = await apiError(newClient(cfg, { deadlineMs: 1500, retries: 1 }).version(CP1));
    expect(e.kind).toBe('unreachable');
    expect(e.endpoint).toBe('127.0.0.1:1');
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('faults', () => {
  it('apply-rejected: ApplyConfiguration fails with invalid-config until cleared', async () => {
    const node = fleet.node(CP1);
    node.setFault('apply-rejected', 'machine.network: simulated rejection');
    const e = await apiError(client.applyConfiguration(CP1, node.config, { mode: 'auto' }));
    expect(e.kind).toBe('invalid-config');
    expect(e.detail).toBe('machine.network: simulated rejection');
    node.clearFault('apply-rejected');
    expect((await client.applyConfiguration(CP1, node.config, { mode: 'auto' })).mode).toBe('no-reboot');
  });

  it('never-healthy: after the next apply the node stays not ready until cleared', async () => {
    const node = fleet.node(W1);
    node.setFault('never-healthy');
    expect((await client.getMachineStatus(W1)).ready).toBe(true);
    await client.applyConfiguration(W1, node.config, { mode: 'no-reboot' });
    const status = await client.getMachineStatus(W1);
    expect(status).toEqual({
      stage: 'running',
      ready: false,
      unmetConditions: [{ name: 'services', reason: 'kubelet not healthy' }],
    });
    const kubelet = (await client.serviceList(W1)).find((s) => s.id === 'kubelet')!;
    expect(kubelet).toMatchObject({ state: 'Running', healthy: false });
    node.clearFault('never-healthy');
    expect((await client.getMachineStatus(W1)).ready).toBe(true);
  });

  it('never-healthy: after a reboot too', async () => {
    const node = fleet.node('10.0.1.21');
    node.setFault('never-healthy');
    await client.reboot('10.0.1.21');
    await eventually(() => node.rebooting);
    await node.waitUntilUp();
    expect((await client.getMachineStatus('10.0.1.21')).ready).toBe(false);
  });

  it('slow-reboot: the reboot takes N times longer', async () => {
    const node = fleet.node(W1);
    node.setFault('slow-reboot', 5);
    await client.reboot(W1);
    await eventually(() => node.rebooting);
    await node.waitUntilUp();
    const evs = fleet.events.filter((e) => e.node === W1);
    const start = evs.findLast((e) => e.type === 'reboot-start')!;
    const end = evs.findLast((e) => e.type === 'reboot-end')!;
    expect(end.at - start.at).toBeGreaterThanOrEqual(5 * 40 - 5);
  });

  it('etcd-unhealthy: the member reports errors, etcd is unhealthy, and upgrades of other control planes are refused', async () => {
    const node = fleet.node(CP3);
    node.setFault('etcd-unhealthy');
    const status = await client.etcdStatus(CP3);
    expect(status.errors[0]).toContain('unhealthy');
    expect((await client.serviceList(CP3)).find((s) => s.id === 'etcd')!.healthy).toBe(false);
    expect((await client.getMachineStatus(CP3)).ready).toBe(false);
    const e = await apiError(client.upgrade(CP1, 'ghcr.io/siderolabs/installer:v1.11.7'));
    expect(e.kind).toBe('other');
    expect(e.detail).toContain('all members must be healthy to perform an upgrade');
    // force skips the etcd checks
    await client.upgrade(CP1, 'ghcr.io/siderolabs/installer:v1.11.6', { force: true });
    await eventually(() => fleet.node(CP1).rebooting);
    await fleet.node(CP1).waitUntilUp();
  });

  it('etcd-unhealthy=not-started: the member has no name and status fails', async () => {
    fleet.node(CP3).setFault('etcd-unhealthy', 'not-started');
    const members = await client.etcdMemberList(CP1);
    expect(members.find((m) => m.peerUrls[0]!.includes(CP3))!.hostname).toBe('');
    expect((await apiError(client.etcdStatus(CP3))).detail).toContain('failed to query etcd status');
  });

  it('upgrade-fails: the RPC fails (rpc) or the node comes back on the old version (rollback)', async () => {
    const node = fleet.node(W1);
    node.setFault('upgrade-fails', 'rpc');
    const e = await apiError(client.upgrade(W1, 'ghcr.io/siderolabs/installer:v1.12.0'));
    expect(e.detail).toContain('simulated failure');
    expect(node.rebooting).toBe(false);

    node.setFault('upgrade-fails', 'rollback');
    const before = node.talosVersion;
    await client.upgrade(W1, 'ghcr.io/siderolabs/installer:v1.12.0');
    await eventually(() => node.rebooting);
    await node.waitUntilUp();
    expect((await client.version(W1)).tag).toBe(before);
    expect(fleet.events.findLast((ev) => ev.node === W1)).toMatchObject({
      type: 'upgrade-end',
      detail: `failed: still ${before}`,
    });
  });

  it('unreachable: set and cleared at runtime', async () => {
    const node = fleet.node(CP2);
    node.setFault('unreachable');
    expect(node.up).toBe(false);
    expect((await apiError(client.etcdStatus(CP2, { deadlineMs: 5_000 }))).kind).toBe('unreachable');
    node.clearFault('unreachable');
    expect((await client.etcdStatus(CP2)).errors).toEqual([]);
  });

  it('faults given at start apply from the first call', async () => {
    const f = await startSimulatedFleet(fleetOptions({ faults: { [W1]: { unreachable: true } } }));
    try {
      const c = newClient(f.talosconfig, { deadlineMs: 5_000 });
      expect((await apiError(c.version(W1))).kind).toBe('unreachable');
      expect((await c.version(CP1)).tag).toBe('v1.11.6');
    } finally {
      await f.stop();
    }
  });
});

describe('Talos 1.14 contract', () => {
  it('REBOOT mode is unimplemented and AUTO never reboots', async () => {
    const f = await startSimulatedFleet({ clusters: [clusterSpec('next', 'v1.14.0')], rebootMs: 20 });
    try {
      const c = newClient(f.talosconfig);
      const next = machineConfig({ type: 'worker', hostname: 'worker-1', machine: { env: { TZ: 'UTC' } } });
      const e = await apiError(c.applyConfiguration(W1, next, { mode: 'reboot' }));
      expect(e.kind).toBe('unimplemented');
      const r = await c.applyConfiguration(W1, next, { mode: 'auto' });
      expect(r.mode).toBe('no-reboot');
      await sleep(30);
      expect(f.node(W1).bootCount).toBe(1);
      expect(f.node(W1).config).toBe(next);
    } finally {
      await f.stop();
    }
  });
});
