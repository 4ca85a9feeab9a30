/**
 * Talos API roles (carried as the client certificate's Organization entries) and the role each
 * method called here needs, as machined enforces it. A method without a rule needs os:admin.
 */

export const TALOS_ROLES = [
  'os:admin',
  'os:operator',
  'os:reader',
  'os:etcd:backup',
  'os:impersonator',
] as const;
export type TalosRole = (typeof TALOS_ROLES)[number];

const ADMIN = ['os:admin'] as const;
const OPERATOR = ['os:admin', 'os:operator'] as const;
const READER = ['os:admin', 'os:operator', 'os:reader'] as const;
const ETCD_READ = ['os:admin', 'os:operator', 'os:reader', 'os:etcd:backup'] as const;

export const METHOD_ROLES: Readonly<Record<string, readonly TalosRole[]>> = {
  '/machine.MachineService/ApplyConfiguration': ADMIN,
  '/machine.MachineService/Bootstrap': ADMIN,
  '/machine.MachineService/EtcdRemoveMemberByID': ADMIN,
  '/machine.MachineService/Reset': ADMIN,
  '/machine.MachineService/List': READER,
  '/machine.MachineService/EtcdForfeitLeadership': ADMIN,
  '/machine.MachineService/EtcdLeaveCluster': ADMIN,
  '/machine.MachineService/Read': ADMIN,
  '/machine.MachineService/Upgrade': ADMIN,
  '/machine.LifecycleService/Upgrade': ADMIN,
  '/machine.MachineService/Reboot': OPERATOR,
  '/machine.MachineService/Version': READER,
  '/machine.MachineService/ServiceList': READER,
  '/machine.MachineService/SystemStat': READER,
  '/machine.MachineService/Events': READER,
  '/machine.MachineService/EtcdMemberList': ETCD_READ,
  '/machine.MachineService/EtcdStatus': ETCD_READ,
  '/cosi.resource.State/Get': READER,
  '/cosi.resource.State/List': READER,
  '/cosi.resource.State/Watch': READER,
};

/**
 * COSI resource types whose definition is marked sensitive: reading them needs os:admin even
 * though Get itself is open to readers.
 */
export const SENSITIVE_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  'MachineConfigs.config.talos.dev',
  'OSRootSecrets.secrets.talos.dev',
  'KubernetesRootSecrets.secrets.talos.dev',
  'EtcdRootSecrets.secrets.talos.dev',
  'TrustdRootSecrets.secrets.talos.dev',
]);

export function rolesFor(methodPath: string): readonly TalosRole[] {
  return METHOD_ROLES[methodPath] ?? ADMIN;
}

/** Known roles among a certificate's Organization entries; unknown and empty ones are ignored. */
export function rolesFromOrganizations(organizations: readonly string[]): TalosRole[] {
  return organizations.filter((o): o is TalosRole => (TALOS_ROLES as readonly string[]).includes(o));
}

export function isAuthorized(allowed: readonly string[], roles: readonly string[]): boolean {
  return roles.some((r) => allowed.includes(r));
}
