/**
 * `clusters/<name>/cluster.yaml`: parsed, checked against the shipped JSON Schema (schemas/cluster.schema.json)
 * with errors naming the file, line and field, and turned into a typed description of the cluster.
 */
import { isIP } from 'node:net';
import type { ErrorObject } from 'ajv';
import { anyToPlain, decodeAny } from '../config/codecs.js';
import { TalosGitopsError } from '../errors.js';
import { parseGoDuration } from '../go/duration.js';
import type { ValidationMode } from '../kinds/context.js';
import type { Role, SourceRef } from '../render/types.js';
import { clusterFileValidator } from '../schemas/file-validators.js';
import { decodeFactorySchematic } from '../schematic/factory.js';
import type { SchematicLevel } from '../schematic/layers.js';
import { parseYamlDocuments, type YMap, type YNode } from '../yaml/ynode.js';

export type PatchRef =
  | { kind: 'file'; path: string; source: SourceRef }
  | { kind: 'inline'; node: YNode; source: SourceRef };

export interface NodeEntry {
  name: string;
  address: string;
  role: Role;
  patches: PatchRef[];
  /** This node's level of the schematic, if it sets one. */
  schematic?: SchematicLevel;
  source: SourceRef;
}

export interface WaiverEntry {
  policy: string;
  nodes: string[];
  reason: string;
  expires?: string;
  source: SourceRef;
}

export interface ClusterFile {
  file: string;
  dir: string;
  name: string;
  stage: string;
  talosVersion: string;
  kubernetesVersion?: string;
  /** How Talos runs on the nodes: Talos's validation mode (default metal). */
  platform: ValidationMode;
  endpoint: string;
  secrets?: { path: string; source: SourceRef };
  base?: Partial<Record<Role, { path: string; source: SourceRef }>>;
  patches: PatchRef[];
  rolePatches: Record<Role, PatchRef[]>;
  /** The cluster's and each role's level of the schematic (see src/schematic/layers.ts). */
  schematic?: SchematicLevel;
  roleSchematics: Partial<Record<Role, SchematicLevel>>;
  nodes: NodeEntry[];
  rollout: {
    maxParallel: number | string;
    healthTimeoutMs: number;
    allowReboots: boolean;
    removeNodes: boolean;
    drain: boolean;
    drainTimeoutMs: number;
    gates: GateSpec[];
  };
  policyPacks: string[];
  waivers: WaiverEntry[];
  fieldLines: Record<string, number>;
}

/** Keys of a cluster.yaml schematic that pick the installer; every other key is the factory's own. */
const SCHEMATIC_OWN_KEYS = ['secureBoot', 'platform', 'factory'] as const;
const NULL: YNode = { t: 'scalar', text: 'null', quoted: false };
/** A check of the user's own between rollout steps (cluster.yaml `rollout.gates`). */
export type GateSpec = {
  name: string;
  timeoutMs: number;
  source: SourceRef;
} & ({ command: string[]; shell: boolean } | { http: { url: string; expectStatus?: number[] } });

export class ClusterFileError extends TalosGitopsError {
  override name = 'ClusterFileError';
}

/** The YAML node at a JSON pointer path, for error lines. */
function nodeAt(root: YNode, instancePath: string): YNode | undefined {
  let cur: YNode | undefined = root;
  for (const raw of instancePath.split('/').slice(1)) {
    const seg = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!cur) return undefined;
    if (cur.t === 'map') cur = cur.entries.find((e) => e.key.text === seg)?.value;
    else if (cur.t === 'seq') cur = cur.items[Number(seg)];
    else return cur;
  }
  return cur;
}

function keyLine(m: YMap, key: string): number | undefined {
  return m.entries.find((e) => e.key.text === key)?.key.pos?.line;
}

function describeSchemaError(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown field ${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)}`;
    case 'required':
      return `missing required field ${JSON.stringify((e.params as { missingProperty: string }).missingProperty)}`;
    case 'enum':
      return `must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `${e.message ?? 'has the wrong format'}`;
    default:
      return e.message ?? 'is invalid';
  }
}

