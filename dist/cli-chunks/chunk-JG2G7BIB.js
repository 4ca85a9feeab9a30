import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  componentImage,
  controllerOf,
  imageKubernetesVersion,
  mintAdminCredential
} from "./chunk-RCIUOHUT.js";
import {
  SENSITIVE_RESOURCE_TYPES,
  encodeMessage,
  grpcServiceDefinition,
  isAuthorized,
  makeContext,
  require_src,
  rolesFor,
  rolesFromOrganizations,
  talosSchema,
  toStruct,
  writeTalosconfig
} from "./chunk-B3AFNTAU.js";
import {
  immediateApplyBlockers,
  kubeletRestarts,
  structuredPatch
} from "./chunk-QPDLO3DF.js";
import {
  machineTypeOf,
  staticAddresses
} from "./chunk-6ANQTNRN.js";
import {
  MACHINE_STAGES,
  dateToTimestamp,
  formatPath,
  imageTag,
  installerImage
} from "./chunk-BEKQC6IL.js";
import {
  KINDS,
  V1ALPHA1_DOCUMENT_KEYS,
  asStr,
  emitDocument,
  loadConfig,
  scalar
} from "./chunk-N2UEE4T7.js";
import {
  createTalosOsCa,
  issueClientCertificate,
  issueServerCertificate
} from "./chunk-AAVGJGMG.js";
import {
  parseCertificate,
  toStandardKeyPem
} from "./chunk-S72DQVPL.js";
import {
  CONTRACTS,
  contractForVersion,
  contractOf,
  require_dist
} from "./chunk-NI2UPSBJ.js";
import {
  describeError
} from "./chunk-4MQPINWT.js";
import {
  __toESM
} from "./chunk-ZD72TYB7.js";

// src/simulator/default-hooks.ts
var import_yaml = __toESM(require_dist(), 1);

// src/simulator/version.ts
function parseTalosVersion(tag) {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(tag.trim());
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}
function atLeast(tag, major, minor) {
  const v = parseTalosVersion(tag);
  if (!v) return false;
  return v.major > major || v.major === major && v.minor >= minor;
}
var appliesWithoutReboot = (tag) => atLeast(tag, 1, 14);

// src/simulator/default-hooks.ts
function parseConfigDocuments(yaml) {
  const errors = [];
  const docs = [];
  for (const doc of (0, import_yaml.parseAllDocuments)(yaml)) {
    if (doc.errors.length) {
      errors.push(...doc.errors.map((e) => e.message.split("\n")[0]));
      continue;
    }
    const value = doc.toJS();
    if (value !== null && value !== void 0) docs.push(value);
  }
  return { docs, errors };
}
function v1alpha1Document(yaml) {
  const { docs } = parseConfigDocuments(yaml);
  return docs.find(
    (d) => !!d && typeof d === "object" && !("kind" in d) && V1ALPHA1_DOCUMENT_KEYS.some((k) => k in d)
  );
}
function nearestContract(talosVersion) {
  const own = contractForVersion(talosVersion)?.contract;
  if (own) return own;
  return (parseTalosVersion(talosVersion)?.minor ?? 0) < 10 ? CONTRACTS[0] : CONTRACTS.at(-1);
}
var loaded = /* @__PURE__ */ new Map();
function loadConfigFor(yaml, contract) {
  const key = `${contract}\0${yaml}`;
  let docs = loaded.get(key);
  if (!docs) {
    docs = loadConfig(yaml, "machine config", contract);
    if (loaded.size >= 256) loaded.delete(loaded.keys().next().value);
    loaded.set(key, docs);
  }
  return docs;
}
function load(yaml, talosVersion) {
  return loadConfigFor(yaml, nearestContract(talosVersion));
}
function installFacts(yaml, talosVersion = `v${CONTRACTS.at(-1)}.0`) {
  let docs;
  try {
    docs = load(yaml, talosVersion);
  } catch {
    return {};
  }
  const type = machineTypeOf(docs)?.value;
  return {
    machineType: typeof type === "string" && type !== "" ? type : void 0,
    installerImage: installerImage(docs)?.value
  };
}
var NO_V1ALPHA1 = "the applied machine configuration doesn't contain v1alpha1 config, did you mean to patch the machine config instead?";
function defaultValidate(configYaml, talosVersion) {
  const { errors } = parseConfigDocuments(configYaml);
  if (errors.length) return errors.map((e) => `failed to parse config: ${e}`);
  if (!v1alpha1Document(configYaml)) return [NO_V1ALPHA1];
  let docs;
  try {
    docs = load(configYaml, talosVersion);
  } catch (err) {
    return [describeError(err).replace(/^machine config(:\d+)?: /, "")];
  }
  const declared = machineTypeOf(docs);
  if (!declared) return [NO_V1ALPHA1];
  if (declared.value === void 0 || declared.type === "unknown")
    return [`${formatPath(declared.segs)}: unknown machine type ${JSON.stringify(asStr(declared.value))}`];
  return [];
}
function needsRebootByTalosRule(current, next, talosVersion) {
  if (appliesWithoutReboot(talosVersion)) return false;
  const minor = parseTalosVersion(talosVersion)?.minor;
  return immediateApplyBlockers(current, next, nearestContract(talosVersion), minor).length > 0;
}
function defaultNeedsReboot(currentYaml, nextYaml, talosVersion) {
  if (appliesWithoutReboot(talosVersion)) return false;
  try {
    return needsRebootByTalosRule(
      load(currentYaml, talosVersion),
      load(nextYaml, talosVersion),
      talosVersion
    );
  } catch {
    return true;
  }
}
var defaultHooks = {
  validate: defaultValidate,
  needsReboot: defaultNeedsReboot
};

// src/simulator/engine-hooks.ts
function memo(fn, max = 256) {
  const cache = /* @__PURE__ */ new Map();
  return (key) => {
    if (cache.has(key)) return cache.get(key);
    const value = fn(key);
    if (cache.size >= max) cache.delete(cache.keys().next().value);
    cache.set(key, value);
    return value;
  };
}
var SEP = "\0";
var load2 = (text, contract) => loadConfigFor(text, contract);
var validateMemo = memo((key) => {
  const [version, text] = key.split(SEP);
  return validate(text, version);
});
function engineValidate(configYaml, talosVersion) {
  return validateMemo(`${talosVersion}${SEP}${configYaml}`);
}
function validate(configYaml, talosVersion) {
  const basic = defaultValidate(configYaml, talosVersion);
  if (basic.length) return basic;
  const contract = contractOf(talosVersion);
  if (!contract) return [];
  try {
    load2(configYaml, contract);
    return [];
  } catch (err) {
    return [describeError(err).replace(/^machine config(:\d+)?: /, "")];
  }
}
function engineNeedsReboot(currentYaml, nextYaml, talosVersion) {
  if (appliesWithoutReboot(talosVersion)) return false;
  const contract = contractOf(talosVersion);
  if (!contract) return defaultNeedsReboot(currentYaml, nextYaml, talosVersion);
  try {
    return needsRebootByTalosRule(load2(currentYaml, contract), load2(nextYaml, contract), talosVersion);
  } catch {
    return defaultNeedsReboot(currentYaml, nextYaml, talosVersion);
  }
}
var engineHooks = {
  validate: engineValidate,
  needsReboot: engineNeedsReboot
};

// src/simulator/fleet.ts
var import_yaml4 = __toESM(require_dist(), 1);
import { performance as performance2 } from "node:perf_hooks";

// src/simulator/etcd.ts
import { randomBytes } from "node:crypto";

// src/simulator/rpc-error.ts
var import_grpc_js = __toESM(require_src(), 1);
var SimRpcError = class extends Error {
  name = "SimRpcError";
  code;
  constructor(code, message) {
    super(message);
    this.code = import_grpc_js.status[code];
  }
  toServiceError() {
    return { code: this.code, details: this.message, message: this.message };
  }
};
function unavailableNode(address) {
  return new SimRpcError(
    "UNAVAILABLE",
    `connection error: desc = "transport: Error while dialing: dial tcp ${address}:50000: connect: connection refused"`
  );
}

// src/simulator/etcd.ts
var ETCD_ERRORS = {
  memberNotFound: "etcdserver: member not found",
  notEnoughStarted: "etcdserver: re-configuration failed due to not enough started members",
  unhealthy: "etcdserver: unhealthy cluster",
  noLeader: "etcdserver: no leader"
};
var SimEtcdCluster = class {
  constructor(onLeaderChange) {
    this.onLeaderChange = onLeaderChange;
  }
  onLeaderChange;
  members = [];
  leaderId = 0n;
  term = 2n;
  index = 1000n;
  add(host, opts = {}) {
    let id = 0n;
    while (id === 0n || this.members.some((m) => m.id === id)) id = randomBytes(8).readBigUInt64BE();
    const member = { id, host, isLearner: opts.learner ?? false };
    this.members.push(member);
    if (this.leaderId === 0n && !member.isLearner) this.leaderId = id;
    return member;
  }
  memberOf(address) {
    return this.members.find((m) => m.host.address === address);
  }
  voters() {
    return this.members.filter((m) => !m.isLearner);
  }
  hasQuorum() {
    const voters = this.voters();
    if (voters.length === 0) return false;
    const healthy = voters.filter((m) => m.host.etcdHealthy()).length;
    return healthy >= Math.floor(voters.length / 2) + 1;
  }
  /** The current leader after re-electing if needed; undefined without quorum. */
  leader() {
    if (!this.hasQuorum()) {
      if (this.leaderId !== 0n) {
        this.leaderId = 0n;
        this.onLeaderChange(void 0, "quorum lost");
      }
      return void 0;
    }
    const current = this.members.find((m) => m.id === this.leaderId);
    if (current?.host.etcdHealthy() && !current.isLearner) return current;
    const next = this.voters().find((m) => m.host.etcdHealthy());
    this.setLeader(next, current ? `${current.host.name} unavailable` : "election");
    return next;
  }
  setLeader(member, why) {
    this.leaderId = member.id;
    this.term++;
    this.onLeaderChange(member, why);
  }
  /** Raft progress, bumped on every observed write-ish action so numbers look alive. */
  tick() {
    this.index += 7n;
    return { term: this.term, index: this.index };
  }
  /** A learner that caught up becomes a voting member. */
  promote(id) {
    const m = this.members.find((x) => x.id === id);
    if (m) m.isLearner = false;
    this.leader();
  }
  /**
   * etcd's MemberRemove with strict reconfiguration checks: a learner may always go; a voting member
   * only when the members that stay, started, still make a quorum of the members that stay (so the
   * last member can never be removed), and, unless the member is down, when enough of the others are
   * connected to keep the active quorum.
   */
  remove(id) {
    if (!this.leader()) throw new SimRpcError("UNAVAILABLE", ETCD_ERRORS.noLeader);
    const m = this.members.find((x) => x.id === id);
    if (!m) throw new SimRpcError("NOT_FOUND", ETCD_ERRORS.memberNotFound);
    if (!m.isLearner) {
      const staying = this.voters().filter((x) => x.id !== id);
      const started = staying.filter((x) => x.host.etcdStarted()).length;
      if (started < Math.floor(staying.length / 2) + 1) {
        throw new SimRpcError("FAILED_PRECONDITION", ETCD_ERRORS.notEnoughStarted);
      }
      if (m.host.etcdHealthy()) {
        const voters = this.voters();
        const active = voters.filter((x) => x.host.etcdHealthy()).length;
        if (active - 1 < 1 + Math.floor((voters.length - 1) / 2)) {
          throw new SimRpcError("UNAVAILABLE", ETCD_ERRORS.unhealthy);
        }
      }
    }
    this.members.splice(this.members.indexOf(m), 1);
    if (this.leaderId === id) this.leaderId = 0n;
    this.leader();
  }
  /** Talos's forfeit: '' when `address` is not the leader, else the new leader's name. */
  forfeit(address) {
    const self = this.memberOf(address);
    if (!self) throw new SimRpcError("UNKNOWN", `failed to find member ${address} in list of etcd members`);
    if (this.members.length === 1) {
      throw new SimRpcError(
        "UNKNOWN",
        "failed to forfeit leadership: cannot forfeit leadership, only one member"
      );
    }
    const leader = this.leader();
    if (!leader) throw new SimRpcError("UNAVAILABLE", ETCD_ERRORS.noLeader);
    if (leader.id !== self.id) return "";
    const next = this.members.find((m) => m.id !== self.id && !m.isLearner && m.host.etcdHealthy());
    if (!next) {
      throw new SimRpcError(
        "UNKNOWN",
        "failed to forfeit leadership: etcdserver: no healthy member to move leadership to"
      );
    }
    this.setLeader(next, `forfeited by ${self.host.name}`);
    return next.host.name;
  }
};

// src/simulator/events.ts
import { performance } from "node:perf_hooks";
var EventLog = class {
  started = performance.now();
  seq = 0;
  events = [];
  listeners = [];
  /** Calls `fn` for every event recorded from now on (the simulated Kubernetes API follows its nodes so). */
  subscribe(fn) {
    this.listeners.push(fn);
  }
  record(node, type, detail) {
    const event = {
      seq: ++this.seq,
      at: Math.round((performance.now() - this.started) * 1e3) / 1e3,
      cluster: node.cluster,
      node: node.address,
      nodeName: node.name,
      role: node.role,
      type,
      ...detail !== void 0 ? { detail } : {}
    };
    this.events.push(event);
    for (const fn of this.listeners) fn(event);
    return event;
  }
};

// src/simulator/kubernetes/server.ts
import { createServer } from "node:https";

// src/simulator/kubernetes/state.ts
import { randomUUID } from "node:crypto";

// src/kinds/bootstrap-manifests.ts
var DEFAULTS = {
  clusterDomain: "cluster.local",
  podSubnets: ["10.244.0.0/16"],
  serviceSubnets: ["10.96.0.0/12"],
  proxyEnabled: true,
  proxyMode: "iptables",
  coreDNSEnabled: true,
  cniName: "flannel",
  kubePrismPort: 0
};
function bootstrapManifestConfig(docs, defaults) {
  const ordered = [
    ...docs.filter((d) => d.kind === "v1alpha1"),
    ...docs.filter((d) => d.kind !== "v1alpha1")
  ];
  const merged = {};
  for (const d of ordered) Object.assign(merged, KINDS.entry(d.kind)?.bootstrapManifests?.(d.body));
  return { ...DEFAULTS, endpoint: "", ...defaults, ...merged };
}

// src/simulator/config-documents.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MEMO_MAX = 1024;
var memo2 = /* @__PURE__ */ new Map();
function configDocuments(text) {
  const hit = memo2.get(text);
  if (hit) {
    memo2.delete(text);
    memo2.set(text, hit);
    return hit;
  }
  const out = [];
  for (const d of (0, import_yaml2.parseAllDocuments)(text)) {
    const v = d.toJS();
    if (!v || typeof v !== "object" || Array.isArray(v)) continue;
    const body = v;
    out.push({
      kind: typeof body.kind === "string" ? body.kind : "v1alpha1",
      ...typeof body.name === "string" ? { name: body.name } : {},
      body
    });
  }
  if (memo2.size >= MEMO_MAX) memo2.delete(memo2.keys().next().value);
  memo2.set(text, out);
  return out;
}

