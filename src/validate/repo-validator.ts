/**
 * The validation a plan runs on its head render: Talos schema and semantic rules, fleet rules, the
 * built-in packs and the repository's own policies (read from the given files), with waivers.
 * Shared by the CLI and the action.
 */

import { repoPolicyFiles } from '../policy/repo-files.js';
import type { Fleet } from '../render/types.js';
import type { RepoFiles } from '../repo/files.js';
import type { CrossClusterScope } from './fleet.js';
import type { Finding } from './types.js';
import { validateFleet } from './validate-fleet.js';

/** `scope`: the rest of the fleet, when only part of it is validated (see validateFleet). */
export type FleetValidator = (fleet: Fleet, scope?: CrossClusterScope) => Finding[];

export function repoFleetValidator(opts: {
  files: RepoFiles;
  policiesDir?: string;
  redact: (text: string) => string;
}): FleetValidator {
  return (fleet, scope) =>
    validateFleet(fleet, {
      policyFiles: repoPolicyFiles(opts.files, opts.policiesDir ?? 'policies'),
      redact: opts.redact,
      scope,
    }).findings;
}
