/** TrustedRootsConfig (Talos `security.TrustedRootsConfigV1Alpha1`). */
import type { KindEntry } from '../types.js';

export const TrustedRootsConfig: KindEntry = {
  kind: 'TrustedRootsConfig',
  group: 'security',
};
