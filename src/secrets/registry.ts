/**
 * Every secret value the engine has seen (decrypted SOPS values, the secrets bundle in each encoding,
 * values at Talos secret paths, age identities, talosconfig keys, tokens), and the one redactor that
 * scrubs all text leaving the engine: CLI output, errors, reports, comments, annotations, summaries
 * and logs.
 *
 * The redactor hides every occurrence of a registered value and every 16-character fragment of one
 * (a message that quotes the first 37 characters of a token shows none of them). It runs in one pass
 * over the text whose cost does not grow with the number of secrets. Every 16-character fragment of a
 * value holds one of its 8-character pieces at a multiple of 8 (its anchors), so the table holds the
 * anchors alone, each with the 8 characters either side of it: a rolling hash of the text's last 8
 * characters finds an anchor, and comparing those sides tells which 16-character windows around it
 * are fragments. An Aho–Corasick automaton finds the values shorter than a fragment. A registration
 * adds its own anchors to the table; the automaton (short values are few) is rebuilt when the first
 * text is redacted after one joins.
 */

export const REDACTED = '<redacted>';

/** Values shorter than this are not replaced in free text (they would wreck unrelated words). */
const MIN_TEXT_LENGTH = 6;

/** Fragments of this length of every registered value are hidden wherever they appear. */
export const FRAGMENT = 16;

const HASH_BASE = 0x01000193;

/** Anchors are a value's pieces of this length at its multiples of it: every fragment holds one. */
const ANCHOR = FRAGMENT / 2;

