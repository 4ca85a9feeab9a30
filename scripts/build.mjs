#!/usr/bin/env node
// Bundles the CLI (dist/cli.js) and the GitHub Action (dist/index.js) into single ESM files with
// esbuild. `--check` rebuilds into a scratch folder and fails when the committed dist/ differs
// (the action runs the committed bundle, so it must match the sources). `--bench` builds the
// benchmark runner, its floor script and a bundle of the current sources (the CLI and the action it
// measures) into build/bench/.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

// CommonJS dependencies bundled into ESM still call require() for Node built-ins.
const banner = {
  js: "import { createRequire as __talosGitopsCreateRequire } from 'node:module';\nconst require = __talosGitopsCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};

const entries = [
  { in: 'src/cli/main.ts', out: 'cli.js', shebang: true },
  { in: 'action/main.ts', out: 'index.js' },
];

async function bundle(outDir) {
  for (const e of entries) {
    if (!existsSync(path.join(root, e.in))) continue;
    await build({
      ...common,
      entryPoints: [path.join(root, e.in)],
      outfile: path.join(outDir, e.out),
      banner: { js: (e.shebang ? '#!/usr/bin/env node\n' : '') + banner.js },
    });
  }
}

if (args.includes('--bench')) {
  for (const name of ['bench', 'floor', 'rollout-sim']) {
    await build({
      ...common,
      entryPoints: [path.join(root, `bench/${name}.ts`)],
      outfile: path.join(root, `build/bench/${name}.js`),
    });
  }
  await bundle(path.join(root, 'build/bench/dist'));
} else if (args.includes('--check')) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'talos-gitops-dist-'));
  const stale = [];
  try {
    await bundle(scratch);
    for (const f of readdirSync(scratch)) {
      const fresh = readFileSync(path.join(scratch, f));
      const committed = path.join(root, 'dist', f);
      if (!existsSync(committed) || !readFileSync(committed).equals(fresh)) stale.push(`dist/${f}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (stale.length > 0) {
    console.error(
      `dist/ is stale: ${stale.join(', ')} differ from a fresh build. Run \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log('dist/ matches the sources');
} else {
  await bundle(path.join(root, 'dist'));
}
