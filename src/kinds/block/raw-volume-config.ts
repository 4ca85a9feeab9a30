/** RawVolumeConfig (Talos `block.RawVolumeConfigV1Alpha1`). Since Talos 1.11. */
import type { KindEntry } from '../types.js';
import { ENCRYPTION_SECRETS } from './encryption-spec.js';

export const RawVolumeConfig: KindEntry = {
  kind: 'RawVolumeConfig',
  group: 'block',
  secrets: ENCRYPTION_SECRETS,
  apply: { rebootToTakeEffect: ['encryption'] },
};
