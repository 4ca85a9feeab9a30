/**
 * A small SOPS encryptor for YAML, writing the layout of sops 3.9 for age recipients (X25519 and
 * post-quantum). It exists for `talos-gitops init` and for this project's own test fixtures; its
 * output decrypts with `sops -d` and with `decryptSopsFile`.
 *
 * Deliberate limits: comments are dropped (sops would encrypt most of them, and a comment is a
 * common place for a stray secret), YAML aliases are refused (sops expands them), and a clear-text
 * value that Go's YAML reader could read differently from ours is refused, because the MAC would
 * then not verify under sops.
 */
import { createHash, randomBytes } from 'node:crypto';
import { armor, Encrypter } from 'age-encryption';
import YAML, { isMap, isScalar, LineCounter } from 'yaml';
import {
  clearValueBytes,
  collectYamlLeaves,
  DEFAULT_RULE,
  MAC_ONLY_ENCRYPTED_INIT,
  ruleMatcher,
  SopsError,
  type SopsRule,
  type SopsTypedBytes,
  sealValue,
  sopsBytesOf,
} from './sops.js';

export interface SopsEncryptOptions {
  /** age recipients: `age1...` (X25519) or `age1pq1...` (post-quantum hybrid). */
  recipients: readonly string[];
  /** Which values to encrypt; sops's default `unencrypted_suffix: _unencrypted` when omitted. */
  rule?: SopsRule;
  /** Cover only the encrypted values with the MAC (sops `mac_only_encrypted`). */
  macOnlyEncrypted?: boolean;
  /** The `lastmodified` time; now when omitted. */
  now?: Date;
  /** Names the input in error messages. */
  file?: string;
}

const INTEGER_SOURCE = /^[-+]?[0-9]+$|^0x[0-9a-fA-F]+$|^0o[0-7]+$/;
const VERSION = '3.9.0';

/** Wraps the data key for one recipient as an armored age file, as sops stores it in `enc`. */
async function wrapDataKey(dataKey: Uint8Array, recipient: string, file: string): Promise<string> {
  const encrypter = new Encrypter();
  try {
    encrypter.addRecipient(recipient);
  } catch {
    throw new SopsError('format', `${file}: ${JSON.stringify(recipient)} is not an age recipient`, { file });
  }
  return armor.encode(await encrypter.encrypt(dataKey));
}

/** A scalar as YAML text on one line (quoted when it must be). */
function inlineScalar(value: string): string {
  return YAML.stringify(value, { lineWidth: 0 }).trimEnd();
}