// src/simulator/bootstrap-manifests.ts
var DEFAULTS2 = {
  "1.10": { coreDNS: "v1.12.1", flannel: "v0.26.7", kubernetes: "1.33.6" },
  "1.11": { coreDNS: "v1.12.4", flannel: "v0.27.4", kubernetes: "1.34.1" },
  "1.12": { coreDNS: "v1.13.2", flannel: "v0.27.4", kubernetes: "1.35.4" },
  "1.13": { coreDNS: "v1.14.6", flannel: "v0.28.8", kubernetes: "1.36.3" },
  "1.14": { coreDNS: "v1.14.6", flannel: "v0.28.9", kubernetes: "1.37.0" }
};
function defaultsFor(talosVersion) {
  const v = parseTalosVersion(talosVersion);
  return DEFAULTS2[v ? `${v.major}.${v.minor}` : ""] ?? DEFAULTS2["1.13"];
}
function dnsServiceIP(subnets) {
  const v4 = subnets.find((s) => /^\d+\.\d+\.\d+\.\d+\//.test(s));
  if (!v4) return void 0;
  const [addr, bits] = v4.split("/");
  const n = addr.split(".").reduce((a, o) => a * 256 + Number(o), 0);
  const mask = Number(bits) === 0 ? 0 : 2 ** 32 - 2 ** (32 - Number(bits));
  const ip = (n & mask) >>> 0;
  const x = ip + 10;
  return [24, 16, 8, 0].map((s) => x >>> s & 255).join(".");
}
var KUBE_SYSTEM = "kube-system";
var RBAC = "rbac.authorization.k8s.io/v1";
var bootstrapping = { "kubernetes.io/bootstrapping": "rbac-defaults" };
function clusterRoleBinding(name, role, subjects, meta = {}) {
  return {
    apiVersion: RBAC,
    kind: "ClusterRoleBinding",
    metadata: { name, ...meta },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: role },
    subjects
  };
}
var group = (name) => ({ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name });
var serviceAccount = (name, labels) => ({
  apiVersion: "v1",
  kind: "ServiceAccount",
  metadata: { name, namespace: KUBE_SYSTEM, ...labels ? { labels } : {} }
});
function renderBootstrapManifests(configText, talosVersion) {
  const d = defaultsFor(talosVersion);
  const cfg = bootstrapManifestConfig(configDocuments(configText), {
    proxyImage: `registry.k8s.io/kube-proxy:v${d.kubernetes}`,
    coreDNSImage: `registry.k8s.io/coredns/coredns:${d.coreDNS}`
  });
  const server = cfg.kubePrismPort ? `https://127.0.0.1:${cfg.kubePrismPort}` : cfg.endpoint;
  const out = [];
  const token = /^([a-z0-9]{6})\.([a-z0-9]{16})$/.exec(cfg.bootstrapToken ?? "");
  if (token) {
    out.push({
      id: "00-kubelet-bootstrapping-token",
      objects: [
        {
          apiVersion: "v1",
          kind: "Secret",
          metadata: { name: `bootstrap-token-${token[1]}`, namespace: KUBE_SYSTEM },
          type: "bootstrap.kubernetes.io/token",
          stringData: {
            "auth-extra-groups": "system:bootstrappers:nodes",
            "token-id": token[1],
            "token-secret": token[2],
            "usage-bootstrap-authentication": "true"
          }
        }
      ]
    });
  }
  out.push(
    {
      id: "01-csr-approver-role-binding",
      objects: [
        clusterRoleBinding(
          "system-bootstrap-approve-node-client-csr",
          "system:certificates.k8s.io:certificatesigningrequests:nodeclient",
          [group("system:bootstrappers:nodes")]
        )
      ]
    },
    {
      id: "01-csr-node-bootstrap",
      objects: [
        clusterRoleBinding("system-bootstrap-node-bootstrapper", "system:node-bootstrapper", [
          group("system:bootstrappers:nodes"),
          group("system:nodes")
        ])
      ]
    },
    {
      id: "01-csr-renewal-role-binding",
      objects: [
        clusterRoleBinding(
          "system-bootstrap-node-renewal",
          "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
          [group("system:nodes")]
        )
      ]
    }
  );
  if (cfg.cniName === "flannel") {
    const labels = { "k8s-app": "flannel", tier: "node" };
    out.push({
      id: "05-flannel",
      objects: [
        {
          apiVersion: RBAC,
          kind: "ClusterRole",
          metadata: { name: "flannel", labels: { "k8s-app": "flannel" } },
          rules: [
            { apiGroups: [""], resources: ["pods", "nodes", "namespaces"], verbs: ["get", "list", "watch"] },
            { apiGroups: [""], resources: ["nodes/status"], verbs: ["patch"] }
          ]
        },
        clusterRoleBinding(
          "flannel",
          "flannel",
          [{ kind: "ServiceAccount", name: "flannel", namespace: KUBE_SYSTEM }],
          { labels: { "k8s-app": "flannel" } }
        ),
        serviceAccount("flannel", { "k8s-app": "flannel" }),
        {
          apiVersion: "v1",
          kind: "ConfigMap",
          metadata: { name: "kube-flannel-cfg", namespace: KUBE_SYSTEM, labels },
          data: {
            "net-conf.json": JSON.stringify(
              { Network: cfg.podSubnets[0], Backend: { Type: "vxlan", Port: 4789 } },
              null,
              2
            )
          }
        },
        daemonSet("kube-flannel", labels, {
          name: "kube-flannel",
          image: `ghcr.io/siderolabs/flannel:${d.flannel}`,
          command: ["/opt/bin/flanneld", "--ip-masq", "--kube-subnet-mgr"]
        })
      ]
    });
  }
  if (cfg.proxyEnabled) {
    const labels = { "k8s-app": "kube-proxy", tier: "node" };
    out.push({
      id: "10-kube-proxy",
      objects: [
        daemonSet("kube-proxy", labels, {
          name: "kube-proxy",
          image: cfg.proxyImage,
          command: [
            "/usr/local/bin/kube-proxy",
            `--cluster-cidr=${cfg.podSubnets.join(",")}`,
            "--hostname-override=$(NODE_NAME)",
            "--kubeconfig=/etc/kubernetes/kubeconfig",
            `--proxy-mode=${cfg.proxyMode}`
          ]
        }),
        serviceAccount("kube-proxy"),
        clusterRoleBinding("kube-proxy", "system:node-proxier", [
          { kind: "ServiceAccount", name: "kube-proxy", namespace: KUBE_SYSTEM }
        ])
      ]
    });
  }
  if (cfg.coreDNSEnabled) {
    const dnsIP = dnsServiceIP(cfg.serviceSubnets);
    out.push({
      id: "11-core-dns",
      objects: [
        serviceAccount("coredns"),
        {
          apiVersion: RBAC,
          kind: "ClusterRole",
          metadata: { name: "system:coredns", labels: bootstrapping },
          rules: [
            {
              apiGroups: [""],
              resources: ["endpoints", "services", "pods", "namespaces"],
              verbs: ["list", "watch"]
            },
            { apiGroups: ["discovery.k8s.io"], resources: ["endpointslices"], verbs: ["list", "watch"] }
          ]
        },
        clusterRoleBinding(
          "system:coredns",
          "system:coredns",
          [{ kind: "ServiceAccount", name: "coredns", namespace: KUBE_SYSTEM }],
          { labels: bootstrapping, annotations: { "rbac.authorization.kubernetes.io/autoupdate": "true" } }
        ),
        {
          apiVersion: "v1",
          kind: "ConfigMap",
          metadata: { name: "coredns", namespace: KUBE_SYSTEM },
          data: { Corefile: corefile(cfg.clusterDomain) }
        },
        coreDNSDeployment(cfg.coreDNSImage)
      ]
    });
    if (dnsIP) {
      out.push({
        id: "11-core-dns-svc",
        objects: [
          {
            apiVersion: "v1",
            kind: "Service",
            metadata: {
              name: "kube-dns",
              namespace: KUBE_SYSTEM,
              labels: {
                "k8s-app": "kube-dns",
                "kubernetes.io/cluster-service": "true",
                "kubernetes.io/name": "CoreDNS"
              }
            },
            spec: {
              clusterIP: dnsIP,
              clusterIPs: [dnsIP],
              ipFamilies: ["IPv4"],
              ipFamilyPolicy: "SingleStack",
              ports: [
                { name: "dns", port: 53, protocol: "UDP", targetPort: 53 },
                { name: "dns-tcp", port: 53, protocol: "TCP", targetPort: 53 },
                { name: "metrics", port: 9153, protocol: "TCP", targetPort: 9153 }
              ],
              selector: { "k8s-app": "kube-dns" }
            }
          }
        ]
      });
    }
  }
  out.push(
    {
      id: "11-kube-config-in-cluster",
      objects: [
        {
          apiVersion: "v1",
          kind: "ConfigMap",
          metadata: { name: "kubeconfig-in-cluster", namespace: KUBE_SYSTEM },
          data: { kubeconfig: inClusterKubeconfig(server) }
        }
      ]
    },
    {
      id: "11-talos-node-rbac-template",
      objects: [
        clusterRoleBinding("system:talos-nodes", "system:talos-nodes", [group("system:nodes")], {
          labels: bootstrapping,
          annotations: { "rbac.authorization.kubernetes.io/autoupdate": "true" }
        }),
        {
          apiVersion: RBAC,
          kind: "ClusterRole",
          metadata: { name: "system:talos-nodes", labels: bootstrapping },
          rules: [
            {
              apiGroups: ["discovery.k8s.io"],
              resources: ["endpointslices"],
              verbs: ["get", "list", "watch"]
            }
          ]
        }
      ]
    }
  );
  return out.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function daemonSet(name, labels, container) {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name, namespace: KUBE_SYSTEM, labels },
    spec: {
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [{ ...container, securityContext: { privileged: true } }],
          hostNetwork: true,
          priorityClassName: "system-node-critical",
          serviceAccountName: name === "kube-flannel" ? "flannel" : name,
          tolerations: [
            { effect: "NoSchedule", operator: "Exists" },
            { effect: "NoExecute", operator: "Exists" }
          ]
        }
      },
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } }
    }
  };
}
function coreDNSDeployment(image) {
  const labels = { "k8s-app": "kube-dns" };
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name: "coredns",
      namespace: KUBE_SYSTEM,
      labels: { "k8s-app": "kube-dns", "kubernetes.io/name": "CoreDNS" }
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1 } },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: "coredns",
              image,
              args: ["-conf", "/etc/coredns/Corefile"],
              ports: [
                { containerPort: 53, name: "dns", protocol: "UDP" },
                { containerPort: 53, name: "dns-tcp", protocol: "TCP" },
                { containerPort: 9153, name: "metrics", protocol: "TCP" }
              ]
            }
          ],
          dnsPolicy: "Default",
          priorityClassName: "system-cluster-critical",
          serviceAccountName: "coredns",
          tolerations: [
            { effect: "NoSchedule", key: "node-role.kubernetes.io/control-plane", operator: "Exists" },
            {
              effect: "NoSchedule",
              key: "node.cloudprovider.kubernetes.io/uninitialized",
              operator: "Exists"
            }
          ]
        }
      }
    }
  };
}
function corefile(domain) {
  return [
    ".:53 {",
    "    errors",
    "    health {",
    "        lameduck 5s",
    "    }",
    "    ready",
    "    prometheus :9153",
    `    kubernetes ${domain} in-addr.arpa ip6.arpa {`,
    "        pods insecure",
    "        fallthrough in-addr.arpa ip6.arpa",
    "        ttl 30",
    "    }",
    "    forward . /etc/resolv.conf",
    "    cache 30",
    "    loop",
    "    reload",
    "    loadbalance",
    "}",
    ""
  ].join("\n");
}
function inClusterKubeconfig(server) {
  return [
    "apiVersion: v1",
    "clusters:",
    "- cluster:",
    "    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt",
    `    server: ${server}`,
    "  name: local",
    "contexts:",
    "- context:",
    "    cluster: local",
    "    user: service-account",
    "  name: local",
    "current-context: local",
    "kind: Config",
    "users:",
    "- name: service-account",
    "  user:",
    "    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token",
    ""
  ].join("\n");
}

