/**
 * The simulated node's life, through the real client over loopback: maintenance mode (its own
 * endpoint, no client certificate, self-signed server certificate, only the maintenance methods),
 * the first config and the install, bootstrap (once: refused when etcd data exists), control planes
 * joining as learners, members leaving or being removed under etcd's checks, graceful reset back to
 * maintenance mode, and the faults (bootstrap fails, a member that will not leave).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type SimulatedFleet, startSimulatedFleet } from '../../src/simulator/index.js';
import { TalosApiError } from '../../src/talos/api-error.js';
import { TalosClient } from '../../src/talos/client.js';
import { clusterSpec, eventually, machineConfig } from './fixtures.js';

const CP = ['10.0.1.10', '10.0.1.11', '10.0.1.12'];
const W1 = '10.0.1.20';

let fleet: SimulatedFleet | undefined;
const clients: TalosClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await fleet?.stop();
  fleet = undefined;
});

/** A cluster whose nodes all boot from an installation medium: maintenance mode, no config. */
async function freshFleet(faults: Parameters<typeof startSimulatedFleet>[0]['faults'] = {}) {
  const spec = clusterSpec();
  fleet = await startSimulatedFleet({
    clusters: [{ ...spec, nodes: spec.nodes.map((n) => ({ ...n, maintenance: true })) }],
    rebootMs: 30,
    joinMs: 10,
    faults,
  });
  return { fleet, spec };
}

function maintenanceClient(address: string): TalosClient {
  const c = TalosClient.maintenance(fleet!.maintenanceEndpoint(address)!, { retries: 0, deadlineMs: 3_000 });
  clients.push(c);
  return c;
}

function clusterClient(): TalosClient {
  const c = TalosClient.fromTalosconfig(fleet!.talosconfig, { retries: 0, deadlineMs: 3_000 });
  clients.push(c);
  return c;
}

async function apiError(p: Promise<unknown>): Promise<TalosApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TalosApiError) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}

const configOf = (spec: ReturnType<typeof clusterSpec>, address: string) =>
  spec.nodes.find((n) => n.address === address)!.config;

/** Applies every node's config over the maintenance API and waits until all are configured. */
async function applyAll(spec: ReturnType<typeof clusterSpec>) {
  for (const n of spec.nodes)
    await maintenanceClient(n.address).applyConfiguration('', n.config, { mode: 'auto' });
  await eventually(() => fleet!.nodes().every((n) => !n.maintenance && !n.rebooting));
}

describe('maintenance mode', () => {
  it('answers without a client certificate at the node itself, and only its maintenance methods', async () => {
    await freshFleet();
    const m = maintenanceClient(CP[0]!);
    expect(m.isMaintenance).toBe(true);
    expect((await m.version('')).rbac).toBeUndefined();
    expect(await m.getMachineStatus('')).toEqual({ stage: 'maintenance', ready: true, unmetConditions: [] });
    // admin methods and sensitive resources are not for an unauthenticated reader
    for (const call of [
      m.bootstrap(''),
      m.getMachineConfig(''),
      m.bootId(''),
      m.reset('', { graceful: true, reboot: true }),
    ]) {
      const e = await apiError(call);
      expect(e.kind).toBe('permission-denied');
      expect(e.message).toContain('not available in maintenance mode');
    }
    // etcd methods need a control plane, which a node without a config is not
    expect((await apiError(m.etcdMemberList(''))).kind).toBe('unimplemented');
  });

  it('is not behind the cluster endpoint: apid cannot verify it', async () => {
    await freshFleet();
    const e = await apiError(clusterClient().version(W1));
    expect(e.kind).toBe('unreachable');
    expect(e.detail).toContain('certificate signed by unknown authority');
  });

  it('takes the first config, installs from its installer image, then runs configured behind the endpoint', async () => {
    const { spec } = await freshFleet();
    const m = maintenanceClient(W1);
    const dry = await m.applyConfiguration('', configOf(spec, W1), { mode: 'auto', dryRun: true });
    expect(dry.modeDetails).toContain('Applied configuration without a reboot (skipped in dry-run)');
    expect(fleet!.node(W1).maintenance).toBe(true);
    // REBOOT is taken as NO_REBOOT in maintenance mode, as machined does
    const applied = await m.applyConfiguration('', configOf(spec, W1), { mode: 'reboot' });
    expect(applied.mode).toBe('no-reboot');
    await eventually(() => !fleet!.node(W1).maintenance && !fleet!.node(W1).rebooting);
    const node = fleet!.node(W1);
    expect(node.installedImage).toBe('ghcr.io/siderolabs/installer:v1.11.6');
    // its maintenance service is closed now; the cluster's endpoint reaches it
    expect((await apiError(maintenanceClient(W1).version(''))).kind).toBe('unreachable');
    expect((await clusterClient().version(W1)).tag).toBe('v1.11.6');
    expect(await clusterClient().getMachineConfig(W1)).toBe(configOf(spec, W1));
    // no Kubernetes without etcd: the worker cannot be ready yet
    const status = await clusterClient().getMachineStatus(W1);
    expect(status).toMatchObject({ stage: 'running', ready: false });
    expect(status.unmetConditions).toContainEqual({ name: 'nodeReady', reason: 'node not ready' });
  });
});

