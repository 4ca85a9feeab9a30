/**
 * The bootstrap manifests a simulated control plane renders from its config, as Talos's
 * ManifestController does (`internal/app/machined/pkg/controllers/k8s/manifest.go` and its
 * templates): one Manifest resource per group of objects, named as Talos names them (`10-kube-proxy`,
 * `11-core-dns`, …), each holding Kubernetes objects. kube-proxy's and CoreDNS's images come from
 * the config, else Talos's defaults for the node's version; flannel only when it is the CNI.
 */
import { bootstrapManifestConfig } from '../kinds/bootstrap-manifests.js';
import type { KubeObject } from '../kubernetes/types.js';
import { configDocuments } from './config-documents.js';
import { parseTalosVersion } from './version.js';

export interface RenderedManifest {
  /** The Manifest resource's id. */
  id: string;
  objects: KubeObject[];
}

/** Talos's default images per release line (`pkg/machinery/constants`: DefaultCoreDNSVersion, FlannelVersion, DefaultKubernetesVersion). */
const DEFAULTS: Record<string, { coreDNS: string; flannel: string; kubernetes: string }> = {
  '1.10': { coreDNS: 'v1.12.1', flannel: 'v0.26.7', kubernetes: '1.33.6' },
  '1.11': { coreDNS: 'v1.12.4', flannel: 'v0.27.4', kubernetes: '1.34.1' },
  '1.12': { coreDNS: 'v1.13.2', flannel: 'v0.27.4', kubernetes: '1.35.4' },
  '1.13': { coreDNS: 'v1.14.6', flannel: 'v0.28.8', kubernetes: '1.36.3' },
  '1.14': { coreDNS: 'v1.14.6', flannel: 'v0.28.9', kubernetes: '1.37.0' },
};

function defaultsFor(talosVersion: string) {
  const v = parseTalosVersion(talosVersion);
  return DEFAULTS[v ? `${v.major}.${v.minor}` : ''] ?? DEFAULTS['1.13']!;
}

/** The 10th address of the first IPv4 service subnet: the cluster DNS service (Talos's DNSServiceIPs). */
function dnsServiceIP(subnets: readonly string[]): string | undefined {
  const v4 = subnets.find((s) => /^\d+\.\d+\.\d+\.\d+\//.test(s));
  if (!v4) return undefined;
  const [addr, bits] = v4.split('/') as [string, string];
  const n = addr.split('.').reduce((a, o) => a * 256 + Number(o), 0);
  const mask = Number(bits) === 0 ? 0 : 2 ** 32 - 2 ** (32 - Number(bits));
  const ip = (n & mask) >>> 0;
  const x = ip + 10;
  return [24, 16, 8, 0].map((s) => (x >>> s) & 255).join('.');
}

const KUBE_SYSTEM = 'kube-system';
const RBAC = 'rbac.authorization.k8s.io/v1';
const bootstrapping = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };

function clusterRoleBinding(
  name: string,
  role: string,
  subjects: Record<string, string>[],
  meta: Record<string, unknown> = {},
): KubeObject {
  return {
    apiVersion: RBAC,
    kind: 'ClusterRoleBinding',
    metadata: { name, ...meta },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
    subjects,
  } as KubeObject;
}

const group = (name: string) => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name });
const serviceAccount = (name: string, labels?: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: { name, namespace: KUBE_SYSTEM, ...(labels ? { labels } : {}) },
});