// src/simulator/kubernetes/state.ts
var KubeStatusError = class extends Error {
  constructor(code, reason, message, details) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.details = details;
  }
  code;
  reason;
  details;
  toStatus() {
    return {
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: this.message,
      reason: this.reason,
      ...this.details ? { details: this.details } : {},
      code: this.code
    };
  }
};
var notFound = (resource, name, group2 = "") => new KubeStatusError(404, "NotFound", `${resource}${group2 ? `.${group2}` : ""} "${name}" not found`, {
  name,
  ...group2 ? { group: group2 } : {},
  kind: resource
});
var INVENTORY_ANNOTATION = "config.k8s.io/owning-inventory";
var BOOTSTRAP_INVENTORY = "talos-bootstrap-manifests-inventory";
var keyOf = (kind, namespace, name) => `${kind}/${namespace ?? ""}/${name}`;
function matchesSelector(labels, sel) {
  if (!sel) return false;
  const l = labels ?? {};
  for (const [k2, v] of Object.entries(sel.matchLabels ?? {})) if (l[k2] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = k(e.key);
    if (e.operator === "In" && !(has && e.values?.includes(l[e.key]))) return false;
    if (e.operator === "NotIn" && has && e.values?.includes(l[e.key])) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
  function k(key) {
    return key in l;
  }
}
function matchesLabelQuery(labels, query) {
  if (!query) return true;
  const l = labels ?? {};
  for (const raw of query.split(/,(?![^(]*\))/)) {
    const term = raw.trim();
    if (!term) continue;
    const inMatch = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (inMatch) {
      const values = inMatch[3].split(",").map((v) => v.trim());
      const has = inMatch[1] in l && values.includes(l[inMatch[1]]);
      if (inMatch[2] === "in" ? !has : has) return false;
      continue;
    }
    const eq = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
    if (eq) {
      const same = l[eq[1]] === eq[3];
      if (eq[2] === "!=" ? same : !same) return false;
      continue;
    }
    if (term.startsWith("!")) {
      if (term.slice(1) in l) return false;
    } else if (!(term in l)) return false;
  }
  return true;
}
function scaled(value, total) {
  if (typeof value === "number") return value;
  const pct = /^(\d+)%$/.exec(value);
  return pct ? Math.ceil(Number(pct[1]) * total / 100) : Number(value);
}
var DISRUPTION_TIMEOUT_MS = 2 * 6e4;
var now = () => (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d+Z$/, "Z");
var SimKubeState = class {
  constructor(clusterName, talos, timing) {
    this.clusterName = clusterName;
    this.talos = talos;
    this.timing = timing;
    for (const ns of ["default", "kube-system", "kube-public", "kube-node-lease"])
      this.put(namespaceObject(ns));
    for (const n of talos) if (!n.maintenance) this.register(n);
    const cp = talos.find((n) => n.isControlPlane && !n.maintenance);
    for (const m of cp ? renderBootstrapManifests(cp.config, cp.talosVersion) : []) {
      for (const obj of m.objects) {
        const meta = obj.metadata ?? {};
        this.apply(
          {
            ...obj,
            metadata: {
              ...meta,
              annotations: { ...meta.annotations, [INVENTORY_ANNOTATION]: BOOTSTRAP_INVENTORY }
            }
          },
          "talos",
          true
        );
      }
    }
  }
  clusterName;
  talos;
  timing;
  /** By kind, then by key: a list reads one kind, in the order its objects were put. */
  objects = /* @__PURE__ */ new Map();
  rv = 1;
  listeners = /* @__PURE__ */ new Set();
  /** Controller passes asked for and not yet run (see soon). */
  due = /* @__PURE__ */ new Set();
  /** Pods held NotReady by a fault, as namespace/name. */
  podsNotReady = /* @__PURE__ */ new Set();
  /** Nodes held NotReady by a fault, and those to be held after their next reboot. */
  notReady = /* @__PURE__ */ new Set();
  notReadyAfterReboot = /* @__PURE__ */ new Set();
  /** Nodes whose kubelet is restarting (not ready until the restart ends). */
  kubeletRestarting = /* @__PURE__ */ new Set();
  lastConfig = /* @__PURE__ */ new Map();
  timers = /* @__PURE__ */ new Set();
  schedulerCursor = 0;
  reconciling = false;
  reconcileAgain = false;
  // ---- store ----
  put(obj, event = "ADDED") {
    obj.metadata ??= {};
    const meta = obj.metadata;
    meta.uid ??= randomUUID();
    meta.creationTimestamp ??= now();
    meta.resourceVersion = String(++this.rv);
    let ofKind = this.objects.get(obj.kind);
    if (!ofKind) {
      ofKind = /* @__PURE__ */ new Map();
      this.objects.set(obj.kind, ofKind);
    }
    ofKind.set(keyOf(obj.kind, meta.namespace, meta.name), obj);
    for (const l of this.listeners) l(event, obj);
    return obj;
  }
  remove(obj) {
    const ofKind = this.objects.get(obj.kind);
    if (!ofKind?.delete(keyOf(obj.kind, obj.metadata?.namespace, obj.metadata.name))) return;
    obj.metadata.resourceVersion = String(++this.rv);
    for (const l of this.listeners) l("DELETED", obj);
  }
  get(kind, namespace, name) {
    return this.objects.get(kind)?.get(keyOf(kind, namespace, name));
  }
  list(kind, namespace) {
    const all = [...this.objects.get(kind)?.values() ?? []];
    return namespace === void 0 ? all : all.filter((o) => o.metadata?.namespace === namespace);
  }
  get resourceVersion() {
    return String(this.rv);
  }
  /** Watches changes; returns the unsubscribe function. */
  watch(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  later(ms, fn) {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }
  /**
   * The controllers' passes after a change, run as Kubernetes's controllers run: after the change
   * that woke them, once for a burst of changes (twenty evictions at once make one pass, not twenty).
   */
  soon(pass) {
    if (this.due.has(pass)) return;
    this.due.add(pass);
    this.later(0, () => {
      this.due.delete(pass);
      this[pass]();
    });
  }
  stop() {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.listeners.clear();
  }
  /** The minor version of the lowest kube-apiserver the control planes run (what the API serves). */
  apiServerMinor() {
    const minors = this.talos.filter((n) => n.isControlPlane).map((n) => imageKubernetesVersion(componentImage(configDocuments(n.config), "kube-apiserver"))).map((v) => v ? Number(/^v\d+\.(\d+)/.exec(v)?.[1]) : Number.NaN).filter((m) => !Number.isNaN(m));
    return minors.length ? Math.min(...minors) : void 0;
  }
  /** Puts an object as a user would have created it (a test's seed: e.g. one on an API about to go). */
  seed(obj) {
    if (obj.metadata?.namespace) this.ensureNamespace(obj.metadata.namespace);
    return this.put(structuredClone(obj));
  }
  // ---- nodes ----
  talosNode(name) {
    return this.talos.find((n) => n.name === name);
  }
  nodeReady(n) {
    return n.up && !this.notReady.has(n.address) && !this.kubeletRestarting.has(n.address) && !n.kubeletUnhealthy;
  }
  nodeObject(n) {
    const existing = this.get("Node", void 0, n.name);
    const kubelet = componentImage(configDocuments(n.config), "kubelet");
    const ready = this.nodeReady(n);
    const previous = existing?.status?.conditions?.find((c) => c.type === "Ready");
    const status3 = ready ? "True" : n.up ? "False" : "Unknown";
    const condition = {
      type: "Ready",
      status: status3,
      reason: ready ? "KubeletReady" : n.up ? "KubeletNotReady" : "NodeStatusUnknown",
      message: ready ? "kubelet is posting ready status" : n.up ? "container runtime status check may not have completed yet" : "Kubelet stopped posting node status.",
      lastHeartbeatTime: now(),
      lastTransitionTime: previous?.status === status3 ? previous.lastTransitionTime : now()
    };
    const labels = {
      "kubernetes.io/hostname": n.name,
      "kubernetes.io/os": "linux",
      "kubernetes.io/arch": "amd64",
      ...n.isControlPlane ? { "node-role.kubernetes.io/control-plane": "" } : {}
    };
    return {
      apiVersion: "v1",
      kind: "Node",
      metadata: { ...existing?.metadata ?? {}, name: n.name, labels },
      spec: {
        ...existing?.spec?.unschedulable ? { unschedulable: true } : {},
        ...n.isControlPlane ? { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] } : {}
      },
      status: {
        conditions: [condition],
        addresses: [
          { type: "InternalIP", address: n.address },
          { type: "Hostname", address: n.name }
        ],
        nodeInfo: {
          kubeletVersion: imageKubernetesVersion(kubelet) ?? "",
          kubeProxyVersion: "",
          machineID: n.address.replace(/\D/g, "").padEnd(32, "0"),
          systemUUID: n.address,
          bootID: n.bootId,
          kernelVersion: "6.12.0-talos",
          osImage: `Talos (${n.talosVersion})`,
          containerRuntimeVersion: "containerd://2.1.0",
          operatingSystem: "linux",
          architecture: "amd64"
        }
      }
    };
  }
  /** The node's kubelet registers it (and a control plane's static pods appear). */
  register(n) {
    this.lastConfig.set(n.address, n.config);
    this.put(this.nodeObject(n));
    if (n.isControlPlane) for (const c of STATIC_PODS) this.put(this.mirrorPod(n, c));
  }
  /** Re-derives one node (and the pods on it) from its Talos node. */
  refreshNode(n) {
    const before = this.get("Node", void 0, n.name);
    if (!before) return;
    const next = this.nodeObject(n);
    const changed = JSON.stringify(before?.status?.conditions?.[0]?.status) !== JSON.stringify(next.status?.conditions?.[0]?.status) || before?.status?.nodeInfo?.kubeletVersion !== next.status?.nodeInfo?.kubeletVersion || before?.status?.nodeInfo?.bootID !== next.status?.nodeInfo?.bootID;
    if (!changed) return;
    Object.assign(before, { spec: next.spec, status: next.status });
    this.put(before, "MODIFIED");
    const ready = next.status?.conditions?.[0]?.status === "True";
    for (const p of this.podsOn(n.name)) this.setPodReady(p, ready && !p.metadata?.deletionTimestamp);
    if (ready) this.soon("reconcile");
  }
  /** Follows the simulated Talos node: reboots, applies (kubelet and static pod restarts). */
  onTalosEvent(event) {
    const n = this.talos.find((x) => x.address === event.node);
    if (!n) return;
    if (event.type === "install-end" && !this.get("Node", void 0, n.name)) this.register(n);
    if (event.type === "reboot-start") this.refreshNode(n);
    if (event.type === "reboot-end") {
      if (this.notReadyAfterReboot.has(n.address)) this.notReady.add(n.address);
      this.configChanged(n, false);
      this.refreshNode(n);
    }
    if (event.type === "apply" || event.type === "config-rollback")
      setImmediate(() => this.configChanged(n, true));
    if (event.type === "fault-set" || event.type === "fault-cleared") setImmediate(() => this.refreshNode(n));
  }
  configChanged(n, live) {
    const before = this.lastConfig.get(n.address) ?? n.config;
    const after = n.config;
    this.lastConfig.set(n.address, after);
    if (before === after) return;
    if (live && kubeletRestarts(configDocuments(before), configDocuments(after)).length > 0) {
      this.kubeletRestarting.add(n.address);
      this.refreshNode(n);
      this.later(this.timing.kubeletRestartMs, () => {
        this.kubeletRestarting.delete(n.address);
        this.refreshNode(n);
      });
    }
    if (n.isControlPlane) {
      for (const c of STATIC_PODS) {
        const pod = this.get("Pod", "kube-system", `${c}-${n.name}`);
        const image = componentImage(configDocuments(after), c);
        if (!pod || pod.spec?.containers?.[0]?.image === image) continue;
        this.remove(pod);
        const fresh = this.mirrorPod(n, c, false);
        this.put(fresh);
        this.later(this.timing.kubeletRestartMs, () => {
          if (this.nodeReady(n)) this.setPodReady(fresh, true);
        });
      }
    }
  }
  /** Faults: a pod NotReady (its readiness probe failing), until cleared. */
  setPodNotReady(namespace, name, notReady) {
    const key = `${namespace}/${name}`;
    if (notReady) this.podsNotReady.add(key);
    else this.podsNotReady.delete(key);
    const pod = this.get("Pod", namespace, name);
    if (!pod) return;
    const n = this.talos.find((x) => x.name === pod.spec?.nodeName);
    this.setPodReady(pod, !notReady && !pod.metadata?.deletionTimestamp && !!n && this.nodeReady(n));
  }
  /** Faults: a node NotReady now (or after its next reboot), until cleared. */
  setNodeNotReady(address, notReady, afterReboot = false) {
    const set = afterReboot ? this.notReadyAfterReboot : this.notReady;
    if (notReady) set.add(address);
    else {
      this.notReady.delete(address);
      this.notReadyAfterReboot.delete(address);
    }
    const n = this.talos.find((x) => x.address === address);
    if (n) this.refreshNode(n);
  }
  /**
   * Deletes a node object (`kubectl delete node`): the pod garbage collector then removes the pods
   * bound to a node that no longer exists. A kubelet that still runs would register it again; a node
   * being removed has been reset, so nothing does.
   */
  deleteNode(name) {
    const node = this.get("Node", void 0, name);
    if (!node) throw notFound("nodes", name);
    this.remove(node);
    for (const p of this.podsOn(name)) this.deletePod(p);
    return node;
  }
  /** Cordon / uncordon (spec.unschedulable), as the API's node patch sets it. */
  patchNode(name, patch) {
    const node = this.get("Node", void 0, name);
    if (!node) throw notFound("nodes", name);
    if (patch.spec && "unschedulable" in patch.spec) {
      node.spec ??= {};
      if (patch.spec.unschedulable) node.spec.unschedulable = true;
      else delete node.spec.unschedulable;
    }
    this.put(node, "MODIFIED");
    if (!node.spec?.unschedulable) this.soon("reconcile");
    return node;
  }
  // ---- pods ----
  podsOn(nodeName) {
    return this.list("Pod").filter((p) => p.spec?.nodeName === nodeName);
  }
  setPodReady(pod, ready) {
    const isReady = ready && !this.podsNotReady.has(`${pod.metadata?.namespace}/${pod.metadata?.name}`);
    const status3 = isReady ? "True" : "False";
    const conds = pod.status?.conditions ?? [];
    if (conds.find((c) => c.type === "Ready")?.status === status3) return;
    pod.status = {
      ...pod.status,
      phase: pod.status?.phase === "Pending" && ready ? "Running" : pod.status?.phase ?? "Running",
      conditions: [
        { type: "Ready", status: status3, lastTransitionTime: now() },
        { type: "PodScheduled", status: "True", lastTransitionTime: pod.metadata?.creationTimestamp }
      ],
      containerStatuses: (pod.spec?.containers ?? []).map((c) => ({
        name: c.name,
        image: c.image ?? "",
        imageID: "",
        ready: isReady,
        restartCount: 0,
        started: ready,
        state: ready ? { running: { startedAt: now() } } : { waiting: { reason: "ContainerCreating" } }
      }))
    };
    this.put(pod, "MODIFIED");
    this.refreshBudgets();
    this.soon("workloadStatuses");
  }
  mirrorPod(n, component, ready = this.nodeReady(n)) {
    const node = this.get("Node", void 0, n.name);
    const image = componentImage(configDocuments(n.config), component) || `registry.k8s.io/${component}`;
    const pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        name: `${component}-${n.name}`,
        namespace: "kube-system",
        labels: { "k8s-app": component, tier: "control-plane" },
        annotations: {
          "kubernetes.io/config.mirror": randomUUID().replace(/-/g, ""),
          "kubernetes.io/config.source": "file"
        },
        ownerReferences: [
          { apiVersion: "v1", kind: "Node", name: n.name, uid: node.metadata.uid, controller: true }
        ]
      },
      spec: {
        nodeName: n.name,
        containers: [{ name: component, image }],
        tolerations: [{ operator: "Exists" }]
      },
      status: { phase: "Running", hostIP: n.address }
    };
    this.setPodStatusOnly(pod, ready);
    return pod;
  }
  setPodStatusOnly(pod, ready) {
    pod.status = {
      ...pod.status,
      conditions: [{ type: "Ready", status: ready ? "True" : "False", lastTransitionTime: now() }],
      containerStatuses: (pod.spec?.containers ?? []).map((c) => ({
        name: c.name,
        image: c.image ?? "",
        imageID: "",
        ready,
        restartCount: 0,
        state: ready ? { running: { startedAt: now() } } : { waiting: { reason: "ContainerCreating" } }
      }))
    };
  }
  newPod(owner, template, nodeName) {
    const name = `${owner.metadata.name}-${randomUUID().slice(0, 5)}`;
    const n = nodeName ? this.talosNode(nodeName) : void 0;
    const pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        name,
        namespace: owner.metadata.namespace,
        labels: { ...template.labels },
        ownerReferences: [
          {
            apiVersion: owner.apiVersion,
            kind: owner.kind,
            name: owner.metadata.name,
            uid: owner.metadata.uid,
            controller: true,
            blockOwnerDeletion: true
          }
        ]
      },
      spec: {
        ...nodeName ? { nodeName } : {},
        containers: [{ name: owner.metadata.name, image: template.image }],
        terminationGracePeriodSeconds: 30,
        ...template.tolerations ? { tolerations: template.tolerations } : {}
      },
      status: { phase: "Pending", ...n ? { hostIP: n.address } : {} }
    };
    this.setPodStatusOnly(pod, false);
    this.put(pod);
    if (n) {
      this.later(this.timing.podStartMs, () => {
        if (this.get("Pod", pod.metadata.namespace, name) === pod && this.nodeReady(n))
          this.setPodReady(pod, true);
      });
    }
    return pod;
  }
  /** Deletes a pod gracefully: terminating now, gone after the termination time. */
  deletePod(pod) {
    if (pod.metadata?.deletionTimestamp) return;
    pod.metadata.deletionTimestamp = now();
    this.setPodReady(pod, false);
    this.put(pod, "MODIFIED");
    this.later(this.timing.podTerminationMs, () => {
      this.remove(pod);
      this.refreshBudgets();
      this.soon("reconcile");
    });
    this.soon("reconcile");
  }
  // ---- workloads ----
  createDaemonSet(namespace, name, image, labels) {
    const ds = {
      apiVersion: "apps/v1",
      kind: "DaemonSet",
      metadata: { name, namespace, labels: { ...labels }, generation: 1 },
      spec: {
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { containers: [{ name, image }], tolerations: [{ operator: "Exists" }] }
        }
      },
      status: {}
    };
    this.put(ds);
    this.reconcile();
    return ds;
  }
  createDeployment(w) {
    const labels = w.labels ?? { app: w.name };
    const deployment = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: w.name, namespace: w.namespace, labels: { ...labels }, generation: 1 },
      spec: {
        replicas: w.replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            containers: [{ name: w.name, image: w.image ?? "registry.example.com/app:1" }],
            ...w.tolerateControlPlane ? {
              tolerations: [
                {
                  key: "node-role.kubernetes.io/control-plane",
                  effect: "NoSchedule",
                  operator: "Exists"
                }
              ]
            } : {}
          }
        }
      },
      status: {}
    };
    this.put(deployment);
    this.ensureNamespace(w.namespace);
    this.reconcile();
    return deployment;
  }
  ensureNamespace(name) {
    if (!this.get("Namespace", void 0, name)) this.put(namespaceObject(name));
  }
  createPodDisruptionBudget(namespace, name, spec) {
    const pdb = {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: { name, namespace, generation: 1 },
      spec
    };
    this.put(pdb);
    this.refreshBudgets();
    return pdb;
  }
  deletePodDisruptionBudget(namespace, name) {
    const pdb = this.get("PodDisruptionBudget", namespace, name);
    if (pdb) this.remove(pdb);
  }
  schedulable(n, tolerations = []) {
    const node = this.get("Node", void 0, n.name);
    if (!node || node.spec?.unschedulable || !this.nodeReady(n)) return false;
    return (node.spec?.taints ?? []).every(
      (t) => tolerations.some((tol) => tol.operator === "Exists" && (tol.key === void 0 || tol.key === t.key))
    );
  }
  /**
   * The DaemonSet and ReplicaSet controllers and the scheduler. A pass that changes pods asks for
   * another (a deletion inside a pass must not start a second pass on the first one's stale view).
   */
  reconcile() {
    if (this.reconciling) {
      this.reconcileAgain = true;
      return;
    }
    this.reconciling = true;
    try {
      do {
        this.reconcileAgain = false;
        this.reconcilePass();
      } while (this.reconcileAgain);
    } finally {
      this.reconciling = false;
    }
  }
  reconcilePass() {
    for (const ds of this.list("DaemonSet")) {
      const tmpl = ds.spec.template;
      const image = tmpl.spec.containers[0].image;
      const byNode = /* @__PURE__ */ new Map();
      for (const p of this.ownedPods(ds)) {
        const on = p.spec?.nodeName ?? "";
        const group2 = byNode.get(on);
        if (group2) group2.push(p);
        else byNode.set(on, [p]);
      }
      for (const n of this.registeredNodes()) {
        const pods = byNode.get(n.name) ?? [];
        const mine = pods.filter((p) => !p.metadata?.deletionTimestamp);
        for (const p of mine) if (p.spec?.containers?.[0]?.image !== image) this.deletePod(p);
        if (!mine.some((p) => p.spec?.containers?.[0]?.image === image) && !pods.some((p) => p.metadata?.deletionTimestamp && p.spec?.containers?.[0]?.image === image)) {
          if (!mine.length || mine.every((p) => p.spec?.containers?.[0]?.image !== image))
            this.newPod(
              ds,
              { labels: tmpl.metadata.labels, image, tolerations: [{ operator: "Exists" }] },
              n.name
            );
        }
      }
    }
    for (const d of this.list("Deployment")) {
      const spec = d.spec;
      const image = spec.template.spec.containers[0].image;
      const pods = this.ownedPods(d);
      for (const p of pods)
        if (!p.metadata?.deletionTimestamp && p.spec?.containers?.[0]?.image !== image) this.deletePod(p);
      const live = this.ownedPods(d).filter((p) => !p.metadata?.deletionTimestamp);
      for (let i = live.length; i < spec.replicas; i++) {
        const eligible = this.talos.filter((n) => this.schedulable(n, spec.template.spec.tolerations));
        const node = eligible.length ? eligible[this.schedulerCursor++ % eligible.length] : void 0;
        this.newPod(
          d,
          { labels: spec.template.metadata.labels, image, tolerations: spec.template.spec.tolerations },
          node?.name
        );
      }
      for (const p of this.ownedPods(d)) {
        if (p.spec?.nodeName || p.metadata?.deletionTimestamp) continue;
        const eligible = this.talos.filter((n2) => this.schedulable(n2, spec.template.spec.tolerations));
        if (!eligible.length) continue;
        const n = eligible[this.schedulerCursor++ % eligible.length];
        p.spec.nodeName = n.name;
        p.status = { ...p.status, hostIP: n.address };
        this.put(p, "MODIFIED");
        this.later(this.timing.podStartMs, () => {
          if (this.get("Pod", p.metadata.namespace, p.metadata.name) === p && this.nodeReady(n))
            this.setPodReady(p, true);
        });
      }
    }
    this.workloadStatuses();
  }
  /** A DaemonSet runs on the registered nodes (a deleted node, or one not installed yet, has none). */
  registeredNodes() {
    return this.talos.filter((n) => this.get("Node", void 0, n.name) !== void 0);
  }
  /** The DaemonSet and Deployment controllers' status of what their pods are doing now. */
  workloadStatuses() {
    const imageOf = (w) => w.spec.template.spec.containers[0].image;
    const isReady = (p) => p.status?.conditions?.[0]?.status === "True";
    const setStatus = (w, next) => {
      if (JSON.stringify(next) === JSON.stringify(w.status)) return;
      w.status = next;
      this.put(w, "MODIFIED");
    };
    const owned = /* @__PURE__ */ new Map();
    for (const p of this.list("Pod")) {
      for (const o of p.metadata?.ownerReferences ?? []) {
        const group2 = owned.get(o.uid);
        if (group2) group2.push(p);
        else owned.set(o.uid, [p]);
      }
    }
    const ownedPods = (w) => (owned.get(w.metadata?.uid ?? "") ?? []).filter((p) => p.metadata?.namespace === w.metadata?.namespace);
    const registered = this.registeredNodes().length;
    for (const ds of this.list("DaemonSet")) {
      const image = imageOf(ds);
      const current = ownedPods(ds).filter((p) => !p.metadata?.deletionTimestamp);
      setStatus(ds, {
        desiredNumberScheduled: registered,
        currentNumberScheduled: current.length,
        numberReady: current.filter(isReady).length,
        numberAvailable: current.filter(isReady).length,
        numberMisscheduled: 0,
        observedGeneration: ds.metadata?.generation,
        updatedNumberScheduled: current.filter((p) => p.spec?.containers?.[0]?.image === image).length
      });
    }
    for (const d of this.list("Deployment")) {
      const image = imageOf(d);
      const pods = ownedPods(d);
      const ready = pods.filter((p) => isReady(p) && !p.metadata?.deletionTimestamp).length;
      setStatus(d, {
        observedGeneration: d.metadata?.generation,
        replicas: pods.length,
        readyReplicas: ready,
        availableReplicas: ready,
        updatedReplicas: pods.filter((p) => p.spec?.containers?.[0]?.image === image).length
      });
    }
  }
  /** Pods a workload owns (Deployments own pods through a ReplicaSet; here directly, with the same labels). */
  ownedPods(owner) {
    return this.list("Pod", owner.metadata?.namespace).filter(
      (p) => p.metadata?.ownerReferences?.some((o) => o.uid === owner.metadata?.uid)
    );
  }
  // ---- disruption budgets and eviction ----
  budgetsFor(pod) {
    return this.list("PodDisruptionBudget", pod.metadata?.namespace).filter(
      (b) => matchesSelector(pod.metadata?.labels, b.spec?.selector)
    );
  }
  /** The disruption controller: each budget's status from the pods it selects. */
  refreshBudgets() {
    for (const pdb of this.list("PodDisruptionBudget")) {
      const pods = this.list("Pod", pdb.metadata?.namespace).filter(
        (p) => matchesSelector(p.metadata?.labels, pdb.spec?.selector)
      );
      const spec = pdb.spec ?? {};
      const scaleBased = spec.maxUnavailable !== void 0 || typeof spec.minAvailable === "string";
      const scale = scaleBased ? this.expectedScale(pods) : pods.length;
      const expected = scale ?? pdb.status?.expectedPods ?? 0;
      const desired = spec.maxUnavailable !== void 0 ? Math.max(0, expected - scaled(spec.maxUnavailable, expected)) : spec.minAvailable !== void 0 ? scaled(spec.minAvailable, expected) : expected;
      const fresh = Date.now() - DISRUPTION_TIMEOUT_MS;
      const disrupted = Object.entries(pdb.status?.disruptedPods ?? {}).filter(([name, at]) => {
        const pod = pods.find((p) => p.metadata?.name === name);
        return pod && !pod.metadata?.deletionTimestamp && Date.parse(at) > fresh;
      });
      const disruptedNames = new Set(disrupted.map(([name]) => name));
      const healthy = pods.filter(
        (p) => !p.metadata?.deletionTimestamp && !disruptedNames.has(p.metadata?.name ?? "") && p.status?.conditions?.find((c) => c.type === "Ready")?.status === "True"
      ).length;
      const next = {
        currentHealthy: healthy,
        desiredHealthy: desired,
        // none while the budget selects no pod it expects (its first pods may not be counted yet)
        disruptionsAllowed: scale === void 0 || expected <= 0 ? 0 : Math.max(0, healthy - desired),
        expectedPods: expected,
        observedGeneration: pdb.metadata?.generation,
        ...disrupted.length ? { disruptedPods: Object.fromEntries(disrupted) } : {}
      };
      if (JSON.stringify(next) !== JSON.stringify(pdb.status)) {
        pdb.status = next;
        this.put(pdb, "MODIFIED");
      }
    }
  }
  /**
   * The replicas the pods' controllers ask for, each controller once (pods without one count for
   * none); undefined when a controller has no scale (a DaemonSet), which the disruption
   * controller cannot sync.
   */
  expectedScale(pods) {
    const scales = /* @__PURE__ */ new Map();
    for (const p of pods) {
      const ref = controllerOf(p);
      if (!ref || scales.has(ref.uid)) continue;
      const owner = this.get(ref.kind, p.metadata?.namespace, ref.name);
      const replicas = owner?.metadata?.uid === ref.uid ? owner.spec?.replicas : void 0;
      if (typeof replicas !== "number") return void 0;
      scales.set(ref.uid, replicas);
    }
    let total = 0;
    for (const n of scales.values()) total += n;
    return total;
  }
  /** The Eviction subresource (pkg/registry/core/pod/storage/eviction.go's rules). */
  evict(namespace, name) {
    const pod = this.get("Pod", namespace, name);
    if (!pod) throw notFound("pods", name);
    const success = { kind: "Status", apiVersion: "v1", metadata: {}, status: "Success", code: 201 };
    if (pod.metadata?.deletionTimestamp || pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") {
      this.deletePod(pod);
      return success;
    }
    const budgets = this.budgetsFor(pod);
    if (budgets.length > 1) {
      throw new KubeStatusError(
        500,
        "InternalError",
        "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support."
      );
    }
    const pdb = budgets[0];
    if (pdb) {
      this.refreshBudgets();
      const st = pdb.status;
      const podReady = pod.status?.conditions?.find((c) => c.type === "Ready")?.status === "True";
      const unhealthyOk = !podReady && (pdb.spec?.unhealthyPodEvictionPolicy === "AlwaysAllow" || st.currentHealthy >= st.desiredHealthy);
      if (!unhealthyOk) {
        if (st.disruptionsAllowed <= 0) {
          throw new KubeStatusError(
            429,
            "TooManyRequests",
            "Cannot evict pod as it would violate the pod's disruption budget.",
            {
              causes: [
                {
                  reason: "DisruptionBudget",
                  message: `The disruption budget ${pdb.metadata.name} needs ${st.desiredHealthy} healthy pods and has ${st.currentHealthy} currently`
                }
              ]
            }
          );
        }
        st.disruptionsAllowed--;
        st.disruptedPods = { ...st.disruptedPods ?? {}, [name]: now() };
        this.put(pdb, "MODIFIED");
      }
    }
    this.deletePod(pod);
    return success;
  }
  // ---- server-side apply ----
  /** Applies an object as `manager` (fields it sets replace the live ones; it owns what it applied). */
  apply(obj, manager, force) {
    const meta = obj.metadata ?? {};
    const existing = this.get(obj.kind, meta.namespace, meta.name);
    const managed = {
      manager,
      operation: "Apply",
      apiVersion: obj.apiVersion,
      time: now(),
      fieldsType: "FieldsV1",
      fieldsV1: fieldSet(obj)
    };
    if (!existing) {
      const created = structuredClone(obj);
      created.metadata = { ...created.metadata, managedFields: [managed], generation: 1 };
      if (created.kind === "Namespace") created.status = { phase: "Active" };
      this.put(created);
      this.reconcile();
      return created;
    }
    const others = (existing.metadata?.managedFields ?? []).filter((m) => m.manager !== manager);
    if (!force) {
      for (const m of others) {
        if (m.operation !== "Apply") continue;
        const conflict = conflictingField(existing, obj, m.fieldsV1 ?? {});
        if (conflict) {
          throw new KubeStatusError(
            409,
            "Conflict",
            `Apply failed with 1 conflict: conflict with "${m.manager}": ${conflict}`,
            {
              causes: [
                { reason: "FieldManagerConflict", message: `conflict with "${m.manager}"`, field: conflict }
              ]
            }
          );
        }
      }
    }
    const merged = { ...existing, ...structuredClone(obj) };
    merged.metadata = {
      ...existing.metadata,
      ...obj.metadata,
      uid: existing.metadata?.uid,
      creationTimestamp: existing.metadata?.creationTimestamp,
      generation: (existing.metadata?.generation ?? 1) + (JSON.stringify(existing.spec) === JSON.stringify(obj.spec) ? 0 : 1),
      managedFields: [...others, managed]
    };
    if ("status" in existing && !("status" in obj)) merged.status = existing.status;
    this.objects.get(existing.kind)?.delete(keyOf(existing.kind, existing.metadata?.namespace, existing.metadata.name));
    this.put(merged, "MODIFIED");
    this.reconcile();
    return merged;
  }
};
var STATIC_PODS = ["kube-apiserver", "kube-controller-manager", "kube-scheduler"];
function namespaceObject(name) {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name, labels: { "kubernetes.io/metadata.name": name } },
    spec: { finalizers: ["kubernetes"] },
    status: { phase: "Active" }
  };
}
function fieldSet(obj) {
  const out = {};
  if (!obj || typeof obj !== "object" || Array.isArray(obj)) return out;
  for (const [k, v] of Object.entries(obj)) {
    if (k === "apiVersion" || k === "kind" || k === "status") continue;
    if (k === "metadata") {
      const m = v;
      const meta = {};
      for (const part of ["labels", "annotations"])
        if (m[part]) meta[`f:${part}`] = fieldSet(m[part]);
      if (Object.keys(meta).length) out["f:metadata"] = meta;
      continue;
    }
    out[`f:${k}`] = v && typeof v === "object" && !Array.isArray(v) ? fieldSet(v) : {};
  }
  return out;
}
function conflictingField(live, applied, set, path = "") {
  for (const [fk, sub] of Object.entries(set)) {
    const k = fk.slice(2);
    const a = applied?.[k];
    const l = live?.[k];
    if (a === void 0) continue;
    const here = path ? `${path}.${k}` : `.${k}`;
    if (sub && typeof sub === "object" && Object.keys(sub).length && a && typeof a === "object" && !Array.isArray(a)) {
      const deeper = conflictingField(l, a, sub, here);
      if (deeper) return deeper;
    } else if (JSON.stringify(a) !== JSON.stringify(l)) return here;
  }
  return void 0;
}

