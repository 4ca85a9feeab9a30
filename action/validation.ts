/**
 * The validation the plan runs on the head render: Talos schema and semantic rules, fleet rules, the
 * built-in policy packs and the repository's own policies (read from the work tree, as the CLI's
 * `validate` does), with waivers. Failed renders are reported by the planner itself.
 */
import type { Fleet } from '../src/render/types.js';
import { workTreeFiles } from '../src/repo/files.js';
import { repoPolicyFiles, validateFleet } from '../src/validate/index.js';
import type { Finding } from '../src/validate/types.js';

export type FleetValidator = (fleet: Fleet) => Finding[] | Promise<Finding[]>;

export function fleetValidator(opts: {
  root: string;
  policiesDir: string;
  redact: (text: string) => string;
}): FleetValidator {
  return (fleet) =>
    validateFleet(fleet, {
      policyFiles: repoPolicyFiles(workTreeFiles(opts.root), opts.policiesDir),
      redact: opts.redact,
    }).findings;
}
