import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  TalosApiError,
  TalosClient
} from "./chunk-34BHOFJA.js";
import {
  CONTROL_PLANE_COMPONENTS,
  MIRROR_POD_ANNOTATION,
  VERSIONED_COMPONENTS,
  componentImage,
  controllerOf,
  imageKubernetesVersion,
  mintAdminCredential,
  readyStatus,
  withComponentImage
} from "./chunk-RCIUOHUT.js";
import {
  require_src
} from "./chunk-B3AFNTAU.js";
import {
  predictImpact,
  reviewText,
  unifiedDiff
} from "./chunk-74TAKATC.js";
import {
  kubeletRestarts
} from "./chunk-QPDLO3DF.js";
import {
  EMPTY_SCHEMATIC_ID,
  imageRepository,
  imageTag,
  installerImage,
  installerVariant,
  kubernetesVersionOf,
  registerSecretPaths
} from "./chunk-BEKQC6IL.js";
import {
  encodeConfig,
  loadConfig
} from "./chunk-N2UEE4T7.js";
import {
  toStandardKeyPem
} from "./chunk-S72DQVPL.js";
import {
  contractForVersion,
  contractIndex,
  contractOf
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError,
  describeError
} from "./chunk-4MQPINWT.js";
import {
  __toESM
} from "./chunk-ZD72TYB7.js";

// src/rollout/clock.ts
var realClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
};
async function pollUntil(check, opts) {
  const { clock, timing, wake } = opts;
  const start = clock.now();
  const deadline = start + opts.timeoutMs;
  let interval = timing.pollInitialMs;
  let lastState;
  let stateSince = start;
  let problems = [];
  let woken = false;
  for (; ; ) {
    const seen = wake?.seq;
    const checkedAt = clock.now();
    const verdict = await check(woken);
    if (verdict.done) return { ok: true, value: verdict.value, problems: [], elapsedMs: clock.now() - start };
    problems = verdict.problems;
    if (lastState !== void 0 && verdict.state !== lastState) {
      interval = timing.pollInitialMs;
      stateSince = checkedAt;
    }
    lastState = verdict.state;
    const now = clock.now();
    if (now >= deadline) return { ok: false, problems, elapsedMs: now - start };
    let ms = Math.min(interval, deadline - now);
    if (timing.pollWaitedFraction)
      ms = Math.min(ms, Math.max(timing.pollInitialMs, (now - stateSince) * timing.pollWaitedFraction));
    if (verdict.unreachable && timing.pollUnreachableMs && !wake) ms = Math.min(ms, timing.pollUnreachableMs);
    interval = Math.min(timing.pollMaxMs, interval * timing.pollFactor);
    woken = false;
    if (wake && (wake.seq !== seen || await wake.sleep(clock, ms))) {
      interval = timing.pollInitialMs;
      woken = true;
    } else if (!wake) await clock.sleep(ms);
  }
}
async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

// src/kubernetes/client.ts
import { Agent, request as httpsRequest } from "node:https";

// src/kubernetes/api-error.ts
var KubernetesApiError = class extends TalosGitopsError {
  constructor(message, kind, status2, body) {
    super(message);
    this.kind = kind;
    this.status = status2;
    this.body = body;
  }
  kind;
  status;
  body;
  name = "KubernetesApiError";
  /** Kubernetes's reason (TooManyRequests, NotFound, Conflict, …), when it gave one. */
  get reason() {
    return this.body?.reason;
  }
};
function kindOfStatus(status2) {
  if (status2 === 401) return "unauthorized";
  if (status2 === 403) return "forbidden";
  if (status2 === 404) return "not-found";
  if (status2 === 409) return "conflict";
  if (status2 === 429) return "too-many-requests";
  if (status2 === 400 || status2 === 422) return "invalid";
  return "server";
}

// src/kubernetes/client.ts
var RESOURCES = {
  Namespace: { plural: "namespaces", namespaced: false },
  ServiceAccount: { plural: "serviceaccounts", namespaced: true },
  ConfigMap: { plural: "configmaps", namespaced: true },
  Secret: { plural: "secrets", namespaced: true },
  CustomResourceDefinition: { plural: "customresourcedefinitions", namespaced: false },
  Service: { plural: "services", namespaced: true },
  DaemonSet: { plural: "daemonsets", namespaced: true },
  Deployment: { plural: "deployments", namespaced: true },
  ClusterRole: { plural: "clusterroles", namespaced: false },
  ClusterRoleBinding: { plural: "clusterrolebindings", namespaced: false },
  Role: { plural: "roles", namespaced: true },
  RoleBinding: { plural: "rolebindings", namespaced: true }
};
function objectPath(apiVersion, kind, namespace, name) {
  const r = RESOURCES[kind];
  if (!r) throw new RangeError(`no API path known for kind ${kind}`);
  const base = apiVersion.includes("/") ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  const ns = r.namespaced ? `/namespaces/${encodeURIComponent(namespace ?? "default")}` : "";
  return `${base}${ns}/${r.plural}${name ? `/${encodeURIComponent(name)}` : ""}`;
}
var DEFAULT_TIMEOUT_MS = 15e3;
var KubernetesClient = class {
  constructor(creds, defaults = {}) {
    this.creds = creds;
    this.defaults = defaults;
    this.server = new URL(creds.server);
    if (this.server.protocol !== "https:") {
      throw new KubernetesApiError(`Kubernetes API server ${creds.server} is not https`, "tls", 0);
    }
    this.agent = new Agent({
      keepAlive: true,
      maxSockets: 32,
      ca: creds.caPem,
      cert: creds.certPem,
      key: creds.keyPem ? toStandardKeyPem(creds.keyPem) : void 0,
      servername: creds.tlsServerName
    });
  }
  creds;
  defaults;
  server;
  agent;
  closed = false;
  close() {
    this.closed = true;
    this.agent.destroy();
  }
  describe(method, path) {
    return `${method} ${path} on ${this.server.host}`;
  }
  url(path, query) {
    const url = new URL(path, this.server);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== void 0) url.searchParams.set(k, String(v));
    return url;
  }
  /** Starts a request; resolves with the response once its headers arrived. */
  open(method, path, opts) {
    if (this.closed) return Promise.reject(new Error("KubernetesClient is closed"));
    const url = this.url(path, opts.query);
    const body = opts.body === void 0 ? void 0 : Buffer.from(JSON.stringify(opts.body));
    const headers = { accept: "application/json" };
    if (body) {
      headers["content-type"] = opts.contentType ?? "application/json";
      headers["content-length"] = String(body.length);
    }
    if (this.creds.token) headers.authorization = `Bearer ${this.creds.token}`;
    return new Promise((resolve, reject) => {
      const req = httpsRequest(url, { method, headers, agent: this.agent, signal: opts.signal }, resolve);
      req.on("error", (err) => {
        const what = this.describe(method, path);
        if (err.name === "AbortError") reject(new KubernetesApiError(`${what}: aborted`, "timeout", 0));
        else if (/certificate|self.signed|altnames|SSL|TLS/i.test(`${err.code} ${err.message}`)) {
          reject(new KubernetesApiError(`${what}: TLS failed (${err.code ?? err.message})`, "tls", 0));
        } else reject(new KubernetesApiError(`${what}: ${err.code ?? err.message}`, "unreachable", 0));
      });
      const timeoutMs = opts.timeoutMs ?? this.defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      req.setTimeout(timeoutMs, () => {
        req.destroy();
        reject(
          new KubernetesApiError(
            `${this.describe(method, path)}: no answer within ${timeoutMs} ms`,
            "timeout",
            0
          )
        );
      });
      req.end(body);
    });
  }
  async fail(method, path, res, text) {
    let status2;
    try {
      status2 = JSON.parse(text);
    } catch {
    }
    const message = status2?.message ?? text.slice(0, 200);
    const code = res.statusCode ?? 0;
    throw new KubernetesApiError(
      `${this.describe(method, path)}: ${code} ${status2?.reason ?? ""}${message ? ` (${message})` : ""}`.replace(
        /\s+\(/,
        " ("
      ),
      kindOfStatus(code),
      code,
      status2
    );
  }
  async request(method, path, opts = {}) {
    const res = await this.open(method, path, opts);
    const chunks = [];
    for await (const chunk of res) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString("utf8");
    const code = res.statusCode ?? 0;
    if (code < 200 || code >= 300) return this.fail(method, path, res, text);
    return text ? JSON.parse(text) : void 0;
  }
  /**
   * Watches a collection: calls `onEvent` for each event until the server ends the stream, `signal`
   * aborts, or `onEvent` returns true (done). Resolves with whether it was done.
   */
  async watch(path, query, onEvent, opts = {}) {
    const controller = new AbortController();
    const abort = () => controller.abort();
    opts.signal?.addEventListener("abort", abort, { once: true });
    try {
      const timeoutSeconds = opts.timeoutSeconds ?? 60;
      const res = await this.open("GET", path, {
        query: { ...query, watch: true, timeoutSeconds },
        signal: controller.signal,
        timeoutMs: (timeoutSeconds + 5) * 1e3
      });
      const code = res.statusCode ?? 0;
      if (code < 200 || code >= 300) {
        const chunks = [];
        for await (const chunk of res) chunks.push(chunk);
        return this.fail("GET", path, res, Buffer.concat(chunks).toString("utf8"));
      }
      let buffered = "";
      try {
        for await (const chunk of res) {
          buffered += chunk.toString("utf8");
          let nl = buffered.indexOf("\n");
          while (nl >= 0) {
            const line = buffered.slice(0, nl).trim();
            buffered = buffered.slice(nl + 1);
            if (line && onEvent(JSON.parse(line))) {
              controller.abort();
              return true;
            }
            nl = buffered.indexOf("\n");
          }
        }
      } catch (err) {
        if (controller.signal.aborted) return false;
        throw err;
      }
      return false;
    } catch (err) {
      if (controller.signal.aborted && !(err instanceof KubernetesApiError && err.status > 0)) return false;
      throw err;
    } finally {
      opts.signal?.removeEventListener("abort", abort);
    }
  }
  // ---- the calls the rollout makes ----
  listNodes(opts = {}) {
    return this.request("GET", "/api/v1/nodes", opts);
  }
  getNode(name) {
    return this.request("GET", `/api/v1/nodes/${encodeURIComponent(name)}`);
  }
  /** Deletes a node object (kubectl delete node), once the machine behind it is gone. */
  deleteNode(name) {
    return this.request("DELETE", `/api/v1/nodes/${encodeURIComponent(name)}`);
  }
  /** Cordons (true) or uncordons (false) a node: a merge patch of spec.unschedulable, as kubectl does. */
  setUnschedulable(name, unschedulable) {
    return this.request("PATCH", `/api/v1/nodes/${encodeURIComponent(name)}`, {
      body: { spec: { unschedulable: unschedulable ? true : null } },
      contentType: "application/merge-patch+json"
    });
  }
  /** Pods on one node (all namespaces), by the spec.nodeName field selector. */
  podsOnNode(nodeName) {
    return this.request("GET", "/api/v1/pods", { query: { fieldSelector: `spec.nodeName=${nodeName}` } });
  }
  listPods(namespace, labelSelector) {
    return this.request("GET", `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`, {
      query: { labelSelector }
    });
  }
  getPod(namespace, name) {
    return this.request(
      "GET",
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}`
    );
  }
  /** Creates an Eviction for a pod (policy/v1), which the server refuses with 429 while a PDB disallows it. */
  evict(namespace, name, gracePeriodSeconds) {
    return this.request(
      "POST",
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}/eviction`,
      {
        body: {
          apiVersion: "policy/v1",
          kind: "Eviction",
          metadata: { name, namespace },
          ...gracePeriodSeconds === void 0 ? {} : { deleteOptions: { gracePeriodSeconds } }
        }
      }
    );
  }
  listPodDisruptionBudgets() {
    return this.request("GET", "/apis/policy/v1/poddisruptionbudgets");
  }
  listDaemonSets(namespace, labelSelector) {
    return this.request("GET", `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/daemonsets`, {
      query: { labelSelector }
    });
  }
  listDeployments(namespace, labelSelector) {
    return this.request("GET", `/apis/apps/v1/namespaces/${encodeURIComponent(namespace)}/deployments`, {
      query: { labelSelector }
    });
  }
  /** The resources a group version serves (discovery); undefined when the server does not serve it. */
  async apiResources(groupVersion) {
    const path = groupVersion.includes("/") ? `/apis/${groupVersion}/` : `/api/${groupVersion}/`;
    try {
      const list = await this.request(
        "GET",
        path
      );
      return list.resources;
    } catch (err) {
      if (err instanceof KubernetesApiError && err.kind === "not-found") return void 0;
      throw err;
    }
  }
  /** One object by its kind's API path. */
  getObject(apiVersion, kind, namespace, name) {
    return this.request("GET", objectPath(apiVersion, kind, namespace, name));
  }
  /** Every object of a resource, all namespaces (`/apis/<group>/<version>/<resource>`). */
  listResource(group, version, resource) {
    const base = group ? `/apis/${group}/${version}` : `/api/${version}`;
    return this.request("GET", `${base}/${encodeURIComponent(resource)}`);
  }
  /** Server-side apply of one object, as `fieldManager` (with `force`, conflicts are taken over). */
  apply(obj, fieldManager, force) {
    const meta = obj.metadata ?? {};
    return this.request(
      "PATCH",
      objectPath(obj.apiVersion ?? "", obj.kind ?? "", meta.namespace, meta.name),
      {
        body: obj,
        contentType: "application/apply-patch+yaml",
        query: { fieldManager, force: force ? true : void 0 }
      }
    );
  }
};

// src/kubernetes/access.ts
var REMINT_BEFORE_MS = 10 * 6e4;
var KubernetesAccess = class _KubernetesAccess {
  constructor(source, make, timeoutMs) {
    this.source = source;
    this.make = make;
    this.timeoutMs = timeoutMs;
  }
  source;
  make;
  timeoutMs;
  current;
  expires = Number.POSITIVE_INFINITY;
  /** The access for a cluster, or why there is none. */
  static forCluster(cluster, opts, registry) {
    const kc = opts.kubeconfig;
    if (kc) {
      const name = kc.contexts.has(cluster.name) ? cluster.name : kc.currentContext;
      const creds = name ? kc.contexts.get(name) : void 0;
      if (!creds) {
        return { error: `the kubeconfig ${kc.file} has no context ${cluster.name} and no current context` };
      }
      const server2 = opts.endpoints?.[cluster.name] ?? creds.server;
      return new _KubernetesAccess(
        `kubeconfig context ${name}`,
        () => ({ creds: { ...creds, server: server2 } }),
        opts.timeoutMs
      );
    }
    const ca = cluster.kubernetesCa;
    if (!ca) {
      return {
        error: "no Kubernetes access: the cluster has no secrets bundle to mint a credential from (give a kubeconfig, or set rollout.drain: false)"
      };
    }
    const server = opts.endpoints?.[cluster.name] ?? cluster.endpoint;
    return new _KubernetesAccess(
      "an admin credential minted from the cluster CA",
      () => {
        const minted = mintAdminCredential(ca);
        registry.addAll([minted.key, minted.crt]);
        return {
          creds: { server, caPem: ca.crt, certPem: minted.crt, keyPem: minted.key },
          notAfter: minted.notAfter
        };
      },
      opts.timeoutMs
    );
  }
  /** A client with valid credentials (re-minted when the current ones are close to expiry). */
  client(now = Date.now()) {
    if (!this.current || now > this.expires - REMINT_BEFORE_MS) {
      this.current?.close();
      const { creds, notAfter } = this.make();
      this.current = new KubernetesClient(creds, { timeoutMs: this.timeoutMs });
      this.expires = notAfter?.getTime() ?? Number.POSITIVE_INFINITY;
    }
    return this.current;
  }
  close() {
    this.current?.close();
    this.current = void 0;
  }
};

