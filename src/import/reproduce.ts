/**
 * A cluster folder that renders given machine configs byte for byte: the base generated from the
 * cluster's secrets bundle, plus the smallest patches that take it to each node's config — what every
 * node shares at the cluster level, what every node of a role shares at the role level, the rest per
 * node. Every candidate folder is rendered by the engine itself (the same path `render` takes) and
 * compared with the wanted configs byte for byte; operations a merge cannot express are escalated
 * until it matches, and nothing is returned that does not reproduce every node.
 *
 * Secrets: the bundle and every patch holding a secret value are written SOPS-encrypted to the given
 * recipients only. Verification renders a copy also encrypted to a throwaway key that never leaves
 * memory.
 */
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import YAML from 'yaml';
import { loadConfig } from '../config/patch.js';
import { describeError, TalosGitopsError } from '../errors.js';
import { type Contract, contractOf } from '../model/model.js';
import { renderFleet } from '../render/render.js';
import { registerSecretPaths } from '../render/secret-walk.js';
import type { Role } from '../render/types.js';
import { memoryFiles } from '../repo/files.js';
import { type AgeIdentity, parseAgeIdentities } from '../secrets/age-identities.js';
import { SecretRegistry } from '../secrets/registry.js';
import { encryptSopsYaml } from '../secrets/sops-encrypt.js';
import {
  deepEqual,
  diffConfigs,
  isPlainMap,
  type Op,
  overlaps,
  type Plain,
  type PlainDoc,
  parseConfigDocs,
  sameOp,
} from './config-diff.js';
import { levelPatches } from './patch-files.js';

export interface WantedNode {
  name: string;
  address: string;
  role: Role;
  /** The machine config the node must render to, byte for byte. */
  config: string;
}

export interface ClusterIdentity {
  name: string;
  stage: string;
  talosVersion: string;
  kubernetesVersion?: string;
  endpoint: string;
}

export interface ReproduceOptions {
  cluster: ClusterIdentity;
  /** The secrets bundle as plain YAML (`talosctl gen secrets` layout); kept in memory only. */
  bundleYaml: string;
  nodes: WantedNode[];
  /** age recipients the written secrets are encrypted to. */
  recipients: string[];
  /** Knows every secret value (bundle, secret fields of the configs); patches holding one are encrypted. */
  registry: SecretRegistry;
  /** Lines for the top of cluster.yaml (without `#`). */
  header?: string[];
  /** Where cluster.yaml's editor modeline points. */
  schemaUrl?: string;
  /** The bundle file to write as it is (already SOPS-encrypted) instead of encrypting `bundleYaml`. */
  bundleFile?: string;
  /** `schematic` entries for cluster.yaml, per level; they take part in every render. */
  schematics?: { cluster?: Plain; roles?: Partial<Record<Role, Plain>>; nodes?: Record<string, Plain> };
  /** Patches applied after the computed ones (`config` is then the state before them). */
  after?: AfterPatches;
}

export interface AfterFile {
  text: string;
  /** Written SOPS-encrypted (the path ends in .sops.yaml). */
  secret: boolean;
  /** Already encrypted bytes to write as they are in the end (verification encrypts `text` itself). */
  keep?: string;
}

/** Patch files that follow the computed patches, with the configs they must lead to. */
export interface AfterPatches {
  /** Folder-relative path → the file: plain text, encrypted when `secret`, or kept as `keep` in the end. */
  files: Record<string, AfterFile>;
  /** Per node, in the order they apply after its computed patches. */
  perNode: Record<string, string[]>;
  /** The same patches at the levels they belong to; used when it renders the same. */
  levels?: { cluster: string[]; roles: Record<Role, string[]>; nodes: Record<string, string[]> };
  /** What each node must render to in the end. */
  expected: Record<string, string>;
}

export interface ReproducedFolder {
  /** Files of the cluster folder, relative to it. */
  files: Record<string, string>;
  /** How the patches are shared: across levels, across levels except added documents, or per node. */
  sharing: 'levels' | 'levels-except-documents' | 'per-node';
  /** With `after`: whether its patches sit at their levels or stay per node. */
  afterPlacement?: 'levels' | 'per-node';
  /** Patch operations per level, for the summary. */
  counts: { cluster: number; roles: Record<Role, number>; nodes: Record<string, number> };
}

export const CLUSTER_SCHEMA_URL =
  'https://raw.githubusercontent.com/talos-gitops/talos-gitops/v1/schemas/cluster.schema.json';

const MAX_ROUNDS = 6;

interface AfterLayout {
  placement: 'levels' | 'per-node';
}

interface Arrangement {
  cluster: Op[];
  roles: Record<Role, Op[]>;
  nodes: Map<string, Op[]>;
}

