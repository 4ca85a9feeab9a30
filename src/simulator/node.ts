/**
 * One simulated Talos node: its config, version, boot identity, services and etcd member, and the
 * machined behaviour of the API methods the project uses. Replies are the inner per-node messages
 * (the server wraps them in `messages[]`); failures are SimRpcError with Talos's status codes.
 */
import { randomUUID } from 'node:crypto';
import { stringify } from 'yaml';
import { encodeMessage, type ProtoObject } from '../talos/protobuf/codec.js';
import { talosSchema } from '../talos/protobuf/talos-schema.js';
import { dateToTimestamp, imageTag, MACHINE_STAGES, type MachineStage } from '../talos/types.js';
import { yamlStringDocument } from '../yaml/string-document.js';
import { unifiedDiff } from './diff.js';
import type { SimEtcdCluster } from './etcd.js';
import type { EventLog } from './events.js';
import { SimRpcError, unavailableNode } from './rpc-error.js';
import type {
  ApplyRecord,
  FaultName,
  NodeFaults,
  NodeRole,
  SimEventType,
  SimulatedNodeSpec,
  SimulatorHooks,
} from './types.js';
import { appliesWithoutReboot, atLeast } from './version.js';

export interface NodeEnv {
  cluster: string;
  hooks: SimulatorHooks;
  rebootMs: number;
  upgradeMs: number;
  log: EventLog;
  etcd: SimEtcdCluster;
  /** Pending timers, cleared when the fleet stops. */
  timers: Set<NodeJS.Timeout>;
  now(): number;
}

const MODE = { REBOOT: 0, AUTO: 1, NO_REBOOT: 2, STAGED: 3, TRY: 4 } as const;
const MODE_NAMES = ['reboot', 'auto', 'no-reboot', 'staged', 'try'] as const;

const BASE_SERVICES = ['apid', 'containerd', 'cri', 'kubelet', 'machined', 'udevd'];
const CONTROL_PLANE_SERVICES = ['etcd', 'trustd'];

/** Go's time.Duration.String() for whole milliseconds. */
function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  if (h) return `${h}h${m}m${s}s`;
  if (m) return `${m}m${s}s`;
  return `${s}s`;
}

/** hashicorp/go-multierror's text, which Talos validation errors use. */
function multiError(errors: string[]): string {
  const n = errors.length;
  return `${n} error${n === 1 ? '' : 's'} occurred:\n${errors.map((e) => `\t* ${e}`).join('\n')}\n\n`;
}

export class SimNode {
  readonly address: string;
  readonly name: string;
  readonly role: NodeRole;
  readonly cluster: string;
  config: string;
  stagedConfig: string | undefined;
  talosVersion: string;
  bootId = randomUUID();
  bootCount = 1;
  bootTime = new Date();
  readonly applyHistory: ApplyRecord[] = [];
  faults: NodeFaults = {};
  /** The never-healthy fault has taken effect (after a reboot or apply). */
  private unhealthy = false;
  private down: 'reboot' | 'upgrade' | undefined;
  private configVersion = 1;
  private configUpdated = new Date();
  private tryRollback: NodeJS.Timeout | undefined;
  private upWaiters: (() => void)[] = [];

  constructor(
    spec: SimulatedNodeSpec,
    private readonly env: NodeEnv,
  ) {
    this.address = spec.address;
    this.name = spec.name ?? spec.address;
    this.role = spec.role;
    this.cluster = env.cluster;
    this.config = spec.config;
    this.talosVersion = spec.talosVersion;
  }

  // ---- state ----

  get rebooting(): boolean {
    return this.down !== undefined;
  }

  /** Reachable through apid: not rebooting and no `unreachable` fault. */
  get up(): boolean {
    return !this.down && !this.faults.unreachable;
  }

  /** The never-healthy fault has taken effect: its kubelet does not come up healthy. */
  get kubeletUnhealthy(): boolean {
    return this.unhealthy;
  }

  get isControlPlane(): boolean {
    return this.role === 'controlplane';
  }

  /** etcd health follows the node: down, unreachable or an etcd fault make the member unhealthy. */
  etcdHealthy(): boolean {
    return this.isControlPlane && this.up && !this.faults['etcd-unhealthy'];
  }

