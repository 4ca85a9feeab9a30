/**
 * One live-apply rule, Talos's own (CanApplyImmediate up to 1.13; from 1.14 nothing reboots on apply,
 * some changes need a reboot to take effect): the plan's impact prediction and the simulated nodes both
 * ask it, so they agree on every change, including the ones the old hand-written copies got wrong.
 */
import { describe, expect, it } from 'vitest';
import { stateText } from '../src/config/patch.js';
import { immediateApplyBlockers, rebootToTakeEffect } from '../src/kinds/apply.js';
import type { Contract } from '../src/model/model.js';
import { predictImpact } from '../src/plan/impact.js';
import { defaultNeedsReboot } from '../src/simulator/default-hooks.js';
import { engineNeedsReboot } from '../src/simulator/engine-hooks.js';
import { nodeDocs, patch } from './fixtures/validate/helpers.js';

const RELEASE: Record<Contract, string> = {
  '1.10': 'v1.10.9',
  '1.11': 'v1.11.6',
  '1.12': 'v1.12.11',
  '1.13': 'v1.13.9',
  '1.14': 'v1.14.0-rc.1',
};

function impactOf(contract: Contract, before: string[], after: string[]) {
  const a = nodeDocs(
    contract,
    'worker',
    before.map((p) => patch(p)),
  );
  const b = nodeDocs(
    contract,
    'worker',
    after.map((p) => patch(p)),
  );
  const v = { talosVersion: RELEASE[contract], kubernetesVersion: 'v1.33.0' };
  const predicted = predictImpact(a, b, contract, { before: v, after: v });
  const textA = stateText({ docs: a }, contract);
  const textB = stateText({ docs: b }, contract);
  return {
    predicted,
    simulator: engineNeedsReboot(textA, textB, RELEASE[contract]),
    simulatorDefault: defaultNeedsReboot(textA, textB, RELEASE[contract]),
  };
}

const NO_FEATURES = `
  machine:
    features:
      $patch: delete`;

const HOST_DNS = `
  machine:
    features:
      hostDNS:
        enabled: true`;

describe('the immediate-apply rule (Talos 1.10 to 1.13)', () => {
  it('reboots when a live feature is added to a config without a features block, as Talos does', () => {
    const r = impactOf('1.13', [NO_FEATURES], [NO_FEATURES, HOST_DNS]);
    expect(r.predicted.impacts).toEqual(['reboot']);
    expect(r.predicted.reasons).toContain('machine.features.hostDNS');
    expect(r.simulator).toBe(true);
    expect(r.simulatorDefault).toBe(true);
  });

  it('applies the same feature live when both configs have a features block', () => {
    const r = impactOf('1.13', [], [HOST_DNS.replace('enabled: true', 'resolveMemberNames: true')]);
    expect(r.predicted.impacts).toEqual(['live']);
    expect(r.simulator).toBe(false);
  });

  it.each([
    ['machine.kubelet', 'machine:\n  kubelet:\n    extraArgs:\n      max-pods: "200"', false],
    ['machine.network', 'machine:\n  network:\n    hostname: other', false],
    ['cluster.*', 'cluster:\n  clusterName: renamed', false],
    ['machine.env', 'machine:\n  env:\n    HTTP_PROXY: http://proxy:3128', true],
    ['machine.features.rbac', 'machine:\n  features:\n    rbac: false', true],
    [
      'machine.systemDiskEncryption',
      'machine:\n  systemDiskEncryption:\n    ephemeral:\n      provider: luks2\n      keys:\n        - slot: 0\n          nodeID: {}',
      true,
    ],
  ])('%s: prediction and simulator agree', (_name, change, reboots) => {
    for (const contract of ['1.10', '1.12', '1.13'] as const) {
      const r = impactOf(contract, [], [change]);
      expect(r.predicted.impacts.includes('reboot'), `${contract} prediction`).toBe(reboots);
      expect(r.simulator, `${contract} simulator`).toBe(reboots);
    }
  });

  it('never blocks on multi-document kinds (Talos compares the v1alpha1 document only)', () => {
    const a = nodeDocs('1.13', 'worker');
    const b = nodeDocs('1.13', 'worker', [
      patch('apiVersion: v1alpha1\nkind: LinkConfig\nname: eth0\nmtu: 9000'),
    ]);
    expect(immediateApplyBlockers(a, b, '1.13')).toEqual([]);
    expect(
      immediateApplyBlockers(
        a,
        b.filter((d) => d.kind !== 'v1alpha1'),
        '1.13',
      ),
    ).toEqual(['the new config has no v1alpha1 document']);
  });
});

describe('Talos 1.14: applies without a reboot, some changes take effect after one', () => {
  it('lists the changes that need an explicit reboot, from each kind', () => {
    const a = nodeDocs('1.14', 'worker');
    const b = nodeDocs('1.14', 'worker', [
      patch(
        'machine:\n  env:\n    A: b\n---\napiVersion: v1alpha1\nkind: KernelModuleConfig\nname: br_netfilter',
      ),
    ]);
    expect(rebootToTakeEffect(a, b)).toEqual(['machine.env', 'KernelModuleConfig/br_netfilter']);
    const r = impactOf('1.14', [], ['machine:\n  env:\n    A: b']);
    expect(r.predicted.impacts).toEqual(['reboot']);
    expect(r.simulator).toBe(false);
  });
});
