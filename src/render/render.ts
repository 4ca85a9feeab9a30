/**
 * Rendering a repository: for every cluster folder, the base config per role (generated from the
 * SOPS-encrypted secrets bundle, or a committed base), then the cluster, role and node patches in that
 * order, as Talos would apply them. All in memory; a cluster that fails is reported with the file, line
 * and field, and nothing of it is used.
 */
import { decodeConfig } from '../config/decode.js';
import type { ConfigDocument } from '../config/document.js';
import {
  applyPatches,
  copyDocuments,
  loadConfig,
  loadPatch,
  type Patch,
  stateText,
} from '../config/patch.js';
import { TalosGitopsError } from '../errors.js';
import { generateBaseConfig } from '../generate/index.js';
import { kubernetesVersionOf as kubeletVersionOf } from '../kinds/images.js';
import { type Contract, contractForVersion, contractOf } from '../model/model.js';
import type { ClusterFile, PatchRef } from '../repo/cluster-file.js';
import { OutsideRepositoryError, type RepoFiles, repoPath } from '../repo/files.js';
import { combineSchematic, type NodeSchematic } from '../schematic/layers.js';
import type { AgeIdentity } from '../secrets/age-identities.js';
import { parseSecretsBundle, type SecretsBundle, secretValuesOf } from '../secrets/bundle.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { decryptSopsFile, isSopsPath, SopsError } from '../secrets/sops.js';
import { fromJS, fromParsedDocuments, parseYamlDocuments, type YDocument } from '../yaml/ynode.js';
import { assertListed, type ClusterInputs, confine, loadClusterInputs } from './inputs.js';
import {
  installerImageOf,
  installerImageOrigin,
  installerImagePath,
  withInstallerImage,
} from './installer-image.js';
import { registerSecretPaths } from './secret-walk.js';
import type { Fleet, RenderedCluster, RenderedNode, Role, SourceRef } from './types.js';

export interface RenderOptions {
  files: RepoFiles;
  /** Folder holding one folder per cluster (default `clusters`). */
  clustersDir?: string;
  /** Only these clusters (names). */
  clusters?: string[];
  /** Only clusters of these stages. */
  stages?: string[];
  identities: readonly AgeIdentity[];
  registry: SecretRegistry;
  /**
   * When secrets cannot be decrypted (pull requests from forks, no key): render with placeholders and
   * list what could not be seen, instead of failing. Such a render must never be applied.
   */
  allowMissingSecrets?: boolean;
}

export interface ClusterRenderError {
  cluster: string;
  file: string;
  /** The (first) reason the cluster did not render. */
  error: TalosGitopsError;
  /** When nodes failed on their own: every failing node and why (the first is `error`). */
  nodeErrors?: Array<{ node: string; error: TalosGitopsError }>;
  /**
   * The cluster with the nodes that did render, so validation still reports them. Never planned or
   * applied: the cluster as a whole failed.
   */
  partial?: RenderedCluster;
}

/** Nodes of one cluster that failed to render, with the cluster the other nodes make. */
class NodeRenderFailures extends Error {
  constructor(
    readonly cluster: RenderedCluster,
    readonly failures: Array<{ node: string; error: TalosGitopsError }>,
  ) {
    super(failures[0]!.error.message);
  }
}

/** Why a cluster did not render: its own error, or the nodes that failed (with the ones that rendered). */
export function renderFailure(cluster: string, file: string, e: unknown): ClusterRenderError {
  if (e instanceof NodeRenderFailures)
    return { cluster, file, error: e.failures[0]!.error, nodeErrors: e.failures, partial: e.cluster };
  return { cluster, file, error: asError(e, file) };
}

export interface RenderResult {
  fleet: Fleet;
  errors: ClusterRenderError[];
}

/** The value used in place of every secret when secrets are unavailable. */
export const SECRET_PLACEHOLDER = 'secret-unavailable';

export { isSopsPath };

/**
 * The cluster folders (those holding a cluster.yaml), sorted, each with the error finding its
 * cluster.yaml where there is one (a symlink out of the repository, too large).
 */
