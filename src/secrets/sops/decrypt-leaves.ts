/**
 * Decrypting the values of a file in sops's order: enforcing the rule (a value that must be
 * encrypted is not in clear text), decrypting in place, and hashing every value into the MAC.
 */
import { createHash } from 'node:crypto';
import { clearValueBytes } from './clear-value-bytes.js';
import { isEncryptedValue, openValue } from './encrypted-value.js';
import { at, SopsError } from './errors.js';
import type { SopsLeaf } from './leaves.js';
import { MAC_ONLY_ENCRYPTED_INIT } from './mac.js';
import type { SopsMetadata } from './metadata.js';
import { ruleMatcher, ruleReason } from './rules.js';
import { typedValue } from './value-encoding.js';

export interface WalkOutcome {
  mac: string;
  uncertain: SopsLeaf[];
  secretValues: string[];
}

export function decryptLeaves(
  leaves: readonly SopsLeaf[],
  meta: SopsMetadata,
  key: Buffer,
  file: string,
  flavor: 'yaml' | 'json' | 'dotenv',
): WalkOutcome {
  const shouldEncrypt = ruleMatcher(meta.rule, file);
  const hash = createHash('sha512');
  if (meta.macOnlyEncrypted) hash.update(MAC_ONLY_ENCRYPTED_INIT);
  const uncertain: SopsLeaf[] = [];
  const secrets = new Set<string>();
  const where = (leaf: SopsLeaf) => ({ file, line: leaf.line, field: leaf.where });

  for (const leaf of leaves) {
    const raw = leaf.read();
    if (raw === null || raw === undefined) continue; // sops skips nulls
    const encrypted = shouldEncrypt(leaf.path);
    const label = `${at(file, leaf.line)}: ${leaf.where}`;
    if (!encrypted) {
      if (!meta.macOnlyEncrypted) {
        const { bytes, uncertain: unsure } = clearValueBytes(raw, leaf.scalar, flavor);
        hash.update(bytes);
        if (unsure) uncertain.push(leaf);
      }
      continue;
    }
    if (raw === '') continue; // sops leaves empty strings as they are; they hash to nothing
    if (!isEncryptedValue(raw)) {
      const ruleText = ruleReason(meta.rule);
      throw new SopsError(
        'not-encrypted',
        `${label}: value should be encrypted (${ruleText}) but is in clear text; ` +
          'it was added or edited without sops',
        where(leaf),
      );
    }
    if (!leaf.write) {
      throw new SopsError(
        'unsupported',
        `${label}: an encrypted value reached through a YAML alias`,
        where(leaf),
      );
    }
    const opened = openValue(raw, key, `${leaf.path.join(':')}:`);
    if (!opened.ok) {
      throw opened.why === 'auth'
        ? new SopsError(
            'tampered',
            `${label}: the encrypted value fails authentication; it was modified or moved from another key`,
            where(leaf),
          )
        : new SopsError('format', `${label}: not a well-formed sops ENC[...] value`, where(leaf));
    }
    const typed = typedValue(opened.type, opened.plain);
    if (!typed.ok)
      throw new SopsError('format', `${label}: cannot decode the value: ${typed.why}`, where(leaf));
    if (typed.mac) hash.update(typed.mac);
    leaf.write(typed.value);
    if (leaf.scalar) {
      leaf.scalar.source = undefined;
      leaf.scalar.type = undefined;
      leaf.scalar.tag = undefined;
    }
    if (typed.value !== null && typed.value !== '') secrets.add(String(typed.value));
  }
  return { mac: hash.digest('hex').toUpperCase(), uncertain, secretValues: [...secrets] };
}
