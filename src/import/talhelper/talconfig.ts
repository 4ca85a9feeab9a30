/**
 * Reading a talhelper project as talhelper reads it: talconfig.yaml with its comments stripped and
 * environment variables substituted (talenv.yaml / talenv.sops.yaml / talenv.yml / talenv.sops.yml next to
 * it, then `--env-file`s, over the process environment), `@./file` references resolved next to the
 * config (SOPS-encrypted ones decrypted), and each node's settings completed from its role's
 * (`controlPlane` / `worker`): a setting the node leaves unset comes from the role; role patches come
 * before the node's unless `overridePatches`; role certSANs are appended unless `overrideMachineCertSANs`.
 * Values that came out of a SOPS-decrypted file are reported, so nothing derived from them is written
 * in the clear.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { decodeAny } from '../../config/codecs.js';
import { TalosGitopsError } from '../../errors.js';
import type { AgeIdentity } from '../../secrets/age-identities.js';
import { decryptSopsFile, looksSopsEncrypted } from '../../secrets/sops.js';
import { parseYamlDocuments } from '../../yaml/ynode.js';
import { parseEnvFile, substituteEnv } from './envsubst.js';

export type Plain = Record<string, unknown>;

export interface TalhelperNode {
  hostname: string;
  /** The first address of `ipAddress`. */
  address: string;
  controlPlane: boolean;
  /** The node's settings after its role's were filled in (NodeConfigs and the node-only fields). */
  settings: Plain;
  /** The role's patches this node takes (none with `overridePatches`), applied before its own. */
  rolePatches: string[];
  ownPatches: string[];
}

export interface TalhelperProject {
  file: string;
  dir: string;
  config: Plain;
  nodes: TalhelperNode[];
  /** The global patches (applied last by talhelper). */
  patches: string[];
  env: Record<string, string | undefined>;
  /** Every value that came out of a SOPS-decrypted file. */
  secretValues: string[];
}

export const DEFAULT_ENV_FILES = ['talenv.yaml', 'talenv.sops.yaml', 'talenv.yml', 'talenv.sops.yml'];
export const DEFAULT_SECRET_FILES = [
  'talsecret.yaml',
  'talsecret.sops.yaml',
  'talsecret.yml',
  'talsecret.sops.yml',
];

/** The per-node settings talhelper lets a role provide (its NodeConfigs). */
const NODE_CONFIGS = [
  'nodeLabels',
  'nodeAnnotations',
  'nodeTaints',
  'machineDisks',
  'machineFiles',
  'disableSearchDomain',
  'kernelModules',
  'nameservers',
  'networkInterfaces',
  'extraManifests',
  'certSANs',
  'patches',
  'talosImageURL',
  'noSchematicValidate',
  'schematic',
  'imageSchematic',
  'machineSpec',
  'ingressFirewall',
  'extensionServices',
  'volumes',
  'userVolumes',
  'filenameTmpl',
];

const isMap = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Go's IsZero for what the YAML gives: absent, null, false, '', or a struct whose fields are all zero. */
function isZero(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === '' || v === 0) return true;
  if (isMap(v) && Object.keys(v).length > 0) return Object.values(v).every(isZero);
  return false;
}

/** A reader that decrypts SOPS files with the given identities and records their values as secret. */
export async function fileReader(
  identities: readonly AgeIdentity[],
  secretValues: string[],
): Promise<(file: string) => Promise<{ text: string; decrypted: boolean; recipients: string[] }>> {
  return async (file: string) => {
    const raw = readFileSync(file, 'utf8');
    if (!looksSopsEncrypted(raw, file)) return { text: raw, decrypted: false, recipients: [] };
    const dec = await decryptSopsFile(raw, file, identities);
    secretValues.push(...dec.secretValues);
    const text =
      dec.format === 'yaml'
        ? dec.documents.map((d) => d.toString({ lineWidth: 0 })).join('---\n')
        : dec.format === 'json'
          ? `${JSON.stringify(dec.values[0], null, 2)}\n`
          : dec.format === 'dotenv'
            ? dec.dotenv.map((e) => `${e.key}=${e.value}`).join('\n')
            : (dec.binary?.toString('utf8') ?? '');
    return { text, decrypted: true, recipients: dec.metadata.recipients };
  };
}