// src/rollout/bootstrap.ts
var import_grpc_js = __toESM(require_src(), 1);

// src/rollout/failure.ts
var MAX_REASON = 600;
function scrubDetail(text) {
  const cut = text.search(/\n?(?:diff:|Config diff:)/);
  const kept = cut >= 0 ? text.slice(0, cut) : text;
  const folded = kept.split("\n").map((l) => l.replace(/^\s*\*\s*/, "").trim()).filter(Boolean).join("; ");
  return folded.length > MAX_REASON ? `${folded.slice(0, MAX_REASON - 1)}…` : folded;
}
function describeFailure(err, registry) {
  const text = err instanceof TalosApiError ? err.message : describeError(err);
  return registry.redact(scrubDetail(text));
}
function explainFailure(err, registry) {
  if (!(err instanceof TalosApiError)) return { reason: describeFailure(err, registry) };
  const words = {
    unreachable: "the node could not be reached",
    deadline: "the node did not answer in time",
    "invalid-config": err.needsReboot ? "Talos refused to apply the change without a reboot" : "the node rejected the new config"
  };
  const word = words[err.kind];
  const own = scrubDetail(err.detail);
  const short = own.length > 400 ? `${own.slice(0, 399)}…` : own;
  const reason = word ? `${word} (${err.method})` : `${err.method} ${err.summary}${short ? `: ${short}` : ""}`;
  return { reason: registry.redact(reason), detail: describeFailure(err, registry) };
}
function isUnreachable(err) {
  return err instanceof TalosApiError && (err.kind === "unreachable" || err.kind === "deadline");
}

// src/rollout/bootstrap.ts
var ETCD_DATA_DIR = "/var/lib/etcd";
async function etcdDataOf(env, cp) {
  try {
    const [entries, services] = await Promise.all([
      env.api.list(cp.address, ETCD_DATA_DIR),
      env.api.serviceList(cp.address)
    ]);
    const etcd = services.find((s) => s.id === "etcd");
    return { data: entries.length > 0 || etcd?.state === "Running" };
  } catch (err) {
    return { unknown: describeFailure(err, env.registry) };
  }
}
async function bootstrapOnce(env, cps, timeoutMs) {
  const target = cps[0];
  if (!target) return { ok: false, refused: true, reason: "the cluster has no control plane to bootstrap" };
  const checks = await Promise.all(cps.map(async (cp) => ({ cp, data: await etcdDataOf(env, cp) })));
  for (const { cp, data } of checks) {
    if ("unknown" in data) {
      return {
        ok: false,
        refused: true,
        node: target,
        reason: `not bootstrapping: cannot tell whether ${cp.name} has etcd data (${data.unknown})`
      };
    }
    if (data.data) {
      return {
        ok: false,
        refused: true,
        node: target,
        reason: `not bootstrapping: ${cp.name} reports etcd data (${ETCD_DATA_DIR} is not empty or etcd runs), so the cluster already exists and is never bootstrapped again`
      };
    }
  }
  let last = "";
  const result = await pollUntil(
    async () => {
      try {
        await env.api.bootstrap(target.address);
        return { done: true, value: { ok: true, node: target } };
      } catch (err) {
        last = describeFailure(err, env.registry);
        if (err instanceof TalosApiError && err.kind === "failed-precondition") {
          return { done: false, state: "not-ready", problems: [last] };
        }
        const refused = err instanceof TalosApiError && err.code === import_grpc_js.status.ALREADY_EXISTS;
        return {
          done: true,
          value: {
            ok: false,
            refused,
            node: target,
            reason: refused ? `not bootstrapping: ${target.name} reports etcd data (${last})` : `bootstrap on ${target.name} failed: ${last}`
          }
        };
      }
    },
    { timeoutMs, clock: env.clock, timing: env.timing }
  );
  return result.value ?? {
    ok: false,
    refused: false,
    node: target,
    reason: `bootstrap on ${target.name} was not accepted in time: ${last}`
  };
}

// src/rollout/maintenance.ts
var MAINTENANCE_PORT = 5e4;
function defaultMaintenanceEndpoint(node) {
  return node.address.includes(":") && !node.address.startsWith("[") ? `[${node.address}]:${MAINTENANCE_PORT}` : `${node.address}:${MAINTENANCE_PORT}`;
}
async function withMaintenance(env, node, fn) {
  const api = env.maintenance(node);
  try {
    return await fn(api);
  } finally {
    api.close();
  }
}
async function probeMaintenance(env, node) {
  if (!env.maintenance) return void 0;
  try {
    return await withMaintenance(env, node, async (api) => {
      const [version, status2] = await Promise.all([api.version(""), api.getMachineStatus("")]);
      return status2.stage === "maintenance" ? version.tag : void 0;
    });
  } catch {
    return void 0;
  }
}
async function checkFirstConfig(env, node) {
  try {
    await withMaintenance(
      env,
      node,
      (api) => api.applyConfiguration("", node.text, { mode: "auto", dryRun: true })
    );
    return void 0;
  } catch (err) {
    return `the node rejects its first config (dry run): ${describeFailure(err, env.registry)}`;
  }
}
async function sendFirstConfig(env, node) {
  await withMaintenance(env, node, (api) => api.applyConfiguration("", node.text, { mode: "auto" }));
}
async function waitConfigured(env, node, timeoutMs) {
  const result = await pollUntil(
    async () => {
      try {
        const config = await env.api.getMachineConfig(node.address);
        if (config === node.text) return { done: true, value: true };
        return { done: false, state: "other-config", problems: ["runs another config than its first one"] };
      } catch (err) {
        return {
          done: false,
          state: "installing",
          problems: [`not reachable behind the endpoint yet: ${describeFailure(err, env.registry)}`]
        };
      }
    },
    { timeoutMs, clock: env.clock, timing: env.timing }
  );
  if (result.ok) return { ok: true };
  return { ok: false, reason: `not up with its first config in time: ${result.problems.join("; ")}` };
}

// src/rollout/health.ts
var BASE_SERVICES = ["apid", "machined", "kubelet"];
var CONTROL_PLANE_SERVICES = ["etcd", "trustd"];
var normalizeVersion = (v) => v.startsWith("v") ? v : `v${v}`;
async function checkNodeHealth(api, address, expect, registry, opts = {}) {
  const reads = () => {
    const r = Promise.all([
      api.getMachineStatus(address),
      api.serviceList(address),
      expect.role === "controlplane" ? etcdProblems(api, address, expect.etcdMembers) : Promise.resolve([])
    ]);
    r.catch(() => void 0);
    return r;
  };
  const early = opts.together ? reads() : void 0;
  let version;
  try {
    version = (await api.version(address)).tag;
  } catch (err) {
    return {
      reachable: false,
      down: isUnreachable(err),
      problems: [`unreachable: ${describeFailure(err, registry)}`]
    };
  }
  const problems = [];
  if (expect.talosVersion && normalizeVersion(version) !== normalizeVersion(expect.talosVersion)) {
    problems.push(`runs Talos ${version}, expected ${expect.talosVersion}`);
  }
  try {
    const [status2, services, etcd] = await (early ?? reads());
    if (status2.stage !== "running" || !status2.ready) {
      const unmet = status2.unmetConditions.map((c) => `${c.name}: ${c.reason}`).join(", ");
      problems.push(
        `machine ${status2.stage}, ${status2.ready ? "ready" : "not ready"}${unmet ? ` (${unmet})` : ""}`
      );
    }
    const required = expect.role === "controlplane" ? [...BASE_SERVICES, ...CONTROL_PLANE_SERVICES] : BASE_SERVICES;
    for (const id of required) {
      const s = services.find((x) => x.id === id);
      if (!s) problems.push(`service ${id} missing`);
      else if (s.state !== "Running" || !s.healthUnknown && !s.healthy) {
        problems.push(
          `service ${id} ${s.state}${s.healthy ? "" : ", unhealthy"}${s.lastMessage ? ` (${s.lastMessage})` : ""}`
        );
      }
    }
    for (const s of services)
      if (s.state === "Failed" && !required.includes(s.id)) problems.push(`service ${s.id} Failed`);
    problems.push(...etcd);
  } catch (err) {
    return {
      reachable: !isUnreachable(err),
      version,
      problems: [...problems, describeFailure(err, registry)]
    };
  }
  return { reachable: true, version, problems: problems.map((p) => registry.redact(p)) };
}
async function etcdProblems(api, address, expected) {
  const problems = [];
  const [members, status2] = await Promise.all([api.etcdMemberList(address), api.etcdStatus(address)]);
  if (expected !== void 0 && members.length !== expected) {
    problems.push(`etcd has ${members.length} members, expected ${expected}`);
  }
  const notStarted = members.filter((m) => !m.hostname).length;
  if (notStarted) problems.push(`etcd: ${notStarted} member(s) not started`);
  const learners = members.filter((m) => m.isLearner).map((m) => m.hostname || m.id.toString(16));
  if (learners.length) problems.push(`etcd learners: ${learners.join(", ")}`);
  if (status2.leader === 0n) problems.push("etcd member has no leader");
  if (status2.errors.length) problems.push(`etcd errors: ${status2.errors.join("; ")}`);
  return problems;
}

