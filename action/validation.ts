/** The validation the plan runs on the head render (policies from the work tree, as the CLI's). */
import { workTreeFiles } from '../src/repo/files.js';
import { type FleetValidator, repoFleetValidator } from '../src/validate/repo-validator.js';

export type { FleetValidator };

export function fleetValidator(opts: {
  root: string;
  policiesDir: string;
  redact: (text: string) => string;
}): FleetValidator {
  return repoFleetValidator({
    files: workTreeFiles(opts.root),
    policiesDir: opts.policiesDir,
    redact: opts.redact,
  });
}