function stripComments(text: string, file: string): string {
  const docs = YAML.parseAllDocuments(text, { keepSourceTokens: false });
  const list = Array.isArray(docs) ? docs : [docs];
  return list
    .map((doc) => {
      if (doc.errors[0])
        throw new TalosGitopsError(`not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, { file });
      doc.commentBefore = null;
      doc.comment = null;
      YAML.visit(doc, (_k, node) => {
        if (YAML.isNode(node)) {
          node.comment = null;
          node.commentBefore = null;
        }
      });
      return doc.toString({ lineWidth: 0 });
    })
    .join('---\n');
}

export async function loadTalhelperProject(opts: {
  file: string;
  envFiles?: string[];
  env: Record<string, string | undefined>;
  read: (file: string) => Promise<{ text: string; decrypted: boolean; recipients: string[] }>;
  secretValues: string[];
}): Promise<TalhelperProject> {
  const file = path.resolve(opts.file);
  const dir = path.dirname(file);
  if (!existsSync(file)) throw new TalosGitopsError(`${opts.file} not found`);
  const env: Record<string, string | undefined> = { ...opts.env };
  const envFiles = [...DEFAULT_ENV_FILES.map((f) => path.join(dir, f)), ...(opts.envFiles ?? [])];
  for (const f of envFiles) {
    if (!existsSync(f)) continue;
    const { text } = await opts.read(f);
    Object.assign(env, parseEnvFile(text));
  }
  const source = readFileSync(file, 'utf8');
  const substituted = substituteEnv(stripComments(source, opts.file), env, opts.file);
  const docs = parseYamlDocuments(substituted, opts.file).filter((d) => d.root !== null);
  if (docs.length !== 1 || docs[0]!.root!.t !== 'map') {
    throw new TalosGitopsError('talconfig.yaml must hold one YAML mapping', { file: opts.file });
  }
  const config = decodeAny(docs[0]!.root!) as Plain;
  for (const key of ['clusterName', 'endpoint', 'kubernetesVersion']) {
    if (typeof config[key] !== 'string' || config[key] === '')
      throw new TalosGitopsError(`talconfig.yaml needs ${key}`, { file: opts.file, field: key });
  }
  const nodes = Array.isArray(config.nodes) ? (config.nodes as Plain[]) : [];
  if (nodes.length === 0)
    throw new TalosGitopsError('talconfig.yaml lists no nodes', { file: opts.file, field: 'nodes' });

  const resolved = await resolveFileRefs(config, dir, opts.read, env);
  const role = (name: string) => (isMap(resolved[name]) ? (resolved[name] as Plain) : {});
  return {
    file,
    dir,
    config: resolved,
    nodes: (resolved.nodes as Plain[]).map((n, i) =>
      completeNode(n, n.controlPlane === true ? role('controlPlane') : role('worker'), i, opts.file),
    ),
    patches: stringList(resolved.patches),
    env,
    secretValues: opts.secretValues,
  };
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => String(x)) : [];
}

function completeNode(node: Plain, role: Plain, index: number, file: string): TalhelperNode {
  const hostname = node.hostname;
  if (typeof hostname !== 'string' || hostname === '') {
    throw new TalosGitopsError(`nodes[${index}] has no hostname`, {
      file,
      field: `nodes[${index}].hostname`,
    });
  }
  const settings: Plain = { ...node };
  for (const key of NODE_CONFIGS) if (isZero(settings[key]) && !isZero(role[key])) settings[key] = role[key];
  const rolePatches = node.overridePatches === true ? [] : stringList(role.patches);
  const nodePatches = stringList(node.patches);
  settings.patches = [...rolePatches, ...nodePatches];
  if (node.overrideMachineCertSANs !== true && Array.isArray(role.certSANs) && Array.isArray(node.certSANs)) {
    settings.certSANs = [...(node.certSANs as unknown[]), ...(role.certSANs as unknown[])];
  }
  const address = String(node.ipAddress ?? '')
    .split(',')
    .map((s) => s.trim())
    .find(Boolean);
  return {
    hostname,
    address: address ?? hostname,
    controlPlane: node.controlPlane === true,
    settings,
    rolePatches,
    ownPatches: nodePatches,
  };
}

/** machineFiles and inlineManifests contents given as `@./file` are read (and env-substituted) now. */
async function resolveFileRefs(
  config: Plain,
  dir: string,
  read: (file: string) => Promise<{ text: string; decrypted: boolean }>,
  env: Record<string, string | undefined>,
): Promise<Plain> {
  const content = async (value: unknown, skipEnvsubst: boolean, env: Record<string, string | undefined>) => {
    if (typeof value !== 'string' || !value.startsWith('@')) return value;
    const f = path.resolve(dir, value.slice(1));
    const { text } = await read(f);
    return skipEnvsubst ? text : substituteEnv(text, env, f);
  };
  const out: Plain = { ...config };
  if (Array.isArray(config.inlineManifests)) {
    out.inlineManifests = await Promise.all(
      (config.inlineManifests as Plain[]).map(async (m) => ({
        ...m,
        contents: await content(m.contents, m.skipEnvsubst === true, env),
      })),
    );
  }
  const files = async (list: unknown) =>
    Array.isArray(list)
      ? Promise.all(
          (list as Plain[]).map(async (f) => ({
            ...f,
            content: await content(f.content, f.skipEnvsubst === true, env),
          })),
        )
      : list;
  out.nodes = await Promise.all(
    (config.nodes as Plain[]).map(async (n) =>
      n.machineFiles ? { ...n, machineFiles: await files(n.machineFiles) } : n,
    ),
  );
  for (const r of ['controlPlane', 'worker']) {
    const role = config[r];
    if (isMap(role) && role.machineFiles) out[r] = { ...role, machineFiles: await files(role.machineFiles) };
  }
  return out;
}
