/** RegistryMirrorConfig (Talos `cri.RegistryMirrorConfigV1Alpha1`). Since Talos 1.12. */
import type { KindEntry } from '../types.js';

export const RegistryMirrorConfig: KindEntry = {
  kind: 'RegistryMirrorConfig',
  group: 'cri',
};
