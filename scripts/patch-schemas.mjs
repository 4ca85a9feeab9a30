#!/usr/bin/env node
// Writes the editor JSON Schemas for patch files, one per version contract, from the typed model
// (src/validate/schema/patch-schema.ts): schemas/patch/v1.1x.schema.json. Run after the model changes:
//   node scripts/patch-schemas.mjs          (rewrite)
//   node scripts/patch-schemas.mjs --check  (exit 1 when a committed schema is stale)
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'schemas', 'patch');

const scratch = mkdtempSync(path.join(tmpdir(), 'talos-gitops-schemas-'));
let generated;
try {
  const entry = path.join(scratch, 'entry.ts');
  writeFileSync(
    entry,
    `export { patchSchema } from ${JSON.stringify(path.join(root, 'src/validate/schema/patch-schema.ts'))};\n` +
      `export { CONTRACTS } from ${JSON.stringify(path.join(root, 'src/model/model.ts'))};\n`,
  );
  const bundle = path.join(scratch, 'schemas.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning',
  });
  const { patchSchema, CONTRACTS } = await import(pathToFileURL(bundle).href);
  generated = Object.fromEntries(
    CONTRACTS.map((c) => [`v${c}.schema.json`, `${JSON.stringify(patchSchema(c), null, 2)}\n`]),
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (process.argv.includes('--check')) {
  const stale = Object.entries(generated).filter(
    ([f, text]) => !existsSync(path.join(outDir, f)) || readFileSync(path.join(outDir, f), 'utf8') !== text,
  );
  if (stale.length > 0) {
    console.error(
      `schemas/patch/ is stale (${stale.map(([f]) => f).join(', ')}): run node scripts/patch-schemas.mjs`,
    );
    process.exit(1);
  }
  console.log('schemas/patch/ matches the model');
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [f, text] of Object.entries(generated)) writeFileSync(path.join(outDir, f), text);
  console.log(`wrote ${Object.keys(generated).length} patch schemas to schemas/patch/`);
}
