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

export class SecretMatcher {
  private readonly root = node();
  readonly empty: boolean;

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
      states = this.advance(states, s);
      if (states.length === 0) return [];
    }
    return states;
  }

  /** The nodes one more segment reaches. */
  advance(states: readonly TrieNode[], seg: string): TrieNode[] {
    const next: TrieNode[] = [];
    for (const st of states) {
      if (st.loop) next.push(st);
      const exact = st.next.get(seg);
      if (exact) next.push(exact);
      const star = st.next.get('*');
      if (star) next.push(star);
    }
    return next.length === 0 ? [] : this.closure(next);
  }

  /**
   * Where the root of a document stands, for a walk that goes down one segment at a time: each step
   * is answered once per state and segment (a walk over every leaf of every rendered document
   * otherwise matches each leaf's whole path again).
   */
  start(): SecretCursor {
    this.root_ ??= new SecretCursor(this, this.closure([this.root]));
    return this.root_;
  }
  private root_: SecretCursor | undefined;

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

  /** Whether the value at this path is secret. */
  matches(segs: PathSegs): boolean {
    if (this.empty) return false;
    return this.reach(segs).some((n) => n.end);
  }

  /** The secret query parameter of the URL at this path, if any. */
  queryParam(segs: PathSegs): string | undefined {
    if (this.empty) return undefined;
    for (const n of this.reach(segs)) if (n.params.length > 0) return n.params[0];
    return undefined;
  }
}

/** A place in a document as the matcher sees it: whether the value there is secret, and the steps on. */
export class SecretCursor {
  readonly secret: boolean;
  /** The secret query parameter of a URL here, if any. */
  readonly param: string | undefined;
  private readonly steps = new Map<string, SecretCursor>();

  constructor(
    private readonly matcher: SecretMatcher,
    private readonly nodes: TrieNode[],
  ) {
    this.secret = nodes.some((n) => n.end);
    this.param = nodes.find((n) => n.params.length > 0)?.params[0];
  }

  step(seg: string): SecretCursor {
    let next = this.steps.get(seg);
    if (next === undefined) {
      next =
        this.nodes.length === 0
          ? this
          : new SecretCursor(this.matcher, this.matcher.advance(this.nodes, seg));
      // map keys are endless (labels, annotations): a state keeps a bounded number of steps
      if (this.steps.size < MAX_STEPS) this.steps.set(seg, next);
    }
    return next;
  }
}

/** Steps a cursor keeps. */
const MAX_STEPS = 1_000;
