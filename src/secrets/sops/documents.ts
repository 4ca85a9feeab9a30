/**
 * Parsing YAML and JSON sops files into `yaml` documents, keeping node ranges so that every value
 * can be reported by file and line, with sops's structural rules (a mapping at the top).
 */
import YAML, { type Document, isMap, isScalar, isSeq, type LineCounter } from 'yaml';
import { at, SopsError } from './errors.js';
import type { SopsFormat } from './formats.js';

/** Parses YAML or JSON text into documents, with sops's structural rules. */
export function parseDocuments(text: string, file: string, format: SopsFormat, lineCounter: LineCounter) {
  // uniqueKeys compares every key of a mapping with every other; duplicates are found below instead
  const docs = YAML.parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
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
  for (const doc of docs) uniqueKeys(doc.contents, file, lineCounter);
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

/** Refuses a mapping with a key twice, in one pass (aliases are not followed: their targets are checked where they stand). */
function uniqueKeys(root: unknown, file: string, lc: LineCounter): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const range = (pair.key as { range?: [number, number, number] } | null)?.range;
          const line = range ? lc.linePos(range[0]).line || undefined : undefined;
          throw new SopsError('format', `${at(file, line)}: not valid YAML (DUPLICATE_KEY)`, { file, line });
        }
        seen.add(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
}
