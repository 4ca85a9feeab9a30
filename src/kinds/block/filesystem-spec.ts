/** How a user volume is formatted (Talos's `block.FilesystemSpec` of UserVolumeConfig). */
import type { KindContext } from '../context.js';
import type { DocReport } from '../types.js';
import type { Obj } from '../values.js';
import { FILESYSTEM_TYPES, type FilesystemType, goEnum } from './enums.js';

/** Talos's `FilesystemSpec.IsZero`: no type, no project quota setting, no XFS options. */
export function filesystemIsZero(fs: Obj | undefined): boolean {
  const type = String(fs?.type ?? '').toLowerCase();
  return (type === '' || type === 'none') && fs?.projectQuotaSupport === undefined && fs?.xfs === undefined;
}

function supported(ctx: KindContext): FilesystemType[] {
  return ctx.since('1.14') ? ['none', 'xfs', 'ext4', 'btrfs'] : ['none', 'xfs', 'ext4'];
}

/** Talos's `FilesystemSpec.Validate`: the first problem only, as Talos returns it. */
export function checkFilesystem(fs: Obj | undefined, report: DocReport, ctx: KindContext): void {
  const type = goEnum(fs?.type, FILESYSTEM_TYPES, 'FilesystemType', ['filesystem', 'type'], report);
  if (type === undefined) return;
  if (!supported(ctx).includes(type)) {
    report.error(`unsupported filesystem type: ${type}`, ['filesystem', 'type']);
    return;
  }
  // an unset type formats as xfs
  const isXFS = type === 'none' || type === 'xfs';
  if (ctx.since('1.11') && fs?.projectQuotaSupport === true && !isXFS) {
    report.error('project quota support is only available for xfs filesystem', [
      'filesystem',
      'projectQuotaSupport',
    ]);
    return;
  }
  if (ctx.since('1.14') && fs?.xfs !== undefined && fs.xfs !== null && !isXFS)
    report.error('xfs options are only available for xfs filesystem', ['filesystem', 'xfs']);
}
