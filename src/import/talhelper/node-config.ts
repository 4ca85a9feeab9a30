/**
 * What `talhelper genconfig` generates for one node before any patch, following its rules
 * (pkg/talos/input.go, nodeconfig.go, multidocs.go, pkg/generate/config.go of budimanjojo/talhelper):
 *
 * 1. Talos's generator with talhelper's inputs: no install disk, no discovery setting (talosctl says
 *    `enabled: true`; talhelper leaves the section out), the given DNS domain, pod and service subnets,
 *    machine and API-server cert SANs, and scheduling on control planes when allowed.
 * 2. The node's settings, set on the config the way talhelper sets them (assignments, not merges: node
 *    labels replace the generated ones): hostname, nameservers, search domain and interfaces (in v1alpha1
 *    before 1.12), install disk or selector, disks, kernel modules, labels, annotations, taints, files,
 *    extra kernel args (before 1.12), cert SANs, the installer image (Image Factory URL of the node's
 *    schematic, or `talosImageURL`), templated labels and annotations; then the CNI and inline manifests.
 * 3. The documents talhelper adds as one strategic merge: HostnameConfig and ResolverConfig (1.12+),
 *    NetworkDefaultActionConfig and NetworkRuleConfig (ingressFirewall), ExtensionServiceConfig,
 *    VolumeConfig, UserVolumeConfig.
 *
 * What talhelper does that this cannot carry over is listed, never silently dropped.
 */
import { encodeAny } from '../../config/codecs.js';
import { decodeConfig } from '../../config/decode.js';
import { applyPatches, loadConfig, loadPatch, stateText } from '../../config/patch.js';
import { TalosGitopsError } from '../../errors.js';
import { generateBaseConfig } from '../../generate/index.js';
import type { Contract } from '../../model/model.js';
import {
  DEFAULT_FACTORY,
  EMPTY_SCHEMATIC_ID,
  type FactorySchematic,
  factoryInstallerImage,
  parseFactorySchematic,
  schematicId,
} from '../../schematic/index.js';
import type { SecretsBundle } from '../../secrets/bundle.js';
import { emitDocument } from '../../yaml/emitter.js';
import { fromJS } from '../../yaml/ynode.js';
import type { Plain, TalhelperNode, TalhelperProject } from './talconfig.js';
import { isTemplate, renderTemplate } from './template.js';

export interface GeneratedNode {
  /** The config before patches, canonical bytes. */
  config: string;
  /** The schematic to put in cluster.yaml for this node (the installer image follows from it). */
  schematic?: Plain;
  /** What of this node talhelper would do that the import cannot (field and why). */
  notCarried: string[];
}

const DEFAULT_INSTALLER_TEMPLATE =
  '{{.RegistryURL}}/{{.Mode}}-installer{{if .Secureboot}}-secureboot{{end}}/{{.ID}}:{{.Version}}';

const isMap = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function section(root: Plain, ...path: string[]): Plain {
  let cur = root;
  for (const k of path) {
    if (!isMap(cur[k])) cur[k] = {};
    cur = cur[k] as Plain;
  }
  return cur;
}

/** The Talos release talhelper generates for when talconfig.yaml names none (its LatestTalosVersion). */
export const TALHELPER_DEFAULT_TALOS = 'v1.13.9';

export function talosVersionOf(project: TalhelperProject): string {
  const v = project.config.talosVersion;
  if (typeof v !== 'string' || v === '') return TALHELPER_DEFAULT_TALOS;
  return v.startsWith('v') ? v : `v${v}`;
}

