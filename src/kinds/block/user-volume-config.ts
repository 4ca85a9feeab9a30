/**
 * UserVolumeConfig (Talos `block.UserVolumeConfigV1Alpha1`): a volume of the user's, mounted under
 * `/var/mnt/<name>` — a partition (the default), from Talos 1.12 a whole disk or a directory.
 */
import type { KindEntry } from '../types.js';
import { asObj, asStr } from '../values.js';
import { checkEncryption, ENCRYPTION_SECRETS, encryptionIsZero } from './encryption-spec.js';
import { goEnum, VOLUME_TYPES } from './enums.js';
import { checkFilesystem, filesystemIsZero } from './filesystem-spec.js';
import { checkProvisioning, provisioningIsZero } from './provisioning-spec.js';
import { checkVolumeMaintenance } from './volume-maintenance.js';
import { checkVolumeName, MAX_VOLUME_NAME } from './volume-name.js';

export const UserVolumeConfig: KindEntry = {
  kind: 'UserVolumeConfig',
  group: 'block',
  secrets: ENCRYPTION_SECRETS,
  validate(body, report, ctx) {
    checkVolumeName(asStr(body.name), report, { max: MAX_VOLUME_NAME });
    const prov = asObj(body.provisioning);
    const fs = asObj(body.filesystem);
    const enc = asObj(body.encryption);
    const volumes = () => {
      checkFilesystem(fs, report, ctx);
      checkEncryption(enc, report, ctx);
    };
    // the volume type exists from Talos 1.12; before, every user volume is a partition
    const type = ctx.since('1.12')
      ? goEnum(body.volumeType, VOLUME_TYPES, 'VolumeType', ['volumeType'], report)
      : 'partition';
    switch (type) {
      case undefined:
        break;
      case 'partition':
        checkProvisioning(prov, report, ctx, { required: true, sizeSupported: true });
        volumes();
        break;
      case 'disk':
        checkProvisioning(prov, report, ctx, { required: true, sizeSupported: false });
        volumes();
        break;
      case 'directory':
        if (!provisioningIsZero(prov))
          report.error('provisioning spec is invalid for volumeType directory', ['provisioning']);
        if (!encryptionIsZero(enc))
          report.error('encryption spec is invalid for volumeType directory', ['encryption']);
        if (!filesystemIsZero(fs))
          report.error('filesystem spec is invalid for volumeType directory', ['filesystem']);
        if (ctx.since('1.13') && Object.keys(asObj(body.mount) ?? {}).length > 0)
          report.error('mount spec is invalid for volumeType directory', ['mount']);
        break;
      default:
        report.error(`unsupported volume type ${JSON.stringify(type)}`, ['volumeType']);
    }
    checkVolumeMaintenance(body, report, ctx);
  },
  conflictsWithKinds: ['ExistingVolumeConfig'],
  apply: { rebootToTakeEffect: ['encryption'] },
};