// src/simulator/kubernetes/server.ts
var GROUP_RESOURCES = {
  // Served up to Kubernetes 1.31 (removed in 1.32): see REMOVED_AFTER.
  "resource.k8s.io/v1alpha3": [
    { name: "podschedulingcontexts", kind: "PodSchedulingContext", namespaced: true, verbs: ["list"] }
  ],
  v1: [
    { name: "namespaces", kind: "Namespace", namespaced: false, verbs: ["get", "list", "patch", "watch"] },
    {
      name: "nodes",
      kind: "Node",
      namespaced: false,
      verbs: ["delete", "get", "list", "patch", "watch"]
    },
    { name: "pods", kind: "Pod", namespaced: true, verbs: ["get", "list", "watch"] },
    { name: "pods/eviction", kind: "Eviction", namespaced: true, verbs: ["create"] },
    { name: "configmaps", kind: "ConfigMap", namespaced: true, verbs: ["get", "patch"] },
    { name: "serviceaccounts", kind: "ServiceAccount", namespaced: true, verbs: ["get", "patch"] },
    { name: "services", kind: "Service", namespaced: true, verbs: ["get", "patch"] },
    { name: "secrets", kind: "Secret", namespaced: true, verbs: ["patch"] }
  ],
  "apps/v1": [
    { name: "daemonsets", kind: "DaemonSet", namespaced: true, verbs: ["get", "list", "patch"] },
    { name: "deployments", kind: "Deployment", namespaced: true, verbs: ["get", "list", "patch"] }
  ],
  "policy/v1": [
    { name: "poddisruptionbudgets", kind: "PodDisruptionBudget", namespaced: true, verbs: ["list"] }
  ],
  "rbac.authorization.k8s.io/v1": [
    { name: "clusterroles", kind: "ClusterRole", namespaced: false, verbs: ["patch"] },
    { name: "clusterrolebindings", kind: "ClusterRoleBinding", namespaced: false, verbs: ["patch"] },
    { name: "roles", kind: "Role", namespaced: true, verbs: ["patch"] },
    { name: "rolebindings", kind: "RoleBinding", namespaced: true, verbs: ["patch"] }
  ]
};
var REMOVED_AFTER = { "resource.k8s.io/v1alpha3": 31 };
function serves(state, gv) {
  const last = REMOVED_AFTER[gv];
  if (last === void 0) return true;
  const minor = state.apiServerMinor();
  return minor === void 0 || minor <= last;
}
var KIND_BY_PLURAL = new Map(
  Object.entries(GROUP_RESOURCES).flatMap(([gv, rs]) => rs.map((r) => [`${gv}/${r.name}`, r]))
);
function listOf(kind, items, rv, apiVersion = "v1") {
  return { apiVersion, kind: `${kind}List`, metadata: { resourceVersion: rv }, items };
}
function fieldMatch(obj, selector) {
  if (!selector) return true;
  for (const term of selector.split(",")) {
    const [field, value] = term.split("=");
    if (field === "spec.nodeName" && obj.spec?.nodeName !== value) return false;
    if (field === "metadata.name" && obj.metadata?.name !== value) return false;
    if (field === "metadata.namespace" && obj.metadata?.namespace !== value) return false;
  }
  return true;
}
async function startKubeServer(ca, state, opts = {}) {
  const serving = issueServerCertificate(ca, {
    commonName: "kube-apiserver",
    ipAddresses: ["127.0.0.1"],
    dnsNames: ["localhost", "kubernetes", "kubernetes.default"]
  });
  const streams = /* @__PURE__ */ new Set();
  let delayMs = 0;
  const server = createServer(
    {
      ca: ca.crt,
      cert: serving.crt,
      key: toStandardKeyPem(serving.key),
      requestCert: true,
      rejectUnauthorized: true
    },
    (req, res) => {
      const chunks = [];
      req.on("data", (c) => chunks.push(c));
      req.on("end", () => {
        const rawBody = Buffer.concat(chunks).toString("utf8");
        const url = new URL(req.url ?? "/", "https://127.0.0.1");
        const exchange = {
          method: req.method ?? "GET",
          path: url.pathname,
          query: url.searchParams,
          contentType: req.headers["content-type"],
          rawBody,
          status: 200,
          response: void 0,
          watch: url.searchParams.get("watch") === "true"
        };
        const send = (status3, body) => {
          exchange.status = status3;
          exchange.response = body;
          opts.observe?.(exchange);
          const text = JSON.stringify(body);
          res.writeHead(status3, {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(text)
          });
          res.end(text);
        };
        const answer = () => {
          try {
            const peer = peerOf(req.socket);
            const orgs = [peer?.subject?.O ?? []].flat();
            if (!orgs.includes("system:masters")) {
              throw new KubeStatusError(
                403,
                "Forbidden",
                `forbidden: User "${String(peer?.subject?.CN ?? "")}" cannot ${req.method} resource at ${url.pathname}`
              );
            }
            if (exchange.watch) return watch(exchange, res);
            const out = route(state, exchange);
            send(out.status, out.body);
          } catch (err) {
            if (err instanceof KubeStatusError) send(err.code, err.toStatus());
            else send(500, new KubeStatusError(500, "InternalError", err.message).toStatus());
          }
        };
        if (delayMs > 0) setTimeout(answer, delayMs);
        else answer();
      });
    }
  );
  function watch(exchange, res) {
    const target = collection(exchange.path);
    if (!target) throw notFound("", exchange.path);
    const events = [];
    exchange.response = events;
    res.writeHead(200, { "content-type": "application/json" });
    const pick = (o) => o.kind === target.kind && (target.namespace === void 0 || o.metadata?.namespace === target.namespace) && fieldMatch(o, exchange.query.get("fieldSelector")) && matchesLabelQuery(o.metadata?.labels, exchange.query.get("labelSelector"));
    const write = (type, object) => {
      const event = { type, object };
      events.push(event);
      res.write(`${JSON.stringify(event)}
`);
    };
    for (const o of state.list(target.kind)) if (pick(o)) write("ADDED", o);
    const unsubscribe = state.watch((type, o) => {
      if (pick(o)) write(type, o);
    });
    const stream = {
      end() {
        unsubscribe();
        clearTimeout(timer);
        streams.delete(stream);
        opts.observe?.(exchange);
        res.end();
      }
    };
    streams.add(stream);
    const timer = setTimeout(() => stream.end(), Number(exchange.query.get("timeoutSeconds") ?? 300) * 1e3);
    res.on("close", () => {
      if (streams.has(stream)) stream.end();
    });
  }
  const port = await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server.address().port));
  });
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    get delayMs() {
      return delayMs;
    },
    set delayMs(ms) {
      delayMs = ms;
    },
    stop: () => new Promise((resolve) => {
      for (const s of [...streams]) s.end();
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}
function collection(path) {
  const m = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)\/?$/.exec(path);
  if (!m) return void 0;
  const gv = m[1] ?? m[2];
  const r = KIND_BY_PLURAL.get(`${gv}/${m[4]}`);
  if (!r) return void 0;
  return { kind: r.kind, namespace: m[3], apiVersion: gv };
}
function parseBody(exchange) {
  try {
    return JSON.parse(exchange.rawBody || "{}");
  } catch {
    throw new KubeStatusError(400, "BadRequest", "the request body is not valid JSON");
  }
}
function route(state, ex) {
  const { method, path } = ex;
  const ok = (body) => ({ status: 200, body });
  const disc = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))\/?$/.exec(path);
  if (disc && method === "GET") {
    const gv = disc[1] ?? disc[2];
    const resources = serves(state, gv) ? GROUP_RESOURCES[gv] : void 0;
    if (!resources)
      throw new KubeStatusError(404, "NotFound", "the server could not find the requested resource");
    return ok({
      kind: "APIResourceList",
      apiVersion: "v1",
      groupVersion: gv,
      resources: resources.map((r) => ({ ...r, singularName: "" }))
    });
  }
  let m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/eviction$/.exec(path);
  if (m && method === "POST") {
    const body = parseBody(ex);
    if (body.kind !== "Eviction") throw new KubeStatusError(400, "BadRequest", "the body is not an Eviction");
    return { status: 201, body: state.evict(decodeURIComponent(m[1]), decodeURIComponent(m[2])) };
  }
  m = /^\/api\/v1\/nodes\/([^/]+)$/.exec(path);
  if (m) {
    const name = decodeURIComponent(m[1]);
    if (method === "GET") {
      const node = state.get("Node", void 0, name);
      if (!node) throw notFound("nodes", name);
      return ok(node);
    }
    if (method === "DELETE") {
      const node = state.deleteNode(name);
      return ok({
        kind: "Status",
        apiVersion: "v1",
        metadata: {},
        status: "Success",
        details: { name, kind: "nodes", uid: node.metadata?.uid }
      });
    }
    if (method === "PATCH") {
      if (!ex.contentType?.startsWith("application/merge-patch+json") && !ex.contentType?.startsWith("application/strategic-merge-patch+json")) {
        throw new KubeStatusError(
          415,
          "UnsupportedMediaType",
          `the body of the request was in an unknown format - accepted media types include: application/merge-patch+json, application/strategic-merge-patch+json`
        );
      }
      return ok(
        state.patchNode(name, parseBody(ex))
      );
    }
  }
  m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)$/.exec(path);
  if (m && method === "GET") {
    const pod = state.get("Pod", decodeURIComponent(m[1]), decodeURIComponent(m[2]));
    if (!pod) throw notFound("pods", decodeURIComponent(m[2]));
    return ok(pod);
  }
  const obj = /^\/(?:api\/(v1)|apis\/([^/]+\/[^/]+))(?:\/namespaces\/([^/]+))?\/([^/]+)\/([^/]+)$/.exec(path);
  if (obj && method === "GET") {
    const gv = obj[1] ?? obj[2];
    const r = KIND_BY_PLURAL.get(`${gv}/${obj[4]}`);
    if (r?.verbs.includes("get") && serves(state, gv)) {
      const name = decodeURIComponent(obj[5]);
      const found = state.get(r.kind, r.namespaced ? decodeURIComponent(obj[3] ?? "") : void 0, name);
      if (!found) throw notFound(obj[4], name, gv.includes("/") ? gv.split("/")[0] : "");
      return ok(found);
    }
  }
  if (obj && method === "PATCH") {
    const gv = obj[1] ?? obj[2];
    const r = KIND_BY_PLURAL.get(`${gv}/${obj[4]}`);
    if (!r) throw new KubeStatusError(404, "NotFound", "the server could not find the requested resource");
    if (!ex.contentType?.startsWith("application/apply-patch+yaml")) {
      throw new KubeStatusError(
        415,
        "UnsupportedMediaType",
        "only server-side apply is served for this resource"
      );
    }
    const manager = ex.query.get("fieldManager");
    if (!manager) throw new KubeStatusError(422, "Invalid", "fieldManager is required for apply requests");
    const body = parseBody(ex);
    const name = decodeURIComponent(obj[5]);
    if (body.metadata?.name !== name)
      throw new KubeStatusError(
        400,
        "BadRequest",
        "the name of the object does not match the name on the URL"
      );
    if (body.kind !== r.kind || body.apiVersion !== gv)
      throw new KubeStatusError(400, "BadRequest", `the object is not a ${gv} ${r.kind}`);
    if (r.namespaced)
      body.metadata = { ...body.metadata, namespace: decodeURIComponent(obj[3] ?? "default") };
    const existed = state.get(r.kind, body.metadata?.namespace, name) !== void 0;
    return {
      status: existed ? 200 : 201,
      body: state.apply(body, manager, ex.query.get("force") === "true")
    };
  }
  const coll = collection(path);
  if (coll && method === "GET" && serves(state, coll.apiVersion)) {
    const items = state.list(coll.kind, coll.namespace).filter(
      (o) => fieldMatch(o, ex.query.get("fieldSelector")) && matchesLabelQuery(o.metadata?.labels, ex.query.get("labelSelector"))
    );
    return ok(listOf(coll.kind, items, state.resourceVersion, coll.apiVersion));
  }
  throw new KubeStatusError(404, "NotFound", "the server could not find the requested resource");
}
var peers = /* @__PURE__ */ new WeakMap();
function peerOf(socket) {
  let peer = peers.get(socket);
  if (!peer) {
    peer = socket.getPeerCertificate();
    peers.set(socket, peer);
  }
  return peer;
}

