/**
 * Recovering the file's data key from its age stanzas with the given identities, and saying, when
 * none fits, which recipients the file is for and which identities were tried.
 */
import { decodeAgeArmor } from '../age-file.js';
import { type AgeIdentity, openAgeEnvelope, shortRecipient } from '../age-identities.js';
import { SopsError } from './errors.js';
import type { SopsMetadata } from './metadata.js';

export async function recoverDataKey(
  meta: SopsMetadata,
  identities: readonly AgeIdentity[],
  file: string,
): Promise<Buffer> {
  const encryptedFor = meta.age.map((a) => shortRecipient(a.recipient)).join(', ');
  const others = meta.otherKeyTypes.length
    ? ` (it also has ${meta.otherKeyTypes.join(', ')} keys, not used here)`
    : '';
  if (meta.age.length === 0) {
    throw new SopsError(
      'wrong-key',
      `${file}: is not encrypted for any age recipient${others}; only age keys are supported`,
      { file },
    );
  }
  if (identities.length === 0) {
    throw new SopsError(
      'no-identity',
      `${file}: no age identity was given to decrypt it. Provide one with the action input \`age-key\`, ` +
        `the environment variable SOPS_AGE_KEY, or a key file named by SOPS_AGE_KEY_FILE. ` +
        `It is encrypted for: ${encryptedFor}`,
      { file },
    );
  }
  const damaged: string[] = [];
  for (const stanza of meta.age) {
    const envelope = decodeAgeArmor(stanza.enc);
    if (!envelope) {
      damaged.push(shortRecipient(stanza.recipient));
      continue;
    }
    const opened = await openAgeEnvelope(identities, envelope);
    if (opened.ok && opened.plaintext.length === 32) return Buffer.from(opened.plaintext);
    if (opened.ok || opened.reason === 'damaged') damaged.push(shortRecipient(stanza.recipient));
  }
  const ours = identities.map((i) => shortRecipient(i.recipient)).join(', ');
  const n = identities.length;
  if (damaged.length > 0 && meta.age.some((a) => identities.some((i) => i.recipient === a.recipient))) {
    throw new SopsError(
      'tampered',
      `${file}: the age envelope of the data key for ${damaged.join(', ')} is damaged and cannot be opened`,
      { file },
    );
  }
  throw new SopsError(
    'wrong-key',
    `none of the ${n} age ${n === 1 ? 'identity' : 'identities'} (${ours}) can decrypt ${file}; ` +
      `it is encrypted for: ${encryptedFor}${others}`,
    { file },
  );
}
