/**
 * The file MAC: how sops seeds it and binds it to `lastmodified`, and the check that refuses a file
 * whose values were edited, added, removed or reordered without the data key.
 */
import { timingSafeEqual } from 'node:crypto';
import type { WalkOutcome } from './decrypt-leaves.js';
import { openValue } from './encrypted-value.js';
import { at, SopsError } from './errors.js';
import type { SopsMetadata } from './metadata.js';

/** sha256("sops"), hashed first when only encrypted values are covered by the MAC. */
export const MAC_ONLY_ENCRYPTED_INIT = Buffer.from(
  '8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69',
  'hex',
);

/**
 * The additional data of the MAC: `lastmodified` as Go's time.Format(RFC3339) prints it after
 * parsing, i.e. without fractional seconds and with `Z` for a zero offset.
 */
export function macAdditionalData(lastModified: string, file: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.exec(lastModified);
  if (!m) {
    throw new SopsError('format', `${file}: sops.lastmodified is not an RFC 3339 time`, { file });
  }
  const zone = m[3] === '+00:00' || m[3] === '-00:00' ? 'Z' : m[3];
  return m[1]! + zone;
}

export function verifyMac(outcome: WalkOutcome, meta: SopsMetadata, key: Buffer, file: string): void {
  if (meta.mac === undefined) {
    throw new SopsError('tampered', `${file}: has no MAC, so its integrity cannot be checked; refusing it`, {
      file,
    });
  }
  const opened = openValue(meta.mac, key, macAdditionalData(meta.lastModified, file));
  if (!opened.ok || opened.type !== 'str') {
    throw new SopsError(
      'tampered',
      `${file}: its MAC cannot be decrypted (the MAC or sops.lastmodified was modified); refusing it`,
      { file },
    );
  }
  const expected = opened.plain;
  const actual = Buffer.from(outcome.mac);
  if (expected.length === actual.length && timingSafeEqual(expected, actual)) return;
  const first = outcome.uncertain[0];
  if (first) {
    throw new SopsError(
      'cannot-verify',
      `${file}: cannot verify the MAC: it does not match, but the clear-text value at ` +
        `${at(file, first.line)} (${first.where}) is written in a form sops may read differently ` +
        `(${outcome.uncertain.length} such value${outcome.uncertain.length === 1 ? '' : 's'}); ` +
        'quote it or re-encrypt the file with sops',
      { file, line: first.line, field: first.where },
    );
  }
  throw new SopsError(
    'tampered',
    `${file}: MAC mismatch: the file was modified without the data key ` +
      '(a value edited, added, removed or reordered); refusing it',
    { file },
  );
}
