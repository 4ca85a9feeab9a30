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
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { armor } from 'age-encryption';
import YAML, { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Scalar } from 'yaml';
import { TalosGitopsError } from '../errors.js';
import { type AgeIdentity, openAgeEnvelope, shortRecipient } from './age-identities.js';

// ---------------------------------------------------------------------------------------------
// Errors

export type SopsErrorReason =
  /** No age identity was provided at all. */
  | 'no-identity'
  /** None of the identities opens any of the file's age envelopes. */
  | 'wrong-key'
  /** The MAC is missing, cannot be decrypted or does not match; or a value fails authentication. */
  | 'tampered'
  /** The MAC does not match, but a clear-text value may be read differently by sops; see message. */
  | 'cannot-verify'
  /** A value the rules require to be encrypted is in clear text. */
  | 'not-encrypted'
  /** A valid sops feature this decryptor does not handle (Shamir key groups, comment rules...). */
  | 'unsupported'
  /** The file is not a well-formed sops file. */
  | 'format';

/** A decryption failure. The message names the file (and line and key path where known). */
export class SopsError extends TalosGitopsError {
  override name = 'SopsError';
  readonly reason: SopsErrorReason;

  constructor(
    reason: SopsErrorReason,
    message: string,
    where: { file: string; line?: number | undefined; field?: string | undefined },
  ) {
    super(message, {
      file: where.file,
      ...(where.line === undefined ? {} : { line: where.line }),
      ...(where.field === undefined ? {} : { field: where.field }),
    });
    this.reason = reason;
  }

  /** The message already names file, line and key path. */
  override describe(): string {
    return this.message;
  }
}

