/**
 * `import talhelper`: a talhelper project (talconfig.yaml, its env files, its SOPS secrets file, its patch
 * files) becomes a cluster folder whose render equals what `talhelper genconfig` generates. talhelper's
 * own settings (hostname, install disk, labels, files, …) become the smallest cluster/role/node patches
 * on top of the base talos-gitops generates (verified by rendering); its patches follow as files, in
 * talhelper's order (role, node, then global) — or at their levels when that renders the same; the
 * schematic goes to cluster.yaml, so the installer image follows from it as talhelper's does; the secrets
 * file is kept as the bundle (re-encrypted only when recipients are given). What cannot be carried over
 * is listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { applyPatches, loadConfig, loadPatch, stateText } from '../../config/patch.js';
import { TalosGitopsError } from '../../errors.js';
import { type Contract, contractOf } from '../../model/model.js';
import type { Role } from '../../render/types.js';
import type { AgeIdentity } from '../../secrets/age-identities.js';
import { parseSecretsBundle, secretValuesOf } from '../../secrets/bundle.js';
import type { SecretRegistry } from '../../secrets/registry.js';
import { looksSopsEncrypted } from '../../secrets/sops.js';
import { LEGACY, parseConfigDocs } from '../config-diff.js';
import {
  type AfterFile,
  type AfterPatches,
  type ReproducedFolder,
  reproduceCluster,
  type WantedNode,
} from '../reproduce.js';
import { substituteEnv } from './envsubst.js';
import { generateNode, talosVersionOf } from './node-config.js';
import {
  DEFAULT_SECRET_FILES,
  fileReader,
  loadTalhelperProject,
  type Plain,
  type TalhelperNode,
} from './talconfig.js';
import { isTemplate, renderTemplate } from './template.js';

export interface TalhelperImportOptions {
  file: string;
  envFiles?: string[];
  /** talhelper's `--secret-file`; default the first of talsecret{,.sops}.y{a,}ml next to the config. */
  secretFile?: string;
  env: Record<string, string | undefined>;
  identities: readonly AgeIdentity[];
  /** Re-encrypt the bundle (and encrypt secret patches) to these; default: the secrets file's recipients. */
  recipients?: string[];
  registry: SecretRegistry;
  stage?: string;
}

export interface TalhelperImport extends ReproducedFolder {
  cluster: string;
  talosVersion: string;
  nodes: Array<{ name: string; address: string; role: Role }>;
  /** What differs from talhelper's output by design (formatting, files talos-gitops does not write). */
  differences: string[];
  /** What talhelper would generate that this folder does not (by node and field, with what to do). */
  notCarried: string[];
  /** Whether the secrets file was kept byte for byte. */
  bundleKept: boolean;
}

const NODE_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