export function renderBootstrapManifests(configText: string, talosVersion: string): RenderedManifest[] {
  const d = defaultsFor(talosVersion);
  const cfg = bootstrapManifestConfig(configDocuments(configText), {
    proxyImage: `registry.k8s.io/kube-proxy:v${d.kubernetes}`,
    coreDNSImage: `registry.k8s.io/coredns/coredns:${d.coreDNS}`,
  });
  const server = cfg.kubePrismPort ? `https://127.0.0.1:${cfg.kubePrismPort}` : cfg.endpoint;
  const out: RenderedManifest[] = [];
  const token = /^([a-z0-9]{6})\.([a-z0-9]{16})$/.exec(cfg.bootstrapToken ?? '');
  if (token) {
    out.push({
      id: '00-kubelet-bootstrapping-token',
      objects: [
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: `bootstrap-token-${token[1]}`, namespace: KUBE_SYSTEM },
          type: 'bootstrap.kubernetes.io/token',
          stringData: {
            'auth-extra-groups': 'system:bootstrappers:nodes',
            'token-id': token[1]!,
            'token-secret': token[2]!,
            'usage-bootstrap-authentication': 'true',
          },
        } as KubeObject,
      ],
    });
  }
  out.push(
    {
      id: '01-csr-approver-role-binding',
      objects: [
        clusterRoleBinding(
          'system-bootstrap-approve-node-client-csr',
          'system:certificates.k8s.io:certificatesigningrequests:nodeclient',
          [group('system:bootstrappers:nodes')],
        ),
      ],
    },
    {
      id: '01-csr-node-bootstrap',
      objects: [
        clusterRoleBinding('system-bootstrap-node-bootstrapper', 'system:node-bootstrapper', [
          group('system:bootstrappers:nodes'),
          group('system:nodes'),
        ]),
      ],
    },
    {
      id: '01-csr-renewal-role-binding',
      objects: [
        clusterRoleBinding(
          'system-bootstrap-node-renewal',
          'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient',
          [group('system:nodes')],
        ),
      ],
    },
  );
  if (cfg.cniName === 'flannel') {
    const labels = { 'k8s-app': 'flannel', tier: 'node' };
    out.push({
      id: '05-flannel',
      objects: [
        {
          apiVersion: RBAC,
          kind: 'ClusterRole',
          metadata: { name: 'flannel', labels: { 'k8s-app': 'flannel' } },
          rules: [
            { apiGroups: [''], resources: ['pods', 'nodes', 'namespaces'], verbs: ['get', 'list', 'watch'] },
            { apiGroups: [''], resources: ['nodes/status'], verbs: ['patch'] },
          ],
        } as KubeObject,
        clusterRoleBinding(
          'flannel',
          'flannel',
          [{ kind: 'ServiceAccount', name: 'flannel', namespace: KUBE_SYSTEM }],
          { labels: { 'k8s-app': 'flannel' } },
        ),
        serviceAccount('flannel', { 'k8s-app': 'flannel' }),
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'kube-flannel-cfg', namespace: KUBE_SYSTEM, labels },
          data: {
            'net-conf.json': JSON.stringify(
              { Network: cfg.podSubnets[0], Backend: { Type: 'vxlan', Port: 4789 } },
              null,
              2,
            ),
          },
        } as KubeObject,
        daemonSet('kube-flannel', labels, {
          name: 'kube-flannel',
          image: `ghcr.io/siderolabs/flannel:${d.flannel}`,
          command: ['/opt/bin/flanneld', '--ip-masq', '--kube-subnet-mgr'],
        }),
      ],
    });
  }
  if (cfg.proxyEnabled) {
    const labels = { 'k8s-app': 'kube-proxy', tier: 'node' };
    out.push({
      id: '10-kube-proxy',
      objects: [
        daemonSet('kube-proxy', labels, {
          name: 'kube-proxy',
          image: cfg.proxyImage,
          command: [
            '/usr/local/bin/kube-proxy',
            `--cluster-cidr=${cfg.podSubnets.join(',')}`,
            '--hostname-override=$(NODE_NAME)',
            '--kubeconfig=/etc/kubernetes/kubeconfig',
            `--proxy-mode=${cfg.proxyMode}`,
          ],
        }),
        serviceAccount('kube-proxy'),
        clusterRoleBinding('kube-proxy', 'system:node-proxier', [
          { kind: 'ServiceAccount', name: 'kube-proxy', namespace: KUBE_SYSTEM },
        ]),
      ],
    });
  }
  if (cfg.coreDNSEnabled) {
    const dnsIP = dnsServiceIP(cfg.serviceSubnets);
    out.push({
      id: '11-core-dns',
      objects: [
        serviceAccount('coredns'),
        {
          apiVersion: RBAC,
          kind: 'ClusterRole',
          metadata: { name: 'system:coredns', labels: bootstrapping },
          rules: [
            {
              apiGroups: [''],
              resources: ['endpoints', 'services', 'pods', 'namespaces'],
              verbs: ['list', 'watch'],
            },
            { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['list', 'watch'] },
          ],
        } as KubeObject,
        clusterRoleBinding(
          'system:coredns',
          'system:coredns',
          [{ kind: 'ServiceAccount', name: 'coredns', namespace: KUBE_SYSTEM }],
          { labels: bootstrapping, annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' } },
        ),
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'coredns', namespace: KUBE_SYSTEM },
          data: { Corefile: corefile(cfg.clusterDomain) },
        } as KubeObject,
        coreDNSDeployment(cfg.coreDNSImage),
      ],
    });
    if (dnsIP) {
      out.push({
        id: '11-core-dns-svc',
        objects: [
          {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: {
              name: 'kube-dns',
              namespace: KUBE_SYSTEM,
              labels: {
                'k8s-app': 'kube-dns',
                'kubernetes.io/cluster-service': 'true',
                'kubernetes.io/name': 'CoreDNS',
              },
            },
            spec: {
              clusterIP: dnsIP,
              clusterIPs: [dnsIP],
              ipFamilies: ['IPv4'],
              ipFamilyPolicy: 'SingleStack',
              ports: [
                { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
                { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
                { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
              ],
              selector: { 'k8s-app': 'kube-dns' },
            },
          } as KubeObject,
        ],
      });
    }
  }
  out.push(
    {
      id: '11-kube-config-in-cluster',
      objects: [
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'kubeconfig-in-cluster', namespace: KUBE_SYSTEM },
          data: { kubeconfig: inClusterKubeconfig(server) },
        } as KubeObject,
      ],
    },
    {
      id: '11-talos-node-rbac-template',
      objects: [
        clusterRoleBinding('system:talos-nodes', 'system:talos-nodes', [group('system:nodes')], {
          labels: bootstrapping,
          annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' },
        }),
        {
          apiVersion: RBAC,
          kind: 'ClusterRole',
          metadata: { name: 'system:talos-nodes', labels: bootstrapping },
          rules: [
            {
              apiGroups: ['discovery.k8s.io'],
              resources: ['endpointslices'],
              verbs: ['get', 'list', 'watch'],
            },
          ],
        } as KubeObject,
      ],
    },
  );
  // COSI lists resources sorted by id
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function daemonSet(
  name: string,
  labels: Record<string, string>,
  container: { name: string; image: string; command: string[] },
): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name, namespace: KUBE_SYSTEM, labels },
    spec: {
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [{ ...container, securityContext: { privileged: true } }],
          hostNetwork: true,
          priorityClassName: 'system-node-critical',
          serviceAccountName: name === 'kube-flannel' ? 'flannel' : name,
          tolerations: [
            { effect: 'NoSchedule', operator: 'Exists' },
            { effect: 'NoExecute', operator: 'Exists' },
          ],
        },
      },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
    },
  };
}