function at(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

// ---------------------------------------------------------------------------------------------
// Encrypt/unencrypt rules

export type SopsRuleKind =
  | 'unencrypted_suffix'
  | 'encrypted_suffix'
  | 'unencrypted_regex'
  | 'encrypted_regex';

/** The one rule of a file that decides which values are encrypted (sops allows at most one). */
export interface SopsRule {
  kind: SopsRuleKind;
  value: string;
}

/** sops's default when a file names no rule. */
export const DEFAULT_RULE: SopsRule = { kind: 'unencrypted_suffix', value: '_unencrypted' };

/** sha256("sops"), hashed first when only encrypted values are covered by the MAC. */
export const MAC_ONLY_ENCRYPTED_INIT = Buffer.from(
  '8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69',
  'hex',
);

/**
 * Translates a Go (RE2) pattern into a JavaScript RegExp. The common subset is identical; this
 * handles leading flag groups and named groups, and refuses what it cannot translate.
 */
export function compileGoRegex(pattern: string): RegExp | undefined {
  let body = pattern;
  let flags = '';
  const flagGroup = /^\(\?([imsU]+)\)/.exec(body);
  if (flagGroup) {
    if (flagGroup[1]!.includes('U')) return undefined;
    for (const f of flagGroup[1]!) if (!flags.includes(f)) flags += f;
    body = body.slice(flagGroup[0].length);
  }
  body = body.replaceAll('(?P<', '(?<').replaceAll('\\A', '^').replaceAll('\\z', '$');
  for (const extra of ['u', '']) {
    try {
      return new RegExp(body, flags + extra);
    } catch {
      // try without the unicode flag, which rejects some escapes RE2 accepts
    }
  }
  return undefined;
}

/** Returns the "should this path be encrypted" test for a rule, as sops decides it. */
export function ruleMatcher(rule: SopsRule, file: string): (path: readonly string[]) => boolean {
  switch (rule.kind) {
    case 'unencrypted_suffix':
      return (path) => !path.some((k) => k.endsWith(rule.value));
    case 'encrypted_suffix':
      return (path) => path.some((k) => k.endsWith(rule.value));
    case 'unencrypted_regex':
    case 'encrypted_regex': {
      const re = compileGoRegex(rule.value);
      if (!re) {
        throw new SopsError(
          'unsupported',
          `${file}: the ${rule.kind} ${JSON.stringify(rule.value)} is not a regular expression this tool can evaluate`,
          { file },
        );
      }
      const matches = (path: readonly string[]) => path.some((k) => re.test(k));
      return rule.kind === 'encrypted_regex' ? matches : (path) => !matches(path);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Value encoding: Go's formatting of the values sops hashes and encrypts

/** Go's strconv.FormatFloat(f, 'f', -1, 64): shortest round-trip digits, never an exponent. */
export function goFormatFloat(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Number.POSITIVE_INFINITY) return '+Inf';
  if (x === Number.NEGATIVE_INFINITY) return '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  // toExponential() without an argument gives the shortest digits that round-trip, as Go does.
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const intDigits = Number(exponent) + 1;
  let text: string;
  if (intDigits <= 0) text = `0.${'0'.repeat(-intDigits)}${digits}`;
  else if (intDigits >= digits.length) text = digits + '0'.repeat(intDigits - digits.length);
  else text = `${digits.slice(0, intDigits)}.${digits.slice(intDigits)}`;
  return x < 0 ? `-${text}` : text;
}

/** Go's strconv.ParseFloat for the forms sops writes (and a few more); undefined if not a float. */
function goParseFloat(text: string): number | undefined {
  if (/^[+-]?(inf|infinity)$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(text)) return Number.NaN;
  if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined; // Go reports out-of-range as an error
}

const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);
const SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** A value as sops sees it: its sops type name and the exact bytes it hashes and encrypts. */
export interface SopsTypedBytes {
  type: 'str' | 'int' | 'float' | 'bool';
  bytes: Buffer;
}

/**
 * The sops type and bytes of a JavaScript value, for encrypting. `integer` says whether a number was
 * written as an integer (YAML `1.0` is a float whose bytes are `1`); bigints are always integers.
 */
export function sopsBytesOf(value: string | number | boolean | bigint, integer: boolean): SopsTypedBytes {
  if (typeof value === 'string') return { type: 'str', bytes: Buffer.from(value, 'utf8') };
  if (typeof value === 'boolean') return { type: 'bool', bytes: Buffer.from(value ? 'True' : 'False') };
  if (typeof value === 'bigint') return { type: 'int', bytes: Buffer.from(value.toString()) };
  if (integer && Number.isSafeInteger(value))
    return { type: 'int', bytes: Buffer.from(BigInt(value).toString()) };
  return { type: 'float', bytes: Buffer.from(goFormatFloat(value)) };
}

// ---------------------------------------------------------------------------------------------
// AES-256-GCM values: ENC[AES256_GCM,data:...,iv:...,tag:...,type:...]

const ENC_RE =
  /^ENC\[AES256_GCM,data:([A-Za-z0-9+/]+={0,2}),iv:([A-Za-z0-9+/]+={0,2}),tag:([A-Za-z0-9+/]+={0,2}),type:([a-z]+)\]\s*$/;

/** True for a string in sops's encrypted-value form. */
export function isEncryptedValue(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('ENC[');
}

/** Encrypts bytes as a sops value; `ad` is the path of the value (`a:b:`) or `lastmodified`. */
export function sealValue(plain: Uint8Array, type: string, key: Uint8Array, ad: string): string {
  const iv = randomBytes(32); // sops uses 32-byte nonces
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(ad, 'utf8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `ENC[AES256_GCM,data:${data.toString('base64')},iv:${iv.toString('base64')},tag:${tag.toString('base64')},type:${type}]`;
}

type OpenResult = { ok: true; type: string; plain: Buffer } | { ok: false; why: 'malformed' | 'auth' };

/** Decrypts one sops value. Reports only why it failed, never anything about the content. */
function openValue(enc: string, key: Uint8Array, ad: string): OpenResult {
  const m = ENC_RE.exec(enc);
  if (!m) return { ok: false, why: 'malformed' };
  const [data, iv, tag] = [m[1]!, m[2]!, m[3]!].map((s) => Buffer.from(s, 'base64')) as [
    Buffer,
    Buffer,
    Buffer,
  ];
  if ([m[1]!, m[2]!, m[3]!].some((s) => s.length % 4 !== 0) || iv.length === 0 || tag.length !== 16) {
    return { ok: false, why: 'malformed' };
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(ad, 'utf8'));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(data), decipher.final()]);
    return { ok: true, type: m[4]!, plain };
  } catch {
    return { ok: false, why: 'auth' };
  }
}

