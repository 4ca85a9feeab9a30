/**
 * Bringing the manifests Talos renders for a cluster (kube-proxy, CoreDNS, flannel, the bootstrap
 * RBAC and token) into the cluster, as `talosctl upgrade-k8s` ends: read them from a control plane,
 * server-side apply each object as field manager `talos` marked with Talos's inventory (namespaces,
 * CRDs and cluster roles first, then config maps and secrets, then the rest), record them in the
 * inventory config map, and wait until every DaemonSet and Deployment has rolled out.
 */
import { KubernetesApiError } from '../kubernetes/api-error.js';
import type { KubernetesClient } from '../kubernetes/client.js';
import type { KubeObject } from '../kubernetes/types.js';
import type { Clock } from './types.js';

/** Talos's constants: the field manager and the inventory of its bootstrap manifests. */
export const FIELD_MANAGER = 'talos';
export const INVENTORY_NAMESPACE = 'kube-system';
export const INVENTORY_NAME = 'talos-bootstrap-manifests-inventory';
const INVENTORY_ANNOTATION = 'config.k8s.io/owning-inventory';

export interface ManifestSyncOutcome {
  ok: boolean;
  /** `Kind namespace/name` of every object applied, in order. */
  applied: string[];
  reason?: string;
}

const groupOf = (o: KubeObject) => (o.apiVersion?.includes('/') ? o.apiVersion.split('/')[0]! : '');
const subject = (o: KubeObject) =>
  `${o.kind} ${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata?.name}`;

/** go-kubernetes' staging: what others depend on first, then what pods mount, then the rest. */
function stage(o: KubeObject): number {
  if (o.kind === 'Namespace' || o.kind === 'CustomResourceDefinition' || o.kind === 'ClusterRole') return 0;
  if (o.kind === 'ConfigMap' || o.kind === 'Secret') return 1;
  return 2;
}

/** cli-utils' object key, as the inventory config map stores it: `namespace_name_group_kind`. */
function inventoryKey(o: KubeObject): string {
  const name = (o.metadata?.name ?? '').replace(/:/g, '__');
  return `${o.metadata?.namespace ?? ''}_${name}_${groupOf(o)}_${o.kind}`;
}

/** Whether a workload has rolled out (kstatus Current): observed, updated and available everywhere. */
function rolledOut(o: KubeObject): boolean {
  const gen = o.metadata?.generation ?? 0;
  const st = (o.status ?? {}) as Record<string, number | undefined>;
  if ((st.observedGeneration ?? 0) < gen) return false;
  if (o.kind === 'DaemonSet') {
    const desired = st.desiredNumberScheduled ?? 0;
    return (st.updatedNumberScheduled ?? 0) >= desired && (st.numberAvailable ?? 0) >= desired;
  }
  const replicas = (o.spec as { replicas?: number } | undefined)?.replicas ?? 1;
  return (st.updatedReplicas ?? 0) >= replicas && (st.availableReplicas ?? 0) >= replicas;
}

export async function syncBootstrapManifests(
  kube: KubernetesClient,
  manifests: readonly { id: string; objects: readonly Record<string, unknown>[] }[],
  opts: { clock: Clock; pollMs: number; timeoutMs: number; force?: boolean },
): Promise<ManifestSyncOutcome> {
  const objects = manifests.flatMap((m) => m.objects as KubeObject[]);
  const ordered = objects.map((o, i) => ({ o, i })).sort((a, b) => stage(a.o) - stage(b.o) || a.i - b.i);
  const applied: string[] = [];
  const workloads: KubeObject[] = [];
  for (const { o } of ordered) {
    const meta = o.metadata ?? {};
    const obj: KubeObject = {
      ...o,
      metadata: { ...meta, annotations: { ...meta.annotations, [INVENTORY_ANNOTATION]: INVENTORY_NAME } },
    };
    try {
      const live = await kube.apply(obj, FIELD_MANAGER, opts.force ?? false);
      if (o.kind === 'DaemonSet' || o.kind === 'Deployment') workloads.push(live);
    } catch (err) {
      const why =
        err instanceof KubernetesApiError && err.kind === 'conflict'
          ? `another field manager owns what Talos renders (${err.body?.message ?? err.message})`
          : err instanceof Error
            ? err.message
            : String(err);
      return { ok: false, applied, reason: `applying ${subject(o)} failed: ${why}` };
    }
    applied.push(subject(o));
  }
  const inventory: KubeObject = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: INVENTORY_NAME, namespace: INVENTORY_NAMESPACE },
    data: Object.fromEntries(objects.map((o) => [inventoryKey(o), ''])),
  } as KubeObject;
  try {
    await kube.apply(inventory, FIELD_MANAGER, true);
  } catch (err) {
    return { ok: false, applied, reason: `writing the inventory failed: ${(err as Error).message}` };
  }

  const deadline = opts.clock.now() + opts.timeoutMs;
  let pending = workloads;
  for (;;) {
    const states = await Promise.all(
      pending.map((w) => kube.getObject(w.apiVersion!, w.kind!, w.metadata?.namespace, w.metadata!.name!)),
    );
    pending = states.filter((w) => !rolledOut(w));
    if (pending.length === 0) return { ok: true, applied };
    if (opts.clock.now() >= deadline) {
      return {
        ok: false,
        applied,
        reason: `not rolled out within ${Math.round(opts.timeoutMs / 1000)}s: ${pending.map(subject).join(', ')}`,
      };
    }
    await opts.clock.sleep(opts.pollMs);
  }
}
