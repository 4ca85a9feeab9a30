/** The CLI bundled from the sources as the build does, for tests that run it as a child process. */
import path from 'node:path';
import { build } from 'esbuild';
import { PROJECT } from './repo.js';

export async function bundleCli(outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(PROJECT, 'src/cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
}
