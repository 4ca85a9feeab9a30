/**
 * CEL's grammar (cel-spec's CEL.g4) as a recursive-descent parser: literals, identifiers, field
 * selection, calls, indexing, list/map/message literals, the operators by precedence, and the macros
 * (has, all, exists, exists_one, map, filter). Each node keeps the offset cel-go reports errors at (the
 * operator, the `.` of a selection, the `(` of a call). Bounded like cel-go: 100,000 code points and a
 * nesting depth of 250.
 */

export type Node =
  | { k: 'lit'; type: 'int' | 'uint' | 'double' | 'string' | 'bytes' | 'bool' | 'null_type'; at: number }
  | { k: 'ident'; name: string; at: number }
  | { k: 'select'; operand: Node; field: string; at: number }
  | { k: 'call'; fn: string; target?: Node; args: Node[]; at: number }
  | { k: 'list'; items: Node[]; at: number }
  | { k: 'map'; entries: { key: Node; value: Node }[]; at: number }
  | { k: 'struct'; name: string; fields: { name: string; value: Node }[]; at: number }
  | { k: 'has'; select: Extract<Node, { k: 'select' }>; at: number }
  | {
      k: 'comprehension';
      macro: 'all' | 'exists' | 'exists_one' | 'map' | 'filter';
      range: Node;
      iterVar: string;
      predicate?: Node;
      transform?: Node;
      at: number;
    };

export class CelSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

export const MAX_CODE_POINTS = 100_000;
const MAX_DEPTH = 250;

const RESERVED = new Set([
  'as',
  'break',
  'const',
  'continue',
  'else',
  'for',
  'function',
  'if',
  'import',
  'let',
  'loop',
  'package',
  'namespace',
  'return',
  'var',
  'void',
  'while',
]);

type Tok =
  | { t: 'ident'; v: string; at: number }
  | { t: 'num'; type: 'int' | 'uint' | 'double'; v: string; at: number }
  | { t: 'str'; bytes: boolean; at: number }
  | { t: 'op'; v: string; at: number }
  | { t: 'eof'; at: number };

const OPS = [
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
  '?',
  ':',
  '.',
  ',',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
];

