/**
 * Kubernetes upgrades on the simulated fleet, as `talosctl upgrade-k8s` does them (its Kubernetes API
 * checked against Kubernetes's published description): a change of the cluster's kubernetesVersion
 * moves kube-apiserver on every control plane, then kube-controller-manager, then kube-scheduler,
 * then kube-proxy's image, then the kubelets (control planes, then worker batches, drained), then
 * applies the manifests the control plane renders server-side; kube-proxy and CoreDNS end at the
 * new version. The pre-check refuses, before anything is touched, when objects live on an API the
 * new release removes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type OverlayFleet, repoRoot, simulateOverlay } from '../bench/rollout-fleet.js';
import { componentImage, type KubernetesComponent, VERSIONED_COMPONENTS } from '../src/kinds/kubernetes.js';
import type { KubeObject, Pod } from '../src/kubernetes/types.js';
import { lineProgress, type RolloutReport, runRollout } from '../src/rollout/index.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { configDocuments } from '../src/simulator/config-documents.js';
import { KubernetesContract } from './kubernetes-contract/contract.js';

const FAST = { pollInitialMs: 5, pollMaxMs: 25, callTimeoutMs: 3_000, healthTimeoutMs: 8_000 };
const CLUSTER = 'clusters/production/cluster.yaml';
const PATCH = 'clusters/production/patches/cluster.yaml';
const file = (f: string) => readFileSync(path.join(repoRoot(), f), 'utf8');

/** The production cluster at another Kubernetes version, CoreDNS pinned to an image. */
function at(kubernetesVersion: string, coreDNS: string): Record<string, string> {
  return {
    [CLUSTER]: file(CLUSTER).replace(/^kubernetesVersion: .*$/m, `kubernetesVersion: ${kubernetesVersion}`),
    [PATCH]: `${file(PATCH).trimEnd()}\n  coreDNS:\n    image: registry.k8s.io/coredns/coredns:${coreDNS}\n`,
  };
}

let h: OverlayFleet | undefined;
let contract: KubernetesContract;
afterEach(async () => {
  await h?.sim.stop();
  h = undefined;
});

async function fleet(overrides: Record<string, string>): Promise<OverlayFleet> {
  contract = KubernetesContract.load();
  h = await simulateOverlay({
    registry: new SecretRegistry(),
    clusters: ['production'],
    rebootMs: 60,
    overrides,
    kubernetes: {
      observe: (_c, x) => contract.check(x),
      podTerminationMs: 10,
      podStartMs: 10,
      kubeletRestartMs: 20,
    },
  });
  return h;
}

async function roll(f: OverlayFleet, overrides: Record<string, string>) {
  const lines: string[] = [];
  const desired = await f.render(overrides);
  const report = await runRollout({
    fleet: desired,
    talosconfig: f.sim.talosconfig,
    kubernetes: { endpoints: f.sim.kubernetesEndpoints },
    registry: f.registry,
    progress: lineProgress((t) => lines.push(t), { registry: f.registry }),
    timing: FAST,
  });
  return { report, log: lines.join(''), desired };
}

const clusterOf = (r: RolloutReport) => r.stages[0]!.clusters[0]!;
const image = (o: KubeObject) =>
  (o.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0]!.image;