  etcdStarted(): boolean {
    return this.faults['etcd-unhealthy'] !== 'not-started';
  }

  private record(type: SimEventType, detail?: string): void {
    this.env.log.record(this, type, detail);
  }

  setFault<K extends FaultName>(name: K, value: NodeFaults[K] = true as NodeFaults[K]): void {
    this.faults = { ...this.faults, [name]: value };
    this.record('fault-set', `${name}=${String(value)}`);
    this.env.etcd.leader();
  }

  clearFault(name: FaultName): void {
    if (!(name in this.faults)) return;
    const { [name]: _removed, ...rest } = this.faults;
    this.faults = rest;
    if (name === 'never-healthy') this.unhealthy = false;
    this.record('fault-cleared', name);
    this.env.etcd.leader();
  }

  waitUntilUp(): Promise<void> {
    if (!this.down) return Promise.resolve();
    return new Promise((resolve) => this.upWaiters.push(resolve));
  }

  /** apid's view before forwarding: throws for a node it cannot reach; 'hang' for one that never answers. */
  gate(): 'hang' | undefined {
    if (this.faults.hang) return 'hang';
    if (!this.up) throw unavailableNode(this.address);
    return undefined;
  }

  private unhealthyServices(): string[] {
    const out: string[] = [];
    if (this.isControlPlane && this.faults['etcd-unhealthy']) out.push('etcd');
    if (this.unhealthy) out.push('kubelet');
    return out;
  }

  private schedule(ms: number, fn: () => void): NodeJS.Timeout {
    const t = setTimeout(() => {
      this.env.timers.delete(t);
      fn();
    }, ms);
    this.env.timers.add(t);
    return t;
  }

  private startReboot(kind: 'reboot' | 'upgrade', image?: string): void {
    if (this.down) return;
    this.down = kind;
    const factor = this.faults['slow-reboot'] ?? 1;
    const ms = (kind === 'upgrade' ? this.env.upgradeMs : this.env.rebootMs) * factor;
    this.record('reboot-start', kind === 'upgrade' ? `upgrade to ${image}` : undefined);
    this.env.etcd.leader();
    this.schedule(ms, () => this.finishReboot(kind, image));
  }

  private finishReboot(kind: 'reboot' | 'upgrade', image?: string): void {
    this.down = undefined;
    this.bootId = randomUUID();
    this.bootCount++;
    this.bootTime = new Date();
    if (this.stagedConfig !== undefined) {
      this.setConfig(this.stagedConfig);
      this.stagedConfig = undefined;
    }
    let upgradeDetail: string | undefined;
    if (kind === 'upgrade') {
      const tag = image ? imageTag(image) : undefined;
      if (this.faults['upgrade-fails'] === 'rollback' || !tag) {
        upgradeDetail = `failed: still ${this.talosVersion}`;
      } else {
        this.talosVersion = tag;
        upgradeDetail = `now ${tag}`;
      }
    }
    if (this.faults['never-healthy']) this.unhealthy = true;
    this.record('reboot-end');
    if (upgradeDetail) this.record('upgrade-end', upgradeDetail);
    this.env.etcd.leader();
    const waiters = this.upWaiters.splice(0);
    for (const w of waiters) w();
  }

  private setConfig(yaml: string): void {
    this.config = yaml;
    this.configVersion++;
    this.configUpdated = new Date();
  }

  private requireControlPlane(api: string): void {
    if (!this.isControlPlane)
      throw new SimRpcError('UNIMPLEMENTED', `${api} is only available on control plane nodes`);
  }

  // ---- API methods ----

  version(): ProtoObject {
    return {
      version: {
        tag: this.talosVersion,
        sha: 'simulated',
        built: '',
        goVersion: 'go1.24',
        os: 'linux',
        arch: 'amd64',
      },
      platform: { name: 'metal', mode: 'metal' },
      features: { rbac: true },
    };
  }

