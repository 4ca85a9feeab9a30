/**
 * The folder of the installed talos-gitops package (the one holding its package.json), found from this
 * module's own location, so commands can reach the files the package ships (the example fleet) both from
 * the sources and from the bundled `dist/cli.js`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from: string = import.meta.url): string | undefined {
  let dir = path.dirname(fileURLToPath(from));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'talos-gitops')
          return dir;
      } catch {
        // not a manifest we can read: keep looking upwards
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
