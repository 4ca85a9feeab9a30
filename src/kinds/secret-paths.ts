/**
 * Secret path patterns compiled once into a trie per kind. A pattern is dotted YAML keys where `*` is
 * any map key, `[]` any list item, `**` any depth, and `path?param` names a URL field's secret query
 * parameter. Lookups walk the document path once instead of re-splitting every pattern per value.
 */

/** Path segments as the matcher sees them: keys, `[]` for list items. */
export type PathSegs = readonly string[];

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The pattern ends here: the value is secret. */
  end: boolean;
  /** URL query parameters secret at this path. */
  params: string[];
  /** A `**` node: it consumes any number of segments. */
  loop: boolean;
}

const node = (loop = false): TrieNode => ({ next: new Map(), end: false, params: [], loop });

function patternSegs(path: string): string[] {
  return path.replace(/\[\]/g, '.[]').split('.').filter(Boolean);
}

/** Paths whose answer a matcher keeps. */
const MAX_KNOWN = 50_000;

export class SecretMatcher {
  private readonly root = node();
  readonly empty: boolean;
  private readonly known = new Map<string, boolean>();

  constructor(patterns: readonly string[]) {
    for (const p of patterns) {
      const [path, param] = p.split('?') as [string, string | undefined];
      let cur = this.root;
      for (const s of patternSegs(path)) {
        let n = cur.next.get(s);
        if (!n) {
          n = node(s === '**');
          cur.next.set(s, n);
        }
        cur = n;
      }
      if (param) cur.params.push(param);
      else cur.end = true;
    }
    this.empty = patterns.length === 0;
  }

  /** Nodes reached by the whole path (following `*` and `**`). */
  private reach(segs: PathSegs): TrieNode[] {
    let states = this.closure([this.root]);
    for (const s of segs) {
      const next: TrieNode[] = [];
      for (const st of states) {
        if (st.loop) next.push(st);
        const exact = st.next.get(s);
        if (exact) next.push(exact);
        const star = st.next.get('*');
        if (star) next.push(star);
      }
      if (next.length === 0) return [];
      states = this.closure(next);
    }
    return states;
  }

  /** `**` also matches zero segments. */
  private closure(states: TrieNode[]): TrieNode[] {
    const out = new Set<TrieNode>();
    const stack = [...states];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (out.has(s)) continue;
      out.add(s);
      const dstar = s.next.get('**');
      if (dstar) stack.push(dstar);
    }
    return [...out];
  }

  /**
   * Whether the value at this path is secret. Asked for every leaf of every rendered document, of a
   * few hundred distinct paths: the answers are kept (bounded, for documents with endless keys).
   */
  matches(segs: PathSegs): boolean {
    if (this.empty) return false;
    const key = segs.join('\0');
    let known = this.known.get(key);
    if (known === undefined) {
      known = this.reach(segs).some((n) => n.end);
      if (this.known.size >= MAX_KNOWN) this.known.clear();
      this.known.set(key, known);
    }
    return known;
  }

  /** The secret query parameter of the URL at this path, if any. */
  queryParam(segs: PathSegs): string | undefined {
    if (this.empty) return undefined;
    for (const n of this.reach(segs)) if (n.params.length > 0) return n.params[0];
    return undefined;
  }
}