export async function importTalhelper(opts: TalhelperImportOptions): Promise<TalhelperImport> {
  const secretValues: string[] = [];
  const read = await fileReader(opts.identities, secretValues);
  const project = await loadTalhelperProject({
    file: opts.file,
    envFiles: opts.envFiles,
    env: opts.env,
    read,
    secretValues,
  });
  const talosVersion = talosVersionOf(project);
  const contract = contractOf(talosVersion) as Contract | undefined;
  if (!contract)
    throw new TalosGitopsError(`talosVersion ${talosVersion} is outside the contracts 1.10 to 1.14`);
  if (contract === '1.14') {
    throw new TalosGitopsError(
      'talosVersion 1.14: talhelper builds on a Talos library older than 1.14, whose generator puts the ' +
        'installer where 1.14 no longer does; import a 1.14 cluster from its nodes instead (import --talosconfig)',
    );
  }
  const clusterName = String(project.config.clusterName);
  for (const n of project.nodes) {
    if (!NODE_NAME.test(n.hostname)) {
      throw new TalosGitopsError(
        `node hostname ${JSON.stringify(n.hostname)} is not a valid node name here`,
        {
          file: opts.file,
        },
      );
    }
  }

  // the secrets file, kept as the bundle
  const secretFile =
    opts.secretFile !== undefined
      ? path.resolve(opts.secretFile)
      : DEFAULT_SECRET_FILES.map((f) => path.join(project.dir, f)).find((f) => existsSync(f));
  if (!secretFile || !existsSync(secretFile)) {
    throw new TalosGitopsError(
      'no talsecret file next to talconfig.yaml: without one talhelper makes new secrets on every run, so ' +
        'there are none to carry over (create one with `talhelper gensecret`, or start with `talos-gitops init`)',
    );
  }
  const raw = readFileSync(secretFile, 'utf8');
  const secret = await read(secretFile);
  const plainBundle = substituteEnv(secret.text, project.env, secretFile);
  const bundle = parseSecretsBundle(YAML.parse(plainBundle), secretFile);
  opts.registry.addAll(secretValuesOf(bundle));
  opts.registry.addAll(secretValues);
  const recipients = opts.recipients?.length ? opts.recipients : secret.recipients;
  if (recipients.length === 0) {
    throw new TalosGitopsError(
      `${path.basename(secretFile)} is not SOPS-encrypted: give --recipient so the bundle is written encrypted`,
    );
  }
  const bundleKept = secret.decrypted && !opts.recipients?.length && plainBundle === secret.text;

  // each node as talhelper generates it, before patches
  const notCarried: string[] = [];
  const generated = new Map<string, ReturnType<typeof generateNode>>();
  for (const n of project.nodes) {
    const g = generateNode(project, n, bundle, contract);
    generated.set(n.hostname, g);
    notCarried.push(...g.notCarried);
  }
  for (const key of ['extraManifests']) {
    if (project.config[key] !== undefined)
      notCarried.push(`${key} (talhelper appends it to the generated file)`);
  }

  // talhelper's patches, rendered as talhelper renders them, written as files
  const patchFiles = new PatchFiles(project.dir, project.env, read, opts.registry);
  const perNode: Record<string, string[]> = {};
  const expected: Record<string, string> = {};
  const refsOf: Record<string, { role: string[]; own: string[]; global: string[] }> = {};
  for (const n of project.nodes) {
    let text = generated.get(n.hostname)!.config;
    const where = `node ${n.hostname}`;
    const role = await patchFiles.add(n.rolePatches, rolePrefix(n), text, contract, where);
    const own = await patchFiles.add(n.ownPatches, `nodes/${n.hostname}`, text, contract, where);
    text = applyAll(text, [...role.texts, ...own.texts], contract, where);
    const global = await patchFiles.add(project.patches, 'cluster', text, contract, where);
    expected[n.hostname] = applyAll(text, global.texts, contract, where);
    perNode[n.hostname] = [...role.refs, ...own.refs, ...global.refs];
    refsOf[n.hostname] = { role: role.refs, own: own.refs, global: global.refs };
  }
  const after: AfterPatches = {
    files: patchFiles.files,
    perNode,
    expected,
    levels: levelsOf(project.nodes, refsOf),
  };

  const nodes: WantedNode[] = project.nodes.map((n) => ({
    name: n.hostname,
    address: n.address,
    role: n.controlPlane ? 'controlplane' : 'worker',
    config: generated.get(n.hostname)!.config,
  }));
  const kubernetesVersion = String(project.config.kubernetesVersion);
  const folder = await reproduceCluster({
    cluster: {
      name: clusterName,
      stage: opts.stage ?? 'default',
      talosVersion,
      kubernetesVersion: kubernetesVersion.startsWith('v') ? kubernetesVersion : `v${kubernetesVersion}`,
      endpoint: String(project.config.endpoint),
    },
    bundleYaml: plainBundle,
    bundleFile: bundleKept ? raw : undefined,
    nodes,
    recipients,
    registry: opts.registry,
    header: [`Imported from ${path.basename(opts.file)} (talhelper) by talos-gitops import talhelper.`],
    schematics: placeSchematics(nodes, generated),
    after,
  });
  return {
    ...folder,
    cluster: clusterName,
    talosVersion,
    nodes: nodes.map(({ name, address, role }) => ({ name, address, role })),
    bundleKept,
    notCarried,
    differences: [
      "layout: talhelper re-indents its output with 2 spaces; render writes Talos's canonical encoding (4 spaces, " +
        'the bytes talosctl prints) — the documents and values are the same',
      "talosconfig: not written (keep talhelper's, or use `talosctl config`); talos-gitops reads one for apply",
      'validation: talhelper validates each file as it writes it; here `talos-gitops validate` does, with policies',
    ],
  };
}

function rolePrefix(n: TalhelperNode): string {
  return n.controlPlane ? 'controlplane' : 'worker';
}

function applyAll(text: string, patches: string[], contract: Contract, where: string): string {
  if (patches.length === 0) return text;
  const loaded = patches.map((p, i) => loadPatch(p, `${where} patch ${i + 1}`, { contract }));
  return stateText(
    applyPatches({ docs: loadConfig(text, where, contract) }, loaded, where, contract),
    contract,
  );
}

