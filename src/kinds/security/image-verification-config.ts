/** ImageVerificationConfig (Talos `security.ImageVerificationConfigV1Alpha1`). Since Talos 1.13. */
import type { KindEntry } from '../types.js';

export const ImageVerificationConfig: KindEntry = {
  kind: 'ImageVerificationConfig',
  group: 'security',
};
