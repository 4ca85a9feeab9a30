/** `talos-gitops render`: writes `<out>/<cluster>/<node>.yaml` for every node, or nothing at all. */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { list, parseArgs, str } from '../args.js';
import { cliContext, renderWorkTree, reportRenderErrors, requireNoPositionals } from '../context.js';
import type { Io } from '../io.js';

export const RENDER_HELP = `Usage: talos-gitops render [--repo DIR] [--cluster NAME]... [--stage S]... [--out DIR] [--clusters-dir DIR]

Renders every node's machine config into OUT/<cluster>/<node>.yaml (default OUT: rendered). The files hold
secrets (they are what gets applied) and are written with mode 0600. If any cluster fails, nothing is
written. Age identities come from SOPS_AGE_KEY / SOPS_AGE_KEY_FILE or --age-key-file.`;

export async function renderCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    cluster: { value: true, multiple: true },
    stage: { value: true, multiple: true },
    out: { value: true, short: 'o' },
    'clusters-dir': { value: true },
    'age-key-file': { value: true },
    help: { short: 'h' },
  });
  if (flags.help) {
    io.out(`${RENDER_HELP}\n`);
    return 0;
  }
  requireNoPositionals(positionals, 'render');
  const ctx = await cliContext(io, str(flags.repo), str(flags['age-key-file']));
  const result = await renderWorkTree(ctx, {
    clusters: list(flags.cluster),
    stages: list(flags.stage),
    clustersDir: str(flags['clusters-dir']),
  });
  if (reportRenderErrors(ctx, result)) {
    ctx.err('nothing was written\n');
    return 1;
  }
  const out = path.resolve(io.cwd, str(flags.out) ?? 'rendered');
  let count = 0;
  for (const c of result.fleet.clusters) {
    const dir = path.join(out, c.name);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    for (const n of c.nodes) {
      const file = path.join(dir, `${n.name}.yaml`);
      writeFileSync(file, n.text, { mode: 0o600 });
      chmodSync(file, 0o600);
      count++;
    }
    ctx.out(`${c.name} (${c.stage}, Talos ${c.talosVersion}): ${c.nodes.length} nodes\n`);
  }
  ctx.out(`wrote ${count} machine configs to ${path.relative(io.cwd, out) || out}/\n`);
  return 0;
}