export function clusterFolders(
  files: RepoFiles,
  clustersDir: string,
): Array<{ dir: string; error?: TalosGitopsError }> {
  const out: Array<{ dir: string; error?: TalosGitopsError }> = [];
  for (const n of files.list(clustersDir)) {
    const dir = repoPath(clustersDir, n);
    try {
      if (!files.isDirectory(dir)) continue;
      if (files.contentId(`${dir}/cluster.yaml`) !== undefined) out.push({ dir });
    } catch (e) {
      const file = `${dir}/cluster.yaml`;
      // the folder itself may be the link: name the file the engine was after
      out.push({
        dir,
        error:
          e instanceof OutsideRepositoryError ? new TalosGitopsError(e.message, { file }) : asError(e, file),
      });
    }
  }
  return out;
}

/**
 * What rendering makes of file contents alone, made once for every cluster of a render and both
 * sides of a plan (keyed by path and content id): parsed patches, decrypted bundles and generated
 * base configs. Decrypted values come along, and each cluster using an entry registers them (a
 * plan's registries are per cluster); null is a file that could not be decrypted here.
 */
export interface RenderCache {
  patches: Map<string, Promise<{ patch: Patch | null; secrets: readonly string[] }>>;
  bundles: Map<string, Promise<{ bundle: SecretsBundle | null; secrets: readonly string[] }>>;
  bases: Map<string, ConfigDocument[]>;
}

export function renderCache(): RenderCache {
  return { patches: new Map(), bundles: new Map(), bases: new Map() };
}

/** A cluster folder's inputs, or the error reading or checking its cluster.yaml (named by folder). */
export function loadFolder(
  files: RepoFiles,
  folder: { dir: string; error?: TalosGitopsError },
  same?: ClusterInputs,
): { inputs: ClusterInputs; error?: undefined } | { inputs?: undefined; error: ClusterRenderError } {
  const file = `${folder.dir}/cluster.yaml`;
  try {
    if (folder.error) throw folder.error;
    return { inputs: loadClusterInputs(files, folder.dir, same) };
  } catch (e) {
    const error =
      e instanceof OutsideRepositoryError ? new TalosGitopsError(e.message, { file }) : asError(e, file);
    return { error: { cluster: folder.dir.split('/').pop()!, file, error } };
  }
}

/**
 * A second cluster of a name already seen (in folder order) is an error at its `name` line:
 * rendered/<cluster>/ and every report are keyed by the name, a second one would overwrite the first.
 */
export function sameName(seen: Map<string, string>, inputs: ClusterInputs): ClusterRenderError | undefined {
  const { spec, file } = inputs;
  const twin = seen.get(spec.name);
  if (!twin) {
    seen.set(spec.name, file);
    return undefined;
  }
  return {
    cluster: spec.name,
    file,
    error: new TalosGitopsError(`cluster name ${JSON.stringify(spec.name)} is already used by ${twin}`, {
      file,
      line: spec.fieldLines.name ?? 1,
      field: 'name',
    }),
  };
}

