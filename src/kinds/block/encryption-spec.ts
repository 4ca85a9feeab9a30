/**
 * The encryption block the volume kinds share (Talos's `block.EncryptionSpec`, embedded by VolumeConfig,
 * UserVolumeConfig, RawVolumeConfig and SwapVolumeConfig): its validation and its secret field.
 */
import type { KindContext } from '../context.js';
import type { DocReport } from '../types.js';
import { asList, asObj, asStr, type Obj } from '../values.js';
import { goEnum } from './enums.js';

/** The LUKS passphrases Talos's `EncryptionSpec.Redact` replaces. */
export const ENCRYPTION_SECRETS: readonly string[] = ['encryption.keys[].static.passphrase'];

const PROVIDERS = ['none', 'luks2'] as const;

/** Talos's `EncryptionSpec.IsZero`: no provider and no keys (an unset block, or `encryption: {}`). */
export function encryptionIsZero(enc: Obj | undefined): boolean {
  const provider = asStr(enc?.provider).toLowerCase();
  return (provider === '' || provider === 'none') && asList(enc?.keys).length === 0;
}

/** Talos's `EncryptionSpec.Validate`; an absent provider is Go's zero value, `none`. */
export function checkEncryption(enc: Obj | undefined, report: DocReport, ctx: KindContext): void {
  if (encryptionIsZero(enc)) return;
  const provider = goEnum(
    enc?.provider,
    PROVIDERS,
    'EncryptionProviderType',
    ['encryption', 'provider'],
    report,
  );
  if (provider !== undefined && provider !== 'luks2')
    report.error(`unsupported encryption provider: ${provider}`, [
      'encryption',
      ...(enc?.provider === undefined ? [] : ['provider']),
    ]);
  const keys = asList(enc?.keys);
  if (keys.length === 0) report.error('encryption keys are required', ['encryption']);
  const slots = new Set<number>();
  keys.forEach((k, i) => {
    const key = asObj(k) ?? {};
    const slot = Number(key.slot ?? 0);
    if (slots.has(slot)) report.error(`duplicate key slot ${slot}`, ['encryption', 'keys', i, 'slot']);
    slots.add(slot);
    if (!isSet(key.static) && !isSet(key.nodeID) && !isSet(key.kms) && !isSet(key.tpm))
      report.error(`at least one encryption key type must be specified for slot ${slot}`, [
        'encryption',
        'keys',
        i,
      ]);
    // TPM options (and their PCR list) exist from Talos 1.12
    if (!ctx.since('1.12')) return;
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

/** A pointer field Go sees as set: present in the document, even as an empty map. */
function isSet(v: unknown): boolean {
  return v !== undefined && v !== null;
}
