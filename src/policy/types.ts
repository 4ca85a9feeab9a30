/** Policy rules as the engine runs them, after a policy file has been loaded and checked. */
import type { Role } from '../render/types.js';
import type { Severity } from '../validate/types.js';

export interface Scope {
  clusters?: string[];
  stages?: string[];
  roles?: Role[];
  nodes?: string[];
  /** Talos release lines, e.g. `1.13`. */
  talosVersions?: string[];
}

export interface Target {
  kind: string;
  name?: string;
  path: string;
}

/** Operators (all must hold), or a JSON Schema under `schema`; see schemas/policy.schema.json. */
export type Condition = Record<string, unknown>;

export interface Check {
  target: Target;
  condition?: Condition;
  missing?: 'pass' | 'fail';
}

export interface PolicyRule {
  id: string;
  severity: Severity;
  description: string;
  rationale?: string;
  scope: Scope;
  /** One check for `target` + `condition`; several for `anyOf` / `allOf`. */
  checks: Check[];
  /** `any`: the rule holds when one check holds (anyOf); `all`: when every check holds. */
  mode: 'any' | 'all';
  builtin?: string;
  params?: Record<string, unknown>;
  /** The pack it comes from, for built-in rules. */
  pack?: string;
  source: { file: string; line?: number };
}
