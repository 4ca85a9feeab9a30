/**
 * SEAM: the validation (schema, Talos rules, policies) the plan runs on the head render. The engine
 * does not expose one entry point for it yet; when it does, return it here (with the policies
 * folder) and plans carry its findings. Until then a plan's findings are its failed renders.
 */
import type { Fleet } from '../src/render/types.js';
import type { Finding } from '../src/validate/types.js';

export type FleetValidator = (fleet: Fleet) => Finding[] | Promise<Finding[]>;

export function fleetValidator(_opts: { root: string; policiesDir: string }): FleetValidator | undefined {
  return undefined;
}