export async function renderFleet(opts: RenderOptions): Promise<RenderResult> {
  const clustersDir = opts.clustersDir ?? 'clusters';
  const fleet: Fleet = { root: opts.files.label, clusters: [] };
  const errors: ClusterRenderError[] = [];
  const cache = renderCache();
  const seen = new Map<string, string>();
  // in folder order, each folder's error or inputs: errors are reported in that order
  const wanted: Array<ClusterInputs | ClusterRenderError> = [];
  for (const folder of clusterFolders(opts.files, clustersDir)) {
    const loaded = loadFolder(opts.files, folder);
    if (loaded.error) {
      wanted.push(loaded.error);
      continue;
    }
    const { spec } = loaded.inputs;
    const twin = sameName(seen, loaded.inputs);
    if (twin) {
      wanted.push(twin);
      continue;
    }
    if (opts.clusters?.length && !opts.clusters.includes(spec.name)) continue;
    if (opts.stages?.length && !opts.stages.includes(spec.stage)) continue;
    wanted.push(loaded.inputs);
  }
  const isInputs = (w: ClusterInputs | ClusterRenderError): w is ClusterInputs => 'files' in w;
  // every file the renders read, at once (a git ref reads them in one batch)
  opts.files.prefetch?.(wanted.filter(isInputs).flatMap((i) => [...i.files.keys()]));
  for (const inputs of wanted) {
    if (!isInputs(inputs)) {
      errors.push(inputs);
      continue;
    }
    try {
      fleet.clusters.push(await renderClusterInputs(inputs, opts, cache));
    } catch (e) {
      errors.push(renderFailure(inputs.spec.name, inputs.spec.file, e));
    }
  }
  if (opts.clusters?.length) {
    for (const name of opts.clusters) {
      if (!fleet.clusters.some((c) => c.name === name) && !errors.some((e) => e.cluster === name)) {
        errors.push({
          cluster: name,
          file: clustersDir,
          error: new TalosGitopsError(`no cluster named ${JSON.stringify(name)} in ${clustersDir}/`),
        });
      }
    }
  }
  return { fleet, errors };
}

/** A path named in cluster.yaml, relative to its folder; one leaving the repository is refused at its line. */
function pathFrom(dir: string, p: string, source: SourceRef, what: string): string {
  try {
    return repoPath(dir, p);
  } catch (e) {
    if (e instanceof OutsideRepositoryError)
      throw new TalosGitopsError(`${what} ${e.message}`, { file: source.file, line: source.line });
    throw e;
  }
}

export function asError(e: unknown, file: string): TalosGitopsError {
  if (e instanceof TalosGitopsError) return e;
  return new TalosGitopsError((e as Error).message ?? String(e), { file });
}

/** The note for a part rendered with placeholders. */
export function hiddenNote(path: string, what: string): string {
  return `${path} (${what}; no key to decrypt it here)`;
}

class Secrets {
  constructor(
    private readonly opts: RenderOptions,
    private readonly hidden: string[],
  ) {}

  /** Reads (and decrypts, for .sops files) a file; null when secrets are unavailable and allowed to be. */
  async read(
    path: string,
    ref: { file: string; line?: number },
    what: string,
  ): Promise<{ text: string; parsed?: YDocument[]; plain?: unknown; secrets?: string[] } | null> {
    let text: string | undefined;
    try {
      text = this.opts.files.read(path);
    } catch (e) {
      // a path that leads outside is the fault of the line naming it; size and encoding, of the file
      if (e instanceof OutsideRepositoryError)
        throw new TalosGitopsError(`${what} ${e.message}`, { file: ref.file, line: ref.line });
      throw e;
    }
    if (text === undefined) {
      throw new TalosGitopsError(`${what} ${path} not found`, { file: ref.file, line: ref.line });
    }
    if (!isSopsPath(path)) return { text };
    try {
      const dec = await decryptSopsFile(text, path, this.opts.identities);
      this.opts.registry.addAll(dec.secretValues);
      return {
        text: '',
        parsed: fromParsedDocuments(dec.documents, dec.lineCounter, path),
        plain: dec.values[0],
        secrets: dec.secretValues,
      };
    } catch (e) {
      // Only a run without any key renders with placeholders (a fork's pull request). A key that
      // cannot open the file is a failure: the plan must not pass as if nothing were hidden.
      const unavailable = e instanceof SopsError && e.reason === 'no-identity';
      if (unavailable && this.opts.allowMissingSecrets) {
        this.hidden.push(hiddenNote(path, what));
        return null;
      }
      throw e;
    }
  }
}

/**
 * Nodes of another render of the cluster to take as they are (a plan's head render, for the nodes
 * that render the same at the base: see unchangedNodes), each with documents of its own.
 */
export interface ReusedNodes {
  from: RenderedCluster;
  nodes: ReadonlySet<string>;
}

