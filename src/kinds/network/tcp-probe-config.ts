/** TCPProbeConfig (Talos `network.TCPProbeConfigV1Alpha1`). Since Talos 1.13. */
import type { KindEntry } from '../types.js';

export const TCPProbeConfig: KindEntry = {
  kind: 'TCPProbeConfig',
  group: 'network',
};
