/**
 * Fleet rules: what only the whole fleet shows — duplicate names and addresses, nodes that disagree with
 * their cluster.yaml (role, endpoint), control-plane counts, and Talos/Kubernetes version support.
 */
import { describe, expect, it } from 'vitest';
import type { Contract } from '../src/model/model.js';
import type { Role } from '../src/render/types.js';
import { fleetFindings, isProductionStage, kubernetesCompatibilityError } from '../src/validate/fleet.js';
import { validateFleet } from '../src/validate/index.js';
import {
  cluster,
  ENDPOINT,
  fleet,
  node,
  nodeDocs,
  type PatchFile,
  patch,
} from './fixtures/validate/helpers.js';

function mk(
  name: string,
  role: Role,
  opts: { contract?: Contract; patches?: PatchFile[]; address?: string; cluster?: string } = {},
) {
  return node(name, role, nodeDocs(opts.contract ?? '1.13', role, opts.patches ?? []), {
    address: opts.address ?? `10.0.1.${name.length * 7}`,
    cluster: opts.cluster,
  });
}

function healthy(name: string, contract: Contract = '1.13', stage = 'staging') {
  return cluster(
    name,
    [
      mk(`${name}-cp-1`, 'controlplane', { contract, address: `10.${name.length}.0.1`, cluster: name }),
      mk(`${name}-cp-2`, 'controlplane', { contract, address: `10.${name.length}.0.2`, cluster: name }),
      mk(`${name}-cp-3`, 'controlplane', { contract, address: `10.${name.length}.0.3`, cluster: name }),
      mk(`${name}-w-1`, 'worker', { contract, address: `10.${name.length}.0.4`, cluster: name }),
    ],
    { contract, stage },
  );
}

