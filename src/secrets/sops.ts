/**
 * SOPS decryption for files encrypted to age recipients: YAML (every document), JSON, dotenv and the
 * sops "binary" format, with the file MAC verified before anything is returned.
 *
 * Why our own: a repository file comes from a pull request, so a decryptor must refuse a file that
 * was edited without the data key (clear-text values edited, values moved, keys dropped or
 * reordered, plain text put where ciphertext belongs). sops protects against all of that with the
 * encrypt/unencrypt rules and a MAC over every value; both are enforced here.
 *
 * YAML and JSON values are decrypted in place inside the parsed `yaml` documents, so node ranges
 * still point into the original file and callers can report the file and line of any value.
 *
 * Nothing secret reaches an error: messages name the file, line, key path, recipients and rules,
 * never key text, the data key, a decrypted value or the MAC (a hash of the values).
 *
 * This module is the public entry; the parts live in ./sops/, one job each.
 */
export { clearValueBytes } from './sops/clear-value-bytes.js';
export { type DecryptedSopsFile, type DecryptSopsOptions, decryptSopsFile } from './sops/decrypt.js';
export type { DotenvEntry } from './sops/dotenv.js';
export { isEncryptedValue, sealValue } from './sops/encrypted-value.js';
export { SopsError, type SopsErrorReason } from './sops/errors.js';
export { detectSopsFormat, isSopsPath, looksSopsEncrypted, type SopsFormat } from './sops/formats.js';
export { collectYamlLeaves, type SopsLeaf } from './sops/leaves.js';
export { MAC_ONLY_ENCRYPTED_INIT, macAdditionalData } from './sops/mac.js';
export { parseSopsMetadata, type SopsMetadata } from './sops/metadata.js';
export { compileGoRegex, DEFAULT_RULE, ruleMatcher, type SopsRule, type SopsRuleKind } from './sops/rules.js';
export { goFormatFloat, type SopsTypedBytes, sopsBytesOf } from './sops/value-encoding.js';