/** HASH_BASE ** ANCHOR (mod 2^32): what the character leaving the rolling window weighs. */
const OUT_WEIGHT = (() => {
  let w = 1;
  for (let i = 0; i < ANCHOR; i++) w = Math.imul(w, HASH_BASE);
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

/** log2 of the bits of FragmentTable's filter. */
const FILTER_BITS = 21;

/** A hash of v's piece at `at` with the (up to) 8 characters either side of it. */
function sidesHash(v: string, at: number): number {
  const from = Math.max(0, at - ANCHOR);
  const to = Math.min(v.length, at + 2 * ANCHOR);
  let h = Math.imul(at - from + 1, 0x9e3779b1) ^ (to - at);
  for (let k = from; k < to; k++) h = (Math.imul(h, HASH_BASE) + v.charCodeAt(k)) | 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h || 1;
}

function anchorHash(v: string, at: number): number {
  let h = 0;
  for (let k = at; k < at + ANCHOR; k++) h = (Math.imul(h, HASH_BASE) + v.charCodeAt(k)) | 0;
  return h || 1;
}

/**
 * The anchors of the long values in an open-addressing table of hashes that grows as values are
 * added (registering a value costs its own anchors, never a rebuild). A slot holds an anchor's hash
 * and the first of its places; a piece found in several values (PEM armour, DER headers) keeps one
 * place for each distinct 8 characters either side of it, as only those decide what it hides.
 */
class FragmentTable {
  /** [hash, first place] pairs; hash 0 marks an empty slot (a piece hashing to 0 is stored as 1). */
  private slots = new Int32Array(64);
  private bits = 5;
  /** Every place: its value (index into `values`), offset, and the next place of the same piece. */
  private owner = new Int32Array(16);
  private offset = new Int32Array(16);
  private next = new Int32Array(16);
  private places = 0;
  private pieces = 0;
  /**
   * One bit per hash prefix of the pieces here: most characters redacted are no piece's end, and
   * this answers for them from 256 KB (the cache) instead of the table.
   */
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));
  /**
   * [hash of a place's piece and sides, place] pairs, to tell a new place from one already here:
   * the places of every piece found more than once.
   */
  private sides = new Int32Array(64);
  private sideBits = 5;
  private sided = 0;
  /** 1 for a place in `sides`; a piece's only place is not (most pieces are found in one value). */
  private sidedPlace = new Uint8Array(16);
  private readonly values: string[] = [];

  add(v: string): void {
    const i = this.values.push(v) - 1;
    for (let at = 0; at + ANCHOR <= v.length; at += ANCHOR) this.insert(anchorHash(v, at), i, at);
  }

  private insert(h: number, owner: number, at: number): void {
    if ((this.pieces + 1) * 2 > 1 << this.bits) this.grow();
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    const v = this.values[owner]!;
    let slot = h >>> (32 - this.bits);
    for (; slots[slot * 2] !== 0; slot = (slot + 1) & mask) {
      if (slots[slot * 2] !== h) continue;
      const first = slots[slot * 2 + 1]!;
      if (!this.samePiece(first, v, at)) continue;
      // the piece's first place joins the sides table once a second one comes along
      if (this.sidedPlace[first] === 0) {
        const w = this.values[this.owner[first]!]!;
        this.side(sidesHash(w, this.offset[first]!), first);
      }
      // a place with the same sides is already here: found by their hash, not by walking the places
      const c = sidesHash(v, at);
      if (this.known(c, v, at)) return;
      const p = this.place(owner, at, first);
      this.side(c, p);
      slots[slot * 2 + 1] = p;
      return;
    }
    slots[slot * 2] = h;
    // most pieces are found in one value only: their sides are hashed when a second place comes
    slots[slot * 2 + 1] = this.place(owner, at, -1);
    this.pieces++;
    const bit = h >>> (32 - FILTER_BITS);
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** Whether a place with the piece and sides of v's piece at `at` (sides hashing to c) is here. */
  private known(c: number, v: string, at: number): boolean {
    const mask = (1 << this.sideBits) - 1;
    for (let slot = c >>> (32 - this.sideBits); this.sides[slot * 2] !== 0; slot = (slot + 1) & mask) {
      const p = this.sides[slot * 2 + 1]!;
      if (this.sides[slot * 2] === c && this.samePiece(p, v, at) && this.sameSides(p, v, at)) return true;
    }
    return false;
  }

  private place(owner: number, at: number, next: number): number {
    if (this.places === this.owner.length) {
      const more = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.owner = more(this.owner);
      this.offset = more(this.offset);
      this.next = more(this.next);
      const flags = new Uint8Array(this.sidedPlace.length * 2);
      flags.set(this.sidedPlace);
      this.sidedPlace = flags;
    }
    const p = this.places++;
    this.owner[p] = owner;
    this.offset[p] = at;
    this.next[p] = next;
    return p;
  }

  private side(c: number, p: number): void {
    this.sidedPlace[p] = 1;
    if (++this.sided * 2 > 1 << this.sideBits) {
      const old = this.sides;
      this.sideBits++;
      this.sides = new Int32Array(2 << this.sideBits);
      for (let k = 0; k < old.length; k += 2) if (old[k] !== 0) this.sideAt(old[k]!, old[k + 1]!);
    }
    this.sideAt(c, p);
  }

  private sideAt(c: number, p: number): void {
    const mask = (1 << this.sideBits) - 1;
    let slot = c >>> (32 - this.sideBits);
    while (this.sides[slot * 2] !== 0) slot = (slot + 1) & mask;
    this.sides[slot * 2] = c;
    this.sides[slot * 2 + 1] = p;
  }

  private grow(): void {
    const old = this.slots;
    this.bits++;
    this.slots = new Int32Array(2 << this.bits);
    const mask = (1 << this.bits) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] === 0) continue;
      let slot = old[k]! >>> (32 - this.bits);
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & mask;
      this.slots[slot * 2] = old[k]!;
      this.slots[slot * 2 + 1] = old[k + 1]!;
    }
  }

  private samePiece(p: number, text: string, at: number): boolean {
    const v = this.values[this.owner[p]!]!;
    const o = this.offset[p]!;
    for (let k = 0; k < ANCHOR; k++) if (v.charCodeAt(o + k) !== text.charCodeAt(at + k)) return false;
    return true;
  }

  /** Whether a place and v's piece at `at` have the same 8 characters (or fewer, at an end) either side. */
  private sameSides(p: number, v: string, at: number): boolean {
    const w = this.values[this.owner[p]!]!;
    const o = this.offset[p]!;
    const before = Math.min(ANCHOR, at);
    const after = Math.min(ANCHOR, v.length - at - ANCHOR);
    if (Math.min(ANCHOR, o) !== before || Math.min(ANCHOR, w.length - o - ANCHOR) !== after) return false;
    for (let k = -before; k < ANCHOR + after; k++)
      if (w.charCodeAt(o + k) !== v.charCodeAt(at + k)) return false;
    return true;
  }

  /** The slot holding a piece of this hash, or -1 (called for every character redacted: kept small). */
  probe(hash: number): number {
    const h = hash || 1;
    const bit = h >>> (32 - FILTER_BITS);
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    for (let slot = h >>> (32 - this.bits); slots[slot * 2] !== 0; slot = (slot + 1) & mask) {
      if (slots[slot * 2] === h) return slot;
    }
    return -1;
  }

  /**
   * Given a slot `probe` found for text[at, at+8): every 16-character window around it that is a
   * fragment of a registered value (and not white space alone), as [start, end) pairs. Slots of
   * the same hash follow it (a collision).
   */
  find(slot: number, text: string, at: number, out: number[]): void {
    const slots = this.slots;
    const mask = (1 << this.bits) - 1;
    const h = slots[slot * 2]!;
    // bit k: the window starting at at - 8 + k is out already (a piece in many values finds it often)
    let windows = 0;
    for (; slots[slot * 2] !== 0; slot = (slot + 1) & mask) {
      if (slots[slot * 2] !== h || !this.samePiece(slots[slot * 2 + 1]!, text, at)) continue;
      for (let p = slots[slot * 2 + 1]!; p !== -1 && windows !== EVERY_WINDOW; p = this.next[p]!) {
        const v = this.values[this.owner[p]!]!;
        const o = this.offset[p]!;
        // how far the text goes on matching the value either side of the piece
        let l = 0;
        while (l < ANCHOR && l < o && l < at && text.charCodeAt(at - l - 1) === v.charCodeAt(o - l - 1)) l++;
        let r = 0;
        const room = Math.min(ANCHOR, v.length - o - ANCHOR, text.length - at - ANCHOR);
        while (r < room && text.charCodeAt(at + ANCHOR + r) === v.charCodeAt(o + ANCHOR + r)) r++;
        for (let x = at - l; x + FRAGMENT <= at + ANCHOR + r; x++) {
          const bit = 1 << (x - at + ANCHOR);
          if (windows & bit) continue;
          windows |= bit;
          if (!blank(text, x)) out.push(x, x + FRAGMENT);
        }
      }
      return;
    }
  }
}

