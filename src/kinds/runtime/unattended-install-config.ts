/** UnattendedInstallConfig (Talos `runtime.UnattendedInstallConfigV1Alpha1`). Since Talos 1.14. */
import type { KindEntry } from '../types.js';

export const UnattendedInstallConfig: KindEntry = {
  kind: 'UnattendedInstallConfig',
  group: 'runtime',
  images: [{ role: 'installer', path: ['installer', 'image'] }],
};
