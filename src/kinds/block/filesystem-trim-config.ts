/** FilesystemTrimConfig (Talos `block.FilesystemTrimConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const FilesystemTrimConfig: KindEntry = {
  kind: 'FilesystemTrimConfig',
  group: 'block',
};
