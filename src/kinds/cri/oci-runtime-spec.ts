/** The OCI runtime spec's Go types (opencontainers/runtime-spec v1.3.0 specs-go, as Talos 1.14 builds
 * against): each struct's JSON fields and their Go types, pointers dropped (null is their zero value). */
export const OCI_STRUCTS: Record<string, Record<string, string>> = {
  Box: { height: 'uint', width: 'uint' },
  CPUAffinity: { initial: 'string', final: 'string' },
  FreeBSD: { devices: '[]FreeBSDDevice', jail: 'FreeBSDJail' },
  FreeBSDDevice: { path: 'string', mode: 'uint32' },
  FreeBSDJail: {
    parent: 'string',
    host: 'string',
    ip4: 'string',
    ip4Addr: '[]string',
    ip6: 'string',
    ip6Addr: '[]string',
    vnet: 'string',
    interface: 'string',
    vnetInterfaces: '[]string',
    sysvmsg: 'string',
    sysvsem: 'string',
    sysvshm: 'string',
    enforceStatfs: 'int',
    allow: 'FreeBSDJailAllow',
  },
  FreeBSDJailAllow: {
    setHostname: 'bool',
    rawSockets: 'bool',
    chflags: 'bool',
    mount: '[]string',
    quotas: 'bool',
    socketAf: 'bool',
    mlock: 'bool',
    reservedPorts: 'bool',
    suser: 'bool',
  },
  HWConfig: {
    deviceTree: 'string',
    vcpus: 'uint32',
    memory: 'uint64',
    dtdevs: '[]string',
    iomems: '[]IOMems',
    irqs: '[]uint32',
  },
  Hook: { path: 'string', args: '[]string', env: '[]string', timeout: 'int' },
  Hooks: {
    prestart: '[]Hook',
    createRuntime: '[]Hook',
    createContainer: '[]Hook',
    startContainer: '[]Hook',
    poststart: '[]Hook',
    poststop: '[]Hook',
  },
  IOMems: { firstGFN: 'uint64', firstMFN: 'uint64', nrMFNs: 'uint64' },
  Linux: {
    uidMappings: '[]LinuxIDMapping',
    gidMappings: '[]LinuxIDMapping',
    sysctl: 'map[string]string',
    resources: 'LinuxResources',
    cgroupsPath: 'string',
    namespaces: '[]LinuxNamespace',
    devices: '[]LinuxDevice',
    netDevices: 'map[string]LinuxNetDevice',
    seccomp: 'LinuxSeccomp',
    rootfsPropagation: 'string',
    maskedPaths: '[]string',
    readonlyPaths: '[]string',
    mountLabel: 'string',
    intelRdt: 'LinuxIntelRdt',
    memoryPolicy: 'LinuxMemoryPolicy',
    personality: 'LinuxPersonality',
    timeOffsets: 'map[string]LinuxTimeOffset',
  },
  LinuxBlockIO: {
    weight: 'uint16',
    leafWeight: 'uint16',
    weightDevice: '[]LinuxWeightDevice',
    throttleReadBpsDevice: '[]LinuxThrottleDevice',
    throttleWriteBpsDevice: '[]LinuxThrottleDevice',
    throttleReadIOPSDevice: '[]LinuxThrottleDevice',
    throttleWriteIOPSDevice: '[]LinuxThrottleDevice',
  },
  LinuxBlockIODevice: { major: 'int64', minor: 'int64' },
  LinuxCPU: {
    shares: 'uint64',
    quota: 'int64',
    burst: 'uint64',
    period: 'uint64',
    realtimeRuntime: 'int64',
    realtimePeriod: 'uint64',
    cpus: 'string',
    mems: 'string',
    idle: 'int64',
  },
  LinuxCapabilities: {
    bounding: '[]string',
    effective: '[]string',
    inheritable: '[]string',
    permitted: '[]string',
    ambient: '[]string',
  },
  LinuxDevice: {
    path: 'string',
    type: 'string',
    major: 'int64',
    minor: 'int64',
    fileMode: 'uint32',
    uid: 'uint32',
    gid: 'uint32',
  },
  LinuxDeviceCgroup: { allow: 'bool', type: 'string', major: 'int64', minor: 'int64', access: 'string' },
  LinuxHugepageLimit: { pageSize: 'string', limit: 'uint64' },
  LinuxIDMapping: { containerID: 'uint32', hostID: 'uint32', size: 'uint32' },
  LinuxIOPriority: { class: 'string', priority: 'int' },
  LinuxIntelRdt: {
    closID: 'string',
    schemata: '[]string',
    l3CacheSchema: 'string',
    memBwSchema: 'string',
    enableMonitoring: 'bool',
  },
  LinuxInterfacePriority: { name: 'string', priority: 'uint32' },
  LinuxMemory: {
    limit: 'int64',
    reservation: 'int64',
    swap: 'int64',
    kernel: 'int64',
    kernelTCP: 'int64',
    swappiness: 'uint64',
    disableOOMKiller: 'bool',
    useHierarchy: 'bool',
    checkBeforeUpdate: 'bool',
  },
  LinuxMemoryPolicy: { mode: 'string', nodes: 'string', flags: '[]string' },
  LinuxNamespace: { type: 'string', path: 'string' },
  LinuxNetDevice: { name: 'string' },
  LinuxNetwork: { classID: 'uint32', priorities: '[]LinuxInterfacePriority' },
  LinuxPersonality: { domain: 'string', flags: '[]string' },
  LinuxPids: { limit: 'int64' },
  LinuxRdma: { hcaHandles: 'uint32', hcaObjects: 'uint32' },
  LinuxResources: {
    devices: '[]LinuxDeviceCgroup',
    memory: 'LinuxMemory',
    cpu: 'LinuxCPU',
    pids: 'LinuxPids',
    blockIO: 'LinuxBlockIO',
    hugepageLimits: '[]LinuxHugepageLimit',
    network: 'LinuxNetwork',
    rdma: 'map[string]LinuxRdma',
    unified: 'map[string]string',
  },
  LinuxSeccomp: {
    defaultAction: 'string',
    defaultErrnoRet: 'uint',
    architectures: '[]string',
    flags: '[]string',
    listenerPath: 'string',
    listenerMetadata: 'string',
    syscalls: '[]LinuxSyscall',
  },
  LinuxSeccompArg: { index: 'uint', value: 'uint64', valueTwo: 'uint64', op: 'string' },
  LinuxSyscall: { names: '[]string', action: 'string', errnoRet: 'uint', args: '[]LinuxSeccompArg' },
  LinuxThrottleDevice: { major: 'int64', minor: 'int64', rate: 'uint64' },
  LinuxTimeOffset: { secs: 'int64', nanosecs: 'uint32' },
  LinuxWeightDevice: { major: 'int64', minor: 'int64', weight: 'uint16', leafWeight: 'uint16' },
  Mount: {
    destination: 'string',
    type: 'string',
    source: 'string',
    options: '[]string',
    uidMappings: '[]LinuxIDMapping',
    gidMappings: '[]LinuxIDMapping',
  },
  POSIXRlimit: { type: 'string', hard: 'uint64', soft: 'uint64' },
  Process: {
    terminal: 'bool',
    consoleSize: 'Box',
    user: 'User',
    args: '[]string',
    commandLine: 'string',
    env: '[]string',
    cwd: 'string',
    capabilities: 'LinuxCapabilities',
    rlimits: '[]POSIXRlimit',
    noNewPrivileges: 'bool',
    apparmorProfile: 'string',
    oomScoreAdj: 'int',
    scheduler: 'Scheduler',
    selinuxLabel: 'string',
    ioPriority: 'LinuxIOPriority',
    execCPUAffinity: 'CPUAffinity',
  },
  Root: { path: 'string', readonly: 'bool' },
  Scheduler: {
    policy: 'string',
    nice: 'int32',
    priority: 'int32',
    flags: '[]string',
    runtime: 'uint64',
    deadline: 'uint64',
    period: 'uint64',
  },
  Solaris: {
    milestone: 'string',
    limitpriv: 'string',
    maxShmMemory: 'string',
    anet: '[]SolarisAnet',
    cappedCPU: 'SolarisCappedCPU',
    cappedMemory: 'SolarisCappedMemory',
  },
  SolarisAnet: {
    linkname: 'string',
    lowerLink: 'string',
    allowedAddress: 'string',
    configureAllowedAddress: 'string',
    defrouter: 'string',
    linkProtection: 'string',
    macAddress: 'string',
  },
  SolarisCappedCPU: { ncpus: 'string' },
  SolarisCappedMemory: { physical: 'string', swap: 'string' },
  Spec: {
    ociVersion: 'string',
    process: 'Process',
    root: 'Root',
    hostname: 'string',
    domainname: 'string',
    mounts: '[]Mount',
    hooks: 'Hooks',
    annotations: 'map[string]string',
    linux: 'Linux',
    solaris: 'Solaris',
    windows: 'Windows',
    vm: 'VM',
    zos: 'ZOS',
    freebsd: 'FreeBSD',
  },
  User: { uid: 'uint32', gid: 'uint32', umask: 'uint32', additionalGids: '[]uint32', username: 'string' },
  VM: { hypervisor: 'VMHypervisor', kernel: 'VMKernel', image: 'VMImage', hwconfig: 'HWConfig' },
  VMHypervisor: { path: 'string', parameters: '[]string' },
  VMImage: { path: 'string', format: 'string' },
  VMKernel: { path: 'string', parameters: '[]string', initrd: 'string' },
  Windows: {
    layerFolders: '[]string',
    devices: '[]WindowsDevice',
    resources: 'WindowsResources',
    credentialSpec: 'any',
    servicing: 'bool',
    ignoreFlushesDuringBoot: 'bool',
    hyperv: 'WindowsHyperV',
    network: 'WindowsNetwork',
  },
  WindowsCPUGroupAffinity: { mask: 'uint64', group: 'uint32' },
  WindowsCPUResources: {
    count: 'uint64',
    shares: 'uint16',
    maximum: 'uint16',
    affinity: '[]WindowsCPUGroupAffinity',
  },
  WindowsDevice: { id: 'string', idType: 'string' },
  WindowsHyperV: { utilityVMPath: 'string' },
  WindowsMemoryResources: { limit: 'uint64' },
  WindowsNetwork: {
    endpointList: '[]string',
    allowUnqualifiedDNSQuery: 'bool',
    DNSSearchList: '[]string',
    networkSharedContainerName: 'string',
    networkNamespace: 'string',
  },
  WindowsResources: {
    memory: 'WindowsMemoryResources',
    cpu: 'WindowsCPUResources',
    storage: 'WindowsStorageResources',
  },
  WindowsStorageResources: { iops: 'uint64', bps: 'uint64', sandboxSize: 'uint64' },
  ZOS: { namespaces: '[]ZOSNamespace' },
  ZOSNamespace: { type: 'string', path: 'string' },
};