/** Renders one cluster from its inputs, reading no file they do not list. */
export async function renderClusterInputs(
  inputs: ClusterInputs,
  options: RenderOptions,
  cache: RenderCache,
  reuse?: ReusedNodes,
): Promise<RenderedCluster> {
  const { spec } = inputs;
  const opts = { ...options, files: confine(options.files, inputs) };
  opts.files.prefetch?.([...inputs.files.keys()]);
  // a newer minor than the model knows is rendered under the newest contract (and warned about)
  const contract = (contractForVersion(spec.talosVersion)?.contract ??
    contractOf(spec.talosVersion)) as Contract;
  const hidden: string[] = [];
  const secrets = new Secrets(opts, hidden);
  const roles = [...new Set(spec.nodes.map((n) => n.role))];
  const bases = new Map<Role, ConfigDocument[]>();
  let bundle: SecretsBundle | undefined;
  let bundleKey = 'no bundle';
  if (!spec.base?.controlplane || !spec.base?.worker) {
    if (!spec.secrets) {
      throw new TalosGitopsError(
        'needs `secrets` (the encrypted secrets bundle) or a `base` config for every role',
        {
          file: spec.file,
          line: 1,
        },
      );
    }
    const path = pathFrom(spec.dir, spec.secrets.path, spec.secrets.source, 'secrets bundle');
    bundleKey = `${path}@${inputs.files.get(path)?.id}`;
    let entry = cache.bundles.get(bundleKey);
    if (!entry) {
      const source = spec.secrets.source;
      entry = (async () => {
        const read = await new Secrets(opts, []).read(path, source, 'secrets bundle');
        if (read === null) return { bundle: null, secrets: [] };
        if (!isSopsPath(path)) {
          throw new TalosGitopsError(
            `secrets bundle ${path} must be SOPS-encrypted (name it *.sops.yaml)`,
            source,
          );
        }
        const parsed = parseSecretsBundle(read.plain, path);
        return { bundle: parsed, secrets: [...(read.secrets ?? []), ...secretValuesOf(parsed)] };
      })();
      cache.bundles.set(bundleKey, entry);
    }
    const got = await entry;
    opts.registry.addAll(got.secrets);
    if (got.bundle === null) hidden.push(hiddenNote(path, 'secrets bundle'));
    bundle = got.bundle ?? placeholderBundle();
  }
  for (const role of roles) {
    const committed = spec.base?.[role];
    if (committed) {
      const path = pathFrom(spec.dir, committed.path, committed.source, `${role} base config`);
      const read = await secrets.read(path, committed.source, `${role} base config`);
      if (read === null)
        throw new TalosGitopsError(`${role} base config ${path} cannot be decrypted here`, committed.source);
      bases.set(role, loadConfig(read.text, path, contract, read.parsed));
      continue;
    }
    const input = {
      bundle: bundle!,
      clusterName: spec.name,
      endpoint: spec.endpoint,
      talosVersion: spec.talosVersion,
      kubernetesVersion: spec.kubernetesVersion,
      role,
    };
    const key = JSON.stringify([
      bundleKey,
      spec.file,
      input.clusterName,
      input.endpoint,
      input.talosVersion,
      input.kubernetesVersion,
      role,
    ]);
    let base = cache.bases.get(key);
    if (!base) {
      // generated values carry no origin: findings about them point at the node's cluster.yaml entry
      base = decodeConfig(
        generateBaseConfig(input).map((d, index) => ({ root: fromJS(d), index })),
        { file: `${spec.file} (generated base)`, contract, trackOrigins: false },
      );
      cache.bases.set(key, base);
    }
    bases.set(role, base);
  }

  const load = async (ref: PatchRef): Promise<Patch | null> => {
    if (ref.kind === 'inline') {
      return loadPatch('', spec.file, { contract }, [
        { root: structuredCloneY(ref.node), index: 0, pos: ref.node.pos },
      ]);
    }
    const path = pathFrom(spec.dir, ref.path, ref.source, 'patch');
    const key = `${path}@${inputs.files.get(path)?.id}@${contract}`;
    const cached = cache.patches.get(key);
    if (!cached) {
      const p = (async () => {
        const read = await secrets.read(path, ref.source, 'patch');
        if (read === null) return { patch: null, secrets: [] };
        const parsed = read.parsed ?? parseYamlDocuments(read.text, path);
        return { patch: loadPatch(read.text, path, { contract }, parsed), secrets: read.secrets ?? [] };
      })();
      cache.patches.set(key, p);
      return (await p).patch;
    }
    // read by another cluster first: still one of this cluster's inputs, its secrets and unseen parts
    assertListed(inputs, path);
    const { patch, secrets: values } = await cached;
    opts.registry.addAll(values);
    if (patch === null && !hidden.includes(hiddenNote(path, 'patch'))) hidden.push(hiddenNote(path, 'patch'));
    return patch;
  };
  const loadAll = async (refs: PatchRef[]) => {
    const out: Patch[] = [];
    for (const r of refs) {
      const p = await load(r);
      if (p) out.push(p);
    }
    return out;
  };
  const clusterPatches = await loadAll(spec.patches);
  const rolePatches = {
    controlplane: await loadAll(spec.rolePatches.controlplane),
    worker: await loadAll(spec.rolePatches.worker),
  };

  // What the cluster and role patches make of a role's base is the same for each of its nodes: made
  // once, when they are strategic merges (a JSON patch's errors name the node, so it is applied per
  // node). A failure is every node's failure, as it would be applying them node by node.
  const prefixes = new Map<Role, { docs: ConfigDocument[] } | { error: unknown }>();
  const prefixOf = (role: Role) => {
    const shared = [...clusterPatches, ...rolePatches[role]];
    if (shared.some((p) => p.type === 'json')) return undefined;
    let prefix = prefixes.get(role);
    if (!prefix) {
      try {
        // strategic merges only: the state is documents
        prefix = { docs: applyPatches({ docs: bases.get(role)! }, shared, spec.file, contract).docs! };
      } catch (error) {
        prefix = { error };
      }
      prefixes.set(role, prefix);
    }
    if ('error' in prefix) throw prefix.error;
    return prefix.docs;
  };
  const nodes: RenderedNode[] = [];
  const failures: Array<{ node: string; error: TalosGitopsError }> = [];
  for (const n of spec.nodes) {
    const same = reuse?.nodes.has(n.name) ? reuse.from.nodes.find((x) => x.name === n.name) : undefined;
    if (same) {
      nodes.push({ ...same, docs: copyDocuments(same.docs), patches: [...same.patches] });
      continue;
    }
    // one node's bad patch fails that node; the others still render, so they are still validated
    try {
      nodes.push(await renderNode(n));
    } catch (e) {
      failures.push({ node: n.name, error: asError(e, n.source.file ?? spec.file) });
    }
  }
  async function renderNode(n: ClusterFile['nodes'][number]): Promise<RenderedNode> {
    const nodePatches = await loadAll(n.patches);
    const label = `${spec.file} (node ${n.name})`;
    const prefix = prefixOf(n.role);
    // a node gets its own documents, as it did patched from the base alone
    const state = prefix
      ? nodePatches.length > 0
        ? applyPatches({ docs: prefix }, nodePatches, label, contract)
        : { docs: copyDocuments(prefix) }
      : applyPatches(
          { docs: bases.get(n.role)! },
          [...clusterPatches, ...rolePatches[n.role], ...nodePatches],
          label,
          contract,
        );
    let text = stateText(state, contract);
    let docs = state.docs ?? loadConfig(text, label, contract);
    const schematic = combineSchematic(
      [spec.schematic, spec.roleSchematics[n.role], n.schematic],
      spec.talosVersion,
    );
    if (schematic) {
      docs = installFromSchematic(docs, schematic, spec, contract, n.name);
      text = stateText({ docs }, contract);
    }
    registerSecretPaths(docs, opts.registry);
    return {
      cluster: spec.name,
      name: n.name,
      role: n.role,
      address: n.address,
      source: n.source,
      docs,
      text,
      ...(schematic ? { schematic } : {}),
      patches: [...spec.patches, ...spec.rolePatches[n.role], ...n.patches].map((r) =>
        r.kind === 'file' ? { file: repoPath(spec.dir, r.path), line: r.source.line } : r.source,
      ),
    };
  }
  const cluster: RenderedCluster = {
    name: spec.name,
    stage: spec.stage,
    file: spec.file,
    dir: spec.dir,
    endpoint: spec.endpoint,
    talosVersion: spec.talosVersion,
    kubernetesVersion: kubernetesVersionOf(nodes, spec.kubernetesVersion),
    contract,
    platform: spec.platform,
    nodes,
    rollout: {
      workersMaxParallel: spec.rollout.maxParallel,
      healthTimeoutMs: spec.rollout.healthTimeoutMs,
      allowReboots: spec.rollout.allowReboots,
      removeNodes: spec.rollout.removeNodes,
      drain: spec.rollout.drain,
      drainTimeoutMs: spec.rollout.drainTimeoutMs,
      gates: spec.rollout.gates,
    },
    waivers: spec.waivers,
    policyPacks: spec.policyPacks,
    fieldLines: spec.fieldLines,
    ...(bundle && hidden.length === 0 ? { kubernetesCa: { ...bundle.certs.k8s } } : {}),
    hidden,
  };
  if (failures.length > 0) throw new NodeRenderFailures(cluster, failures);
  return cluster;
}

