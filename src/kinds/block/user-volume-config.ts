/** UserVolumeConfig (Talos `block.UserVolumeConfigV1Alpha1`). */
import type { KindEntry } from '../types.js';
import { ENCRYPTION_SECRETS } from './encryption-spec.js';

export const UserVolumeConfig: KindEntry = {
  kind: 'UserVolumeConfig',
  group: 'block',
  secrets: ENCRYPTION_SECRETS,
  apply: { rebootToTakeEffect: ['encryption'] },
};
