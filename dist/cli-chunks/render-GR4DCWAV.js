import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  cliContext,
  renderWorkTree,
  reportRenderErrors,
  requireNoPositionals
} from "./chunk-D2OOZGHE.js";
import "./chunk-BEKQC6IL.js";
import "./chunk-N2UEE4T7.js";
import "./chunk-HLEF6RPP.js";
import {
  list,
  parseArgs,
  str
} from "./chunk-NI2UPSBJ.js";
import "./chunk-4MQPINWT.js";
import "./chunk-XKE3C3WH.js";
import "./chunk-ZD72TYB7.js";

// src/cli/commands/render.ts
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
var RENDER_HELP = `Usage: talos-gitops render [--repo DIR] [--cluster NAME]... [--stage S]... [--out DIR] [--clusters-dir DIR]

Renders every node's machine config into OUT/<cluster>/<node>.yaml (default OUT: rendered). The files hold
secrets (they are what gets applied) and are written with mode 0600. If any cluster fails, nothing is
written. Age identities come from SOPS_AGE_KEY / SOPS_AGE_KEY_FILE or --age-key-file.`;
async function renderCommand(argv, io) {
  const { positionals, flags } = parseArgs(argv, {
    repo: { value: true },
    cluster: { value: true, multiple: true },
    stage: { value: true, multiple: true },
    out: { value: true, short: "o" },
    "clusters-dir": { value: true },
    "age-key-file": { value: true },
    help: { short: "h" }
  });
  if (flags.help) {
    io.out(`${RENDER_HELP}
`);
    return 0;
  }
  requireNoPositionals(positionals, "render");
  const ctx = await cliContext(io, str(flags.repo), str(flags["age-key-file"]));
  const result = await renderWorkTree(ctx, {
    clusters: list(flags.cluster),
    stages: list(flags.stage),
    clustersDir: str(flags["clusters-dir"])
  });
  if (reportRenderErrors(ctx, result)) {
    ctx.err("nothing was written\n");
    return 1;
  }
  const out = path.resolve(io.cwd, str(flags.out) ?? "rendered");
  let count = 0;
  for (const c of result.fleet.clusters) {
    const dir = path.join(out, c.name);
    mkdirSync(dir, { recursive: true, mode: 448 });
    for (const n of c.nodes) {
      const file = path.join(dir, `${n.name}.yaml`);
      writeFileSync(file, n.text, { mode: 384 });
      chmodSync(file, 384);
      count++;
    }
    ctx.out(`${c.name} (${c.stage}, Talos ${c.talosVersion}): ${c.nodes.length} nodes
`);
  }
  ctx.out(`wrote ${count} machine configs to ${path.relative(io.cwd, out) || out}/
`);
  return 0;
}
export {
  RENDER_HELP,
  renderCommand
};