type Sharing = ReproducedFolder['sharing'];

export async function reproduceCluster(opts: ReproduceOptions): Promise<ReproducedFolder> {
  const contract = contractOf(opts.cluster.talosVersion) as Contract | undefined;
  if (!contract) {
    throw new TalosGitopsError(
      `Talos ${opts.cluster.talosVersion} is outside the supported contracts 1.10 to 1.14`,
    );
  }
  const names = new Set<string>();
  for (const n of opts.nodes) {
    if (names.has(n.name)) throw new TalosGitopsError(`two nodes are both named ${JSON.stringify(n.name)}`);
    names.add(n.name);
    registerSecretPaths(loadConfig(n.config, `node ${n.name}`, contract), opts.registry);
  }
  const isSecret = (text: string) => opts.registry.has(text) || opts.registry.redact(text) !== text;
  const throwaway = await generateX25519Identity();
  const verifyIdentities = await parseAgeIdentities(throwaway, 'a throwaway key');
  const verifyRecipients = [...opts.recipients, await identityToRecipient(throwaway)];
  const wanted = new Map(opts.nodes.map((n) => [n.name, parseConfigDocs(n.config, `node ${n.name}`)]));
  const headers = new Map<string, Plain>();

  const build = async (arr: Arrangement, recipients: string[], after?: AfterLayout, final = false) =>
    folderFiles(opts, arr, recipients, (id) => headers.get(id) ?? {}, isSecret, after, final);
  const render = async (arr: Arrangement, after?: AfterLayout) => {
    const files = await build(arr, verifyRecipients, after);
    // a registry of its own: decrypting the candidate's patches must not mark their plain values secret
    return renderTexts(opts, files, verifyIdentities, new SecretRegistry());
  };

  const empty: Arrangement = { cluster: [], roles: { controlplane: [], worker: [] }, nodes: new Map() };
  const bases = await render(empty);
  const baseDocs = new Map<string, PlainDoc[]>();
  const ops = new Map<string, Op[]>();
  for (const n of opts.nodes) {
    const base = parseConfigDocs(bases.get(n.name)!, `base of ${n.name}`);
    baseDocs.set(n.name, base);
    for (const d of [...base, ...wanted.get(n.name)!]) headers.set(d.id, identityOf(d.body));
    ops.set(n.name, diffConfigs(base, wanted.get(n.name)!));
  }

  // each node on its own first: escalate what a merge did not reproduce
  let mismatched: string[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const texts = await render(arrange(opts.nodes, ops, 'per-node'));
    mismatched = opts.nodes.filter((n) => texts.get(n.name) !== n.config).map((n) => n.name);
    if (mismatched.length === 0) break;
    for (const name of mismatched) {
      const got = parseConfigDocs(texts.get(name)!, `render of ${name}`);
      const left = diffConfigs(got, wanted.get(name)!);
      ops.set(name, escalate(ops.get(name)!, left, baseDocs.get(name)!, wanted.get(name)!));
    }
  }
  if (mismatched.length > 0) {
    const texts = await render(arrange(opts.nodes, ops, 'per-node'));
    const detail = mismatched.map((name) => {
      const left = diffConfigs(parseConfigDocs(texts.get(name)!, name), wanted.get(name)!);
      const where = left.map((o) => [o.doc, ...o.path].join('.')).slice(0, 5);
      return `${name} (${where.length ? `differs at ${where.join(', ')}` : 'differs in layout only'})`;
    });
    throw new TalosGitopsError(
      `no patches reproduce these nodes' configs byte for byte: ${detail.join('; ')}. Nothing was written.`,
    );
  }

  const placements: AfterLayout[] = opts.after
    ? [...(opts.after.levels ? [{ placement: 'levels' as const }] : []), { placement: 'per-node' as const }]
    : [];
  const wantedFinal = (n: WantedNode) => (opts.after ? opts.after.expected[n.name] : n.config);
  for (const sharing of ['levels', 'levels-except-documents', 'per-node'] as const) {
    const arr = arrange(opts.nodes, ops, sharing);
    if (sharing !== 'per-node') {
      const texts = await render(arr);
      if (opts.nodes.some((n) => texts.get(n.name) !== n.config)) continue;
    }
    let after: AfterLayout | undefined;
    for (const candidate of placements) {
      const texts = await render(arr, candidate);
      if (opts.nodes.every((n) => texts.get(n.name) === wantedFinal(n))) {
        after = candidate;
        break;
      }
    }
    if (opts.after && !after) {
      const texts = await render(arr, { placement: 'per-node' });
      const off = opts.nodes.filter((n) => texts.get(n.name) !== wantedFinal(n)).map((n) => n.name);
      throw new TalosGitopsError(
        `with their own patches, these nodes do not render as expected: ${off.join(', ')}. Nothing was written.`,
      );
    }
    return {
      files: await build(arr, opts.recipients, after, true),
      sharing,
      afterPlacement: after?.placement,
      counts: {
        cluster: arr.cluster.length,
        roles: { controlplane: arr.roles.controlplane.length, worker: arr.roles.worker.length },
        nodes: Object.fromEntries(opts.nodes.map((n) => [n.name, arr.nodes.get(n.name)?.length ?? 0])),
      },
    };
  }
  throw new Error('unreachable: the per-node arrangement was verified');
}

