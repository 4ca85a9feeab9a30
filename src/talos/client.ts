/**
 * Talos API client over gRPC + mTLS. One TLS connection (grpc-js channel) per endpoint; every call
 * targets one node with the single-valued `node` metadata key, as talosctl's per-node calls do, and
 * apid on the endpoint forwards it. Every call has a deadline; only read-only calls are retried, and
 * only when the node or endpoint is unavailable.
 *
 * `TalosClient.maintenance` is the other connection Talos offers: to a node in maintenance mode (no
 * config yet), directly at its address, with TLS that authenticates neither side (the node's
 * certificate is self-signed and not verified, no client certificate is sent), as
 * `talosctl apply-config --insecure` does. The node then answers only its maintenance methods.
 */

import { isIP } from 'node:net';
import { checkServerIdentity } from 'node:tls';
import * as grpc from '@grpc/grpc-js';
import { parse as parseYaml } from 'yaml';
import { parseCertificate } from '../pki/inspect.js';
import { loadPrivateKey, toStandardKeyPem } from '../pki/pem.js';
import { type CallContext, classifyUnavailable, type TalosApiError, toTalosApiError } from './api-error.js';
import { decodeMessage, type ProtoObject } from './protobuf/codec.js';
import { grpcServiceDefinition } from './protobuf/grpc.js';
import { fromStruct } from './protobuf/struct.js';
import { talosSchema } from './protobuf/talos-schema.js';
import { rolesFor, rolesFromOrganizations, type TalosRole } from './rbac.js';
import {
  normalizeEndpoint,
  type ResolvedTalosContext,
  readTalosconfig,
  resolveContext,
  splitEndpoint,
  type Talosconfig,
  TalosconfigError,
} from './talosconfig.js';
import { probeTls } from './tls-probe.js';
import {
  APPLY_MODE_WIRE,
  type ApplyMode,
  type ApplyResult,
  applyModeFromWire,
  type EtcdMember,
  type EtcdMemberStatus,
  MACHINE_STAGES,
  type MachineStatus,
  type NodeVersion,
  REBOOT_MODE_WIRE,
  type RebootMode,
  type ServiceStatus,
  timestampToDate,
  type UpgradeResult,
} from './types.js';

export interface TalosClientOptions {
  /** Deadline for ordinary calls (ms). Default 30 s. */
  deadlineMs?: number;
  /** Deadline for Upgrade, which runs its pre-checks synchronously (ms). Default 10 min. */
  upgradeDeadlineMs?: number;
  /** Extra attempts for read-only calls that fail as unavailable. Default 3. */
  retries?: number;
  /** First retry delay (ms), doubled each time up to maxBackoffMs. Default 250. */
  retryBackoffMs?: number;
  maxBackoffMs?: number;
  /** Verify the server certificate against this name instead of the endpoint host. */
  tlsServerName?: string;
}

export interface CallOptions {
  deadlineMs?: number;
  /** Endpoint to send this call through (default: the context's endpoints, first first). */
  endpoint?: string;
}

export interface ApplyOptions extends CallOptions {
  /** Required: the proto default (0) means REBOOT, so the mode is never left implicit. */
  mode: ApplyMode;
  dryRun?: boolean;
  /** TRY mode only; Talos's default is 1 minute. */
  tryModeTimeoutMs?: number;
}

export interface UpgradeOptions extends CallOptions {
  stage?: boolean;
  force?: boolean;
  rebootMode?: 'default' | 'powercycle';
}

interface Connection {
  channel: grpc.Channel;
  machine: grpc.Client;
  state: grpc.Client;
}

interface CallSpec {
  service: 'machine' | 'state';
  method: string;
  readOnly: boolean;
  /** Roles the call needs when stricter than the method rule (sensitive COSI resources). */
  neededRoles?: readonly string[];
  isApply?: boolean;
  deadlineMs?: number;
}