// src/rollout/wait.ts
async function bootIdBefore(env, address) {
  try {
    return await env.api.bootId(address);
  } catch (err) {
    if (err instanceof TalosApiError && err.kind === "permission-denied") return void 0;
    throw err;
  }
}
async function waitUntilHealthy(env, address, expect, opts) {
  let rebooted = !opts.reboot;
  let seenDown = false;
  let readBootId = opts.reboot?.bootId !== void 0;
  let answered = false;
  const result = await pollUntil(
    async (woken) => {
      const likelyUp = woken || answered;
      const asksBootId = !rebooted && readBootId;
      const bootLook = asksBootId ? env.api.bootId(address).then(
        (id) => ({ id }),
        (err) => ({ err })
      ) : void 0;
      const healthLook = () => checkNodeHealth(env.api, address, expect, env.registry, { together: likelyUp || asksBootId });
      const early = likelyUp || !bootLook ? healthLook() : void 0;
      const boot = await bootLook;
      answered = boot !== void 0 && !("err" in boot);
      if (boot && "err" in boot) {
        void early?.catch(() => void 0);
        const err = boot.err;
        if (err instanceof TalosApiError && err.kind === "permission-denied") readBootId = false;
        else if (isUnreachable(err))
          return { done: false, state: "down", problems: ["rebooting (unreachable)"], unreachable: true };
        else return { done: false, state: "error", problems: [describeFailure(err, env.registry)] };
      } else if (boot) {
        if (boot.id === opts.reboot.bootId)
          return { done: false, state: "not-rebooted", problems: ["has not rebooted yet"] };
        rebooted = true;
        opts.onRebooted?.();
      }
      const health = await (early ?? healthLook());
      answered = health.reachable;
      if (!health.reachable) {
        seenDown = true;
        return { done: false, state: "down", problems: health.problems, unreachable: health.down === true };
      }
      if (!rebooted && !readBootId) {
        if (!seenDown) return { done: false, state: "not-rebooted", problems: ["not yet seen rebooting"] };
        rebooted = true;
      }
      if (rebooted && opts.reboot && expect.talosVersion && health.version && normalizeVersion(health.version) !== normalizeVersion(expect.talosVersion)) {
        return {
          done: true,
          value: {
            fail: `came back on Talos ${health.version}, not ${expect.talosVersion} (upgrade did not take effect)`
          }
        };
      }
      if (health.problems.length === 0) return { done: true, value: {} };
      return { done: false, state: `unhealthy:${health.problems[0]}`, problems: health.problems };
    },
    { timeoutMs: opts.timeoutMs, clock: env.clock, timing: env.timing, wake: opts.wake }
  );
  if (result.ok && !result.value?.fail) return { ok: true, elapsedMs: result.elapsedMs };
  if (result.value?.fail)
    return { ok: false, reason: env.registry.redact(result.value.fail), elapsedMs: result.elapsedMs };
  const down = result.problems.some((p) => /^unreachable|rebooting \(unreachable\)/.test(p));
  const reason = `${down ? "not back" : "not healthy"} within ${formatMs(opts.timeoutMs)}${address ? ` at ${address}` : ""}`;
  return {
    ok: false,
    reason: env.registry.redact(reason),
    detail: env.registry.redact(result.problems.join("; ") || "no answer"),
    elapsedMs: result.elapsedMs
  };
}
function formatMs(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(ms < 1e4 ? 1 : 0)}s`;
  const m = Math.floor(ms / 6e4);
  const s = Math.round(ms % 6e4 / 1e3);
  return s ? `${m}m${s}s` : `${m}m`;
}

// src/rollout/bring-up.ts
var CONFIG_PARALLEL = 16;
async function bringUp(env, cluster, state) {
  const { inspections, plans, reports, report, finish } = state;
  const cps = cluster.nodes.filter((n) => n.role === "controlplane");
  const problems = [];
  for (const i of inspections) {
    const plan = plans.get(i.node);
    if (!plan) problems.push(`${i.node.name}: ${i.problems.join("; ") || "cannot be inspected"}`);
    else if (plan.action === "upgrade" || plan.action === "upgrade+config")
      problems.push(
        `${i.node.name}: runs Talos ${plan.from.talosVersion}, not ${cluster.talosVersion}; a cluster is brought up at one version`
      );
    else if (plan.refusal) problems.push(`${i.node.name}: ${plan.refusal}`);
  }
  report.preflight = problems.map((p) => env.registry.redact(p));
  const todo = cluster.nodes.filter((n) => plans.get(n) && plans.get(n).action !== "none");
  const first = cps[0];
  report.bootstrap = { node: first?.name ?? "", status: "planned" };
  env.emit({
    type: "cluster-planned",
    at: env.clock.now(),
    cluster: cluster.name,
    changes: todo.map((n) => ({ node: n.name, action: plans.get(n).action })),
    preflight: report.preflight
  });
  if (report.preflight.length > 0) {
    for (const n of cluster.nodes)
      if (reports.get(n).status !== "unchanged") reports.get(n).status = "skipped-unhealthy-cluster";
    report.bootstrap = void 0;
    return finish("skipped-unhealthy", `preflight: ${report.preflight.slice(0, 3).join("; ")}`);
  }
  if (!first) return finish("failed", "the cluster has no control plane: nothing to bootstrap etcd on");
  for (const n of todo) reports.get(n).status = env.dryRun ? "planned" : "not-reached";
  if (env.dryRun) return finish("planned");
  const started = /* @__PURE__ */ new Map();
  const start = (n) => {
    const t = env.clock.now();
    started.set(n, t);
    const r = reports.get(n);
    r.startedAt = new Date(t).toISOString();
    env.emit({
      type: "node-start",
      at: t,
      cluster: cluster.name,
      node: n.name,
      role: n.role,
      action: r.action
    });
  };
  const done = (n, status2, reason) => {
    const t = env.clock.now();
    const r = reports.get(n);
    const t0 = started.get(n) ?? t;
    Object.assign(r, { status: status2, endedAt: new Date(t).toISOString(), durationMs: t - t0 });
    if (reason) r.reason = env.registry.redact(reason);
    env.emit({
      type: "node-done",
      at: t,
      cluster: cluster.name,
      node: n.name,
      status: status2,
      durationMs: t - t0,
      reason: r.reason
    });
  };
  const step = (n, s, detail) => env.emit({
    type: "node-step",
    at: env.clock.now(),
    cluster: cluster.name,
    node: n.name,
    step: s,
    detail
  });
  const configured = await mapLimit(todo, CONFIG_PARALLEL, async (n) => {
    if (env.signal?.aborted) return `interrupted before ${n.name} was started`;
    const r = reports.get(n);
    start(n);
    try {
      if (r.action === "join") {
        step(n, "first-config", "over the maintenance API, not authenticated");
        await sendFirstConfig(env, n);
        r.rebooted = true;
      } else {
        step(n, "apply", "auto");
        const applied = await env.api.applyConfiguration(n.address, n.text, { mode: "auto" });
        r.applyMode = { requested: "auto", used: applied.mode };
      }
      r.touched = true;
      step(n, "wait-healthy", r.action === "join" ? "installing" : void 0);
      const up = await waitConfigured(env, n, env.healthTimeoutMs);
      if (!up.ok) return `${n.name}: ${up.reason}`;
      return void 0;
    } catch (err) {
      const why = describeFailure(err, env.registry);
      return `${n.name}: ${why}${r.touched ? "" : " (node not touched)"}`;
    }
  });
  const failures = configured.filter((f) => f !== void 0);
  if (failures.length > 0) {
    todo.forEach((n, i) => {
      if (configured[i]) done(n, "failed", configured[i].replace(/^[^:]+: /, ""));
    });
    report.bootstrap = void 0;
    return finish("failed", `${failures[0]} (etcd not bootstrapped)`);
  }
  step(first, "bootstrap");
  const boot = await bootstrapOnce(env, cps, env.healthTimeoutMs);
  if (!boot.ok) {
    report.bootstrap = { node: first.name, status: boot.refused ? "refused" : "failed", reason: boot.reason };
    for (const n of todo) done(n, "failed", boot.reason);
    return finish("failed", boot.reason);
  }
  report.bootstrap = { node: first.name, status: "done" };
  const waits = await mapLimit(
    [...cps, ...cluster.nodes.filter((n) => n.role === "worker")],
    CONFIG_PARALLEL,
    async (n) => {
      const w = await waitUntilHealthy(
        env,
        n.address,
        {
          role: n.role,
          talosVersion: cluster.talosVersion,
          etcdMembers: n.role === "controlplane" ? cps.length : void 0
        },
        { timeoutMs: env.healthTimeoutMs }
      );
      return { n, w };
    }
  );
  let failed;
  for (const { n, w } of waits) {
    if (!todo.includes(n)) continue;
    const r = reports.get(n);
    if (w.ok) done(n, r.action === "join" ? "joined" : "applied");
    else {
      done(n, "failed", w.reason);
      failed ??= `${n.name}: ${w.reason}`;
    }
  }
  const sick = waits.find(({ n, w }) => !w.ok && !todo.includes(n));
  failed ??= sick && !sick.w.ok ? `${sick.n.name}: ${sick.w.reason}` : void 0;
  return failed ? finish("failed", failed) : finish("done");
}

// src/rollout/gates.ts
import { spawn } from "node:child_process";
var CONTROL_PLANE_APPS = ["kube-apiserver", "kube-controller-manager", "kube-scheduler"];
var OUTPUT_LIMIT = 400;
async function clusterProblems(env) {
  const members = env.nodes ?? env.cluster.nodes;
  const cps = members.filter((n) => n.role === "controlplane");
  const etcd = Promise.all(
    cps.map(async (cp) => {
      const h = await checkNodeHealth(
        env.api,
        env.where?.get(cp.name) ?? cp.address,
        { role: "controlplane", etcdMembers: env.etcdMembers ?? cps.length },
        env.registry,
        { together: true }
      );
      return h.problems.map((p) => `${cp.name}: ${p}`);
    })
  );
  const [talos, kube] = await Promise.all([etcd, env.kube ? kubernetesProblems(env, env.kube, members) : []]);
  return [...talos.flat(), ...kube];
}
async function kubernetesProblems(env, kube, members) {
  const problems = [];
  try {
    const [nodeList, cpPods] = await Promise.all([
      kube.listNodes(),
      kube.listPods("kube-system", `k8s-app in (${CONTROL_PLANE_APPS.join(",")})`)
    ]);
    const nodes = nodeList.items;
    env.onNodeList?.(nodes);
    const notReady = nodes.filter((n) => readyStatus(n) !== "True").map((n) => n.metadata?.name);
    if (notReady.length) problems.push(`Kubernetes nodes not Ready: ${notReady.join(", ")}`);
    const missing = members.filter(
      (rn) => !nodes.some(
        (n) => n.metadata?.name === rn.name || n.status?.addresses?.some((a) => a.address === (env.where?.get(rn.name) ?? rn.address))
      )
    );
    if (missing.length)
      problems.push(`not registered in Kubernetes: ${missing.map((n) => n.name).join(", ")}`);
    const cpNodes = nodes.filter(
      (n) => "node-role.kubernetes.io/control-plane" in (n.metadata?.labels ?? {})
    );
    for (const app of CONTROL_PLANE_APPS) {
      const pods = cpPods.items.filter(
        (p) => p.metadata?.labels?.["k8s-app"] === app && !p.metadata?.deletionTimestamp
      );
      const ready = pods.filter((p) => readyStatus(p) === "True");
      if (ready.length < cpNodes.length) {
        const bad = pods.filter((p) => readyStatus(p) !== "True").map((p) => p.metadata?.name);
        problems.push(
          `${app}: ${ready.length} of ${cpNodes.length} Ready${bad.length ? ` (${bad.join(", ")})` : ""}`
        );
      }
    }
  } catch (err) {
    problems.push(`Kubernetes API: ${describeFailure(err, env.registry)}`);
  }
  return problems;
}
async function healthGate(env) {
  const deadline = env.clock.now() + env.timeoutMs;
  for (; ; ) {
    const problems = await clusterProblems(env);
    if (problems.length === 0)
      return {
        ok: true,
        detail: env.kube ? "nodes Ready, control plane Ready, etcd healthy" : "etcd healthy (no Kubernetes access)"
      };
    if (env.clock.now() >= deadline) return { ok: false, detail: problems.join("; ") };
    await env.clock.sleep(env.pollMs);
  }
}
function tail(text) {
  const t = text.trim();
  return t.length > OUTPUT_LIMIT ? `…${t.slice(-OUTPUT_LIMIT)}` : t;
}
function commandGate(gate, env) {
  return new Promise((resolve) => {
    const [cmd, ...args] = gate.command;
    let output = "";
    const child = spawn(cmd, args, {
      cwd: env.cwd,
      env: { ...process.env, TALOS_GITOPS_CLUSTER: env.cluster.name, TALOS_GITOPS_STAGE: env.cluster.stage },
      stdio: ["ignore", "pipe", "pipe"]
    });
    const keep = (b) => {
      output = (output + b.toString("utf8")).slice(-4 * OUTPUT_LIMIT);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve({
        ok: false,
        detail: `timed out after ${Math.round(gate.timeoutMs / 1e3)}s${output ? `: ${tail(output)}` : ""}`
      });
    }, gate.timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: `cannot run ${cmd}: ${err.message}` });
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ ok: true, detail: "exit 0" });
      else resolve({ ok: false, detail: `exit ${code ?? signal}${output ? `: ${tail(output)}` : ""}` });
    });
  });
}
async function httpGate(gate) {
  try {
    const res = await fetch(gate.http.url, {
      signal: AbortSignal.timeout(gate.timeoutMs),
      redirect: "manual"
    });
    await res.body?.cancel();
    const ok = gate.http.expectStatus ? gate.http.expectStatus.includes(res.status) : res.status >= 200 && res.status < 300;
    return { ok, detail: `HTTP ${res.status}` };
  } catch (err) {
    return {
      ok: false,
      detail: err.name === "TimeoutError" ? `no answer within ${Math.round(gate.timeoutMs / 1e3)}s` : err.message
    };
  }
}
async function runGates(env, point) {
  const results = [];
  const record = async (name, run) => {
    const t0 = env.clock.now();
    const r = await run();
    results.push({
      point,
      name,
      ok: r.ok,
      detail: env.registry.redact(r.detail),
      durationMs: env.clock.now() - t0
    });
    return r.ok;
  };
  if (!await record("cluster health", () => healthGate(env))) return results;
  for (const gate of env.cluster.rollout.gates ?? []) {
    const ok = await record(gate.name, () => "command" in gate ? commandGate(gate, env) : httpGate(gate));
    if (!ok) break;
  }
  return results;
}

// src/rollout/kube-nodes.ts
function pickKubernetesNode(nodes, node) {
  return nodes.find((n) => n.status?.addresses?.some((a) => a.address === node.address)) ?? nodes.find((n) => n.metadata?.name === node.name);
}
var KubernetesNodeList = class {
  constructor(kube) {
    this.kube = kube;
  }
  kube;
  list;
  /** Starts a new step: the next look lists again, unless `nodes` (a list just taken) is given. */
  renew(nodes) {
    this.list = nodes ? Promise.resolve(nodes) : void 0;
  }
  async nodeOf(node) {
    if (!this.list) {
      const listing = this.kube.listNodes().then((l) => l.items);
      this.list = listing;
      listing.catch(() => {
        if (this.list === listing) this.list = void 0;
      });
    }
    return pickKubernetesNode(await this.list, node);
  }
};

// src/rollout/drain.ts
var podName = (p) => `${p.metadata?.namespace}/${p.metadata?.name}`;
function evictable(p) {
  if (p.metadata?.annotations?.[MIRROR_POD_ANNOTATION] !== void 0) return "mirror";
  if (p.status?.phase === "Succeeded" || p.status?.phase === "Failed") return "finished";
  const owner = controllerOf(p);
  if (!owner) return "unmanaged";
  if (owner.kind === "DaemonSet") return "daemonset";
  return "evict";
}
async function kubernetesNodeOf(kube, node) {
  return pickKubernetesNode((await kube.listNodes()).items, node);
}
async function drainNode(kube, nodeName, opts) {
  const { clock } = opts;
  let seen = opts.wake?.seq;
  const pods0 = kube.podsOnNode(nodeName);
  pods0.catch(() => void 0);
  const before = opts.known ?? await kube.getNode(nodeName);
  const cordoned = !before.spec?.unschedulable;
  const [firstPods] = await Promise.all([
    pods0,
    cordoned ? kube.setUnschedulable(nodeName, true) : void 0
  ]);
  const outcome = { ok: false, cordoned, evicted: [], left: [] };
  const deadline = clock.now() + opts.timeoutMs;
  const blocked = /* @__PURE__ */ new Map();
  const requested = /* @__PURE__ */ new Set();
  let early = firstPods.items;
  for (; ; ) {
    const listedAt = clock.now();
    const pods = early ?? (await kube.podsOnNode(nodeName)).items;
    const beforeCordon = early !== void 0 && cordoned;
    early = void 0;
    outcome.left = pods.filter((p) => evictable(p) === "unmanaged").map((p) => `${podName(p)} (no controller)`);
    const remaining = pods.filter((p) => evictable(p) === "evict");
    if (remaining.length === 0) {
      if (beforeCordon) continue;
      outcome.ok = true;
      return outcome;
    }
    await Promise.all(
      remaining.filter((p) => !p.metadata?.deletionTimestamp && !requested.has(p.metadata?.uid ?? podName(p))).map(async (p) => {
        try {
          await kube.evict(p.metadata.namespace, p.metadata.name);
          requested.add(p.metadata?.uid ?? podName(p));
          blocked.delete(podName(p));
          outcome.evicted.push(podName(p));
        } catch (err) {
          if (err instanceof KubernetesApiError && err.kind === "not-found") return;
          if (err instanceof KubernetesApiError && err.kind === "too-many-requests") {
            const cause = err.body?.details?.causes?.find((c) => c.reason === "DisruptionBudget")?.message;
            blocked.set(podName(p), cause ?? err.body?.message ?? "eviction refused");
            return;
          }
          throw err;
        }
      })
    );
    const waitsOnWatch = opts.wake !== void 0 && !beforeCordon && remaining.every((p) => p.metadata?.uid !== void 0 && !blocked.has(podName(p)));
    for (; ; ) {
      if (clock.now() >= deadline) {
        if (cordoned) await kube.setUnschedulable(nodeName, false).catch(() => void 0);
        const stuck = remaining.map((p) => {
          const why = blocked.get(podName(p));
          return why ? `${podName(p)} (${why})` : `${podName(p)} (${p.metadata?.deletionTimestamp ? "still terminating" : "not evicted"})`;
        });
        outcome.reason = `drain of ${nodeName} did not finish within ${Math.round(opts.timeoutMs / 1e3)}s: ${stuck.join(", ")}`;
        return outcome;
      }
      const untilList = waitsOnWatch ? listedAt + opts.pollMs - clock.now() : opts.pollMs;
      await nap(opts, Math.max(0, Math.min(untilList, deadline - clock.now())), seen);
      seen = opts.wake?.seq;
      const gone = opts.wake?.deletedPods;
      if (gone && !beforeCordon && remaining.every((p) => p.metadata?.uid !== void 0 && gone.has(p.metadata.uid))) {
        outcome.ok = true;
        return outcome;
      }
      if (!waitsOnWatch || clock.now() - listedAt >= opts.pollMs) break;
    }
  }
}
async function nap(opts, ms, seen) {
  if (opts.wake) {
    if (opts.wake.seq === seen) await opts.wake.sleep(opts.clock, ms);
  } else await opts.clock.sleep(ms);
}
async function uncordonWhenReady(kube, nodeName, opts) {
  const deadline = opts.clock.now() + opts.timeoutMs;
  let first = opts.first;
  for (; ; ) {
    const seen = first ? void 0 : opts.wake?.seq;
    const node = await (first ?? kube.getNode(nodeName)).catch(() => void 0);
    first = void 0;
    if (node && readyStatus(node) === "True") {
      await kube.setUnschedulable(nodeName, false);
      return { ok: true };
    }
    if (opts.clock.now() >= deadline) {
      return {
        ok: false,
        reason: `Kubernetes node ${nodeName} not Ready within ${Math.round(opts.timeoutMs / 1e3)}s (left cordoned)`
      };
    }
    await nap(opts, opts.pollMs, seen);
  }
}

// src/drift/compare.ts
function readLiveConfig(text, where, liveVersion, contract, registry) {
  try {
    const docs = loadConfig(text, `live config of ${where}`, contractOf(liveVersion) ?? contract);
    registerSecretPaths(docs, registry);
    return docs;
  } catch {
    return void 0;
  }
}
function runsRender(liveText, liveDocs, renderText, contract) {
  return liveText === renderText || liveDocs !== void 0 && encodeConfig(liveDocs, contract) === renderText;
}
function renderLiveDiff(opts) {
  const { registry, contract } = opts;
  const gitText = reviewText(opts.render, { registry, contract }).text;
  const liveText = reviewText(opts.live, { registry, base: opts.render, contract }).text;
  const [from, to] = opts.direction === "git-to-live" ? ["git", "live"] : ["live", "git"];
  const [a, b] = opts.direction === "git-to-live" ? [gitText, liveText] : [liveText, gitText];
  const diff = unifiedDiff(opts.name, a, b).replace(/^--- a\//, `--- ${from}/`).replace(/\n\+\+\+ b\//, `