function identityOf(body: Plain): Plain {
  const out: Plain = {};
  for (const k of ['apiVersion', 'kind', 'name']) if (k in body) out[k] = body[k];
  return out;
}

/** Shares operations every node (of the cluster, of a role) makes, when there are two or more. */
function arrange(nodes: WantedNode[], ops: Map<string, Op[]>, sharing: Sharing): Arrangement {
  const shareable = (o: Op) =>
    sharing === 'levels' ||
    (sharing === 'levels-except-documents' && o.op !== 'add-doc' && o.op !== 'delete-doc');
  const common = (group: WantedNode[]): Op[] => {
    if (sharing === 'per-node' || group.length < 2) return [];
    const [first, ...rest] = group.map((n) => ops.get(n.name)!);
    return first!.filter((o) => shareable(o) && rest.every((r) => r.some((x) => sameOp(x, o))));
  };
  const without = (list: Op[], taken: Op[]) => list.filter((o) => !taken.some((t) => sameOp(t, o)));
  const cluster = common(nodes);
  const roles: Record<Role, Op[]> = { controlplane: [], worker: [] };
  for (const role of ['controlplane', 'worker'] as const) {
    const group = nodes.filter((n) => n.role === role);
    roles[role] = without(common(group), cluster);
  }
  const perNode = new Map<string, Op[]>();
  for (const n of nodes) perNode.set(n.name, without(without(ops.get(n.name)!, cluster), roles[n.role]));
  return { cluster, roles, nodes: perNode };
}

/**
 * Turns operations that did not reproduce into replacements: the shorter of the two overlapping paths is
 * deleted and set again to the wanted value. Differences no operation touched are added as operations.
 */
function escalate(current: Op[], left: Op[], base: PlainDoc[], wanted: PlainDoc[]): Op[] {
  let ops = [...current];
  const wantedValue = (doc: string, path: string[]) => valueAt(wanted.find((d) => d.id === doc)?.body, path);
  const inBase = (doc: string, path: string[]) =>
    valueAt(base.find((d) => d.id === doc)?.body, path) !== undefined;
  for (const l of left) {
    if (l.op === 'add-doc' || l.op === 'delete-doc' || l.path.length === 0) {
      if (!ops.some((o) => sameOp(o, l))) ops.push(l);
      continue;
    }
    const touching = ops.filter((o) => overlaps(o, l) && o.path.length > 0);
    const path = [l.path, ...touching.map((o) => o.path)].reduce((a, b) => (b.length < a.length ? b : a));
    const value = wantedValue(l.doc, path);
    ops = ops.filter((o) => !touching.includes(o));
    if (value === undefined) ops.push({ doc: l.doc, path, op: 'delete' });
    else if (inBase(l.doc, path)) ops.push({ doc: l.doc, path, op: 'replace', value });
    else ops.push({ doc: l.doc, path, op: 'set', value });
  }
  return dedupe(ops);
}

function dedupe(ops: Op[]): Op[] {
  const out: Op[] = [];
  for (const o of ops) if (!out.some((x) => sameOp(x, o))) out.push(o);
  return out;
}

