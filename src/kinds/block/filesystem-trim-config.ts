/** FilesystemTrimConfig (Talos `block.FilesystemTrimConfigV1Alpha1`): how often filesystems are trimmed. Since Talos 1.14. */
import type { KindEntry } from '../types.js';
import { negativeTrimInterval } from './volume-maintenance.js';

export const FilesystemTrimConfig: KindEntry = {
  kind: 'FilesystemTrimConfig',
  group: 'block',
  validate(body, report) {
    if (negativeTrimInterval(body.interval)) report.error('interval cannot be negative', ['interval']);
  },
};