// src/simulator/node.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { randomUUID as randomUUID2 } from "node:crypto";

// src/yaml/string-document.ts
function yamlStringDocument(text) {
  return emitDocument(scalar(text, text.includes("\n") ? "literal" : "plain"), { indent: 4 });
}

// src/simulator/diff.ts
function unifiedDiff(before, after) {
  if (before === after) return "";
  const patch = structuredPatch("a", "b", before, after, void 0, void 0, { context: 3 });
  const lines = ["--- a", "+++ b"];
  for (const h of patch.hunks) {
    lines.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`);
    lines.push(...h.lines);
  }
  return `${lines.join("\n")}
`;
}

// src/simulator/node.ts
function staticAddresses2(yaml) {
  return staticAddresses(
    configDocuments(yaml).filter((d) => typeof d.body.kind === "string" || d.body.version === "v1alpha1")
  );
}
var FACTORY_IMAGE = /\/(?:[a-z0-9-]+-)?installer(?:-secureboot)?\/([0-9a-f]{64})(?::|@|$)/;
var ETCD_DATA = "/var/lib/etcd";
var MODE = { REBOOT: 0, AUTO: 1, NO_REBOOT: 2, STAGED: 3, TRY: 4 };
var MODE_NAMES = ["reboot", "auto", "no-reboot", "staged", "try"];
var BASE_SERVICES = ["apid", "containerd", "cri", "kubelet", "machined", "udevd"];
var MAINTENANCE_SERVICES = ["apid", "machined", "udevd"];
var CONTROL_PLANE_SERVICES = ["etcd", "trustd"];
function goDuration(ms) {
  if (ms < 1e3) return `${ms}ms`;
  const h = Math.floor(ms / 36e5);
  const m = Math.floor(ms % 36e5 / 6e4);
  const s = ms % 6e4 / 1e3;
  if (h) return `${h}h${m}m${s}s`;
  if (m) return `${m}m${s}s`;
  return `${s}s`;
}
function multiError(errors) {
  const n = errors.length;
  return `${n} error${n === 1 ? "" : "s"} occurred:
${errors.map((e) => `	* ${e}`).join("\n")}

`;
}
var SimNode = class {
  constructor(spec, env) {
    this.env = env;
    this.address = spec.address;
    this.name = spec.name ?? spec.address;
    this.role = spec.role;
    this.cluster = env.cluster;
    this.talosVersion = spec.talosVersion;
    if (spec.maintenance) {
      this.config = "";
    } else {
      this.config = spec.config;
      const facts = installFacts(spec.config, spec.talosVersion);
      this.machineType = facts.machineType ?? spec.role;
      this.installed(facts.installerImage);
      if (this.isControlPlane) {
        this.etcdCluster = env.etcd;
        this.etcdData = true;
        this.etcdService = "running";
      }
    }
  }
  env;
  /** Where apid reaches the node; it moves when an applied config takes its address away. */
  address;
  name;
  role;
  cluster;
  config;
  stagedConfig;
  talosVersion;
  bootId = randomUUID2();
  bootCount = 1;
  bootTime = /* @__PURE__ */ new Date();
  applyHistory = [];
  faults = {};
  /** The machine type its config gives it (undefined in maintenance mode). */
  machineType;
  /** The installer image it was installed from, and the extensions that image carries. */
  installedImage;
  extensions = [];
  /** Its etcd data directory holds a member (control planes). */
  etcdData = false;
  etcdService = "none";
  /** The etcd cluster it is a member of. */
  etcdCluster;
  /** The never-healthy fault has taken effect (after a reboot or apply). */
  unhealthy = false;
  down;
  configVersion = 1;
  configUpdated = /* @__PURE__ */ new Date();
  tryRollback;
  upWaiters = [];
  // ---- state ----
  get rebooting() {
    return this.down !== void 0 && this.down !== "off";
  }
  /** Powered off (halted by a reset without reboot). */
  get off() {
    return this.down === "off";
  }
  /** Reachable: not rebooting and no `unreachable` fault. */
  get up() {
    return !this.down && !this.faults.unreachable;
  }
  /** The never-healthy fault has taken effect: its kubelet does not come up healthy. */
  get kubeletUnhealthy() {
    return this.unhealthy;
  }
  /** No config yet: it answers only its maintenance API, directly at its address. */
  get maintenance() {
    return this.config === "";
  }
  get isControlPlane() {
    return !this.maintenance && (this.machineType === "controlplane" || this.machineType === "init");
  }
  /** This node's etcd member, if it is one. */
  etcdMember() {
    return this.etcdCluster?.memberOf(this.address);
  }
  /** etcd health follows the node: down, unreachable or an etcd fault make the member unhealthy. */
  etcdHealthy() {
    return this.isControlPlane && this.up && this.etcdService === "running" && !this.faults["etcd-unhealthy"];
  }
  etcdStarted() {
    return this.faults["etcd-unhealthy"] !== "not-started";
  }
  record(type, detail) {
    this.env.log.record(this, type, detail);
  }
  setFault(name, value = true) {
    this.faults = { ...this.faults, [name]: value };
    this.record("fault-set", `${name}=${String(value)}`);
    this.etcd.leader();
  }
  /** The etcd this node talks to: its own cluster's, else the cluster's (through the other control planes). */
  get etcd() {
    return this.etcdCluster ?? this.env.etcd;
  }
  clearFault(name) {
    if (!(name in this.faults)) return;
    const { [name]: _removed, ...rest } = this.faults;
    this.faults = rest;
    if (name === "never-healthy") this.unhealthy = false;
    this.record("fault-cleared", name);
    this.etcd.leader();
  }
  waitUntilUp() {
    if (!this.down) return Promise.resolve();
    return new Promise((resolve) => this.upWaiters.push(resolve));
  }
  /** apid's view before forwarding: throws for a node it cannot reach; 'hang' for one that never answers. */
  gate() {
    if (this.faults.hang) return "hang";
    if (!this.up) throw unavailableNode(this.address);
    return void 0;
  }
  unhealthyServices() {
    const out = [];
    if (this.isControlPlane && this.faults["etcd-unhealthy"]) out.push("etcd");
    if (this.unhealthy) out.push("kubelet");
    return out;
  }
  /** Records the installer image the node runs from and the extensions the factory put in it. */
  installed(image) {
    this.installedImage = image;
    const id = image ? FACTORY_IMAGE.exec(image)?.[1] : void 0;
    this.extensions = id && this.env.schematics?.get(id) || [];
  }
  /** Whether the simulated factory serves this image (any non-factory image is served). */
  imageAvailable(image) {
    const id = FACTORY_IMAGE.exec(image)?.[1];
    return !id || !this.env.schematics || this.env.schematics.has(id);
  }
  schedule(ms, fn) {
    const t = setTimeout(() => {
      this.env.timers.delete(t);
      fn();
    }, ms);
    this.env.timers.add(t);
    return t;
  }
  startReboot(kind, image) {
    if (this.down) return;
    this.down = kind;
    const factor = this.faults["slow-reboot"] ?? 1;
    const ms = (kind === "upgrade" ? this.env.upgradeMs : this.env.rebootMs) * factor;
    this.record("reboot-start", kind === "upgrade" ? `upgrade to ${image}` : void 0);
    this.etcd.leader();
    this.schedule(ms, () => this.finishReboot(kind, image));
  }
  finishReboot(kind, image) {
    this.down = void 0;
    this.bootId = randomUUID2();
    this.bootCount++;
    this.bootTime = /* @__PURE__ */ new Date();
    if (this.stagedConfig !== void 0) {
      this.setConfig(this.stagedConfig);
      this.stagedConfig = void 0;
    }
    let upgradeDetail;
    if (kind === "upgrade") {
      const tag = image ? imageTag(image) : void 0;
      if (this.faults["upgrade-fails"] === "rollback" || !tag) {
        upgradeDetail = `failed: still ${this.talosVersion}`;
      } else {
        this.talosVersion = tag;
        this.installed(image);
        upgradeDetail = `now ${tag}`;
      }
    }
    if (this.faults["never-healthy"]) this.unhealthy = true;
    this.record("reboot-end");
    if (upgradeDetail) this.record("upgrade-end", upgradeDetail);
    this.etcd.leader();
    if (this.etcdService === "waiting") this.tryJoin();
    this.wakeUpWaiters();
  }
  wakeUpWaiters() {
    const waiters = this.upWaiters.splice(0);
    for (const w of waiters) w();
  }
  // ---- lifecycle: install from maintenance mode, join etcd, reset ----
  /** Installs from the applied config's installer and boots configured (Talos's install sequence). */
  install(config) {
    const facts = installFacts(config, this.talosVersion);
    this.down = "install";
    this.env.maintenanceChanged(this);
    this.record("install-start", facts.installerImage);
    const factor = this.faults["slow-reboot"] ?? 1;
    this.schedule(this.env.installMs * factor, () => {
      if (facts.installerImage && !this.imageAvailable(facts.installerImage)) {
        this.down = void 0;
        this.record("install-failed", `${facts.installerImage}: not found at the image factory`);
        this.env.maintenanceChanged(this);
        this.wakeUpWaiters();
        return;
      }
      this.setConfig(config);
      this.machineType = facts.machineType;
      const tag = facts.installerImage ? imageTag(facts.installerImage) : void 0;
      if (tag) this.talosVersion = tag;
      this.installed(facts.installerImage);
      this.down = void 0;
      this.bootId = randomUUID2();
      this.bootCount++;
      this.bootTime = /* @__PURE__ */ new Date();
      if (this.isControlPlane) this.etcdService = "waiting";
      if (this.faults["never-healthy"]) this.unhealthy = true;
      this.record("install-end", `running ${this.talosVersion}`);
      if (this.etcdService === "waiting") this.tryJoin();
      this.wakeUpWaiters();
    });
  }
  /**
   * A control plane with no etcd data keeps trying to join the cluster's etcd (Talos's
   * buildInitialCluster): once the cluster has a leader it is added as a learner, and promoted when
   * it has caught up. A member left over under its own name is removed first, as Talos does.
   */
  tryJoin() {
    if (!this.isControlPlane || this.etcdService !== "waiting") return;
    const target = this.env.etcd;
    if (this.up && !this.faults["etcd-unhealthy"] && target.leader()) {
      const stale = target.members.find((m) => m.host.name === this.name && m.host !== this);
      try {
        if (stale) target.remove(stale.id);
        const member = target.add(this, { learner: true });
        this.etcdCluster = target;
        this.etcdData = true;
        this.etcdService = "running";
        this.record("etcd-join", "learner");
        this.schedule(this.env.joinMs, () => {
          if (!target.members.includes(member)) return;
          target.promote(member.id);
          this.record("etcd-join", "promoted");
        });
        return;
      } catch {
      }
    }
    this.schedule(this.env.joinMs, () => this.tryJoin());
  }
  /** Its member was removed by another member: its etcd stops for good (the data is no longer valid). */
  etcdRemoved() {
    this.etcdCluster = void 0;
    this.etcdService = "removed";
  }
  leaveEtcd() {
    const member = this.etcdMember();
    if (!member) {
      throw new SimRpcError(
        "UNKNOWN",
        "failed to leave cluster: failed to get local etcd member ID: context deadline exceeded"
      );
    }
    if (this.faults["etcd-leave-fails"]) {
      throw new SimRpcError(
        "UNKNOWN",
        `failed to leave cluster: ${ETCD_ERRORS.unhealthy} (etcd-leave-fails fault)`
      );
    }
    try {
      this.etcd.remove(member.id);
    } catch (err) {
      const e = err;
      throw new SimRpcError(
        "UNKNOWN",
        `failed to leave cluster: failed to remove member ${member.id}: ${e.message}`
      );
    }
    this.etcdCluster = void 0;
    this.etcdService = "stopped";
    this.etcdData = false;
    this.record("etcd-leave");
  }
  startReset(graceful, reboot) {
    if (this.down) return;
    this.record("reset-start", graceful ? "graceful" : void 0);
    if (graceful && this.isControlPlane && this.etcdService === "running") {
      try {
        this.leaveEtcd();
      } catch (err) {
        this.record("reset-failed", err.message);
        return;
      }
    }
    this.down = "reset";
    this.etcd.leader();
    const factor = this.faults["slow-reboot"] ?? 1;
    this.schedule(this.env.rebootMs * factor, () => {
      this.config = "";
      this.stagedConfig = void 0;
      this.machineType = void 0;
      this.etcdCluster = void 0;
      this.etcdService = "none";
      this.etcdData = false;
      this.installed(void 0);
      this.unhealthy = false;
      this.bootId = randomUUID2();
      this.bootCount++;
      this.bootTime = /* @__PURE__ */ new Date();
      this.configVersion++;
      this.down = reboot ? void 0 : "off";
      this.record("reset-end", reboot ? "maintenance mode" : "powered off");
      if (reboot) this.env.maintenanceChanged(this);
      this.wakeUpWaiters();
    });
  }
  /** Powers a halted node on: with its system disk wiped, it boots into maintenance mode. */
  powerOn() {
    if (this.down !== "off") return;
    this.down = void 0;
    this.record("reboot-end", "powered on");
    this.env.maintenanceChanged(this);
  }
  yamlSpecMemo;
  setConfig(yaml) {
    const before = this.config;
    this.config = yaml;
    this.configVersion++;
    this.configUpdated = /* @__PURE__ */ new Date();
    this.followAddress(before, yaml);
  }
  /**
   * Like a real node, it answers where its network config puts it: when the active config's static
   * addresses no longer include the one it is reached at, it moves to the address the new config
   * brings (and answers only there). A config without static addresses (DHCP) leaves it in place.
   */
  followAddress(before, after) {
    const has = staticAddresses2(after);
    if (has.length === 0 || has.includes(this.address)) return;
    const had = staticAddresses2(before);
    const to = has.find((a) => !had.includes(a)) ?? has[0];
    const from = this.address;
    this.address = to;
    this.record("address-moved", `${from} -> ${to}`);
  }
  requireControlPlane(api) {
    if (!this.isControlPlane)
      throw new SimRpcError("UNIMPLEMENTED", `${api} is only available on control plane nodes`);
  }
  // ---- API methods ----
  version() {
    return {
      version: {
        tag: this.talosVersion,
        sha: "simulated",
        built: "",
        goVersion: "go1.24",
        os: "linux",
        arch: "amd64"
      },
      platform: { name: "metal", mode: "metal" },
      // in maintenance mode there is no config to read the features from
      ...this.maintenance ? {} : { features: { rbac: true } }
    };
  }
  serviceList() {
    const ids = this.maintenance ? MAINTENANCE_SERVICES : [...BASE_SERVICES, ...this.isControlPlane ? CONTROL_PLANE_SERVICES : []].sort();
    const ts = dateToTimestamp(this.bootTime);
    const bad = this.unhealthyServices();
    return {
      services: ids.map((id) => {
        let state = "Running";
        let healthy = true;
        let message = "Health check successful";
        if (id === "etcd" && (this.faults["etcd-unhealthy"] === "not-started" || this.etcdService === "waiting")) {
          state = "Preparing";
          healthy = false;
          message = "Running pre state";
        } else if (id === "etcd" && this.etcdService === "stopped") {
          state = "Finished";
          healthy = false;
          message = "Service finished successfully";
        } else if (id === "etcd" && this.etcdService === "removed") {
          state = "Failed";
          healthy = false;
          message = "Failed to run service: the member has been permanently removed from the cluster";
        } else if (bad.includes(id)) {
          healthy = false;
          message = `Health check failed: ${id} is not healthy (simulated fault)`;
        }
        return {
          id,
          state,
          events: { events: [{ msg: message, state, ts }] },
          health: { unknown: false, healthy, lastMessage: message, lastChange: ts }
        };
      })
    };
  }
  machineStatusSpec() {
    if (this.maintenance) return { stage: "maintenance", ready: true, unmet: [] };
    const bad = this.unhealthyServices().map((s) => `${s} not healthy`);
    if (this.isControlPlane && this.etcdService !== "running") bad.push("etcd not running");
    const unmet = bad.length ? [{ name: "services", reason: bad.join(", ") }] : [];
    if (this.env.etcd.members.length === 0) unmet.push({ name: "nodeReady", reason: "node not ready" });
    return { stage: "running", ready: unmet.length === 0, unmet };
  }
  applyConfiguration(req) {
    const data = Buffer.from(req.data ?? []).toString("utf8");
    const requested = req.mode;
    const dryRun = req.dryRun === true;
    const requestedName = MODE_NAMES[requested] ?? String(requested);
    if (!(requested in MODE_NAMES)) {
      throw new SimRpcError(
        "INVALID_ARGUMENT",
        `incorrect mode '${requested}' specified for the apply config call`
      );
    }
    const rejected = this.faults["apply-rejected"];
    if (rejected) {
      this.record("apply-rejected", "fault");
      throw new SimRpcError(
        "INVALID_ARGUMENT",
        typeof rejected === "string" ? rejected : multiError(["simulated rejection (apply-rejected fault)"])
      );
    }
    const errors = this.env.hooks.validate(data, this.talosVersion);
    if (errors.length) {
      this.record("apply-rejected", errors.join("; "));
      throw new SimRpcError("INVALID_ARGUMENT", multiError(errors));
    }
    if (this.maintenance) return this.applyInMaintenance(data, requested, dryRun);
    const noRebootContract = appliesWithoutReboot(this.talosVersion);
    let mode = requested;
    let details;
    let detailsSuffix = "";
    const diff = unifiedDiff(this.config, data);
    if (noRebootContract) {
      if (requested === MODE.REBOOT) {
        throw new SimRpcError(
          "UNIMPLEMENTED",
          "the REBOOT mode is not supported, please use AUTO or NO_REBOOT modes instead"
        );
      }
      if (requested === MODE.AUTO) mode = MODE.NO_REBOOT;
      details = mode === MODE.STAGED ? "Staged configuration to be applied after the next reboot" : "Applied configuration without a reboot";
    } else {
      const needsReboot = this.env.hooks.needsReboot(this.config, data, this.talosVersion);
      const immediateError = `this config change can't be applied in immediate mode
diff:
${diff}`;
      switch (requested) {
        case MODE.NO_REBOOT:
        case MODE.TRY:
          if (needsReboot) throw new SimRpcError("INVALID_ARGUMENT", immediateError);
          details = "Applied configuration without a reboot";
          break;
        case MODE.AUTO:
          mode = needsReboot ? MODE.REBOOT : MODE.NO_REBOOT;
          details = needsReboot ? "Applied configuration with a reboot" : "Applied configuration without a reboot";
          if (needsReboot) detailsSuffix = `: ${immediateError}`;
          break;
        case MODE.STAGED:
          details = "Staged configuration to be applied after the next reboot";
          break;
        case MODE.REBOOT:
          details = "Applied configuration with a reboot";
          break;
        default:
          throw new SimRpcError(
            "INVALID_ARGUMENT",
            `incorrect mode '${requested}' specified for the apply config call`
          );
      }
    }
    if (dryRun) {
      this.record("dry-run", `${requestedName} -> ${MODE_NAMES[mode]}`);
      return {
        mode,
        modeDetails: `Dry run summary:
${details} (skipped in dry-run).
Config diff:

${diff || "No changes."}`
      };
    }
    if (requested !== MODE.TRY && this.tryRollback) {
      clearTimeout(this.tryRollback);
      this.env.timers.delete(this.tryRollback);
      this.tryRollback = void 0;
    }
    const resolved = MODE_NAMES[mode];
    this.applyHistory.push({
      at: this.env.now(),
      mode: resolved,
      requestedMode: requestedName,
      config: data
    });
    this.record("apply", `${requestedName} -> ${resolved}`);
    switch (mode) {
      case MODE.NO_REBOOT:
        this.setConfig(data);
        if (this.faults["never-healthy"]) this.unhealthy = true;
        break;
      case MODE.TRY: {
        const previous = this.config;
        const ms = req.tryModeTimeout ? Number(req.tryModeTimeout.seconds) * 1e3 + Math.floor((req.tryModeTimeout.nanos ?? 0) / 1e6) : 6e4;
        detailsSuffix = `
The config is applied in 'try' mode and will be automatically reverted back in ${goDuration(ms)}`;
        this.setConfig(data);
        if (this.faults["never-healthy"]) this.unhealthy = true;
        this.tryRollback = this.schedule(ms, () => {
          this.tryRollback = void 0;
          this.setConfig(previous);
          this.record("config-rollback", "try mode timeout");
        });
        break;
      }
      case MODE.STAGED:
        this.stagedConfig = data;
        break;
      case MODE.REBOOT:
        this.stagedConfig = data;
        this.schedule(0, () => this.startReboot("reboot"));
        break;
    }
    return { mode, warnings: [], modeDetails: details + detailsSuffix };
  }
  /**
   * The first config, in maintenance mode: checked like any other, then the node installs and boots
   * with it (REBOOT is taken as NO_REBOOT there, as machined does).
   */
  applyInMaintenance(data, requested, dryRun) {
    const mode = requested === MODE.STAGED ? MODE.STAGED : MODE.NO_REBOOT;
    const details = mode === MODE.STAGED ? "Staged configuration to be applied after the next reboot" : "Applied configuration without a reboot";
    if (dryRun) {
      this.record("dry-run", `maintenance ${MODE_NAMES[requested]} -> ${MODE_NAMES[mode]}`);
      return {
        mode,
        modeDetails: `Dry run summary:
${details} (skipped in dry-run).
Config diff:

${unifiedDiff("", data)}`
      };
    }
    this.applyHistory.push({
      at: this.env.now(),
      mode: MODE_NAMES[mode],
      requestedMode: MODE_NAMES[requested] ?? String(requested),
      config: data
    });
    this.record("apply", `maintenance ${MODE_NAMES[requested]} -> ${MODE_NAMES[mode]}`);
    this.schedule(0, () => this.install(data));
    return { mode, warnings: [], modeDetails: details };
  }
  etcdMemberList(req) {
    this.requireControlPlane("member list");
    if (req.queryLocal && !this.etcdHealthy()) {
      throw new SimRpcError("UNKNOWN", "failed to create etcd client: context deadline exceeded");
    }
    if (!this.etcd.leader()) throw new SimRpcError("UNAVAILABLE", ETCD_ERRORS.noLeader);
    const members = this.etcd.members.map((m) => {
      const started = m.host.etcdStarted();
      return {
        id: m.id,
        hostname: started ? m.host.name : "",
        peerUrls: [`https://${m.host.address}:2380`],
        clientUrls: started ? [`https://${m.host.address}:2379`] : [],
        isLearner: m.isLearner
      };
    });
    return { legacyMembers: members.map((m) => m.hostname), members };
  }
  etcdStatus() {
    this.requireControlPlane("etcd status");
    const fault = this.faults["etcd-unhealthy"];
    const self = this.etcdMember();
    if (fault === "not-started" || this.etcdService !== "running" || !self) {
      throw new SimRpcError("UNKNOWN", "failed to query etcd status: context deadline exceeded");
    }
    const leader = this.etcd.leader();
    const { term, index } = this.etcd.tick();
    return {
      memberStatus: {
        memberId: self.id,
        protocolVersion: "3.5.21",
        storageVersion: "3.5.0",
        dbSize: 20480000n,
        dbSizeInUse: 12288000n,
        leader: leader?.id ?? 0n,
        raftIndex: index,
        raftTerm: term,
        raftAppliedIndex: index,
        errors: fault ? [`etcd member ${this.name} is unhealthy (simulated fault)`] : [],
        isLearner: self.isLearner
      }
    };
  }
  etcdForfeitLeadership() {
    this.requireControlPlane("etcd forfeit leadership");
    return { member: this.etcd.forfeit(this.address) };
  }
  /**
   * machined's Bootstrap: only once the node is up (CRI running: never in maintenance mode), only on
   * a control plane, never when its etcd data directory is not empty. It starts a new etcd cluster
   * with this node as its only member, whatever other control planes run: bootstrapping a second one
   * splits the cluster, which is why it must happen exactly once.
   */
  bootstrap() {
    if (this.maintenance) throw new SimRpcError("FAILED_PRECONDITION", "bootstrap is not available yet");
    this.requireControlPlane("bootstrap");
    const fault = this.faults["bootstrap-fails"];
    if (fault) {
      this.record("bootstrap-rejected", "fault");
      throw new SimRpcError(
        "UNKNOWN",
        typeof fault === "string" ? fault : "error starting etcd in bootstrap mode: simulated failure (bootstrap-fails fault)"
      );
    }
    if (this.etcdData) {
      this.record("bootstrap-rejected", "etcd data directory is not empty");
      throw new SimRpcError("ALREADY_EXISTS", "etcd data directory is not empty");
    }
    const first = this.env.etcd.members.length === 0;
    const etcd = first ? this.env.etcd : this.env.newEtcd();
    etcd.add(this);
    this.etcdCluster = etcd;
    this.etcdData = true;
    this.etcdService = "running";
    this.record("etcd-bootstrap", first ? void 0 : "a second, separate etcd cluster");
    etcd.leader();
    return {};
  }
  /** EtcdRemoveMemberByID: the member goes, under etcd's reconfiguration checks. */
  etcdRemoveMemberById(req) {
    this.requireControlPlane("etcd remove member");
    const id = BigInt(req.memberId ?? 0);
    const member = this.etcd.members.find((m) => m.id === id);
    try {
      this.etcd.remove(id);
    } catch (err) {
      const e = err;
      const text = `failed to remove member ${id}: ${e.message}`;
      if (e.message === ETCD_ERRORS.memberNotFound) throw new SimRpcError("NOT_FOUND", text);
      throw new SimRpcError("UNKNOWN", `failed to remove member: ${text}`);
    }
    member?.host?.etcdRemoved?.();
    this.record("etcd-remove", member?.host.name ?? id.toString(16));
    return {};
  }
  /** EtcdLeaveCluster: this node's own member leaves; its etcd stops and its data is removed. */
  etcdLeaveCluster() {
    this.requireControlPlane("etcd leave");
    if (!this.etcd.leader()) throw new SimRpcError("UNAVAILABLE", ETCD_ERRORS.noLeader);
    this.leaveEtcd();
    return {};
  }
  /** Reset: accepted at once, the reset sequence runs after the reply (as machined runs it). */
  reset(req) {
    const graceful = req.graceful === true;
    const reboot = req.reboot === true;
    this.schedule(0, () => this.startReset(graceful, reboot));
    return { actorId: randomUUID2() };
  }
  /** List of one directory (not recursive): the directory itself first, then its entries. */
  list(req) {
    const root = `/${String(req.root ?? "").replace(/^\/+|\/+$/g, "")}`;
    if (root !== ETCD_DATA || !this.isControlPlane) {
      return [{ name: root, relativeName: ".", error: `lstat ${root}: no such file or directory` }];
    }
    const dir = (name, rel) => ({
      name,
      relativeName: rel,
      isDir: true,
      mode: 2147484096,
      size: 4096n
    });
    return [dir(ETCD_DATA, "."), ...this.etcdData ? [dir(`${ETCD_DATA}/member`, "member")] : []];
  }
  upgrade(req) {
    const image = String(req.image ?? "");
    if (!this.imageAvailable(image)) {
      this.record("upgrade-rejected", "image not found");
      throw new SimRpcError(
        "UNKNOWN",
        `error validating installer image "${image}": failed to pull the image: not found at the image factory (unknown schematic)`
      );
    }
    if (this.faults["upgrade-fails"] === "rpc") {
      this.record("upgrade-rejected", "fault");
      throw new SimRpcError(
        "UNKNOWN",
        `error validating installer image "${image}": simulated failure (upgrade-fails fault)`
      );
    }
    if (!imageTag(image)) {
      throw new SimRpcError(
        "UNKNOWN",
        `error validating installer image "${image}": image reference has no tag`
      );
    }
    if (this.isControlPlane && !req.force) {
      const etcd = this.etcd;
      if (etcd.members.length === 2) {
        this.record("upgrade-rejected", "etcd quorum");
        throw new SimRpcError(
          "UNKNOWN",
          "error validating etcd for upgrade: etcd member count(2) is insufficient to maintain quorum if upgrade commences"
        );
      }
      for (const m of etcd.members) {
        const hex = m.id.toString(16).padStart(16, "0");
        if (!m.host.etcdStarted()) {
          this.record("upgrade-rejected", `etcd member ${m.host.name} not started`);
          throw new SimRpcError(
            "UNKNOWN",
            `error validating etcd for upgrade: etcd member ${hex} is not started, all members must be running to perform an upgrade`
          );
        }
        if (!m.host.etcdHealthy()) {
          this.record("upgrade-rejected", `etcd member ${m.host.name} unhealthy`);
          throw new SimRpcError(
            "UNKNOWN",
            `error validating etcd for upgrade: etcd member ${hex} is not healthy; all members must be healthy to perform an upgrade: context deadline exceeded`
          );
        }
      }
    }
    const actorId = randomUUID2();
    this.record("upgrade-start", image);
    this.schedule(0, () => this.startReboot("upgrade", image));
    return { ack: "Upgrade request received", actorId };
  }
  reboot() {
    const actorId = randomUUID2();
    this.schedule(0, () => this.startReboot("reboot"));
    return { actorId };
  }
  read(path) {
    if (path === "/proc/sys/kernel/random/boot_id") return Buffer.from(`${this.bootId}
`);
    throw new SimRpcError("NOT_FOUND", `stat ${path}: no such file or directory`);
  }
  /** COSI State.Get for the resources the simulator models. Roles are checked by the caller. */
  cosiGet(namespace, type, id) {
    const schema = talosSchema();
    const meta = (version, updated) => ({
      namespace,
      type,
      id,
      version: String(version),
      owner: "",
      phase: "running",
      created: dateToTimestamp(this.bootTime),
      updated: dateToTimestamp(updated),
      finalizers: [],
      labels: {},
      annotations: {}
    });
    const notFound2 = () => new SimRpcError("NOT_FOUND", `resource ${type}(${namespace}/${id}@undefined) doesn't exist`);
    if (type === "MachineConfigs.config.talos.dev") {
      if (namespace !== "config") throw notFound2();
      let yaml;
      if (id === "v1alpha1") yaml = this.config;
      else if (id === "persistent") yaml = this.stagedConfig ?? this.config;
      else throw notFound2();
      const protoSpec = encodeMessage(schema.message("resource.config.MachineConfigSpec"), {
        yamlMarshalled: Buffer.from(yaml, "utf8")
      });
      const metadata = meta(this.configVersion, this.configUpdated);
      let yamlSpec = yaml;
      if (atLeast(this.talosVersion, 1, 12)) {
        metadata.annotations = { "talos.dev/yaml-spec": "1" };
        if (this.yamlSpecMemo?.text !== yaml)
          this.yamlSpecMemo = { text: yaml, spec: yamlStringDocument(yaml) };
        yamlSpec = this.yamlSpecMemo.spec;
      }
      return { resource: { metadata, spec: { protoSpec, yamlSpec } } };
    }
    if (type === "MachineStatuses.runtime.talos.dev") {
      if (namespace !== "runtime" || id !== "machine") throw notFound2();
      const s = this.machineStatusSpec();
      const stage = MACHINE_STAGES.indexOf(s.stage);
      const protoSpec = encodeMessage(
        schema.message("talos.resource.definitions.runtime.MachineStatusSpec"),
        {
          stage,
          status: { ready: s.ready, unmetConditions: s.unmet }
        }
      );
      const yamlSpec = (0, import_yaml3.stringify)({ stage: s.stage, status: { ready: s.ready, unmetConditions: s.unmet } });
      return { resource: { metadata: meta(this.bootCount, this.bootTime), spec: { protoSpec, yamlSpec } } };
    }
    throw new SimRpcError("PERMISSION_DENIED", `resource type "${type}" is not supported`);
  }
  /**
   * COSI List: a control plane's bootstrap manifests (controlplane/Manifests.kubernetes.talos.dev),
   * rendered from its running config as Talos's ManifestController renders them; a worker has none.
   */
  cosiList(namespace, type) {
    if (type !== "Manifests.kubernetes.talos.dev")
      throw new SimRpcError("PERMISSION_DENIED", `resource type "${type}" is not supported`);
    if (namespace !== "controlplane" || !this.isControlPlane) return [];
    const spec = talosSchema().message("talos.resource.definitions.k8s.ManifestSpec");
    return renderBootstrapManifests(this.config, this.talosVersion).map((m) => ({
      resource: {
        metadata: {
          namespace,
          type,
          id: m.id,
          version: String(this.configVersion),
          owner: "k8s.ManifestController",
          phase: "running",
          created: dateToTimestamp(this.bootTime),
          updated: dateToTimestamp(this.configUpdated),
          finalizers: [],
          labels: {},
          annotations: {}
        },
        spec: {
          protoSpec: encodeMessage(spec, { items: m.objects.map((o) => ({ object: toStruct(o) })) }),
          yamlSpec: (0, import_yaml3.stringify)(m.objects)
        }
      }
    }));
  }
  /** Stops timers-driven transitions (fleet shutdown). */
  release() {
    const waiters = this.upWaiters.splice(0);
    for (const w of waiters) w();
  }
};