function coreDNSDeployment(image: string): KubeObject {
  const labels = { 'k8s-app': 'kube-dns' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'coredns',
      namespace: KUBE_SYSTEM,
      labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/name': 'CoreDNS' },
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: 'coredns',
              image,
              args: ['-conf', '/etc/coredns/Corefile'],
              ports: [
                { containerPort: 53, name: 'dns', protocol: 'UDP' },
                { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
                { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
              ],
            },
          ],
          dnsPolicy: 'Default',
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          tolerations: [
            { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' },
            {
              effect: 'NoSchedule',
              key: 'node.cloudprovider.kubernetes.io/uninitialized',
              operator: 'Exists',
            },
          ],
        },
      },
    },
  };
}

function corefile(domain: string): string {
  return [
    '.:53 {',
    '    errors',
    '    health {',
    '        lameduck 5s',
    '    }',
    '    ready',
    '    prometheus :9153',
    `    kubernetes ${domain} in-addr.arpa ip6.arpa {`,
    '        pods insecure',
    '        fallthrough in-addr.arpa ip6.arpa',
    '        ttl 30',
    '    }',
    '    forward . /etc/resolv.conf',
    '    cache 30',
    '    loop',
    '    reload',
    '    loadbalance',
    '}',
    '',
  ].join('\n');
}

function inClusterKubeconfig(server: string): string {
  return [
    'apiVersion: v1',
    'clusters:',
    '- cluster:',
    '    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
    `    server: ${server}`,
    '  name: local',
    'contexts:',
    '- context:',
    '    cluster: local',
    '    user: service-account',
    '  name: local',
    'current-context: local',
    'kind: Config',
    'users:',
    '- name: service-account',
    '  user:',
    '    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token',
    '',
  ].join('\n');
}
