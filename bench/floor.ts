/**
 * The floor render is compared with: read every rendered file under a folder, parse it and print it
 * again with the `yaml` package alone (no model, no patching, no secrets). Prints the file count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const root = process.argv[2];
if (!root) throw new Error('usage: floor.js DIR');
let files = 0;
let bytes = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
  const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  for (const doc of YAML.parseAllDocuments(text)) bytes += doc.toString().length;
  files++;
}
console.log(`${files} files, ${bytes} bytes printed`);
