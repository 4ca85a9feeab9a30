/** Plain result types returned by TalosClient, and the enum mappings behind them. */

/** ApplyConfiguration modes. The wire value of `reboot` is 0, the proto default. */
export type ApplyMode = 'reboot' | 'auto' | 'no-reboot' | 'staged' | 'try';

export const APPLY_MODE_WIRE: Readonly<Record<ApplyMode, number>> = {
  reboot: 0,
  auto: 1,
  'no-reboot': 2,
  staged: 3,
  try: 4,
};

export function applyModeFromWire(n: number): ApplyMode {
  const found = (Object.keys(APPLY_MODE_WIRE) as ApplyMode[]).find((k) => APPLY_MODE_WIRE[k] === n);
  if (!found) throw new RangeError(`unknown ApplyConfiguration mode ${n}`);
  return found;
}

export interface ApplyResult {
  /** The mode Talos used (for `auto`: `reboot` or `no-reboot`). */
  mode: ApplyMode;
  modeDetails: string;
  warnings: string[];
}

export interface NodeVersion {
  tag: string;
  sha: string;
  built: string;
  goVersion: string;
  os: string;
  arch: string;
  platform: { name: string; mode: string } | undefined;
  /** `machine.features.rbac`; undefined in maintenance mode. */
  rbac: boolean | undefined;
}

export const MACHINE_STAGES = [
  'unknown',
  'booting',
  'installing',
  'maintenance',
  'running',
  'rebooting',
  'shutting-down',
  'resetting',
  'upgrading',
] as const;
export type MachineStage = (typeof MACHINE_STAGES)[number];

export interface MachineStatus {
  stage: MachineStage;
  ready: boolean;
  unmetConditions: { name: string; reason: string }[];
}

export interface ServiceStatus {
  id: string;
  /** `Running`, `Waiting`, `Failed`, … (case as Talos reports it). */
  state: string;
  healthy: boolean;
  /** True for services without a health check. */
  healthUnknown: boolean;
  lastMessage: string;
  lastChange: Date | undefined;
  events: { msg: string; state: string; ts: Date | undefined }[];
}

export interface EtcdMember {
  id: bigint;
  /** Empty when the member was added but has not started yet. */
  hostname: string;
  peerUrls: string[];
  clientUrls: string[];
  isLearner: boolean;
}

export interface EtcdMemberStatus {
  memberId: bigint;
  /** 0 when the member knows no leader. */
  leader: bigint;
  protocolVersion: string;
  storageVersion: string;
  dbSize: bigint;
  dbSizeInUse: bigint;
  raftIndex: bigint;
  raftTerm: bigint;
  raftAppliedIndex: bigint;
  errors: string[];
  isLearner: boolean;
}

export type RebootMode = 'default' | 'powercycle' | 'force';
export const REBOOT_MODE_WIRE: Readonly<Record<RebootMode, number>> = { default: 0, powercycle: 1, force: 2 };

export interface UpgradeResult {
  ack: string;
  actorId: string;
}

/** `ghcr.io/siderolabs/installer:v1.11.6` -> `v1.11.6` (digest suffixes ignored); undefined without a tag. */
export function imageTag(image: string): string | undefined {
  const noDigest = image.split('@')[0]!;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > lastSlash ? noDigest.slice(colon + 1) : undefined;
}

/** google.protobuf.Timestamp to Date (undefined for unset/zero). */
export function timestampToDate(ts: { seconds?: bigint; nanos?: number } | undefined): Date | undefined {
  if (!ts || (!ts.seconds && !ts.nanos)) return undefined;
  return new Date(Number(ts.seconds ?? 0n) * 1000 + Math.floor((ts.nanos ?? 0) / 1e6));
}

export function dateToTimestamp(d: Date): { seconds: bigint; nanos: number } {
  const ms = d.getTime();
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1e6 };
}