export function parseClusterFile(text: string, file: string, dir: string): ClusterFile {
  const docs = parseYamlDocuments(text, file).filter((d) => d.root !== null);
  if (docs.length !== 1 || docs[0]!.root!.t !== 'map') {
    throw new ClusterFileError('cluster.yaml must hold exactly one YAML mapping', {
      file,
      line: docs[1]?.pos?.line,
    });
  }
  const root = docs[0]!.root as YMap;
  const plain = anyToPlain(decodeAny(root)) as Record<string, unknown>;
  const validateSchema = clusterFileValidator();
  if (!validateSchema(plain)) {
    const errs = (validateSchema.errors ?? []).filter(
      (e) => e.keyword !== 'oneOf' || validateSchema.errors!.length === 1,
    );
    const e = pickError(errs);
    const n =
      e.keyword === 'additionalProperties'
        ? findKeyNode(root, e.instancePath, (e.params as { additionalProperty: string }).additionalProperty)
        : nodeAt(root, e.instancePath);
    const field = fieldName(e);
    throw new ClusterFileError(describeSchemaError(e), {
      file,
      line: n?.pos?.line ?? 1,
      field: field || undefined,
    });
  }
  const line = (n: YNode | undefined) => ({ file, line: n?.pos?.line });
  const get = (m: YMap, k: string) => m.entries.find((e) => e.key.text === k)?.value;
  const patchList = (n: YNode | undefined): PatchRef[] => {
    if (n?.t !== 'seq') return [];
    return n.items.map((item) =>
      item.t === 'scalar'
        ? { kind: 'file', path: item.text, source: line(item) }
        : { kind: 'inline', node: item, source: line(item) },
    );
  };
  const schematicAt = (m: YNode | undefined, path: string): SchematicLevel | undefined => {
    const entry = m?.t === 'map' ? m.entries.find((e) => e.key.text === 'schematic') : undefined;
    if (!entry) return undefined;
    const n = entry.value;
    const own = (k: string) => (n.t === 'map' ? anyToPlain(decodeAny(get(n, k) ?? NULL)) : undefined);
    return {
      schematic: decodeFactorySchematic(n, file, { path, extraKeys: SCHEMATIC_OWN_KEYS }),
      secureBoot: (own('secureBoot') ?? undefined) as boolean | undefined,
      platform: (own('platform') ?? undefined) as string | undefined,
      factory: (own('factory') ?? undefined) as string | undefined,
      source: { file, line: entry.key.pos?.line },
    };
  };
  const nodesNode = get(root, 'nodes') as { t: 'seq'; items: YMap[] };
  if (nodesNode.items.length > MAX_NODES_PER_CLUSTER) {
    throw new ClusterFileError(
      `${nodesNode.items.length.toLocaleString('en-US')} nodes: at most ${MAX_NODES_PER_CLUSTER.toLocaleString('en-US')} per cluster (Kubernetes's own largest supported cluster)`,
      {
        file,
        line: nodesNode.items[MAX_NODES_PER_CLUSTER]!.pos?.line,
        field: `nodes[${MAX_NODES_PER_CLUSTER}]`,
      },
    );
  }
  const names = new Map<string, number | undefined>();
  const nodes: NodeEntry[] = nodesNode.items.map((n, i) => {
    const p = (plain.nodes as Array<Record<string, string>>)[i]!;
    const at = (key: string, field: string) => ({
      file,
      line: keyLine(n, key) ?? n.pos?.line,
      field: `nodes[${i}].${field}`,
    });
    // every command writes and reaches nodes by name: a second node of the same name is an error
    if (names.has(p.name!)) {
      throw new ClusterFileError(
        `node name ${JSON.stringify(p.name)} is already used by the node at line ${names.get(p.name!) ?? '?'}`,
        at('name', 'name'),
      );
    }
    names.set(p.name!, n.pos?.line);
    if (!isNodeAddress(p.address!)) {
      throw new ClusterFileError(
        `${JSON.stringify(p.address)} is not an IP address or a DNS name (the Talos API address, without a port)`,
        at('address', 'address'),
      );
    }
    const schematic = schematicAt(n, `nodes[${i}].schematic`);
    return {
      name: p.name!,
      address: p.address!,
      role: p.role as Role,
      patches: patchList(get(n, 'patches')),
      ...(schematic ? { schematic } : {}),
      source: line(n),
    };
  });
  const rollout = (plain.rollout ?? {}) as {
    workers?: { maxParallel?: number | string };
    healthTimeout?: string;
    allowReboots?: boolean;
    removeNodes?: boolean;
    drain?: boolean;
    drainTimeout?: string;
    gates?: Array<{
      name: string;
      command?: string | string[];
      http?: { url: string; expectStatus?: number | number[] };
      timeout?: string;
    }>;
  };
  const ms = (d: string | undefined, fallback: number) =>
    d ? Number((parseGoDuration(d) ?? 0n) / 1_000_000n) : fallback;
  const healthTimeoutMs = ms(rollout.healthTimeout, 10 * 60_000);
  const rolloutNode = get(root, 'rollout');
  const gatesNode = rolloutNode?.t === 'map' ? get(rolloutNode, 'gates') : undefined;
  const gates: GateSpec[] = (rollout.gates ?? []).map((g, i) => {
    const common = {
      name: g.name,
      timeoutMs: ms(g.timeout, 60_000),
      source: line(gatesNode?.t === 'seq' ? gatesNode.items[i] : undefined),
    };
    if (g.command !== undefined) {
      return typeof g.command === 'string'
        ? { ...common, command: ['/bin/sh', '-c', g.command], shell: true }
        : { ...common, command: [...g.command], shell: false };
    }
    const expect = g.http!.expectStatus;
    return {
      ...common,
      http: { url: g.http!.url, expectStatus: expect === undefined ? undefined : [expect].flat() },
    };
  });
  const waiversNode = get(root, 'waivers');
  ((plain.waivers ?? []) as Array<Record<string, unknown>>).forEach((w, i) => {
    const item = waiversNode?.t === 'seq' ? waiversNode.items[i] : undefined;
    if (typeof w.expires === 'string' && !isCalendarDate(w.expires)) {
      throw new ClusterFileError(`${w.expires} is not a date of the calendar (YYYY-MM-DD)`, {
        file,
        line: (item?.t === 'map' ? keyLine(item, 'expires') : undefined) ?? item?.pos?.line,
        field: `waivers[${i}].expires`,
      });
    }
  });
  const waivers = ((plain.waivers ?? []) as Array<Record<string, unknown>>).map((w, i) => ({
    policy: w.policy as string,
    nodes: (w.nodes as string[] | undefined) ?? ['*'],
    reason: w.reason as string,
    expires: w.expires as string | undefined,
    source: line(waiversNode?.t === 'seq' ? waiversNode.items[i] : undefined),
  }));
  const roleNode = (r: string) => {
    const m = get(root, r);
    return m?.t === 'map' ? get(m, 'patches') : undefined;
  };
  const baseNode = get(root, 'base');
  const base = plain.base as Record<string, string> | undefined;
  const roleSchematics: Partial<Record<Role, SchematicLevel>> = {};
  for (const r of ['controlplane', 'worker'] as const) {
    const level = schematicAt(get(root, r), `${r}.schematic`);
    if (level) roleSchematics[r] = level;
  }
  const schematic = schematicAt(root, 'schematic');
  // every reference is a patch applied to the node: bound them, so a small file cannot ask for unbounded work
  const clusterPatches = patchList(get(root, 'patches'));
  const rolePatches = {
    controlplane: patchList(roleNode('controlplane')),
    worker: patchList(roleNode('worker')),
  };
  for (const n of nodes) {
    const all = [...clusterPatches, ...rolePatches[n.role], ...n.patches];
    if (all.length > MAX_PATCHES_PER_NODE) {
      throw new ClusterFileError(
        `node ${n.name} gets ${all.length} patches (cluster, ${n.role} and its own): at most ${MAX_PATCHES_PER_NODE} per node`,
        { file, line: all[MAX_PATCHES_PER_NODE]!.source.line },
      );
    }
  }
  const fieldLines: Record<string, number> = {};
  for (const e of root.entries) if (e.key.pos) fieldLines[e.key.text] = e.key.pos.line;
  const folder = dir.split('/').pop()!;
  if (plain.name === undefined && !CLUSTER_NAME.test(folder)) {
    throw new ClusterFileError(
      `the folder name ${JSON.stringify(folder)} is not a cluster name (lower-case letters, digits and dashes): set name`,
      { file, line: 1, field: 'name' },
    );
  }
  return {
    file,
    dir,
    name: (plain.name as string | undefined) ?? folder,
    stage: (plain.stage as string | undefined) ?? 'default',
    talosVersion: plain.talosVersion as string,
    kubernetesVersion: plain.kubernetesVersion as string | undefined,
    platform: (plain.platform as ValidationMode | undefined) ?? 'metal',
    endpoint: plain.endpoint as string,
    secrets: plain.secrets
      ? { path: plain.secrets as string, source: { file, line: keyLine(root, 'secrets') } }
      : undefined,
    base: base
      ? Object.fromEntries(
          Object.entries(base).map(([role, p]) => [
            role,
            { path: p, source: { file, line: baseNode?.t === 'map' ? keyLine(baseNode, role) : undefined } },
          ]),
        )
      : undefined,
    patches: clusterPatches,
    rolePatches,
    ...(schematic ? { schematic } : {}),
    roleSchematics,
    nodes,
    rollout: {
      maxParallel: rollout.workers?.maxParallel ?? 1,
      healthTimeoutMs,
      allowReboots: rollout.allowReboots ?? true,
      removeNodes: rollout.removeNodes ?? false,
      drain: rollout.drain ?? true,
      drainTimeoutMs: ms(rollout.drainTimeout, 5 * 60_000),
      gates,
    },
    policyPacks: (
      (plain.policies as { packs?: string[] } | undefined)?.packs ?? DEFAULT_POLICY_PACKS
    ).slice(),
    waivers,
    fieldLines,
  };
}

