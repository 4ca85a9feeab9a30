import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  TalosconfigError,
  decodeMessage,
  fromStruct,
  grpcServiceDefinition,
  normalizeEndpoint,
  readTalosconfig,
  require_src,
  resolveContext,
  rolesFor,
  rolesFromOrganizations,
  splitEndpoint,
  talosSchema
} from "./chunk-B3AFNTAU.js";
import {
  APPLY_MODE_WIRE,
  MACHINE_STAGES,
  REBOOT_MODE_WIRE,
  applyModeFromWire,
  timestampToDate
} from "./chunk-BEKQC6IL.js";
import {
  loadPrivateKey,
  parseCertificate,
  toStandardKeyPem
} from "./chunk-S72DQVPL.js";
import {
  require_dist
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";
import {
  __toESM
} from "./chunk-ZD72TYB7.js";

// src/talos/client.ts
var grpc = __toESM(require_src(), 1);
var import_yaml = __toESM(require_dist(), 1);
import { isIP } from "node:net";
import { checkServerIdentity as checkServerIdentity2 } from "node:tls";

// src/talos/api-error.ts
var import_grpc_js = __toESM(require_src(), 1);
var TalosApiError = class extends TalosGitopsError {
  name = "TalosApiError";
  kind;
  node;
  method;
  endpoint;
  code;
  detail;
  /** The explanation in words (the message without the node's own detail). */
  summary;
  needsReboot;
  constructor(init) {
    const target = init.node ? `node ${init.node}` : "the endpoint node";
    const detail = init.detail ? `: ${init.detail}` : "";
    super(`${init.method} on ${target} (via ${init.endpoint}): ${init.summary}${detail}`);
    this.kind = init.kind;
    this.node = init.node;
    this.method = init.method;
    this.endpoint = init.endpoint;
    this.code = init.code;
    this.detail = init.detail;
    this.summary = init.summary;
    this.needsReboot = init.needsReboot ?? false;
  }
};
var LOCAL_CONNECT_FAILURE = /^No connection established|^Connection dropped|^Failed to connect/;
var TLS_HINT = /certificate|self[- ]signed|altname|x509|ssl|tls|handshake|ERR_TLS|ERR_SSL|unable to verify|alert|authority/i;
var CONNECT_HINT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|ECONNRESET/;
function classifyUnavailable(detail) {
  if (!LOCAL_CONNECT_FAILURE.test(detail)) return "unreachable";
  if (CONNECT_HINT.test(detail)) return "unreachable";
  if (TLS_HINT.test(detail.replace(/^No connection established\. Last error: /, ""))) return "tls";
  return void 0;
}
function toTalosApiError(err, ctx, tlsVerdict) {
  if (err instanceof TalosApiError) return err;
  const base = { node: ctx.node, method: ctx.method, endpoint: ctx.endpoint };
  const e = err;
  const code = typeof e.code === "number" ? e.code : void 0;
  const detail = String(e.details ?? e.message ?? err);
  switch (code) {
    case import_grpc_js.status.UNAVAILABLE: {
      if (tlsVerdict !== void 0 || classifyUnavailable(detail) === "tls") {
        return new TalosApiError({
          ...base,
          kind: "tls",
          code,
          detail: tlsVerdict ?? detail,
          summary: "TLS connection refused (wrong CA, bad client certificate or a server name not in the certificate)"
        });
      }
      return new TalosApiError({ ...base, kind: "unreachable", code, detail, summary: "unreachable" });
    }
    case import_grpc_js.status.DEADLINE_EXCEEDED:
      return new TalosApiError({
        ...base,
        kind: "deadline",
        code,
        detail,
        summary: `no answer within ${ctx.deadlineMs} ms`
      });
    case import_grpc_js.status.PERMISSION_DENIED: {
      if (ctx.maintenance) {
        return new TalosApiError({
          ...base,
          kind: "permission-denied",
          code,
          detail,
          summary: "not available in maintenance mode (the node takes its first config and answers reads only)"
        });
      }
      const has = ctx.roles.length ? ctx.roles.join(", ") : "no Talos role";
      return new TalosApiError({
        ...base,
        kind: "permission-denied",
        code,
        detail,
        summary: `permission denied: the client certificate has ${has}; this call needs ${ctx.neededRoles.join(" or ")}`
      });
    }
    case import_grpc_js.status.INVALID_ARGUMENT:
      if (ctx.isApply) {
        const needsReboot = /can't be applied in immediate mode/.test(detail);
        return new TalosApiError({
          ...base,
          kind: "invalid-config",
          code,
          detail,
          needsReboot,
          summary: needsReboot ? "the change needs a reboot" : "machine config rejected"
        });
      }
      return new TalosApiError({ ...base, kind: "other", code, detail, summary: "invalid argument" });
    case import_grpc_js.status.NOT_FOUND:
      return new TalosApiError({ ...base, kind: "not-found", code, detail, summary: "not found" });
    case import_grpc_js.status.UNIMPLEMENTED:
      return new TalosApiError({
        ...base,
        kind: "unimplemented",
        code,
        detail,
        summary: "not supported by this node"
      });
    case import_grpc_js.status.FAILED_PRECONDITION:
      return new TalosApiError({
        ...base,
        kind: "failed-precondition",
        code,
        detail,
        summary: "refused in the current state"
      });
    default:
      return new TalosApiError({
        ...base,
        kind: "other",
        code,
        detail,
        summary: code !== void 0 ? `failed (${import_grpc_js.status[code] ?? code})` : "failed"
      });
  }
}

// src/talos/tls-probe.ts
import { checkServerIdentity, connect } from "node:tls";
var HTTP2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
function probeTls(opts) {
  return new Promise((resolve) => {
    let settled = false;
    let handshakeDone = false;
    const finish = (verdict) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(verdict);
    };
    const socket = connect({
      host: opts.host,
      port: opts.port,
      ca: opts.ca,
      cert: opts.cert,
      key: opts.key,
      ALPNProtocols: ["h2"],
      // SNI must not be an IP; the certificate is still checked against the host below.
      servername: /^[\d.]+$|:/.test(opts.serverName ?? opts.host) ? void 0 : opts.serverName ?? opts.host,
      checkServerIdentity: (_host, cert) => checkServerIdentity(opts.serverName ?? opts.host, cert)
    });
    const timer = setTimeout(() => finish(void 0), opts.timeoutMs);
    socket.once("secureConnect", () => {
      handshakeDone = true;
      if (!socket.authorized) {
        finish(`server certificate not trusted: ${String(socket.authorizationError)}`);
        return;
      }
      socket.write(HTTP2_PREFACE);
    });
    socket.once("data", () => finish(void 0));
    socket.once("error", (err) => {
      const text = `${err.code ?? ""} ${err.message}`;
      if (/SSL|TLS|certificate|alert|altname/i.test(text)) finish(err.message);
      else if (handshakeDone && err.code === "ECONNRESET") {
        finish("the server reset the connection after the TLS handshake (client certificate rejected?)");
      } else finish(void 0);
    });
    socket.once("close", () => {
      if (handshakeDone) {
        finish(
          "the server closed the connection right after the TLS handshake: it did not accept the client certificate"
        );
      } else finish(void 0);
    });
  });
}

