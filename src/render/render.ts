/**
 * Rendering a repository: for every cluster folder, the base config per role (generated from the
 * SOPS-encrypted secrets bundle, or a committed base), then the cluster, role and node patches in that
 * order, as Talos would apply them. All in memory; a cluster that fails is reported with the file, line
 * and field, and nothing of it is used.
 */
import { decodeConfig } from '../config/decode.js';
import type { ConfigDocument } from '../config/document.js';
import { applyPatches, loadConfig, loadPatch, type Patch, stateText } from '../config/patch.js';
import { TalosGitopsError } from '../errors.js';
import { generateBaseConfig } from '../generate/index.js';
import { kubernetesVersionOf as kubeletVersionOf } from '../kinds/images.js';
import { type Contract, contractOf } from '../model/model.js';
import { type ClusterFile, type PatchRef, parseClusterFile } from '../repo/cluster-file.js';
import { OutsideRepositoryError, type RepoFiles, repoPath } from '../repo/files.js';
import { combineSchematic, type NodeSchematic } from '../schematic/layers.js';
import type { AgeIdentity } from '../secrets/age-identities.js';
import { parseSecretsBundle, type SecretsBundle, secretValuesOf } from '../secrets/bundle.js';
import type { SecretRegistry } from '../secrets/registry.js';
import { decryptSopsFile, isSopsPath, SopsError } from '../secrets/sops.js';
import { fromJS, fromParsedDocuments, parseYamlDocuments, type YDocument } from '../yaml/ynode.js';
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
  error: TalosGitopsError;
}

export interface RenderResult {
  fleet: Fleet;
  errors: ClusterRenderError[];
}

/** The value used in place of every secret when secrets are unavailable. */
export const SECRET_PLACEHOLDER = 'secret-unavailable';

export { isSopsPath };

/**
 * The cluster folders (those holding a cluster.yaml), sorted, each with its cluster.yaml's text or
 * the error reading it (a symlink out of the repository, too large, not UTF-8).
 */
export function clusterFolders(
  files: RepoFiles,
  clustersDir: string,
): Array<{ dir: string; text: string } | { dir: string; error: TalosGitopsError }> {
  const out: Array<{ dir: string; text: string } | { dir: string; error: TalosGitopsError }> = [];
  for (const n of files.list(clustersDir)) {
    const dir = repoPath(clustersDir, n);
    try {
      if (!files.isDirectory(dir)) continue;
      const text = files.read(`${dir}/cluster.yaml`);
      if (text !== undefined) out.push({ dir, text });
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

export async function renderFleet(opts: RenderOptions): Promise<RenderResult> {
  const clustersDir = opts.clustersDir ?? 'clusters';
  const fleet: Fleet = { root: opts.files.label, clusters: [] };
  const errors: ClusterRenderError[] = [];
  const patchCache = new Map<string, Promise<Patch | null>>();
  const seen = new Map<string, string>();
  for (const folder of clusterFolders(opts.files, clustersDir)) {
    const { dir } = folder;
    const file = `${dir}/cluster.yaml`;
    let spec: ClusterFile;
    try {
      if ('error' in folder) throw folder.error;
      spec = parseClusterFile(folder.text, file, dir);
    } catch (e) {
      errors.push({ cluster: dir.split('/').pop()!, file, error: asError(e, file) });
      continue;
    }
    const twin = seen.get(spec.name);
    if (twin) {
      // rendered/<cluster>/ and every report are keyed by the name: a second one would overwrite the first
      errors.push({
        cluster: spec.name,
        file,
        error: new TalosGitopsError(`cluster name ${JSON.stringify(spec.name)} is already used by ${twin}`, {
          file,
          line: spec.fieldLines.name ?? 1,
          field: 'name',
        }),
      });
      continue;
    }
    seen.set(spec.name, file);
    if (opts.clusters?.length && !opts.clusters.includes(spec.name)) continue;
    if (opts.stages?.length && !opts.stages.includes(spec.stage)) continue;
    try {
      fleet.clusters.push(await renderCluster(spec, opts, patchCache));
    } catch (e) {
      errors.push({ cluster: spec.name, file, error: asError(e, file) });
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

function asError(e: unknown, file: string): TalosGitopsError {
  if (e instanceof TalosGitopsError) return e;
  return new TalosGitopsError((e as Error).message ?? String(e), { file });
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
  ): Promise<{ text: string; parsed?: YDocument[]; plain?: unknown } | null> {
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
      };
    } catch (e) {
      // Only a run without any key renders with placeholders (a fork's pull request). A key that
      // cannot open the file is a failure: the plan must not pass as if nothing were hidden.
      const unavailable = e instanceof SopsError && e.reason === 'no-identity';
      if (unavailable && this.opts.allowMissingSecrets) {
        this.hidden.push(`${path} (${what}; no key to decrypt it here)`);
        return null;
      }
      throw e;
    }
  }
}

async function renderCluster(
  spec: ClusterFile,
  opts: RenderOptions,
  patchCache: Map<string, Promise<Patch | null>>,
): Promise<RenderedCluster> {
  const contract = contractOf(spec.talosVersion) as Contract;
  const hidden: string[] = [];
  const secrets = new Secrets(opts, hidden);
  const roles = [...new Set(spec.nodes.map((n) => n.role))];
  const bases = new Map<Role, ConfigDocument[]>();
  let bundle: SecretsBundle | undefined;
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
    const read = await secrets.read(path, spec.secrets.source, 'secrets bundle');
    if (read === null) bundle = placeholderBundle();
    else {
      if (!isSopsPath(path)) {
        throw new TalosGitopsError(
          `secrets bundle ${path} must be SOPS-encrypted (name it *.sops.yaml)`,
          spec.secrets.source,
        );
      }
      bundle = parseSecretsBundle(read.plain, path);
      opts.registry.addAll(secretValuesOf(bundle));
    }
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
    const generated = generateBaseConfig({
      bundle: bundle!,
      clusterName: spec.name,
      endpoint: spec.endpoint,
      talosVersion: spec.talosVersion,
      kubernetesVersion: spec.kubernetesVersion,
      role,
    });
    // generated values carry no origin: findings about them point at the node's cluster.yaml entry
    bases.set(
      role,
      decodeConfig(
        generated.map((d, index) => ({ root: fromJS(d), index })),
        { file: `${spec.file} (generated base)`, contract, trackOrigins: false },
      ),
    );
  }

  const load = async (ref: PatchRef): Promise<Patch | null> => {
    if (ref.kind === 'inline') {
      return loadPatch('', spec.file, { contract }, [
        { root: structuredCloneY(ref.node), index: 0, pos: ref.node.pos },
      ]);
    }
    const path = pathFrom(spec.dir, ref.path, ref.source, 'patch');
    const key = `${path}@${contract}`;
    let p = patchCache.get(key);
    if (!p) {
      p = (async () => {
        const read = await secrets.read(path, ref.source, 'patch');
        if (read === null) return null;
        return loadPatch(read.text, path, { contract }, read.parsed ?? parseYamlDocuments(read.text, path));
      })();
      patchCache.set(key, p);
    }
    return p;
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

  const nodes: RenderedNode[] = [];
  for (const n of spec.nodes) {
    const nodePatches = await loadAll(n.patches);
    const patches = [...clusterPatches, ...rolePatches[n.role], ...nodePatches];
    const label = `${spec.file} (node ${n.name})`;
    const state = applyPatches({ docs: bases.get(n.role)! }, patches, label, contract);
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
    nodes.push({
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
    });
  }
  return {
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