/** talhelper's patches as files: one per distinct rendered patch, encrypted where it holds a secret. */
class PatchFiles {
  readonly files: Record<string, AfterFile> = {};
  private readonly byContent = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly env: Record<string, string | undefined>,
    private readonly read: (f: string) => Promise<{ text: string; decrypted: boolean; recipients: string[] }>,
    private readonly registry: SecretRegistry,
  ) {}

  async add(
    patches: string[],
    scope: string,
    configText: string,
    contract: Contract,
    where: string,
  ): Promise<{ refs: string[]; texts: string[] }> {
    const refs: string[] = [];
    const texts: string[] = [];
    const v1 = parseConfigDocs(configText, where).find((d) => d.id === LEGACY)?.body ?? {};
    for (const [i, p] of patches.entries()) {
      let text: string;
      let name: string;
      let raw: string | undefined;
      if (p.startsWith('@')) {
        const file = path.resolve(this.dir, p.slice(1));
        const read = await this.read(file);
        if (read.text.trim() === '') continue; // talhelper skips empty patch files
        const rendered = isTemplate(read.text)
          ? renderTemplate(read.text, { config: v1, contract }, `${where} patch ${p}`)
          : read.text;
        text = substituteEnv(rendered, this.env, file);
        name = path
          .relative(this.dir, file)
          .replace(/^(\.\.\/)+/, '')
          .replace(/[^A-Za-z0-9._/-]/g, '-');
        if (read.decrypted && text === read.text) raw = readFileSync(file, 'utf8');
      } else {
        text = isTemplate(p) ? renderTemplate(p, { config: v1, contract }, `${where} patch ${i + 1}`) : p;
        name = `${scope}-${i + 1}.yaml`;
      }
      texts.push(text);
      refs.push(await this.store(name, text, raw));
    }
    return { refs, texts };
  }

  private async store(name: string, text: string, encrypted: string | undefined): Promise<string> {
    const known = this.byContent.get(text);
    if (known) return known;
    const secret = this.registry.redact(text) !== text;
    const base = `patches/talhelper/${name.replace(/(\.sops)?\.(ya?ml|json)$/, '')}`;
    let file = secret || encrypted ? `${base}.sops.yaml` : `${base}.yaml`;
    for (let n = 2; this.files[file] !== undefined; n++)
      file = file.replace(/(-\d+)?(\.sops)?\.yaml$/, `-${n}$2.yaml`);
    this.files[file] = {
      text: text.endsWith('\n') ? text : `${text}\n`,
      secret: secret || encrypted !== undefined,
      keep: encrypted !== undefined && looksSopsEncrypted(encrypted, file) ? encrypted : undefined,
    };
    this.byContent.set(text, file);
    return file;
  }
}

/** Role patches at the role level and global ones at the cluster level, when every node shares them. */
function levelsOf(
  nodes: TalhelperNode[],
  refs: Record<string, { role: string[]; own: string[]; global: string[] }>,
): AfterPatches['levels'] {
  const same = (lists: string[][]) => lists.every((l) => JSON.stringify(l) === JSON.stringify(lists[0]));
  const all = nodes.map((n) => refs[n.hostname]!);
  if (!same(all.map((r) => r.global))) return undefined;
  const roles: Record<Role, string[]> = { controlplane: [], worker: [] };
  for (const role of ['controlplane', 'worker'] as const) {
    const group = nodes
      .filter((n) => (n.controlPlane ? 'controlplane' : 'worker') === role)
      .map((n) => refs[n.hostname]!);
    if (!same(group.map((r) => r.role))) return undefined;
    roles[role] = group[0]?.role ?? [];
  }
  return {
    cluster: all[0]?.global ?? [],
    roles,
    nodes: Object.fromEntries(nodes.map((n) => [n.hostname, refs[n.hostname]!.own])),
  };
}

/** One schematic for the cluster, or per role, or per node: where every node below shares it. */
function placeSchematics(
  nodes: WantedNode[],
  generated: Map<string, { schematic?: Plain }>,
): NonNullable<Parameters<typeof reproduceCluster>[0]['schematics']> {
  const of = (n: WantedNode) => generated.get(n.name)?.schematic;
  const key = (n: WantedNode) => JSON.stringify(of(n) ?? null);
  if (nodes.every((n) => of(n) && key(n) === key(nodes[0]!))) return { cluster: of(nodes[0]!) };
  const roles: Partial<Record<Role, Plain>> = {};
  const perNode: Record<string, Plain> = {};
  for (const role of ['controlplane', 'worker'] as const) {
    const group = nodes.filter((n) => n.role === role);
    if (group.length > 1 && group.every((n) => of(n) && key(n) === key(group[0]!)))
      roles[role] = of(group[0]!)!;
    else for (const n of group) if (of(n)) perNode[n.name] = of(n)!;
  }
  return { roles, nodes: perNode };
}
