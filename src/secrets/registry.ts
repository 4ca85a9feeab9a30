/**
 * Every secret value the engine has seen (decrypted SOPS values, the secrets bundle in each encoding,
 * values at Talos secret paths, age identities, talosconfig keys, tokens), and the one redactor that
 * scrubs all text leaving the engine: CLI output, errors, reports, comments, annotations, summaries
 * and logs.
 *
 * The redactor hides every occurrence of a registered value and every 16-character fragment of one
 * (a message that quotes the first 37 characters of a token shows none of them). It runs in one pass
 * over the text whose cost does not grow with the number of secrets: a rolling hash of the last 16
 * characters looked up in a table of every fragment, plus an Aho–Corasick automaton for the values
 * shorter than a fragment. A registration adds its own fragments to the table; the automaton (short
 * values are few) is rebuilt when the first text is redacted after one joins.
 */

export const REDACTED = '<redacted>';

/** Values shorter than this are not replaced in free text (they would wreck unrelated words). */
const MIN_TEXT_LENGTH = 6;

/** Fragments of this length of every registered value are hidden wherever they appear. */
export const FRAGMENT = 16;

const HASH_BASE = 0x01000193;
/** HASH_BASE ** FRAGMENT (mod 2^32): what the character leaving the window weighs. */
const OUT_WEIGHT = (() => {
  let w = 1;
  for (let i = 0; i < FRAGMENT; i++) w = Math.imul(w, HASH_BASE);
  return w;
})();

/** What String.prototype.trim removes (white space and line terminators). */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Every distinct 16-character window of the long values, in an open-addressing table of hashes that
 * grows as values are added: registering a value costs its own windows, never a rebuild.
 */
class FragmentTable {
  private hashes = new Int32Array(16);
  private owner = new Int32Array(16).fill(-1);
  private offset = new Int32Array(16);
  private used = 0;
  private readonly values: string[] = [];

  add(v: string): void {
    const i = this.values.push(v) - 1;
    const windows = Math.max(0, v.length - FRAGMENT + 1);
    if ((this.used + windows) * 2 > this.hashes.length) this.grow((this.used + windows) * 2);
    // the window's hash rolls as redact's does; `spaces` counts its white space
    let h = 0;
    let spaces = 0;
    for (let k = 0; k < v.length; k++) {
      const c = v.charCodeAt(k);
      h = (Math.imul(h, HASH_BASE) + c) | 0;
      if (isSpace(c)) spaces++;
      if (k >= FRAGMENT) {
        const gone = v.charCodeAt(k - FRAGMENT);
        h = (h - Math.imul(gone, OUT_WEIGHT)) | 0;
        if (isSpace(gone)) spaces--;
      }
      // a window of white space alone carries nothing of the secret, and is everywhere in YAML
      if (k >= FRAGMENT - 1 && spaces < FRAGMENT) this.insert(h, i, k - FRAGMENT + 1);
    }
  }

  /** Re-places every window by its stored hash in a table of at least `min` slots. */
  private grow(min: number): void {
    let size = this.hashes.length;
    while (size < min) size *= 2;
    const { hashes, owner, offset } = this;
    this.hashes = new Int32Array(size);
    this.owner = new Int32Array(size).fill(-1);
    this.offset = new Int32Array(size);
    const mask = size - 1;
    for (let k = 0; k < hashes.length; k++) {
      if (owner[k] === -1) continue;
      let slot = hashes[k]! & mask;
      while (this.owner[slot] !== -1) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[k]!;
      this.owner[slot] = owner[k]!;
      this.offset[slot] = offset[k]!;
    }
  }