function sopsBlock(
  stanzas: Array<{ recipient: string; enc: string }>,
  lastModified: string,
  mac: string,
  rule: SopsRule,
  macOnlyEncrypted: boolean,
): string {
  const lines = ['sops:', '  kms: []', '  gcp_kms: []', '  azure_kv: []', '  hc_vault: []', '  age:'];
  for (const { recipient, enc } of stanzas) {
    lines.push(`    - recipient: ${recipient}`, '      enc: |');
    for (const line of enc.trimEnd().split('\n')) lines.push(`        ${line}`);
  }
  lines.push(`  lastmodified: "${lastModified}"`, `  mac: ${mac}`, '  pgp: []');
  lines.push(`  ${rule.kind}: ${inlineScalar(rule.value)}`);
  if (macOnlyEncrypted) lines.push('  mac_only_encrypted: true');
  lines.push(`  version: ${VERSION}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Encrypts YAML text (one or more documents, each a mapping) for the given age recipients and
 * returns the sops-encrypted YAML.
 */
export async function encryptSopsYaml(plaintext: string, options: SopsEncryptOptions): Promise<string> {
  const file = options.file ?? 'input';
  const rule = options.rule ?? DEFAULT_RULE;
  const macOnlyEncrypted = options.macOnlyEncrypted ?? false;
  if (options.recipients.length === 0) {
    throw new SopsError('format', `${file}: at least one age recipient is needed`, { file });
  }
  if (rule.value === '') {
    throw new SopsError('format', `${file}: the ${rule.kind} must not be empty`, { file });
  }
  const shouldEncrypt = ruleMatcher(rule, file);

  const lineCounter = new LineCounter();
  const docs = YAML.parseAllDocuments(plaintext, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (!Array.isArray(docs) || docs.length === 0) {
    throw new SopsError('format', `${file}: holds no YAML document`, { file });
  }
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const line = lineCounter.linePos(error.pos[0]).line || undefined;
      throw new SopsError('format', `${file}${line ? `:${line}` : ''}: not valid YAML (${error.code})`, {
        file,
        line,
      });
    }
    const root = doc.contents;
    if (root === null || (isScalar(root) && root.value === null)) continue;
    if (!isMap(root)) {
      throw new SopsError('format', `${file}: every document must be a mapping`, { file });
    }
    if (root.items.some((p) => isScalar(p.key) && p.key.value === 'sops')) {
      throw new SopsError('format', `${file}: already has a sops key; is it encrypted already?`, { file });
    }
  }

  const dataKey = randomBytes(32);
  const hash = createHash('sha512');
  if (macOnlyEncrypted) hash.update(MAC_ONLY_ENCRYPTED_INIT);

  for (const doc of docs) {
    for (const leaf of collectYamlLeaves(doc, lineCounter, file, { aliases: 'reject' })) {
      const value = leaf.read();
      if (value === null || value === undefined) continue;
      const label = `${file}${leaf.line ? `:${leaf.line}` : ''}: ${leaf.where}`;
      const where = { file, line: leaf.line, field: leaf.where };
      const encrypt = shouldEncrypt(leaf.path);
      if (!encrypt) {
        const { bytes, uncertain } = clearValueBytes(value, leaf.scalar, 'yaml');
        if (uncertain) {
          throw new SopsError(
            'unsupported',
            `${label}: this clear-text value is written in a form sops may read differently; quote it`,
            where,
          );
        }
        if (!macOnlyEncrypted) hash.update(bytes);
        continue;
      }
      let typed: SopsTypedBytes;
      if (typeof value === 'string' || typeof value === 'boolean') {
        typed = sopsBytesOf(value, false);
      } else if (typeof value === 'number') {
        const source = leaf.scalar?.source;
        const integer = source === undefined ? Number.isInteger(value) : INTEGER_SOURCE.test(source);
        typed =
          integer && source !== undefined ? sopsBytesOf(BigInt(source), true) : sopsBytesOf(value, integer);
      } else {
        throw new SopsError(
          'unsupported',
          `${label}: only strings, numbers and booleans can be encrypted`,
          where,
        );
      }
      hash.update(typed.bytes);
      if (typed.bytes.length === 0) continue; // sops leaves empty strings unencrypted
      leaf.write?.(sealValue(typed.bytes, typed.type, dataKey, `${leaf.path.join(':')}:`));
      if (leaf.scalar) {
        leaf.scalar.type = 'PLAIN';
        leaf.scalar.tag = undefined;
        leaf.scalar.format = undefined;
      }
    }
  }

  const lastModified = (options.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  const mac = sealValue(Buffer.from(hash.digest('hex').toUpperCase()), 'str', dataKey, lastModified);
  const stanzas: Array<{ recipient: string; enc: string }> = [];
  for (const recipient of options.recipients) {
    stanzas.push({ recipient, enc: await wrapDataKey(dataKey, recipient, file) });
  }
  const block = sopsBlock(stanzas, lastModified, mac, rule, macOnlyEncrypted);

  const out = docs.map((doc) => {
    YAML.visit(doc, (_key, node) => {
      if (YAML.isNode(node)) {
        node.comment = null;
        node.commentBefore = null;
      }
    });
    const root = doc.contents;
    if (!isMap(root) || root.items.length === 0) return block;
    root.flow = false; // the sops block follows in block style
    return YAML.stringify(root, { lineWidth: 0, indent: 2 }) + block;
  });
  return out.join('---\n');
}