export function generateNode(
  project: TalhelperProject,
  node: TalhelperNode,
  bundle: SecretsBundle,
  contract: Contract,
): GeneratedNode {
  const c = project.config;
  const s = node.settings;
  const talosVersion = talosVersionOf(project);
  const multidocNetwork = contract !== '1.10' && contract !== '1.11';
  const notCarried: string[] = [];
  const where = `node ${node.hostname}`;
  const role = node.controlPlane ? 'controlplane' : 'worker';

  const docs = generateBaseConfig({
    bundle,
    clusterName: String(c.clusterName),
    endpoint: String(c.endpoint),
    talosVersion,
    kubernetesVersion: String(c.kubernetesVersion),
    role,
    installDisk: '',
    installImage: `ghcr.io/siderolabs/installer:${talosVersion}`,
    dnsDomain: typeof c.domain === 'string' && c.domain !== '' ? c.domain : undefined,
    additionalSANs: list(c.additionalApiServerCertSans).map(String),
  }) as Plain[];
  const v1 = docs[0]!;
  const machine = section(v1, 'machine');
  const cluster = section(v1, 'cluster');
  delete cluster.discovery;
  machine.certSANs = list(c.additionalMachineCertSans).map(String);
  const network = section(cluster, 'network');
  network.podSubnets = list(c.clusterPodNets).length ? list(c.clusterPodNets) : ['10.244.0.0/16'];
  network.serviceSubnets = list(c.clusterSvcNets).length ? list(c.clusterSvcNets) : ['10.96.0.0/12'];
  if (
    node.controlPlane &&
    (c.allowSchedulingOnMasters === true || c.allowSchedulingOnControlPlanes === true)
  ) {
    cluster.allowSchedulingOnControlPlanes = true;
  }
  if (bundle.secrets.aescbcEncryptionSecret)
    cluster.aescbcEncryptionSecret = bundle.secrets.aescbcEncryptionSecret;

  // 2. the node's settings
  if (!multidocNetwork) {
    const net = section(machine, 'network');
    if (s.ignoreHostname !== true) net.hostname = node.hostname;
    if (list(s.nameservers).length) net.nameservers = list(s.nameservers);
    if (s.disableSearchDomain === true) net.disableSearchDomain = true;
    if (list(s.networkInterfaces).length) net.interfaces = list(s.networkInterfaces);
  } else if (list(s.networkInterfaces).length) {
    notCarried.push(
      `${where}: networkInterfaces — for Talos 1.12+ talhelper turns them into LinkConfig, BondConfig, VLANConfig, ` +
        'DHCP, VIP, WireGuard and bridge documents; write those documents as a node patch',
    );
  }
  const install = section(machine, 'install');
  if (typeof s.installDisk === 'string' && s.installDisk !== '') install.disk = s.installDisk;
  if (isMap(s.installDiskSelector)) install.diskSelector = s.installDiskSelector;
  if (list(s.machineDisks).length) machine.disks = list(s.machineDisks);
  if (list(s.kernelModules).length) machine.kernel = { modules: list(s.kernelModules) };
  const [labels, labelTemplates] = splitTemplates(s.nodeLabels);
  const [annotations, annotationTemplates] = splitTemplates(s.nodeAnnotations);
  if (isMap(s.nodeAnnotations)) machine.nodeAnnotations = annotations;
  if (isMap(s.nodeLabels)) machine.nodeLabels = labels;
  if (isMap(s.nodeTaints)) machine.nodeTaints = s.nodeTaints;
  if (list(s.machineFiles).length) {
    machine.files = list(s.machineFiles).map((f) => {
      const { skipEnvsubst: _skip, ...file } = f as Plain;
      return file;
    });
  }
  const spec = isMap(s.machineSpec) ? s.machineSpec : {};
  const schematic = isMap(s.schematic) ? s.schematic : undefined;
  const kernelArgs = list(
    isMap(schematic?.customization) ? (schematic.customization as Plain).extraKernelArgs : [],
  );
  if (kernelArgs.length && spec.useUKI !== true && !multidocNetwork) {
    install.extraKernelArgs = [...list(install.extraKernelArgs), ...kernelArgs];
  }
  if (list(s.certSANs).length) machine.certSANs = [...list(machine.certSANs), ...list(s.certSANs)];

  const installer = installerOf(project, s, schematic, spec, talosVersion, where, notCarried);
  install.image = installer.image;

  const data = { config: v1, contract };
  for (const [key, value] of Object.entries(labelTemplates))
    (machine.nodeLabels as Plain)[key] = renderTemplate(value, data, `${where} nodeLabels.${key}`);
  for (const [key, value] of Object.entries(annotationTemplates))
    (machine.nodeAnnotations as Plain)[key] = renderTemplate(value, data, `${where} nodeAnnotations.${key}`);

  if (isMap(c.cniConfig)) {
    if (contract === '1.14')
      notCarried.push(`${where}: cniConfig on Talos 1.14 (talhelper rewrites KubeFlannelCNIConfig)`);
    else network.cni = c.cniConfig;
  }
  if (list(c.inlineManifests).length) {
    cluster.inlineManifests = list(c.inlineManifests).map((m) => {
      const { skipEnvsubst: _skip, ...manifest } = m as Plain;
      return manifest;
    });
  }
  if (list(s.extraManifests).length) {
    notCarried.push(
      `${where}: extraManifests (talhelper appends them to the generated file; use patches instead)`,
    );
  }

  const base = decodeConfig(
    docs.map((d, index) => ({ root: fromJS(d), index })),
    { file: `${where} (generated)`, contract, trackOrigins: false },
  );
  const text = mergeDocuments(
    stateText({ docs: base }, contract),
    talhelperDocuments(s, node.hostname, multidocNetwork),
    contract,
    where,
  );
  return { config: text, schematic: installer.schematic, notCarried };
}

