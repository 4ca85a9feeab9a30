import { createRequire as __talosGitopsCreateRequire } from 'node:module';
const require = __talosGitopsCreateRequire(import.meta.url);
import {
  SecretRegistry,
  renderFleet,
  workTreeFiles
} from "./chunk-BEKQC6IL.js";
import {
  loadAgeIdentities,
  registerAgeIdentities
} from "./chunk-HLEF6RPP.js";
import {
  TalosGitopsError,
  describeError
} from "./chunk-4MQPINWT.js";

// src/cli/context.ts
import path from "node:path";
async function cliContext(io, repo, ageKeyFile) {
  const root = path.resolve(io.cwd, repo ?? ".");
  const registry = new SecretRegistry();
  const env = { ...io.env };
  if (ageKeyFile) env.SOPS_AGE_KEY_FILE = path.resolve(io.cwd, ageKeyFile);
  const identities = await loadAgeIdentities({ env });
  registerAgeIdentities(registry, identities);
  return {
    root,
    io,
    registry,
    identities,
    out: (t) => io.out(registry.redact(t)),
    err: (t) => io.err(registry.redact(t))
  };
}
async function renderWorkTree(ctx, opts) {
  return renderFleet({
    files: opts.files ?? workTreeFiles(ctx.root),
    clustersDir: opts.clustersDir,
    clusters: opts.clusters,
    stages: opts.stages,
    identities: ctx.identities,
    registry: ctx.registry,
    allowMissingSecrets: opts.allowMissingSecrets
  });
}
function reportRenderErrors(ctx, result) {
  for (const e of result.errors) ctx.err(`error: cluster ${e.cluster}: ${describeError(e.error)}
`);
  return result.errors.length > 0;
}
function requireNoPositionals(positionals, command) {
  if (positionals.length > 0)
    throw new TalosGitopsError(`${command} takes no arguments (got ${positionals.join(" ")}); see --help`);
}

export {
  cliContext,
  renderWorkTree,
  reportRenderErrors,
  requireNoPositionals
};