type Typed = { ok: true; value: unknown; mac: Buffer | null } | { ok: false; why: string };

/** Turns decrypted bytes into the typed value and the bytes sops hashes for it (null: not hashed). */
function typedValue(type: string, plain: Buffer): Typed {
  const text = plain.toString('utf8');
  switch (type) {
    case 'str':
      return { ok: true, value: text, mac: plain };
    case 'bytes':
      return { ok: true, value: text, mac: plain };
    case 'time':
      // sops re-marshals the parsed time, which gives back the text it wrote.
      return { ok: true, value: text, mac: plain };
    case 'comment':
      // A comment is never hashed and carries no value.
      return { ok: true, value: null, mac: null };
    case 'int': {
      if (!/^[+-]?[0-9]+$/.test(text)) return { ok: false, why: 'its int plaintext is not an integer' };
      const big = BigInt(text);
      if (big > INT64_MAX || big < INT64_MIN) return { ok: false, why: 'its int is out of the 64-bit range' };
      if (big > SAFE_MAX || big < -SAFE_MAX) {
        return { ok: false, why: 'its int is beyond 2^53 and cannot be represented exactly here' };
      }
      return { ok: true, value: Number(big), mac: Buffer.from(big.toString()) };
    }
    case 'float': {
      const n = goParseFloat(text);
      if (n === undefined) return { ok: false, why: 'its float plaintext is not a number' };
      return { ok: true, value: n, mac: Buffer.from(goFormatFloat(n)) };
    }
    case 'bool': {
      if (GO_TRUE.has(text)) return { ok: true, value: true, mac: Buffer.from('True') };
      if (GO_FALSE.has(text)) return { ok: true, value: false, mac: Buffer.from('False') };
      return { ok: false, why: 'its bool plaintext is not a boolean' };
    }
    default:
      return { ok: false, why: `its type "${type.slice(0, 20)}" is unknown` };
  }
}

// ---------------------------------------------------------------------------------------------
// Hashing clear-text values the way sops (Go, yaml.v3, encoding/json) sees them

const STR_TAG = 'tag:yaml.org,2002:str';
/**
 * Plain strings (to the `yaml` package) that yaml.v3 may read as numbers: digits with underscores,
 * binary or signed prefixed integers, odd spellings of .inf/.nan. IPs and versions do not match.
 */
const AMBIGUOUS_PLAIN =
  /^[-+]?(0[bBoOxX][0-9a-fA-F_]+|[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9_]+)?|\.[0-9_]+([eE][-+]?[0-9_]+)?|\.(inf|nan))$/i;
const DECIMAL_INT = /^[-+]?[0-9]+$/;
const PREFIXED_INT = /^0x[0-9a-fA-F]+$|^0o[0-7]+$/;
const PLAIN_FLOAT =
  /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;