function valueAt(root: unknown, path: string[]): unknown {
  let cur = root;
  for (const k of path) {
    if (!isPlainMap(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

async function renderTexts(
  opts: ReproduceOptions,
  files: Record<string, string>,
  identities: AgeIdentity[],
  registry: SecretRegistry,
): Promise<Map<string, string>> {
  const dir = `clusters/${opts.cluster.name}`;
  const repo = Object.fromEntries(Object.entries(files).map(([p, t]) => [`${dir}/${p}`, t]));
  const result = await renderFleet({ files: memoryFiles(repo, 'import'), identities, registry });
  if (result.errors.length > 0) {
    const e = result.errors[0]!;
    throw new TalosGitopsError(`the imported folder does not render: ${describeError(e.error)}`);
  }
  const cluster = result.fleet.clusters[0]!;
  return new Map(cluster.nodes.map((n) => [n.name, n.text]));
}

async function folderFiles(
  opts: ReproduceOptions,
  arr: Arrangement,
  recipients: string[],
  headerOf: (doc: string) => Plain,
  isSecret: (text: string) => boolean,
  after: AfterLayout | undefined,
  final: boolean,
): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  files['secrets.sops.yaml'] =
    final && opts.bundleFile !== undefined
      ? opts.bundleFile
      : await encryptSopsYaml(opts.bundleYaml, { recipients, file: 'secrets.sops.yaml' });
  if (after && opts.after) {
    for (const [file, f] of Object.entries(opts.after.files)) {
      files[file] =
        final && f.keep !== undefined
          ? f.keep
          : f.secret || f.keep !== undefined
            ? await encryptSopsYaml(f.text, { recipients, file })
            : f.text;
    }
  }
  const levels = after?.placement === 'levels' ? opts.after?.levels : undefined;
  const level = async (name: string, ops: Op[]): Promise<string[]> => {
    const p = levelPatches(ops, headerOf, isSecret);
    const refs: string[] = [];
    if (p.reset) refs.push(write(`patches/${name}.reset.yaml`, p.reset));
    if (p.main) refs.push(write(`patches/${name}.yaml`, p.main));
    if (p.secret) {
      const file = `patches/${name}.secrets.sops.yaml`;
      // which documents they patch stays readable; Talos's secret fields never sit under these keys
      const rule = { kind: 'unencrypted_regex' as const, value: '^(apiVersion|kind|name)$' };
      refs.push(write(file, await encryptSopsYaml(p.secret, { recipients, file, rule })));
    }
    return refs;
  };
  const write = (path: string, text: string) => {
    files[path] = text;
    return path;
  };
  const cluster = [...(await level('cluster', arr.cluster)), ...(levels?.cluster ?? [])];
  const roles = {
    controlplane: [
      ...(await level('controlplane', arr.roles.controlplane)),
      ...(levels?.roles.controlplane ?? []),
    ],
    worker: [...(await level('worker', arr.roles.worker)), ...(levels?.roles.worker ?? [])],
  };
  const nodes: Array<{ node: WantedNode; patches: string[] }> = [];
  for (const n of opts.nodes) {
    const own = await level(`nodes/${n.name}`, arr.nodes.get(n.name) ?? []);
    const later = !after ? [] : levels ? (levels.nodes[n.name] ?? []) : (opts.after?.perNode[n.name] ?? []);
    nodes.push({ node: n, patches: [...own, ...later] });
  }
  files['cluster.yaml'] = clusterYaml(opts, cluster, roles, nodes);
  return files;
}

const flow = (list: string[]) => `[${list.join(', ')}]`;
/** `key: value` as YAML block lines, indented for its place. */
const block = (key: string, v: unknown, indent: string) =>
  YAML.stringify({ [key]: v }, { indent: 2, lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((l) => indent + l);

function clusterYaml(
  opts: ReproduceOptions,
  cluster: string[],
  roles: Record<Role, string[]>,
  nodes: Array<{ node: WantedNode; patches: string[] }>,
): string {
  const c = opts.cluster;
  const lines = [`# yaml-language-server: $schema=${opts.schemaUrl ?? CLUSTER_SCHEMA_URL}`];
  for (const h of opts.header ?? []) lines.push(`# ${h}`.trimEnd());
  lines.push(`name: ${c.name}`, `stage: ${c.stage}`, `talosVersion: ${c.talosVersion}`);
  if (c.kubernetesVersion) lines.push(`kubernetesVersion: ${c.kubernetesVersion}`);
  lines.push(`endpoint: ${c.endpoint}`, 'secrets: secrets.sops.yaml');
  const sch = opts.schematics;
  if (sch?.cluster) lines.push(...block('schematic', sch.cluster, ''));
  lines.push(`patches: ${flow(cluster)}`);
  for (const role of ['controlplane', 'worker'] as const) {
    const schematic = sch?.roles?.[role];
    if (roles[role].length === 0 && !schematic) continue;
    lines.push(`${role}:`);
    if (schematic) lines.push(...block('schematic', schematic, '  '));
    if (roles[role].length > 0) lines.push(`  patches: ${flow(roles[role])}`);
  }
  lines.push('nodes:');
  for (const { node, patches } of nodes) {
    lines.push(`  - name: ${node.name}`, `    address: ${node.address}`, `    role: ${node.role}`);
    const schematic = sch?.nodes?.[node.name];
    if (schematic) lines.push(...block('schematic', schematic, '    '));
    if (patches.length > 0) lines.push(`    patches: ${flow(patches)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Whether two configs are the same documents (ignoring layout); for callers comparing semantically. */
export function sameConfig(a: string, b: string): boolean {
  const da = parseConfigDocs(a, 'a');
  const db = parseConfigDocs(b, 'b');
  return da.length === db.length && da.every((d, i) => d.id === db[i]!.id && deepEqual(d.body, db[i]!.body));
}
