/**
 * One simulated Talos node: its config, version, boot identity, services and etcd member, and the
 * machined behaviour of the API methods the project uses. Replies are the inner per-node messages
 * (the server wraps them in `messages[]`); failures are SimRpcError with Talos's status codes.
 *
 * Its life as Talos's sources define it: in maintenance mode (no config) it takes its first config,
 * installs from the config's installer image and boots configured; a control plane without etcd data
 * waits to join the cluster's etcd (as a learner, then promoted) until some control plane is
 * bootstrapped; Bootstrap is refused once etcd data exists; a member leaves etcd or is removed under
 * etcd's own checks; a graceful reset leaves etcd, wipes the node and brings it back in maintenance
 * mode (or halts it).
 */
import { randomUUID } from 'node:crypto';
import { stringify } from 'yaml';
import { staticAddresses as machineStaticAddresses } from '../kinds/machine.js';
import { encodeMessage, type ProtoObject } from '../talos/protobuf/codec.js';
import { toStruct } from '../talos/protobuf/struct.js';
import { talosSchema } from '../talos/protobuf/talos-schema.js';
import { dateToTimestamp, imageTag, MACHINE_STAGES, type MachineStage } from '../talos/types.js';
import { yamlStringDocument } from '../yaml/string-document.js';
import { renderBootstrapManifests } from './bootstrap-manifests.js';
import { configDocuments } from './config-documents.js';
import { installFacts } from './default-hooks.js';
import { unifiedDiff } from './diff.js';
import { ETCD_ERRORS, type EtcdMemberState, type SimEtcdCluster } from './etcd.js';
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

/** The node's static addresses, from the documents of a config text it took. */
function staticAddresses(yaml: string): string[] {
  // Talos reads the same documents, so the kind registry says where their addresses are; a
  // kind-less document counts only as the v1alpha1 one.
  return machineStaticAddresses(
    configDocuments(yaml).filter((d) => typeof d.body.kind === 'string' || d.body.version === 'v1alpha1'),
  );
}

export interface NodeEnv {
  cluster: string;
  hooks: SimulatorHooks;
  rebootMs: number;
  upgradeMs: number;
  log: EventLog;
  /** The cluster's etcd: the one control planes join, and the one the first bootstrap starts. */
  etcd: SimEtcdCluster;
  /** A further etcd cluster: what a second bootstrap on a member-less control plane starts. */
  newEtcd(): SimEtcdCluster;
  /** Schematic ID → official extensions: the simulated Image Factory (undefined: serves any image). */
  schematics?: ReadonlyMap<string, readonly string[]>;
  /** How long installing from maintenance mode takes (ms). */
  installMs: number;
  /** How often a control plane waiting for etcd tries to join, and how long a learner takes (ms). */
  joinMs: number;
  /** The node entered or left maintenance mode (the fleet opens or closes its maintenance endpoint). */
  maintenanceChanged(node: SimNode): void;
  /** Pending timers, cleared when the fleet stops. */
  timers: Set<NodeJS.Timeout>;
  now(): number;
}

/** The state of a control plane's etcd service. */
type EtcdService = 'none' | 'waiting' | 'running' | 'stopped' | 'removed';

const FACTORY_IMAGE = /\/(?:[a-z0-9-]+-)?installer(?:-secureboot)?\/([0-9a-f]{64})(?::|@|$)/;
const ETCD_DATA = '/var/lib/etcd';

const MODE = { REBOOT: 0, AUTO: 1, NO_REBOOT: 2, STAGED: 3, TRY: 4 } as const;
const MODE_NAMES = ['reboot', 'auto', 'no-reboot', 'staged', 'try'] as const;

