/**
 * The simulated cluster's Kubernetes API, reached the way the rollout reaches it (an admin credential
 * minted from the cluster's Kubernetes CA, mTLS on loopback), every request and answer held against
 * Kubernetes's published API description: nodes following their Talos nodes, pods with owners
 * (mirror pods, DaemonSets, Deployments), the Eviction API against PodDisruptionBudgets, cordon,
 * server-side apply with field managers, and who may call at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OverlayFleet, simulateOverlay } from '../bench/rollout-fleet.js';
import { KubernetesAccess } from '../src/kubernetes/access.js';
import { KubernetesApiError } from '../src/kubernetes/api-error.js';
import { KubernetesClient } from '../src/kubernetes/client.js';
import { ADMIN_ORGANIZATION, mintAdminCredential } from '../src/kubernetes/credentials.js';
import {
  controllerOf,
  type KubeObject,
  MIRROR_POD_ANNOTATION,
  type Pod,
  readyStatus,
} from '../src/kubernetes/types.js';
import { createKubernetesCa, issueCertificate } from '../src/pki/ca.js';
import { parseCertificate } from '../src/pki/inspect.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { KubernetesContract } from './kubernetes-contract/contract.js';

const contract = KubernetesContract.load();
let h: OverlayFleet;
let kube: KubernetesClient;
let access: KubernetesAccess;

const until = async (what: string, fn: () => Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
};

beforeAll(async () => {
  h = await simulateOverlay({
    registry: new SecretRegistry(),
    clusters: ['production'],
    rebootMs: 200,
    kubernetes: { observe: (_c, x) => contract.check(x) },
  });
  const cluster = h.live.clusters[0]!;
  const made = KubernetesAccess.forCluster(cluster, { endpoints: h.sim.kubernetesEndpoints }, h.registry);
  if ('error' in made) throw new Error(made.error);
  access = made;
  kube = access.client();
});

afterAll(async () => {
  access?.close();
  await h?.sim.stop();
});

describe('the simulated Kubernetes API', () => {
  it('lists every node Ready with its kubelet version, and control-plane mirror pods owned by their node', async () => {
    const nodes = await kube.listNodes();
    expect(nodes.items.map((n) => n.metadata?.name).sort()).toEqual(
      h.live.clusters[0]!.nodes.map((n) => n.name).sort(),
    );
    for (const n of nodes.items) {
      expect(readyStatus(n)).toBe('True');
      expect(n.status?.nodeInfo?.kubeletVersion).toBe('v1.36.3');
    }
    const apiservers = await kube.listPods('kube-system', 'k8s-app=kube-apiserver');
    expect(apiservers.items).toHaveLength(3);
    for (const p of apiservers.items) {
      expect(p.metadata?.annotations?.[MIRROR_POD_ANNOTATION]).toBeTruthy();
      expect(controllerOf(p)?.kind).toBe('Node');
      expect(p.spec?.containers?.[0]?.image).toBe('registry.k8s.io/kube-apiserver:v1.36.3');
    }
    const proxies = await kube.listPods('kube-system', 'k8s-app=kube-proxy');
    expect(proxies.items).toHaveLength(7);
    expect(proxies.items.every((p) => controllerOf(p)?.kind === 'DaemonSet')).toBe(true);
  });

  it('mints short-lived admin credentials in memory, as system:masters, and registers them as secrets', () => {
    const cluster = h.live.clusters[0]!;
    const minted = mintAdminCredential(cluster.kubernetesCa!, { lifetimeMs: 60_000 });
    const info = parseCertificate(minted.crt);
    expect(info.subjectOrganizations).toEqual([ADMIN_ORGANIZATION]);
    expect(info.notAfter.getTime() - Date.now()).toBeLessThanOrEqual(61_000);
    // the credential the rollout minted (beforeAll) is registered: no output can carry it
    const registered = h.registry
      .all()
      .filter((s) => s.includes('PRIVATE KEY') && !cluster.kubernetesCa!.key.includes(s));
    expect(registered.length).toBeGreaterThan(0);
    for (const key of registered) expect(h.registry.redact(`key ${key}`)).not.toContain(key);
  });

  it('refuses a certificate outside system:masters (403) and one from another CA (TLS)', async () => {
    const cluster = h.live.clusters[0]!;
    const viewer = issueCertificate(cluster.kubernetesCa!, {
      commonName: 'viewer',
      organizations: ['viewers'],
      extKeyUsage: ['clientAuth'],
      validityMs: 60_000,
    });
    const url = h.sim.kubernetesEndpoints.production!;
    const denied = new KubernetesClient({
      server: url,
      caPem: cluster.kubernetesCa!.crt,
      certPem: viewer.crt,
      keyPem: viewer.key,
    });
    await expect(denied.listNodes()).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
    denied.close();
    const other = createKubernetesCa();
    const stranger = mintAdminCredential(other);
    const tls = new KubernetesClient({
      server: url,
      caPem: cluster.kubernetesCa!.crt,
      certPem: stranger.crt,
      keyPem: stranger.key,
    });
    await expect(tls.listNodes()).rejects.toBeInstanceOf(KubernetesApiError);
    tls.close();
  });

  it('evicts through the Eviction API: 429 while a budget allows no disruption, then the pod terminates and is replaced', async () => {
    const state = h.sim.clusters[0]!.kubernetes!.state;
    state.createDeployment({ namespace: 'shop', name: 'web', replicas: 2, labels: { app: 'web' } });
    state.createPodDisruptionBudget('shop', 'web', {
      minAvailable: 2,
      selector: { matchLabels: { app: 'web' } },
    });
    await until('web pods ready', async () => {
      const pods = await kube.listPods('shop', 'app=web');
      return pods.items.length === 2 && pods.items.every((p) => readyStatus(p) === 'True');
    });
    const [victim] = (await kube.listPods('shop', 'app=web')).items as [Pod];
    const refused = await kube.evict('shop', victim.metadata!.name!).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(KubernetesApiError);
    expect(refused).toMatchObject({ status: 429, kind: 'too-many-requests' });
    expect((refused as KubernetesApiError).body?.details?.causes?.[0]?.reason).toBe('DisruptionBudget');
    expect((refused as KubernetesApiError).body?.details?.causes?.[0]?.message).toContain(
      'web needs 2 healthy pods',
    );

    state.deletePodDisruptionBudget('shop', 'web');
    state.createPodDisruptionBudget('shop', 'web', {
      maxUnavailable: 1,
      selector: { matchLabels: { app: 'web' } },
    });
    await kube.setUnschedulable(victim.spec!.nodeName!, true);
    await kube.evict('shop', victim.metadata!.name!);
    await until('the evicted pod is gone', async () =>
      kube.getPod('shop', victim.metadata!.name!).then(
        () => false,
        (e: unknown) => e instanceof KubernetesApiError && e.kind === 'not-found',
      ),
    );
    const now = (await kube.listPods('shop', 'app=web')).items;
    expect(now).toHaveLength(2);
    expect(now.every((p) => p.spec?.nodeName !== victim.spec!.nodeName)).toBe(true);
    await kube.setUnschedulable(victim.spec!.nodeName!, false);
    expect((await kube.getNode(victim.spec!.nodeName!)).spec?.unschedulable).toBeUndefined();
    const pdbs = await kube.listPodDisruptionBudgets();
    expect(pdbs.items.find((b) => b.metadata?.name === 'web')?.status?.expectedPods).toBe(2);
  });

  it("a budget's maxUnavailable is of the Deployment's replicas: while an evicted pod's replacement is not Ready, the next eviction is refused", async () => {
    const state = h.sim.clusters[0]!.kubernetes!.state;
    state.createDeployment({ namespace: 'ledger', name: 'api', replicas: 3, labels: { app: 'api' } });
    state.createPodDisruptionBudget('ledger', 'api', {
      maxUnavailable: 1,
      selector: { matchLabels: { app: 'api' } },
    });
    const ready = async () =>
      (await kube.listPods('ledger', 'app=api')).items.filter(
        (p) => readyStatus(p) === 'True' && !p.metadata?.deletionTimestamp,
      );
    await until('api pods ready', async () => (await ready()).length === 3);
    const [first, second] = (await ready()) as [Pod, Pod];
    await kube.evict('ledger', first.metadata!.name!);
    // the budget wants 3 - 1 healthy of the 3 replicas asked for, whatever pods exist right now
    const refused = await kube.evict('ledger', second.metadata!.name!).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 429, kind: 'too-many-requests' });
    const budget = (await kube.listPodDisruptionBudgets()).items.find((b) => b.metadata?.name === 'api');
    expect(budget?.status).toMatchObject({ expectedPods: 3, desiredHealthy: 2, disruptionsAllowed: 0 });
    // once the replacement is Ready the budget allows one disruption again
    await until('the replacement is ready', async () => (await ready()).length === 3);
    await kube.evict('ledger', second.metadata!.name!);
    state.deletePodDisruptionBudget('ledger', 'api');
  });

  it('a maxUnavailable budget over DaemonSet pods cannot be synced (no scale), so it fails safe and refuses every eviction', async () => {
    const state = h.sim.clusters[0]!.kubernetes!.state;
    state.createDaemonSet('agents', 'probe', 'registry.example/probe:1', { app: 'probe' });
    state.createPodDisruptionBudget('agents', 'probe', {
      maxUnavailable: 1,
      selector: { matchLabels: { app: 'probe' } },
    });
    await until('probe pods ready', async () => {
      const pods = (await kube.listPods('agents', 'app=probe')).items;
      return pods.length > 0 && pods.every((p) => readyStatus(p) === 'True');
    });
    const [pod] = (await kube.listPods('agents', 'app=probe')).items as [Pod];
    const refused = await kube.evict('agents', pod.metadata!.name!).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 429, kind: 'too-many-requests' });
    state.deletePodDisruptionBudget('agents', 'probe');
  });

  it('a node is NotReady while its Talos node reboots and Ready once it is back', async () => {
    const node = h.sim.node('10.0.1.22', 'production');
    const talos = await import('../src/talos/client.js');
    const client = talos.TalosClient.fromTalosconfig(h.sim.talosconfig, { context: 'production' });
    try {
      await client.reboot(node.address);
      await until('NotReady', async () => readyStatus(await kube.getNode(node.name)) !== 'True');
      await node.waitUntilUp();
      await until('Ready again', async () => readyStatus(await kube.getNode(node.name)) === 'True');
    } finally {
      client.close();
    }
  });

  it('server-side apply creates, updates, refuses a conflicting manager without force and lets force take over', async () => {
    const cm = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings', namespace: 'kube-system' },
      data: { a: '1' },
    };
    const created: KubeObject = await kube.apply(cm, 'talos', false);
    expect(created.metadata?.managedFields?.[0]).toMatchObject({ manager: 'talos', operation: 'Apply' });
    await kube.apply({ ...cm, data: { a: '2' } }, 'talos', false);
    const conflict = await kube
      .apply({ ...cm, data: { a: '3' } }, 'someone-else', false)
      .catch((e: unknown) => e);
    expect(conflict).toMatchObject({ status: 409, kind: 'conflict' });
    const forced = await kube.apply({ ...cm, data: { a: '3' } }, 'someone-else', true);
    expect((forced as { data: Record<string, string> }).data.a).toBe('3');
  });

  it('deleting a node removes it and lets the pod garbage collector take the pods bound to it', async () => {
    // the last worker: deleting it leaves the other tests' nodes alone
    const name = 'prod-w-4';
    expect((await kube.podsOnNode(name)).items.length).toBeGreaterThan(0);
    await kube.deleteNode(name);
    const gone = await kube.getNode(name).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(KubernetesApiError);
    expect((gone as KubernetesApiError).kind).toBe('not-found');
    await until('its pods are gone', async () => (await kube.podsOnNode(name)).items.length === 0);
    const again = await kube.deleteNode(name).catch((e: unknown) => e);
    expect((again as KubernetesApiError).kind).toBe('not-found');
  });

  it('answered every request within Kubernetes API description', () => {
    expect(contract.violations).toEqual([]);
    expect(contract.seen.size).toBeGreaterThanOrEqual(8);
  });
});
