/** What most commands share: the repository, the age identities, the secret registry and redaction. */
import path from 'node:path';
import { describeError, TalosGitopsError } from '../errors.js';
import { type RenderResult, renderFleet } from '../render/render.js';
import { type RepoFiles, workTreeFiles } from '../repo/files.js';
import { type AgeIdentity, loadAgeIdentities, registerAgeIdentities } from '../secrets/age-identities.js';
import { SecretRegistry } from '../secrets/registry.js';
import type { Io } from './io.js';

export interface CliContext {
  root: string;
  io: Io;
  registry: SecretRegistry;
  identities: AgeIdentity[];
  /** Writes to stdout/stderr through the redactor. */
  out(text: string): void;
  err(text: string): void;
}

export async function cliContext(io: Io, repo: string | undefined, ageKeyFile?: string): Promise<CliContext> {
  const root = path.resolve(io.cwd, repo ?? '.');
  const registry = new SecretRegistry();
  const env = { ...io.env };
  if (ageKeyFile) env.SOPS_AGE_KEY_FILE = path.resolve(io.cwd, ageKeyFile);
  const identities = await loadAgeIdentities({ env });
  // the keys themselves are secrets: no output may show them, even a key file read as a patch
  registerAgeIdentities(registry, identities);
  return {
    root,
    io,
    registry,
    identities,
    out: (t) => io.out(registry.redact(t)),
    err: (t) => io.err(registry.redact(t)),
  };
}

export async function renderWorkTree(
  ctx: CliContext,
  opts: {
    clusters?: string[];
    stages?: string[];
    clustersDir?: string;
    files?: RepoFiles;
    allowMissingSecrets?: boolean;
  },
): Promise<RenderResult> {
  return renderFleet({
    files: opts.files ?? workTreeFiles(ctx.root),
    clustersDir: opts.clustersDir,
    clusters: opts.clusters,
    stages: opts.stages,
    identities: ctx.identities,
    registry: ctx.registry,
    allowMissingSecrets: opts.allowMissingSecrets,
  });
}

/** Prints every cluster error and returns whether there were any. */
export function reportRenderErrors(ctx: CliContext, result: RenderResult): boolean {
  for (const e of result.errors) ctx.err(`error: cluster ${e.cluster}: ${describeError(e.error)}\n`);
  return result.errors.length > 0;
}

export function requireNoPositionals(positionals: string[], command: string): void {
  if (positionals.length > 0)
    throw new TalosGitopsError(`${command} takes no arguments (got ${positionals.join(' ')}); see --help`);
}
