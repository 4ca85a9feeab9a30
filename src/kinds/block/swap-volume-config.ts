/** SwapVolumeConfig (Talos `block.SwapVolumeConfigV1Alpha1`). Since Talos 1.11. */
import type { KindEntry } from '../types.js';
import { ENCRYPTION_SECRETS } from './encryption-spec.js';

export const SwapVolumeConfig: KindEntry = {
  kind: 'SwapVolumeConfig',
  group: 'block',
  secrets: ENCRYPTION_SECRETS,
  apply: { rebootToTakeEffect: ['encryption'] },
};