/** Nodes one cluster.yaml may list: Kubernetes supports clusters of up to 5,000 nodes. */
export const MAX_NODES_PER_CLUSTER = 5_000;
/** Patch references (cluster, role and node's own) applied to one node. */
export const MAX_PATCHES_PER_NODE = 256;

/** The built-in packs a cluster uses when cluster.yaml does not say (`policies.packs`). */
export const DEFAULT_POLICY_PACKS: readonly string[] = ['baseline'];

const CLUSTER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_LABEL = /^[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?$/;

/** An IPv4 or IPv6 address, or a DNS name (labels of letters, digits and dashes; 253 characters at most). */
export function isNodeAddress(a: string): boolean {
  if (isIP(a) !== 0) return true;
  const name = a.endsWith('.') ? a.slice(0, -1) : a;
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split('.');
  // an all-numeric last label would be a mistyped IPv4 address, not a name
  return labels.every((l) => DNS_LABEL.test(l)) && !/^\d+$/.test(labels[labels.length - 1]!);
}

/** YYYY-MM-DD naming a day that exists (no February 30th). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

function pickError(errs: ErrorObject[]): ErrorObject {
  // the deepest error explains best (oneOf branches add noise at the parent)
  return [...errs].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0]!;
}

function findKeyNode(root: YNode, parentPath: string, key: string): YNode | undefined {
  const parent = nodeAt(root, parentPath);
  if (parent?.t === 'map') return parent.entries.find((e) => e.key.text === key)?.key;
  return parent;
}

function fieldName(e: ErrorObject): string {
  const base = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
    .join('')
    .replace(/^\./, '');
  if (e.keyword === 'additionalProperties') {
    const k = (e.params as { additionalProperty: string }).additionalProperty;
    return base ? `${base}.${k}` : k;
  }
  if (e.keyword === 'required') {
    const k = (e.params as { missingProperty: string }).missingProperty;
    return base ? `${base}.${k}` : k;
  }
  return base;
}
