import { describe, expect, it } from 'vitest';
import { defaultNeedsReboot, defaultValidate, v1alpha1Document } from '../../src/simulator/default-hooks.js';
import { atLeast, parseTalosVersion } from '../../src/simulator/version.js';
import { machineConfig } from './fixtures.js';

const base = (machine: Record<string, unknown> = {}, cluster: Record<string, unknown> = {}) =>
  machineConfig({ type: 'worker', hostname: 'w', machine, cluster });

describe('needsReboot (Talos < 1.14 CanApplyImmediate rules)', () => {
  it.each([
    ['machine.network', { network: { hostname: 'other' } }],
    ['machine.install (image changes do not upgrade)', { install: { disk: '/dev/sdb', image: 'x:v9' } }],
    ['machine.kubelet', { kubelet: { extraArgs: { a: 'b' } } }],
    ['machine.sysctls', { sysctls: { 'net.x': '1' } }],
    ['machine.nodeLabels', { nodeLabels: { a: 'b' } }],
    ['machine.certSANs', { certSANs: ['1.2.3.4'] }],
    ['machine.registries', { registries: { mirrors: {} } }],
    ['machine.time', { time: { servers: ['pool.ntp.org'] } }],
    ['machine.kernel', { kernel: { modules: [{ name: 'br_netfilter' }] } }],
  ])('%s applies live', (_name, machine) => {
    expect(defaultNeedsReboot(base(), base(machine), 'v1.11.6')).toBe(false);
  });

  it.each([
    ['machine.env', { env: { A: 'b' } }],
    ['machine.files', { files: [{ path: '/var/x', content: 'y', op: 'create' }] }],
    ['machine.disks', { disks: [{ device: '/dev/sdb' }] }],
    ['machine.token', { token: 'other-token' }],
    ['machine.udev', { udev: { rules: ['x'] } }],
  ])('%s needs a reboot', (_name, machine) => {
    expect(defaultNeedsReboot(base(), base(machine), 'v1.11.6')).toBe(true);
  });

  it('ignores cluster.*, debug, comments, formatting and non-v1alpha1 documents', () => {
    const a = base();
    expect(
      defaultNeedsReboot(a, base({}, { clusterName: 'renamed', apiServer: { image: 'x' } }), 'v1.11.6'),
    ).toBe(false);
    expect(defaultNeedsReboot(a, a.replace('debug: false', 'debug: true'), 'v1.11.6')).toBe(false);
    expect(defaultNeedsReboot(a, `# a comment\n${a}`, 'v1.11.6')).toBe(false);
    const withDoc = machineConfig({
      type: 'worker',
      hostname: 'w',
      extraDocs: [{ apiVersion: 'v1alpha1', kind: 'ExtensionServiceConfig', name: 'x' }],
    });
    expect(defaultNeedsReboot(a, withDoc, 'v1.11.6')).toBe(false);
  });

  it('changing version, persist or machine.type needs a reboot', () => {
    const a = base();
    expect(defaultNeedsReboot(a, a.replace('persist: true', 'persist: false'), 'v1.11.6')).toBe(true);
    expect(defaultNeedsReboot(a, a.replace('type: worker', 'type: controlplane'), 'v1.11.6')).toBe(true);
  });

  it('feature flags: live ones only when both configs have a features block; imageCache live from 1.9', () => {
    const f = (features: Record<string, unknown>) => base({ features });
    expect(
      defaultNeedsReboot(f({ rbac: true }), f({ rbac: true, kubePrism: { enabled: true } }), 'v1.11.6'),
    ).toBe(false);
    expect(defaultNeedsReboot(f({ rbac: true }), f({ rbac: false }), 'v1.11.6')).toBe(true);
    expect(
      defaultNeedsReboot(f({ rbac: true }), f({ rbac: true, imageCache: { localEnabled: true } }), 'v1.9.0'),
    ).toBe(false);
    expect(
      defaultNeedsReboot(f({ rbac: true }), f({ rbac: true, imageCache: { localEnabled: true } }), 'v1.8.3'),
    ).toBe(true);
    // No features block before: the whole block is compared.
    expect(defaultNeedsReboot(base(), f({ kubePrism: { enabled: true } }), 'v1.11.6')).toBe(true);
  });

  it('never on Talos 1.14 and later', () => {
    expect(defaultNeedsReboot(base(), base({ env: { A: 'b' } }), 'v1.14.0-rc.1')).toBe(false);
    expect(defaultNeedsReboot(base(), base({ env: { A: 'b' } }), 'v1.13.9')).toBe(true);
  });
});

describe('validate', () => {
  it('accepts a machine config and rejects broken ones', () => {
    expect(defaultValidate(base(), 'v1.11.6')).toEqual([]);
    expect(defaultValidate('a: [b', 'v1.11.6')[0]).toMatch(/^failed to parse config/);
    expect(defaultValidate('apiVersion: v1alpha1\nkind: HostnameConfig\n', 'v1.11.6')[0]).toContain(
      "doesn't contain v1alpha1 config",
    );
    expect(defaultValidate('version: v1alpha1\nmachine: {}\n', 'v1.11.6')).toEqual([
      'machine.type: unknown machine type ""',
    ]);
    expect(v1alpha1Document(base())?.machine).toMatchObject({ type: 'worker' });
  });
});

describe('versions', () => {
  it('parses tags and compares release lines', () => {
    expect(parseTalosVersion('v1.14.0-rc.1')).toEqual({ major: 1, minor: 14, patch: 0 });
    expect(atLeast('1.14.0', 1, 14)).toBe(true);
    expect(atLeast('v1.13.9', 1, 14)).toBe(false);
    expect(atLeast('v2.0.0', 1, 14)).toBe(true);
    expect(atLeast('garbage', 1, 0)).toBe(false);
  });
});
