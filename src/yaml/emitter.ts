/**
 * A YAML emitter that reproduces go-yaml's output byte for byte (the layout Talos prints configs in):
 * block style, a configurable indent (Talos: 4), sequences indented under their key (or not, for the
 * yaml.v2 layout JSON patches produce), no line folding, empty collections as `[]`/`{}`, and go-yaml's
 * choice of scalar style. It emits a small node tree; representation (which Go value becomes which
 * scalar) lives in the callers.
 */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

export type ENode =
  | { k: 'map'; entries: Array<[ENode, ENode]> }
  | { k: 'seq'; items: ENode[] }
  | { k: 'scalar'; v: string; style: ScalarStyle };

export interface EmitOptions {
  /** Spaces per level (go-yaml's best indent). */
  indent: number;
  /** yaml.v2 layout: block sequences inside mappings are not indented ("indentless"). */
  indentlessSequences?: boolean;
  /** Fold long plain scalars at this width (yaml.v2 wraps at 80); undefined = never fold. */
  width?: number;
}

type Parent = 'root' | 'seqItem' | 'mapValue' | 'mapKey';

export function scalar(v: string, style: ScalarStyle = 'plain'): ENode {
  return { k: 'scalar', v, style };
}

/** Emits one document (no `---` marker); the result ends with a newline. */
export function emitDocument(root: ENode, opts: EmitOptions): string {
  const w = new Writer(opts);
  w.node(root, -1, 'root', false);
  w.finish();
  return w.text();
}

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  flowPlainAllowed: boolean;
  singleAllowed: boolean;
  blockAllowed: boolean;
}

const isBreakChar = (c: string) =>
  c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isSpaceChar = (c: string) => c === ' ';
const isBlankChar = (c: string | undefined) => c === ' ' || c === '\t';

/** YAML's printable set: what may appear unescaped. */
function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x85 ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** The style constraints of a scalar's text (libyaml's analyze_scalar). */
/**
 * Scalars made only of these (certificates, keys, names, addresses, URLs without spaces) trip no
 * indicator but a `:` inside: most of a config's text, analysed without walking it.
 */
const PLAIN_SAFE = /^[A-Za-z0-9/_+=~][A-Za-z0-9/_+=~.\-:@%]*$/;

export function analyzeScalar(value: string): Analysis {
  if (PLAIN_SAFE.test(value)) {
    return {
      multiline: false,
      flowPlainAllowed: !value.includes(':'),
      blockPlainAllowed: true,
      singleAllowed: true,
      blockAllowed: true,
    };
  }
  return analyzeScalarByChar(value);
}

/** The analysis character by character (go-yaml's yaml_emitter_analyze_scalar). */
export function analyzeScalarByChar(value: string): Analysis {
  if (value.length === 0) {
    return {
      multiline: false,
      flowPlainAllowed: false,
      blockPlainAllowed: true,
      singleAllowed: true,
      blockAllowed: false,
    };
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let tabCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (value.startsWith('---') || value.startsWith('...')) {
    blockIndicators = true;
    flowIndicators = true;
  }
  const chars = Array.from(value);
  let precededByWhitespace = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const followedByWhitespace =
      i + 1 >= chars.length || isBlankChar(chars[i + 1]) || isBreakChar(chars[i + 1]!);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) {
        flowIndicators = true;
        blockIndicators = true;
      } else if (c === '?' || c === ':') {
        flowIndicators = true;
        if (followedByWhitespace) blockIndicators = true;
      } else if (c === '-' && followedByWhitespace) {
        flowIndicators = true;
        blockIndicators = true;
      }
    } else if (',?[]{}'.includes(c)) {
      flowIndicators = true;
    } else if (c === ':') {
      flowIndicators = true;
      if (followedByWhitespace) blockIndicators = true;
    } else if (c === '#' && precededByWhitespace) {
      flowIndicators = true;
      blockIndicators = true;
    }
    if (c === '\t') tabCharacters = true;
    else if (!isPrintable(c)) specialCharacters = true;
    if (isSpaceChar(c)) {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreakChar(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankChar(c) || isBreakChar(c);
  }
  const a: Analysis = {
    multiline: lineBreaks,
    flowPlainAllowed: true,
    blockPlainAllowed: true,
    singleAllowed: true,
    blockAllowed: true,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleAllowed = false;
  }
  if (spaceBreak || tabCharacters || specialCharacters) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleAllowed = false;
  }
  if (spaceBreak || specialCharacters) a.blockAllowed = false;
  if (lineBreaks) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (flowIndicators) a.flowPlainAllowed = false;
  if (blockIndicators) a.blockPlainAllowed = false;
  return a;
}

class Writer {
  private readonly parts: string[] = [];
  private column = 0;
  private whitespace = true;
  private indention = true;
  private readonly best: number;

  constructor(private readonly opts: EmitOptions) {
    this.best = opts.indent;
  }

  text(): string {
    return this.parts.join('');
  }

  private put(s: string) {
    this.parts.push(s);
    this.column += s.length;
  }