describe('bootstrap', () => {
  it('starts etcd on exactly one control plane; the others join as learners and are promoted', async () => {
    const { spec } = await freshFleet();
    await applyAll(spec);
    const c = clusterClient();
    // control planes wait for etcd: its service is preparing, the data directory empty
    const etcdService = (await c.serviceList(CP[1]!)).find((s) => s.id === 'etcd')!;
    expect(etcdService.state).toBe('Preparing');
    expect(await c.list(CP[1]!, '/var/lib/etcd')).toEqual([]);
    await c.bootstrap(CP[0]!);
    await eventually(async () => (await c.etcdMemberList(CP[0]!)).filter((m) => !m.isLearner).length === 3);
    for (const cp of CP)
      expect(await c.list(cp, '/var/lib/etcd')).toEqual([{ name: 'member', isDir: true, size: 4096n }]);
    // Talos refuses a second bootstrap where etcd data exists
    const again = await apiError(c.bootstrap(CP[1]!));
    expect(again.detail).toBe('etcd data directory is not empty');
    expect(fleet!.events.filter((e) => e.type === 'etcd-bootstrap')).toHaveLength(1);
    const joins = fleet!.events.filter((e) => e.type === 'etcd-join').map((e) => `${e.nodeName} ${e.detail}`);
    expect(joins.sort()).toEqual(['cp-2 learner', 'cp-2 promoted', 'cp-3 learner', 'cp-3 promoted']);
    await eventually(async () => (await c.getMachineStatus(W1)).ready);
  });

  it('a second bootstrap on a control plane without data starts a separate etcd: the mistake to avoid', async () => {
    const { spec } = await freshFleet();
    await applyAll(spec);
    fleet!.node(CP[1]!).setFault('etcd-unhealthy', 'errors'); // keeps cp-2 from joining
    const c = clusterClient();
    await c.bootstrap(CP[0]!);
    // Talos has no way to know: cp-2 has no data, so it starts an etcd of its own
    await c.bootstrap(CP[1]!);
    const bootstraps = fleet!.events.filter((e) => e.type === 'etcd-bootstrap');
    expect(bootstraps.map((e) => [e.nodeName, e.detail])).toEqual([
      ['cp-1', undefined],
      ['cp-2', 'a second, separate etcd cluster'],
    ]);
    expect((await c.etcdMemberList(CP[0]!)).map((m) => m.hostname)).not.toContain('cp-2');
  });

  it('is refused before the node is configured, on workers, and when the fault is set', async () => {
    const { spec } = await freshFleet({ [CP[0]!]: { 'bootstrap-fails': true } });
    await maintenanceClient(W1).applyConfiguration('', configOf(spec, W1), { mode: 'auto' });
    await eventually(() => !fleet!.node(W1).maintenance && !fleet!.node(W1).rebooting);
    expect((await apiError(clusterClient().bootstrap(W1))).kind).toBe('unimplemented');
    await maintenanceClient(CP[0]!).applyConfiguration('', configOf(spec, CP[0]!), { mode: 'auto' });
    await eventually(() => !fleet!.node(CP[0]!).maintenance && !fleet!.node(CP[0]!).rebooting);
    const e = await apiError(clusterClient().bootstrap(CP[0]!));
    expect(e.detail).toContain('bootstrap-fails fault');
    expect(fleet!.node(CP[0]!).etcdData).toBe(false);
  });
});

