/** RegistryTLSConfig (Talos `cri.RegistryTLSConfigV1Alpha1`). Since Talos 1.12. */
import type { KindEntry } from '../types.js';

export const RegistryTLSConfig: KindEntry = {
  kind: 'RegistryTLSConfig',
  group: 'cri',
  // Talos 1.12 also redacted the CA it trusts
  secrets: ['ca', 'clientIdentity.key'],
};