/** The documents talhelper merges into a node's config (multidocs.go), in its order. */
export function talhelperDocuments(s: Plain, hostname: string, multidocNetwork: boolean): Plain[] {
  const extra: Plain[] = [];
  const doc = (kind: string, body: Plain): Plain => ({ apiVersion: 'v1alpha1', kind, ...body });
  if (multidocNetwork && (list(s.nameservers).length || s.disableSearchDomain === true)) {
    extra.push(
      doc('ResolverConfig', {
        nameservers: list(s.nameservers).map((address) => ({ address })),
        searchDomains: { disableDefault: s.disableSearchDomain === true },
      }),
    );
  }
  if (multidocNetwork) {
    extra.push(
      doc('HostnameConfig', s.ignoreHostname === true ? { auto: 'stable' } : { hostname, auto: 'off' }),
    );
  }
  if (isMap(s.ingressFirewall)) {
    const fw = s.ingressFirewall;
    extra.push(doc('NetworkDefaultActionConfig', { ingress: fw.defaultAction ?? 'block' }));
    for (const r of list(fw.rules) as Plain[]) {
      extra.push(
        doc('NetworkRuleConfig', { name: r.name, portSelector: r.portSelector, ingress: r.ingress }),
      );
    }
  }
  for (const e of list(s.extensionServices) as Plain[]) {
    extra.push(
      doc('ExtensionServiceConfig', { name: e.name, configFiles: e.configFiles, environment: e.environment }),
    );
  }
  for (const v of list(s.volumes) as Plain[]) {
    extra.push(doc('VolumeConfig', { name: v.name, provisioning: v.provisioning, encryption: v.encryption }));
  }
  for (const v of list(s.userVolumes) as Plain[]) {
    extra.push(
      doc('UserVolumeConfig', {
        name: v.name,
        volumeType: v.volumeType,
        provisioning: v.provisioning,
        filesystem: v.filesystem,
        encryption: v.encryption,
      }),
    );
  }
  return extra;
}

/** A config with documents merged in as one strategic patch, as talhelper's AddMultiDocs does it. */
export function mergeDocuments(text: string, docs: Plain[], contract: Contract, where: string): string {
  if (docs.length === 0) return text;
  const patchText = docs.map((d) => emitDocument(encodeAny(dropUndefined(d)), { indent: 2 })).join('---\n');
  const patch = loadPatch(patchText, `${where} (talhelper's documents)`, { contract });
  return stateText(
    applyPatches({ docs: loadConfig(text, where, contract) }, [patch], where, contract),
    contract,
  );
}

function dropUndefined(v: Plain): Plain {
  return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== null));
}

function splitTemplates(v: unknown): [Plain, Record<string, string>] {
  const plain: Plain = {};
  const templates: Record<string, string> = {};
  if (!isMap(v)) return [plain, templates];
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string' && isTemplate(x)) templates[k] = x;
    else plain[k] = x;
  }
  return [plain, templates];
}

/**
 * talhelper's installer: `talosImageURL:<version>`, else the Image Factory installer of the node's
 * schematic (the empty one when it has none), through its URL template. When that equals the image
 * cluster.yaml's `schematic` renders, the schematic is carried over as such.
 */
function installerOf(
  project: TalhelperProject,
  s: Plain,
  schematic: Plain | undefined,
  spec: Plain,
  talosVersion: string,
  where: string,
  notCarried: string[],
): { image: string; schematic?: Plain } {
  if (typeof s.talosImageURL === 'string' && s.talosImageURL !== '')
    return { image: `${s.talosImageURL}:${talosVersion}` };
  const factory = isMap(project.config.imageFactory) ? project.config.imageFactory : {};
  const registry =
    typeof factory.registryURL === 'string' && factory.registryURL ? factory.registryURL : DEFAULT_FACTORY;
  const template =
    typeof factory.installerURLTmpl === 'string' && factory.installerURLTmpl
      ? factory.installerURLTmpl
      : DEFAULT_INSTALLER_TEMPLATE;
  let parsed: FactorySchematic = { customization: {} };
  if (schematic) {
    try {
      parsed = parseFactorySchematic(JSON.stringify(schematic), `${where} schematic`);
    } catch (e) {
      throw new TalosGitopsError(
        `${where}: its schematic is not one the Image Factory takes: ${(e as Error).message}`,
      );
    }
  }
  const id = schematic ? schematicId(parsed) : EMPTY_SCHEMATIC_ID;
  const mode = typeof spec.mode === 'string' && spec.mode ? spec.mode : 'metal';
  const secureBoot = spec.secureboot === true;
  if (template !== DEFAULT_INSTALLER_TEMPLATE) {
    notCarried.push(
      `${where}: imageFactory.installerURLTmpl (a custom template; set the installer image in a patch)`,
    );
  }
  const image = `${registry}/${mode}-installer${secureBoot ? '-secureboot' : ''}/${id}:${talosVersion}`;
  const rendered = factoryInstallerImage({
    schematicId: id,
    talosVersion,
    platform: mode,
    secureBoot,
    factory: registry,
  });
  if (rendered !== image) return { image };
  const carried: Plain = { ...(schematic ?? { customization: {} }) };
  if (secureBoot) carried.secureBoot = true;
  if (mode !== 'metal') carried.platform = mode;
  if (registry !== DEFAULT_FACTORY) carried.factory = registry;
  return { image, schematic: carried };
}
