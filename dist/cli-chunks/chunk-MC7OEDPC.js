import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  controlPlaneEndpoint,
  machineAddresses,
  machineTypeOf
} from "./chunk-6ANQTNRN.js";
import {
  documentPath,
  formatPath,
  imageTag,
  installerImage
} from "./chunk-BEKQC6IL.js";
import {
  ConfigDecodeError,
  asStr,
  formatGoURL,
  getPath,
  isSecretPath,
  kubernetesSupportError,
  originOf,
  parseGoURL
} from "./chunk-N2UEE4T7.js";
import {
  isSopsPath
} from "./chunk-HLEF6RPP.js";
import {
  contractForVersion,
  newerVersionMessage
} from "./chunk-NI2UPSBJ.js";
import {
  TalosGitopsError
} from "./chunk-4MQPINWT.js";

// src/policy/repo-files.ts
function repoPolicyFiles(files, dir = "policies") {
  const out = [];
  for (const file of repoPolicyPaths(files, dir)) {
    try {
      if (files.isDirectory(file)) continue;
      out.push({ file, text: files.read(file) ?? "" });
    } catch (e) {
      if (!(e instanceof TalosGitopsError)) throw e;
      out.push({ file, text: "", error: { message: e.message, ...e.line ? { line: e.line } : {} } });
    }
  }
  return out;
}
function repoPolicyPaths(files, dir = "policies") {
  return files.list(dir).filter((n) => /\.ya?ml$/.test(n)).map((n) => `${dir}/${n}`);
}

// src/policy/glob.ts
function globMatch(pattern, value) {
  let p = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    const c = pattern[p];
    if (c === "*") {
      star = p++;
      resume = v;
    } else if (c !== void 0 && (c === "?" || c === value[v])) {
      p++;
      v++;
    } else if (star >= 0) {
      p = star + 1;
      v = ++resume;
    } else return false;
  }
  while (pattern[p] === "*") p++;
  return p === pattern.length;
}
function anyGlob(patterns, value) {
  return !patterns || patterns.length === 0 || patterns.some((p) => globMatch(p, value));
}

// src/policy/waivers.ts
function isExpired(w, now) {
  if (!w.expires) return false;
  const end = Date.parse(`${w.expires}T23:59:59.999Z`);
  return !Number.isNaN(end) && now.getTime() > end;
}
function waiverCovers(w, f) {
  if (f.rule !== w.policy) return false;
  if (f.node === void 0) return w.nodes.length === 0 || w.nodes.includes("*");
  return anyGlob(w.nodes, f.node);
}
function sourceLabel(w) {
  return `${w.source.file}${w.source.line ? `:${w.source.line}` : ""}${w.atBase ? " at the base" : ""}`;
}
function markWaived(findings, fleet, now) {
  const used = [];
  for (const cluster of fleet.clusters) {
    for (const w of cluster.waivers) {
      if (isExpired(w, now)) continue;
      const covered = findings.filter((f) => f.cluster === cluster.name && waiverCovers(w, f) && !f.waived);
      for (const f of covered) {
        f.waived = { reason: w.reason, source: sourceLabel(w), ...w.expires ? { expires: w.expires } : {} };
      }
      if (covered.length > 0) used.push(w);
    }
  }
  return used;
}
function applyWaivers(findings, fleet, now, others = []) {
  const out = [];
  const judged = new Set(fleet.clusters.map((c) => c.name));
  for (const cluster of [...fleet.clusters, ...others]) {
    for (const w of cluster.waivers) {
      const covered = findings.filter((f) => f.cluster === cluster.name && waiverCovers(w, f));
      const at = {
        cluster: cluster.name,
        file: w.source.file,
        ...w.source.line ? { line: w.source.line } : {}
      };
      if (isExpired(w, now)) {
        for (const f of covered) f.message += ` (the waiver at ${sourceLabel(w)} expired on ${w.expires})`;
        if (w.atBase || !judged.has(cluster.name)) continue;
        out.push({
          rule: "waiver/expired",
          severity: "warning",
          message: `the waiver of ${w.policy} expired on ${w.expires}${covered.length > 0 ? `; ${covered.length} finding${covered.length === 1 ? " is" : "s are"} no longer waived` : ""}`,
          ...at
        });
        continue;
      }
      if (covered.length === 0) {
        if (w.atBase || !judged.has(cluster.name)) continue;
        out.push({
          rule: "waiver/unused",
          severity: "notice",
          message: `the waiver of ${w.policy} matches no finding; remove it if it is no longer needed`,
          ...at
        });
        continue;
      }
      for (const f of covered) {
        if (f.waived) continue;
        f.waived = { reason: w.reason, source: sourceLabel(w), ...w.expires ? { expires: w.expires } : {} };
      }
    }
  }
  return out;
}

