/**
 * Draining one node on the simulated cluster, as a rollout step does it: cordon, evict what an
 * eviction moves, and end once those pods are gone. The watch of the node's pods only shortens the
 * wait: a watch that misses a deletion leaves the list, asked at the poll interval, to decide.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type OverlayFleet, simulateOverlay } from '../bench/rollout-fleet.js';
import { KubernetesAccess } from '../src/kubernetes/access.js';
import type { KubernetesClient } from '../src/kubernetes/client.js';
import { readyStatus, type WatchEvent } from '../src/kubernetes/types.js';
import { realClock } from '../src/rollout/clock.js';
import { drainNode, evictable } from '../src/rollout/drain.js';
import { KubernetesWatch, Wakeup } from '../src/rollout/wakeup.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import type { KubeExchange } from '../src/simulator/kubernetes/server.js';
import { KubernetesContract } from './kubernetes-contract/contract.js';

let h: OverlayFleet;
let access: KubernetesAccess;
let kube: KubernetesClient;
const exchanges: KubeExchange[] = [];

beforeEach(async () => {
  const contract = KubernetesContract.load();
  exchanges.length = 0;
  h = await simulateOverlay({
    registry: new SecretRegistry(),
    clusters: ['production'],
    rebootMs: 60,
    kubernetes: {
      observe: (_c, x) => {
        contract.check(x);
        exchanges.push(x);
      },
      podTerminationMs: 40,
      podStartMs: 10,
    },
  });
  const made = KubernetesAccess.forCluster(
    h.live.clusters[0]!,
    { endpoints: h.sim.kubernetesEndpoints },
    h.registry,
  );
  if ('error' in made) throw new Error(made.error);
  access = made;
  kube = access.client();
  const state = h.sim.clusters[0]!.kubernetes!.state;
  state.createDeployment({ namespace: 'shop', name: 'web', replicas: 4, labels: { app: 'web' } });
  state.createPodDisruptionBudget('shop', 'web', {
    maxUnavailable: 2,
    selector: { matchLabels: { app: 'web' } },
  });
  const end = Date.now() + 5_000;
  for (;;) {
    const pods = (await kube.listPods('shop', 'app=web')).items;
    if (pods.length === 4 && pods.every((p) => readyStatus(p) === 'True')) break;
    if (Date.now() > end) throw new Error('web pods not ready');
    await new Promise((r) => setTimeout(r, 10));
  }
});

afterEach(async () => {
  access?.close();
  await h?.sim.stop();
});

/** A node with a web pod on it. */
async function busyNode(): Promise<string> {
  const pods = (await kube.listPods('shop', 'app=web')).items;
  return pods[0]!.spec!.nodeName!;
}

const evictableLeft = async (node: string) =>
  (await kube.podsOnNode(node)).items.filter((p) => evictable(p) === 'evict').length;
const podLists = (node: string) =>
  exchanges.filter(
    (x) =>
      x.method === 'GET' &&
      x.path === '/api/v1/pods' &&
      x.query.get('fieldSelector') === `spec.nodeName=${node}`,
  ).length;

it('a drain whose watch misses every deletion still ends: the list asked at the poll interval decides', async () => {
  const node = await busyNode();
  // a wakeup nobody notifies: as a watch that dropped before the pods went
  const deaf = new Wakeup();
  const drained = await drainNode(kube, node, {
    timeoutMs: 10_000,
    clock: realClock,
    pollMs: 100,
    wake: deaf,
  });
  expect(drained).toMatchObject({ ok: true, cordoned: true });
  expect(drained.evicted.length).toBeGreaterThan(0);
  expect(await evictableLeft(node)).toBe(0);
  expect((await kube.getNode(node)).spec?.unschedulable).toBe(true);
});

it('with the watch, a drain ends as its pods are seen deleted, listing them only before and after the cordon', async () => {
  const node = await busyNode();
  // the watches are under way before the drain starts, as they are once a rollout step runs: each
  // has sent what exists (its first events)
  const following = new Set<string>();
  const observed: KubernetesClient = Object.create(kube);
  observed.watch = <T>(
    path: string,
    query: Parameters<KubernetesClient['watch']>[1],
    onEvent: (e: WatchEvent<T>) => boolean | undefined,
    opts?: Parameters<KubernetesClient['watch']>[3],
  ) =>
    kube.watch<T>(
      path,
      query,
      (e) => {
        following.add(path);
        return onEvent(e);
      },
      opts,
    );
  const watch = new KubernetesWatch(() => observed);
  try {
    const wake = watch.wakeupFor(node);
    const end = Date.now() + 5_000;
    while (following.size < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    const before = podLists(node);
    const drained = await drainNode(kube, node, { timeoutMs: 10_000, clock: realClock, pollMs: 2_000, wake });
    // one list alongside the cordon, one after it; the deletions themselves come from the watch
    expect(podLists(node) - before).toBe(2);
    expect(drained.ok).toBe(true);
    expect(drained.evicted.length).toBeGreaterThan(0);
    expect(await evictableLeft(node)).toBe(0);
  } finally {
    watch.stop();
  }
});
