/** FilesystemScrubConfig (Talos `block.FilesystemScrubConfigV1Alpha1`): how often filesystems are scrubbed. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { scrubIntervalTooShort } from './volume-maintenance.js';

export const FilesystemScrubConfig: KindEntry = {
  kind: 'FilesystemScrubConfig',
  group: 'block',
  validate(body, report) {
    const problem = scrubIntervalTooShort(body.interval);
    if (problem) report.error(problem, ['interval']);
  },
};