function lex(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  const fail = (msg: string, at: number): never => {
    throw new CelSyntaxError(msg, at);
  };
  while (i < src.length) {
    const c = src[i]!;
    if (/[ \t\n\r\f]/.test(c)) {
      i++;
      continue;
    }
    if (src.startsWith('//', i)) {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const start = i;
    const str = src.slice(i).match(/^([rRbB]{0,2})("""|'''|"|')/);
    if (str && (str[1] === '' || /^(r|b|rb|br)$/i.test(str[1]!))) {
      const prefix = str[1]!.toLowerCase();
      const quote = str[2]!;
      i += str[0].length;
      const raw = prefix.includes('r');
      for (;;) {
        if (i >= src.length) fail('Syntax error: unterminated string literal', start);
        if (src.startsWith(quote, i)) {
          i += quote.length;
          break;
        }
        const ch = src[i]!;
        if (quote.length === 1 && (ch === '\n' || ch === '\r'))
          fail('Syntax error: newline in a single-quoted string literal', i);
        if (ch === '\\' && !raw) {
          const esc = src.slice(i + 1);
          const m = esc.match(
            /^([abfnrtv\\'"`?]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-3][0-7]{2})/,
          );
          if (!m) fail(`Syntax error: invalid escape sequence in string literal`, i);
          i += 1 + m![0].length;
          continue;
        }
        if (ch === '\\' && raw) {
          i += src.startsWith(quote, i + 1) ? 1 + quote.length : 1;
          continue;
        }
        i++;
      }
      toks.push({ t: 'str', bytes: prefix.includes('b'), at: start });
      continue;
    }
    const num = src
      .slice(i)
      .match(
        /^(?:(0x[0-9a-fA-F]+|[0-9]+)([uU])|([0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+|\.[0-9]+(?:[eE][+-]?[0-9]+)?)|(0x[0-9a-fA-F]+|[0-9]+))/,
      );
    if (num) {
      const type = num[2] ? 'uint' : num[3] ? 'double' : 'int';
      toks.push({ t: 'num', type, v: num[0], at: start });
      i += num[0].length;
      if (/[_a-zA-Z0-9]/.test(src[i] ?? '')) fail(`Syntax error: token recognition error at: '${src[i]}'`, i);
      continue;
    }
    const id = src.slice(i).match(/^[_a-zA-Z][_a-zA-Z0-9]*/);
    if (id) {
      toks.push({ t: 'ident', v: id[0], at: start });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op)
      fail(`Syntax error: token recognition error at: '${String.fromCodePoint(src.codePointAt(i)!)}'`, i);
    toks.push({ t: 'op', v: op!, at: start });
    i += op!.length;
  }
  toks.push({ t: 'eof', at: src.length });
  return toks;
}

const describe = (t: Tok) =>
  t.t === 'eof'
    ? "'<EOF>'"
    : t.t === 'op' || t.t === 'ident'
      ? `'${t.v}'`
      : t.t === 'num'
        ? `'${t.v}'`
        : 'a string';

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.pos]!;
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.v === v;
  }

  private take(): Tok {
    return this.toks[this.pos++]!;
  }

  private expectIdent(): Extract<Tok, { t: 'ident' }> {
    const id = this.take();
    if (id.t !== 'ident')
      throw new CelSyntaxError(`Syntax error: mismatched input ${describe(id)} expecting IDENTIFIER`, id.at);
    return id;
  }

  /** A call when `(` follows the name (the call's position is the `(`, as cel-go reports it). */
  private callIfOpen(name: string, target: Node | undefined): Node | undefined {
    if (!this.isOp('(')) return undefined;
    const open = this.take();
    return this.call(name, target, this.args(')'), open.at);
  }

  private expectOp(v: string): Tok {
    const t = this.peek();
    if (t.t !== 'op' || t.v !== v)
      throw new CelSyntaxError(`Syntax error: mismatched input ${describe(t)} expecting '${v}'`, t.at);
    return this.take();
  }

  private nest<T>(f: () => T): T {
    if (++this.depth > MAX_DEPTH)
      throw new CelSyntaxError(`expression recursion limit exceeded: ${MAX_DEPTH}`, this.peek().at);
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  parseAll(): Node {
    const e = this.expr();
    const t = this.peek();
    if (t.t !== 'eof')
      throw new CelSyntaxError(`Syntax error: extraneous input ${describe(t)} expecting <EOF>`, t.at);
    return e;
  }

  expr(): Node {
    return this.nest(() => {
      const cond = this.or();
      if (!this.isOp('?')) return cond;
      const q = this.take();
      const yes = this.or();
      this.expectOp(':');
      const no = this.expr();
      return { k: 'call', fn: '_?_:_', args: [cond, yes, no], at: q.at };
    });
  }

  private binary(next: () => Node, ops: Record<string, string>): Node {
    let left = next();
    // a chain of left-associative operators nests as deeply as it is long
    for (let chain = 1; ; chain++) {
      const t = this.peek();
      const fn = t.t === 'op' ? ops[t.v] : t.t === 'ident' && t.v === 'in' && ops.in ? ops.in : undefined;
      if (!fn) return left;
      if (this.depth + chain > MAX_DEPTH)
        throw new CelSyntaxError(`expression recursion limit exceeded: ${MAX_DEPTH}`, t.at);
      this.take();
      const right = this.nest(next);
      left = { k: 'call', fn, args: [left, right], at: t.at };
    }
  }

  private or(): Node {
    return this.binary(() => this.and(), { '||': '_||_' });
  }

  private and(): Node {
    return this.binary(() => this.relation(), { '&&': '_&&_' });
  }

  private relation(): Node {
    return this.binary(() => this.addition(), {
      '<': '_<_',
      '<=': '_<=_',
      '>': '_>_',
      '>=': '_>=_',
      '==': '_==_',
      '!=': '_!=_',
      in: '@in',
    });
  }

  private addition(): Node {
    return this.binary(() => this.multiplication(), { '+': '_+_', '-': '_-_' });
  }

  private multiplication(): Node {
    return this.binary(() => this.unary(), { '*': '_*_', '/': '_/_', '%': '_%_' });
  }

  private unary(): Node {
    const t = this.peek();
    if (t.t === 'op' && (t.v === '!' || t.v === '-')) {
      this.take();
      const operand = this.nest(() => this.unary());
      return { k: 'call', fn: t.v === '!' ? '!_' : '-_', args: [operand], at: t.at };
    }
    return this.member();
  }

  private args(close: string): Node[] {
    const out: Node[] = [];
    if (this.isOp(close)) {
      this.take();
      return out;
    }
    for (;;) {
      out.push(this.expr());
      if (this.isOp(',')) {
        this.take();
        if (this.isOp(close) && close !== ')') break;
        continue;
      }
      break;
    }
    this.expectOp(close);
    return out;
  }

  private member(): Node {
    let e = this.primary();
    for (let chain = 1; ; chain++) {
      if (this.depth + chain > MAX_DEPTH)
        throw new CelSyntaxError(`expression recursion limit exceeded: ${MAX_DEPTH}`, this.peek().at);
      if (this.isOp('.')) {
        const dot = this.take();
        const id = this.expectIdent();
        const called = this.callIfOpen(id.v, e);
        if (called) e = called;
        else if (this.isOp('{') && qualifiedName(e) !== undefined)
          e = this.struct(`${qualifiedName(e)}.${id.v}`);
        else e = { k: 'select', operand: e, field: id.v, at: dot.at };
      } else if (this.isOp('[')) {
        const open = this.take();
        const index = this.expr();
        this.expectOp(']');
        e = { k: 'call', fn: '_[_]', args: [e, index], at: open.at };
      } else return e;
    }
  }

  /** A message literal `Name{field: value}`; cel-go places it at the `{`. */
  private struct(name: string): Node {
    const open = this.expectOp('{');
    const fields: { name: string; value: Node }[] = [];
    while (!this.isOp('}')) {
      const id = this.expectIdent();
      this.expectOp(':');
      fields.push({ name: id.v, value: this.expr() });
      if (!this.isOp(',')) break;
      this.take();
    }
    this.expectOp('}');
    return { k: 'struct', name, fields, at: open.at };
  }

  private primary(): Node {
    const t = this.take();
    if (t.t === 'num') return { k: 'lit', type: t.type, at: t.at };
    if (t.t === 'str') return { k: 'lit', type: t.bytes ? 'bytes' : 'string', at: t.at };
    if (t.t === 'ident') {
      if (t.v === 'true' || t.v === 'false') return { k: 'lit', type: 'bool', at: t.at };
      if (t.v === 'null') return { k: 'lit', type: 'null_type', at: t.at };
      if (RESERVED.has(t.v)) throw new CelSyntaxError(`reserved identifier: ${t.v}`, t.at);
      if (t.v === 'in') throw new CelSyntaxError(`Syntax error: mismatched input 'in'`, t.at);
      const called = this.callIfOpen(t.v, undefined);
      if (called) return called;
      if (this.isOp('{')) return this.struct(t.v);
      return { k: 'ident', name: t.v, at: t.at };
    }
    if (t.t === 'op') {
      if (t.v === '.') {
        const id = this.expectIdent();
        return this.callIfOpen(id.v, undefined) ?? { k: 'ident', name: id.v, at: id.at };
      }
      if (t.v === '(') {
        const e = this.expr();
        this.expectOp(')');
        return e;
      }
      if (t.v === '[') return { k: 'list', items: this.args(']'), at: t.at };
      if (t.v === '{') {
        const entries: { key: Node; value: Node }[] = [];
        while (!this.isOp('}')) {
          const key = this.expr();
          this.expectOp(':');
          entries.push({ key, value: this.expr() });
          if (!this.isOp(',')) break;
          this.take();
        }
        this.expectOp('}');
        return { k: 'map', entries, at: t.at };
      }
    }
    throw new CelSyntaxError(`Syntax error: mismatched input ${describe(t)} expecting an expression`, t.at);
  }

  /** A call, or one of the macros cel-go expands at parse time. */
  private call(fn: string, target: Node | undefined, args: Node[], at: number): Node {
    if (!target && fn === 'has' && args.length === 1) {
      const arg = args[0]!;
      if (arg.k !== 'select') throw new CelSyntaxError('invalid argument to has() macro', arg.at);
      return { k: 'has', select: arg, at };
    }
    const macro = target ? MACROS[fn] : undefined;
    if (target && macro?.arity.includes(args.length)) {
      const v = args[0]!;
      if (v.k !== 'ident') throw new CelSyntaxError('argument must be a simple name', v.at);
      const base = { k: 'comprehension' as const, macro: macro.name, range: target, iterVar: v.name, at };
      if (macro.name === 'map')
        return args.length === 3
          ? { ...base, predicate: args[1], transform: args[2] }
          : { ...base, transform: args[1] };
      return { ...base, predicate: args[1] };
    }
    return { k: 'call', fn, target, args, at };
  }
}

const MACROS: Record<string, { name: 'all' | 'exists' | 'exists_one' | 'map' | 'filter'; arity: number[] }> =
  {
    all: { name: 'all', arity: [2] },
    exists: { name: 'exists', arity: [2] },
    exists_one: { name: 'exists_one', arity: [2] },
    map: { name: 'map', arity: [2, 3] },
    filter: { name: 'filter', arity: [2] },
  };

/** `a.b.c` as a name, when the node is only identifiers and selections. */
function qualifiedName(n: Node): string | undefined {
  if (n.k === 'ident') return n.name;
  if (n.k === 'select') {
    const left = qualifiedName(n.operand);
    return left === undefined ? undefined : `${left}.${n.field}`;
  }
  return undefined;
}

/** Parses an expression; throws CelSyntaxError at the offending offset. */
export function parseCel(src: string): Node {
  const size = [...src].length;
  if (size > MAX_CODE_POINTS)
    throw new CelSyntaxError(
      `expression code point size exceeds limit: size: ${size}, limit ${MAX_CODE_POINTS}`,
      0,
    );
  return new Parser(lex(src)).parseAll();
}