  private insert(h: number, owner: number, offset: number): void {
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      if (this.owner[slot] === -1) {
        this.hashes[slot] = h;
        this.owner[slot] = owner;
        this.offset[slot] = offset;
        this.used++;
        return;
      }
      if (this.hashes[slot] === h && this.equals(slot, this.values[owner]!, offset)) return;
    }
  }

  private equals(slot: number, text: string, start: number): boolean {
    const v = this.values[this.owner[slot]!]!;
    const o = this.offset[slot]!;
    for (let k = 0; k < FRAGMENT; k++) if (v.charCodeAt(o + k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  /** Whether text[start, start+16) is a window of a registered value. */
  has(h: number, text: string, start: number): boolean {
    if (this.used === 0) return false;
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; this.owner[slot] !== -1; slot = (slot + 1) & mask) {
      if (this.hashes[slot] === h && this.equals(slot, text, start)) return true;
    }
    return false;
  }
}

/** Aho–Corasick over the short values (6 to 15 characters): every occurrence in one pass. */
class ShortValues {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Longest pattern ending at each state (following failure links), 0 for none. */
  private readonly out: number[] = [0];

  constructor(patterns: readonly string[]) {
    for (const p of patterns) {
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let t = this.next[s]!.get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push(0);
          this.next[s]!.set(c, t);
        }
        s = t;
      }
      this.out[s] = Math.max(this.out[s]!, p.length);
    }
    const queue: number[] = [];
    for (const t of this.next[0]!.values()) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      for (const [c, t] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const ft = this.next[f]!.get(c);
        this.fail[t] = ft !== undefined && ft !== t ? ft : 0;
        this.out[t] = Math.max(this.out[t]!, this.out[this.fail[t]!]!);
        queue.push(t);
      }
    }
  }

  get empty(): boolean {
    return this.next.length === 1;
  }

  step(s: number, c: number): number {
    while (s !== 0 && !this.next[s]!.has(c)) s = this.fail[s]!;
    return this.next[s]!.get(c) ?? 0;
  }

  longestEndingAt(s: number): number {
    return this.out[s]!;
  }
}

export class SecretRegistry {
  private readonly values = new Set<string>();
  private readonly fragments = new FragmentTable();
  /** Long values registered since the last redaction, not yet in `fragments`. */
  private pending: string[] = [];
  /** The lines registered for a multi-line value are inside it: their windows are its windows. */
  private readonly lines = new Set<string>();
  private readonly shortValues: string[] = [];
  private short: ShortValues | null = null;
  private readonly listeners: Array<(v: string) => void> = [];

  /** Registers a value and the forms it appears in (base64, each line of multi-line text). */
  add(value: string | undefined | null): void {
    if (value === undefined || value === null) return;
    const v = String(value);
    if (v.trim() === '' || this.values.has(v)) return;
    this.register(v);
    if (v.includes('\n'))
      for (const line of v.split('\n'))
        if (line.trim().length >= 16) {
          this.lines.add(line.trim());
          this.register(line.trim());
        }
    if (v.length >= MIN_TEXT_LENGTH && !/^[A-Za-z0-9+/]+=*$/.test(v))
      this.register(Buffer.from(v, 'utf8').toString('base64'));
  }

  addAll(values: Iterable<string>): void {
    for (const v of values) this.add(v);
  }

  private register(v: string) {
    if (this.values.has(v)) return;
    this.values.add(v);
    if (v.length >= FRAGMENT) this.pending.push(v);
    else if (v.length >= MIN_TEXT_LENGTH) {
      this.shortValues.push(v);
      this.short = null;
    }
    for (const l of this.listeners) l(v);
  }

  /** Called for every value registered from now on (the action passes them to core.setSecret). */
  onAdd(listener: (v: string) => void): void {
    this.listeners.push(listener);
    for (const v of this.values) listener(v);
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  get size(): number {
    return this.values.size;
  }

  all(): string[] {
    return [...this.values];
  }

  private built() {
    for (const v of this.pending) if (!this.lines.has(v)) this.fragments.add(v);
    this.pending = [];
    this.short ??= new ShortValues(this.shortValues);
    return { fragments: this.fragments, short: this.short };
  }

  /** Replaces every occurrence of a registered value, and of any 16-character fragment of one. */
  redact(text: string): string {
    if (this.values.size === 0 || text === '') return text;
    if (this.values.has(text)) return REDACTED;
    const { fragments, short } = this.built();
    // [start, end) ranges to hide, found in order of their end; merged as they come
    const hide: number[] = [];
    const mark = (start: number, end: number) => {
      while (hide.length > 0 && start <= hide[hide.length - 1]!) {
        end = Math.max(end, hide.pop()!);
        start = Math.min(start, hide.pop()!);
      }
      hide.push(start, end);
    };
    let h = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h = (Math.imul(h, HASH_BASE) + c) | 0;
      if (i >= FRAGMENT) h = (h - Math.imul(text.charCodeAt(i - FRAGMENT), OUT_WEIGHT)) | 0;
      if (i >= FRAGMENT - 1 && fragments.has(h, text, i - FRAGMENT + 1)) mark(i - FRAGMENT + 1, i + 1);
      if (!short.empty) {
        state = short.step(state, c);
        const len = short.longestEndingAt(state);
        if (len > 0) mark(i - len + 1, i + 1);
      }
    }
    if (hide.length === 0) return text;
    let out = '';
    let at = 0;
    for (let k = 0; k < hide.length; k += 2) {
      out += text.slice(at, hide[k]) + REDACTED;
      at = hide[k + 1]!;
    }
    return out + text.slice(at);
  }
}
