/** FilesystemScrubConfig (Talos `block.FilesystemScrubConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const FilesystemScrubConfig: KindEntry = {
  kind: 'FilesystemScrubConfig',
  group: 'block',
};
