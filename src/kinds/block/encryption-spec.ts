/**
 * The encryption block the volume kinds share (Talos's `block.EncryptionSpec`, embedded by VolumeConfig,
 * UserVolumeConfig, RawVolumeConfig and SwapVolumeConfig): its validation and its secret field.
 */
import type { DocReport } from '../types.js';
import { asList, asObj, asStr, type Obj } from '../values.js';

/** The LUKS passphrases Talos's `EncryptionSpec.Redact` replaces. */
export const ENCRYPTION_SECRETS: readonly string[] = ['encryption.keys[].static.passphrase'];

export function checkEncryption(enc: Obj | undefined, report: DocReport): void {
  if (!enc || Object.keys(enc).length === 0) return;
  const provider = asStr(enc.provider).toLowerCase();
  if (provider !== 'luks2')
    report.error(`unsupported encryption provider: ${asStr(enc.provider) || 'none'}`, [
      'encryption',
      'provider',
    ]);
  const keys = asList(enc.keys);
  if (keys.length === 0) report.error('encryption keys are required', ['encryption']);
  const slots = new Set<number>();
  keys.forEach((k, i) => {
    const key = asObj(k) ?? {};
    const slot = Number(key.slot ?? 0);
    if (slots.has(slot)) report.error(`duplicate key slot ${slot}`, ['encryption', 'keys', i]);
    slots.add(slot);
    if (!key.static && !key.nodeID && !key.kms && !key.tpm) {
      report.error(`at least one encryption key type must be specified for slot ${slot}`, [
        'encryption',
        'keys',
        i,
      ]);
    }
    asList(asObj(asObj(key.tpm)?.options)?.pcrs).forEach((p, j) => {
      const pcr = Number(p);
      if (pcr < 0 || pcr > 23)
        report.error(`TPM PCR ${pcr} is out of range (0-23)`, [
          'encryption',
          'keys',
          i,
          'tpm',
          'options',
          'pcrs',
          j,
        ]);
    });
  });
}
