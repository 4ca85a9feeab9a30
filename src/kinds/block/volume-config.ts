/** VolumeConfig (Talos `block.VolumeConfigV1Alpha1`): a system volume's provisioning and encryption. */
import { parseBytes } from '../../go/humanize.js';
import type { KindContext } from '../context.js';
import type { KindEntry } from '../types.js';
import { asList, asObj, asStr, dig } from '../values.js';
import { checkEncryption, ENCRYPTION_SECRETS } from './encryption-spec.js';

function volumeNames(ctx: KindContext): string[] {
  if (!ctx.since('1.11')) return ['EPHEMERAL', 'IMAGECACHE'];
  if (!ctx.since('1.14')) return ['STATE', 'EPHEMERAL', 'IMAGECACHE'];
  return ['STATE', 'EPHEMERAL', 'IMAGECACHE', 'ETCD', 'CRI', 'KUBELET', 'LOG'];
}

function sizeOf(v: unknown): number | undefined {
  const s = typeof v === 'object' && v !== null ? asStr((v as { bytes?: string }).bytes) : asStr(v);
  if (s === '' || s.startsWith('-')) return undefined;
  return parseBytes(s);
}

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
    const provisioning = asObj(body.provisioning) ?? {};
    const encryption = asObj(body.encryption);
    if (name === 'STATE' && ctx.since('1.11')) {
      if (Object.keys(provisioning).length > 0)
        report.error(`provisioning config is not allowed for the ${JSON.stringify(name)} volume`, [
          'provisioning',
        ]);
      asList(encryption?.keys).forEach((k, i) => {
        if (asObj(k)?.lockToState === true)
          report.error(`state-locked key is not allowed for the ${JSON.stringify(name)} volume`, [
            'encryption',
            'keys',
            i,
            'lockToState',
          ]);
      });
    }
    const min = sizeOf(provisioning.minSize);
    const max = sizeOf(provisioning.maxSize);
    if (min !== undefined && max !== undefined && min > max)
      report.error('min size is greater than max size', ['provisioning']);
    if (asStr(provisioning.minSize).startsWith('-'))
      report.error('min size cannot be negative', ['provisioning', 'minSize']);
    if (ctx.since('1.11')) checkEncryption(encryption, report);
  },
  conflictsWithV1alpha1(body, v1, report) {
    const name = asStr(body.name);
    if ((name === 'STATE' || name === 'EPHEMERAL') && Object.keys(asObj(body.encryption) ?? {}).length > 0) {
      if (asObj(dig(v1, 'machine', 'systemDiskEncryption', name.toLowerCase())))
        report.error(
          `system disk encryption for ${JSON.stringify(name)} is configured in both v1alpha1.Config and VolumeConfig`,
        );
    }
  },
  apply: { rebootToTakeEffect: ['encryption'] },
  volumeEncryption: (body) => [{ volume: asStr(body.name), value: body.encryption, segs: ['encryption'] }],
};