// src/simulator/server.ts
var grpc = __toESM(require_src(), 1);
import { isIPv6 } from "node:net";
var HANG = /* @__PURE__ */ Symbol("hang");
var MACHINE_METHODS = {
  ApplyConfiguration: (n, r) => n.applyConfiguration(r),
  Bootstrap: (n) => n.bootstrap(),
  EtcdForfeitLeadership: (n) => n.etcdForfeitLeadership(),
  EtcdLeaveCluster: (n) => n.etcdLeaveCluster(),
  EtcdMemberList: (n, r) => n.etcdMemberList(r),
  EtcdRemoveMemberByID: (n, r) => n.etcdRemoveMemberById(r),
  EtcdStatus: (n) => n.etcdStatus(),
  Reboot: (n) => n.reboot(),
  Reset: (n, r) => n.reset(r),
  ServiceList: (n) => n.serviceList(),
  Upgrade: (n, r) => n.upgrade(r),
  Version: (n) => n.version()
};
var STREAM_METHODS = {
  Read: (n, r) => [{ bytes: n.read(String(r.path ?? "")) }],
  List: (n, r) => n.list(r)
};
function untrustedNode(address) {
  return new SimRpcError(
    "UNAVAILABLE",
    `connection error: desc = "transport: authentication handshake failed: tls: failed to verify certificate: x509: certificate signed by unknown authority" (dialing ${address}:50000)`
  );
}
function asServiceError(err) {
  if (err instanceof SimRpcError) return err.toServiceError();
  const message = err instanceof Error ? err.message : String(err);
  return { code: grpc.status.INTERNAL, details: message, message };
}
function metadataValues(md, key) {
  return md.get(key).map((v) => v.toString()).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}