  private lineBreak() {
    this.parts.push('\n');
    this.column = 0;
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndent(indent: number) {
    const target = Math.max(indent, 0);
    if (!this.indention || this.column > target || (this.column === target && !this.whitespace))
      this.lineBreak();
    if (this.column < target) this.put(' '.repeat(target - this.column));
    this.whitespace = true;
  }

  private indicator(s: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean) {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** libyaml's increase_indent with go-yaml's regular-indentation change. */
  private increase(indent: number, parent: Parent, flow: boolean, indentless: boolean): number {
    if (indent < 0) return flow ? this.best : 0;
    if (indentless) return indent;
    if (parent === 'seqItem') return indent + 2;
    return this.best * Math.floor((indent + this.best) / this.best);
  }

  finish() {
    this.writeIndent(-1);
  }

  node(n: ENode, indent: number, parent: Parent, simpleKey: boolean): void {
    if (n.k === 'scalar') {
      this.scalarNode(n, indent, parent, simpleKey);
      return;
    }
    if (n.k === 'seq') {
      if (n.items.length === 0) {
        this.indicator('[', true, true, false);
        this.indicator(']', false, false, false);
        return;
      }
      const indentless = !!this.opts.indentlessSequences && parent === 'mapValue' && !this.indention;
      const inner = this.increase(indent, parent, false, indentless);
      for (const item of n.items) {
        this.writeIndent(inner);
        this.indicator('-', true, false, true);
        this.node(item, inner, 'seqItem', false);
      }
      return;
    }
    if (n.entries.length === 0) {
      this.indicator('{', true, true, false);
      this.indicator('}', false, false, false);
      return;
    }
    const inner = this.increase(indent, parent, false, false);
    for (const [key, value] of n.entries) {
      this.writeIndent(inner);
      if (isSimpleKey(key)) {
        this.node(key, inner, 'mapKey', true);
        this.indicator(':', false, false, false);
      } else {
        this.indicator('?', true, false, true);
        this.node(key, inner, 'mapKey', false);
        this.writeIndent(inner);
        this.indicator(':', true, false, true);
      }
      this.node(value, inner, 'mapValue', false);
    }
  }

  private scalarNode(
    n: { v: string; style: ScalarStyle },
    indent: number,
    parent: Parent,
    simpleKey: boolean,
  ) {
    const a = analyzeScalar(n.v);
    let style = n.style;
    if (simpleKey && a.multiline) style = 'double';
    if (style === 'plain') {
      if (!a.blockPlainAllowed || (n.v.length === 0 && simpleKey)) style = 'single';
    }
    if (style === 'single' && !a.singleAllowed) style = 'double';
    if (style === 'literal' && (!a.blockAllowed || simpleKey)) style = 'double';
    const inner = this.increase(indent, parent, true, false);
    switch (style) {
      case 'plain':
        return this.plain(n.v, inner, !simpleKey);
      case 'single':
        return this.single(n.v, inner);
      case 'double':
        return this.double(n.v, inner, !simpleKey);
      case 'literal':
        return this.literal(n.v, inner);
    }
  }

  private plain(v: string, indent: number, allowBreaks: boolean) {
    if (v.length > 0 && !this.whitespace) this.put(' ');
    const width = this.opts.width;
    if (width === undefined || !allowBreaks) {
      this.put(v);
    } else {
      // yaml.v2 folds plain scalars at spaces once past the width.
      const chars = Array.from(v);
      let spaces = false;
      for (let i = 0; i < chars.length; i++) {
        const c = chars[i]!;
        if (c === ' ') {
          if (!spaces && this.column > width && chars[i + 1] !== ' ') {
            this.writeIndent(indent);
          } else this.put(c);
          spaces = true;
        } else {
          this.put(c);
          this.indention = false;
          spaces = false;
        }
      }
    }
    if (v.length > 0) this.whitespace = false;
    this.indention = false;
  }

  private single(v: string, indent: number) {
    this.indicator("'", true, false, false);
    let breaks = false;
    for (const c of Array.from(v)) {
      if (isBreakChar(c)) {
        if (!breaks && c === '\n') this.lineBreak();
        this.lineBreak();
        breaks = true;
      } else {
        if (breaks) this.writeIndent(indent);
        this.put(c === "'" ? "''" : c);
        this.indention = false;
        breaks = false;
      }
    }
    this.indicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private double(v: string, _indent: number, _allowBreaks: boolean) {
    this.indicator('"', true, false, false);
    let out = '';
    for (const c of Array.from(v)) {
      const cp = c.codePointAt(0)!;
      if (!isPrintable(c) || cp === 0xfeff || isBreakChar(c) || c === '"' || c === '\\') {
        out += escapeDouble(cp);
      } else out += c;
    }
    this.put(out);
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(v: string, indent: number) {
    this.indicator('|', true, false, false);
    // block scalar hints: an indentation indicator when the text starts with a space, then chomping
    if (v.startsWith(' ')) this.indicator(String(this.best), false, false, false);
    const chars = Array.from(v);
    let chomp = '';
    if (chars.length === 0 || !isBreakChar(chars[chars.length - 1]!)) chomp = '-';
    else if (chars.length === 1 || isBreakChar(chars[chars.length - 2]!)) chomp = '+';
    if (chomp) this.indicator(chomp, false, false, false);
    this.lineBreak();
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreakChar(c)) {
        this.parts.push('\n');
        this.column = 0;
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent(indent);
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

function isSimpleKey(key: ENode): boolean {
  if (key.k === 'scalar') return !analyzeScalar(key.v).multiline && key.v.length <= 128;
  if (key.k === 'seq') return key.items.length === 0;
  return key.entries.length === 0;
}

function escapeDouble(cp: number): string {
  switch (cp) {
    case 0x00:
      return '\\0';
    case 0x07:
      return '\\a';
    case 0x08:
      return '\\b';
    case 0x09:
      return '\\t';
    case 0x0a:
      return '\\n';
    case 0x0b:
      return '\\v';
    case 0x0c:
      return '\\f';
    case 0x0d:
      return '\\r';
    case 0x1b:
      return '\\e';
    case 0x22:
      return '\\"';
    case 0x5c:
      return '\\\\';
    case 0x85:
      return '\\N';
    case 0xa0:
      return '\\_';
    case 0x2028:
      return '\\L';
    case 0x2029:
      return '\\P';
  }
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return `\\x${hex.padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}
