/** ImageCacheConfig (Talos `cri.ImageCacheConfigV1Alpha1`): the machine's local image cache. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { asObj } from '../values.js';

export const ImageCacheConfig: KindEntry = {
  kind: 'ImageCacheConfig',
  group: 'cri',
  conflictsWithV1alpha1(_body, v1, report) {
    // any .machine.features.imageCache block, enabled or not
    const legacy = asObj(asObj(v1.machine)?.features)?.imageCache;
    if (legacy !== undefined && legacy !== null)
      report.error('image cache config is already set in v1alpha1 config');
  },
};