var ClusterRouter = class {
  constructor(nodes) {
    this.nodes = nodes;
  }
  nodes;
  /** The node apid reaches at an address now (nodes move when their config moves them). */
  at(address) {
    return this.nodes.find((n) => n.address === address);
  }
  /** The endpoint node: a configured control plane answers calls without node metadata. */
  endpointNode() {
    const node = this.nodes.find((n) => n.isControlPlane) ?? this.nodes.find((n) => !n.maintenance);
    if (!node) throw untrustedNode(this.nodes[0].address);
    return node;
  }
  route(md, cosi) {
    const node = metadataValues(md, "node");
    const nodes = metadataValues(md, "nodes");
    if (node.length > 1) throw new SimRpcError("INVALID_ARGUMENT", "node metadata must be single-valued");
    if (nodes.length > 0) {
      if (cosi)
        throw new SimRpcError("INVALID_ARGUMENT", "one-2-many proxying is not supported for COSI methods");
      return { mode: "many", targets: nodes };
    }
    return { mode: "one", target: node[0] ?? this.endpointNode().address };
  }
  run(target, roles, allowed, fn) {
    if (target.includes(":") && !isIPv6(target)) {
      throw new SimRpcError("INTERNAL", `invalid target "${target}": a target is an address without a port`);
    }
    const node = this.at(target);
    if (!node) throw unavailableNode(target);
    if (node.gate() === "hang") return HANG;
    if (node.maintenance) throw untrustedNode(target);
    if (!isAuthorized(allowed, roles)) throw new SimRpcError("PERMISSION_DENIED", "not authorized");
    return fn(node);
  }
  roles = callerRoles;
  allowed = rolesFor;
};
var MaintenanceRouter = class {
  constructor(node) {
    this.node = node;
  }
  node;
  route() {
    return { mode: "one", target: this.node.address };
  }
  run(_target, roles, allowed, fn) {
    if (this.node.gate() === "hang") return HANG;
    if (!this.node.maintenance) throw unavailableNode(this.node.address);
    if (!isAuthorized(allowed, roles)) throw new SimRpcError("PERMISSION_DENIED", "not authorized");
    return fn(this.node);
  }
  roles() {
    return ["os:reader"];
  }
  allowed(methodPath) {
    if (methodPath === "/machine.MachineService/ApplyConfiguration") return ["os:admin", "os:reader"];
    return rolesFor(methodPath);
  }
};
var rolesByCertificate = /* @__PURE__ */ new Map();
var ROLES_CACHED = 64;
function callerRoles(call) {
  const raw = call.getAuthContext()?.sslPeerCertificate?.raw;
  if (!raw) return [];
  const key = raw.toString("base64");
  let roles = rolesByCertificate.get(key);
  if (!roles) {
    roles = rolesFromOrganizations(parseCertificate(raw).subjectOrganizations);
    if (rolesByCertificate.size >= ROLES_CACHED) rolesByCertificate.clear();
    rolesByCertificate.set(key, roles);
  }
  return [...roles];
}
function failedEntry(hostname, err) {
  const e = asServiceError(err);
  return { metadata: { hostname, error: e.details, status: { code: e.code, message: e.details } } };
}
function machineImplementation(router) {
  const impl = {};
  for (const [name, method] of Object.entries(MACHINE_METHODS)) {
    const allowed = router.allowed(`/machine.MachineService/${name}`);
    impl[name] = (call, callback) => {
      try {
        const roles = router.roles(call);
        const routing = router.route(call.metadata, false);
        if (routing.mode === "one") {
          const out = router.run(routing.target, roles, allowed, (n) => method(n, call.request));
          if (out !== HANG) callback(null, { messages: [out] });
          return;
        }
        const messages = [];
        for (const target of routing.targets) {
          try {
            const out = router.run(target, roles, allowed, (n) => method(n, call.request));
            if (out === HANG) return;
            messages.push({ ...out, metadata: { hostname: target } });
          } catch (err) {
            messages.push(failedEntry(target, err));
          }
        }
        callback(null, { messages });
      } catch (err) {
        callback(asServiceError(err));
      }
    };
  }
  for (const [name, method] of Object.entries(STREAM_METHODS)) {
    const allowed = router.allowed(`/machine.MachineService/${name}`);
    impl[name] = (call) => {
      let messages = [];
      const collect = (n) => {
        messages = method(n, call.request);
        return {};
      };
      try {
        const roles = router.roles(call);
        const routing = router.route(call.metadata, false);
        if (routing.mode === "one") {
          if (router.run(routing.target, roles, allowed, collect) === HANG) return;
          for (const m of messages) call.write(m);
          call.end();
          return;
        }
        for (const target of routing.targets) {
          try {
            if (router.run(target, roles, allowed, collect) === HANG) return;
            for (const m of messages) call.write({ ...m, metadata: { hostname: target } });
          } catch (err) {
            call.write(failedEntry(target, err));
          }
        }
        call.end();
      } catch (err) {
        call.emit("error", asServiceError(err));
      }
    };
  }
  return impl;
}
function stateImplementation(router) {
  const allowed = router.allowed("/cosi.resource.State/Get");
  const listAllowed = router.allowed("/cosi.resource.State/List");
  return {
    Get: (call, callback) => {
      try {
        const roles = router.roles(call);
        const routing = router.route(call.metadata, true);
        const { namespace, type, id } = call.request;
        const out = router.run(routing.target, roles, allowed, (n) => {
          if (SENSITIVE_RESOURCE_TYPES.has(type) && !roles.includes("os:admin")) {
            throw new SimRpcError("PERMISSION_DENIED", "not authorized");
          }
          return n.cosiGet(namespace, type, id);
        });
        if (out !== HANG) callback(null, out);
      } catch (err) {
        callback(asServiceError(err));
      }
    },
    List: (call) => {
      try {
        const roles = router.roles(call);
        const routing = router.route(call.metadata, true);
        const { namespace, type } = call.request;
        let items = [];
        const out = router.run(routing.target, roles, listAllowed, (n) => {
          items = n.cosiList(namespace, type);
          return {};
        });
        if (out === HANG) return;
        for (const item of items) call.write(item);
        call.end();
      } catch (err) {
        call.emit("error", asServiceError(err));
      }
    }
  };
}
async function startClusterServer(clusterName, osCa, nodes) {
  const serverCert = issueServerCertificate(osCa, {
    commonName: `${clusterName}-apid`,
    ipAddresses: ["127.0.0.1"],
    dnsNames: ["localhost"]
  });
  const credentials = grpc.ServerCredentials.createSsl(
    Buffer.from(osCa.crt),
    [{ cert_chain: Buffer.from(serverCert.crt), private_key: Buffer.from(toStandardKeyPem(serverCert.key)) }],
    true
  );
  return serve(new ClusterRouter(nodes), credentials, 0);
}
async function startMaintenanceServer(node, port = 0) {
  const ca = createTalosOsCa();
  const serverCert = issueServerCertificate(ca, {
    commonName: `${node.name}-maintenance`,
    ipAddresses: ["127.0.0.1", .../^[\d.]+$|:/.test(node.address) ? [node.address] : []]
  });
  const credentials = grpc.ServerCredentials.createSsl(
    null,
    [{ cert_chain: Buffer.from(serverCert.crt), private_key: Buffer.from(toStandardKeyPem(serverCert.key)) }],
    false
  );
  return serve(new MaintenanceRouter(node), credentials, port, true);
}
async function serve(router, credentials, port, graceful = false) {
  const schema = talosSchema();
  const server = new grpc.Server({
    "grpc.max_receive_message_length": 32 * 1024 * 1024,
    "grpc.max_send_message_length": 32 * 1024 * 1024
  });
  server.addService(
    grpcServiceDefinition(schema.service("machine.MachineService")),
    machineImplementation(router)
  );
  server.addService(
    grpcServiceDefinition(schema.service("cosi.resource.State")),
    stateImplementation(router)
  );
  const bound = await new Promise((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${port}`, credentials, (err, p) => err ? reject(err) : resolve(p));
  });
  return {
    port: bound,
    endpoint: `127.0.0.1:${bound}`,
    stop: () => new Promise((resolve) => {
      if (!graceful) {
        server.forceShutdown();
        resolve();
        return;
      }
      const force = setTimeout(() => server.forceShutdown(), 1e3);
      server.tryShutdown(() => {
        clearTimeout(force);
        resolve();
      });
    })
  };
}

// src/simulator/fleet.ts
function control(node, maintenancePort) {
  return {
    cluster: node.cluster,
    get address() {
      return node.address;
    },
    name: node.name,
    role: node.role,
    get config() {
      return node.config;
    },
    get stagedConfig() {
      return node.stagedConfig;
    },
    get talosVersion() {
      return node.talosVersion;
    },
    get bootId() {
      return node.bootId;
    },
    get bootCount() {
      return node.bootCount;
    },
    get rebooting() {
      return node.rebooting;
    },
    get up() {
      return node.up;
    },
    get applyHistory() {
      return node.applyHistory;
    },
    get faults() {
      return node.faults;
    },
    get maintenance() {
      return node.maintenance;
    },
    get off() {
      return node.off;
    },
    get etcdMember() {
      const m = node.etcdMember();
      return m ? { id: m.id, isLearner: m.isLearner } : void 0;
    },
    get etcdData() {
      return node.etcdData;
    },
    get installedImage() {
      return node.installedImage;
    },
    get extensions() {
      return node.extensions;
    },
    get maintenanceEndpoint() {
      const port = maintenancePort();
      return port ? `127.0.0.1:${port}` : void 0;
    },
    powerOn: () => node.powerOn(),
    setFault: (name, value) => node.setFault(name, value),
    clearFault: (name) => node.clearFault(name),
    clearFaults: () => {
      for (const name of Object.keys(node.faults)) node.clearFault(name);
    },
    waitUntilUp: () => node.waitUntilUp()
  };
}
var CLOSED_PORT = 1;
function validateSpec(spec) {
  if (!spec.name) throw new TypeError("simulated cluster needs a name");
  if (spec.nodes.length === 0) throw new TypeError(`simulated cluster ${spec.name} has no nodes`);
  const seen = /* @__PURE__ */ new Set();
  for (const n of spec.nodes) {
    if (seen.has(n.address))
      throw new TypeError(`simulated cluster ${spec.name}: duplicate node ${n.address}`);
    seen.add(n.address);
  }
}
async function startSimulatedFleet(options) {
  const hooks = { ...defaultHooks, ...options.hooks };
  const rebootMs = options.rebootMs ?? 1e3;
  const upgradeMs = options.upgradeMs ?? rebootMs;
  const log = new EventLog();
  const installMs = options.installMs ?? rebootMs;
  const joinMs = options.joinMs ?? Math.max(1, Math.round(rebootMs / 4));
  const schematics = options.schematics ? new Map(Object.entries(options.schematics)) : void 0;
  const timers = /* @__PURE__ */ new Set();
  const started = performance2.now();
  const clusters = [];
  const clientRoles = options.clientRoles ?? ["os:admin"];
  const maintenance = /* @__PURE__ */ new Map();
  let stopping = false;
  const maintenanceChanged = (node) => {
    const entry = maintenance.get(node) ?? {};
    maintenance.set(node, entry);
    const open = node.maintenance && node.up && !stopping;
    const previous = entry.server ?? Promise.resolve(void 0);
    entry.server = previous.then(async (server) => {
      if (open === (server !== void 0)) return server;
      if (!open) {
        await server.stop();
        return void 0;
      }
      const started2 = await startMaintenanceServer(node, entry.port ?? 0);
      entry.port = started2.port;
      return started2;
    });
  };
  const maintenancePort = (node) => () => maintenance.get(node)?.port;
  try {
    for (const spec of options.clusters) {
      validateSpec(spec);
      const nodes = [];
      const etcd = new SimEtcdCluster((member, why) => {
        const anyNode = member ? nodes.find((n) => n.address === member.host.address) : nodes[0];
        if (anyNode)
          log.record(anyNode, "etcd-leader", member ? `${member.host.name} (${why})` : `none (${why})`);
      });
      const leaderLog = (member, why) => {
        const anyNode = member ? nodes.find((n) => n.address === member.host.address) : nodes[0];
        if (anyNode)
          log.record(anyNode, "etcd-leader", member ? `${member.host.name} (${why})` : `none (${why})`);
      };
      const env = {
        cluster: spec.name,
        hooks,
        rebootMs,
        upgradeMs,
        installMs,
        joinMs,
        schematics,
        log,
        etcd,
        newEtcd: () => new SimEtcdCluster(leaderLog),
        maintenanceChanged,
        timers,
        now: () => performance2.now() - started
      };
      for (const n of spec.nodes) {
        const node = new SimNode(n, env);
        nodes.push(node);
        if (node.isControlPlane) etcd.add(node);
      }
      for (const node of nodes) {
        const faults = options.faults?.[`${spec.name}/${node.address}`] ?? options.faults?.[node.address];
        node.faults = { ...faults };
      }
      const server = await startClusterServer(spec.name, spec.osCa, nodes);
      let kubernetes;
      let kube;
      if (spec.kubernetesCa) {
        const k = options.kubernetes ?? {};
        const state = new SimKubeState(spec.name, nodes, {
          podTerminationMs: k.podTerminationMs ?? Math.min(200, Math.ceil(rebootMs / 20)),
          podStartMs: k.podStartMs ?? Math.min(200, Math.ceil(rebootMs / 20)),
          kubeletRestartMs: k.kubeletRestartMs ?? Math.ceil(rebootMs / 5)
        });
        log.subscribe((e) => {
          if (e.cluster === spec.name) state.onTalosEvent(e);
        });
        const observe = k.observe;
        kube = await startKubeServer(spec.kubernetesCa, state, {
          observe: observe ? (x) => observe(spec.name, x) : void 0
        });
        const server_ = kube;
        kubernetes = {
          url: kube.url,
          state,
          get delayMs() {
            return server_.delayMs;
          },
          set delayMs(ms) {
            server_.delayMs = ms;
          }
        };
      }
      clusters.push({
        name: spec.name,
        endpoint: server.endpoint,
        port: server.port,
        osCa: spec.osCa,
        nodes: nodes.map((n) => control(n, maintenancePort(n))),
        server,
        sim: nodes,
        kubernetes,
        kube
      });
      for (const node of nodes) if (node.maintenance) maintenanceChanged(node);
    }
    await Promise.all([...maintenance.values()].map((m) => m.server));
  } catch (err) {
    stopping = true;
    await Promise.all(clusters.map((c) => c.server.stop()));
    await Promise.all(clusters.map((c) => c.kube?.stop()));
    await stopMaintenance();
    throw err;
  }
  async function stopMaintenance() {
    await Promise.all(
      [...maintenance.values()].map(async (m) => {
        const server = await m.server;
        await server?.stop();
      })
    );
  }
  const mintTalosconfig = (roles, opts = {}) => {
    const chosen = clusters.filter((c) => !opts.clusters || opts.clusters.includes(c.name));
    const contexts = {};
    for (const c of chosen) {
      const client = issueClientCertificate(c.osCa, roles);
      contexts[c.name] = makeContext({
        endpoints: [c.endpoint],
        nodes: c.nodes.map((n) => n.address),
        caPem: c.osCa.crt,
        crtPem: client.crt,
        keyPem: client.key
      });
    }
    return { context: chosen[0]?.name ?? "", contexts };
  };
  const talosconfig = mintTalosconfig(clientRoles);
  const all = () => clusters.flatMap((c) => c.nodes);
  return {
    talosconfig,
    clusters: clusters.map(({ name, endpoint, port, osCa, nodes, kubernetes }) => ({
      name,
      endpoint,
      port,
      osCa,
      nodes,
      ...kubernetes ? { kubernetes } : {}
    })),
    kubernetesEndpoints: Object.fromEntries(
      clusters.filter((c) => c.kubernetes).map((c) => [c.name, c.kubernetes.url])
    ),
    writeTalosconfig: (path) => writeTalosconfig(path, talosconfig),
    async writeKubeconfig(path) {
      const { writeFile } = await import("node:fs/promises");
      const b64 = (s) => Buffer.from(s).toString("base64");
      const withKube = options.clusters.filter((c) => c.kubernetesCa);
      const doc = {
        apiVersion: "v1",
        kind: "Config",
        "current-context": withKube[0]?.name ?? "",
        clusters: withKube.map((c) => ({
          name: c.name,
          cluster: {
            server: clusters.find((x) => x.name === c.name).kubernetes.url,
            "certificate-authority-data": b64(c.kubernetesCa.crt)
          }
        })),
        users: withKube.map((c) => {
          const cred = mintAdminCredential(c.kubernetesCa, { lifetimeMs: 24 * 36e5 });
          return {
            name: `admin@${c.name}`,
            user: { "client-certificate-data": b64(cred.crt), "client-key-data": b64(cred.key) }
          };
        }),
        contexts: withKube.map((c) => ({
          name: c.name,
          context: { cluster: c.name, user: `admin@${c.name}` }
        }))
      };
      await writeFile(path, (0, import_yaml4.stringify)(doc), { mode: 384 });
    },
    node(address, cluster) {
      const matches = all().filter((n) => n.address === address && (!cluster || n.cluster === cluster));
      if (matches.length === 0)
        throw new RangeError(`no simulated node ${address}${cluster ? ` in ${cluster}` : ""}`);
      if (matches.length > 1)
        throw new RangeError(`node ${address} exists in several clusters: name the cluster`);
      return matches[0];
    },
    maintenanceEndpoint(address, cluster) {
      const c = clusters.find(
        (x) => x.sim.some((n) => n.address === address) && (!cluster || x.name === cluster)
      );
      const node = c?.sim.find((n) => n.address === address);
      if (!node) return void 0;
      const port = maintenance.get(node)?.port;
      return port ? `127.0.0.1:${port}` : `127.0.0.1:${CLOSED_PORT}`;
    },
    nodes: all,
    events: log.events,
    onEvent: (fn) => log.subscribe(fn),
    mintTalosconfig,
    async stop() {
      stopping = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const c of clusters) for (const n of c.sim) n.release();
      for (const c of clusters) c.kubernetes?.state.stop();
      await Promise.all(clusters.map((c) => c.server.stop()));
      await Promise.all(clusters.map((c) => c.kube?.stop()));
      await stopMaintenance();
    }
  };
}

export {
  engineHooks,
  startSimulatedFleet
};