/** The bytes a clear-text value contributes to the MAC, and whether sops might see it differently. */
export function clearValueBytes(
  value: unknown,
  scalar: Scalar | undefined,
  flavor: 'yaml' | 'json' | 'dotenv',
): { bytes: Buffer; uncertain: boolean } {
  const tagged = scalar?.tag !== undefined && scalar.tag !== STR_TAG;
  if (typeof value === 'string') {
    const ambiguous = flavor === 'yaml' && scalar?.type === 'PLAIN' && AMBIGUOUS_PLAIN.test(value);
    return { bytes: Buffer.from(value, 'utf8'), uncertain: tagged || ambiguous };
  }
  if (typeof value === 'boolean') return { bytes: Buffer.from(value ? 'True' : 'False'), uncertain: tagged };
  if (typeof value === 'bigint') return { bytes: Buffer.from(value.toString()), uncertain: true };
  if (typeof value === 'number') {
    const src = scalar?.source;
    if (src !== undefined && (DECIMAL_INT.test(src) || PREFIXED_INT.test(src))) {
      const big = BigInt(src);
      const beyondSafe = big > SAFE_MAX || big < -SAFE_MAX;
      if (flavor === 'json' && (big > INT64_MAX || big < INT64_MIN)) {
        // encoding/json in sops falls back to float64 beyond the int64 range.
        return { bytes: Buffer.from(goFormatFloat(value)), uncertain: tagged };
      }
      // yaml.v3 reads a leading 0 as octal; sops versions differ on big JSON integers.
      const leadingZero = /^[-+]?0[0-9]/.test(src);
      return { bytes: Buffer.from(big.toString()), uncertain: tagged || beyondSafe || leadingZero };
    }
    const odd = src !== undefined && !PLAIN_FLOAT.test(src);
    return { bytes: Buffer.from(goFormatFloat(value)), uncertain: tagged || odd };
  }
  // Buffers from !!binary, dates, sets...: hash the source text, but say we cannot be sure.
  return { bytes: Buffer.from(scalar?.source ?? String(value), 'utf8'), uncertain: true };
}

// ---------------------------------------------------------------------------------------------
// Leaves: every value sops walks, in document order

/** One value of the sops tree, with its place in the file. */
export interface SopsLeaf {
  /** Map keys from the document root; list indices are not part of it (as in sops). */
  path: string[];
  /** Keys and list indices, for messages: `complex.array[1]`. */
  where: string;
  line: number | undefined;
  /** The yaml scalar holding the value (YAML and JSON only). */
  scalar: Scalar | undefined;
  /** The value as it stands in the file (the original, for a value reached through an alias). */
  read(): unknown;
  /** Replaces the value; absent for values reached through a YAML alias, which have no place of their own. */
  write: ((value: unknown) => void) | undefined;
}

function joinWhere(where: string, key: string): string {
  const k = /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
  return where === '' ? k : `${where}.${k}`;
}

/**
 * Walks a parsed YAML or JSON document the way sops walks its tree and returns its leaves in order.
 * The top-level `sops` key must already be removed. `aliases: 'reject'` refuses YAML aliases.
 */
export function collectYamlLeaves(
  doc: Document,
  lineCounter: LineCounter | undefined,
  file: string,
  options: { aliases: 'follow' | 'reject'; originals?: Map<Scalar, unknown> },
): SopsLeaf[] {
  const leaves: SopsLeaf[] = [];
  let aliasesFollowed = 0;
  const lineOf = (node: { range?: unknown } | null | undefined): number | undefined => {
    const range = node?.range as [number, number, number] | undefined;
    if (!lineCounter || !range) return undefined;
    const line = lineCounter.linePos(range[0]).line;
    return line > 0 ? line : undefined;
  };
  const walk = (node: unknown, path: string[], where: string, viaAlias: boolean, depth: number): void => {
    if (depth > 200) throw new SopsError('format', `${file}: values are nested too deeply`, { file });
    if (node === null || node === undefined) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        if (!isScalar(key) || typeof key.value !== 'string') {
          const line = lineOf(isScalar(key) ? key : undefined) ?? lineOf(node);
          throw new SopsError(
            'format',
            `${at(file, line)}: ${where || 'the document'} has a key that is not a string`,
            {
              file,
              line,
              field: where || undefined,
            },
          );
        }
        walk(pair.value, [...path, key.value], joinWhere(where, key.value), viaAlias, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        walk(item, path, `${where}[${i}]`, viaAlias, depth + 1);
      });
    } else if (isAlias(node)) {
      const line = lineOf(node);
      if (options.aliases === 'reject') {
        throw new SopsError(
          'unsupported',
          `${at(file, line)}: ${where}: YAML aliases are not supported here`,
          {
            file,
            line,
            field: where,
          },
        );
      }
      // Nested aliases can expand exponentially ("billion laughs"); real files need few.
      if (++aliasesFollowed > 1000) {
        throw new SopsError('format', `${file}: too many YAML alias expansions`, { file });
      }
      walk(node.resolve(doc), path, where, true, depth + 1);
    } else if (isScalar(node)) {
      const scalar = node;
      const originals = options.originals;
      leaves.push({
        path,
        where,
        line: lineOf(scalar),
        scalar,
        read: () => (originals?.has(scalar) ? originals.get(scalar) : scalar.value),
        write: viaAlias
          ? undefined
          : (value: unknown) => {
              if (originals && !originals.has(scalar)) originals.set(scalar, scalar.value);
              scalar.value = value;
            },
      });
    }
  };
  walk(doc.contents, [], '', false, 0);
  return leaves;
}