// src/validate/locate.ts
function isUserOrigin(o) {
  return !!o && !!o.file && !/ \([^)]*\)$/.test(o.file);
}
function originAtPath(doc, segs) {
  const containers = [doc.body];
  let cur = doc.body;
  for (const s of segs) {
    if (cur === null || typeof cur !== "object") break;
    cur = cur[s];
    containers.push(cur);
  }
  for (let i = Math.min(segs.length, containers.length - 1); i >= 1; i--) {
    const o = originOf(containers[i - 1], segs[i - 1]);
    if (isUserOrigin(o)) return o;
  }
  const docOrigin = doc.file ? { file: doc.file, line: doc.line } : void 0;
  return isUserOrigin(docOrigin) ? docOrigin : void 0;
}
function exactOrigin(doc, segs) {
  if (segs.length === 0) return void 0;
  let parent = doc.body;
  for (const s of segs.slice(0, -1)) {
    if (parent === null || typeof parent !== "object") return void 0;
    parent = parent[s];
  }
  const o = originOf(parent, segs[segs.length - 1]);
  return isUserOrigin(o) ? o : void 0;
}
function nodeSource(node, cluster) {
  if (node?.source?.file) return node.source;
  if (cluster) return { file: cluster.file, line: cluster.fieldLines.nodes ?? cluster.fieldLines.name };
  return void 0;
}
function clusterField(cluster, field) {
  return { file: cluster.file, line: cluster.fieldLines[field] };
}

// src/validate/place.ts
function secretSafeMessage(issue) {
  const { doc, segs } = issue;
  if (!doc || !segs || segs.length === 0) return issue.message;
  const value = getPath(doc.body, segs);
  if (value === void 0 || value === null || typeof value === "object") return issue.message;
  const matcherSegs = segs.map((s) => typeof s === "number" ? "[]" : String(s));
  const origin = exactOrigin(doc, segs);
  const secret = isSecretPath(doc.kind, matcherSegs) || origin !== void 0 && isSopsPath(origin.file);
  if (!secret) return issue.message;
  const text = String(value);
  if (text === "") return issue.message;
  let message = issue.message;
  for (const form of /* @__PURE__ */ new Set([JSON.stringify(text), text]))
    message = message.split(form).join("(secret value)");
  return message;
}
function place(issue, where) {
  const segs = issue.segs ?? [];
  let origin = issue.at;
  if (!origin && issue.doc) origin = originAtPath(issue.doc, segs);
  if (!origin) origin = nodeSource(where.node, where.cluster);
  if (!origin && where.file) origin = { file: where.file };
  const path = issue.doc ? documentPath(issue.doc, segs) : segs.length > 0 ? formatPath(segs) : void 0;
  const f = { rule: issue.rule, severity: issue.severity, message: secretSafeMessage(issue) };
  if (where.cluster) f.cluster = where.cluster.name;
  if (where.node) f.node = where.node.name;
  if (path) f.path = path;
  if (origin?.file) f.file = origin.file;
  if (origin?.line) f.line = origin.line;
  return f;
}