const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;
/** SNI sent for IP endpoints (a reserved .invalid name; see connection()). */
const IP_ENDPOINT_SNI = 'talos-endpoint.invalid';
const SERVICE_PATHS = { machine: 'machine.MachineService', state: 'cosi.resource.State' } as const;

const MachineClient = grpc.makeGenericClientConstructor(
  grpcServiceDefinition(talosSchema().service(SERVICE_PATHS.machine)),
  'MachineService',
);
const StateClient = grpc.makeGenericClientConstructor(
  grpcServiceDefinition(talosSchema().service(SERVICE_PATHS.state)),
  'State',
);

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class TalosClient {
  readonly context: ResolvedTalosContext;
  /** Talos roles of the client certificate (its Organization entries). */
  readonly roles: TalosRole[];
  private readonly options: Required<Omit<TalosClientOptions, 'tlsServerName'>> & { tlsServerName?: string };
  private readonly keyPem: string;
  private readonly connections = new Map<string, Connection>();
  private closed = false;
  /** Maintenance mode: no client certificate, the server's certificate not verified, no routing. */
  private readonly maintenanceMode: boolean;

  constructor(context: ResolvedTalosContext, options: TalosClientOptions = {}) {
    this.context = context;
    const maintenance = (options as { [MAINTENANCE]?: boolean })[MAINTENANCE] === true;
    this.maintenanceMode = maintenance;
    this.options = {
      deadlineMs: 30_000,
      upgradeDeadlineMs: 600_000,
      retries: 3,
      retryBackoffMs: 250,
      maxBackoffMs: 2_000,
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
    };
    if (maintenance) {
      this.roles = [];
      this.keyPem = '';
      return;
    }
    const where = { file: context.file, field: `contexts.${context.name}` };
    try {
      // Checked here so a bad key is reported against the talosconfig, not deep inside grpc-js.
      loadPrivateKey(context.keyPem);
      this.roles = rolesFromOrganizations(parseCertificate(context.crtPem).subjectOrganizations);
      this.keyPem = toStandardKeyPem(context.keyPem);
      // Fail on unusable PEMs now rather than on the first call.
      this.credentialsFor('localhost');
    } catch (err) {
      throw new TalosconfigError(`context "${context.name}": ${(err as Error).message}`, where);
    }
  }

  static fromTalosconfig(
    cfg: Talosconfig,
    opts: TalosClientOptions & { context?: string; file?: string } = {},
  ): TalosClient {
    return new TalosClient(resolveContext(cfg, opts.context, opts.file), opts);
  }

  /**
   * A client for one node in maintenance mode, reached directly at `endpoint` (the node's address,
   * port 50000 unless given). Calls ignore their `node` argument: a node in maintenance mode routes
   * nothing.
   */
  static maintenance(endpoint: string, opts: TalosClientOptions = {}): TalosClient {
    const context: ResolvedTalosContext = {
      name: 'maintenance',
      endpoints: [normalizeEndpoint(endpoint)],
      nodes: [],
      caPem: '',
      crtPem: '',
      keyPem: '',
      file: '',
    };
    return new TalosClient(context, { ...opts, [MAINTENANCE]: true } as TalosClientOptions);
  }

  /** Whether this client talks to a node in maintenance mode. */
  get isMaintenance(): boolean {
    return this.maintenanceMode;
  }

  static async fromFile(
    path: string,
    opts: TalosClientOptions & { context?: string } = {},
  ): Promise<TalosClient> {
    return TalosClient.fromTalosconfig(await readTalosconfig(path), { ...opts, file: path });
  }

  // ---- public API ----

  async version(node: string, opts: CallOptions = {}): Promise<NodeVersion> {
    const reply = await this.unary(node, {}, opts, { service: 'machine', method: 'Version', readOnly: true });
    return toNodeVersion(reply);
  }

  /**
   * Version on several nodes in one call (apid one-to-many mode, `nodes` metadata). Each node's
   * outcome is reported separately, matched by the hostname apid echoes back.
   */
  async versionMany(
    nodes: string[],
    opts: CallOptions = {},
  ): Promise<Map<string, NodeVersion | TalosApiError>> {
    const spec: CallSpec = { service: 'machine', method: 'Version', readOnly: true };
    const md = new grpc.Metadata();
    for (const n of nodes) md.add('nodes', n);
    const { response, endpoint, ctx } = await this.withRetries('', spec, opts, (ep, deadline) =>
      this.invokeUnary(ep, spec, {}, md, deadline),
    );
    const out = new Map<string, NodeVersion | TalosApiError>();
    for (const msg of (response.messages as ProtoObject[]) ?? []) {
      const meta = msg.metadata as
        | { hostname?: string; error?: string; status?: { code?: number } }
        | undefined;
      const host = meta?.hostname ?? '';
      if (meta?.error) {
        const e = { code: meta.status?.code ?? grpc.status.UNKNOWN, details: meta.error };
        out.set(host, toTalosApiError(e, { ...ctx, node: host, endpoint }));
      } else {
        out.set(host, toNodeVersion(msg));
      }
    }
    for (const n of nodes) {
      if (!out.has(n)) {
        out.set(n, toTalosApiError({ details: 'no reply for this node' }, { ...ctx, node: n, endpoint }));
      }
    }
    return out;
  }

  async applyConfiguration(node: string, configYaml: string, opts: ApplyOptions): Promise<ApplyResult> {
    if (!opts || !(opts.mode in APPLY_MODE_WIRE)) {
      throw new TypeError(
        `applyConfiguration: mode must be one of ${Object.keys(APPLY_MODE_WIRE).join(', ')}`,
      );
    }
    const request: ProtoObject = {
      data: Buffer.from(configYaml, 'utf8'),
      mode: APPLY_MODE_WIRE[opts.mode],
      dryRun: opts.dryRun ?? false,
    };
    if (opts.mode === 'try') {
      const ms = opts.tryModeTimeoutMs ?? 60_000;
      request.tryModeTimeout = { seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 };
    }
    const reply = await this.unary(node, request, opts, {
      service: 'machine',
      method: 'ApplyConfiguration',
      readOnly: false,
      isApply: true,
    });
    return {
      mode: applyModeFromWire(reply.mode as number),
      modeDetails: reply.modeDetails as string,
      warnings: reply.warnings as string[],
    };
  }

  /** The running machine config, byte for byte as it was applied (COSI config/MachineConfigs/v1alpha1). */
  async getMachineConfig(node: string, opts: CallOptions = {}): Promise<string> {
    const resource = await this.cosiGet(node, 'config', 'MachineConfigs.config.talos.dev', 'v1alpha1', opts, [
      'os:admin',
    ]);
    const spec = resource.spec as { protoSpec: Buffer; yamlSpec: string } | undefined;
    if (spec?.protoSpec?.length) {
      const decoded = decodeMessage(
        talosSchema().message('resource.config.MachineConfigSpec'),
        spec.protoSpec,
      );
      return (decoded.yamlMarshalled as Buffer).toString('utf8');
    }
    const annotations = (resource.metadata as { annotations?: Record<string, string> } | undefined)
      ?.annotations;
    // Talos 1.12+ sends the YAML spec as one YAML string (and says so); older ones send the raw text.
    if (spec?.yamlSpec && annotations?.['talos.dev/yaml-spec'] !== undefined) {
      const text: unknown = parseYaml(spec.yamlSpec);
      if (typeof text === 'string') return text;
    }
    return spec?.yamlSpec ?? '';
  }

  /** COSI runtime/MachineStatuses/machine: boot stage and readiness. */
  async getMachineStatus(node: string, opts: CallOptions = {}): Promise<MachineStatus> {
    const resource = await this.cosiGet(
      node,
      'runtime',
      'MachineStatuses.runtime.talos.dev',
      'machine',
      opts,
    );
    const spec = resource.spec as { protoSpec: Buffer } | undefined;
    const decoded = decodeMessage(
      talosSchema().message('talos.resource.definitions.runtime.MachineStatusSpec'),
      spec?.protoSpec ?? Buffer.alloc(0),
    );
    const status = decoded.status as
      | { ready: boolean; unmetConditions: { name: string; reason: string }[] }
      | undefined;
    return {
      stage: MACHINE_STAGES[decoded.stage as number] ?? 'unknown',
      ready: status?.ready ?? false,
      unmetConditions: (status?.unmetConditions ?? []).map((c) => ({ name: c.name, reason: c.reason })),
    };
  }

  async serviceList(node: string, opts: CallOptions = {}): Promise<ServiceStatus[]> {
    const reply = await this.unary(node, {}, opts, {
      service: 'machine',
      method: 'ServiceList',
      readOnly: true,
    });
    return (reply.services as ProtoObject[]).map(toServiceStatus);
  }

  async etcdMemberList(
    node: string,
    opts: CallOptions & { queryLocal?: boolean } = {},
  ): Promise<EtcdMember[]> {
    const reply = await this.unary(node, { queryLocal: opts.queryLocal ?? false }, opts, {
      service: 'machine',
      method: 'EtcdMemberList',
      readOnly: true,
    });
    return (reply.members as ProtoObject[]).map((m) => ({
      id: m.id as bigint,
      hostname: m.hostname as string,
      peerUrls: m.peerUrls as string[],
      clientUrls: m.clientUrls as string[],
      isLearner: m.isLearner as boolean,
    }));
  }

  async etcdStatus(node: string, opts: CallOptions = {}): Promise<EtcdMemberStatus> {
    const reply = await this.unary(node, {}, opts, {
      service: 'machine',
      method: 'EtcdStatus',
      readOnly: true,
    });
    const s = (reply.memberStatus ?? {}) as Partial<Record<keyof EtcdMemberStatus, unknown>>;
    return {
      memberId: (s.memberId as bigint) ?? 0n,
      leader: (s.leader as bigint) ?? 0n,
      protocolVersion: (s.protocolVersion as string) ?? '',
      storageVersion: (s.storageVersion as string) ?? '',
      dbSize: (s.dbSize as bigint) ?? 0n,
      dbSizeInUse: (s.dbSizeInUse as bigint) ?? 0n,
      raftIndex: (s.raftIndex as bigint) ?? 0n,
      raftTerm: (s.raftTerm as bigint) ?? 0n,
      raftAppliedIndex: (s.raftAppliedIndex as bigint) ?? 0n,
      errors: (s.errors as string[]) ?? [],
      isLearner: (s.isLearner as boolean) ?? false,
    };
  }

  /** Moves etcd leadership away from `node`. Returns the new leader's name ('' if `node` was not leader). */
  async etcdForfeitLeadership(node: string, opts: CallOptions = {}): Promise<{ member: string }> {
    const reply = await this.unary(node, {}, opts, {
      service: 'machine',
      method: 'EtcdForfeitLeadership',
      readOnly: false,
    });
    return { member: reply.member as string };
  }

  /** Legacy unary Upgrade: returns once Talos accepted the request (pre-checks can take minutes). */
  async upgrade(node: string, image: string, opts: UpgradeOptions = {}): Promise<UpgradeResult> {
    const reply = await this.unary(
      node,
      {
        image,
        stage: opts.stage ?? false,
        force: opts.force ?? false,
        rebootMode: opts.rebootMode === 'powercycle' ? 1 : 0,
      },
      opts,
      { service: 'machine', method: 'Upgrade', readOnly: false, deadlineMs: this.options.upgradeDeadlineMs },
    );
    return { ack: reply.ack as string, actorId: reply.actorId as string };
  }

  async reboot(
    node: string,
    mode: RebootMode = 'default',
    opts: CallOptions = {},
  ): Promise<{ actorId: string }> {
    const reply = await this.unary(node, { mode: REBOOT_MODE_WIRE[mode] }, opts, {
      service: 'machine',
      method: 'Reboot',
      readOnly: false,
    });
    return { actorId: reply.actorId as string };
  }

  /**
   * Starts a new etcd cluster on this control plane (talosctl bootstrap). Talos refuses when the
   * node's etcd data directory is not empty (AlreadyExists) and before the node is ready for it.
   */
  async bootstrap(node: string, opts: CallOptions = {}): Promise<void> {
    await this.unary(node, { recoverEtcd: false, recoverSkipHashCheck: false }, opts, {
      service: 'machine',
      method: 'Bootstrap',
      readOnly: false,
    });
  }

  /** Removes an etcd member by ID, asked of a control plane that stays (for members whose node is gone). */
  async etcdRemoveMemberById(node: string, memberId: bigint, opts: CallOptions = {}): Promise<void> {
    await this.unary(node, { memberId }, opts, {
      service: 'machine',
      method: 'EtcdRemoveMemberByID',
      readOnly: false,
    });
  }

  /** The node's own etcd member leaves the cluster; its etcd stops and its data is removed. */
  async etcdLeaveCluster(node: string, opts: CallOptions = {}): Promise<void> {
    await this.unary(node, {}, opts, { service: 'machine', method: 'EtcdLeaveCluster', readOnly: false });
  }

  /** Wipes the node (talosctl reset): graceful leaves etcd and drains first; reboot, else it halts. */
  async reset(
    node: string,
    reset: { graceful: boolean; reboot: boolean; mode?: 'all' | 'system-disk' | 'user-disks' },
    opts: CallOptions = {},
  ): Promise<{ actorId: string }> {
    const mode = { all: 0, 'system-disk': 1, 'user-disks': 2 }[reset.mode ?? 'all'];
    const reply = await this.unary(node, { graceful: reset.graceful, reboot: reset.reboot, mode }, opts, {
      service: 'machine',
      method: 'Reset',
      readOnly: false,
    });
    return { actorId: reply.actorId as string };
  }

  /** The entries of a directory on the node (List, not recursive): names relative to `root`. */
  async list(node: string, root: string, opts: CallOptions = {}): Promise<FileEntry[]> {
    const spec: CallSpec = { service: 'machine', method: 'List', readOnly: true };
    const { response } = await this.withRetries(node, spec, opts, (endpoint, deadline) =>
      this.invokeStream(endpoint, node, 'List', { root, recurse: false }, deadline),
    );
    return (response.messages as ProtoObject[])
      .filter((m) => !m.error && m.name !== root)
      .map((m) => ({ name: m.relativeName as string, isDir: m.isDir as boolean, size: m.size as bigint }));
  }

  /**
   * The bootstrap manifests a control plane renders (COSI controlplane/Manifests.kubernetes.talos.dev,
   * listed as upgrade-k8s lists them), in Talos's order (by resource id), each with its objects.
   */
  async bootstrapManifests(
    node: string,
    opts: CallOptions = {},
  ): Promise<{ id: string; objects: Record<string, unknown>[] }[]> {
    const spec: CallSpec = { service: 'state', method: 'List', readOnly: true };
    const request = { namespace: 'controlplane', type: 'Manifests.kubernetes.talos.dev', options: {} };
    const { response } = await this.withRetries(node, spec, opts, (endpoint, deadline) =>
      this.invokeStream(endpoint, node, 'List', request, deadline, 'state'),
    );
    const type = talosSchema().message('talos.resource.definitions.k8s.ManifestSpec');
    return (response.messages as ProtoObject[]).map((m) => {
      const resource = m.resource as { metadata?: { id?: string }; spec?: { protoSpec?: Buffer } };
      const decoded = decodeMessage(type, resource.spec?.protoSpec ?? Buffer.alloc(0));
      return {
        id: resource.metadata?.id ?? '',
        objects: (decoded.items as ProtoObject[]).map((i) => fromStruct(i.object as ProtoObject)),
      };
    });
  }

  /** The kernel boot id (Read of /proc/sys/kernel/random/boot_id, os:admin): changes on every boot. */
  async bootId(node: string, opts: CallOptions = {}): Promise<string> {
    const spec: CallSpec = { service: 'machine', method: 'Read', readOnly: true };
    const { response } = await this.withRetries(node, spec, opts, (endpoint, deadline) =>
      this.invokeRead(endpoint, node, '/proc/sys/kernel/random/boot_id', deadline),
    );
    return (response.bytes as Buffer).toString('utf8').trim();
  }

  close(): void {
    this.closed = true;
    for (const conn of this.connections.values()) {
      conn.machine.close();
      conn.state.close();
      conn.channel.close();
    }
    this.connections.clear();
  }

  // ---- plumbing ----

  private async cosiGet(
    node: string,
    namespace: string,
    type: string,
    id: string,
    opts: CallOptions,
    neededRoles?: readonly string[],
  ): Promise<ProtoObject> {
    const reply = await this.unary(node, { namespace, type, id }, opts, {
      service: 'state',
      method: 'Get',
      readOnly: true,
      neededRoles,
    });
    if (!reply.resource) {
      throw toTalosApiError(
        { code: grpc.status.NOT_FOUND, details: `${namespace}/${type}/${id} missing from the reply` },
        this.callContext(
          node,
          { service: 'state', method: 'Get', readOnly: true },
          this.context.endpoints[0]!,
          0,
        ),
      );
    }
    return reply.resource as ProtoObject;
  }

  /**
   * mTLS credentials that verify the server certificate against `verifyName` (the endpoint host, or
   * tlsServerName): an IP is matched against IP SANs, a name against DNS SANs.
   */
  private credentialsFor(verifyName: string): grpc.ChannelCredentials {
    if (this.maintenanceMode) {
      // The node's certificate comes from a CA of its own that nobody can know in advance: the
      // connection is encrypted but authenticates neither side.
      return grpc.credentials.createSsl(null, null, null, { rejectUnauthorized: false });
    }
    return grpc.credentials.createSsl(
      Buffer.from(this.context.caPem),
      Buffer.from(this.keyPem),
      Buffer.from(this.context.crtPem),
      { checkServerIdentity: (_host, cert) => checkServerIdentity(verifyName, cert) },
    );
  }

  private connection(endpoint: string): Connection {
    if (this.closed) throw new Error('TalosClient is closed');
    let conn = this.connections.get(endpoint);
    if (!conn) {
      const verifyName = this.options.tlsServerName ?? splitEndpoint(endpoint).host;
      const credentials = this.credentialsFor(verifyName);
      const channelOptions: grpc.ChannelOptions = {
        'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
        'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
        // Endpoints come back after reboots; do not let reconnect backoff grow to minutes.
        'grpc.initial_reconnect_backoff_ms': 250,
        'grpc.max_reconnect_backoff_ms': 5_000,
        // grpc-js would send an IP endpoint as the TLS SNI name, which Node warns about on every run
        // (RFC 6066 forbids it). apid ignores SNI, so send a reserved placeholder instead; the
        // certificate is still verified against the real host by checkServerIdentity above.
        'grpc.ssl_target_name_override': isIP(verifyName) ? IP_ENDPOINT_SNI : verifyName,
      };
      const channel = new grpc.Channel(endpoint, credentials, channelOptions);
      conn = {
        channel,
        machine: new MachineClient(endpoint, credentials, { channelOverride: channel }),
        state: new StateClient(endpoint, credentials, { channelOverride: channel }),
      };
      this.connections.set(endpoint, conn);
    }
    return conn;
  }

  private callContext(node: string, spec: CallSpec, endpoint: string, deadlineMs: number): CallContext {
    const path = `/${SERVICE_PATHS[spec.service]}/${spec.method}`;
    return {
      node,
      method: spec.service === 'state' ? `State/${spec.method}` : spec.method,
      endpoint,
      roles: this.roles,
      neededRoles: spec.neededRoles ?? rolesFor(path),
      deadlineMs,
      isApply: spec.isApply,
      maintenance: this.isMaintenance,
    };
  }

  private metadataFor(node: string): grpc.Metadata {
    const md = new grpc.Metadata();
    if (node && !this.maintenanceMode) md.set('node', node);
    return md;
  }

  private async unary(
    node: string,
    request: ProtoObject,
    opts: CallOptions,
    spec: CallSpec,
  ): Promise<ProtoObject> {
    const { response, endpoint, ctx } = await this.withRetries(node, spec, opts, (ep, deadline) =>
      this.invokeUnary(ep, spec, request, this.metadataFor(node), deadline),
    );
    // COSI replies are plain messages; MachineService replies wrap one entry per node in messages[].
    if (spec.service === 'state') return response;
    const messages = response.messages as ProtoObject[] | undefined;
    const first = messages?.[0];
    if (!first) throw toTalosApiError({ details: 'empty reply (no messages)' }, { ...ctx, endpoint });
    const meta = first.metadata as { error?: string; status?: { code?: number } } | undefined;
    if (meta?.error) {
      throw toTalosApiError(
        { code: meta.status?.code ?? grpc.status.UNKNOWN, details: meta.error },
        { ...ctx, endpoint },
      );
    }
    return first;
  }

  /** Runs `attempt` with the deadline budget, retrying read-only calls on `unreachable`. */
  private async withRetries(
    node: string,
    spec: CallSpec,
    opts: CallOptions,
    attempt: (endpoint: string, deadline: number) => Promise<ProtoObject>,
  ): Promise<{ response: ProtoObject; endpoint: string; ctx: CallContext }> {
    const deadlineMs = opts.deadlineMs ?? spec.deadlineMs ?? this.options.deadlineMs;
    const deadline = Date.now() + deadlineMs;
    const endpoints = opts.endpoint ? [normalizeEndpoint(opts.endpoint)] : this.context.endpoints;
    for (let i = 0; ; i++) {
      const endpoint = endpoints[i % endpoints.length]!;
      const ctx = this.callContext(node, spec, endpoint, deadlineMs);
      try {
        return { response: await attempt(endpoint, deadline), endpoint, ctx };
      } catch (raw) {
        const err = await this.classify(raw, ctx, deadline);
        const backoff = Math.min(this.options.maxBackoffMs, this.options.retryBackoffMs * 2 ** i);
        const retry =
          spec.readOnly &&
          err.kind === 'unreachable' &&
          i < this.options.retries &&
          Date.now() + backoff < deadline;
        if (!retry) throw err;
        await sleep(backoff);
      }
    }
  }

  private async classify(raw: unknown, ctx: CallContext, deadline: number): Promise<TalosApiError> {
    const e = raw as { code?: number; details?: string };
    if (
      !this.maintenanceMode &&
      e?.code === grpc.status.UNAVAILABLE &&
      classifyUnavailable(String(e.details ?? '')) === undefined
    ) {
      // grpc-js only said "failed to connect": find out whether TLS was the reason.
      const { host, port } = splitEndpoint(ctx.endpoint);
      const verdict = await probeTls({
        host,
        port,
        ca: this.context.caPem,
        cert: this.context.crtPem,
        key: this.keyPem,
        serverName: this.options.tlsServerName,
        timeoutMs: Math.max(200, Math.min(3_000, deadline - Date.now())),
      });
      return toTalosApiError(raw, ctx, verdict);
    }
    return toTalosApiError(raw, ctx);
  }

  private invokeUnary(
    endpoint: string,
    spec: CallSpec,
    request: ProtoObject,
    md: grpc.Metadata,
    deadline: number,
  ): Promise<ProtoObject> {
    const client = this.connection(endpoint)[spec.service] as unknown as Record<
      string,
      (
        req: ProtoObject,
        md: grpc.Metadata,
        opts: grpc.CallOptions,
        cb: (err: grpc.ServiceError | null, res?: ProtoObject) => void,
      ) => void
    >;
    return new Promise((resolve, reject) => {
      client[spec.method]!.call(client, request, md, { deadline }, (err, res) => {
        if (err) reject(err);
        else resolve(res ?? {});
      });
    });
  }

  /** A server-streaming call collected into `{ messages }`; an entry with a metadata error fails it. */
  private invokeStream(
    endpoint: string,
    node: string,
    method: string,
    request: ProtoObject,
    deadline: number,
    service: 'machine' | 'state' = 'machine',
  ): Promise<ProtoObject> {
    const client = this.connection(endpoint)[service] as unknown as Record<
      string,
      (req: ProtoObject, md: grpc.Metadata, opts: grpc.CallOptions) => grpc.ClientReadableStream<ProtoObject>
    >;
    return new Promise((resolve, reject) => {
      const messages: ProtoObject[] = [];
      let failed = false;
      const stream = client[method]!.call(client, request, this.metadataFor(node), { deadline });
      stream.on('data', (msg: ProtoObject) => {
        const meta = msg.metadata as { error?: string; status?: { code?: number } } | undefined;
        if (meta?.error && !failed) {
          failed = true;
          reject({ code: meta.status?.code ?? grpc.status.UNKNOWN, details: meta.error });
          stream.cancel();
          return;
        }
        messages.push(msg);
      });
      stream.on('error', (err) => {
        if (!failed) {
          failed = true;
          reject(err);
        }
      });
      stream.on('end', () => {
        if (!failed) resolve({ messages });
      });
    });
  }

  private invokeRead(endpoint: string, node: string, path: string, deadline: number): Promise<ProtoObject> {
    const client = this.connection(endpoint).machine as unknown as {
      Read(
        req: ProtoObject,
        md: grpc.Metadata,
        opts: grpc.CallOptions,
      ): grpc.ClientReadableStream<ProtoObject>;
    };
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let failed = false;
      const stream = client.Read({ path }, this.metadataFor(node), { deadline });
      stream.on('data', (msg: ProtoObject) => {
        const meta = msg.metadata as { error?: string; status?: { code?: number } } | undefined;
        if (meta?.error && !failed) {
          failed = true;
          reject({ code: meta.status?.code ?? grpc.status.UNKNOWN, details: meta.error });
          stream.cancel();
          return;
        }
        chunks.push(msg.bytes as Buffer);
      });
      stream.on('error', (err) => {
        if (!failed) {
          failed = true;
          reject(err);
        }
      });
      stream.on('end', () => {
        if (!failed) resolve({ bytes: Buffer.concat(chunks) });
      });
    });
  }
}