+++ ${to}/`);
  return registry.redact(diff);
}

// src/rollout/plan.ts
var DEFAULT_INSTALLER = "ghcr.io/siderolabs/installer";
function appliesWithoutReboot(version) {
  const c = contractForVersion(version)?.contract;
  return c !== void 0 && contractIndex(c) >= contractIndex("1.14");
}
function upgradeImageFor(node, version) {
  const image = installerImage(node.docs)?.value ?? "";
  if (!image) return `${DEFAULT_INSTALLER}:${version}`;
  if (imageTag(image) === version) return image;
  return `${imageRepository(image)}:${version}`;
}
function dryRunDiff(modeDetails) {
  const at = modeDetails.indexOf("Config diff:");
  return at >= 0 ? modeDetails.slice(at + "Config diff:".length).replace(/^\n+/, "") : "";
}
async function planNode(cluster, node, live, opts) {
  const { registry } = opts;
  const liveVersion = normalizeVersion(live.version);
  const target = normalizeVersion(cluster.talosVersion);
  const liveDocs = readLiveConfig(
    live.config,
    `${cluster.name}/${node.name}`,
    liveVersion,
    cluster.contract,
    registry
  );
  const sameConfig = runsRender(live.config, liveDocs, node.text, cluster.contract);
  const liveImage = liveDocs ? installerImage(liveDocs)?.value : void 0;
  const renderImage = installerImage(node.docs)?.value;
  const newSchematic = liveImage !== void 0 && renderImage !== void 0 && installerVariant(liveImage, EMPTY_SCHEMATIC_ID) !== installerVariant(renderImage, EMPTY_SCHEMATIC_ID);
  const upgrade = liveVersion !== target || newSchematic;
  const action = upgrade ? sameConfig ? "upgrade" : "upgrade+config" : sameConfig ? "none" : "config";
  const plan = {
    node,
    action,
    from: { talosVersion: liveVersion, kubernetesVersion: liveDocs && kubernetesVersionOf(liveDocs) },
    impacts: action === "none" ? ["none"] : [],
    reasons: [],
    talosReboots: false,
    explicitReboot: false,
    // A running config the loader cannot read is taken to restart the kubelet: drained to be safe.
    restartsKubelet: action !== "none" && (!liveDocs || kubeletRestarts(liveDocs, node.docs).length > 0),
    notes: []
  };
  if (action === "none") return plan;
  if (liveDocs) {
    const predicted = predictImpact(liveDocs, node.docs, cluster.contract, {
      before: {
        talosVersion: liveVersion,
        kubernetesVersion: plan.from.kubernetesVersion ?? cluster.kubernetesVersion
      },
      // a render held at the running Kubernetes images (an upgrade to come) keeps their version
      after: {
        talosVersion: target,
        kubernetesVersion: kubernetesVersionOf(node.docs) ?? cluster.kubernetesVersion
      }
    });
    plan.impacts = predicted.impacts;
    plan.reasons = predicted.reasons.map((r) => registry.redact(r));
  } else {
    plan.notes.push(
      "the running config could not be read by the strict loader; reboot need taken from the node"
    );
  }
  const rebootFields = plan.reasons.filter(
    (r) => !/^talosVersion |^kubernetesVersion |^installer image/.test(r)
  );
  if (upgrade) {
    plan.upgradeImage = upgradeImageFor(node, target);
    if (newSchematic) plan.notes.push(`installs a new schematic: ${liveImage} → ${plan.upgradeImage}`);
    if (!cluster.rollout.allowReboots) {
      const what = liveVersion !== target ? `a Talos upgrade ${liveVersion} → ${target}` : "a Talos upgrade to install its new schematic";
      plan.refusal = `needs ${what}, which reboots the node, and this cluster does not allow reboots (rollout.allowReboots: false)`;
    }
  }
  if (action === "upgrade") return plan;
  const noRebootContract = appliesWithoutReboot(target);
  plan.explicitReboot = noRebootContract && plan.impacts.includes("reboot");
  if (upgrade) plan.talosReboots = !noRebootContract && plan.impacts.includes("reboot");
  if (!upgrade || opts.withDiff) {
    try {
      const answer = await opts.api.applyConfiguration(opts.address ?? node.address, node.text, {
        mode: "auto",
        dryRun: true
      });
      if (!upgrade && !noRebootContract) plan.talosReboots = answer.mode === "reboot";
      if (opts.withDiff) {
        plan.dryRun = {
          mode: answer.mode,
          diff: liveDocs ? registry.redact(dryRunDiff(answer.modeDetails)) : "(withheld: the running config could not be parsed, so its secrets cannot be recognised)"
        };
      }
    } catch (err) {
      const why = `the node rejects the new config (dry run): ${describeFailure(err, registry)}`;
      if (upgrade) plan.notes.push(`before its upgrade, ${why}`);
      else plan.refusal ??= why;
    }
  }
  if ((plan.talosReboots || plan.explicitReboot) && !cluster.rollout.allowReboots) {
    const fields = rebootFields.length ? ` (${rebootFields.join(", ")})` : "";
    plan.refusal ??= `the change needs a reboot${fields}, and this cluster does not allow reboots (rollout.allowReboots: false)`;
  }
  return plan;
}
function disruptsPods(plan) {
  return plan.action === "upgrade" || plan.action === "upgrade+config" || plan.talosReboots || plan.explicitReboot || plan.restartsKubelet || plan.action === "config" && plan.node !== void 0 && plan.impacts.includes("reboot");
}

// src/rollout/node-step.ts
function currentAddress(env, node) {
  return env.where?.get(node.name) ?? node.address;
}
var NodeFailure = class extends Error {
  constructor(message, detail) {
    super(message);
    this.detail = detail;
  }
  detail;
};
var controlPlanes = (c) => c.nodes.filter((n) => n.role === "controlplane");
function stepEmitter(env, node) {
  return (step, detail) => env.emit({ type: "node-step", at: env.clock.now(), cluster: env.cluster.name, node, step, detail });
}
async function rollNode(env, plan) {
  const { api, cluster } = env;
  const node = plan.node;
  const cps = env.controlPlanes ?? controlPlanes(cluster);
  const expect = { role: node.role, etcdMembers: env.etcdMembers ?? cps.length };
  const result = { status: "failed", touched: false, rebooted: false, notes: [] };
  const step = stepEmitter(env, node.name);
  const before = currentAddress(env, node);
  const wait = async (address, expectation, reboot, onRebooted) => {
    step(
      "wait-healthy",
      [reboot ? "reboot expected" : "", address !== before ? `at ${address}` : ""].filter(Boolean).join(", ") || void 0
    );
    const w = await waitUntilHealthy(env, address, expectation, {
      timeoutMs: env.healthTimeoutMs,
      reboot,
      // the node's Kubernetes object changes as it goes down and comes back
      ...wake ? { wake } : {},
      ...onRebooted ? { onRebooted } : {}
    });
    if (!w.ok) throw new NodeFailure(w.reason, w.detail);
  };
  let cordoned;
  let wake;
  let readyLook;
  const poll = { clock: env.clock, pollMs: Math.max(env.timing.pollInitialMs, 20) };
  const drains = env.kube !== void 0 && cluster.rollout.drain !== false && disruptsPods(plan);
  const upgrades = plan.action === "upgrade" || plan.action === "upgrade+config";
  const firstMayReboot = upgrades || cluster.rollout.allowReboots || plan.explicitReboot;
  let firstBoot = firstMayReboot ? settle(bootIdBefore(env, before)) : void 0;
  const bootBefore = async () => {
    const early = firstBoot;
    firstBoot = void 0;
    return early ? unsettle(await early) : bootIdBefore(env, before);
  };
  const k8sLookup = drains && env.kube ? settle(env.kubeNodes ? env.kubeNodes.nodeOf(node) : kubernetesNodeOf(env.kube, node)) : void 0;
  try {
    if (node.role === "controlplane") {
      await gateControlPlanes(env, node, cps);
    }
    if (drains && env.kube && k8sLookup) {
      const k8sNode = unsettle(await k8sLookup);
      if (!k8sNode?.metadata?.name)
        throw new NodeFailure(`no Kubernetes node for ${node.name} (${node.address}) to drain`);
      step("drain", k8sNode.metadata.name);
      wake = env.kubeWatch?.wakeupFor(k8sNode.metadata.name);
      const drained = await drainNode(env.kube, k8sNode.metadata.name, {
        ...poll,
        known: k8sNode,
        ...wake ? { wake } : {},
        timeoutMs: cluster.rollout.drainTimeoutMs ?? 5 * 6e4
      });
      if (!drained.ok) throw new NodeFailure(drained.reason ?? "drain failed");
      if (drained.cordoned) cordoned = k8sNode.metadata.name;
      result.notes.push(
        `drained: ${drained.evicted.length} pod(s) evicted${drained.left.length ? `; left: ${drained.left.join(", ")}` : ""}`
      );
    }
    if (node.role === "controlplane" && cps.length > 1) await moveLeadershipAway(env, node, result, step);
    if (upgrades) {
      const boot = await bootBefore();
      step("upgrade", plan.upgradeImage);
      await api.upgrade(before, plan.upgradeImage);
      result.touched = true;
      result.rebooted = true;
      await wait(before, { ...expect, talosVersion: cluster.talosVersion }, { bootId: boot });
    }
    if (plan.action === "config" || plan.action === "upgrade+config") {
      const requested = cluster.rollout.allowReboots ? "auto" : "no-reboot";
      const mayReboot = requested === "auto" || plan.explicitReboot;
      const boot = mayReboot ? await bootBefore() : void 0;
      step("apply", requested);
      let applied;
      try {
        applied = await api.applyConfiguration(before, node.text, { mode: requested });
      } catch (err) {
        if (err instanceof TalosApiError && err.needsReboot) {
          throw new NodeFailure(
            "Talos refused the change without a reboot, and this cluster does not allow reboots (rollout.allowReboots: false)"
          );
        }
        throw err;
      }
      result.touched = true;
      result.applyMode = { requested, used: applied.mode };
      for (const w of applied.warnings ?? []) result.notes.push(`warning: ${env.registry.redact(w)}`);
      let reboots = applied.mode === "reboot";
      if (!reboots && plan.explicitReboot) {
        step("reboot", "the change takes effect only after a reboot");
        await api.reboot(node.address);
        reboots = true;
        result.notes.push(
          "rebooted explicitly: Talos applies this change without rebooting, but it takes effect only after a reboot"
        );
      }
      result.rebooted ||= reboots;
      let runningRead;
      await wait(
        node.address,
        { ...expect, talosVersion: cluster.talosVersion },
        reboots ? { bootId: boot } : void 0,
        () => {
          runningRead ??= settle(api.getMachineConfig(node.address));
        }
      );
      step("verify");
      if (cordoned && env.kube) readyLook = env.kube.getNode(cordoned).catch(() => void 0);
      const running = runningRead ? unsettle(await runningRead) : await api.getMachineConfig(node.address);
      if (running !== node.text)
        throw new NodeFailure("the running config differs from the render after the apply");
      if (before !== node.address) {
        env.where?.delete(node.name);
        result.notes.push(`moved: reached at ${before}, now healthy at ${node.address}`);
      }
    }
    if (cordoned && env.kube) {
      step("uncordon", cordoned);
      const back = await uncordonWhenReady(env.kube, cordoned, {
        ...poll,
        ...wake ? { wake } : {},
        ...readyLook ? { first: readyLook } : {},
        timeoutMs: env.healthTimeoutMs
      });
      if (!back.ok) throw new NodeFailure(back.reason ?? "not Ready in Kubernetes");
      cordoned = void 0;
    }
    result.status = plan.action === "config" ? "applied" : "upgraded";
  } catch (err) {
    result.status = "failed";
    if (err instanceof NodeFailure) {
      result.reason = env.registry.redact(err.message);
      if (err.detail) result.detail = env.registry.redact(err.detail);
    } else {
      const e = explainFailure(err, env.registry);
      result.reason = e.reason;
      if (e.detail) result.detail = e.detail;
    }
    if (!result.touched) result.reason += " (node not touched)";
    if (cordoned && env.kube && !result.touched) {
      await env.kube.setUnschedulable(cordoned, false).catch(() => void 0);
    } else if (cordoned) result.notes.push(`left cordoned: ${cordoned}`);
  }
  return result;
}
async function gateControlPlanes(env, node, cps) {
  const checks = await Promise.all(
    cps.map(async (cp) => ({
      cp,
      health: await checkNodeHealth(
        env.api,
        currentAddress(env, cp),
        { role: "controlplane", etcdMembers: env.etcdMembers ?? cps.length },
        env.registry,
        { together: true }
      )
    }))
  );
  const bad = checks.filter((c) => c.health.problems.length > 0);
  if (bad.length) {
    const what = bad.map((b) => `${b.cp.name}: ${b.health.problems.join("; ")}`).join(" | ");
    throw new NodeFailure(`control planes not all healthy, so ${node.name} is not taken out: ${what}`);
  }
}
async function moveLeadershipAway(env, node, result, step) {
  const at = currentAddress(env, node);
  const status2 = await env.api.etcdStatus(at);
  if (status2.leader === 0n || status2.leader !== status2.memberId) return;
  step("forfeit-leadership");
  const { member } = await env.api.etcdForfeitLeadership(at);
  result.notes.push(`etcd leadership forfeited${member ? ` to ${member}` : ""}`);
}
function settle(p) {
  return p.then(
    (value) => ({ value }),
    (error) => ({ error })
  );
}
function unsettle(s) {
  if ("error" in s) throw s.error;
  return s.value;
}

// src/rollout/schedule.ts
function orderStages(clusters, order) {
  const present = [...new Set(clusters.map((c) => c.stage))];
  const wanted = order?.filter(Boolean) ?? [];
  if (wanted.length === 0) {
    if (present.length > 1) {
      throw new TalosGitopsError(
        `the clusters are in several stages (${present.join(", ")}): give their rollout order (--stages a,b or the action's stages input)`
      );
    }
    return present.map((stage2) => ({ stage: stage2, clusters: clusters.filter((c) => c.stage === stage2) }));
  }
  const missing = present.filter((s) => !wanted.includes(s));
  if (missing.length) {
    throw new TalosGitopsError(
      `stage${missing.length > 1 ? "s" : ""} ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not in the stages order (${wanted.join(", ")})`
    );
  }
  return wanted.filter((s, i) => present.includes(s) && wanted.indexOf(s) === i).map((stage2) => ({ stage: stage2, clusters: clusters.filter((c) => c.stage === stage2) }));
}
function workerParallelism(maxParallel, workers) {
  let n;
  if (typeof maxParallel === "number") n = maxParallel;
  else {
    const pct = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(maxParallel);
    if (pct) n = Math.floor(Number(pct[1]) * workers / 100);
    else if (/^\s*\d+\s*$/.test(maxParallel)) n = Number(maxParallel);
    else
      throw new TalosGitopsError(
        `rollout.workers.maxParallel ${JSON.stringify(maxParallel)} is not a count or a percentage`
      );
  }
  return Math.max(1, Math.floor(n));
}
function isMemberOf(member, node) {
  if (member.hostname && member.hostname === node.name) return true;
  return member.peerUrls.some((u) => {
    try {
      return new URL(u).hostname.replace(/^\[|\]$/g, "") === node.address;
    } catch {
      return false;
    }
  });
}
async function etcdLeader(api, controlPlanes2) {
  for (const cp of controlPlanes2) {
    try {
      const [status2, members] = await Promise.all([
        api.etcdStatus(cp.address),
        api.etcdMemberList(cp.address)
      ]);
      if (status2.leader === 0n) continue;
      const leader = members.find((m) => m.id === status2.leader);
      return leader ? controlPlanes2.find((n) => isMemberOf(leader, n)) : void 0;
    } catch {
    }
  }
  return void 0;
}
function controlPlaneOrder(items, leader) {
  const rest = items.filter((i) => i.node !== leader);
  const last = items.filter((i) => i.node === leader);
  return [...rest, ...last];
}

