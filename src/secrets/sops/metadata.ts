/**
 * Reading the `sops` block: the age stanzas, the rule, the MAC and its options, refusing what sops
 * would refuse and what this decryptor does not handle (Shamir key groups, comment rules).
 */
import { SopsError, type SopsErrorReason } from './errors.js';
import { DEFAULT_RULE, type SopsRule, type SopsRuleKind } from './rules.js';
import { GO_TRUE } from './value-encoding.js';

/** What the `sops` block says, as far as decryption needs it. */
export interface SopsMetadata {
  /** The age stanzas that can yield the data key. */
  age: Array<{ recipient: string; enc: string }>;
  /** Other key types present (pgp, kms...), which this tool does not use. */
  otherKeyTypes: string[];
  lastModified: string;
  /** The encrypted MAC, or undefined when the file has none. */
  mac: string | undefined;
  rule: SopsRule;
  /** True when the file sets no rule and sops's default applies. */
  defaultRule: boolean;
  macOnlyEncrypted: boolean;
  version: string | undefined;
}

const OTHER_KEY_TYPES = ['pgp', 'kms', 'gcp_kms', 'hckms', 'azure_kv', 'hc_vault'];
const RULE_KINDS: SopsRuleKind[] = [
  'unencrypted_suffix',
  'encrypted_suffix',
  'unencrypted_regex',
  'encrypted_regex',
];

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Reads and checks the `sops` block (already turned into plain values). */
export function parseSopsMetadata(raw: unknown, file: string): SopsMetadata {
  const fail = (reason: SopsErrorReason, why: string) => new SopsError(reason, `${file}: ${why}`, { file });
  if (!isRecord(raw)) throw fail('format', 'the sops metadata is not a mapping');

  for (const kind of ['unencrypted_comment_regex', 'encrypted_comment_regex']) {
    if (typeof raw[kind] === 'string' && raw[kind] !== '') {
      throw fail('unsupported', `${kind} is not supported; use encrypted_regex or a suffix rule instead`);
    }
  }
  const rules = RULE_KINDS.filter((k) => typeof raw[k] === 'string' && raw[k] !== '');
  if (rules.length > 1)
    throw fail('format', `sets more than one of ${rules.join(', ')}; sops allows only one`);
  const rule: SopsRule = rules[0] ? { kind: rules[0], value: raw[rules[0]] as string } : DEFAULT_RULE;

  // Top-level keys form the single key group; key_groups is used only when there are none (as sops).
  let group: Record<string, unknown> = raw;
  const topLevelKeys = ['age', ...OTHER_KEY_TYPES].some((k) => nonEmptyList(raw[k]).length > 0);
  if (!topLevelKeys) {
    const groups = nonEmptyList(raw.key_groups);
    if (groups.length > 1) {
      throw fail(
        'unsupported',
        `uses ${groups.length} key groups (Shamir secret sharing), which is not supported; ` +
          're-encrypt it with a single key group',
      );
    }
    if (groups.length === 0 || !isRecord(groups[0])) throw fail('format', 'the sops metadata lists no keys');
    group = groups[0];
  }
  const age: SopsMetadata['age'] = [];
  for (const entry of nonEmptyList(group.age)) {
    if (!isRecord(entry) || typeof entry.recipient !== 'string' || typeof entry.enc !== 'string') {
      throw fail('format', 'an entry of sops.age lacks its recipient or enc');
    }
    age.push({ recipient: entry.recipient, enc: entry.enc });
  }
  const otherKeyTypes = OTHER_KEY_TYPES.filter((k) => nonEmptyList(group[k]).length > 0);

  if (typeof raw.lastmodified !== 'string') throw fail('format', 'the sops metadata has no lastmodified');
  const mac = typeof raw.mac === 'string' && raw.mac !== '' ? raw.mac : undefined;
  const flag = raw.mac_only_encrypted;
  const macOnlyEncrypted = flag === true || (typeof flag === 'string' && GO_TRUE.has(flag));
  const version = typeof raw.version === 'string' ? raw.version : undefined;
  return {
    age,
    otherKeyTypes,
    lastModified: raw.lastmodified,
    mac,
    rule,
    defaultRule: rules.length === 0,
    macOnlyEncrypted,
    version,
  };
}