// ---------------------------------------------------------------------------------------------
// Metadata

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

function isRecord(v: unknown): v is Record<string, unknown> {
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

// ---------------------------------------------------------------------------------------------
// Formats

export type SopsFormat = 'yaml' | 'json' | 'dotenv' | 'binary';

/** The format of a sops file, by extension; other names are binary if they hold sops's binary JSON. */
export function detectSopsFormat(file: string, text: string): SopsFormat | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  const ext = base.includes('.') ? base.slice(base.lastIndexOf('.')).toLowerCase() : '';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  if (ext === '.env' || base === '.env') return 'dotenv';
  try {
    const parsed: unknown = JSON.parse(text);
    if (isRecord(parsed) && 'data' in parsed && 'sops' in parsed) return 'binary';
  } catch {
    // not JSON
  }
  return undefined;
}

/** A dotenv entry and its line. */
export interface DotenvEntry {
  key: string;
  value: string;
  line: number;
}

interface ParsedDotenv {
  entries: DotenvEntry[];
  metadata: Record<string, unknown>;
}

/** Splits a dotenv file as sops does: `KEY=VALUE` lines, `#` comments, `sops_*` metadata. */
function parseDotenv(text: string, file: string): ParsedDotenv {
  const entries: DotenvEntry[] = [];
  const flat: Array<[string, string]> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq === -1) {
      throw new SopsError('format', `${file}:${i + 1}: not a KEY=VALUE line`, { file, line: i + 1 });
    }
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1).replaceAll('\\n', '\n');
    if (key.startsWith('sops_')) flat.push([key.slice(5), value]);
    else entries.push({ key, value, line: i + 1 });
  }
  return { entries, metadata: unflatten(flat, file) };
}

/** Rebuilds the metadata tree from sops's flattened `a__list_0__map_b` keys. */
function unflatten(flat: Array<[string, string]>, file: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of flat) {
    const tokens = key.split(/(?=__map_|__list_)/);
    let node: Record<string, unknown> | unknown[] = root;
    tokens.forEach((token, i) => {
      const last = i === tokens.length - 1;
      let name: string | number = token;
      if (token.startsWith('__map_')) name = token.slice(6);
      else if (token.startsWith('__list_')) name = Number(token.slice(7));
      const nextIsList = !last && tokens[i + 1]!.startsWith('__list_');
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[name] = value;
        return;
      }
      if (container[name] === undefined) container[name] = nextIsList ? [] : {};
      const next = container[name];
      if (typeof next !== 'object' || next === null) {
        throw new SopsError('format', `${file}: the sops_${key} metadata entry conflicts with another`, {
          file,
        });
      }
      node = next as Record<string, unknown> | unknown[];
    });
  }
  return root;
}

// ---------------------------------------------------------------------------------------------
// Data key