// src/rollout/join.ts
var JoinFailure = class extends Error {
};
async function joinNode(env, plan) {
  const { cluster } = env;
  const node = plan.node;
  const result = { status: "failed", touched: false, rebooted: false, notes: [] };
  const step = stepEmitter(env, node.name);
  const cps = env.controlPlanes ?? [];
  try {
    if (node.role === "controlplane") await gateControlPlanes(env, node, cps);
    step("first-config", "over the maintenance API, not authenticated");
    await sendFirstConfig(env, node);
    result.touched = true;
    result.rebooted = true;
    step("wait-healthy", "installing");
    const configured = await waitConfigured(env, node, env.healthTimeoutMs);
    if (!configured.ok) throw new JoinFailure(configured.reason);
    const members = (env.etcdMembers ?? cps.length) + (node.role === "controlplane" ? 1 : 0);
    if (node.role === "controlplane") step("etcd-member", `waiting for ${members} members`);
    const healthy = await waitUntilHealthy(
      env,
      node.address,
      {
        role: node.role,
        talosVersion: cluster.talosVersion,
        etcdMembers: node.role === "controlplane" ? members : void 0
      },
      { timeoutMs: env.healthTimeoutMs }
    );
    if (!healthy.ok) throw new JoinFailure(healthy.reason);
    if (node.role === "controlplane") {
      const list = await env.api.etcdMemberList(node.address);
      const own = list.find((m) => isMemberOf(m, node));
      if (!own || own.isLearner)
        throw new JoinFailure("its etcd member is not among the cluster’s voting members");
      result.notes.push(`etcd member ${own.id.toString(16)} (${members} members)`);
      env.etcdMembers = members;
      env.controlPlanes = [...cps, node];
    }
    env.pending?.delete(node);
    result.status = "joined";
  } catch (err) {
    result.reason = err instanceof JoinFailure ? env.registry.redact(err.message) : describeFailure(err, env.registry);
    if (!result.touched) result.reason += " (node not touched)";
  }
  return result;
}

// src/kubernetes/removed-apis.ts
var REMOVED = {
  "1.24->1.25": ["podsecuritypolicies.v1beta1.policy"],
  "1.28->1.29": ["clustercidrs.v1alpha1.networking.k8s.io"],
  "1.31->1.32": ["podschedulingcontexts.v1alpha3.resource.k8s.io"],
  "1.36->1.37": ["workloads.v1alpha2.scheduling.k8s.io", "podgroups.v1alpha2.scheduling.k8s.io"]
};
function parse(arg) {
  const [resource, version, ...group] = arg.split(".");
  return { resource, version, group: group.join(".") };
}
function upgradePath(from, to) {
  const a = /^v?(\d+)\.(\d+)/.exec(from);
  const b = /^v?(\d+)\.(\d+)/.exec(to);
  return a && b ? `${a[1]}.${a[2]}->${b[1]}.${b[2]}` : void 0;
}
function upgradePathSupported(from, to) {
  const a = /^v?(\d+)\.(\d+)/.exec(from);
  const b = /^v?(\d+)\.(\d+)/.exec(to);
  if (!a || !b || a[1] !== b[1]) return false;
  const step = Number(b[2]) - Number(a[2]);
  return step === 0 || step === 1;
}
function removedResources(from, to) {
  const path = upgradePath(from, to);
  return (path ? REMOVED[path] ?? [] : []).map(parse);
}

// src/kubernetes/talos-compatibility.ts
var SUPPORTED = {
  "1.10": [28, 33],
  "1.11": [29, 34],
  "1.12": [30, 35],
  "1.13": [31, 36],
  "1.14": [32, 37]
};
var minorOf = (v) => /^v?(\d+)\.(\d+)/.exec(v);
function kubernetesUnsupported(talosVersion, kubernetesVersion) {
  const t = minorOf(talosVersion);
  const k = minorOf(kubernetesVersion);
  if (!t || !k) return void 0;
  const range = SUPPORTED[`${t[1]}.${t[2]}`];
  if (!range) return void 0;
  const minor = Number(k[2]);
  if (k[1] === "1" && minor >= range[0] && minor <= range[1]) return void 0;
  return `Talos ${talosVersion} runs Kubernetes 1.${range[0]} to 1.${range[1]}, not ${kubernetesVersion}`;
}

// src/rollout/manifest-sync.ts
var FIELD_MANAGER = "talos";
var INVENTORY_NAMESPACE = "kube-system";
var INVENTORY_NAME = "talos-bootstrap-manifests-inventory";
var INVENTORY_ANNOTATION = "config.k8s.io/owning-inventory";
var groupOf = (o) => o.apiVersion?.includes("/") ? o.apiVersion.split("/")[0] : "";
var subject = (o) => `${o.kind} ${o.metadata?.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata?.name}`;
function stage(o) {
  if (o.kind === "Namespace" || o.kind === "CustomResourceDefinition" || o.kind === "ClusterRole") return 0;
  if (o.kind === "ConfigMap" || o.kind === "Secret") return 1;
  return 2;
}
function inventoryKey(o) {
  const name = (o.metadata?.name ?? "").replace(/:/g, "__");
  return `${o.metadata?.namespace ?? ""}_${name}_${groupOf(o)}_${o.kind}`;
}
function rolledOut(o) {
  const gen = o.metadata?.generation ?? 0;
  const st = o.status ?? {};
  if ((st.observedGeneration ?? 0) < gen) return false;
  if (o.kind === "DaemonSet") {
    const desired = st.desiredNumberScheduled ?? 0;
    return (st.updatedNumberScheduled ?? 0) >= desired && (st.numberAvailable ?? 0) >= desired;
  }
  const replicas = o.spec?.replicas ?? 1;
  return (st.updatedReplicas ?? 0) >= replicas && (st.availableReplicas ?? 0) >= replicas;
}
async function syncBootstrapManifests(kube, manifests, opts) {
  const objects = manifests.flatMap((m) => m.objects);
  const ordered = objects.map((o, i) => ({ o, i })).sort((a, b) => stage(a.o) - stage(b.o) || a.i - b.i);
  const applied = [];
  const workloads = [];
  for (const { o } of ordered) {
    const meta = o.metadata ?? {};
    const obj = {
      ...o,
      metadata: { ...meta, annotations: { ...meta.annotations, [INVENTORY_ANNOTATION]: INVENTORY_NAME } }
    };
    try {
      const live = await kube.apply(obj, FIELD_MANAGER, opts.force ?? false);
      if (o.kind === "DaemonSet" || o.kind === "Deployment") workloads.push(live);
    } catch (err) {
      const why = err instanceof KubernetesApiError && err.kind === "conflict" ? `another field manager owns what Talos renders (${err.body?.message ?? err.message})` : err instanceof Error ? err.message : String(err);
      return { ok: false, applied, reason: `applying ${subject(o)} failed: ${why}` };
    }
    applied.push(subject(o));
  }
  const inventory = {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: INVENTORY_NAME, namespace: INVENTORY_NAMESPACE },
    data: Object.fromEntries(objects.map((o) => [inventoryKey(o), ""]))
  };
  try {
    await kube.apply(inventory, FIELD_MANAGER, true);
  } catch (err) {
    return { ok: false, applied, reason: `writing the inventory failed: ${err.message}` };
  }
  const deadline = opts.clock.now() + opts.timeoutMs;
  let pending = workloads;
  for (; ; ) {
    const states = await Promise.all(
      pending.map((w) => kube.getObject(w.apiVersion, w.kind, w.metadata?.namespace, w.metadata.name))
    );
    pending = states.filter((w) => !rolledOut(w));
    if (pending.length === 0) return { ok: true, applied };
    if (opts.clock.now() >= deadline) {
      return {
        ok: false,
        applied,
        reason: `not rolled out within ${Math.round(opts.timeoutMs / 1e3)}s: ${pending.map(subject).join(", ")}`
      };
    }
    await opts.clock.sleep(opts.pollMs);
  }
}

// src/rollout/kubernetes-upgrade.ts
function componentChanges(live, render) {
  return VERSIONED_COMPONENTS.filter((c) => componentImage(live, c) !== componentImage(render, c));
}
var versionKey = (v) => {
  const m = /^v?(\d+)\.(\d+)\.?(\d+)?/.exec(v);
  return m ? Number(m[1]) * 1e6 + Number(m[2]) * 1e3 + Number(m[3] ?? 0) : 0;
};
function planKubernetesUpgrade(cluster, lives) {
  const nodes = cluster.nodes.filter((n) => {
    const live = lives.get(n);
    return live !== void 0 && componentChanges(live, n.docs).length > 0;
  });
  if (nodes.length === 0) return void 0;
  const running = [...lives.values()].flatMap((docs) => ["kube-apiserver", "kubelet"].map((c) => componentImage(docs, c))).map(imageKubernetesVersion).filter((v) => v !== void 0).sort((a, b) => versionKey(a) - versionKey(b));
  return { from: running[0] ?? cluster.kubernetesVersion, to: cluster.kubernetesVersion, nodes };
}
function heldRender(node, live, cluster) {
  let docs = node.docs;
  for (const c of VERSIONED_COMPONENTS) {
    const running = componentImage(live, c);
    if (running === "" || running === componentImage(docs, c)) continue;
    docs = withComponentImage(docs, c, running) ?? docs;
  }
  return docs === node.docs ? node : { ...node, docs, text: encodeConfig(docs, cluster.contract) };
}
async function kubernetesPrechecks(plan, env) {
  const problems = [];
  if (!upgradePathSupported(plan.from, plan.to)) {
    problems.push(
      `unsupported upgrade path ${plan.from} → ${plan.to}: Kubernetes moves one minor version at a time`
    );
  }
  const target = env.cluster.talosVersion;
  const unsupported = kubernetesUnsupported(target, plan.to);
  if (unsupported) problems.push(unsupported);
  for (const [node, version] of env.talosVersions) {
    if (version === target) continue;
    const now = kubernetesUnsupported(target, plan.from);
    if (now) {
      problems.push(
        `${node.name} is upgraded to Talos ${target} first, which does not run the cluster's current Kubernetes (${now}): upgrade Kubernetes in a change of its own first`
      );
      break;
    }
  }
  for (const r of removedResources(plan.from, plan.to)) {
    const gv = `${r.group}/${r.version}`;
    const served = await env.kube.apiResources(gv);
    if (!served?.some((x) => x.name === r.resource)) continue;
    let items;
    try {
      items = (await env.kube.listResource(r.group, r.version, r.resource)).items;
    } catch (err) {
      if (err instanceof KubernetesApiError && err.kind === "not-found") continue;
      throw err;
    }
    if (items.length === 0) continue;
    const names = items.slice(0, 5).map((o) => `${o.metadata?.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata?.name}`);
    problems.push(
      `${items.length} ${r.resource}.${r.version}.${r.group} object(s) on an API Kubernetes ${plan.to} removes: ${names.join(", ")}${items.length > 5 ? ", …" : ""} (migrate them first)`
    );
  }
  return problems;
}
var StepFailure = class extends Error {
};
async function runKubernetesUpgrade(plan, env, report) {
  const { cluster, api } = env;
  const cps = cluster.nodes.filter((n) => n.role === "controlplane");
  const workers = cluster.nodes.filter((n) => n.role === "worker");
  const poll = { clock: env.clock, pollMs: Math.max(env.timing.pollInitialMs, 20) };
  const wakeFor = (name) => {
    const wake = env.kubeWatch?.wakeupFor(name);
    return wake ? { wake } : {};
  };
  const step = (name, node, detail) => {
    report.steps.push({ step: name, ...node ? { node: node.name } : {}, ...detail ? { detail } : {} });
    env.emit({
      type: "kubernetes-step",
      at: env.clock.now(),
      cluster: cluster.name,
      step: name,
      node: node?.name,
      detail
    });
  };
  const running = async (node) => {
    const [text, version] = await Promise.all([
      api.getMachineConfig(node.address),
      api.version(node.address)
    ]);
    const contract = contractOf(version.tag) ?? cluster.contract;
    return { docs: loadConfig(text, `running config of ${node.name}`, contract), version: version.tag };
  };
  const patch = async (node, components) => {
    const live = await running(node);
    let docs = live.docs;
    for (const c of components) {
      const target = componentImage(node.docs, c);
      if (target === "" || componentImage(docs, c) === target) continue;
      docs = withComponentImage(docs, c, target) ?? docs;
    }
    if (docs === live.docs) return false;
    const text = encodeConfig(docs, contractOf(live.version) ?? cluster.contract);
    await api.applyConfiguration(node.address, text, { mode: "no-reboot" });
    env.touched(node, `Kubernetes ${plan.from} → ${plan.to}`);
    const back = await waitUntilHealthy(
      env,
      node.address,
      { role: node.role, etcdMembers: cps.length, talosVersion: cluster.talosVersion },
      { timeoutMs: env.healthTimeoutMs }
    );
    if (!back.ok) throw new StepFailure(`${node.name}: ${back.reason}`);
    return true;
  };
  const k8sName = async (node) => {
    const n = await (env.kubeNodes ? env.kubeNodes.nodeOf(node) : kubernetesNodeOf(env.kube, node));
    if (!n?.metadata?.name) throw new StepFailure(`no Kubernetes node for ${node.name} (${node.address})`);
    return n.metadata.name;
  };
  try {
    for (const component of CONTROL_PLANE_COMPONENTS) {
      for (const cp of cps) {
        const target = componentImage(cp.docs, component);
        step(component, cp, target);
        if (!await patch(cp, [component])) continue;
        const name = await k8sName(cp);
        await waitForMirrorPod(env.kube, component, name, target, {
          ...poll,
          ...wakeFor(name),
          timeoutMs: env.healthTimeoutMs
        });
      }
      const bad = await env.gate(`after ${component}`);
      if (bad) throw new StepFailure(bad);
    }
    for (const cp of cps) {
      step("kube-proxy", cp, componentImage(cp.docs, "kube-proxy"));
      await patch(cp, ["kube-proxy"]);
    }
    const batches = cps.map((cp) => [cp]);
    for (let i = 0; i < workers.length; i += env.parallel) batches.push(workers.slice(i, i + env.parallel));
    for (const [b, batch] of batches.entries()) {
      await Promise.all(batch.map((n) => upgradeKubelet(n)));
      const bad = await env.gate(
        batch[0].role === "controlplane" ? `after kubelet ${batch[0].name}` : `after kubelet batch ${b + 1 - cps.length}`
      );
      if (bad) throw new StepFailure(bad);
    }
    step("manifests", cps[0]);
    const manifests = await api.bootstrapManifests(cps[0].address);
    const synced = await syncBootstrapManifests(env.kube, manifests, {
      ...poll,
      timeoutMs: env.healthTimeoutMs
    });
    report.manifests = synced.applied;
    if (!synced.ok) throw new StepFailure(synced.reason ?? "manifest sync failed");
    for (const n of cluster.nodes) {
      const text = await api.getMachineConfig(n.address);
      if (text !== n.text)
        throw new StepFailure(`${n.name}: the running config differs from the render after the upgrade`);
    }
    return { ok: true };
  } catch (err) {
    const reason = err instanceof StepFailure ? err.message : describeFailure(err, env.registry);
    return { ok: false, reason: env.registry.redact(reason) };
  }
  async function upgradeKubelet(node) {
    const target = componentImage(node.docs, "kubelet");
    step("kubelet", node, target);
    const live = await running(node);
    if (componentChanges(live.docs, node.docs).length === 0) return;
    const restarts = componentImage(live.docs, "kubelet") !== target;
    let cordoned;
    const name = await k8sName(node);
    if (restarts && cluster.rollout.drain !== false) {
      const drained = await drainNode(env.kube, name, {
        ...poll,
        ...wakeFor(name),
        timeoutMs: cluster.rollout.drainTimeoutMs ?? 5 * 6e4
      });
      if (!drained.ok) throw new StepFailure(`${node.name}: ${drained.reason ?? "drain failed"}`);
      if (drained.cordoned) cordoned = name;
    }
    await patch(node, VERSIONED_COMPONENTS);
    if (restarts) {
      await waitForKubelet(env.kube, name, imageKubernetesVersion(target) ?? "", {
        ...poll,
        ...wakeFor(name),
        timeoutMs: env.healthTimeoutMs
      });
    }
    if (cordoned) {
      const back = await uncordonWhenReady(env.kube, cordoned, {
        ...poll,
        ...wakeFor(cordoned),
        timeoutMs: env.healthTimeoutMs
      });
      if (!back.ok) throw new StepFailure(`${node.name}: ${back.reason}`);
    }
  }
}
async function waitForMirrorPod(kube, component, nodeName, image, opts) {
  const deadline = opts.clock.now() + opts.timeoutMs;
  let last = "no mirror pod";
  for (; ; ) {
    const seen = opts.wake?.seq;
    const pods = (await kube.listPods("kube-system", `k8s-app=${component}`)).items;
    const pod = pods.find((p) => p.spec?.nodeName === nodeName && !p.metadata?.deletionTimestamp);
    const running = pod?.spec?.containers?.[0]?.image;
    if (pod && running === image && readyStatus(pod) === "True") return;
    last = pod ? `${pod.metadata?.name} runs ${running}${readyStatus(pod) === "True" ? "" : ", not Ready"}` : last;
    if (opts.clock.now() >= deadline)
      throw new StepFailure(`${component} on ${nodeName} not Ready at ${image} in time (${last})`);
    await nap(opts, opts.pollMs, seen);
  }
}
async function waitForKubelet(kube, nodeName, version, opts) {
  const deadline = opts.clock.now() + opts.timeoutMs;
  for (; ; ) {
    const seen = opts.wake?.seq;
    const node = await kube.getNode(nodeName).catch(() => void 0);
    const got = node?.status?.nodeInfo?.kubeletVersion;
    if (node && got === version && readyStatus(node) === "True") return;
    if (opts.clock.now() >= deadline) {
      throw new StepFailure(
        `kubelet on ${nodeName}: ${got !== version ? `version ${got}, expected ${version}` : "node not Ready"} in time`
      );
    }
    await nap(opts, opts.pollMs, seen);
  }
}