/** A directory entry from List. */
export interface FileEntry {
  name: string;
  isDir: boolean;
  size: bigint;
}

const MAINTENANCE = Symbol('maintenance');

function toNodeVersion(msg: ProtoObject): NodeVersion {
  const v = (msg.version ?? {}) as Record<string, string>;
  const platform = msg.platform as { name: string; mode: string } | undefined;
  const features = msg.features as { rbac: boolean } | undefined;
  return {
    tag: v.tag ?? '',
    sha: v.sha ?? '',
    built: v.built ?? '',
    goVersion: v.goVersion ?? '',
    os: v.os ?? '',
    arch: v.arch ?? '',
    platform: platform ? { name: platform.name, mode: platform.mode } : undefined,
    rbac: features?.rbac,
  };
}

function toServiceStatus(s: ProtoObject): ServiceStatus {
  const health = s.health as
    | {
        unknown: boolean;
        healthy: boolean;
        lastMessage: string;
        lastChange?: { seconds: bigint; nanos: number };
      }
    | undefined;
  const events = ((s.events as { events: ProtoObject[] } | undefined)?.events ?? []).map((e) => ({
    msg: e.msg as string,
    state: e.state as string,
    ts: timestampToDate(e.ts as { seconds: bigint; nanos: number } | undefined),
  }));
  return {
    id: s.id as string,
    state: s.state as string,
    healthy: health?.healthy ?? false,
    healthUnknown: health?.unknown ?? true,
    lastMessage: health?.lastMessage ?? '',
    lastChange: timestampToDate(health?.lastChange),
    events,
  };
}