  serviceList(): ProtoObject {
    const ids = [...BASE_SERVICES, ...(this.isControlPlane ? CONTROL_PLANE_SERVICES : [])].sort();
    const ts = dateToTimestamp(this.bootTime);
    const bad = this.unhealthyServices();
    return {
      services: ids.map((id) => {
        let state = 'Running';
        let healthy = true;
        let message = 'Health check successful';
        if (id === 'etcd' && this.faults['etcd-unhealthy'] === 'not-started') {
          state = 'Preparing';
          healthy = false;
          message = 'Running pre state';
        } else if (bad.includes(id)) {
          healthy = false;
          message = `Health check failed: ${id} is not healthy (simulated fault)`;
        }
        return {
          id,
          state,
          events: { events: [{ msg: message, state, ts }] },
          health: { unknown: false, healthy, lastMessage: message, lastChange: ts },
        };
      }),
    };
  }

  private machineStatusSpec(): {
    stage: MachineStage;
    ready: boolean;
    unmet: { name: string; reason: string }[];
  } {
    const bad = this.unhealthyServices();
    const unmet = bad.length
      ? [{ name: 'services', reason: bad.map((s) => `${s} not healthy`).join(', ') }]
      : [];
    return { stage: 'running', ready: unmet.length === 0, unmet };
  }

  applyConfiguration(req: ProtoObject): ProtoObject {
    const data = Buffer.from((req.data as Uint8Array) ?? []).toString('utf8');
    const requested = req.mode as number;
    const dryRun = req.dryRun === true;
    const requestedName = MODE_NAMES[requested] ?? String(requested);
    if (!(requested in MODE_NAMES)) {
      throw new SimRpcError(
        'INVALID_ARGUMENT',
        `incorrect mode '${requested}' specified for the apply config call`,
      );
    }
    const rejected = this.faults['apply-rejected'];
    if (rejected) {
      this.record('apply-rejected', 'fault');
      throw new SimRpcError(
        'INVALID_ARGUMENT',
        typeof rejected === 'string' ? rejected : multiError(['simulated rejection (apply-rejected fault)']),
      );
    }
    const errors = this.env.hooks.validate(data, this.talosVersion);
    if (errors.length) {
      this.record('apply-rejected', errors.join('; '));
      throw new SimRpcError('INVALID_ARGUMENT', multiError(errors));
    }
    const noRebootContract = appliesWithoutReboot(this.talosVersion);
    let mode: number = requested;
    let details: string;
    let detailsSuffix = '';
    const diff = unifiedDiff(this.config, data);
    if (noRebootContract) {
      if (requested === MODE.REBOOT) {
        throw new SimRpcError(
          'UNIMPLEMENTED',
          'the REBOOT mode is not supported, please use AUTO or NO_REBOOT modes instead',
        );
      }
      if (requested === MODE.AUTO) mode = MODE.NO_REBOOT;
      details =
        mode === MODE.STAGED
          ? 'Staged configuration to be applied after the next reboot'
          : 'Applied configuration without a reboot';
    } else {
      const needsReboot = this.env.hooks.needsReboot(this.config, data, this.talosVersion);
      const immediateError = `this config change can't be applied in immediate mode\ndiff:\n${diff}`;
      switch (requested) {
        case MODE.NO_REBOOT:
        case MODE.TRY:
          if (needsReboot) throw new SimRpcError('INVALID_ARGUMENT', immediateError);
          details = 'Applied configuration without a reboot';
          break;
        case MODE.AUTO:
          mode = needsReboot ? MODE.REBOOT : MODE.NO_REBOOT;
          details = needsReboot
            ? 'Applied configuration with a reboot'
            : 'Applied configuration without a reboot';
          if (needsReboot) detailsSuffix = `: ${immediateError}`;
          break;
        case MODE.STAGED:
          details = 'Staged configuration to be applied after the next reboot';
          break;
        case MODE.REBOOT:
          details = 'Applied configuration with a reboot';
          break;
        default:
          throw new SimRpcError(
            'INVALID_ARGUMENT',
            `incorrect mode '${requested}' specified for the apply config call`,
          );
      }
    }

    if (dryRun) {
      this.record('dry-run', `${requestedName} -> ${MODE_NAMES[mode]}`);
      return {
        mode,
        modeDetails: `Dry run summary:\n${details} (skipped in dry-run).\nConfig diff:\n\n${diff || 'No changes.'}`,
      };
    }

    if (requested !== MODE.TRY && this.tryRollback) {
      clearTimeout(this.tryRollback);
      this.env.timers.delete(this.tryRollback);
      this.tryRollback = undefined;
    }
    const resolved = MODE_NAMES[mode] as ApplyRecord['mode'];
    this.applyHistory.push({
      at: this.env.now(),
      mode: resolved,
      requestedMode: requestedName,
      config: data,
    });
    this.record('apply', `${requestedName} -> ${resolved}`);
    switch (mode) {
      case MODE.NO_REBOOT:
        this.setConfig(data);
        if (this.faults['never-healthy']) this.unhealthy = true;
        break;
      case MODE.TRY: {
        const previous = this.config;
        const ms = req.tryModeTimeout
          ? Number((req.tryModeTimeout as { seconds: bigint }).seconds) * 1000 +
            Math.floor(((req.tryModeTimeout as { nanos: number }).nanos ?? 0) / 1e6)
          : 60_000;
        detailsSuffix = `\nThe config is applied in 'try' mode and will be automatically reverted back in ${goDuration(ms)}`;
        this.setConfig(data);
        if (this.faults['never-healthy']) this.unhealthy = true;
        this.tryRollback = this.schedule(ms, () => {
          this.tryRollback = undefined;
          this.setConfig(previous);
          this.record('config-rollback', 'try mode timeout');
        });
        break;
      }
      case MODE.STAGED:
        this.stagedConfig = data;
        break;
      case MODE.REBOOT:
        // Saved now, active after the reboot; the reboot starts once the reply is on its way.
        this.stagedConfig = data;
        this.schedule(0, () => this.startReboot('reboot'));
        break;
    }
    return { mode, warnings: [], modeDetails: details + detailsSuffix };
  }

