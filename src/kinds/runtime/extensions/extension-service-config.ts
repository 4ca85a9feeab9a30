/** ExtensionServiceConfig (Talos `extensions.ServiceConfigV1Alpha1`). */
import type { KindEntry } from '../../types.js';

export const ExtensionServiceConfig: KindEntry = {
  kind: 'ExtensionServiceConfig',
  group: 'extensions',
};
