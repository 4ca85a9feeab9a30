/**
 * Talos's semantic rules (`talosctl validate --mode metal`): every rule fires on a config that breaks it,
 * points at the patch line that did it, and stays quiet on Talos's own generated configs.
 */
import { describe, expect, it } from 'vitest';
import type { Contract } from '../src/model/model.js';
import type { Role } from '../src/render/types.js';
import type { Finding } from '../src/validate/types.js';
import { nodeFindings, patch } from './fixtures/validate/helpers.js';

const FILE = 'clusters/c1/patches/p.yaml';

interface Case {
  name: string;
  contract?: Contract;
  role?: Role;
  patch: string;
  rule: string;
  message: string | RegExp;
  line?: number;
  severity?: Finding['severity'];
}

const CASES: Case[] = [
  {
    name: 'endpoint without a host',
    patch: `
      cluster:
        controlPlane:
          endpoint: https://:6443`,
    rule: 'talos/controlplane-endpoint',
    message: 'invalid controlplane endpoint: hostname must not be blank',
    line: 3,
  },
  {
    name: 'DNS domain',
    patch: `
      cluster:
        network:
          dnsDomain: bad_domain!`,
    rule: 'talos/dns-domain',
    message: '"bad_domain!" is not a valid DNS name',
    line: 3,
  },
  {
    name: 'external cloud provider manifests while disabled',
    patch: `
      cluster:
        externalCloudProvider:
          enabled: false
          manifests: [https://example.com/ccm.yaml]`,
    rule: 'talos/external-cloud-provider',
    message: 'external cloud provider is disabled, but manifests are provided',
    line: 4,
  },
  {
    name: 'etcd on a worker',
    role: 'worker',
    patch: `
      cluster:
        etcd:
          extraArgs:
            quota-backend-bytes: "8589934592"`,
    rule: 'talos/controlplane-only',
    message: 'etcd config is only allowed on control plane machines',
    line: 2,
  },
  {
    name: 'etcd advertised subnet',
    patch: `
      cluster:
        etcd:
          advertisedSubnets: [10.0.0.0/33]`,
    rule: 'talos/etcd',
    message: 'etcd advertised subnet is not valid: "10.0.0.0/33"',
    line: 3,
  },
  {
    name: 'duplicate inline manifest',
    patch: `
      cluster:
        inlineManifests:
          - name: a
            contents: "x: 1"
          - name: a
            contents: "y: 2"`,
    rule: 'talos/inline-manifests',
    message: 'inline manifest name "a" is duplicate',
    line: 5,
  },
  {
    name: 'discovery endpoint with a path',
    patch: `
      cluster:
        discovery:
          registries:
            service:
              endpoint: https://discovery.example.com/x`,
    rule: 'talos/discovery',
    message: 'cluster discovery service path should be empty',
    line: 5,
  },
  {
    name: 'API server resource',
    patch: `
      cluster:
        apiServer:
          resources:
            requests:
              gpu: 1`,
    rule: 'talos/kubernetes-components',
    message: 'apiserver resource validation failed: unsupported pod resource "gpu"',
    // values inside free-form (unstructured) maps point at their own key
    line: 5,
  },
  {
    name: 'install disk selector on name',
    patch: `
      machine:
        install:
          diskSelector:
            name: sda`,
    rule: 'talos/install',
    message: 'install disk selector is invalid: selector on name is not supported',
    line: 4,
  },
  {
    name: 'install without disk or selector',
    patch: `
      machine:
        install:
          disk:
            $patch: delete`,
    rule: 'talos/install',
    message: 'either install disk or diskSelector should be defined',
  },
  {
    name: 'extra kernel args with the UKI command line',
    role: 'worker',
    patch: `
      machine:
        install:
          extraKernelArgs: [console=ttyS0]`,
    rule: 'talos/install',
    message: "install.extraKernelArgs and install.grubUseUKICmdline can't be used together",
  },
  {
    name: 'install section required up to 1.13',
    patch: `
      machine:
        install:
          $patch: delete`,
    rule: 'talos/install',
    message: 'install instructions are required in "metal" mode',
  },
  {
    name: 'host DNS forwarding without host DNS',
    patch: `
      machine:
        features:
          hostDNS:
            enabled: false`,
    rule: 'talos/host-dns',
    message:
      'feature hostDNS.forwardKubeDNSToHost requires hostDNS.enabled to be true (.machine.features.hostDNS)',
  },
  {
    name: 'non-canonical machine type',
    role: 'worker',
    patch: `
      machine:
        type: join`,
    rule: 'talos/machine-type',
    message: 'use "worker" instead of "join" for machine type',
    severity: 'warning',
    line: 2,
  },
  {
    name: 'unknown machine type',
    patch: `
      machine:
        type: master`,
    rule: 'talos/machine-type',
    message: 'unknown machine type "master"',
    line: 2,
  },
  {
    name: 'control plane without the Talos CA key',
    patch: `
      machine:
        ca:
          crt: ""
          key: ""`,
    rule: 'talos/machine-ca',
    message: 'issuing CA key is required for controlplane nodes (.machine.ca.key)',
    line: 2,
  },
  {
    name: 'VIP on a worker',
    contract: '1.12',
    role: 'worker',
    patch: `
      machine:
        network:
          interfaces:
            - interface: eth0
              dhcp: true
              vip:
                ip: 10.0.1.50`,
    rule: 'talos/controlplane-only',
    message: 'virtual (shared) IP is not allowed on non-controlplane nodes',
    line: 6,
  },
  {
    name: 'unknown CNI',
    patch: `
      cluster:
        network:
          cni:
            name: calico`,
    rule: 'talos/cni',
    message: 'cni name should be one of ["flannel", "custom", "none"]',
    line: 4,
  },
  {
    name: 'custom CNI without URLs warns',
    patch: `
      cluster:
        network:
          cni:
            name: custom`,
    rule: 'talos/cni',
    message: '"urls" field should not be empty for "custom" CNI',
    severity: 'warning',
  },
  {
    name: 'legacy bond mode',
    contract: '1.12',
    patch: `
      machine:
        network:
          interfaces:
            - interface: bond0
              bond:
                mode: active-backupp
                interfaces: [eth0, eth1]`,
    rule: 'talos/network-device',
    message: 'invalid bond type active-backupp',
    line: 6,
  },
  {
    name: 'legacy route without network or gateway',
    contract: '1.12',
    patch: `
      machine:
        network:
          interfaces:
            - interface: eth0
              routes:
                - metric: 100`,
    rule: 'talos/network-device',
    message: '[networking.os.device.route[0]]: either network or gateway should be set',
    line: 6,
  },
  {
    name: 'legacy interface without interface or selector',
    contract: '1.12',
    patch: `
      machine:
        network:
          interfaces:
            - dhcp: true`,
    rule: 'talos/network-device',
    message: 'required either config section to be set',
    line: 4,
  },
  {
    name: 'KubeSpan MTU',
    patch: `
      machine:
        network:
          kubespan:
            enabled: true
            mtu: 1000`,
    rule: 'talos/kubespan',
    message: 'kubespan link MTU must be at least 1280',
    line: 5,
  },
  {
    name: 'full-disk partition before the last',
    patch: `
      machine:
        disks:
          - device: /dev/sdb
            partitions:
              - mountpoint: /var/a
              - mountpoint: /var/b
                size: 10GB`,
    rule: 'talos/machine-disks',
    message: 'partition for disk "/dev/sdb" is set to occupy full disk',
    line: 5,
  },
  {
    name: 'protected kubelet field',
    patch: `
      machine:
        kubelet:
          extraConfig:
            port: 10251`,
    rule: 'talos/kubelet',
    message: 'kubelet configuration field "port" can\'t be overridden',
  },
  {
    name: 'disk encryption key without a type',
    contract: '1.12',
    patch: `
      machine:
        systemDiskEncryption:
          state:
            provider: luks2
            keys:
              - slot: 0`,
    rule: 'talos/disk-encryption',
    message: 'partition "STATE": encryption key at slot 0 doesn\'t have the configuration parameters',
    line: 6,
  },
  {
    name: 'logging over http',
    patch: `
      machine:
        logging:
          destinations:
            - endpoint: http://10.0.0.5:514
              format: json_lines`,
    rule: 'talos/logging',
    message: 'unexpected logging endpoint scheme "http"',
    line: 4,
  },
  {
    name: 'node label syntax',
    patch: `
      machine:
        nodeLabels:
          "bad label": x`,
    rule: 'talos/node-labels',
    message: 'invalid machine node labels: name "bad label" is invalid',
    line: 3,
  },
  {
    name: 'taint effect',
    patch: `
      machine:
        nodeTaints:
          dedicated: gpu:NoRun`,
    rule: 'talos/node-labels',
    message: 'invalid machine node taints: invalid taint effect: "NoRun"',
    line: 3,
  },
  {
    name: 'Talos API access role',
    patch: `
      machine:
        features:
          kubernetesTalosAPIAccess:
            enabled: true
            allowedRoles: [os:root]`,
    rule: 'talos/talos-api-access',
    message: 'invalid role "os:root" in allowed roles for Kubernetes Talos API Access',
    line: 5,
  },
  {
    name: 'Talos API access on a worker',
    role: 'worker',
    patch: `
      machine:
        features:
          kubernetesTalosAPIAccess:
            enabled: true`,
    rule: 'talos/controlplane-only',
    message: 'feature Kubernetes Talos API Access can only be enabled on control plane machines',
    line: 3,
  },
  {
    name: 'node address sort algorithm',
    patch: `
      machine:
        features:
          nodeAddressSortAlgorithm: v3`,
    rule: 'talos/address-sort',
    message: 'invalid node address sort algorithm',
    line: 3,
  },
  {
    name: 'persist disabled',
    patch: `
      persist: false`,
    rule: 'talos/persist',
    message: '.persist should be enabled',
    line: 1,
  },
  {
    name: 'null registry mirror',
    contract: '1.12',
    patch: `
      machine:
        registries:
          mirrors:
            docker.io: null`,
    rule: 'talos/registries',
    message: 'registries.mirrors["docker.io"] is null',
    line: 4,
  },
  {
    name: 'machine.files is deprecated in 1.14',
    contract: '1.14',
    patch: `
      machine:
        files:
          - path: /var/etc/x
            op: create
            permissions: 0o644
            content: x`,
    rule: 'talos/deprecated-config',
    message: '.machine.files is deprecated; use dedicated configuration documents instead',
    severity: 'warning',
    line: 2,
  },
  {
    name: 'time servers in both places',
    patch: `
      machine:
        time:
          servers: [time.example.com]
      ---
      apiVersion: v1alpha1
      kind: TimeSyncConfig
      ntp:
        servers: [ntp.example.com]`,
    rule: 'talos/conflicting-config',
    message: 'time servers cannot be specified in both v1alpha1 and new-style configuration',
    line: 5,
  },
  {
    name: 'etcd encryption removed from a 1.14 control plane',
    contract: '1.14',
    patch: `
      apiVersion: v1alpha1
      kind: KubeEtcdEncryptionConfig
      $patch: delete`,
    rule: 'talos/etcd-encryption',
    message: 'etcd encryption config is required for control plane machines running kube-apiserver',
  },
  {
    name: 'control-plane kinds on a 1.14 worker',
    contract: '1.14',
    role: 'worker',
    patch: `
      apiVersion: v1alpha1
      kind: KubeSchedulerConfig
      image: registry.k8s.io/kube-scheduler:v1.37.0`,
    rule: 'talos/controlplane-only',
    message: 'the following document kinds are only allowed on control plane machines: [KubeSchedulerConfig]',
    line: 1,
  },
  {
    name: 'discovery without identity (1.14)',
    contract: '1.14',
    patch: `
      apiVersion: v1alpha1
      kind: DiscoveryIdentityConfig
      $patch: delete`,
    rule: 'talos/discovery',
    message:
      'cluster ID (.cluster.id or DiscoveryIdentityConfig) should be set when cluster discovery (DiscoveryServiceConfig) is enabled',
  },
  {
    name: 'KubeSpan without discovery (1.14)',
    contract: '1.14',
    patch: `
      apiVersion: v1alpha1
      kind: DiscoveryServiceConfig
      name: default
      $patch: delete
      ---
      apiVersion: v1alpha1
      kind: KubeSpanConfig
      enabled: true`,
    rule: 'talos/kubespan',
    message: 'KubeSpan requires cluster discovery to be enabled',
    line: 8,
  },
  {
    name: 'DNS over TLS without a server name (1.14)',
    contract: '1.14',
    patch: `
      apiVersion: v1alpha1
      kind: ResolverConfig
      nameservers:
        - address: 1.1.1.1
          protocol: DoT`,
    rule: 'talos/resolver-config',
    message: 'ResolverConfig: tlsServerName must be set when protocol is DoT: entry 0',
    line: 4,
  },
  {
    name: 'LinkConfig unspecified address',
    patch: `
      apiVersion: v1alpha1
      kind: LinkConfig
      name: eth0
      addresses:
        - address: 0.0.0.0/0`,
    rule: 'talos/link-config',
    message: 'LinkConfig/eth0: address 0 must be a valid IP address',
    line: 5,
  },
  {
    name: 'VLAN id out of range',
    patch: `
      apiVersion: v1alpha1
      kind: VLANConfig
      name: eth0.5000
      vlanID: 5000
      parent: eth0`,
    rule: 'talos/vlan-config',
    message: 'VLANConfig/eth0.5000: vlanID must be specified and between 1 and 4094',
    line: 4,
  },
  {
    name: 'bond without a mode',
    patch: `
      apiVersion: v1alpha1
      kind: BondConfig
      name: bond0
      links: [eth0, eth1]`,
    rule: 'talos/bond-config',
    message: 'BondConfig/bond0: bond mode must be specified',
    line: 1,
  },
  {
    name: '802.3ad bond without link monitoring warns',
    patch: `
      apiVersion: v1alpha1
      kind: BondConfig
      name: bond0
      links: [eth0, eth1]
      bondMode: 802.3ad`,
    rule: 'talos/bond-config',
    message: 'BondConfig/bond0: miimon was not specified for 802.3ad bond',
    severity: 'warning',
  },
  {
    name: 'layer-2 VIP named by a non-address',
    patch: `
      apiVersion: v1alpha1
      kind: Layer2VIPConfig
      name: vip
      link: eth0`,
    rule: 'talos/layer2-vip-config',
    message: 'Layer2VIPConfig/vip: name must be a valid IP address',
    line: 3,
  },
  {
    name: 'hostname with auto',
    patch: `
      apiVersion: v1alpha1
      kind: HostnameConfig
      auto: stable
      hostname: node-1`,
    rule: 'talos/hostname-config',
    message: "HostnameConfig: 'auto' and 'hostname' cannot be set at the same time",
    line: 4,
  },
  {
    name: 'NTS with an IP server (1.14)',
    contract: '1.14',
    patch: `
      apiVersion: v1alpha1
      kind: TimeSyncConfig
      ntp:
        useNTS: true
        servers: [162.159.200.1]`,
    rule: 'talos/time-sync-config',
    message: 'TimeSyncConfig: NTS requires hostnames, not IP addresses: "162.159.200.1"',
    line: 5,
  },
  {
    name: 'STATE volume provisioning',
    patch: `
      apiVersion: v1alpha1
      kind: VolumeConfig
      name: STATE
      provisioning:
        minSize: 10GiB`,
    rule: 'talos/volume-config',
    message: 'VolumeConfig/STATE: provisioning config is not allowed for the "STATE" volume',
    line: 4,
  },
  {
    name: 'EPHEMERAL min size above max size',
    patch: `
      apiVersion: v1alpha1
      kind: VolumeConfig
      name: EPHEMERAL
      provisioning:
        minSize: 100GiB
        maxSize: 10GiB`,
    rule: 'talos/volume-config',
    message: 'VolumeConfig/EPHEMERAL: min size is greater than max size',
    line: 4,
  },
  {
    name: 'unknown system volume',
    patch: `
      apiVersion: v1alpha1
      kind: VolumeConfig
      name: DATA`,
    rule: 'talos/volume-config',
    message: 'VolumeConfig/DATA: only ["STATE" "EPHEMERAL" "IMAGECACHE"] volumes are supported',
    line: 3,
  },
  {
    name: 'cluster secret of the wrong length (1.14)',
    contract: '1.14',
    patch: `
      apiVersion: v1alpha1
      kind: DiscoveryIdentityConfig
      clusterSecret: c2hvcnQ=`,
    rule: 'talos/discovery-identity-config',
    message: 'DiscoveryIdentityConfig: invalid clusterSecret: expected 32 bytes, got 5 (value not shown)',
    line: 3,
  },
  {
    name: 'KubeSpanConfig MTU',
    patch: `
      apiVersion: v1alpha1
      kind: KubeSpanConfig
      enabled: true
      mtu: 1000`,
    rule: 'talos/kube-span-config',
    message: 'KubeSpanConfig: kubespan link MTU must be at least 1280',
    line: 4,
  },
];

