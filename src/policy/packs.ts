/** The built-in policy packs (baseline, hardened), loaded once from their embedded, pre-parsed form. */
import type { Finding } from '../validate/types.js';
import { loadPolicyFiles } from './load.js';
import { PACKS } from './packs.generated.js';
import type { PolicyRule } from './types.js';

export const BUILTIN_PACKS = Object.keys(PACKS);

let loaded: { rules: PolicyRule[]; findings: Finding[] } | undefined;

/** Every rule of every built-in pack (a broken pack is a bug: its problems come back as findings). */
export function packRules(): { rules: PolicyRule[]; findings: Finding[] } {
  loaded ??= loadPolicyFiles(
    BUILTIN_PACKS.map((pack) => {
      const { value, lines } = PACKS[pack]!;
      return {
        file: `policies/packs/${pack}.yaml`,
        text: '',
        parsed: { value, lineOf: (p) => lines[p] },
        pack,
      };
    }),
  );
  return loaded;
}
