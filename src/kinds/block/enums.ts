/**
 * Talos's enum fields of the block and storage kinds (enumer types: case-insensitive names, the first
 * value is Go's zero value). A name outside the enum fails Talos's decoding with enumer's message.
 */
import type { Seg } from '../../validate/paths.js';
import type { DocReport } from '../types.js';
import { asStr } from '../values.js';

/**
 * The enum value `v` names (lower case), the zero value when absent, undefined (and an error at `segs`)
 * when it names none of `names`.
 */
export function goEnum<T extends string>(
  v: unknown,
  names: readonly T[],
  type: string,
  segs: Seg[],
  report: DocReport,
): T | undefined {
  if (v === undefined || v === null) return names[0];
  const s = asStr(v);
  const found = names.find((n) => n === s.toLowerCase());
  if (found === undefined) report.error(`${s} does not belong to ${type} values`, segs);
  return found;
}

/** Talos's `block.FilesystemType` names. */
export const FILESYSTEM_TYPES = [
  'none',
  'xfs',
  'vfat',
  'ext4',
  'iso9660',
  'swap',
  'virtiofs',
  'btrfs',
] as const;
export type FilesystemType = (typeof FILESYSTEM_TYPES)[number];

/** Talos's `block.VolumeType` names. */
export const VOLUME_TYPES = [
  'partition',
  'disk',
  'tmpfs',
  'directory',
  'symlink',
  'overlay',
  'external',
] as const;