// src/validate/fleet.ts
function isProductionStage(stage) {
  return /^prod/i.test(stage);
}
function finding(ref, issue) {
  return place(issue, { cluster: ref.cluster, node: ref.node });
}
function staticAddresses(node) {
  return machineAddresses(node.docs).map((a) => ({ ip: a.value.split("/")[0], doc: a.doc, segs: a.segs })).filter((a) => a.ip !== "");
}
function normalizeEndpoint(u) {
  const url = typeof u === "string" ? parseGoURL(u) : u;
  if (!url) return typeof u === "string" ? u : void 0;
  return formatGoURL({ ...url, scheme: url.scheme.toLowerCase(), host: url.host.toLowerCase() }).replace(
    /\/$/,
    ""
  );
}
function nodeEndpoint(node) {
  const ep = controlPlaneEndpoint(node.docs);
  return ep ? { value: normalizeEndpoint(ep.value), doc: ep.doc, segs: ep.segs } : void 0;
}
function semverCore(v) {
  const m = v.trim().match(/^v?(\d+)\.(\d+)(?:\.(\d+))?/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : void 0;
}
function sameRelease(a, b) {
  return a.trim().replace(/^v/, "") === b.trim().replace(/^v/, "");
}
function kubernetesCompatibilityError(kubernetes, cluster) {
  const k = semverCore(kubernetes);
  if (!k) return `cannot read a Kubernetes version from ${JSON.stringify(kubernetes)}`;
  return kubernetesSupportError(k, cluster.contract, cluster.talosVersion.replace(/^v/, ""));
}
function locate(issue, ref) {
  const {
    rule: _r,
    severity: _s,
    message: _m,
    ...at
  } = place({ rule: "", severity: "error", message: "", ...issue }, { cluster: ref.cluster, node: ref.node });
  return at;
}
function clusterFacts(cluster) {
  return {
    name: cluster.name,
    waivers: cluster.waivers,
    nodes: cluster.nodes.map((node) => {
      const ref = { cluster, node };
      return {
        name: node.name,
        address: node.address,
        at: locate({ at: node.source }, ref),
        staticAddresses: staticAddresses(node).map((a) => ({
          ip: a.ip,
          at: locate({ doc: a.doc, segs: a.segs }, ref)
        }))
      };
    })
  };
}
function fleetFindings(fleet, scope = {}) {
  const out = crossClusterFindings(fleet, scope);
  for (const cluster of fleet.clusters) out.push(...clusterFindings(cluster));
  return out;
}
function crossClusterFindings(fleet, scope) {
  const validated = new Set(fleet.clusters.map((c) => c.name));
  const rank = new Map((scope.order ?? []).map((n, i) => [n, i]));
  const all = [...fleet.clusters.map(clusterFacts), ...scope.others ?? []].map((c, i) => ({ c, i }));
  all.sort((a, b) => (rank.get(a.c.name) ?? a.i) - (rank.get(b.c.name) ?? b.i) || a.i - b.i);
  const out = [];
  const names = /* @__PURE__ */ new Map();
  const addresses = /* @__PURE__ */ new Map();
  const staticIPs = /* @__PURE__ */ new Map();
  const where = (r) => `${r.node.name} (cluster ${r.cluster.name})`;
  const report = (ref, other, rule, message, at) => {
    if (validated.has(ref.cluster.name) || validated.has(other.cluster.name))
      out.push({ rule, severity: "error", message, ...at });
  };
  for (const { c: cluster } of all) {
    for (const node of cluster.nodes) {
      const ref = { cluster, node };
      const first = names.get(node.name);
      if (first) {
        const message = `node name ${JSON.stringify(node.name)} is already used by a node of cluster ${first.cluster.name}`;
        report(ref, first, "fleet/unique-node-name", message, node.at);
      } else names.set(node.name, ref);
      const addr = node.address.toLowerCase();
      const owner = addresses.get(addr);
      if (owner) {
        const message = `address ${node.address} is already the address of node ${where(owner)}`;
        report(ref, owner, "fleet/unique-address", message, node.at);
      } else addresses.set(addr, ref);
      const seenHere = /* @__PURE__ */ new Set();
      for (const a of node.staticAddresses ?? []) {
        if (seenHere.has(a.ip)) continue;
        seenHere.add(a.ip);
        const other = staticIPs.get(a.ip);
        if (other && other.node !== node) {
          const message = `static address ${a.ip} is also configured on node ${where(other)}`;
          report(ref, other, "fleet/unique-address", message, a.at);
        } else staticIPs.set(a.ip, ref);
      }
    }
  }
  return out;
}
function clusterFindings(cluster) {
  const out = [];
  const clusterIssue = (rule, severity, message, field) => out.push(place({ rule, severity, message, at: clusterField(cluster, field) }, { cluster }));
  const expected = normalizeEndpoint(cluster.endpoint);
  if (contractForVersion(cluster.talosVersion)?.newerThanKnown)
    clusterIssue("talos/newer-version", "warning", newerVersionMessage(cluster.talosVersion), "talosVersion");
  let controlPlanes = 0;
  for (const node of cluster.nodes) {
    const ref = { cluster, node };
    const declared = machineTypeOf(node.docs);
    const type = declared?.type ?? "worker";
    const isCP = type === "controlplane" || type === "init";
    if (node.role === "controlplane") controlPlanes++;
    if (type !== "unknown" && isCP !== (node.role === "controlplane")) {
      out.push(
        finding(ref, {
          rule: "fleet/role-mismatch",
          severity: "error",
          message: `cluster.yaml makes ${node.name} a ${node.role}, but its ${declared ? formatPath(declared.segs) : "machine type"} is ${JSON.stringify(asStr(declared?.value))}`,
          doc: declared?.doc,
          segs: declared?.segs
        })
      );
    }
    const installer = installerImage(node.docs);
    const tag = installer ? imageTag(installer.value) : void 0;
    if (installer && tag && semverCore(tag) && !sameRelease(tag, cluster.talosVersion)) {
      out.push(
        finding(ref, {
          rule: "fleet/installer-version",
          severity: "error",
          message: `the installer image ${installer.value} installs Talos ${tag}, but cluster.yaml's talosVersion is ${cluster.talosVersion}`,
          doc: installer.doc,
          segs: installer.segs
        })
      );
    }
    const ep = nodeEndpoint(node);
    if (ep && expected && ep.value !== expected) {
      out.push(
        finding(ref, {
          rule: "fleet/controlplane-endpoint",
          severity: "error",
          message: `the node's control-plane endpoint is ${ep.value}, but the cluster's endpoint is ${expected} (cluster.yaml)`,
          doc: ep.doc,
          segs: ep.segs
        })
      );
    }
  }
  if (cluster.kubernetesVersion) {
    const e = kubernetesCompatibilityError(cluster.kubernetesVersion, cluster);
    if (e)
      clusterIssue(
        "fleet/kubernetes-version",
        "error",
        e,
        cluster.fieldLines.kubernetesVersion ? "kubernetesVersion" : "talosVersion"
      );
  }
  if (controlPlanes > 0 && controlPlanes % 2 === 0) {
    clusterIssue(
      "fleet/controlplane-count",
      "warning",
      `${controlPlanes} control planes: etcd needs a majority, so an even number tolerates no more failures than ${controlPlanes - 1}; use an odd number`,
      "nodes"
    );
  }
  if (isProductionStage(cluster.stage) && controlPlanes < 3) {
    clusterIssue(
      "fleet/controlplane-count",
      "error",
      `stage ${JSON.stringify(cluster.stage)} is production, but the cluster has ${controlPlanes} control plane${controlPlanes === 1 ? "" : "s"}; production needs at least 3 to keep etcd quorum through a failure`,
      "nodes"
    );
  }
  return out;
}

// src/validate/render-errors.ts
function partialClusters(failures) {
  return failures.flatMap((f) => f.partial ? [f.partial] : []);
}
function ruleOf(message) {
  if (/^duplicate key/.test(message)) return "schema/yaml";
  if (/unknown field/.test(message)) return "schema/unknown-field";
  if (/^(duplicate|conflicting)/.test(message) || /: (duplicate|conflicting) /.test(message))
    return "talos/conflicting-documents";
  if (/not registered/.test(message)) return "schema/unknown-kind";
  return "render/error";
}
function renderErrorFindings(failures) {
  const out = [];
  for (const f of failures) {
    for (const { node, error } of f.nodeErrors ?? [{ node: void 0, error: f.error }]) {
      out.push(...errorFindings(error, f, node));
    }
  }
  return out;
}
function errorFindings(error, f, node) {
  const issues = error instanceof ConfigDecodeError ? error.issues : [{ message: error.message, file: error.file ?? f.file, line: error.line, field: error.field }];
  return issues.map((i) => ({
    rule: i.rule ?? ruleOf(i.message),
    severity: "error",
    message: i.message,
    cluster: f.cluster,
    ...node ? { node } : {},
    ...i.field ? { path: i.field } : {},
    file: i.file ?? f.file,
    ...i.line ? { line: i.line } : {}
  }));
}

export {
  repoPolicyFiles,
  repoPolicyPaths,
  isUserOrigin,
  exactOrigin,
  anyGlob,
  isExpired,
  waiverCovers,
  markWaived,
  applyWaivers,
  place,
  clusterFacts,
  fleetFindings,
  partialClusters,
  renderErrorFindings
};
