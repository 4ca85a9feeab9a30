/** RawVolumeConfig (Talos `block.RawVolumeConfigV1Alpha1`): an unformatted partition. Since Talos 1.11. */
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';
import { checkEncryption, ENCRYPTION_SECRETS } from './encryption-spec.js';
import { checkProvisioning } from './provisioning-spec.js';
import { checkVolumeName, MAX_VOLUME_NAME } from './volume-name.js';

export const RawVolumeConfig: KindEntry = {
  kind: 'RawVolumeConfig',
  group: 'block',
  secrets: ENCRYPTION_SECRETS,
  validate(body, report, ctx) {
    checkVolumeName(asStr(body.name), report, { max: MAX_VOLUME_NAME });
    checkProvisioning(asObj(body.provisioning), report, ctx, { required: true, sizeSupported: true });
    checkEncryption(asObj(body.encryption), report, ctx);
  },
  apply: { rebootToTakeEffect: ['encryption'] },
};
