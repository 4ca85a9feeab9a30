/**
 * Reading a sops dotenv file: its `KEY=VALUE` entries with their lines, and the `sops_*` lines
 * folded back into the metadata tree sops flattened them from.
 */
import { SopsError } from './errors.js';

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
export function parseDotenv(text: string, file: string): ParsedDotenv {
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
