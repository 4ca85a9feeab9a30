/**
 * Talos's strategic merge rules, one by one, as `talos-gitops patch` applies them. Each expectation is
 * what Talos's own typed merge produces (see reference/talos-engine.md §1.5–1.8).
 */
import { describe, expect, it } from 'vitest';
import { patchText, yaml } from './helpers/patching.js';

const base = yaml`
  version: v1alpha1
  machine:
    type: worker
    token: abc
    install:
      disk: /dev/sda
      wipe: true
    features:
      rbac: true
    certSANs: [a.example.com]
    nodeLabels:
      tier: web
    network:
      hostname: node-1
      interfaces:
        - interface: eth0
          dhcp: true
          addresses: [10.0.0.5/24]
          vlans:
            - vlanId: 100
              addresses: [10.1.0.5/24]
  cluster:
    controlPlane:
      endpoint: https://10.0.0.1:6443/
    network:
      podSubnets: [10.244.0.0/16]
    proxy:
      extraArgs:
        a: "1"
        b: "2"
    apiServer:
      auditPolicy:
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: Metadata
      admissionControl:
        - name: PodSecurity
          configuration:
            defaults: {enforce: baseline}
            exemptions: {namespaces: [kube-system]}
`;

describe('scalar merge rules', () => {
  it('ignores a zero value of a plain string, so a strategic patch cannot blank it', () => {
    const out = patchText(base, ['machine: {network: {hostname: ""}}']);
    expect(out).toContain('hostname: node-1');
  });

  it('lets a zero value of a pointer field override (dhcp: false, rbac: false, wipe: false)', () => {
    const out = patchText(base, ['machine: {install: {wipe: false}, features: {rbac: false}}']);
    expect(out).toContain('wipe: false');
    expect(out).toContain('rbac: false');
  });

  it('overwrites a non-zero scalar', () => {
    expect(patchText(base, ['machine: {network: {hostname: node-2}}'])).toContain('hostname: node-2');
  });
});

describe('list merge rules', () => {
  it('appends plain lists (certSANs), with no de-duplication', () => {
    const out = patchText(base, ['machine: {certSANs: [a.example.com, b.example.com]}']);
    expect(out).toMatch(/certSANs:\n {8}- a\.example\.com\n {8}- a\.example\.com\n {8}- b\.example\.com\n/);
  });

  it('replaces lists tagged merge:"replace" (podSubnets), and an explicit [] clears them', () => {
    expect(patchText(base, ['cluster: {network: {podSubnets: [10.10.0.0/16]}}'])).toMatch(
      /podSubnets:\n {12}- 10\.10\.0\.0\/16\n {8}serviceSubnets/,
    );
    expect(patchText(base, ['cluster: {network: {podSubnets: []}}'])).toContain('podSubnets: []');
  });

  it('merges network interfaces by name and vlans by id, appending unknown ones', () => {
    const out = patchText(base, [
      yaml`
        machine:
          network:
            interfaces:
              - interface: eth0
                dhcp: false
                vlans:
                  - vlanId: 100
                    addresses: [10.1.0.6/24]
                  - vlanId: 200
              - interface: eth1
                dhcp: true
      `,
    ]);
    expect(out).toContain('- interface: eth0');
    expect(out).toMatch(/dhcp: false/);
    expect(out).toMatch(/- 10\.1\.0\.5\/24\n\s+- 10\.1\.0\.6\/24/);
    expect(out).toContain('vlanId: 200');
    expect(out.indexOf('interface: eth1')).toBeGreaterThan(out.indexOf('interface: eth0'));
  });

  it('never matches device selectors that set `physical` (Talos compares that pointer by address)', () => {
    const sel = yaml`
      machine:
        network:
          interfaces:
            - deviceSelector: {driver: virtio, physical: true}
              dhcp: true
    `;
    const out = patchText(sel, [sel]);
    expect(out.match(/deviceSelector/g)).toHaveLength(2);
    const plain = yaml`
      machine:
        network:
          interfaces:
            - deviceSelector: {driver: virtio}
              dhcp: true
    `;
    expect(patchText(plain, [plain]).match(/deviceSelector/g)).toHaveLength(1);
  });

  it('merges admission plugins by name and deep-merges their unstructured configuration (lists append)', () => {
    const out = patchText(base, [
      yaml`
        cluster:
          apiServer:
            admissionControl:
              - name: PodSecurity
                configuration:
                  defaults: {enforce: restricted}
                  exemptions: {namespaces: [rook-system]}
      `,
    ]);
    expect(out).toContain('enforce: restricted');
    expect(out).toMatch(/- kube-system\n\s+- rook-system/);
  });
});