/** The 9 windows around a piece (starting 8 characters before it to at it), each one bit. */
const EVERY_WINDOW = (1 << (ANCHOR + 1)) - 1;

/** Whether text[start, start+16) is white space alone (which carries nothing of a secret). */
function blank(text: string, start: number): boolean {
  for (let k = start; k < start + FRAGMENT; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
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
    // [start, end) ranges to hide, in any order: joined below
    const found: number[] = [];
    let h = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h = (Math.imul(h, HASH_BASE) + c) | 0;
      if (i >= ANCHOR) h = (h - Math.imul(text.charCodeAt(i - ANCHOR), OUT_WEIGHT)) | 0;
      if (i >= ANCHOR - 1) {
        const slot = fragments.probe(h);
        if (slot >= 0) fragments.find(slot, text, i - ANCHOR + 1, found);
      }
      if (!short.empty) {
        state = short.step(state, c);
        const len = short.longestEndingAt(state);
        if (len > 0) found.push(i - len + 1, i + 1);
      }
    }
    if (found.length === 0) return text;
    // the furthest end of a range starting at each character; then one sweep joins touching ranges
    const reach = new Int32Array(text.length);
    for (let k = 0; k < found.length; k += 2) {
      if (found[k + 1]! > reach[found[k]!]!) reach[found[k]!] = found[k + 1]!;
    }
    let out = '';
    let at = 0;
    let end = -1;
    for (let i = 0; i < text.length; i++) {
      const r = reach[i]!;
      if (r === 0 || r <= end) continue;
      if (i > end) out += text.slice(at, i) + REDACTED;
      end = r;
      at = r;
    }
    return out + text.slice(at);
  }
}
