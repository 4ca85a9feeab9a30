#!/usr/bin/env node
// Bundles the CLI (dist/cli.js, with the code only some commands need in dist/cli-chunks/, loaded
// when a command is run) and the GitHub Action (dist/index.js, one file) into ESM with esbuild. `--check` rebuilds into a scratch folder and fails when the committed dist/ differs
// (the action runs the committed bundle, so it must match the sources). `--bench` builds the
// benchmark runner, its floor script and a bundle of the current sources (the CLI and the action it
// measures) into build/bench/.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// The CLI is split at its commands' dynamic imports: a cold `validate` then compiles and
// initialises about half of the code (no gRPC, rollout or simulator), which is most of its start-up.
const entries = [
  { in: 'src/cli/main.ts', name: 'cli', shebang: true, chunks: 'cli-chunks' },
  { in: 'action/main.ts', name: 'index' },
];

async function bundle(outDir) {
  for (const e of entries) {
    if (!existsSync(path.join(root, e.in))) continue;
    const split = e.chunks
      ? { splitting: true, outdir: outDir, entryNames: '[name]', chunkNames: `${e.chunks}/[name]-[hash]` }
      : { outfile: path.join(outDir, `${e.name}.js`) };
    // chunk names carry a content hash: clear the previous build's, so none is left behind
    if (e.chunks) rmSync(path.join(outDir, e.chunks), { recursive: true, force: true });
    await build({
      ...common,
      ...split,
      entryPoints: { [e.name]: path.join(root, e.in) },
      banner: { js: banner.js },
    });
    // only the entry is run as a program
    if (e.shebang) {
      const file = path.join(outDir, `${e.name}.js`);
      writeFileSync(file, `#!/usr/bin/env node\n${readFileSync(file, 'utf8')}`);
    }
  }
}

/** Every file under dir, as paths relative to it. */
function filesUnder(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
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
  let extra = [];
  try {
    await bundle(scratch);
    const fresh = filesUnder(scratch);
    for (const f of fresh) {
      const committed = path.join(root, 'dist', f);
      if (!existsSync(committed) || !readFileSync(committed).equals(readFileSync(path.join(scratch, f))))
        stale.push(`dist/${f}`);
    }
    extra = filesUnder(path.join(root, 'dist')).filter((f) => !fresh.includes(f));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (stale.length > 0 || extra.length > 0) {
    const what = [
      ...(stale.length ? [`${stale.join(', ')} differ from a fresh build`] : []),
      ...(extra.length ? [`${extra.map((f) => `dist/${f}`).join(', ')} are not part of it`] : []),
    ];
    console.error(`dist/ is stale: ${what.join('; ')}. Run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ matches the sources');
} else {
  await bundle(path.join(root, 'dist'));
}