// src/rollout/last-applied-drift.ts
var DRIFT_LABEL = "drift: the node runs something Git never had";
function lastAppliedDrift(lastApplied, node, live, registry) {
  if (lastApplied.hidden.length > 0) return void 0;
  const was = lastApplied.nodes.find((n) => n.name === node.name);
  if (!was) return void 0;
  const liveVersion = normalizeVersion(live.version);
  const gitVersion = normalizeVersion(lastApplied.talosVersion);
  const version = liveVersion !== gitVersion ? { live: liveVersion, git: gitVersion } : void 0;
  const where = `${lastApplied.name}/${node.name}`;
  const liveDocs = readLiveConfig(live.config, where, liveVersion, lastApplied.contract, registry);
  const config = !runsRender(live.config, liveDocs, was.text, lastApplied.contract);
  if (!config && !version) return void 0;
  const diff = config && liveDocs ? renderLiveDiff({
    name: `${where}.yaml`,
    render: was.docs,
    live: liveDocs,
    contract: lastApplied.contract,
    registry,
    direction: "live-to-git"
  }) : "";
  return {
    config,
    revert: diff,
    ...version ? { version } : {},
    ...config && !liveDocs ? {
      reason: "the running config could not be parsed, so its secrets cannot be recognised: the diff is withheld"
    } : {}
  };
}
function driftWhat(d) {
  const parts = [];
  if (d.version) parts.push(`runs Talos ${d.version.live}, the last applied commit says ${d.version.git}`);
  if (d.config) parts.push("its config differs from the last applied commit");
  return parts.join("; ");
}

// src/rollout/removal.ts
var CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane";
function peerHost(member) {
  for (const u of member.peerUrls) {
    try {
      return new URL(u).hostname.replace(/^\[|\]$/g, "");
    } catch {
    }
  }
  return "";
}
async function findRemoved(env, cluster, members, opts) {
  const cps = cluster.nodes.filter((n) => n.role === "controlplane");
  const removed = members.filter((m) => !cps.some((cp) => isMemberOf(m, cp))).map((m) => ({
    name: m.hostname || m.id.toString(16),
    address: peerHost(m),
    role: "controlplane",
    member: m
  }));
  const notes = [];
  let kube = env.kube;
  let access;
  if (!opts.kubernetes) {
    notes.push(
      "nodes removed from cluster.yaml were looked for among the etcd members only (rollout.drain is off)"
    );
    return { removed, notes };
  }
  if (!kube) {
    const made = KubernetesAccess.forCluster(cluster, env.kubernetes ?? {}, env.registry);
    if (!("error" in made)) {
      access = made;
      kube = made.client();
    }
  }
  try {
    if (!kube) throw new Error("no Kubernetes access");
    const nodes = (await kube.listNodes({ timeoutMs: env.timing.callTimeoutMs })).items;
    for (const k of nodes) {
      const name = k.metadata?.name ?? "";
      const addresses = (k.status?.addresses ?? []).map((a) => a.address);
      if (cluster.nodes.some((n) => n.name === name || addresses.includes(n.address))) continue;
      const internal = k.status?.addresses?.find((a) => a.type === "InternalIP")?.address ?? addresses[0] ?? "";
      const known = removed.find((r) => r.name === name || r.address && addresses.includes(r.address));
      if (known) {
        known.kubernetesNode = name;
        known.address ||= internal;
        continue;
      }
      removed.push({
        name,
        address: internal,
        role: CONTROL_PLANE_LABEL in (k.metadata?.labels ?? {}) ? "controlplane" : "worker",
        kubernetesNode: name
      });
    }
  } catch (err) {
    notes.push(
      `nodes removed from cluster.yaml were looked for among the etcd members only: the Kubernetes nodes could not be listed (${describeFailure(err, env.registry)})`
    );
  } finally {
    access?.close();
  }
  return { removed, notes };
}
var RemovalFailure = class extends Error {
};
async function removeNode(env, r) {
  const { cluster } = env;
  const result = { status: "failed", touched: false, rebooted: false, notes: [] };
  const step = stepEmitter(env, r.name);
  const staying = env.controlPlanes ?? cluster.nodes.filter((n) => n.role === "controlplane");
  let left = false;
  const reachable = r.address ? await env.api.version(r.address).then(
    () => true,
    () => false
  ) : false;
  try {
    if (r.member) {
      const members = env.etcdMembers ?? staying.length + 1;
      if (members <= 1 || staying.length === 0) {
        throw new RemovalFailure(`${r.name} is the cluster's last etcd member: it is never removed`);
      }
      await gateControlPlanes(env, staying[0], staying);
    }
    if (env.kube && r.kubernetesNode && cluster.rollout.drain !== false && reachable) {
      step("drain", r.kubernetesNode);
      const drained = await drainNode(env.kube, r.kubernetesNode, {
        timeoutMs: cluster.rollout.drainTimeoutMs ?? 5 * 6e4,
        clock: env.clock,
        pollMs: Math.max(env.timing.pollInitialMs, 50)
      });
      result.touched = true;
      if (!drained.ok) throw new RemovalFailure(drained.reason ?? `drain of ${r.kubernetesNode} failed`);
      result.notes.push(`drained: ${drained.evicted.length} pod(s) evicted`);
    }
    if (r.member) await leaveEtcd(env, r, reachable, step, result);
    left = true;
    if (reachable) {
      step("reset", "graceful, then into maintenance mode");
      await env.api.reset(r.address, { graceful: true, reboot: true });
      result.touched = true;
      result.rebooted = true;
      result.notes.push(await waitReset(env, r));
    } else {
      result.notes.push(
        r.address ? `not reachable at ${r.address}: not reset (wipe it before reusing it)` : "no address known: not reset (wipe it before reusing it)"
      );
    }
    if (r.kubernetesNode && env.kube) {
      step("delete-node", r.kubernetesNode);
      await env.kube.deleteNode(r.kubernetesNode).catch((err) => {
        if (!(err instanceof KubernetesApiError && err.kind === "not-found")) throw err;
      });
      result.notes.push(`Kubernetes node ${r.kubernetesNode} deleted`);
    } else if (r.kubernetesNode || r.role === "worker") {
      result.notes.push("Kubernetes node not deleted: no Kubernetes access (kubectl delete node by hand)");
    }
    result.status = "removed";
  } catch (err) {
    result.reason = err instanceof RemovalFailure ? env.registry.redact(err.message) : describeFailure(err, env.registry);
    if (!result.touched) result.reason += " (node not touched)";
    if (result.touched && !left && env.kube && r.kubernetesNode) {
      await env.kube.setUnschedulable(r.kubernetesNode, false).catch(() => void 0);
    }
  }
  return result;
}
async function leaveEtcd(env, r, reachable, step, result) {
  const staying = env.controlPlanes ?? [];
  const members = env.etcdMembers ?? staying.length + 1;
  step("etcd-member", `leaving (${members} → ${members - 1} members)`);
  try {
    if (reachable) {
      const status2 = await env.api.etcdStatus(r.address);
      if (status2.leader !== 0n && status2.leader === status2.memberId)
        await env.api.etcdForfeitLeadership(r.address);
      await env.api.etcdLeaveCluster(r.address);
    } else {
      await env.api.etcdRemoveMemberById(staying[0].address, r.member.id);
    }
  } catch (err) {
    throw new RemovalFailure(`${r.name} did not leave etcd: ${describeFailure(err, env.registry)}`);
  }
  result.touched = true;
  env.etcdMembers = members - 1;
  const checks = await Promise.all(
    staying.map(async (cp) => {
      const h = await checkNodeHealth(
        env.api,
        cp.address,
        { role: "controlplane", etcdMembers: members - 1 },
        env.registry
      );
      return { cp, h };
    })
  );
  const list = await env.api.etcdMemberList(staying[0].address);
  if (list.some((m) => m.id === r.member.id || isMemberOf(m, { name: r.name, address: r.address }))) {
    throw new RemovalFailure(`${r.name} is still an etcd member after leaving`);
  }
  const bad = checks.filter((c) => c.h.problems.length > 0);
  if (bad.length) {
    throw new RemovalFailure(
      `after ${r.name} left etcd: ${bad.map((b) => `${b.cp.name}: ${b.h.problems.join("; ")}`).join(" | ")}`
    );
  }
  result.notes.push(`left etcd (${members - 1} members)`);
}
async function waitReset(env, r) {
  const target = { name: r.name, address: r.address, role: r.role };
  let state = "configured";
  const outcome = await pollUntil(
    async () => {
      const configured = await env.api.version(r.address).then(
        () => true,
        () => false
      );
      state = configured ? "configured" : "down";
      if (configured) return { done: false, state, problems: ["still runs its config"] };
      if (env.maintenance && await probeMaintenance(env, target)) return { done: true, value: true };
      return { done: false, state, problems: ["resetting"] };
    },
    { timeoutMs: env.healthTimeoutMs, clock: env.clock, timing: env.timing }
  );
  if (outcome.ok) return "reset: wiped, back in maintenance mode";
  if (state === "down") return "reset: no longer answers with its config (not seen in maintenance mode)";
  throw new RemovalFailure(
    `the reset of ${r.name} did not take within the health timeout: ${outcome.problems.join("; ")}`
  );
}

// src/rollout/wakeup.ts
var Wakeup = class {
  /** Counts notifications: a waiter that saw another count before sleeping need not sleep. */
  seq = 0;
  /** Uids of the pods on this node the watch saw deleted (what is seen gone is gone; the rest is asked). */
  deletedPods = /* @__PURE__ */ new Set();
  pending;
  notify() {
    this.seq++;
    const p = this.pending;
    this.pending = void 0;
    p?.resolve();
  }
  /** Resolves at the next notification (one promise shared by every waiter until then). */
  next() {
    if (!this.pending) {
      let resolve;
      const promise = new Promise((r) => {
        resolve = r;
      });
      this.pending = { promise, resolve };
    }
    return this.pending.promise;
  }
  /** Sleeps `ms` on `clock`, or less if notified meanwhile; true when woken. */
  async sleep(clock, ms) {
    return Promise.race([clock.sleep(ms).then(() => false), this.next().then(() => true)]);
  }
};
var WATCH_SECONDS = 60;
var RETRY_MS = 500;
var KubernetesWatch = class {
  /** `kube` gives the client to watch with (asked again at each renewal: credentials are re-minted). */
  constructor(kube) {
    this.kube = kube;
  }
  kube;
  wakeups = /* @__PURE__ */ new Map();
  controller = new AbortController();
  started = false;
  /** The wakeup of a Kubernetes node (the watches start with the first one asked for). */
  wakeupFor(nodeName) {
    if (!this.started) {
      this.started = true;
      this.follow("/api/v1/nodes", (o) => o.metadata?.name);
      this.follow("/api/v1/pods", (o) => o.spec?.nodeName, true);
    }
    let w = this.wakeups.get(nodeName);
    if (!w) {
      w = new Wakeup();
      this.wakeups.set(nodeName, w);
    }
    return w;
  }
  stop() {
    this.controller.abort();
  }
  follow(path, nodeOf, pods = false) {
    const { signal } = this.controller;
    const loop = async () => {
      while (!signal.aborted) {
        try {
          await this.kube().watch(
            path,
            {},
            (event) => {
              if (event.type === "MODIFIED" || event.type === "DELETED") {
                const name = nodeOf(event.object);
                const w = name ? this.wakeups.get(name) : void 0;
                const uid = event.object.metadata?.uid;
                if (w && pods && event.type === "DELETED" && uid) w.deletedPods.add(uid);
                w?.notify();
              }
              return false;
            },
            { signal, timeoutSeconds: WATCH_SECONDS }
          );
        } catch {
          if (signal.aborted) return;
          await new Promise((r) => setTimeout(r, RETRY_MS));
        }
      }
    };
    void loop();
  }
};

