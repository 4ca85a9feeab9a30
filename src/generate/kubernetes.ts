/**
 * Kubernetes settings of the base config: the default admission and audit policies (written into
 * v1alpha1 up to contract 1.13) and the Kube* documents that replace v1alpha1 `cluster` from 1.14.
 * Certificates and keys in these documents are plain PEM text, not base64.
 */
import {
  DEFAULT_KUBEPRISM_PORT,
  DEFAULT_POD_SUBNET,
  DEFAULT_SERVICE_SUBNET,
  FLANNEL_BACKEND,
  FLANNEL_BACKEND_PORT,
  kubernetesImages,
  LABEL_CONTROL_PLANE,
  LABEL_EXCLUDE_FROM_EXTERNAL_LB,
} from './defaults.js';
import type { GenerationInput } from './input.js';

type Document = Record<string, unknown>;

function doc(kind: string, fields: Document, name?: string): Document {
  return name === undefined
    ? { apiVersion: 'v1alpha1', kind, ...fields }
    : { apiVersion: 'v1alpha1', kind, name, ...fields };
}

/** The PodSecurity admission plugin configuration gen config enables by default. */
export function podSecurityConfiguration(): Document {
  return {
    apiVersion: 'pod-security.admission.config.k8s.io/v1alpha1',
    defaults: {
      audit: 'restricted',
      'audit-version': 'latest',
      enforce: 'baseline',
      'enforce-version': 'latest',
      warn: 'restricted',
      'warn-version': 'latest',
    },
    exemptions: { namespaces: ['kube-system'], runtimeClasses: [], usernames: [] },
    kind: 'PodSecurityConfiguration',
  };
}

/** The kube-apiserver audit policy gen config writes by default. */
export function defaultAuditPolicy(): Document {
  return { apiVersion: 'audit.k8s.io/v1', kind: 'Policy', rules: [{ level: 'Metadata' }] };
}

/** Documents every node gets from contract 1.14 (control planes and workers). */
export function universalKubernetesDocuments(input: GenerationInput): Document[] {
  const { bundle } = input;
  const controlPlane = input.role === 'controlplane';

  const node: Document = { nodeIP: {} };
  if (controlPlane) {
    node.labels = { [LABEL_CONTROL_PLANE]: '', [LABEL_EXCLUDE_FROM_EXTERNAL_LB]: '' };
    node.taints = { [LABEL_CONTROL_PLANE]: 'NoSchedule' };
  }

  const network: Document = {};
  if (input.dnsDomain !== '') network.dnsDomain = input.dnsDomain;
  network.podSubnets = [DEFAULT_POD_SUBNET];
  network.serviceSubnets = [DEFAULT_SERVICE_SUBNET];

  // Workers trust the Kubernetes CA; only control planes get its key.
  const apiServerCA: Document = controlPlane
    ? { issuingCA: { cert: bundle.certs.k8s.crt, key: bundle.certs.k8s.key } }
    : { acceptedCAs: [bundle.certs.k8s.crt] };

  return [
    doc('KubeClusterConfig', { clusterName: input.clusterName, endpoint: input.endpoint }),
    doc('KubeNodeConfig', node),
    doc('KubeletConfig', {
      image: kubernetesImages(input.kubernetesVersion).kubelet,
      config: {},
      defaultRuntimeSeccompProfileEnabled: true,
    }),
    doc('KubeNetworkConfig', network),
    doc('KubeAPIServerCAConfig', apiServerCA),
    doc('KubePrismConfig', { port: DEFAULT_KUBEPRISM_PORT }),
  ];
}

/**
 * The etcd encryption configuration. Provider names and order match what Talos renders for older
 * configs (`key2` for secretbox), so secrets stay decryptable when a cluster moves to contract 1.14.
 * Talos 1.14 writes an old aescbc secret as a second *secretbox* provider named `key1`; we do the same.
 */
function etcdEncryptionConfig(input: GenerationInput): Document {
  const providers: Document[] = [];
  const { secretboxEncryptionSecret, aescbcEncryptionSecret } = input.bundle.secrets;
  if (secretboxEncryptionSecret) {
    providers.push({ secretbox: { keys: [{ name: 'key2', secret: secretboxEncryptionSecret }] } });
  }
  if (aescbcEncryptionSecret) {
    providers.push({ secretbox: { keys: [{ name: 'key1', secret: aescbcEncryptionSecret }] } });
  }
  return { resources: [{ providers, resources: ['secrets'] }] };
}

/** Control-plane-only documents from contract 1.14. */
export function controlPlaneKubernetesDocuments(input: GenerationInput): Document[] {
  const { bundle } = input;
  const images = kubernetesImages(input.kubernetesVersion);
  const apiServer: Document = { image: images.apiServer };
  if (input.additionalSANs.length > 0) apiServer.certExtraSANs = [...input.additionalSANs];

  return [
    doc('KubeAggregatorCAConfig', {
      issuingCA: { cert: bundle.certs.k8sAggregator.crt, key: bundle.certs.k8sAggregator.key },
    }),
    doc('KubeAdmissionControlConfig', { configuration: podSecurityConfiguration() }, 'PodSecurity'),
    doc('KubeAuditPolicyConfig', { configuration: defaultAuditPolicy() }),
    doc('KubeAuthenticationConfig', {
      configuration: {
        anonymous: {
          conditions: [{ path: '/livez' }, { path: '/readyz' }, { path: '/healthz' }],
          enabled: true,
        },
        jwt: [],
      },
    }),
    doc('KubeAuthorizerConfig', { type: 'Node' }, 'node'),
    doc('KubeAuthorizerConfig', { type: 'RBAC' }, 'rbac'),
    doc('KubeEtcdEncryptionConfig', { config: etcdEncryptionConfig(input) }),
    doc('KubeServiceAccountConfig', {
      issuer: { privateKey: bundle.certs.k8sServiceAccount.key, issuerURL: input.endpoint },
    }),
    doc('KubeAPIServerConfig', apiServer),
    doc('KubeControllerManagerConfig', { image: images.controllerManager }),
    doc('KubeSchedulerConfig', { image: images.scheduler, config: {} }),
    doc('KubeProxyConfig', { image: images.proxy, config: {} }),
    doc('KubeFlannelCNIConfig', { backendType: FLANNEL_BACKEND, backendPort: FLANNEL_BACKEND_PORT }),
    doc('KubeCoreDNSConfig', { enabled: true }),
  ];
}