async function recoverDataKey(
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
    let envelope: Uint8Array;
    try {
      envelope = armor.decode(stanza.enc);
    } catch {
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

// ---------------------------------------------------------------------------------------------
// The tree walk: decrypt, enforce the rules, hash

interface WalkOutcome {
  mac: string;
  uncertain: SopsLeaf[];
  secretValues: string[];
}

/** Why a clear-text value breaks the file's rule, in words. */
function ruleReason(rule: SopsRule): string {
  const v = JSON.stringify(rule.value);
  switch (rule.kind) {
    case 'unencrypted_suffix':
      return `no key on its path ends with the unencrypted_suffix ${v}`;
    case 'encrypted_suffix':
      return `a key on its path ends with the encrypted_suffix ${v}`;
    case 'unencrypted_regex':
      return `no key on its path matches the unencrypted_regex ${v}`;
    case 'encrypted_regex':
      return `a key on its path matches the encrypted_regex ${v}`;
  }
}

function decryptLeaves(
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

function verifyMac(outcome: WalkOutcome, meta: SopsMetadata, key: Buffer, file: string): void {
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

// ---------------------------------------------------------------------------------------------
// Entry point

export interface DecryptedSopsFile {
  file: string;
  format: SopsFormat;
  /**
   * YAML and JSON (and the JSON envelope of a binary file): the parsed documents with the `sops` key
   * removed and each encrypted value replaced in place by its decrypted, typed value.
   */
  documents: Document.Parsed[];
  /** Maps node offsets of `documents` to lines. */
  lineCounter: LineCounter;
  /** Plain values, one per document (dotenv: one object of strings; binary: `{ data }`). */
  values: unknown[];
  /** dotenv only: the entries with their lines, in file order. */
  dotenv: DotenvEntry[];
  /** binary only: the decrypted content. */
  binary: Buffer | undefined;
  /** The string form of every decrypted non-empty value, to register for redaction. */
  secretValues: string[];
  metadata: {
    recipients: string[];
    lastModified: string;
    version: string | undefined;
    rule: SopsRule;
    macOnlyEncrypted: boolean;
  };
}

export interface DecryptSopsOptions {
  /** Overrides detection by extension. */
  format?: SopsFormat;
}

/** Parses YAML or JSON text into documents, with sops's structural rules. */
function parseDocuments(text: string, file: string, format: SopsFormat, lineCounter: LineCounter) {
  const docs = YAML.parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (!Array.isArray(docs) || docs.length === 0) {
    throw new SopsError('format', `${file}: is empty, not a sops-encrypted file`, { file });
  }
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const line = lineCounter.linePos(error.pos[0]).line || undefined;
      throw new SopsError(
        'format',
        `${at(file, line)}: not valid ${format === 'yaml' ? 'YAML' : 'JSON'} (${error.code})`,
        {
          file,
          line,
        },
      );
    }
  }
  if (format !== 'yaml' && docs.length > 1) {
    throw new SopsError('format', `${file}: holds more than one JSON value`, { file });
  }
  return docs;
}

/** The top-level mapping of a document, or undefined for an empty document. */
function rootMap(doc: Document.Parsed, index: number, file: string, lc: LineCounter) {
  const c = doc.contents;
  if (c === null || (isScalar(c) && c.value === null)) return undefined;
  if (!isMap(c)) {
    const line = lc.linePos(c.range[0]).line || undefined;
    throw new SopsError(
      'format',
      `${at(file, line)}: document ${index + 1} is not a mapping; sops files hold a mapping at the top`,
      { file, line },
    );
  }
  return c;
}

/**
 * Decrypts a sops file and verifies its MAC. Throws a `SopsError` (or nothing of the file is
 * returned) when no identity fits, the MAC is missing or wrong, a value is not encrypted though the
 * rules say it must be, or a value fails authentication.
 */
export async function decryptSopsFile(
  text: string,
  file: string,
  identities: readonly AgeIdentity[],
  options: DecryptSopsOptions = {},
): Promise<DecryptedSopsFile> {
  const format = options.format ?? detectSopsFormat(file, text);
  if (!format) {
    throw new SopsError(
      'format',
      `${file}: cannot tell its format; sops files are .yaml, .yml, .json, .env, or binary (JSON with a data key)`,
      { file },
    );
  }
  const lineCounter = new LineCounter();

  if (format === 'dotenv') {
    const parsed = parseDotenv(text, file);
    if (Object.keys(parsed.metadata).length === 0) {
      throw new SopsError('format', `${file}: has no sops_* metadata, not a sops-encrypted file`, { file });
    }
    const meta = parseSopsMetadata(parsed.metadata, file);
    const key = await recoverDataKey(meta, identities, file);
    const leaves: SopsLeaf[] = parsed.entries.map((entry) => ({
      path: [entry.key],
      where: entry.key,
      line: entry.line,
      scalar: undefined,
      read: () => entry.value,
      write: (value: unknown) => {
        entry.value = String(value);
      },
    }));
    const outcome = decryptLeaves(leaves, meta, key, file, 'dotenv');
    verifyMac(outcome, meta, key, file);
    const values: Record<string, string> = Object.create(null);
    for (const entry of parsed.entries) values[entry.key] = entry.value;
    return {
      file,
      format,
      documents: [],
      lineCounter,
      values: [values],
      dotenv: parsed.entries,
      binary: undefined,
      secretValues: outcome.secretValues,
      metadata: summary(meta),
    };
  }

  const docs = parseDocuments(text, file, format, lineCounter);
  const roots = docs.map((doc, i) => rootMap(doc, i, file, lineCounter));
  const isSopsKey = (p: { key: unknown }) => isScalar(p.key) && p.key.value === 'sops';
  const metaPair = roots[0]?.items.find(isSopsKey);
  if (!metaPair) {
    throw new SopsError('format', `${file}: has no top-level sops key, not a sops-encrypted file`, { file });
  }
  const rawMeta = YAML.isNode(metaPair.value) ? metaPair.value.toJS(docs[0]!) : metaPair.value;
  const meta = parseSopsMetadata(rawMeta, file);
  // sops writes the metadata into every document and reads it from the first.
  for (const root of roots) if (root) root.items = root.items.filter((p) => !isSopsKey(p));

  const key = await recoverDataKey(meta, identities, file);
  const originals = new Map<Scalar, unknown>();
  const leaves = docs.flatMap((doc) =>
    collectYamlLeaves(doc, lineCounter, file, { aliases: 'follow', originals }),
  );
  const outcome = decryptLeaves(leaves, meta, key, file, format === 'yaml' ? 'yaml' : 'json');
  verifyMac(outcome, meta, key, file);

  let values: unknown[];
  try {
    values = docs.map((doc) => doc.toJS());
  } catch {
    throw new SopsError(
      'format',
      `${file}: cannot convert its documents to plain values (excessive aliases?)`,
      {
        file,
      },
    );
  }
  let binary: Buffer | undefined;
  if (format === 'binary') {
    const data = isRecord(values[0]) ? values[0].data : undefined;
    if (typeof data !== 'string') {
      throw new SopsError('format', `${file}: a sops binary file needs a string data key`, { file });
    }
    binary = Buffer.from(data, 'utf8');
  }
  return {
    file,
    format,
    documents: docs,
    lineCounter,
    values,
    dotenv: [],
    binary,
    secretValues: outcome.secretValues,
    metadata: summary(meta),
  };
}

function summary(meta: SopsMetadata): DecryptedSopsFile['metadata'] {
  return {
    recipients: meta.age.map((a) => a.recipient),
    lastModified: meta.lastModified,
    version: meta.version,
    rule: meta.rule,
    macOnlyEncrypted: meta.macOnlyEncrypted,
  };
}

/** A quick check, without decrypting, whether a file looks sops-encrypted. */
export function looksSopsEncrypted(text: string, file: string): boolean {
  const format = detectSopsFormat(file, text);
  if (format === 'dotenv') return /^sops_(mac|lastmodified|version)=/m.test(text);
  if (format === 'yaml') return /^sops:\s*$/m.test(text);
  if (format === 'json' || format === 'binary') {
    try {
      const parsed: unknown = JSON.parse(text);
      return isRecord(parsed) && isRecord(parsed.sops);
    } catch {
      return false;
    }
  }
  return false;
}
