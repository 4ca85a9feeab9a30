/** The built-in policy packs (baseline, hardened), loaded once from their embedded text. */
import type { Finding } from '../validate/types.js';
import { loadPolicyFiles } from './load.js';
import { PACK_SOURCES } from './packs.generated.js';
import type { PolicyRule } from './types.js';

export const BUILTIN_PACKS = Object.keys(PACK_SOURCES);

let loaded: { rules: PolicyRule[]; findings: Finding[] } | undefined;

/** Every rule of every built-in pack (a broken pack is a bug: its problems come back as findings). */
export function packRules(): { rules: PolicyRule[]; findings: Finding[] } {
  loaded ??= loadPolicyFiles(
    BUILTIN_PACKS.map((pack) => ({ file: `policies/packs/${pack}.yaml`, text: PACK_SOURCES[pack]!, pack })),
  );
  return loaded;
}