describe('fleet rules', () => {
  it('are quiet on a healthy fleet of every contract', () => {
    const f = fleet(
      healthy('a', '1.10'),
      healthy('bb', '1.11'),
      healthy('ccc', '1.12'),
      healthy('dddd', '1.13', 'production'),
      healthy('eeeee', '1.14', 'prod-eu'),
    );
    expect(fleetFindings(f)).toEqual([]);
  });

  it('fleet/unique-node-name: a node name used twice, at the second node', () => {
    const a = cluster('a', [mk('n1', 'controlplane', { address: '10.0.0.1', cluster: 'a' })]);
    const b = cluster('b', [mk('n1', 'controlplane', { address: '10.0.0.2', cluster: 'b' })]);
    const out = fleetFindings(fleet(a, b)).filter((x) => x.rule === 'fleet/unique-node-name');
    expect(out).toEqual([
      expect.objectContaining({
        cluster: 'b',
        node: 'n1',
        file: 'clusters/b/cluster.yaml',
        line: 10,
        message: 'node name "n1" is already used by a node of cluster a',
      }),
    ]);
  });

  it('fleet/unique-address: one Talos API address for two nodes, and one static IP on two nodes', () => {
    const link = (file: string) =>
      patch(
        `
        apiVersion: v1alpha1
        kind: LinkConfig
        name: eth0
        addresses:
          - address: 10.0.5.5/24`,
        file,
      );
    const c = cluster('a', [
      mk('n1', 'controlplane', { address: '10.0.0.1', patches: [link('clusters/a/patches/n1.yaml')] }),
      mk('n2', 'controlplane', { address: '10.0.0.1', patches: [link('clusters/a/patches/n2.yaml')] }),
      mk('n3', 'controlplane', { address: '10.0.0.3' }),
    ]);
    const out = fleetFindings(fleet(c)).filter((x) => x.rule === 'fleet/unique-address');
    expect(out).toContainEqual(
      expect.objectContaining({
        node: 'n2',
        message: 'address 10.0.0.1 is already the address of node n1 (cluster a)',
        file: 'clusters/c1/cluster.yaml',
        line: 10,
      }),
    );
    expect(out).toContainEqual(
      expect.objectContaining({
        node: 'n2',
        message: 'static address 10.0.5.5 is also configured on node n1 (cluster a)',
        file: 'clusters/a/patches/n2.yaml',
        line: 5,
      }),
    );
    expect(out).toHaveLength(2);
  });

  it('fleet/role-mismatch: machine.type disagrees with cluster.yaml', () => {
    const p = patch(`
      machine:
        type: controlplane`);
    const c = cluster('a', [
      ...healthy('a').nodes,
      mk('w9', 'worker', { address: '10.0.9.9', patches: [p] }),
    ]);
    expect(fleetFindings(fleet(c))).toEqual([
      expect.objectContaining({
        rule: 'fleet/role-mismatch',
        node: 'w9',
        line: 2,
        file: 'clusters/c1/patches/p.yaml',
        message: 'cluster.yaml makes w9 a worker, but its machine.type is "controlplane"',
      }),
    ]);
  });

  it('fleet/controlplane-endpoint: a node pointing at another endpoint (v1alpha1 and KubeClusterConfig)', () => {
    const legacy = patch(`
      cluster:
        controlPlane:
          endpoint: https://10.9.9.9:6443`);
    const modern = patch(`
      apiVersion: v1alpha1
      kind: KubeClusterConfig
      endpoint: https://cp.example.com:6443`);
    const a = healthy('a');
    a.nodes[1] = mk('a-cp-2', 'controlplane', { address: '10.1.0.2', patches: [legacy] });
    const b = healthy('bb', '1.14');
    b.nodes[0] = mk('bb-cp-1', 'controlplane', { contract: '1.14', address: '10.2.0.1', patches: [modern] });
    const out = fleetFindings(fleet(a, b));
    expect(out).toEqual([
      expect.objectContaining({
        rule: 'fleet/controlplane-endpoint',
        node: 'a-cp-2',
        line: 3,
        message: `the node's control-plane endpoint is https://10.9.9.9:6443, but the cluster's endpoint is ${ENDPOINT} (cluster.yaml)`,
      }),
      expect.objectContaining({
        rule: 'fleet/controlplane-endpoint',
        node: 'bb-cp-1',
        line: 3,
        path: 'KubeClusterConfig.endpoint',
      }),
    ]);
  });

  it('fleet/controlplane-count: even counts warn, production needs three', () => {
    const two = cluster(
      'a',
      healthy('a').nodes.filter((n) => n.name !== 'a-cp-3'),
    );
    const out = fleetFindings(fleet(two));
    expect(out).toEqual([
      expect.objectContaining({
        rule: 'fleet/controlplane-count',
        severity: 'warning',
        file: 'clusters/a/cluster.yaml',
        line: 8,
      }),
    ]);
    const one = cluster('p', [mk('p1', 'controlplane', { address: '10.7.0.1' })], { stage: 'production' });
    expect(fleetFindings(fleet(one))).toEqual([
      expect.objectContaining({
        rule: 'fleet/controlplane-count',
        severity: 'error',
        message: expect.stringContaining(
          'stage "production" is production, but the cluster has 1 control plane',
        ),
      }),
    ]);
  });

  it('decides production by the stage name', () => {
    expect(['production', 'prod', 'Prod-EU', 'production-us'].map(isProductionStage)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['staging', 'preprod', 'dev', 'product-test'].map(isProductionStage)).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it("fleet/kubernetes-version: Talos's compatibility table of each release line", () => {
    const c = healthy('a');
    c.kubernetesVersion = 'v1.37.0';
    expect(fleetFindings(fleet(c))).toEqual([
      expect.objectContaining({
        rule: 'fleet/kubernetes-version',
        file: 'clusters/a/cluster.yaml',
        line: 4,
        message: 'version of Kubernetes 1.37.0 is too new to be used with Talos 1.13.9',
      }),
    ]);
  });

  it("talos/kubernetes-version: each node's rendered config is validated as on the machine, with the cluster's Talos version", () => {
    const old = patch(`
      machine:
        kubelet:
          image: ghcr.io/siderolabs/kubelet:v1.30.4`);
    const d = healthy('d');
    d.nodes[3] = mk('d-w-1', 'worker', { address: '10.1.0.4', patches: [old] });
    expect(fleetFindings(fleet(d))).toEqual([]);
    const onMachine = (f: ReturnType<typeof fleet>) =>
      validateFleet(f).findings.filter((x) => x.rule === 'talos/kubernetes-version');
    expect(onMachine(fleet(d))).toEqual([
      expect.objectContaining({
        node: 'd-w-1',
        line: 3,
        message:
          'kubelet image is not valid: version of Kubernetes 1.30.4 is too old to be used with Talos 1.13.9',
      }),
    ]);
    // the images each line generates by default are ones it runs
    const lines = fleet(
      healthy('a', '1.10'),
      healthy('bb', '1.11'),
      healthy('ccc', '1.12'),
      healthy('dddd', '1.13'),
      healthy('eeeee', '1.14'),
    );
    expect(onMachine(lines)).toEqual([]);
  });

  it('uses the table of each release line', () => {
    const at = (contract: Contract, k: string) =>
      kubernetesCompatibilityError(k, cluster('x', [], { contract }));
    expect(at('1.10', 'v1.28.0')).toBeUndefined();
    expect(at('1.10', 'v1.34.0')).toMatch(/too new/);
    expect(at('1.14', 'v1.31.9')).toMatch(/too old/);
    expect(at('1.14', 'v1.37.2')).toBeUndefined();
  });
});
