import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  imageSlot,
  imageTag
} from "./chunk-BEKQC6IL.js";
import {
  asStr,
  dig,
  setPath
} from "./chunk-N2UEE4T7.js";
import {
  issueCertificate
} from "./chunk-AAVGJGMG.js";

// src/kubernetes/credentials.ts
var ADMIN_COMMON_NAME = "admin";
var ADMIN_ORGANIZATION = "system:masters";
var ALLOWED_TIME_SKEW_MS = 1e4;
var ADMIN_CREDENTIAL_LIFETIME_MS = 60 * 6e4;
function mintAdminCredential(kubernetesCa, opts = {}) {
  const now = opts.now ?? /* @__PURE__ */ new Date();
  const lifetimeMs = opts.lifetimeMs ?? ADMIN_CREDENTIAL_LIFETIME_MS;
  const notBefore = new Date(now.getTime() - ALLOWED_TIME_SKEW_MS);
  const issued = issueCertificate(kubernetesCa, {
    commonName: ADMIN_COMMON_NAME,
    organizations: [ADMIN_ORGANIZATION],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    extKeyUsage: ["clientAuth"],
    notBefore,
    validityMs: lifetimeMs + ALLOWED_TIME_SKEW_MS
  });
  return { ...issued, notAfter: new Date(now.getTime() + lifetimeMs) };
}

// src/kubernetes/types.ts
function readyStatus(obj) {
  return obj.status?.conditions?.find((c) => c.type === "Ready")?.status ?? "Unknown";
}
function controllerOf(obj) {
  return obj.metadata?.ownerReferences?.find((o) => o.controller === true);
}
var MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";

// src/kinds/kubernetes.ts
var CONTROL_PLANE_COMPONENTS = [
  "kube-apiserver",
  "kube-controller-manager",
  "kube-scheduler"
];
var VERSIONED_COMPONENTS = [...CONTROL_PLANE_COMPONENTS, "kube-proxy", "kubelet"];
function componentImage(docs, role) {
  const slot = imageSlot(docs, role);
  return slot ? asStr(dig(slot.doc.body, ...slot.path)) : "";
}
function imageKubernetesVersion(image) {
  const tag = imageTag(image.split("@")[0]);
  if (!tag || !/^v?\d+\.\d+/.test(tag)) return void 0;
  return tag.startsWith("v") ? tag : `v${tag}`;
}
function withComponentImage(docs, role, image) {
  const slot = imageSlot(docs, role);
  if (!slot) return void 0;
  return docs.map((d) => {
    if (d !== slot.doc) return d;
    const body = structuredClone(d.body);
    setPath(body, slot.path, image);
    return { ...d, body };
  });
}

export {
  mintAdminCredential,
  readyStatus,
  controllerOf,
  MIRROR_POD_ANNOTATION,
  CONTROL_PLANE_COMPONENTS,
  VERSIONED_COMPONENTS,
  componentImage,
  imageKubernetesVersion,
  withComponentImage
};