describe('leaving etcd and reset', () => {
  async function runningCluster(faults: Parameters<typeof startSimulatedFleet>[0]['faults'] = {}) {
    fleet = await startSimulatedFleet({ clusters: [clusterSpec()], rebootMs: 30, joinMs: 10, faults });
    return clusterClient();
  }

  it('a member leaves; the last one may not, as etcd refuses to lose its only voter', async () => {
    const c = await runningCluster();
    await c.etcdLeaveCluster(CP[2]!);
    expect(await c.etcdMemberList(CP[0]!)).toHaveLength(2);
    expect(fleet!.node(CP[2]!).etcdData).toBe(false);
    const etcd = (await c.serviceList(CP[2]!)).find((s) => s.id === 'etcd')!;
    expect(etcd.state).toBe('Finished');
    await c.etcdLeaveCluster(CP[1]!);
    const last = await apiError(c.etcdLeaveCluster(CP[0]!));
    expect(last.detail).toContain('re-configuration failed due to not enough started members');
    expect(await c.etcdMemberList(CP[0]!)).toHaveLength(1);
  });

  it('removes a member by id, and says when there is no such member', async () => {
    const c = await runningCluster();
    const members = await c.etcdMemberList(CP[0]!);
    const cp3 = members.find((m) => m.hostname === 'cp-3')!;
    await c.etcdRemoveMemberById(CP[0]!, cp3.id);
    expect((await c.etcdMemberList(CP[0]!)).map((m) => m.hostname).sort()).toEqual(['cp-1', 'cp-2']);
    const missing = await apiError(c.etcdRemoveMemberById(CP[0]!, cp3.id));
    expect(missing.kind).toBe('not-found');
    expect(missing.detail).toContain('etcdserver: member not found');
  });

  it('a member that will not leave', async () => {
    const c = await runningCluster({ [CP[2]!]: { 'etcd-leave-fails': true } });
    const e = await apiError(c.etcdLeaveCluster(CP[2]!));
    expect(e.detail).toContain('failed to leave cluster');
    expect(await c.etcdMemberList(CP[0]!)).toHaveLength(3);
    // a graceful reset stops at its leave phase: the node stays as it was
    await c.reset(CP[2]!, { graceful: true, reboot: true });
    await eventually(() => fleet!.events.some((x) => x.type === 'reset-failed'));
    expect(fleet!.node(CP[2]!).maintenance).toBe(false);
  });

  it('a graceful reset leaves etcd, wipes the node and brings it back in maintenance mode', async () => {
    const c = await runningCluster();
    const before = fleet!.node(CP[2]!).bootId;
    await c.reset(CP[2]!, { graceful: true, reboot: true });
    await eventually(() => fleet!.node(CP[2]!).maintenance && !fleet!.node(CP[2]!).rebooting);
    expect(fleet!.node(CP[2]!).bootId).not.toBe(before);
    expect(await c.etcdMemberList(CP[0]!)).toHaveLength(2);
    expect((await maintenanceClient(CP[2]!).getMachineStatus('')).stage).toBe('maintenance');
    // a reset without reboot halts the node until it is powered on
    await c.reset(W1, { graceful: true, reboot: false });
    await eventually(() => fleet!.node(W1).off);
    fleet!.node(W1).powerOn();
    await eventually(async () => (await maintenanceClient(W1).version('')).tag === 'v1.11.6');
  });
});

describe('the simulated Image Factory', () => {
  it('installs the extensions of a known schematic and refuses an image it does not serve', async () => {
    const id = 'a'.repeat(64);
    const spec = clusterSpec();
    const image = `factory.talos.dev/metal-installer/${id}:v1.11.6`;
    const config = machineConfig({
      type: 'worker',
      hostname: 'worker-1',
      machine: { install: { disk: '/dev/sda', image } },
    });
    fleet = await startSimulatedFleet({
      clusters: [
        { ...spec, nodes: spec.nodes.map((n) => (n.address === W1 ? { ...n, maintenance: true } : n)) },
      ],
      rebootMs: 30,
      schematics: { [id]: ['siderolabs/iscsi-tools'] },
    });
    await maintenanceClient(W1).applyConfiguration('', config, { mode: 'auto' });
    await eventually(() => !fleet!.node(W1).maintenance && !fleet!.node(W1).rebooting);
    expect(fleet!.node(W1).extensions).toEqual(['siderolabs/iscsi-tools']);
    const unknown = `factory.talos.dev/metal-installer/${'b'.repeat(64)}:v1.11.7`;
    const e = await apiError(clusterClient().upgrade(W1, unknown));
    expect(e.detail).toContain('unknown schematic');
  });
});