describe('map and special-type merge rules', () => {
  it('merges extraArgs key by key, overwriting each key', () => {
    const out = patchText(base, ['cluster: {proxy: {extraArgs: {b: "3", c: "4"}}}']);
    expect(out).toMatch(/a: "1"\n\s+b: "3"\n\s+c: "4"/);
  });

  it('merges plain maps key by key; an empty string does not overwrite but is added when absent', () => {
    const out = patchText(base, ['machine: {nodeLabels: {tier: "", zone: ""}}']);
    expect(out).toContain('tier: web');
    expect(out).toContain('zone: ""');
  });

  it('replaces auditPolicy whole (merge:"replace" on an unstructured field)', () => {
    const out = patchText(base, [
      'cluster: {apiServer: {auditPolicy: {apiVersion: audit.k8s.io/v1, kind: Policy, rules: [{level: None}]}}}',
    ]);
    expect(out).toContain('level: None');
    expect(out).not.toContain('level: Metadata');
  });

  it('merges URLs component by component (the base path survives)', () => {
    const out = patchText(base, ['cluster: {controlPlane: {endpoint: "https://10.9.9.9:6443"}}']);
    expect(out).toContain('endpoint: https://10.9.9.9:6443/');
  });

  it('refuses to merge unstructured values of different types, naming the Go field', () => {
    const left = 'machine: {kubelet: {extraConfig: {maxPods: 100}}}';
    expect(() => patchText(left, ['machine: {kubelet: {extraConfig: {maxPods: "many"}}}'])).toThrow(
      /merge type mismatch left int right string/,
    );
  });

  it('clears a CEL expression when a same-identity patch omits it (its merge replaces unconditionally)', () => {
    const vol = yaml`
      apiVersion: v1alpha1
      kind: VolumeConfig
      name: EPHEMERAL
      provisioning:
        diskSelector:
          match: disk.size > 120u * GB
        maxSize: 40GiB
    `;
    const out = patchText(vol, [
      '{apiVersion: v1alpha1, kind: VolumeConfig, name: EPHEMERAL, provisioning: {maxSize: 50GiB}}',
    ]);
    expect(out).not.toContain('match:');
    expect(out).toContain('maxSize: 50GiB');
  });

  it('replaces the rules of ImageVerificationConfig whole by image pattern', () => {
    const ivc = yaml`
      apiVersion: v1alpha1
      kind: ImageVerificationConfig
      rules:
        - image: docker.io/*
          skip: true
    `;
    const out = patchText(ivc, [
      '{apiVersion: v1alpha1, kind: ImageVerificationConfig, rules: [{image: docker.io/*, keyless: {issuer: https://x}}]}',
    ]);
    expect(out).not.toContain('skip: true');
    expect(out).toContain('issuer: https://x');
  });
});

describe('documents', () => {
  it('matches multi-doc documents by kind (and name for named kinds), appending new ones in order', () => {
    const multi = yaml`
      version: v1alpha1
      machine: {type: worker}
      ---
      apiVersion: v1alpha1
      kind: LinkConfig
      name: eth0
      mtu: 1500
    `;
    const out = patchText(multi, [
      yaml`
        apiVersion: v1alpha1
        kind: LinkConfig
        name: eth0
        mtu: 9000
        ---
        apiVersion: v1alpha1
        kind: LinkConfig
        name: eth1
        mtu: 1500
      `,
    ]);
    expect(out).toMatch(/name: eth0\nmtu: 9000/);
    expect(out.indexOf('name: eth1')).toBeGreaterThan(out.indexOf('name: eth0'));
    expect(out.startsWith('version: v1alpha1\n')).toBe(true);
  });

  it('applies several patch documents with the same identity one after another', () => {
    const m = yaml`
      apiVersion: v1alpha1
      kind: RegistryMirrorConfig
      name: docker.io
      endpoints: [{url: "http://a"}]
    `;
    const out = patchText(m, [
      yaml`
        apiVersion: v1alpha1
        kind: RegistryMirrorConfig
        name: docker.io
        endpoints:
          $patch: delete
        ---
        apiVersion: v1alpha1
        kind: RegistryMirrorConfig
        name: docker.io
        endpoints: [{url: "http://b"}]
      `,
    ]);
    expect(out).toContain('url: http://b');
    expect(out).not.toContain('http://a');
  });

  it('refuses two documents that configure the same link', () => {
    expect(() =>
      patchText('{apiVersion: v1alpha1, kind: LinkConfig, name: eth0}', [
        '{apiVersion: v1alpha1, kind: DummyLinkConfig, name: eth0}',
      ]),
    ).toThrow(/conflicting documents: LinkConfig\/eth0 and DummyLinkConfig\/eth0/);
  });
});
