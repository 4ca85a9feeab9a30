/**
 * Parsing YAML and JSON sops files into `yaml` documents, keeping node ranges so that every value
 * can be reported by file and line, with sops's structural rules (a mapping at the top).
 */
import YAML, { type Document, isMap, isScalar, type LineCounter } from 'yaml';
import { at, SopsError } from './errors.js';
import type { SopsFormat } from './formats.js';

/** Parses YAML or JSON text into documents, with sops's structural rules. */
export function parseDocuments(text: string, file: string, format: SopsFormat, lineCounter: LineCounter) {
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
export function rootMap(doc: Document.Parsed, index: number, file: string, lc: LineCounter) {
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
