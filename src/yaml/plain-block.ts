/**
 * A fast path for the YAML that cluster files and patches are mostly written in: block mappings and
 * sequences of one-line plain or quoted scalars and one-line flow collections, with comments. It
 * returns exactly the trees parseYamlDocuments would build from the `yaml` package (a test compares
 * them on every YAML file of the project and on mutations of them), or undefined at the first thing
 * outside that subset — anchors, tags, block scalars, escapes, multi-line scalars, empty values, tabs,
 * non-ASCII text, duplicate or merge keys, anything doubtful — and the `yaml` package then parses the
 * file and reports its errors. It exists because the `yaml` package's tree, built and then converted,
 * is most of what loading a fleet's 3,000 small files costs.
 */
import type { Pos, YDocument, YEntry, YNode, YScalar } from './ynode.js';

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of its first non-space character. */
  at: number;
  /** Offset of its end (the newline or the text's end). */
  end: number;
  indent: number;
  /** 1-based line number. */
  no: number;
}

/** Thrown (and caught below) when the text leaves the subset. */
class Outside {}
const OUTSIDE = new Outside();
const out = (): never => {
  throw OUTSIDE;
};

/** Deeper than this, the `yaml` package decides (and the depth limits apply there). */
const MAX_DEPTH = 64;

export function parsePlainBlockYaml(text: string): YDocument[] | undefined {
  if (OUTSIDE_ASCII.test(text)) return undefined;
  try {
    return new PlainBlockParser(text).documents();
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
}

/** Tabs, carriage returns, other control characters and anything not ASCII. */
const OUTSIDE_ASCII = /[^\n\x20-\x7e]/;

const isSpace = (c: string | undefined) => c === ' ';
const lineEnd = (c: string | undefined) => c === undefined || c === '\n';
/** Characters a plain scalar may not start with (YAML's indicators; `-`, `?`, `:` only before a space). */
const INDICATORS = new Set([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const FLOW_STOP = new Set([',', '[', ']', '{', '}']);

class PlainBlockParser {
  private readonly lines: Line[] = [];
  /** The content lines (not blank, not comments) of the document being parsed. */
  private doc: Line[] = [];
  private i = 0;
  private depth = 0;

  constructor(private readonly text: string) {
    let start = 0;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let at = start;
      while (at < end && text[at] === ' ') at++;
      this.lines.push({ start, at, end, indent: at - start, no: this.lines.length + 1 });
      if (end === text.length) break;
      start = end + 1;
    }
  }

  private pos(offset: number, line: Line): Pos {
    return { line: line.no, column: offset - line.start + 1 };
  }

  documents(): YDocument[] {
    const docs: YDocument[] = [];
    let current: Line[] = [];
    let started = false;
    const finish = () => {
      if (current.length === 0) out(); // an empty document: the `yaml` package says what it is
      this.doc = current;
      this.i = 0;
      const root = this.block(current[0]!.indent, current[0]!.at);
      if (this.i !== current.length) out();
      const pos = root.pos ?? out();
      docs.push({ root, index: docs.length, pos });
      current = [];
    };
    for (const line of this.lines) {
      const t = this.text;
      if (line.indent === 0 && t.startsWith('---', line.start)) {
        if (line.end !== line.start + 3) out();
        if (started || current.length > 0) finish();
        started = true;
        continue;
      }
      if (line.indent === 0 && (t.startsWith('...', line.start) || t[line.start] === '%')) out();
      if (line.at === line.end || t[line.at] === '#') continue;
      started = true;
      current.push(line);
    }
    finish();
    return docs;
  }

  private get line(): Line | undefined {
    return this.doc[this.i];
  }

  /** A mapping or sequence whose first line is the current one, its content starting at `at`. */
  private block(indent: number, at: number): YNode {
    if (++this.depth > MAX_DEPTH) out();
    try {
      return this.isItem(at) ? this.seq(indent) : this.map(indent, at);
    } finally {
      this.depth--;
    }
  }

  private isItem(at: number): boolean {
    const t = this.text;
    return t[at] === '-' && (isSpace(t[at + 1]) || lineEnd(t[at + 1]));
  }

  private seq(indent: number): YNode {
    const first = this.line!;
    const items: YNode[] = [];
    while (this.line && this.line.indent === indent && this.isItem(this.line.at)) {
      const line = this.line;
      let at = line.at + 1;
      while (isSpace(this.text[at])) at++;
      if (at >= line.end || this.text[at] === '#') out(); // an empty item or one on the next lines
      if (this.isItem(at)) out();
      if (this.keyEnd(at, line) !== undefined) {
        // a mapping in the item, its keys in the column of the first
        items.push(this.block(at - line.start, at));
      } else {
        items.push(this.inlineValue(at, line));
        this.i++;
      }
      // a more indented line would continue a one-line value (or be an error): not here
      const next = this.line;
      if (next && next.indent > indent) out();
    }
    return { t: 'seq', items, pos: this.pos(first.at, first) };
  }

  /** A mapping at `indent`; its first key starts at `at` (past a `- ` when it opens a sequence item). */
  private map(indent: number, at: number): YNode {
    const first = this.line!;
    const entries: YEntry[] = [];
    const seen = new Set<string>();
    let keyAt = at;
    for (;;) {
      const line = this.line!;
      const end = this.keyEnd(keyAt, line) ?? out();
      const key = this.key(keyAt, end, line);
      if (seen.has(key.text) || (key.text === '<<' && !key.quoted)) out();
      seen.add(key.text);
      let v = end + 1;
      while (isSpace(this.text[v])) v++;
      let value: YNode;
      if (v >= line.end || this.text[v] === '#') {
        this.i++;
        const next = this.line ?? out();
        if (next.indent > indent) value = this.block(next.indent, next.at);
        else if (next.indent === indent && this.isItem(next.at)) value = this.block(indent, next.at);
        else out(); // an empty value
      } else {
        value = this.inlineValue(v, line);
        this.i++;
      }
      entries.push({ key, value: value! });
      const next = this.line;
      if (!next || next.indent < indent) break;
      // more indented after a one-line value, or an item where a key belongs
      if (next.indent > indent || this.isItem(next.at)) out();
      keyAt = next.at;
    }
    return { t: 'map', entries, pos: this.pos(at, first) };
  }

  /** Where the `:` of a block mapping key starting at `at` is, if the line holds one. */
  private keyEnd(at: number, line: Line): number | undefined {
    const t = this.text;
    const c = t[at];
    if (c === '"' || c === "'") {
      const close = this.quotedEnd(at, line);
      return t[close] === ':' && (isSpace(t[close + 1]) || close + 1 >= line.end) ? close : undefined;
    }
    if (!this.plainStart(at, line)) return undefined;
    for (let k = at; k < line.end; k++) {
      const d = t[k];
      if (d === '#' && isSpace(t[k - 1])) return undefined;
      if (d === ':' && (isSpace(t[k + 1]) || k + 1 >= line.end)) {
        if (isSpace(t[k - 1]) || k - at > 1024) out();
        return k;
      }
    }
    return undefined;
  }

  private key(at: number, end: number, line: Line): YScalar {
    const t = this.text;
    if (t[at] === '"' || t[at] === "'") return this.quoted(at, line).node;
    const text = t.slice(at, end);
    for (const c of text) if (FLOW_STOP.has(c)) out();
    return { t: 'scalar', text, quoted: false, pos: this.pos(at, line) };
  }

  private plainStart(at: number, line: Line): boolean {
    const t = this.text;
    const c = t[at]!;
    if (INDICATORS.has(c) || c === '?' || c === ':') return false;
    // "-1" is a scalar, "- " an item
    return c !== '-' || (at + 1 < line.end && !isSpace(t[at + 1]));
  }

  /** A value on the rest of the line (a scalar or a flow collection), nothing after it but a comment. */
  private inlineValue(at: number, line: Line): YNode {
    const t = this.text;
    const c = t[at];
    let node: YNode;
    let after: number;
    if (c === '[' || c === '{') {
      const r = this.flow(at, line);
      node = r.node;
      after = r.after;
    } else if (c === '"' || c === "'") {
      const r = this.quoted(at, line);
      node = r.node;
      after = r.after;
    } else {
      if (!this.plainStart(at, line)) out();
      let k = at;
      for (; k < line.end; k++) {
        const d = t[k];
        if (d === '#' && isSpace(t[k - 1])) break;
        if (d === ':' && (isSpace(t[k + 1]) || k + 1 >= line.end)) out();
      }
      let e = k;
      while (isSpace(t[e - 1])) e--;
      node = { t: 'scalar', text: t.slice(at, e), quoted: false, pos: this.pos(at, line) };
      after = e;
    }
    this.restIsComment(after, line);
    return node;
  }

  private restIsComment(after: number, line: Line): void {
    const t = this.text;
    let k = after;
    while (isSpace(t[k])) k++;
    if (k < line.end && !(t[k] === '#' && k > after)) out();
  }

  private quotedEnd(at: number, line: Line): number {
    const t = this.text;
    const q = t[at];
    for (let k = at + 1; k < line.end; k++) {
      if (q === '"' && t[k] === '\\') out();
      if (t[k] === q) {
        if (q === "'" && t[k + 1] === "'") {
          k++;
          continue;
        }
        return k + 1;
      }
    }
    return out();
  }

  private quoted(at: number, line: Line): { node: YScalar; after: number } {
    const after = this.quotedEnd(at, line);
    let text = this.text.slice(at + 1, after - 1);
    if (this.text[at] === "'") text = text.replaceAll("''", "'");
    return { node: { t: 'scalar', text, quoted: true, pos: this.pos(at, line) }, after };
  }

  /** A flow collection closed on the same line. */
  private flow(at: number, line: Line): { node: YNode; after: number } {
    if (++this.depth > MAX_DEPTH) out();
    try {
      const t = this.text;
      const close = t[at] === '[' ? ']' : '}';
      const pos = this.pos(at, line);
      const items: YNode[] = [];
      const entries: YEntry[] = [];
      const seen = new Set<string>();
      let k = this.skip(at + 1, line);
      if (t[k] === close) {
        return { node: close === ']' ? { t: 'seq', items, pos } : { t: 'map', entries, pos }, after: k + 1 };
      }
      for (;;) {
        if (close === ']') {
          const r = this.flowValue(k, line);
          items.push(r.node);
          k = this.skip(r.after, line);
          if (t[k] === ':') out(); // a pair in a sequence
        } else {
          const c = t[k];
          if (c === '[' || c === '{') out();
          const key = this.flowValue(k, line);
          if (key.node.t !== 'scalar') out();
          const keyNode = key.node as YScalar;
          if (t[key.after] !== ':' || !isSpace(t[key.after + 1])) out();
          if (seen.has(keyNode.text) || (keyNode.text === '<<' && !keyNode.quoted)) out();
          seen.add(keyNode.text);
          const value = this.flowValue(this.skip(key.after + 1, line), line);
          entries.push({ key: keyNode, value: value.node });
          k = this.skip(value.after, line);
        }
        if (t[k] === close) break;
        if (t[k] !== ',') out();
        k = this.skip(k + 1, line);
        if (t[k] === close || t[k] === ',') out(); // a trailing or empty entry
      }
      return { node: close === ']' ? { t: 'seq', items, pos } : { t: 'map', entries, pos }, after: k + 1 };
    } finally {
      this.depth--;
    }
  }

  private skip(k: number, line: Line): number {
    while (isSpace(this.text[k])) k++;
    if (k >= line.end || this.text[k] === '#') out(); // continued on another line, or a comment inside
    return k;
  }

  private flowValue(at: number, line: Line): { node: YNode; after: number } {
    const t = this.text;
    const c = t[at]!;
    if (c === '[' || c === '{') return this.flow(at, line);
    if (c === '"' || c === "'") {
      const r = this.quoted(at, line);
      // after a quoted scalar in flow: a separator, a close, or the `:` of a pair
      const d = t[r.after];
      if (!(isSpace(d) || d === ',' || d === ']' || d === '}' || d === ':')) out();
      return r;
    }
    if (!this.plainStart(at, line)) out();
    let k = at;
    for (; k < line.end; k++) {
      const d = t[k]!;
      if (FLOW_STOP.has(d)) break;
      if (d === ':') {
        const e = t[k + 1];
        if (isSpace(e) || e === undefined || k + 1 >= line.end || FLOW_STOP.has(e)) break;
      }
      if (d === '#' && isSpace(t[k - 1])) out();
    }
    let e = k;
    while (isSpace(t[e - 1])) e--;
    if (e === at) out();
    return { node: { t: 'scalar', text: t.slice(at, e), quoted: false, pos: this.pos(at, line) }, after: k };
  }
}
