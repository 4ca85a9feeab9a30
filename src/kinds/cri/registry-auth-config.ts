/** RegistryAuthConfig (Talos `cri.RegistryAuthConfigV1Alpha1`). Since Talos 1.12. */
import type { KindEntry } from '../types.js';

export const RegistryAuthConfig: KindEntry = {
  kind: 'RegistryAuthConfig',
  group: 'cri',
  secrets: ['password', 'auth', 'identityToken'],
};
