/** Validation as the CLI commands run it: the engine's validator with the repository's own policies. */
import type { Fleet } from '../render/types.js';
import { workTreeFiles } from '../repo/files.js';
import { repoPolicyFiles, validateFleet } from '../validate/index.js';
import type { Finding } from '../validate/types.js';
import type { CliContext } from './context.js';

export function planValidator(ctx: CliContext, policiesDir: string | undefined): (fleet: Fleet) => Finding[] {
  return (fleet) =>
    validateFleet(fleet, {
      policyFiles: repoPolicyFiles(workTreeFiles(ctx.root), policiesDir ?? 'policies'),
      redact: (t) => ctx.registry.redact(t),
    }).findings;
}
