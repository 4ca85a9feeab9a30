/**
 * The decryptor's entry point: a file's text and age identities in, its decrypted documents or
 * values out, and nothing returned unless the rules hold and the MAC verifies.
 */
import YAML, { type Document, isScalar, LineCounter, type Scalar } from 'yaml';
import type { AgeIdentity } from '../age-identities.js';
import { recoverDataKey } from './data-key.js';
import { decryptLeaves } from './decrypt-leaves.js';
import { parseDocuments, rootMap } from './documents.js';
import { type DotenvEntry, parseDotenv } from './dotenv.js';
import { SopsError } from './errors.js';
import { detectSopsFormat, type SopsFormat } from './formats.js';
import { collectYamlLeaves, type SopsLeaf } from './leaves.js';
import { verifyMac } from './mac.js';
import { isRecord, parseSopsMetadata, type SopsMetadata } from './metadata.js';
import type { SopsRule } from './rules.js';

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