const BASE_SERVICES = ['apid', 'containerd', 'cri', 'kubelet', 'machined', 'udevd'];
const MAINTENANCE_SERVICES = ['apid', 'machined', 'udevd'];
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
  /** Where apid reaches the node; it moves when an applied config takes its address away. */
  address: string;
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
  /** The machine type its config gives it (undefined in maintenance mode). */
  machineType: string | undefined;
  /** The installer image it was installed from, and the extensions that image carries. */
  installedImage: string | undefined;
  extensions: readonly string[] = [];
  /** Its etcd data directory holds a member (control planes). */
  etcdData = false;
  private etcdService: EtcdService = 'none';
  /** The etcd cluster it is a member of. */
  private etcdCluster: SimEtcdCluster | undefined;
  /** The never-healthy fault has taken effect (after a reboot or apply). */
  private unhealthy = false;
  private down: 'reboot' | 'upgrade' | 'install' | 'reset' | 'off' | undefined;
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
    this.talosVersion = spec.talosVersion;
    if (spec.maintenance) {
      this.config = '';
    } else {
      this.config = spec.config;
      const facts = installFacts(spec.config, spec.talosVersion);
      this.machineType = facts.machineType ?? spec.role;
      this.installed(facts.installerImage);
      if (this.isControlPlane) {
        // a running cluster: every control plane is a member of the cluster's etcd
        this.etcdCluster = env.etcd;
        this.etcdData = true;
        this.etcdService = 'running';
      }
    }
  }

  // ---- state ----

  get rebooting(): boolean {
    return this.down !== undefined && this.down !== 'off';
  }

  /** Powered off (halted by a reset without reboot). */
  get off(): boolean {
    return this.down === 'off';
  }

  /** Reachable: not rebooting and no `unreachable` fault. */
  get up(): boolean {
    return !this.down && !this.faults.unreachable;
  }

  /** The never-healthy fault has taken effect: its kubelet does not come up healthy. */
  get kubeletUnhealthy(): boolean {
    return this.unhealthy;
  }

  /** No config yet: it answers only its maintenance API, directly at its address. */
  get maintenance(): boolean {
    return this.config === '';
  }

  get isControlPlane(): boolean {
    return !this.maintenance && (this.machineType === 'controlplane' || this.machineType === 'init');
  }

  /** This node's etcd member, if it is one. */
  etcdMember(): EtcdMemberState | undefined {
    return this.etcdCluster?.memberOf(this.address);
  }

  /** etcd health follows the node: down, unreachable or an etcd fault make the member unhealthy. */
  etcdHealthy(): boolean {
    return this.isControlPlane && this.up && this.etcdService === 'running' && !this.faults['etcd-unhealthy'];
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
    this.etcd.leader();
  }

  /** The etcd this node talks to: its own cluster's, else the cluster's (through the other control planes). */
  private get etcd(): SimEtcdCluster {
    return this.etcdCluster ?? this.env.etcd;
  }

  clearFault(name: FaultName): void {
    if (!(name in this.faults)) return;
    const { [name]: _removed, ...rest } = this.faults;
    this.faults = rest;
    if (name === 'never-healthy') this.unhealthy = false;
    this.record('fault-cleared', name);
    this.etcd.leader();
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

  /** Records the installer image the node runs from and the extensions the factory put in it. */
  private installed(image: string | undefined): void {
    this.installedImage = image;
    const id = image ? FACTORY_IMAGE.exec(image)?.[1] : undefined;
    this.extensions = (id && this.env.schematics?.get(id)) || [];
  }

  /** Whether the simulated factory serves this image (any non-factory image is served). */
  private imageAvailable(image: string): boolean {
    const id = FACTORY_IMAGE.exec(image)?.[1];
    return !id || !this.env.schematics || this.env.schematics.has(id);
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
    this.etcd.leader();
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
        this.installed(image);
        upgradeDetail = `now ${tag}`;
      }
    }
    if (this.faults['never-healthy']) this.unhealthy = true;
    this.record('reboot-end');
    if (upgradeDetail) this.record('upgrade-end', upgradeDetail);
    this.etcd.leader();
    if (this.etcdService === 'waiting') this.tryJoin();
    this.wakeUpWaiters();
  }

  private wakeUpWaiters(): void {
    const waiters = this.upWaiters.splice(0);
    for (const w of waiters) w();
  }

  // ---- lifecycle: install from maintenance mode, join etcd, reset ----

  /** Installs from the applied config's installer and boots configured (Talos's install sequence). */
  private install(config: string): void {
    const facts = installFacts(config, this.talosVersion);
    this.down = 'install';
    this.env.maintenanceChanged(this);
    this.record('install-start', facts.installerImage);
    const factor = this.faults['slow-reboot'] ?? 1;
    this.schedule(this.env.installMs * factor, () => {
      if (facts.installerImage && !this.imageAvailable(facts.installerImage)) {
        // the installer cannot be pulled: the install fails and the node is back in maintenance mode
        this.down = undefined;
        this.record('install-failed', `${facts.installerImage}: not found at the image factory`);
        this.env.maintenanceChanged(this);
        this.wakeUpWaiters();
        return;
      }
      this.setConfig(config);
      this.machineType = facts.machineType;
      const tag = facts.installerImage ? imageTag(facts.installerImage) : undefined;
      if (tag) this.talosVersion = tag;
      this.installed(facts.installerImage);
      this.down = undefined;
      this.bootId = randomUUID();
      this.bootCount++;
      this.bootTime = new Date();
      if (this.isControlPlane) this.etcdService = 'waiting';
      if (this.faults['never-healthy']) this.unhealthy = true;
      this.record('install-end', `running ${this.talosVersion}`);
      if (this.etcdService === 'waiting') this.tryJoin();
      this.wakeUpWaiters();
    });
  }

  /**
   * A control plane with no etcd data keeps trying to join the cluster's etcd (Talos's
   * buildInitialCluster): once the cluster has a leader it is added as a learner, and promoted when
   * it has caught up. A member left over under its own name is removed first, as Talos does.
   */
  private tryJoin(): void {
    if (!this.isControlPlane || this.etcdService !== 'waiting') return;
    const target = this.env.etcd;
    if (this.up && !this.faults['etcd-unhealthy'] && target.leader()) {
      const stale = target.members.find((m) => m.host.name === this.name && m.host !== this);
      try {
        if (stale) target.remove(stale.id);
        const member = target.add(this, { learner: true });
        this.etcdCluster = target;
        this.etcdData = true;
        this.etcdService = 'running';
        this.record('etcd-join', 'learner');
        this.schedule(this.env.joinMs, () => {
          if (!target.members.includes(member)) return;
          target.promote(member.id);
          this.record('etcd-join', 'promoted');
        });
        return;
      } catch {
        // try again later, as Talos retries
      }
    }
    this.schedule(this.env.joinMs, () => this.tryJoin());
  }

  /** Its member was removed by another member: its etcd stops for good (the data is no longer valid). */
  etcdRemoved(): void {
    this.etcdCluster = undefined;
    this.etcdService = 'removed';
  }

  private leaveEtcd(): void {
    const member = this.etcdMember();
    if (!member) {
      throw new SimRpcError(
        'UNKNOWN',
        'failed to leave cluster: failed to get local etcd member ID: context deadline exceeded',
      );
    }
    if (this.faults['etcd-leave-fails']) {
      throw new SimRpcError(
        'UNKNOWN',
        `failed to leave cluster: ${ETCD_ERRORS.unhealthy} (etcd-leave-fails fault)`,
      );
    }
    try {
      this.etcd.remove(member.id);
    } catch (err) {
      const e = err as SimRpcError;
      throw new SimRpcError(
        'UNKNOWN',
        `failed to leave cluster: failed to remove member ${member.id}: ${e.message}`,
      );
    }
    // Talos stops etcd and removes its data directory: the member is gone.
    this.etcdCluster = undefined;
    this.etcdService = 'stopped';
    this.etcdData = false;
    this.record('etcd-leave');
  }

  private startReset(graceful: boolean, reboot: boolean): void {
    if (this.down) return;
    this.record('reset-start', graceful ? 'graceful' : undefined);
    if (graceful && this.isControlPlane && this.etcdService === 'running') {
      try {
        this.leaveEtcd();
      } catch (err) {
        // the reset sequence stops at its failed "leave" phase: the node stays as it was
        this.record('reset-failed', (err as Error).message);
        return;
      }
    }
    this.down = 'reset';
    this.etcd.leader();
    const factor = this.faults['slow-reboot'] ?? 1;
    this.schedule(this.env.rebootMs * factor, () => {
      this.config = '';
      this.stagedConfig = undefined;
      this.machineType = undefined;
      this.etcdCluster = undefined;
      this.etcdService = 'none';
      this.etcdData = false;
      this.installed(undefined);
      this.unhealthy = false;
      this.bootId = randomUUID();
      this.bootCount++;
      this.bootTime = new Date();
      this.configVersion++;
      this.down = reboot ? undefined : 'off';
      this.record('reset-end', reboot ? 'maintenance mode' : 'powered off');
      if (reboot) this.env.maintenanceChanged(this);
      this.wakeUpWaiters();
    });
  }

  /** Powers a halted node on: with its system disk wiped, it boots into maintenance mode. */
  powerOn(): void {
    if (this.down !== 'off') return;
    this.down = undefined;
    this.record('reboot-end', 'powered on');
    this.env.maintenanceChanged(this);
  }

  private yamlSpecMemo: { text: string; spec: string } | undefined;

  private setConfig(yaml: string): void {
    const before = this.config;
    this.config = yaml;
    this.configVersion++;
    this.configUpdated = new Date();
    this.followAddress(before, yaml);
  }

  /**
   * Like a real node, it answers where its network config puts it: when the active config's static
   * addresses no longer include the one it is reached at, it moves to the address the new config
   * brings (and answers only there). A config without static addresses (DHCP) leaves it in place.
   */
  private followAddress(before: string, after: string): void {
    const has = staticAddresses(after);
    if (has.length === 0 || has.includes(this.address)) return;
    const had = staticAddresses(before);
    const to = has.find((a) => !had.includes(a)) ?? has[0]!;
    const from = this.address;
    this.address = to;
    this.record('address-moved', `${from} -> ${to}`);
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
      // in maintenance mode there is no config to read the features from
      ...(this.maintenance ? {} : { features: { rbac: true } }),
    };
  }

  serviceList(): ProtoObject {
    const ids = this.maintenance
      ? MAINTENANCE_SERVICES
      : [...BASE_SERVICES, ...(this.isControlPlane ? CONTROL_PLANE_SERVICES : [])].sort();
    const ts = dateToTimestamp(this.bootTime);
    const bad = this.unhealthyServices();
    return {
      services: ids.map((id) => {
        let state = 'Running';
        let healthy = true;
        let message = 'Health check successful';
        if (
          id === 'etcd' &&
          (this.faults['etcd-unhealthy'] === 'not-started' || this.etcdService === 'waiting')
        ) {
          state = 'Preparing';
          healthy = false;
          message = 'Running pre state';
        } else if (id === 'etcd' && this.etcdService === 'stopped') {
          state = 'Finished';
          healthy = false;
          message = 'Service finished successfully';
        } else if (id === 'etcd' && this.etcdService === 'removed') {
          state = 'Failed';
          healthy = false;
          message = 'Failed to run service: the member has been permanently removed from the cluster';
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
    // maintenance mode has no readiness checks: it is ready for its config
    if (this.maintenance) return { stage: 'maintenance', ready: true, unmet: [] };
    const bad = this.unhealthyServices().map((s) => `${s} not healthy`);
    if (this.isControlPlane && this.etcdService !== 'running') bad.push('etcd not running');
    const unmet = bad.length ? [{ name: 'services', reason: bad.join(', ') }] : [];
    // no Kubernetes control plane before etcd has been bootstrapped: the node cannot register
    if (this.env.etcd.members.length === 0) unmet.push({ name: 'nodeReady', reason: 'node not ready' });
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
    if (this.maintenance) return this.applyInMaintenance(data, requested, dryRun);
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

  /**
   * The first config, in maintenance mode: checked like any other, then the node installs and boots
   * with it (REBOOT is taken as NO_REBOOT there, as machined does).
   */
  private applyInMaintenance(data: string, requested: number, dryRun: boolean): ProtoObject {
    const mode = requested === MODE.STAGED ? MODE.STAGED : MODE.NO_REBOOT;
    const details =
      mode === MODE.STAGED
        ? 'Staged configuration to be applied after the next reboot'
        : 'Applied configuration without a reboot';
    if (dryRun) {
      this.record('dry-run', `maintenance ${MODE_NAMES[requested]} -> ${MODE_NAMES[mode]}`);
      return {
        mode,
        modeDetails: `Dry run summary:\n${details} (skipped in dry-run).\nConfig diff:\n\n${unifiedDiff('', data)}`,
      };
    }
    this.applyHistory.push({
      at: this.env.now(),
      mode: MODE_NAMES[mode] as ApplyRecord['mode'],
      requestedMode: MODE_NAMES[requested] ?? String(requested),
      config: data,
    });
    this.record('apply', `maintenance ${MODE_NAMES[requested]} -> ${MODE_NAMES[mode]}`);
    this.schedule(0, () => this.install(data));
    return { mode, warnings: [], modeDetails: details };
  }

  etcdMemberList(req: ProtoObject): ProtoObject {
    this.requireControlPlane('member list');
    if (req.queryLocal && !this.etcdHealthy()) {
      throw new SimRpcError('UNKNOWN', 'failed to create etcd client: context deadline exceeded');
    }
    if (!this.etcd.leader()) throw new SimRpcError('UNAVAILABLE', ETCD_ERRORS.noLeader);
    const members = this.etcd.members.map((m) => {
      const started = m.host.etcdStarted();
      return {
        id: m.id,
        hostname: started ? m.host.name : '',
        peerUrls: [`https://${m.host.address}:2380`],
        clientUrls: started ? [`https://${m.host.address}:2379`] : [],
        isLearner: m.isLearner,
      };
    });
    return { legacyMembers: members.map((m) => m.hostname), members };
  }

  etcdStatus(): ProtoObject {
    this.requireControlPlane('etcd status');
    const fault = this.faults['etcd-unhealthy'];
    const self = this.etcdMember();
    if (fault === 'not-started' || this.etcdService !== 'running' || !self) {
      throw new SimRpcError('UNKNOWN', 'failed to query etcd status: context deadline exceeded');
    }
    const leader = this.etcd.leader();
    const { term, index } = this.etcd.tick();
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
        isLearner: self.isLearner,
      },
    };
  }

  etcdForfeitLeadership(): ProtoObject {
    this.requireControlPlane('etcd forfeit leadership');
    return { member: this.etcd.forfeit(this.address) };
  }

  /**
   * machined's Bootstrap: only once the node is up (CRI running: never in maintenance mode), only on
   * a control plane, never when its etcd data directory is not empty. It starts a new etcd cluster
   * with this node as its only member, whatever other control planes run: bootstrapping a second one
   * splits the cluster, which is why it must happen exactly once.
   */
  bootstrap(): ProtoObject {
    if (this.maintenance) throw new SimRpcError('FAILED_PRECONDITION', 'bootstrap is not available yet');
    this.requireControlPlane('bootstrap');
    const fault = this.faults['bootstrap-fails'];
    if (fault) {
      this.record('bootstrap-rejected', 'fault');
      throw new SimRpcError(
        'UNKNOWN',
        typeof fault === 'string'
          ? fault
          : 'error starting etcd in bootstrap mode: simulated failure (bootstrap-fails fault)',
      );
    }
    if (this.etcdData) {
      this.record('bootstrap-rejected', 'etcd data directory is not empty');
      throw new SimRpcError('ALREADY_EXISTS', 'etcd data directory is not empty');
    }
    const first = this.env.etcd.members.length === 0;
    const etcd = first ? this.env.etcd : this.env.newEtcd();
    etcd.add(this);
    this.etcdCluster = etcd;
    this.etcdData = true;
    this.etcdService = 'running';
    this.record('etcd-bootstrap', first ? undefined : 'a second, separate etcd cluster');
    etcd.leader();
    return {};
  }

  /** EtcdRemoveMemberByID: the member goes, under etcd's reconfiguration checks. */
  etcdRemoveMemberById(req: ProtoObject): ProtoObject {
    this.requireControlPlane('etcd remove member');
    const id = BigInt((req.memberId as bigint | number | undefined) ?? 0);
    const member = this.etcd.members.find((m) => m.id === id);
    try {
      this.etcd.remove(id);
    } catch (err) {
      const e = err as SimRpcError;
      const text = `failed to remove member ${id}: ${e.message}`;
      if (e.message === ETCD_ERRORS.memberNotFound) throw new SimRpcError('NOT_FOUND', text);
      throw new SimRpcError('UNKNOWN', `failed to remove member: ${text}`);
    }
    (member?.host as SimNode | undefined)?.etcdRemoved?.();
    this.record('etcd-remove', member?.host.name ?? id.toString(16));
    return {};
  }

  /** EtcdLeaveCluster: this node's own member leaves; its etcd stops and its data is removed. */
  etcdLeaveCluster(): ProtoObject {
    this.requireControlPlane('etcd leave');
    if (!this.etcd.leader()) throw new SimRpcError('UNAVAILABLE', ETCD_ERRORS.noLeader);
    this.leaveEtcd();
    return {};
  }

  /** Reset: accepted at once, the reset sequence runs after the reply (as machined runs it). */
  reset(req: ProtoObject): ProtoObject {
    const graceful = req.graceful === true;
    const reboot = req.reboot === true;
    this.schedule(0, () => this.startReset(graceful, reboot));
    return { actorId: randomUUID() };
  }

  /** List of one directory (not recursive): the directory itself first, then its entries. */
  list(req: ProtoObject): ProtoObject[] {
    const root = `/${String(req.root ?? '').replace(/^\/+|\/+$/g, '')}`;
    if (root !== ETCD_DATA || !this.isControlPlane) {
      return [{ name: root, relativeName: '.', error: `lstat ${root}: no such file or directory` }];
    }
    const dir = (name: string, rel: string) => ({
      name,
      relativeName: rel,
      isDir: true,
      mode: 0o20000000700,
      size: 4096n,
    });
    return [dir(ETCD_DATA, '.'), ...(this.etcdData ? [dir(`${ETCD_DATA}/member`, 'member')] : [])];
  }

  upgrade(req: ProtoObject): ProtoObject {
    const image = String(req.image ?? '');
    if (!this.imageAvailable(image)) {
      this.record('upgrade-rejected', 'image not found');
      throw new SimRpcError(
        'UNKNOWN',
        `error validating installer image "${image}": failed to pull the image: not found at the image factory (unknown schematic)`,
      );
    }
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
      const etcd = this.etcd;
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
        // (asked after every apply and by every drift read: emitted once per config text)
        if (this.yamlSpecMemo?.text !== yaml)
          this.yamlSpecMemo = { text: yaml, spec: yamlStringDocument(yaml) };
        yamlSpec = this.yamlSpecMemo.spec;
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

  /**
   * COSI List: a control plane's bootstrap manifests (controlplane/Manifests.kubernetes.talos.dev),
   * rendered from its running config as Talos's ManifestController renders them; a worker has none.
   */
  cosiList(namespace: string, type: string): ProtoObject[] {
    if (type !== 'Manifests.kubernetes.talos.dev')
      throw new SimRpcError('PERMISSION_DENIED', `resource type "${type}" is not supported`);
    if (namespace !== 'controlplane' || !this.isControlPlane) return [];
    const spec = talosSchema().message('talos.resource.definitions.k8s.ManifestSpec');
    return renderBootstrapManifests(this.config, this.talosVersion).map((m) => ({
      resource: {
        metadata: {
          namespace,
          type,
          id: m.id,
          version: String(this.configVersion),
          owner: 'k8s.ManifestController',
          phase: 'running',
          created: dateToTimestamp(this.bootTime),
          updated: dateToTimestamp(this.configUpdated),
          finalizers: [],
          labels: {},
          annotations: {},
        },
        spec: {
          protoSpec: encodeMessage(spec, { items: m.objects.map((o) => ({ object: toStruct(o) })) }),
          yamlSpec: stringify(m.objects),
        },
      },
    }));
  }

  /** Stops timers-driven transitions (fleet shutdown). */
  release(): void {
    const waiters = this.upWaiters.splice(0);
    for (const w of waiters) w();
  }
}