// src/talos/client.ts
var MAX_MESSAGE_BYTES = 32 * 1024 * 1024;
var IP_ENDPOINT_SNI = "talos-endpoint.invalid";
var SERVICE_PATHS = { machine: "machine.MachineService", state: "cosi.resource.State" };
var MachineClient = grpc.makeGenericClientConstructor(
  grpcServiceDefinition(talosSchema().service(SERVICE_PATHS.machine)),
  "MachineService"
);
var StateClient = grpc.makeGenericClientConstructor(
  grpcServiceDefinition(talosSchema().service(SERVICE_PATHS.state)),
  "State"
);
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
var TalosClient = class _TalosClient {
  context;
  /** Talos roles of the client certificate (its Organization entries). */
  roles;
  options;
  keyPem;
  connections = /* @__PURE__ */ new Map();
  closed = false;
  /** Maintenance mode: no client certificate, the server's certificate not verified, no routing. */
  maintenanceMode;
  constructor(context, options = {}) {
    this.context = context;
    const maintenance = options[MAINTENANCE] === true;
    this.maintenanceMode = maintenance;
    this.options = {
      deadlineMs: 3e4,
      upgradeDeadlineMs: 6e5,
      retries: 3,
      retryBackoffMs: 250,
      maxBackoffMs: 2e3,
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== void 0))
    };
    if (maintenance) {
      this.roles = [];
      this.keyPem = "";
      return;
    }
    const where = { file: context.file, field: `contexts.${context.name}` };
    try {
      loadPrivateKey(context.keyPem);
      this.roles = rolesFromOrganizations(parseCertificate(context.crtPem).subjectOrganizations);
      this.keyPem = toStandardKeyPem(context.keyPem);
      this.credentialsFor("localhost");
    } catch (err) {
      throw new TalosconfigError(`context "${context.name}": ${err.message}`, where);
    }
  }
  static fromTalosconfig(cfg, opts = {}) {
    return new _TalosClient(resolveContext(cfg, opts.context, opts.file), opts);
  }
  /**
   * A client for one node in maintenance mode, reached directly at `endpoint` (the node's address,
   * port 50000 unless given). Calls ignore their `node` argument: a node in maintenance mode routes
   * nothing.
   */
  static maintenance(endpoint, opts = {}) {
    const context = {
      name: "maintenance",
      endpoints: [normalizeEndpoint(endpoint)],
      nodes: [],
      caPem: "",
      crtPem: "",
      keyPem: "",
      file: ""
    };
    return new _TalosClient(context, { ...opts, [MAINTENANCE]: true });
  }
  /** Whether this client talks to a node in maintenance mode. */
  get isMaintenance() {
    return this.maintenanceMode;
  }
  static async fromFile(path, opts = {}) {
    return _TalosClient.fromTalosconfig(await readTalosconfig(path), { ...opts, file: path });
  }
  // ---- public API ----
  async version(node, opts = {}) {
    const reply = await this.unary(node, {}, opts, { service: "machine", method: "Version", readOnly: true });
    return toNodeVersion(reply);
  }
  /**
   * Version on several nodes in one call (apid one-to-many mode, `nodes` metadata). Each node's
   * outcome is reported separately, matched by the hostname apid echoes back.
   */
  async versionMany(nodes, opts = {}) {
    const spec = { service: "machine", method: "Version", readOnly: true };
    const md = new grpc.Metadata();
    for (const n of nodes) md.add("nodes", n);
    const { response, endpoint, ctx } = await this.withRetries(
      "",
      spec,
      opts,
      (ep, deadline) => this.invokeUnary(ep, spec, {}, md, deadline)
    );
    const out = /* @__PURE__ */ new Map();
    for (const msg of response.messages ?? []) {
      const meta = msg.metadata;
      const host = meta?.hostname ?? "";
      if (meta?.error) {
        const e = { code: meta.status?.code ?? grpc.status.UNKNOWN, details: meta.error };
        out.set(host, toTalosApiError(e, { ...ctx, node: host, endpoint }));
      } else {
        out.set(host, toNodeVersion(msg));
      }
    }
    for (const n of nodes) {
      if (!out.has(n)) {
        out.set(n, toTalosApiError({ details: "no reply for this node" }, { ...ctx, node: n, endpoint }));
      }
    }
    return out;
  }
  async applyConfiguration(node, configYaml, opts) {
    if (!opts || !(opts.mode in APPLY_MODE_WIRE)) {
      throw new TypeError(
        `applyConfiguration: mode must be one of ${Object.keys(APPLY_MODE_WIRE).join(", ")}`
      );
    }
    const request = {
      data: Buffer.from(configYaml, "utf8"),
      mode: APPLY_MODE_WIRE[opts.mode],
      dryRun: opts.dryRun ?? false
    };
    if (opts.mode === "try") {
      const ms = opts.tryModeTimeoutMs ?? 6e4;
      request.tryModeTimeout = { seconds: BigInt(Math.floor(ms / 1e3)), nanos: ms % 1e3 * 1e6 };
    }
    const reply = await this.unary(node, request, opts, {
      service: "machine",
      method: "ApplyConfiguration",
      readOnly: false,
      isApply: true
    });
    return {
      mode: applyModeFromWire(reply.mode),
      modeDetails: reply.modeDetails,
      warnings: reply.warnings
    };
  }
  /** The running machine config, byte for byte as it was applied (COSI config/MachineConfigs/v1alpha1). */
  async getMachineConfig(node, opts = {}) {
    const resource = await this.cosiGet(node, "config", "MachineConfigs.config.talos.dev", "v1alpha1", opts, [
      "os:admin"
    ]);
    const spec = resource.spec;
    if (spec?.protoSpec?.length) {
      const decoded = decodeMessage(
        talosSchema().message("resource.config.MachineConfigSpec"),
        spec.protoSpec
      );
      return decoded.yamlMarshalled.toString("utf8");
    }
    const annotations = resource.metadata?.annotations;
    if (spec?.yamlSpec && annotations?.["talos.dev/yaml-spec"] !== void 0) {
      const text = (0, import_yaml.parse)(spec.yamlSpec);
      if (typeof text === "string") return text;
    }
    return spec?.yamlSpec ?? "";
  }
  /** COSI runtime/MachineStatuses/machine: boot stage and readiness. */
  async getMachineStatus(node, opts = {}) {
    const resource = await this.cosiGet(
      node,
      "runtime",
      "MachineStatuses.runtime.talos.dev",
      "machine",
      opts
    );
    const spec = resource.spec;
    const decoded = decodeMessage(
      talosSchema().message("talos.resource.definitions.runtime.MachineStatusSpec"),
      spec?.protoSpec ?? Buffer.alloc(0)
    );
    const status3 = decoded.status;
    return {
      stage: MACHINE_STAGES[decoded.stage] ?? "unknown",
      ready: status3?.ready ?? false,
      unmetConditions: (status3?.unmetConditions ?? []).map((c) => ({ name: c.name, reason: c.reason }))
    };
  }
  async serviceList(node, opts = {}) {
    const reply = await this.unary(node, {}, opts, {
      service: "machine",
      method: "ServiceList",
      readOnly: true
    });
    return reply.services.map(toServiceStatus);
  }
  async etcdMemberList(node, opts = {}) {
    const reply = await this.unary(node, { queryLocal: opts.queryLocal ?? false }, opts, {
      service: "machine",
      method: "EtcdMemberList",
      readOnly: true
    });
    return reply.members.map((m) => ({
      id: m.id,
      hostname: m.hostname,
      peerUrls: m.peerUrls,
      clientUrls: m.clientUrls,
      isLearner: m.isLearner
    }));
  }
  async etcdStatus(node, opts = {}) {
    const reply = await this.unary(node, {}, opts, {
      service: "machine",
      method: "EtcdStatus",
      readOnly: true
    });
    const s = reply.memberStatus ?? {};
    return {
      memberId: s.memberId ?? 0n,
      leader: s.leader ?? 0n,
      protocolVersion: s.protocolVersion ?? "",
      storageVersion: s.storageVersion ?? "",
      dbSize: s.dbSize ?? 0n,
      dbSizeInUse: s.dbSizeInUse ?? 0n,
      raftIndex: s.raftIndex ?? 0n,
      raftTerm: s.raftTerm ?? 0n,
      raftAppliedIndex: s.raftAppliedIndex ?? 0n,
      errors: s.errors ?? [],
      isLearner: s.isLearner ?? false
    };
  }
  /** Moves etcd leadership away from `node`. Returns the new leader's name ('' if `node` was not leader). */
  async etcdForfeitLeadership(node, opts = {}) {
    const reply = await this.unary(node, {}, opts, {
      service: "machine",
      method: "EtcdForfeitLeadership",
      readOnly: false
    });
    return { member: reply.member };
  }
  /** Legacy unary Upgrade: returns once Talos accepted the request (pre-checks can take minutes). */
  async upgrade(node, image, opts = {}) {
    const reply = await this.unary(
      node,
      {
        image,
        stage: opts.stage ?? false,
        force: opts.force ?? false,
        rebootMode: opts.rebootMode === "powercycle" ? 1 : 0
      },
      opts,
      { service: "machine", method: "Upgrade", readOnly: false, deadlineMs: this.options.upgradeDeadlineMs }
    );
    return { ack: reply.ack, actorId: reply.actorId };
  }
  async reboot(node, mode = "default", opts = {}) {
    const reply = await this.unary(node, { mode: REBOOT_MODE_WIRE[mode] }, opts, {
      service: "machine",
      method: "Reboot",
      readOnly: false
    });
    return { actorId: reply.actorId };
  }
  /**
   * Starts a new etcd cluster on this control plane (talosctl bootstrap). Talos refuses when the
   * node's etcd data directory is not empty (AlreadyExists) and before the node is ready for it.
   */
  async bootstrap(node, opts = {}) {
    await this.unary(node, { recoverEtcd: false, recoverSkipHashCheck: false }, opts, {
      service: "machine",
      method: "Bootstrap",
      readOnly: false
    });
  }
  /** Removes an etcd member by ID, asked of a control plane that stays (for members whose node is gone). */
  async etcdRemoveMemberById(node, memberId, opts = {}) {
    await this.unary(node, { memberId }, opts, {
      service: "machine",
      method: "EtcdRemoveMemberByID",
      readOnly: false
    });
  }
  /** The node's own etcd member leaves the cluster; its etcd stops and its data is removed. */
  async etcdLeaveCluster(node, opts = {}) {
    await this.unary(node, {}, opts, { service: "machine", method: "EtcdLeaveCluster", readOnly: false });
  }
  /** Wipes the node (talosctl reset): graceful leaves etcd and drains first; reboot, else it halts. */
  async reset(node, reset, opts = {}) {
    const mode = { all: 0, "system-disk": 1, "user-disks": 2 }[reset.mode ?? "all"];
    const reply = await this.unary(node, { graceful: reset.graceful, reboot: reset.reboot, mode }, opts, {
      service: "machine",
      method: "Reset",
      readOnly: false
    });
    return { actorId: reply.actorId };
  }
  /** The entries of a directory on the node (List, not recursive): names relative to `root`. */
  async list(node, root, opts = {}) {
    const spec = { service: "machine", method: "List", readOnly: true };
    const { response } = await this.withRetries(
      node,
      spec,
      opts,
      (endpoint, deadline) => this.invokeStream(endpoint, node, "List", { root, recurse: false }, deadline)
    );
    return response.messages.filter((m) => !m.error && m.name !== root).map((m) => ({ name: m.relativeName, isDir: m.isDir, size: m.size }));
  }
  /**
   * The bootstrap manifests a control plane renders (COSI controlplane/Manifests.kubernetes.talos.dev,
   * listed as upgrade-k8s lists them), in Talos's order (by resource id), each with its objects.
   */
  async bootstrapManifests(node, opts = {}) {
    const spec = { service: "state", method: "List", readOnly: true };
    const request = { namespace: "controlplane", type: "Manifests.kubernetes.talos.dev", options: {} };
    const { response } = await this.withRetries(
      node,
      spec,
      opts,
      (endpoint, deadline) => this.invokeStream(endpoint, node, "List", request, deadline, "state")
    );
    const type = talosSchema().message("talos.resource.definitions.k8s.ManifestSpec");
    return response.messages.map((m) => {
      const resource = m.resource;
      const decoded = decodeMessage(type, resource.spec?.protoSpec ?? Buffer.alloc(0));
      return {
        id: resource.metadata?.id ?? "",
        objects: decoded.items.map((i) => fromStruct(i.object))
      };
    });
  }
  /** The kernel boot id (Read of /proc/sys/kernel/random/boot_id, os:admin): changes on every boot. */
  async bootId(node, opts = {}) {
    const spec = { service: "machine", method: "Read", readOnly: true };
    const { response } = await this.withRetries(
      node,
      spec,
      opts,
      (endpoint, deadline) => this.invokeRead(endpoint, node, "/proc/sys/kernel/random/boot_id", deadline)
    );
    return response.bytes.toString("utf8").trim();
  }
  close() {
    this.closed = true;
    for (const conn of this.connections.values()) {
      conn.machine.close();
      conn.state.close();
      conn.channel.close();
    }
    this.connections.clear();
  }
  // ---- plumbing ----
  async cosiGet(node, namespace, type, id, opts, neededRoles) {
    const reply = await this.unary(node, { namespace, type, id }, opts, {
      service: "state",
      method: "Get",
      readOnly: true,
      neededRoles
    });
    if (!reply.resource) {
      throw toTalosApiError(
        { code: grpc.status.NOT_FOUND, details: `${namespace}/${type}/${id} missing from the reply` },
        this.callContext(
          node,
          { service: "state", method: "Get", readOnly: true },
          this.context.endpoints[0],
          0
        )
      );
    }
    return reply.resource;
  }
  /**
   * mTLS credentials that verify the server certificate against `verifyName` (the endpoint host, or
   * tlsServerName): an IP is matched against IP SANs, a name against DNS SANs.
   */
  credentialsFor(verifyName) {
    if (this.maintenanceMode) {
      return grpc.credentials.createSsl(null, null, null, { rejectUnauthorized: false });
    }
    return grpc.credentials.createSsl(
      Buffer.from(this.context.caPem),
      Buffer.from(this.keyPem),
      Buffer.from(this.context.crtPem),
      { checkServerIdentity: (_host, cert) => checkServerIdentity2(verifyName, cert) }
    );
  }
  connection(endpoint) {
    if (this.closed) throw new Error("TalosClient is closed");
    let conn = this.connections.get(endpoint);
    if (!conn) {
      const verifyName = this.options.tlsServerName ?? splitEndpoint(endpoint).host;
      const credentials2 = this.credentialsFor(verifyName);
      const channelOptions = {
        "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
        "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
        // Endpoints come back after reboots; do not let reconnect backoff grow to minutes.
        "grpc.initial_reconnect_backoff_ms": 250,
        "grpc.max_reconnect_backoff_ms": 5e3,
        // grpc-js would send an IP endpoint as the TLS SNI name, which Node warns about on every run
        // (RFC 6066 forbids it). apid ignores SNI, so send a reserved placeholder instead; the
        // certificate is still verified against the real host by checkServerIdentity above.
        "grpc.ssl_target_name_override": isIP(verifyName) ? IP_ENDPOINT_SNI : verifyName
      };
      const channel = new grpc.Channel(endpoint, credentials2, channelOptions);
      conn = {
        channel,
        machine: new MachineClient(endpoint, credentials2, { channelOverride: channel }),
        state: new StateClient(endpoint, credentials2, { channelOverride: channel })
      };
      this.connections.set(endpoint, conn);
    }
    return conn;
  }
  callContext(node, spec, endpoint, deadlineMs) {
    const path = `/${SERVICE_PATHS[spec.service]}/${spec.method}`;
    return {
      node,
      method: spec.service === "state" ? `State/${spec.method}` : spec.method,
      endpoint,
      roles: this.roles,
      neededRoles: spec.neededRoles ?? rolesFor(path),
      deadlineMs,
      isApply: spec.isApply,
      maintenance: this.isMaintenance
    };
  }
  metadataFor(node) {
    const md = new grpc.Metadata();
    if (node && !this.maintenanceMode) md.set("node", node);
    return md;
  }
  async unary(node, request, opts, spec) {
    const { response, endpoint, ctx } = await this.withRetries(
      node,
      spec,
      opts,
      (ep, deadline) => this.invokeUnary(ep, spec, request, this.metadataFor(node), deadline)
    );
    if (spec.service === "state") return response;
    const messages = response.messages;
    const first = messages?.[0];
    if (!first) throw toTalosApiError({ details: "empty reply (no messages)" }, { ...ctx, endpoint });
    const meta = first.metadata;
    if (meta?.error) {
      throw toTalosApiError(
        { code: meta.status?.code ?? grpc.status.UNKNOWN, details: meta.error },
        { ...ctx, endpoint }
      );
    }
    return first;
  }
  /** Runs `attempt` with the deadline budget, retrying read-only calls on `unreachable`. */
  async withRetries(node, spec, opts, attempt) {
    const deadlineMs = opts.deadlineMs ?? spec.deadlineMs ?? this.options.deadlineMs;
    const deadline = Date.now() + deadlineMs;
    const endpoints = opts.endpoint ? [normalizeEndpoint(opts.endpoint)] : this.context.endpoints;
    for (let i = 0; ; i++) {
      const endpoint = endpoints[i % endpoints.length];
      const ctx = this.callContext(node, spec, endpoint, deadlineMs);
      try {
        return { response: await attempt(endpoint, deadline), endpoint, ctx };
      } catch (raw) {
        const err = await this.classify(raw, ctx, deadline);
        const backoff = Math.min(this.options.maxBackoffMs, this.options.retryBackoffMs * 2 ** i);
        const retry = spec.readOnly && err.kind === "unreachable" && i < this.options.retries && Date.now() + backoff < deadline;
        if (!retry) throw err;
        await sleep(backoff);
      }
    }
  }
  async classify(raw, ctx, deadline) {
    const e = raw;
    if (!this.maintenanceMode && e?.code === grpc.status.UNAVAILABLE && classifyUnavailable(String(e.details ?? "")) === void 0) {
      const { host, port } = splitEndpoint(ctx.endpoint);
      const verdict = await probeTls({
        host,
        port,
        ca: this.context.caPem,
        cert: this.context.crtPem,
        key: this.keyPem,
        serverName: this.options.tlsServerName,
        timeoutMs: Math.max(200, Math.min(3e3, deadline - Date.now()))
      });
      return toTalosApiError(raw, ctx, verdict);
    }
    return toTalosApiError(raw, ctx);
  }
  invokeUnary(endpoint, spec, request, md, deadline) {
    const client = this.connection(endpoint)[spec.service];
    return new Promise((resolve, reject) => {
      client[spec.method].call(client, request, md, { deadline }, (err, res) => {
        if (err) reject(err);
        else resolve(res ?? {});
      });
    });
  }
  /** A server-streaming call collected into `{ messages }`; an entry with a metadata error fails it. */
  invokeStream(endpoint, node, method, request, deadline, service = "machine") {
    const client = this.connection(endpoint)[service];
    return new Promise((resolve, reject) => {
      const messages = [];
      let failed = false;
      const stream = client[method].call(client, request, this.metadataFor(node), { deadline });
      stream.on("data", (msg) => {
        const meta = msg.metadata;
        if (meta?.error && !failed) {
          failed = true;
          reject({ code: meta.status?.code ?? grpc.status.UNKNOWN, details: meta.error });
          stream.cancel();
          return;
        }
        messages.push(msg);
      });
      stream.on("error", (err) => {
        if (!failed) {
          failed = true;
          reject(err);
        }
      });
      stream.on("end", () => {
        if (!failed) resolve({ messages });
      });
    });
  }
  invokeRead(endpoint, node, path, deadline) {
    const client = this.connection(endpoint).machine;
    return new Promise((resolve, reject) => {
      const chunks = [];
      let failed = false;
      const stream = client.Read({ path }, this.metadataFor(node), { deadline });
      stream.on("data", (msg) => {
        const meta = msg.metadata;
        if (meta?.error && !failed) {
          failed = true;
          reject({ code: meta.status?.code ?? grpc.status.UNKNOWN, details: meta.error });
          stream.cancel();
          return;
        }
        chunks.push(msg.bytes);
      });
      stream.on("error", (err) => {
        if (!failed) {
          failed = true;
          reject(err);
        }
      });
      stream.on("end", () => {
        if (!failed) resolve({ bytes: Buffer.concat(chunks) });
      });
    });
  }
};
var MAINTENANCE = /* @__PURE__ */ Symbol("maintenance");
function toNodeVersion(msg) {
  const v = msg.version ?? {};
  const platform = msg.platform;
  const features = msg.features;
  return {
    tag: v.tag ?? "",
    sha: v.sha ?? "",
    built: v.built ?? "",
    goVersion: v.goVersion ?? "",
    os: v.os ?? "",
    arch: v.arch ?? "",
    platform: platform ? { name: platform.name, mode: platform.mode } : void 0,
    rbac: features?.rbac
  };
}
function toServiceStatus(s) {
  const health = s.health;
  const events = (s.events?.events ?? []).map((e) => ({
    msg: e.msg,
    state: e.state,
    ts: timestampToDate(e.ts)
  }));
  return {
    id: s.id,
    state: s.state,
    healthy: health?.healthy ?? false,
    healthUnknown: health?.unknown ?? true,
    lastMessage: health?.lastMessage ?? "",
    lastChange: timestampToDate(health?.lastChange),
    events
  };
}

export {
  TalosApiError,
  TalosClient
};
