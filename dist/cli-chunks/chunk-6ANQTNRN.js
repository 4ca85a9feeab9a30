import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  KINDS,
  dig,
  parseMachineType
} from "./chunk-N2UEE4T7.js";

// src/kinds/machine.ts
function collect(docs, read) {
  const out = [];
  for (const doc of docs) {
    const got = read(doc);
    for (const v of Array.isArray(got) ? got : got ? [got] : []) out.push({ ...v, doc });
  }
  return out;
}
function machineTypeOf(docs) {
  const found = collect(docs, (d) => KINDS.entry(d.kind)?.machineType?.(d.body))[0];
  return found ? { ...found, type: parseMachineType(found.value).type } : void 0;
}
function machineAddresses(docs) {
  return collect(docs, (d) => KINDS.entry(d.kind)?.addresses?.(d.body)).filter((a) => a.value !== "");
}
function staticAddresses(docs) {
  const out = [];
  for (const a of machineAddresses(docs)) {
    const slash = a.value.lastIndexOf("/");
    const ip = slash > 0 ? a.value.slice(0, slash) : a.value;
    if (!out.includes(ip)) out.push(ip);
  }
  return out;
}
var CA_NAMES = {
  "talos-api": "Talos API CA",
  kubernetes: "Kubernetes CA",
  aggregator: "Kubernetes aggregator CA",
  etcd: "etcd CA",
  "service-account": "service-account signing key"
};
function changedCas(before, after) {
  const read = (docs) => {
    const m = /* @__PURE__ */ new Map();
    for (const d of docs) {
      for (const ca of KINDS.entry(d.kind)?.cas ?? []) {
        const where = `${d.kind === "v1alpha1" ? "" : `${d.kind}.`}${ca.path.join(".")}`;
        m.set(where, { role: ca.role, where, value: JSON.stringify(dig(d.body, ...ca.path) ?? null) });
      }
    }
    return m;
  };
  const a = read(before);
  const b = read(after);
  const out = [];
  for (const [where, x] of a) {
    const y = b.get(where);
    if (y && x.value !== y.value) out.push({ role: x.role, label: `${CA_NAMES[x.role]} (${where})` });
  }
  return out;
}
function controlPlaneEndpoint(docs) {
  const all = collect(docs, (d) => KINDS.entry(d.kind)?.endpoint?.(d.body));
  return all.find((e) => e.doc.kind !== "v1alpha1") ?? all[0];
}
function certSANs(docs) {
  return collect(docs, (d) => KINDS.entry(d.kind)?.certSANs?.(d.body));
}
function volumeEncryption(docs) {
  const out = [];
  for (const doc of docs)
    for (const v of KINDS.entry(doc.kind)?.volumeEncryption?.(doc.body) ?? []) out.push({ ...v, doc });
  return out;
}
function ingressBlocked(docs) {
  return docs.some((d) => KINDS.entry(d.kind)?.ingressDefault?.(d.body) === "block");
}

export {
  machineTypeOf,
  machineAddresses,
  staticAddresses,
  changedCas,
  controlPlaneEndpoint,
  certSANs,
  volumeEncryption,
  ingressBlocked
};