/**
 * The node's config installing from its schematic's installer image. A patch that names another
 * installer image contradicts the schematic: that is an error naming both lines, never a silent pick.
 */
function installFromSchematic(
  docs: ConfigDocument[],
  schematic: NodeSchematic,
  spec: ClusterFile,
  contract: Contract,
  node: string,
): ConfigDocument[] {
  const current = installerImageOf(docs);
  const origin = installerImageOrigin(docs);
  const fromPatch = origin && !origin.file.endsWith('(generated base)') && !isBaseFile(spec, origin.file);
  const where = schematic.sources[schematic.sources.length - 1]!;
  if (current && current !== schematic.installerImage && fromPatch) {
    throw new TalosGitopsError(
      `node ${node}: ${installerImagePath(docs)} is set to ${current} by ${origin.file}${origin.line ? `:${origin.line}` : ''}, but the schematic (${where.file}:${where.line ?? '?'}) installs ${schematic.installerImage}; remove the image from the patch, the schematic decides it`,
      { file: origin.file, line: origin.line, field: installerImagePath(docs) },
    );
  }
  return withInstallerImage(docs, schematic.installerImage, contract, where);
}

function isBaseFile(spec: ClusterFile, file: string): boolean {
  return Object.values(spec.base ?? {}).some((b) => b && repoPath(spec.dir, b.path) === file);
}

/** The Kubernetes version the rendered control plane runs (from the kubelet image tag). */
function kubernetesVersionOf(nodes: RenderedNode[], declared: string | undefined): string {
  if (declared) return declared.startsWith('v') ? declared : `v${declared}`;
  for (const n of nodes) {
    const v = kubeletVersionOf(n.docs);
    if (v) return v;
  }
  return '';
}

function structuredCloneY<T>(n: T): T {
  return JSON.parse(JSON.stringify(n)) as T;
}

function placeholderBundle(): SecretsBundle {
  const pair = { crt: SECRET_PLACEHOLDER, key: SECRET_PLACEHOLDER };
  return {
    cluster: { id: SECRET_PLACEHOLDER, secret: SECRET_PLACEHOLDER },
    secrets: { bootstrapToken: SECRET_PLACEHOLDER, secretboxEncryptionSecret: SECRET_PLACEHOLDER },
    trustdInfo: { token: SECRET_PLACEHOLDER },
    certs: {
      etcd: pair,
      k8s: pair,
      k8sAggregator: pair,
      k8sServiceAccount: { key: SECRET_PLACEHOLDER },
      os: pair,
    },
  };
}
