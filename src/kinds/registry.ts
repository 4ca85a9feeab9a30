/**
 * The kind registry: every document kind's entry, looked up by kind. Secret path patterns are compiled
 * once per kind here; everything else is read from the entries as they are.
 */
import { SecretMatcher } from './secret-paths.js';
import type { KindEntry } from './types.js';

export class KindRegistry {
  private readonly byKind: Map<string, KindEntry>;
  private readonly matchers = new Map<string, SecretMatcher>();
  private readonly none = new SecretMatcher([]);

  constructor(readonly entries: readonly KindEntry[]) {
    this.byKind = new Map(entries.map((e) => [e.kind, e]));
    for (const e of entries) {
      const patterns = [...(e.secrets ?? []), ...(e.alsoSecret ?? []).map((s) => s.path)];
      if (patterns.length > 0) this.matchers.set(e.kind, new SecretMatcher(patterns));
    }
  }

  entry(kind: string): KindEntry | undefined {
    return this.byKind.get(kind);
  }

  /** The compiled secret paths of a kind (an empty matcher for kinds without secrets). */
  secrets(kind: string): SecretMatcher {
    return this.matchers.get(kind) ?? this.none;
  }

  /** A copy without some entries, or with some replaced (the completeness test uses it). */
  with(changes: { without?: readonly string[]; replace?: readonly KindEntry[] }): KindRegistry {
    const replaced = new Map((changes.replace ?? []).map((e) => [e.kind, e]));
    return new KindRegistry(
      this.entries
        .filter((e) => !(changes.without ?? []).includes(e.kind))
        .map((e) => replaced.get(e.kind) ?? e),
    );
  }
}
