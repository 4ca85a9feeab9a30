/**
 * The name rules of the named volume kinds: Talos prefixes a volume's partition label (`u-`, `r-`, `s-`,
 * `x-`) and a label is at most 36 characters, so names are at most 34; LVM and RAID names allow `_` too.
 */
import type { DocReport } from '../types.js';

/** Talos's `PartitionLabelLength - len(prefix)` for the two-character volume prefixes. */
export const MAX_VOLUME_NAME = 34;

export function checkVolumeName(
  name: string,
  report: DocReport,
  opts: { max?: number; underscores?: boolean } = {},
): void {
  if (name === '') report.error('name is required', ['name']);
  // Go counts bytes
  const length = Buffer.byteLength(name, 'utf8');
  if (opts.max !== undefined && (length < 1 || length > opts.max))
    report.error(`name must be between 1 and ${opts.max} characters long`, ['name']);
  const allowed = opts.underscores ? /^[A-Za-z0-9_-]*$/ : /^[A-Za-z0-9-]*$/;
  if (!allowed.test(name))
    report.error(
      opts.underscores
        ? 'name can only contain ASCII letters, digits, hyphens and underscores'
        : 'name can only contain lowercase and uppercase ASCII letters, digits, and hyphens',
      ['name'],
    );
}
