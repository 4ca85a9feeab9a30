import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  EMPTY_SCHEMATIC_ID,
  parseClusterFile,
  parseSecretsBundle,
  repoPath
} from "./chunk-BEKQC6IL.js";
import {
  createTalosOsCa
} from "./chunk-AAVGJGMG.js";
import {
  decryptSopsFile
} from "./chunk-HLEF6RPP.js";

// src/rollout/simulated-fleet.ts
async function clusterOsCa(cluster, src) {
  const text = src.files.read(cluster.file);
  const spec = text === void 0 ? void 0 : parseClusterFile(text, cluster.file, cluster.dir);
  if (!spec?.secrets) return createTalosOsCa();
  const path = repoPath(spec.dir, spec.secrets.path);
  const encrypted = src.files.read(path);
  if (encrypted === void 0) return createTalosOsCa();
  const decrypted = await decryptSopsFile(encrypted, path, src.identities);
  src.registry.addAll(decrypted.secretValues);
  return parseSecretsBundle(decrypted.values[0], path).certs.os;
}
async function simulatedClusterSpecs(fleet, src, opts = {}) {
  const out = [];
  for (const cluster of fleet.clusters) {
    out.push({
      name: cluster.name,
      osCa: await clusterOsCa(cluster, src),
      ...cluster.kubernetesCa ? { kubernetesCa: cluster.kubernetesCa } : {},
      nodes: cluster.nodes.map((n) => ({
        address: n.address,
        name: n.name,
        role: n.role,
        talosVersion: cluster.talosVersion,
        config: n.text,
        ...opts.maintenance?.(cluster, n) ? { maintenance: true } : {}
      }))
    });
  }
  return out;
}
function simulatedSchematics(fleet) {
  const out = { [EMPTY_SCHEMATIC_ID]: [] };
  for (const c of fleet.clusters)
    for (const n of c.nodes) if (n.schematic) out[n.schematic.id] = n.schematic.extensions;
  return out;
}

export {
  simulatedClusterSpecs,
  simulatedSchematics
};
