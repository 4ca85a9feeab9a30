/**
 * VolumeConfig (Talos `block.VolumeConfigV1Alpha1`): a system volume's provisioning and encryption,
 * and from Talos 1.14 its mount options, XFS options, trim and scrub, and the dedicated volumes (ETCD,
 * CRI, KUBELET, LOG) a system directory may be promoted to.
 */
import type { KindContext } from '../context.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr, dig } from '../values.js';
import { checkEncryption, ENCRYPTION_SECRETS } from './encryption-spec.js';
import { checkProvisioning, provisioningIsZero, provisioningRequested } from './provisioning-spec.js';
import { checkVolumeMaintenance } from './volume-maintenance.js';

function volumeNames(ctx: KindContext): string[] {
  if (!ctx.since('1.11')) return ['EPHEMERAL', 'IMAGECACHE'];
  if (!ctx.since('1.14')) return ['STATE', 'EPHEMERAL', 'IMAGECACHE'];
  return ['STATE', 'EPHEMERAL', 'IMAGECACHE', 'ETCD', 'CRI', 'KUBELET', 'LOG'];
}

const DEDICATED = ['ETCD', 'CRI', 'KUBELET', 'LOG'];

export const VolumeConfig: KindEntry = {
  kind: 'VolumeConfig',
  group: 'block',
  secrets: ENCRYPTION_SECRETS,
  validate(body, report, ctx) {
    const name = asStr(body.name);
    const allowed = volumeNames(ctx);
    if (!allowed.includes(name)) {
      report.error(`only [${allowed.map((n) => JSON.stringify(n)).join(' ')}] volumes are supported`, [
        'name',
      ]);
      return;
    }
    const provisioning = asObj(body.provisioning);
    const encryption = asObj(body.encryption);
    const mountSet = Object.keys(asObj(body.mount) ?? {}).length > 0;
    const q = JSON.stringify(name);
    if (name === 'STATE' && ctx.since('1.11')) {
      if (!provisioningIsZero(provisioning))
        report.error(`provisioning config is not allowed for the ${q} volume`, ['provisioning']);
      asList(encryption?.keys).forEach((k, i) => {
        if (asObj(k)?.lockToState === true)
          report.error(`state-locked key is not allowed for the ${q} volume`, [
            'encryption',
            'keys',
            i,
            'lockToState',
          ]);
      });
    }
    if (ctx.since('1.14')) {
      if ((name === 'STATE' || name === 'IMAGECACHE') && mountSet)
        report.error(`mount config is not allowed for the ${q} volume`, ['mount']);
      if (name === 'IMAGECACHE' && dig(body, 'filesystem', 'xfs') !== undefined)
        report.error(`filesystem config is not allowed for the ${q} volume`, ['filesystem']);
      if (DEDICATED.includes(name) && mountSet && !provisioningRequested(provisioning))
        report.error(
          `mount config for the ${q} volume is only supported when it is provisioned onto a dedicated partition`,
          ['mount'],
        );
    }
    checkProvisioning(provisioning, report, ctx, { required: false, sizeSupported: true });
    if (ctx.since('1.11')) checkEncryption(encryption, report, ctx);
    checkVolumeMaintenance(body, report, ctx);
  },
  conflictsWithV1alpha1(body, v1, report, ctx) {
    // a container rule in 1.11, the kind's own from 1.12: the same outcome
    if (!ctx.since('1.11')) return;
    const name = asStr(body.name);
    // Talos's VolumeConfig.Encryption() is nil without a provider
    const provider = asStr(asObj(body.encryption)?.provider).toLowerCase();
    if ((name === 'STATE' || name === 'EPHEMERAL') && provider !== '' && provider !== 'none') {
      if (asObj(dig(v1, 'machine', 'systemDiskEncryption', name.toLowerCase())))
        report.error(
          `system disk encryption for ${JSON.stringify(name)} is configured in both v1alpha1.Config and VolumeConfig`,
        );
    }
  },
  apply: { rebootToTakeEffect: ['encryption'] },
  volumeEncryption: (body) => [{ volume: asStr(body.name), value: body.encryption, segs: ['encryption'] }],
};