// src/rollout/cluster.ts
var INSPECT_PARALLEL = 16;
var REASON_PROBLEMS = 3;
var INTERRUPTED = "interrupted";
function initialReport(cluster, n) {
  return {
    cluster: cluster.name,
    name: n.name,
    address: n.address,
    role: n.role,
    status: "not-reached",
    action: "unknown",
    talosVersion: { to: cluster.talosVersion },
    kubernetesVersion: { to: cluster.kubernetesVersion },
    impacts: [],
    rebooted: false,
    touched: false,
    notes: []
  };
}
async function read(env, node, address) {
  return Promise.all([
    checkNodeHealth(env.api, address, { role: node.role }, env.registry),
    env.api.getMachineConfig(address).then(
      (text) => ({ text }),
      (err) => ({ error: describeFailure(err, env.registry) })
    )
  ]);
}
async function inspect(env, node) {
  let [health, config] = await read(env, node, node.address);
  const former = env.formerAddresses?.[node.name];
  if (!health.reachable && former && former !== node.address) {
    const [h, c] = await read(env, node, former);
    if (h.reachable) {
      [health, config] = [h, c];
      env.where?.set(node.name, former);
    } else {
      health = {
        ...health,
        problems: [
          `unreachable at ${node.address} and at ${former}, its address at the last applied commit: ${h.problems.join("; ")}`
        ]
      };
    }
  }
  const problems = [...health.problems];
  if (health.version === void 0) {
    const maintenance = await probeMaintenance(env, node);
    if (maintenance) return { node, maintenance, problems: [] };
    return { node, problems };
  }
  if ("error" in config)
    return { node, problems: [...problems, `cannot read its running config: ${config.error}`] };
  return { node, live: { version: health.version, config: config.text }, problems };
}
function joinPlan(node) {
  return {
    node,
    action: "join",
    from: { talosVersion: "" },
    impacts: ["live"],
    reasons: [],
    talosReboots: false,
    explicitReboot: false,
    restartsKubelet: false,
    notes: ["new: joins the cluster (its first config goes over the maintenance API, unauthenticated)"]
  };
}
async function clusterEtcd(env, inspections) {
  const cps = inspections.filter((i) => i.node.role === "controlplane");
  const running = cps.filter((i) => i.live).map((i) => i.node);
  for (const cp of running) {
    try {
      const members = await env.api.etcdMemberList(cp.address);
      if (members.some((m) => !m.isLearner)) return { kind: "members", members };
    } catch {
    }
  }
  const silent = cps.find((i) => !i.live && !i.maintenance);
  for (const cp of running) {
    const data = await etcdDataOf(env, cp);
    if ("unknown" in data) return { kind: "unknown", reason: `${cp.name}: ${data.unknown}` };
    if (data.data)
      return { kind: "unknown", reason: `${cp.name} has etcd data but no control plane lists members` };
  }
  if (silent)
    return { kind: "unknown", reason: `${silent.node.name} cannot be asked whether it has etcd data` };
  return { kind: "none" };
}
function summarize(problems) {
  const more = problems.length > REASON_PROBLEMS ? ` (and ${problems.length - REASON_PROBLEMS} more)` : "";
  return problems.slice(0, REASON_PROBLEMS).join("; ") + more;
}
async function runCluster(cluster, env) {
  const { clock } = env;
  const started = clock.now();
  const reports = new Map(cluster.nodes.map((n) => [n, initialReport(cluster, n)]));
  const report = {
    name: cluster.name,
    stage: env.stage,
    status: "not-reached",
    preflight: [],
    nodes: [...reports.values()],
    startedAt: new Date(started).toISOString()
  };
  const finish = (status2, reason) => {
    const ended = clock.now();
    report.status = status2;
    if (reason) report.reason = env.registry.redact(reason);
    report.endedAt = new Date(ended).toISOString();
    report.durationMs = ended - started;
    env.emit({ type: "cluster-done", at: ended, cluster: cluster.name, status: status2, reason: report.reason });
    return report;
  };
  env.emit({
    type: "cluster-start",
    at: started,
    cluster: cluster.name,
    stage: env.stage,
    nodes: cluster.nodes.map((n) => n.name)
  });
  if (cluster.hidden.length > 0) {
    return finish(
      "failed",
      `rendered without its secrets (${cluster.hidden.join(", ")}): such a render is never applied`
    );
  }
  const plans = /* @__PURE__ */ new Map();
  const lives = /* @__PURE__ */ new Map();
  const talosVersions = /* @__PURE__ */ new Map();
  const inspections = await mapLimit(cluster.nodes, INSPECT_PARALLEL, async (n) => {
    const inspection = await inspect(env, n);
    if (inspection.maintenance) {
      const plan2 = joinPlan(n);
      if (env.dryRun) {
        const rejected = await checkFirstConfig(env, n);
        if (rejected) plan2.refusal = rejected;
      }
      plans.set(n, plan2);
      const r2 = reports.get(n);
      r2.action = "join";
      r2.talosVersion.from = inspection.maintenance;
      r2.impacts = plan2.impacts;
      r2.notes.push(...plan2.notes);
      return inspection;
    }
    if (!inspection.live) return inspection;
    const liveVersion = normalizeVersion(inspection.live.version);
    talosVersions.set(n, liveVersion);
    let liveDocs;
    try {
      liveDocs = loadConfig(
        inspection.live.config,
        `live config of ${cluster.name}/${n.name}`,
        contractOf(liveVersion) ?? cluster.contract
      );
      lives.set(n, liveDocs);
    } catch {
    }
    let plan;
    try {
      const target = liveDocs ? heldRender(n, liveDocs, cluster) : n;
      plan = await planNode(cluster, target, inspection.live, {
        api: env.api,
        registry: env.registry,
        withDiff: env.dryRun,
        address: currentAddress(env, n)
      });
    } catch (err) {
      inspection.problems.push(`cannot plan it: ${describeFailure(err, env.registry)}`);
      return inspection;
    }
    plans.set(n, plan);
    const r = reports.get(n);
    r.action = plan.action;
    r.talosVersion.from = plan.from.talosVersion;
    r.kubernetesVersion.from = plan.from.kubernetesVersion;
    r.impacts = plan.impacts;
    const at = currentAddress(env, n);
    if (at !== n.address) {
      r.notes.push(`moves: reached at ${at} (its address at the last applied commit), then at ${n.address}`);
    }
    r.notes.push(...plan.notes);
    if (plan.dryRun) r.dryRun = plan.dryRun;
    if (env.dryRun && env.lastApplied && plan.action !== "none") {
      const drift = lastAppliedDrift(env.lastApplied, n, inspection.live, env.registry);
      if (drift) r.drift = drift;
    }
    if (plan.action === "none") r.status = "unchanged";
    return inspection;
  });
  const etcd = await clusterEtcd(env, inspections);
  if (etcd.kind === "none") {
    return bringUp(env, cluster, { inspections, plans, reports, report, finish });
  }
  report.preflight = inspections.flatMap(
    (i) => i.problems.map((p) => env.registry.redact(`${i.node.name}: ${p}`))
  );
  const joining = new Set(inspections.filter((i) => i.maintenance).map((i) => i.node));
  const running = cluster.nodes.filter((n) => n.role === "controlplane" && !joining.has(n));
  if (etcd.kind === "unknown") report.preflight.push(env.registry.redact(`etcd: ${etcd.reason}`));
  else {
    for (const cp of running) {
      const member = etcd.members.find((m) => isMemberOf(m, cp));
      if (!member) report.preflight.push(`${cp.name}: not an etcd member`);
      else if (member.isLearner) report.preflight.push(`${cp.name}: still an etcd learner`);
    }
    env.etcdMembers = etcd.members.length;
  }
  env.controlPlanes = running;
  env.pending = new Set(joining);
  const changed = cluster.nodes.filter((n) => plans.get(n) && plans.get(n).action !== "none");
  const unknown = cluster.nodes.filter((n) => !plans.has(n));
  const removeNodes = cluster.rollout.removeNodes === true;
  const found = etcd.kind === "members" ? await findRemoved(env, cluster, etcd.members, {
    kubernetes: removeNodes || cluster.rollout.drain !== false
  }) : void 0;
  const removals = /* @__PURE__ */ new Map();
  for (const r of found?.removed ?? []) {
    const rep = removedReport(cluster, r, removeNodes);
    report.nodes.push(rep);
    if (removeNodes) removals.set(r, rep);
  }
  if (found?.notes.length) report.notes = found.notes.map((n) => env.registry.redact(n));
  if (removals.size > 0 && running.length === 0 && [...removals.keys()].some((r) => r.member)) {
    report.preflight.push(
      "removing the control planes not listed would leave etcd without a member: never done"
    );
  }
  const kubernetes = unknown.length === 0 ? planKubernetesUpgrade(cluster, lives) : void 0;
  if (kubernetes) {
    report.kubernetes = { from: kubernetes.from, to: kubernetes.to, precheck: [], steps: [] };
    for (const n of kubernetes.nodes) {
      const r = reports.get(n);
      r.notes.push(`Kubernetes ${kubernetes.from} → ${kubernetes.to} (upgrade-k8s order, after the config)`);
      r.impacts = [...r.impacts.filter((i) => i !== "none"), "kubernetes-upgrade"];
      if (r.status === "unchanged") r.status = env.dryRun ? "planned" : "not-reached";
    }
  }
  env.emit({
    type: "cluster-planned",
    at: clock.now(),
    cluster: cluster.name,
    changes: [
      ...changed.map((n) => ({ node: n.name, action: plans.get(n).action })),
      ...[...removals.keys()].map((r) => ({ node: r.name, action: "remove" }))
    ],
    preflight: report.preflight
  });
  if (changed.length === 0 && unknown.length === 0 && !kubernetes && removals.size === 0)
    return finish("unchanged");
  if (report.preflight.length > 0) {
    for (const n of [...changed, ...unknown]) reports.get(n).status = "skipped-unhealthy-cluster";
    for (const rep of removals.values()) rep.status = "skipped-unhealthy-cluster";
    return finish("skipped-unhealthy", `preflight: ${summarize(report.preflight)}`);
  }
  for (const rep of removals.values()) rep.status = env.dryRun ? "planned" : "not-reached";
  let parallel;
  try {
    parallel = workerParallelism(
      cluster.rollout.workersMaxParallel,
      cluster.nodes.filter((n) => n.role === "worker").length
    );
  } catch (err) {
    return finish("failed", describeFailure(err, env.registry));
  }
  const refused = changed.filter((n) => plans.get(n).refusal);
  for (const n of changed) reports.get(n).status = env.dryRun ? "planned" : "not-reached";
  for (const n of refused) {
    const r = reports.get(n);
    r.status = "failed";
    r.reason = env.registry.redact(`${plans.get(n).refusal} (node not touched)`);
  }
  if (refused.length > 0) {
    return finish("failed", `${refused[0].name}: ${reports.get(refused[0]).reason}`);
  }
  if (env.dryRun) return finish("planned");
  let access;
  let watch;
  const needsKubernetes = cluster.rollout.drain !== false || kubernetes !== void 0;
  const made = KubernetesAccess.forCluster(cluster, env.kubernetes ?? {}, env.registry);
  if ("error" in made) {
    if (needsKubernetes) return finish("failed", `${made.error} (nothing was touched)`);
  } else {
    access = made;
    try {
      await access.client().listNodes({ timeoutMs: env.timing.callTimeoutMs, query: { limit: 1 } });
      const kube = access.client();
      env = { ...env, kube, kubeNodes: new KubernetesNodeList(kube) };
      const live = access;
      watch = new KubernetesWatch(() => live.client());
      env.kubeWatch = watch;
    } catch (err) {
      access.close();
      access = void 0;
      if (needsKubernetes) {
        const why = kubernetes ? "to upgrade Kubernetes" : "to drain nodes; give a kubeconfig or set rollout.drain: false";
        return finish(
          "failed",
          `cannot reach the Kubernetes API (${made.source}) ${why}: ${describeFailure(err, env.registry)} (nothing was touched)`
        );
      }
    }
  }
  try {
    if (kubernetes && env.kube) {
      const problems = await kubernetesPrechecks(kubernetes, {
        cluster,
        kube: env.kube,
        talosVersions
      }).catch((err) => [`pre-check failed: ${describeFailure(err, env.registry)}`]);
      if (problems.length) {
        report.kubernetes.precheck = problems.map((p) => env.registry.redact(p));
        return finish(
          "failed",
          `Kubernetes upgrade ${kubernetes.from} → ${kubernetes.to} refused (nothing was touched): ${summarize(problems)}`
        );
      }
    }
    const gate = gateRunner(cluster, env, report);
    let stopped = await rollChanged(
      cluster,
      env,
      plans,
      changed,
      parallel,
      reports,
      gate,
      !kubernetes && removals.size === 0
    );
    stopped ??= await removeUnlisted(env, removals, gate, !kubernetes);
    if (stopped === void 0 && kubernetes && env.kube) {
      stopped = await upgradeKubernetes(
        kubernetes,
        { ...env, kube: env.kube },
        parallel,
        reports,
        gate,
        report
      );
      stopped ??= await gate("after");
    }
    return stopped ? finish("failed", stopped) : finish("done");
  } finally {
    watch?.stop();
    access?.close();
  }
}
function gateRunner(cluster, env, report) {
  report.gates = [];
  return async (point) => {
    env.kubeNodes?.renew();
    const results = await runGates(
      {
        api: env.api,
        kube: env.kube,
        ...env.kubeNodes ? { onNodeList: (nodes) => env.kubeNodes?.renew(nodes) } : {},
        cluster,
        // the cluster as it is now: nodes still waiting to join are not in it yet
        nodes: cluster.nodes.filter((n) => !env.pending?.has(n)),
        etcdMembers: env.etcdMembers,
        registry: env.registry,
        clock: env.clock,
        pollMs: Math.max(env.timing.pollInitialMs, 20),
        timeoutMs: env.healthTimeoutMs,
        cwd: env.cwd,
        ...env.where ? { where: env.where } : {}
      },
      point
    );
    for (const r of results) {
      report.gates.push(r);
      env.emit({ type: "gate", at: env.clock.now(), cluster: cluster.name, result: r });
    }
    const bad = results.find((r) => !r.ok);
    return bad ? `gate ${bad.name} failed (${bad.point}): ${bad.detail}` : void 0;
  };
}
async function upgradeKubernetes(plan, env, parallel, reports, gate, report) {
  const outcome = await runKubernetesUpgrade(
    plan,
    {
      ...env,
      parallel,
      gate,
      touched: (node, note) => {
        const r = reports.get(node);
        r.touched = true;
        if (r.status === "not-reached" || r.status === "unchanged") r.status = "applied";
        if (!r.notes.includes(note)) r.notes.push(note);
      }
    },
    report.kubernetes
  );
  if (outcome.ok) {
    for (const n of plan.nodes) {
      const r = reports.get(n);
      if (r.status === "not-reached") r.status = "applied";
    }
    return void 0;
  }
  return `Kubernetes upgrade ${plan.from} → ${plan.to}: ${outcome.reason}`;
}
async function rollChanged(cluster, env, plans, changed, parallel, reports, gate, last) {
  const runOne = async (plan) => {
    const r = reports.get(plan.node) ?? [...reports.values()].find((x) => x.name === plan.node.name);
    return timedNode(
      env,
      r,
      plan.node,
      plan.action,
      () => plan.action === "join" ? joinNode(env, plan) : rollNode(env, plan)
    );
  };
  let stopped;
  const interrupted = (next) => {
    if (env.signal?.aborted) stopped = `${INTERRUPTED} before ${next.name} was started`;
    return stopped !== void 0;
  };
  const joining = new Set(env.pending ?? []);
  const running = env.controlPlanes ?? cluster.nodes.filter((n) => n.role === "controlplane");
  const cps = changed.filter((n) => n.role === "controlplane" && !joining.has(n)).map((n) => plans.get(n));
  const leaderAt = cps.length > 1 ? await etcdLeader(
    env.api,
    running.map((n) => ({ ...n, address: currentAddress(env, n) }))
  ) : void 0;
  const leader = running.find((n) => n.name === leaderAt?.name);
  const newCps = changed.filter((n) => n.role === "controlplane" && joining.has(n)).map((n) => plans.get(n));
  const workers = changed.filter((n) => n.role === "worker").map((n) => plans.get(n));
  const steps = [...controlPlaneOrder(cps, leader), ...newCps].map(
    (p) => ({
      label: p.node.name,
      plans: [p]
    })
  );
  for (let i = 0, b = 1; i < workers.length; i += parallel, b++) {
    steps.push({ label: `batch ${b}`, plans: workers.slice(i, i + parallel) });
  }
  stopped = await gate("before");
  for (let s = 0; s < steps.length && stopped === void 0; s++) {
    const { label, plans: batch } = steps[s];
    if (interrupted(batch[0].node)) break;
    const results = await Promise.all(batch.map(runOne));
    const bad = results.findIndex((r) => r.status === "failed");
    if (bad >= 0) stopped = `${batch[bad].node.name}: ${results[bad].reason ?? "failed"}`;
    else stopped = await gate(s === steps.length - 1 && last ? "after" : `after ${label}`);
  }
  return stopped;
}
async function removeUnlisted(env, removals, gate, last) {
  let stopped;
  for (const [r, rep] of removals) {
    if (env.signal?.aborted) {
      stopped = `${INTERRUPTED} before ${r.name} was removed`;
      break;
    }
    const result = await timedNode(env, rep, r, "remove", () => removeNode(env, r));
    if (result.status === "failed") {
      stopped = `${r.name}: ${result.reason ?? "failed"}`;
      break;
    }
    stopped = await gate(last && [...removals.keys()].at(-1) === r ? "after" : `after removing ${r.name}`);
    if (stopped !== void 0) break;
  }
  return stopped;
}
function removedReport(cluster, r, removeNodes) {
  return {
    cluster: cluster.name,
    name: r.name,
    address: r.address,
    role: r.role,
    status: "kept",
    action: "remove",
    talosVersion: { to: cluster.talosVersion },
    kubernetesVersion: { to: cluster.kubernetesVersion },
    impacts: [],
    rebooted: false,
    touched: false,
    notes: [
      removeNodes ? "no longer in cluster.yaml: drained, out of etcd, reset and its Kubernetes node deleted (rollout.removeNodes)" : "no longer in cluster.yaml: left running (rollout.removeNodes: true removes it)"
    ]
  };
}
async function timedNode(env, rep, node, action, run) {
  const t0 = env.clock.now();
  rep.startedAt = new Date(t0).toISOString();
  const at = { cluster: env.cluster.name, node: node.name };
  env.emit({ type: "node-start", at: t0, ...at, role: node.role, action });
  const result = await run();
  const t1 = env.clock.now();
  Object.assign(rep, {
    status: result.status,
    touched: result.touched,
    rebooted: result.rebooted,
    endedAt: new Date(t1).toISOString(),
    durationMs: t1 - t0
  });
  if (result.applyMode) rep.applyMode = result.applyMode;
  if (result.reason) rep.reason = result.reason;
  if (result.detail) rep.detail = result.detail;
  rep.notes.push(...result.notes);
  env.emit({
    type: "node-done",
    at: t1,
    ...at,
    status: result.status,
    durationMs: t1 - t0,
    reason: result.reason
  });
  return result;
}

