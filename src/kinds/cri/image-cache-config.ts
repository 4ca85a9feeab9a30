/** ImageCacheConfig (Talos `cri.ImageCacheConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const ImageCacheConfig: KindEntry = {
  kind: 'ImageCacheConfig',
  group: 'cri',
};
