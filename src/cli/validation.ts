/** Validation as the CLI's plan runs it: the engine's validator with the repository's own policies. */
import { workTreeFiles } from '../repo/files.js';
import { type FleetValidator, repoFleetValidator } from '../validate/repo-validator.js';
import type { CliContext } from './context.js';

export function planValidator(ctx: CliContext, policiesDir: string | undefined): FleetValidator {
  return repoFleetValidator({
    files: workTreeFiles(ctx.root),
    policiesDir,
    redact: (t) => ctx.registry.redact(t),
  });
}