// src/rollout/snapshot.ts
var TOUCHING = /* @__PURE__ */ new Set(["upgrade", "apply", "first-config", "reboot"]);
var rebootStep = (s) => s.step === "reboot" || s.step === "upgrade" || s.step === "wait-healthy" && /reboot expected/.test(s.detail ?? "");
function interruptedReason(track, action) {
  const seen = new Set(track.steps.map((s) => s.step));
  const last = track.steps.at(-1);
  const rebooting = last !== void 0 && rebootStep(last);
  const upgrades = action === "upgrade" || action === "upgrade+config";
  const configures = action === "config" || action === "upgrade+config";
  const left = [];
  if (upgrades && !seen.has("upgrade")) left.push("upgrade Talos");
  if (configures && !seen.has("apply")) left.push("apply the config");
  if (action === "join" && !seen.has("first-config")) left.push("send the first config");
  if (!seen.has("verify") && last?.step !== "uncordon") left.push("wait until it is healthy");
  if (configures && !seen.has("verify")) left.push("check the running config");
  const drain = track.steps.find((s) => s.step === "drain");
  if (drain && !seen.has("uncordon")) left.push(`uncordon ${drain.detail ?? "it"} in Kubernetes`);
  else if (last?.step === "uncordon") left.push(`see ${last.detail ?? "it"} Ready in Kubernetes`);
  const what = rebooting ? `mid-reboot (${last.step === "upgrade" ? "Talos was upgrading it" : "it was rebooting into the new config"})` : last ? `at step ${last.step}${last.detail ? ` (${last.detail})` : ""}` : "as it started";
  const touched = track.steps.some((s) => TOUCHING.has(s.step));
  return `${INTERRUPTED} ${what}; ${touched ? "it was changed" : "it was not changed yet"}` + (left.length ? `; still to do: ${left.join(", ")}` : "");
}
var RolloutTracker = class {
  clusters = /* @__PURE__ */ new Map();
  stagesDone = /* @__PURE__ */ new Map();
  cluster(name) {
    let c = this.clusters.get(name);
    if (!c) {
      c = { started: false, plannedSeen: false, planned: /* @__PURE__ */ new Map(), nodes: /* @__PURE__ */ new Map() };
      this.clusters.set(name, c);
    }
    return c;
  }
  node(cluster, name) {
    const c = this.cluster(cluster);
    let n = c.nodes.get(name);
    if (!n) {
      n = { steps: [] };
      c.nodes.set(name, n);
    }
    return n;
  }
  onEvent(e) {
    switch (e.type) {
      case "cluster-start":
        this.cluster(e.cluster).started = true;
        break;
      case "cluster-planned":
        this.cluster(e.cluster).plannedSeen = true;
        for (const ch of e.changes) this.cluster(e.cluster).planned.set(ch.node, ch.action);
        break;
      case "node-start": {
        const n = this.node(e.cluster, e.node);
        n.action = e.action;
        n.startedAt = e.at;
        break;
      }
      case "node-step":
        this.node(e.cluster, e.node).steps.push({ step: e.step, ...e.detail ? { detail: e.detail } : {} });
        break;
      case "node-done":
        this.node(e.cluster, e.node).done = {
          status: e.status,
          durationMs: e.durationMs,
          at: e.at,
          ...e.reason ? { reason: e.reason } : {}
        };
        break;
      case "cluster-done":
        this.cluster(e.cluster).done = { status: e.status, ...e.reason ? { reason: e.reason } : {} };
        break;
      case "stage-done":
        this.stagesDone.set(e.stage, e.status);
        break;
      default:
    }
  }
  /** The nodes started and not done: the ones a hard stop leaves in flight. */
  inFlight() {
    const out = [];
    for (const [cluster, c] of this.clusters)
      for (const [node, n] of c.nodes) if (n.startedAt !== void 0 && !n.done) out.push({ cluster, node });
    return out;
  }
  nodeReport(cluster, c, node) {
    const r = initialReport(cluster, node);
    const t = c?.nodes.get(node.name);
    const action = t?.action ?? c?.planned.get(node.name);
    if (action) r.action = action;
    if (c?.plannedSeen && !action) {
      r.status = "unchanged";
      r.action = "none";
    }
    if (!t) return r;
    r.touched = t.steps.some((s) => TOUCHING.has(s.step));
    r.rebooted = t.steps.some(rebootStep);
    if (t.startedAt !== void 0) r.startedAt = new Date(t.startedAt).toISOString();
    if (t.done) {
      r.status = t.done.status;
      if (t.done.reason) r.reason = t.done.reason;
      r.durationMs = t.done.durationMs;
      r.endedAt = new Date(t.done.at).toISOString();
    } else if (t.startedAt !== void 0) {
      r.status = "interrupted";
      r.reason = interruptedReason(t, r.action);
    }
    return r;
  }
  /**
   * The report as of `now`, for the stages in their rollout order. Clusters with nodes in flight
   * are failed (interrupted), unstarted ones not reached; the halt names the first node in flight.
   */
  snapshot(opts) {
    const stages = [];
    let halted;
    for (const group of opts.stages) {
      const clusters = group.clusters.map((cluster) => {
        const c = this.clusters.get(cluster.name);
        const nodes = cluster.nodes.map((n) => this.nodeReport(cluster, c, n));
        const flying = nodes.filter((n) => n.status === "interrupted");
        const report = {
          name: cluster.name,
          stage: group.stage,
          status: "not-reached",
          preflight: [],
          nodes
        };
        if (c?.done) {
          report.status = c.done.status;
          if (c.done.reason) report.reason = c.done.reason;
        } else if (c?.started) {
          report.status = "failed";
          report.reason = flying.length ? `${INTERRUPTED} with ${flying.map((n) => n.name).join(", ")} in flight` : `${INTERRUPTED} before its next node was started`;
        } else report.reason = `${INTERRUPTED} before this cluster was started`;
        if (!halted && report.status === "failed") {
          const node = flying[0] ?? nodes.find((n) => n.status === "failed");
          const next = node ?? nodes.find((n) => n.status === "not-reached" && n.action !== "none");
          halted = {
            stage: group.stage,
            cluster: cluster.name,
            ...node ? { node: node.name } : {},
            reason: report.reason ?? INTERRUPTED,
            ...next ? { resumeFrom: next.name } : {}
          };
        }
        return report;
      });
      const done = this.stagesDone.get(group.stage);
      const status2 = done ?? (clusters.some((c) => c.status === "failed") ? "failed" : clusters.every((c) => c.status === "not-reached") ? "not-reached" : "failed");
      stages.push({ name: group.stage, status: status2, clusters });
    }
    halted ??= {
      stage: opts.stages[0]?.stage ?? "",
      cluster: opts.stages[0]?.clusters[0]?.name ?? "",
      reason: `${INTERRUPTED} before any cluster was started`
    };
    return {
      version: 1,
      dryRun: opts.dryRun,
      status: "failed",
      halted,
      stages,
      startedAt: new Date(opts.startedAt).toISOString(),
      endedAt: new Date(opts.now).toISOString(),
      durationMs: opts.now - opts.startedAt
    };
  }
};

// src/rollout/types.ts
var DEFAULT_TIMING = {
  // Soon after an action, then backing off: a reboot takes minutes, a live apply a moment.
  pollInitialMs: 250,
  pollMaxMs: 5e3,
  pollFactor: 1.6,
  pollWaitedFraction: 0.05,
  pollUnreachableMs: 50,
  callTimeoutMs: 15e3,
  maxParallelClusters: 4
};

// src/rollout/rollout.ts
function lastAppliedOf(opts, cluster) {
  const was = opts.dryRun ? opts.lastApplied?.clusters.find((c) => c.name === cluster.name) : void 0;
  return was ? { lastApplied: was } : {};
}
function clusterClient(talosconfig, cluster, timing, file) {
  return TalosClient.fromTalosconfig(talosconfig, {
    context: talosconfig.contexts[cluster.name] ? cluster.name : void 0,
    file,
    deadlineMs: timing.callTimeoutMs,
    // The rollout polls with its own backoff; the client's retries would only blur its timing.
    retries: 0
  });
}
function notReached(cluster) {
  return {
    name: cluster.name,
    stage: cluster.stage,
    status: "not-reached",
    preflight: [],
    nodes: cluster.nodes.map((n) => initialReport(cluster, n))
  };
}
var FAILED_CLUSTER = /* @__PURE__ */ new Set(["failed", "skipped-unhealthy"]);
async function runRollout(opts) {
  const clock = opts.clock ?? realClock;
  const timing = { ...DEFAULT_TIMING, ...opts.timing };
  const dryRun = opts.dryRun ?? false;
  const tracker = new RolloutTracker();
  const emit = (event) => {
    tracker.onEvent(event);
    try {
      opts.progress?.onEvent(event);
    } catch {
    }
  };
  const started = clock.now();
  const groups = orderStages(opts.fleet.clusters, opts.stagesOrder);
  emit({ type: "rollout-start", at: started, dryRun, stages: groups.map((g) => g.stage) });
  const run = roll(opts, { groups, emit, clock, timing, started });
  const stop = opts.stop;
  if (!stop) return run;
  run.catch(() => void 0);
  let onStop;
  const stopped = new Promise((resolve) => {
    onStop = () => {
      const report = tracker.snapshot({ stages: groups, dryRun, startedAt: started, now: clock.now() });
      emit({ type: "rollout-done", at: report.durationMs + started, report });
      resolve(report);
    };
    if (stop.aborted) onStop();
    else stop.addEventListener("abort", onStop, { once: true });
  });
  try {
    return await Promise.race([run, stopped]);
  } finally {
    if (onStop) stop.removeEventListener("abort", onStop);
  }
}
async function roll(opts, env) {
  const { groups, emit, clock, timing, started } = env;
  const dryRun = opts.dryRun ?? false;
  const { registry } = opts;
  const stages = [];
  let halted;
  for (const group of groups) {
    if (opts.signal?.aborted && !halted) {
      halted = {
        stage: group.stage,
        cluster: group.clusters[0].name,
        reason: `${INTERRUPTED} before stage ${group.stage}`
      };
    }
    if (halted && !dryRun) {
      stages.push({ name: group.stage, status: "not-reached", clusters: group.clusters.map(notReached) });
      continue;
    }
    emit({
      type: "stage-start",
      at: clock.now(),
      stage: group.stage,
      clusters: group.clusters.map((c) => c.name)
    });
    const clusters = await mapLimit(group.clusters, timing.maxParallelClusters, async (cluster) => {
      if (opts.signal?.aborted) {
        const r = notReached(cluster);
        r.reason = `${INTERRUPTED} before this cluster was started`;
        return r;
      }
      const refusal = opts.refused?.get(cluster.name);
      if (refusal !== void 0) {
        const r = notReached(cluster);
        r.status = "failed";
        r.reason = registry.redact(refusal);
        emit({
          type: "cluster-done",
          at: clock.now(),
          cluster: cluster.name,
          status: "failed",
          reason: r.reason
        });
        return r;
      }
      let api;
      try {
        api = opts.clientFor?.(cluster) ?? clusterClient(opts.talosconfig, cluster, timing, opts.talosconfigFile);
      } catch (err) {
        const r = notReached(cluster);
        r.status = "failed";
        r.reason = `cannot reach the cluster: ${describeFailure(err, registry)}`;
        emit({
          type: "cluster-done",
          at: clock.now(),
          cluster: cluster.name,
          status: "failed",
          reason: r.reason
        });
        return r;
      }
      try {
        return await runCluster(cluster, {
          api,
          cluster,
          stage: group.stage,
          dryRun,
          registry,
          clock,
          timing,
          healthTimeoutMs: timing.healthTimeoutMs ?? cluster.rollout.healthTimeoutMs,
          emit,
          signal: opts.signal,
          kubernetes: { timeoutMs: timing.callTimeoutMs, ...opts.kubernetes },
          cwd: opts.cwd ?? process.cwd(),
          maintenance: (node) => TalosClient.maintenance(
            opts.maintenanceEndpoint?.(cluster, node) ?? defaultMaintenanceEndpoint(node),
            { deadlineMs: timing.callTimeoutMs, retries: 0 }
          ),
          where: /* @__PURE__ */ new Map(),
          ...opts.formerAddresses?.[cluster.name] ? { formerAddresses: opts.formerAddresses[cluster.name] } : {},
          ...lastAppliedOf(opts, cluster)
        });
      } finally {
        api.close();
      }
    });
    const failed = clusters.filter(
      (c) => FAILED_CLUSTER.has(c.status) || c.status === "not-reached" && c.reason?.startsWith(INTERRUPTED)
    );
    const status2 = failed.length ? "failed" : dryRun ? "planned" : "done";
    stages.push({ name: group.stage, status: status2, clusters });
    emit({ type: "stage-done", at: clock.now(), stage: group.stage, status: status2 });
    if (failed.length && !halted) {
      const first = failed[0];
      const node = first.nodes.find((n) => n.status === "failed");
      const next = node ?? first.nodes.find((n) => n.status === "not-reached" && n.action !== "none" && n.action !== "unknown");
      halted = {
        stage: group.stage,
        cluster: first.name,
        node: node?.name,
        reason: first.reason ?? "failed",
        ...next ? { resumeFrom: next.name } : {}
      };
    }
  }
  const ended = clock.now();
  const report = {
    version: 1,
    dryRun,
    status: halted ? "failed" : "succeeded",
    ...halted ? { halted } : {},
    stages,
    startedAt: new Date(started).toISOString(),
    endedAt: new Date(ended).toISOString(),
    durationMs: ended - started
  };
  emit({ type: "rollout-done", at: ended, report });
  return report;
}
function rolloutExitCode(report) {
  return report.status === "succeeded" ? 0 : 1;
}

export {
  mapLimit,
  readLiveConfig,
  runsRender,
  renderLiveDiff,
  describeFailure,
  normalizeVersion,
  DRIFT_LABEL,
  driftWhat,
  formatMs,
  DEFAULT_TIMING,
  clusterClient,
  runRollout,
  rolloutExitCode
};
