/**
 * The tree walk: every value of a parsed YAML or JSON document in the order sops walks them, with
 * its key path (which the rules and the value's additional data use) and its place in the file.
 */
import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Scalar } from 'yaml';
import { at, SopsError } from './errors.js';

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
