/**
 * Where a volume goes (Talos's `block.ProvisioningSpec`, shared by VolumeConfig, UserVolumeConfig,
 * RawVolumeConfig and SwapVolumeConfig): a CEL disk selector and a size range.
 */
import type { KindContext } from '../context.js';
import { celBoolError } from '../shared/cel/index.js';
import type { DocReport } from '../types.js';
import { asObj, asStr, type Obj } from '../values.js';
import { checkSign, sizeOf } from './sizes.js';

const diskSelector = (prov: Obj | undefined): string => asStr(asObj(prov?.diskSelector)?.match);

/** Talos's `ProvisioningSpec.IsZero`. */
export function provisioningIsZero(prov: Obj | undefined): boolean {
  return (
    prov?.grow === undefined &&
    sizeOf(prov?.minSize) === undefined &&
    sizeOf(prov?.maxSize) === undefined &&
    diskSelector(prov) === ''
  );
}

/** Talos's `ProvisioningRequested`: any of selector, grow, min or max size set. */
export const provisioningRequested = (prov: Obj | undefined): boolean => !provisioningIsZero(prov);

/**
 * Talos's `ProvisioningSpec.Validate(required, sizeSupported)`. `sizeSupported` exists from Talos 1.12
 * (a whole-disk volume takes no sizes); before, sizes are always checked.
 */
export function checkProvisioning(
  prov: Obj | undefined,
  report: DocReport,
  ctx: KindContext,
  opts: { required: boolean; sizeSupported: boolean },
): void {
  const at = (...segs: string[]) => (prov === undefined ? [] : ['provisioning', ...segs]);
  const match = diskSelector(prov);
  if (match !== '') {
    const problem = celBoolError(match, 'DiskLocator', ctx.contract);
    if (problem) report.error(`disk selector is invalid: ${problem}`, at('diskSelector', 'match'));
  } else if (opts.required) report.error('disk selector is required', at());

  const min = sizeOf(prov?.minSize);
  const max = sizeOf(prov?.maxSize);
  const minOk = checkSign(min, at('minSize'), report, ctx);
  const maxOk = checkSign(max, at('maxSize'), report, ctx);
  if (!minOk || !maxOk) return;
  if (!ctx.since('1.12') || opts.sizeSupported) {
    if (min && max && !max.relative && !max.negative) {
      if (min.value > max.value) report.error('min size is greater than max size', at());
    } else if (opts.required && !min && !max) report.error('min size or max size is required', at());
    if (min?.negative) report.error('min size cannot be negative', at('minSize'));
  } else if (min || max || prov?.grow !== undefined)
    report.error('min size, max size and grow are not supported', at());
}