  etcdMemberList(req: ProtoObject): ProtoObject {
    this.requireControlPlane('member list');
    if (req.queryLocal && !this.etcdHealthy()) {
      throw new SimRpcError('UNKNOWN', 'failed to create etcd client: context deadline exceeded');
    }
    if (!this.env.etcd.leader()) throw new SimRpcError('UNAVAILABLE', 'etcdserver: no leader');
    const members = this.env.etcd.members.map((m) => {
      const started = m.host.etcdStarted();
      return {
        id: m.id,
        hostname: started ? m.host.name : '',
        peerUrls: [`https://${m.host.address}:2380`],
        clientUrls: started ? [`https://${m.host.address}:2379`] : [],
        isLearner: false,
      };
    });
    return { legacyMembers: members.map((m) => m.hostname), members };
  }

  etcdStatus(): ProtoObject {
    this.requireControlPlane('etcd status');
    const fault = this.faults['etcd-unhealthy'];
    if (fault === 'not-started') {
      throw new SimRpcError('UNKNOWN', 'failed to query etcd status: context deadline exceeded');
    }
    const self = this.env.etcd.memberOf(this.address)!;
    const leader = this.env.etcd.leader();
    const { term, index } = this.env.etcd.tick();
    return {
      memberStatus: {
        memberId: self.id,
        protocolVersion: '3.5.21',
        storageVersion: '3.5.0',
        dbSize: 20_480_000n,
        dbSizeInUse: 12_288_000n,
        leader: leader?.id ?? 0n,
        raftIndex: index,
        raftTerm: term,
        raftAppliedIndex: index,
        errors: fault ? [`etcd member ${this.name} is unhealthy (simulated fault)`] : [],
        isLearner: false,
      },
    };
  }

  etcdForfeitLeadership(): ProtoObject {
    this.requireControlPlane('etcd forfeit leadership');
    return { member: this.env.etcd.forfeit(this.address) };
  }

