/**
 * Everything the project knows of each Talos document kind beyond its shape, one module per kind
 * (`src/kinds/<group>/<kind>.ts`, grouped as Talos groups `pkg/machinery/config/types/`). Patching,
 * validation, redaction, impact prediction, the rollout and the simulator read kinds from here.
 *
 *   kindEntry('UserVolumeConfig')?.secrets        // fields Talos redacts
 *   isSecretPath('v1alpha1', ['machine', 'token']) // compiled once per kind
 *   validateDocuments(docs, '1.13', { mode: 'metal' })
 */
import * as block from './block/index.js';
import * as cluster from './cluster/index.js';
import * as container from './container/index.js';
import * as cri from './cri/index.js';
import * as hardware from './hardware/index.js';
import * as k8s from './k8s/index.js';
import * as network from './network/index.js';
import { KindRegistry } from './registry.js';
import * as runtime from './runtime/index.js';
import type { PathSegs, SecretCursor } from './secret-paths.js';
import * as security from './security/index.js';
import * as siderolink from './siderolink/index.js';
import * as storage from './storage/index.js';
import type { KindEntry } from './types.js';
import { v1alpha1 } from './v1alpha1/index.js';

const ALL: KindEntry[] = [
  v1alpha1,
  ...[block, cluster, container, cri, hardware, k8s, network, runtime, security, siderolink, storage].flatMap(
    (group) => Object.values(group) as KindEntry[],
  ),
];

/** The registry of every kind the project knows. */
export const KINDS = new KindRegistry(ALL);

export function kindEntry(kind: string): KindEntry | undefined {
  return KINDS.entry(kind);
}

/** Whether the value at this path of a document of this kind is secret. */
export function isSecretPath(kind: string, segs: PathSegs): boolean {
  return KINDS.secrets(kind).matches(segs);
}

/** The root of a document of this kind, for walking it one segment at a time (see SecretCursor). */
export function secretCursor(kind: string): SecretCursor {
  return KINDS.secrets(kind).start();
}

/** The secret query parameter of a URL field (SideroLink's join token), if any. */
export function secretQueryParam(kind: string, segs: PathSegs): string | undefined {
  return KINDS.secrets(kind).queryParam(segs);
}

/** `talos/link-config`, `talos/vlan-config`, ...: the rule id of a kind's own checks. */
export function kindRule(kind: string): string {
  const entry = KINDS.entry(kind);
  if (entry?.rule) return entry.rule;
  return `talos/${kind
    .replace(/Config$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()}-config`;
}

export { KindRegistry } from './registry.js';
export type { PathSegs, SecretCursor } from './secret-paths.js';
export type { KindEntry, KindGroup } from './types.js';
