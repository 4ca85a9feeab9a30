/**
 * The encrypt/unencrypt rules: which values of a file sops encrypts, decided as sops decides it
 * (Go RE2 patterns, on RE2's engine), and the rule put in words for messages.
 */
import { type LinearRegex, linearRegex } from '../../util/linear-regex.js';
import { SopsError } from './errors.js';

export type SopsRuleKind =
  | 'unencrypted_suffix'
  | 'encrypted_suffix'
  | 'unencrypted_regex'
  | 'encrypted_regex';

/** The one rule of a file that decides which values are encrypted (sops allows at most one). */
export interface SopsRule {
  kind: SopsRuleKind;
  value: string;
}

/** sops's default when a file names no rule. */
export const DEFAULT_RULE: SopsRule = { kind: 'unencrypted_suffix', value: '_unencrypted' };

/**
 * Compiles a Go (RE2) pattern with RE2's own engine: the same syntax sops reads, and matching in
 * linear time (a file's metadata comes from a pull request). Undefined when it is not valid RE2.
 */
export function compileGoRegex(pattern: string): LinearRegex | undefined {
  try {
    return linearRegex(pattern);
  } catch {
    return undefined;
  }
}

/** Returns the "should this path be encrypted" test for a rule, as sops decides it. */
export function ruleMatcher(rule: SopsRule, file: string): (path: readonly string[]) => boolean {
  switch (rule.kind) {
    case 'unencrypted_suffix':
      return (path) => !path.some((k) => k.endsWith(rule.value));
    case 'encrypted_suffix':
      return (path) => path.some((k) => k.endsWith(rule.value));
    case 'unencrypted_regex':
    case 'encrypted_regex': {
      const re = compileGoRegex(rule.value);
      if (!re) {
        throw new SopsError(
          'unsupported',
          `${file}: the ${rule.kind} ${JSON.stringify(rule.value)} is not a regular expression this tool can evaluate`,
          { file },
        );
      }
      const matches = (path: readonly string[]) => path.some((k) => re.test(k));
      return rule.kind === 'encrypted_regex' ? matches : (path) => !matches(path);
    }
  }
}

/** Why a clear-text value breaks the file's rule, in words. */
export function ruleReason(rule: SopsRule): string {
  const v = JSON.stringify(rule.value);
  switch (rule.kind) {
    case 'unencrypted_suffix':
      return `no key on its path ends with the unencrypted_suffix ${v}`;
    case 'encrypted_suffix':
      return `a key on its path ends with the encrypted_suffix ${v}`;
    case 'unencrypted_regex':
      return `no key on its path matches the unencrypted_regex ${v}`;
    case 'encrypted_regex':
      return `a key on its path matches the encrypted_regex ${v}`;
  }
}
