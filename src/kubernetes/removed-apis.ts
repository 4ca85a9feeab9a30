/**
 * The API resources a Kubernetes minor release removes, as `talosctl upgrade-k8s` checks them before
 * an upgrade (go-kubernetes' `upgrade` checks, after Kubernetes's deprecation guide): upgrading
 * from `1.X` to `1.X+1` while objects of these resources exist would lose them.
 */

export interface RemovedResource {
  group: string;
  version: string;
  /** The resource's plural name, as its API path has it. */
  resource: string;
}

/** `resource.version.group` (go-kubernetes' notation) by upgrade path `1.X->1.Y`. */
const REMOVED: Record<string, readonly string[]> = {
  '1.24->1.25': ['podsecuritypolicies.v1beta1.policy'],
  '1.28->1.29': ['clustercidrs.v1alpha1.networking.k8s.io'],
  '1.31->1.32': ['podschedulingcontexts.v1alpha3.resource.k8s.io'],
  '1.36->1.37': ['workloads.v1alpha2.scheduling.k8s.io', 'podgroups.v1alpha2.scheduling.k8s.io'],
};

function parse(arg: string): RemovedResource {
  const [resource, version, ...group] = arg.split('.');
  return { resource: resource!, version: version!, group: group.join('.') };
}

/** `1.X->1.Y` for two versions (`v1.31.4`, `1.32.0`). */
export function upgradePath(from: string, to: string): string | undefined {
  const a = /^v?(\d+)\.(\d+)/.exec(from);
  const b = /^v?(\d+)\.(\d+)/.exec(to);
  return a && b ? `${a[1]}.${a[2]}->${b[1]}.${b[2]}` : undefined;
}

/**
 * Whether `talosctl upgrade-k8s` takes this path: the same minor, or the next one (never two at
 * once, never down).
 */
export function upgradePathSupported(from: string, to: string): boolean {
  const a = /^v?(\d+)\.(\d+)/.exec(from);
  const b = /^v?(\d+)\.(\d+)/.exec(to);
  if (!a || !b || a[1] !== b[1]) return false;
  const step = Number(b[2]) - Number(a[2]);
  return step === 0 || step === 1;
}

export function removedResources(from: string, to: string): RemovedResource[] {
  const path = upgradePath(from, to);
  return (path ? (REMOVED[path] ?? []) : []).map(parse);
}
