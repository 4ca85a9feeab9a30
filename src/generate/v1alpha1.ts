/**
 * The legacy v1alpha1 document as `gen config` writes it for a role and contract. Byte fields are the
 * base64 of the PEM text, as Talos prints them; a worker's CA objects print an empty `key`.
 */
import { type CertAndKey, pemToBase64 } from '../secrets/bundle.js';
import {
  DEFAULT_KUBEPRISM_PORT,
  DEFAULT_POD_SUBNET,
  DEFAULT_SERVICE_SUBNET,
  kubernetesImages,
  LABEL_EXCLUDE_FROM_EXTERNAL_LB,
} from './defaults.js';
import type { GenerationInput } from './input.js';
import { defaultAuditPolicy, podSecurityConfiguration } from './kubernetes.js';

export type Document = Record<string, unknown>;

function certAndKey(pair: CertAndKey, withKey: boolean): Document {
  return { crt: pemToBase64(pair.crt), key: withKey ? pemToBase64(pair.key) : '' };
}

function machineSection(input: GenerationInput): Document {
  const { bundle, features, role } = input;
  const controlPlane = role === 'controlplane';
  const legacyKubernetes = !features.multidocKubernetes;
  const machine: Document = {
    type: role,
    token: bundle.trustdInfo.token,
    ca: certAndKey(bundle.certs.os, controlPlane),
    certSANs: [...input.additionalSANs],
  };

  if (legacyKubernetes) {
    machine.kubelet = {
      image: kubernetesImages(input.kubernetesVersion).kubelet,
      defaultRuntimeSeccompProfileEnabled: true,
      disableManifestsDirectory: true,
    };
  }

  // Up to 1.12 an empty network section is always written, and KubeSpan lives in it.
  if (!features.multidocKubeSpan) {
    machine.network = input.kubeSpan ? { kubespan: { enabled: true } } : {};
  }

  // From 1.14 the install instructions move to UnattendedInstallConfig.
  if (legacyKubernetes) {
    const install: Document = {};
    if (input.installDisk !== '') install.disk = input.installDisk;
    if (input.installImage !== '') install.image = input.installImage;
    install.wipe = false;
    if (features.grubUseUKICmdline) install.grubUseUKICmdline = true;
    machine.install = install;
  }

  // Up to 1.11 registry mirrors are v1alpha1 fields; an empty mirror map is not printed.
  if (!features.multidocNetwork && input.registryMirrors.length > 0) {
    const mirrors: Document = {};
    for (const [host, endpoints] of input.registryMirrors) mirrors[host] = { endpoints: [...endpoints] };
    machine.registries = { mirrors };
  }

  const machineFeatures: Document = {};
  if (features.legacyFeatureFlags) {
    machineFeatures.rbac = true;
    machineFeatures.stableHostname = true;
    machineFeatures.apidCheckExtKeyUsage = true;
  }
  machineFeatures.diskQuotaSupport = true;
  if (legacyKubernetes) {
    machineFeatures.kubePrism = { enabled: true, port: DEFAULT_KUBEPRISM_PORT };
    machineFeatures.hostDNS = { enabled: true, forwardKubeDNSToHost: true };
  }
  machine.features = machineFeatures;

  if (controlPlane && legacyKubernetes) {
    machine.nodeLabels = { [LABEL_EXCLUDE_FROM_EXTERNAL_LB]: '' };
  }
  return machine;
}

function clusterNetwork(input: GenerationInput): Document {
  const network: Document = {};
  if (input.dnsDomain !== '') network.dnsDomain = input.dnsDomain;
  network.podSubnets = [DEFAULT_POD_SUBNET];
  network.serviceSubnets = [DEFAULT_SERVICE_SUBNET];
  return network;
}

function discovery(input: GenerationInput): Document {
  return {
    enabled: input.clusterDiscovery,
    registries: { kubernetes: { disabled: true }, service: {} },
  };
}

function apiServer(input: GenerationInput): Document {
  const { features } = input;
  const section: Document = { image: kubernetesImages(input.kubernetesVersion).apiServer };
  const certSANs = features.endpointInAPIServerSANs
    ? [input.endpointHost, ...input.additionalSANs]
    : [...input.additionalSANs];
  if (certSANs.length > 0) section.certSANs = certSANs;
  if (features.disablePSPField) section.disablePodSecurityPolicy = true;
  section.admissionControl = [{ name: 'PodSecurity', configuration: podSecurityConfiguration() }];
  section.auditPolicy = defaultAuditPolicy();
  return section;
}

/** Sections of `cluster` that gen config writes up to contract 1.13. */
function legacyCluster(input: GenerationInput): Document {
  const { bundle, role } = input;
  const controlPlane = role === 'controlplane';
  const images = kubernetesImages(input.kubernetesVersion);
  const cluster: Document = {
    id: bundle.cluster.id,
    secret: bundle.cluster.secret,
    controlPlane: { endpoint: input.endpoint },
    // Workers carry the cluster name too for every contract in range (Talos > 1.7).
    clusterName: input.clusterName,
    network: clusterNetwork(input),
    token: bundle.secrets.bootstrapToken,
  };
  if (!controlPlane) {
    cluster.ca = certAndKey(bundle.certs.k8s, false);
    cluster.discovery = discovery(input);
    return cluster;
  }
  // Contracts above 1.2 use secretbox; a bundle holding only the old aescbc secret yields none here.
  if (bundle.secrets.secretboxEncryptionSecret) {
    cluster.secretboxEncryptionSecret = bundle.secrets.secretboxEncryptionSecret;
  }
  cluster.ca = certAndKey(bundle.certs.k8s, true);
  cluster.aggregatorCA = certAndKey(bundle.certs.k8sAggregator, true);
  cluster.serviceAccount = { key: pemToBase64(bundle.certs.k8sServiceAccount.key) };
  cluster.apiServer = apiServer(input);
  cluster.controllerManager = { image: images.controllerManager };
  cluster.proxy = { image: images.proxy };
  cluster.scheduler = { image: images.scheduler };
  cluster.discovery = discovery(input);
  cluster.etcd = { ca: certAndKey(bundle.certs.etcd, true) };
  return cluster;
}

export function v1alpha1Document(input: GenerationInput): Document {
  const { bundle, role, features } = input;
  let cluster: Document;
  if (!features.multidocKubernetes) {
    cluster = legacyCluster(input);
  } else {
    // 1.14 keeps only the bootstrap token and, on control planes, the etcd CA in v1alpha1.
    cluster = { token: bundle.secrets.bootstrapToken };
    if (role === 'controlplane') cluster.etcd = { ca: certAndKey(bundle.certs.etcd, true) };
  }
  return {
    version: 'v1alpha1',
    debug: input.debug,
    persist: true,
    machine: machineSection(input),
    cluster,
  };
}