describe('Talos semantic rules fire on the config that breaks them', () => {
  for (const c of CASES) {
    it(`${c.rule}: ${c.name}`, () => {
      const findings = nodeFindings(c.contract ?? '1.13', c.role ?? 'controlplane', [patch(c.patch)]);
      const hit = findings.find(
        (f) =>
          f.rule === c.rule &&
          (typeof c.message === 'string' ? f.message.includes(c.message) : c.message.test(f.message)),
      );
      expect(hit, JSON.stringify(findings, null, 1)).toBeDefined();
      expect(hit!.severity).toBe(c.severity ?? 'error');
      if (c.line !== undefined) {
        expect(hit!.file).toBe(FILE);
        expect(hit!.line).toBe(c.line);
      } else expect([FILE, 'clusters/c1/cluster.yaml']).toContain(hit!.file);
      expect(hit!.node).toBe('n1');
    });
  }
});

describe('Talos semantic rules follow the version contract', () => {
  const rules = (contract: Contract, text: string, role: Role = 'controlplane') =>
    nodeFindings(contract, role, [patch(text)]).map((f) => `${f.rule}: ${f.message}`);

  it('requires machine.install only up to 1.13 (UnattendedInstallConfig replaces it)', () => {
    const del = `
      machine:
        install:
          $patch: delete`;
    expect(rules('1.13', del).join('\n')).toContain('install instructions are required in "metal" mode');
    expect(
      rules(
        '1.14',
        `
      machine:
        kubelet:
          $patch: delete`,
      ).join('\n'),
    ).not.toContain('install instructions are required');
  });

  it('checks host DNS forwarding from 1.13 on', () => {
    const p = `
      machine:
        features:
          hostDNS:
            enabled: false`;
    expect(rules('1.13', p).some((r) => r.startsWith('talos/host-dns'))).toBe(true);
    expect(rules('1.12', p).some((r) => r.startsWith('talos/host-dns'))).toBe(false);
  });

  it('wants API RBAC for Kubernetes Talos API access only before 1.12', () => {
    const p = `
      machine:
        features:
          rbac: false
          kubernetesTalosAPIAccess:
            enabled: true`;
    const msg = 'feature API RBAC should be enabled when Kubernetes Talos API Access feature is enabled';
    expect(rules('1.11', p)).toContain(`talos/talos-api-access: ${msg}`);
    expect(rules('1.12', p).join('\n')).not.toContain(msg);
  });

  it('wants the cluster identity for KubeSpan in v1alpha1 up to 1.13', () => {
    const p = `
      machine:
        network:
          kubespan:
            enabled: true
      cluster:
        id:
          $patch: delete`;
    expect(rules('1.13', p)).toContain(
      'talos/kubespan: .cluster.id should be set when .machine.network.kubespan is enabled',
    );
  });

  it('allows the STATE volume config from 1.11 and the ETCD volume from 1.14', () => {
    const state = `
      apiVersion: v1alpha1
      kind: VolumeConfig
      name: STATE`;
    expect(rules('1.10', state).join('\n')).toContain(
      'only ["EPHEMERAL" "IMAGECACHE"] volumes are supported',
    );
    expect(rules('1.11', state).join('\n')).not.toContain('volumes are supported');
    const etcd = `
      apiVersion: v1alpha1
      kind: VolumeConfig
      name: ETCD`;
    expect(rules('1.13', etcd).join('\n')).toContain('volumes are supported');
    expect(rules('1.14', etcd).join('\n')).not.toContain('volumes are supported');
  });

  it('never prints a secret value, even where Talos would', () => {
    const secret = 'dGhpcyBpcyBub3QgMzIgYnl0ZXMgbG9uZyE=';
    const p = `
      apiVersion: v1alpha1
      kind: DiscoveryIdentityConfig
      clusterSecret: ${secret}`;
    const out = nodeFindings('1.14', 'controlplane', [patch(p)]);
    expect(out.some((f) => f.rule === 'talos/discovery-identity-config')).toBe(true);
    expect(JSON.stringify(out)).not.toContain(secret);
  });
});