  upgrade(req: ProtoObject): ProtoObject {
    const image = String(req.image ?? '');
    if (this.faults['upgrade-fails'] === 'rpc') {
      this.record('upgrade-rejected', 'fault');
      throw new SimRpcError(
        'UNKNOWN',
        `error validating installer image "${image}": simulated failure (upgrade-fails fault)`,
      );
    }
    if (!imageTag(image)) {
      throw new SimRpcError(
        'UNKNOWN',
        `error validating installer image "${image}": image reference has no tag`,
      );
    }
    if (this.isControlPlane && !req.force) {
      const etcd = this.env.etcd;
      if (etcd.members.length === 2) {
        this.record('upgrade-rejected', 'etcd quorum');
        throw new SimRpcError(
          'UNKNOWN',
          'error validating etcd for upgrade: etcd member count(2) is insufficient to maintain quorum if upgrade commences',
        );
      }
      for (const m of etcd.members) {
        const hex = m.id.toString(16).padStart(16, '0');
        if (!m.host.etcdStarted()) {
          this.record('upgrade-rejected', `etcd member ${m.host.name} not started`);
          throw new SimRpcError(
            'UNKNOWN',
            `error validating etcd for upgrade: etcd member ${hex} is not started, all members must be running to perform an upgrade`,
          );
        }
        if (!m.host.etcdHealthy()) {
          this.record('upgrade-rejected', `etcd member ${m.host.name} unhealthy`);
          throw new SimRpcError(
            'UNKNOWN',
            `error validating etcd for upgrade: etcd member ${hex} is not healthy; all members must be healthy to perform an upgrade: context deadline exceeded`,
          );
        }
      }
    }
    const actorId = randomUUID();
    this.record('upgrade-start', image);
    this.schedule(0, () => this.startReboot('upgrade', image));
    return { ack: 'Upgrade request received', actorId };
  }

  reboot(): ProtoObject {
    const actorId = randomUUID();
    this.schedule(0, () => this.startReboot('reboot'));
    return { actorId };
  }

  read(path: string): Buffer {
    if (path === '/proc/sys/kernel/random/boot_id') return Buffer.from(`${this.bootId}\n`);
    // machined stats the path first and answers a missing file with NotFound (Go's os.Stat text).
    throw new SimRpcError('NOT_FOUND', `stat ${path}: no such file or directory`);
  }

  /** COSI State.Get for the resources the simulator models. Roles are checked by the caller. */
  cosiGet(namespace: string, type: string, id: string): ProtoObject {
    const schema = talosSchema();
    const meta = (version: number, updated: Date) => ({
      namespace,
      type,
      id,
      version: String(version),
      owner: '',
      phase: 'running',
      created: dateToTimestamp(this.bootTime),
      updated: dateToTimestamp(updated),
      finalizers: [],
      labels: {},
      annotations: {} as Record<string, string>,
    });
    const notFound = () =>
      new SimRpcError('NOT_FOUND', `resource ${type}(${namespace}/${id}@undefined) doesn't exist`);
    if (type === 'MachineConfigs.config.talos.dev') {
      if (namespace !== 'config') throw notFound();
      let yaml: string;
      if (id === 'v1alpha1') yaml = this.config;
      else if (id === 'persistent') yaml = this.stagedConfig ?? this.config;
      else throw notFound();
      const protoSpec = encodeMessage(schema.message('resource.config.MachineConfigSpec'), {
        yamlMarshalled: Buffer.from(yaml, 'utf8'),
      });
      const metadata = meta(this.configVersion, this.configUpdated);
      let yamlSpec = yaml;
      if (atLeast(this.talosVersion, 1, 12)) {
        // Talos 1.12+ marshals the spec as one YAML string and marks the resource so readers know.
        metadata.annotations = { 'talos.dev/yaml-spec': '1' };
        yamlSpec = yamlStringDocument(yaml);
      }
      return { resource: { metadata, spec: { protoSpec, yamlSpec } } };
    }
    if (type === 'MachineStatuses.runtime.talos.dev') {
      if (namespace !== 'runtime' || id !== 'machine') throw notFound();
      const s = this.machineStatusSpec();
      const stage = MACHINE_STAGES.indexOf(s.stage);
      const protoSpec = encodeMessage(
        schema.message('talos.resource.definitions.runtime.MachineStatusSpec'),
        {
          stage,
          status: { ready: s.ready, unmetConditions: s.unmet },
        },
      );
      const yamlSpec = stringify({ stage: s.stage, status: { ready: s.ready, unmetConditions: s.unmet } });
      return { resource: { metadata: meta(this.bootCount, this.bootTime), spec: { protoSpec, yamlSpec } } };
    }
    throw new SimRpcError('PERMISSION_DENIED', `resource type "${type}" is not supported`);
  }

  /** Stops timers-driven transitions (fleet shutdown). */
  release(): void {
    const waiters = this.upWaiters.splice(0);
    for (const w of waiters) w();
  }
}