describe('a Kubernetes upgrade', () => {
  it('moves the components in upgrade-k8s order and leaves kube-proxy and CoreDNS at the new version', async () => {
    const f = await fleet(at('v1.35.4', 'v1.13.2'));
    const state = f.sim.clusters[0]!.kubernetes!.state;
    const before = state.get('DaemonSet', 'kube-system', 'kube-proxy')!;
    expect(image(before)).toBe('registry.k8s.io/kube-proxy:v1.35.4');

    // The simulated nodes' own log: which component image each apply moved, in order.
    const moves: string[] = [];
    const seen = new Map<string, string>();
    const images = (text: string) =>
      Object.fromEntries(VERSIONED_COMPONENTS.map((c) => [c, componentImage(configDocuments(text), c)]));
    for (const c of f.sim.clusters[0]!.nodes) seen.set(c.address, c.config);
    f.sim.onEvent((e) => {
      if (e.type !== 'apply') return;
      setImmediate(() => {
        const node = f.sim.node(e.node, 'production');
        const was = images(seen.get(e.node)!);
        const now = images(node.config);
        seen.set(e.node, node.config);
        const moved = (Object.keys(now) as KubernetesComponent[]).filter((c) => now[c] !== was[c]);
        // a worker's kubelet step also moves its inert copy of the control plane's images
        const shown = e.role === 'worker' ? moved.filter((c) => c === 'kubelet') : moved;
        if (shown.length) moves.push(`${e.nodeName}:${shown.join('+')}`);
      });
    });
    const applies: number[] = [];
    const manifestApplies: number[] = [];
    let seq = 0;
    f.sim.onEvent((e) => {
      if (e.type === 'apply') applies.push(++seq);
    });
    state.watch((type, o) => {
      if (type !== 'ADDED' && o.metadata?.managedFields?.some((m) => m.manager === 'talos'))
        if (o.kind === 'DaemonSet' && image(o).endsWith('v1.36.3')) manifestApplies.push(++seq);
    });

    const { report, log, desired } = await roll(f, at('v1.36.3', 'v1.14.6'));
    expect(report.status, log).toBe('succeeded');
    const cluster = clusterOf(report);
    expect(cluster.kubernetes).toMatchObject({ from: 'v1.35.4', to: 'v1.36.3', precheck: [] });

    // upgrade-k8s's order: each static pod over every control plane, kube-proxy, then the kubelets
    const cps = ['prod-cp-1', 'prod-cp-2', 'prod-cp-3'];
    const workers = desired.clusters[0]!.nodes.filter((n) => n.role === 'worker').map((n) => n.name);
    expect(moves.slice(0, 15)).toEqual([
      ...cps.map((n) => `${n}:kube-apiserver`),
      ...cps.map((n) => `${n}:kube-controller-manager`),
      ...cps.map((n) => `${n}:kube-scheduler`),
      ...cps.map((n) => `${n}:kube-proxy`),
      ...cps.map((n) => `${n}:kubelet`),
    ]);
    expect(moves.slice(15).sort()).toEqual(workers.map((n) => `${n}:kubelet`).sort());
    // the manifests come after the last config change
    expect(manifestApplies.length).toBeGreaterThan(0);
    expect(Math.min(...manifestApplies)).toBeGreaterThan(Math.max(...applies));

    // every node runs its render, the kubelets report the new version
    for (const n of desired.clusters[0]!.nodes)
      expect(f.sim.node(n.address, 'production').config).toBe(n.text);
    for (const node of state.list('Node'))
      expect(
        (node as { status?: { nodeInfo?: { kubeletVersion?: string } } }).status?.nodeInfo?.kubeletVersion,
      ).toBe('v1.36.3');
    // kube-proxy and CoreDNS at the new version, every pod of theirs too
    const proxy = state.get('DaemonSet', 'kube-system', 'kube-proxy')!;
    expect(image(proxy)).toBe('registry.k8s.io/kube-proxy:v1.36.3');
    const coredns = state.get('Deployment', 'kube-system', 'coredns')!;
    expect(image(coredns)).toBe('registry.k8s.io/coredns/coredns:v1.14.6');
    const pods = state.list('Pod', 'kube-system') as Pod[];
    const live = (app: string) =>
      pods.filter((p) => p.metadata?.labels?.['k8s-app'] === app && !p.metadata?.deletionTimestamp);
    expect(live('kube-proxy').length).toBe(desired.clusters[0]!.nodes.length);
    expect(live('kube-proxy').every((p) => p.spec?.containers?.[0]?.image === image(proxy))).toBe(true);
    expect(live('kube-dns').every((p) => p.spec?.containers?.[0]?.image === image(coredns))).toBe(true);
    for (const app of ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'])
      expect(live(app).every((p) => p.spec?.containers?.[0]?.image?.endsWith(':v1.36.3'))).toBe(true);
    // applied as Talos applies them: field manager talos, Talos's inventory recorded
    expect(proxy.metadata?.managedFields?.some((m) => m.manager === 'talos')).toBe(true);
    const inventory = state.get('ConfigMap', 'kube-system', 'talos-bootstrap-manifests-inventory');
    expect(Object.keys((inventory as { data?: Record<string, string> }).data ?? {})).toContain(
      'kube-system_kube-proxy_apps_DaemonSet',
    );
    expect(cluster.kubernetes!.manifests).toContain('DaemonSet kube-system/kube-proxy');
    expect(log).toMatch(/prod-cp-1: upgrade-k8s kube-apiserver/);
    expect(contract.violations).toEqual([]);

    // a re-run finds nothing to do
    const again = await roll(f, at('v1.36.3', 'v1.14.6'));
    expect(clusterOf(again.report).status).toBe('unchanged');
  }, 120_000);

  it('is refused before anything is touched while objects live on an API the new version removes', async () => {
    const f = await fleet(at('v1.31.4', 'v1.12.1'));
    const state = f.sim.clusters[0]!.kubernetes!.state;
    state.seed({
      apiVersion: 'resource.k8s.io/v1alpha3',
      kind: 'PodSchedulingContext',
      metadata: { name: 'gpu-job', namespace: 'ml' },
      spec: { selectedNode: 'prod-w-1' },
    } as KubeObject);
    const touched: string[] = [];
    f.sim.onEvent((e) => {
      if (e.type === 'apply' || e.type === 'reboot-start' || e.type === 'upgrade-start')
        touched.push(e.nodeName);
    });
    const { report } = await roll(f, at('v1.32.3', 'v1.12.1'));
    expect(report.status).toBe('failed');
    const cluster = clusterOf(report);
    expect(cluster.reason).toMatch(/refused \(nothing was touched\)/);
    expect(cluster.kubernetes!.precheck.join('\n')).toMatch(
      /1 podschedulingcontexts\.v1alpha3\.resource\.k8s\.io object\(s\) on an API Kubernetes v1\.32\.3 removes: ml\/gpu-job/,
    );
    expect(touched).toEqual([]);
    expect(cluster.nodes.every((n) => !n.touched)).toBe(true);
    expect(contract.violations).toEqual([]);
  }, 60_000);

  it('is refused when it skips a minor version', async () => {
    const f = await fleet(at('v1.34.2', 'v1.12.4'));
    const { report } = await roll(f, at('v1.36.3', 'v1.12.4'));
    expect(report.status).toBe('failed');
    expect(clusterOf(report).kubernetes!.precheck.join('\n')).toMatch(
      /unsupported upgrade path v1\.34\.2 → v1\.36\.3/,
    );
    expect(clusterOf(report).nodes.every((n) => !n.touched)).toBe(true);
  }, 60_000);
});