const INT_RANGES: Record<string, [number, number]> = {
  int: [-(2 ** 63), 2 ** 63 - 1],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [-(2 ** 63), 2 ** 63 - 1],
  uint: [0, 2 ** 64 - 1],
  uint16: [0, 2 ** 16 - 1],
  uint32: [0, 2 ** 32 - 1],
  uint64: [0, 2 ** 64 - 1],
};

const jsonKind = (v: unknown) =>
  Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v === 'boolean' ? 'bool' : typeof v;

const goTypeName = (t: string): string =>
  t.startsWith('[]')
    ? `[]${goTypeName(t.slice(2))}`
    : t.startsWith('map[string]')
      ? `map[string]${goTypeName(t.slice(11))}`
      : OCI_STRUCTS[t]
        ? `specs.${t}`
        : t === 'any'
          ? 'interface {}'
          : t;

interface Where {
  struct: string;
  path: string[];
}

/**
 * The first error Go's json.Unmarshal reports decoding `value` (plain JSON data) into the Go type
 * `type` (a name of this table, a primitive, `[]T` or `map[string]T`), or undefined. Unknown keys
 * are ignored and keys match field names case-insensitively, as in encoding/json.
 */
function decodeError(value: unknown, type: string, where: Where): string | undefined {
  if (value === null || value === undefined || type === 'any') return undefined;
  const mismatch = (shown: string) =>
    `json: cannot unmarshal ${shown} into Go ${where.path.length > 0 ? `struct field ${where.struct}.${where.path.join('.')}` : 'value'} of type ${goTypeName(type)}`;
  if (type.startsWith('[]')) {
    if (!Array.isArray(value)) return mismatch(jsonKind(value));
    for (const item of value) {
      const err = decodeError(item, type.slice(2), where);
      if (err) return err;
    }
    return undefined;
  }
  const isMap = type.startsWith('map[string]');
  const fields = isMap ? undefined : OCI_STRUCTS[type];
  if (isMap || fields) {
    if (jsonKind(value) !== 'object') return mismatch(jsonKind(value));
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (isMap) {
        const err = decodeError(v, type.slice(11), { ...where, path: [...where.path, key] });
        if (err) return err;
        continue;
      }
      const name =
        key in fields! ? key : Object.keys(fields!).find((f) => f.toLowerCase() === key.toLowerCase());
      if (name === undefined) continue;
      const err = decodeError(v, fields![name]!, { struct: type, path: [...where.path, name] });
      if (err) return err;
    }
    return undefined;
  }
  if (type === 'string') return typeof value === 'string' ? undefined : mismatch(jsonKind(value));
  if (type === 'bool') return typeof value === 'boolean' ? undefined : mismatch(jsonKind(value));
  const range = INT_RANGES[type];
  if (range) {
    if (typeof value !== 'number') return mismatch(jsonKind(value));
    if (!Number.isInteger(value) || value < range[0] || value > range[1]) return mismatch(`number ${value}`);
  }
  return undefined;
}

/** Talos's check of base runtime spec overrides: they must decode into an OCI runtime spec. */
export function ociSpecError(overrides: unknown): string | undefined {
  return decodeError(overrides, 'Spec', { struct: 'Spec', path: [] });
}
