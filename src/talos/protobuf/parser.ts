/**
 * Parser for the proto3 subset the project's own .proto files use: syntax, package, import,
 * option (ignored), message (nested), enum, scalar/message/enum fields, repeated, optional,
 * map<,>, oneof, reserved, and services with (server-)streaming rpcs.
 * It produces an unresolved AST; `schema.ts` resolves type names across files.
 */

export type ScalarType =
  | 'double'
  | 'float'
  | 'int32'
  | 'int64'
  | 'uint32'
  | 'uint64'
  | 'sint32'
  | 'sint64'
  | 'fixed32'
  | 'fixed64'
  | 'sfixed32'
  | 'sfixed64'
  | 'bool'
  | 'string'
  | 'bytes';

export const SCALAR_TYPES: ReadonlySet<string> = new Set<ScalarType>([
  'double',
  'float',
  'int32',
  'int64',
  'uint32',
  'uint64',
  'sint32',
  'sint64',
  'fixed32',
  'fixed64',
  'sfixed32',
  'sfixed64',
  'bool',
  'string',
  'bytes',
]);

export interface FieldAst {
  name: string;
  number: number;
  /** `optional` gives explicit presence; oneof members have it too. */
  label: 'singular' | 'repeated' | 'optional';
  /** Type as written (scalar name or a possibly-qualified message/enum name). */
  type: string;
  map?: { keyType: string; valueType: string };
  oneof?: string;
}

export interface EnumAst {
  name: string;
  values: { name: string; number: number }[];
}

export interface MessageAst {
  name: string;
  fields: FieldAst[];
  messages: MessageAst[];
  enums: EnumAst[];
}

export interface MethodAst {
  name: string;
  requestType: string;
  responseType: string;
  requestStream: boolean;
  responseStream: boolean;
}

export interface ServiceAst {
  name: string;
  methods: MethodAst[];
}

export interface ProtoFileAst {
  name: string;
  package: string;
  imports: string[];
  messages: MessageAst[];
  enums: EnumAst[];
  services: ServiceAst[];
}

export class ProtoParseError extends Error {
  override name = 'ProtoParseError';
}

interface Token {
  kind: 'ident' | 'number' | 'string' | 'symbol';
  text: string;
  line: number;
}

function tokenize(source: string, file: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (source.startsWith('//', i)) {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (source.startsWith('/*', i)) {
      const end = source.indexOf('*/', i + 2);
      if (end < 0) throw new ProtoParseError(`${file}:${line}: unterminated comment`);
      line += source.slice(i, end).split('\n').length - 1;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\') j++;
        text += source[j];
        j++;
      }
      if (j >= source.length) throw new ProtoParseError(`${file}:${line}: unterminated string`);
      tokens.push({ kind: 'string', text, line });
      i = j + 1;
    } else {
      const m = /^(?:\.?[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*|-?(?:0[xX][0-9a-fA-F]+|\d+(?:\.\d+)?))/.exec(
        source.slice(i, i + 512),
      );
      if (m) {
        tokens.push({ kind: /^[-\d]/.test(m[0]) ? 'number' : 'ident', text: m[0], line });
        i += m[0].length;
      } else if ('{}()[]<>;=,'.includes(c)) {
        tokens.push({ kind: 'symbol', text: c, line });
        i++;
      } else {
        throw new ProtoParseError(`${file}:${line}: unexpected character "${c}"`);
      }
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly file: string,
  ) {}

  private fail(msg: string): never {
    const tok = this.tokens[this.pos] ?? this.tokens[this.tokens.length - 1];
    throw new ProtoParseError(`${this.file}:${tok?.line ?? 1}: ${msg}`);
  }
  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }
  private next(): Token {
    const tok = this.tokens[this.pos++];
    if (!tok) this.fail('unexpected end of file');
    return tok;
  }
  private is(text: string): boolean {
    return this.peek()?.text === text;
  }
  private expect(text: string): void {
    const tok = this.next();
    if (tok.text !== text) {
      this.pos--;
      this.fail(`expected "${text}", found "${tok.text}"`);
    }
  }
  private ident(): string {
    const tok = this.next();
    if (tok.kind !== 'ident') {
      this.pos--;
      this.fail(`expected a name, found "${tok.text}"`);
    }
    return tok.text;
  }
  private int(): number {
    const tok = this.next();
    const n = tok.kind === 'number' ? Number(tok.text) : Number.NaN;
    if (!Number.isInteger(n)) {
      this.pos--;
      this.fail(`expected an integer, found "${tok.text}"`);
    }
    return n;
  }
  /** Skips `[ ... ]` field/value options. */
  private skipBracketOptions(): void {
    if (!this.is('[')) return;
    let depth = 0;
    do {
      const t = this.next().text;
      if (t === '[') depth++;
      else if (t === ']') depth--;
    } while (depth > 0);
  }
  /** Skips a statement up to and including `;` (option, reserved, extensions). */
  private skipStatement(): void {
    while (this.next().text !== ';') {
      /* skip */
    }
  }

  parseFile(name: string): ProtoFileAst {
    const file: ProtoFileAst = { name, package: '', imports: [], messages: [], enums: [], services: [] };
    while (this.peek()) {
      const word = this.next().text;
      switch (word) {
        case 'syntax': {
          this.expect('=');
          const v = this.next();
          if (v.text !== 'proto3') this.fail('only proto3 is supported');
          this.expect(';');
          break;
        }
        case 'package':
          file.package = this.ident();
          this.expect(';');
          break;
        case 'import': {
          if (this.is('public') || this.is('weak')) this.next();
          const tok = this.next();
          if (tok.kind !== 'string') this.fail('expected an import path');
          file.imports.push(tok.text);
          this.expect(';');
          break;
        }
        case 'option':
          this.skipStatement();
          break;
        case 'message':
          file.messages.push(this.parseMessage());
          break;
        case 'enum':
          file.enums.push(this.parseEnum());
          break;
        case 'service':
          file.services.push(this.parseService());
          break;
        case ';':
          break;
        default:
          this.pos--;
          this.fail(`unexpected "${word}" at top level`);
      }
    }
    return file;
  }

  private parseMessage(): MessageAst {
    const msg: MessageAst = { name: this.ident(), fields: [], messages: [], enums: [] };
    this.expect('{');
    while (!this.is('}')) {
      const word = this.peek()!.text;
      if (word === 'message') {
        this.next();
        msg.messages.push(this.parseMessage());
      } else if (word === 'enum') {
        this.next();
        msg.enums.push(this.parseEnum());
      } else if (word === 'oneof') {
        this.next();
        const oneof = this.ident();
        this.expect('{');
        while (!this.is('}')) {
          if (this.is('option')) this.skipStatement();
          else msg.fields.push({ ...this.parseField('optional'), oneof });
        }
        this.expect('}');
      } else if (word === 'option' || word === 'reserved' || word === 'extensions') {
        this.skipStatement();
      } else if (word === ';') {
        this.next();
      } else {
        let label: FieldAst['label'] = 'singular';
        if (word === 'repeated' || word === 'optional') {
          this.next();
          label = word;
        } else if (word === 'required') {
          this.fail('"required" is not proto3');
        }
        msg.fields.push(this.parseField(label));
      }
      if (!this.peek()) this.fail(`unterminated message ${msg.name}`);
    }
    this.expect('}');
    return msg;
  }

  private parseField(label: FieldAst['label']): FieldAst {
    let type: string;
    let map: FieldAst['map'];
    if (this.is('map')) {
      this.next();
      this.expect('<');
      const keyType = this.ident();
      this.expect(',');
      const valueType = this.ident();
      this.expect('>');
      if (!SCALAR_TYPES.has(keyType) || keyType === 'double' || keyType === 'float' || keyType === 'bytes') {
        this.fail(`invalid map key type ${keyType}`);
      }
      if (label !== 'singular') this.fail('map fields cannot be repeated or optional');
      map = { keyType, valueType };
      type = 'map';
      label = 'repeated';
    } else {
      type = this.ident();
    }
    const name = this.ident();
    this.expect('=');
    const number = this.int();
    if (number < 1 || number > 536_870_911 || (number >= 19_000 && number <= 19_999)) {
      this.fail(`invalid field number ${number}`);
    }
    this.skipBracketOptions();
    this.expect(';');
    return { name, number, label, type, ...(map ? { map } : {}) };
  }

  private parseEnum(): EnumAst {
    const en: EnumAst = { name: this.ident(), values: [] };
    this.expect('{');
    while (!this.is('}')) {
      if (this.is('option') || this.is('reserved')) {
        this.skipStatement();
        continue;
      }
      const name = this.ident();
      this.expect('=');
      const number = this.int();
      this.skipBracketOptions();
      this.expect(';');
      en.values.push({ name, number });
    }
    this.expect('}');
    if (en.values[0]?.number !== 0) this.fail(`enum ${en.name}: the first value must be 0 in proto3`);
    return en;
  }

  private parseService(): ServiceAst {
    const svc: ServiceAst = { name: this.ident(), methods: [] };
    this.expect('{');
    while (!this.is('}')) {
      if (this.is('option')) {
        this.skipStatement();
        continue;
      }
      this.expect('rpc');
      const name = this.ident();
      this.expect('(');
      const requestStream = this.is('stream') && this.tokens[this.pos + 1]?.text !== ')';
      if (requestStream) this.next();
      const requestType = this.ident();
      this.expect(')');
      this.expect('returns');
      this.expect('(');
      const responseStream = this.is('stream') && this.tokens[this.pos + 1]?.text !== ')';
      if (responseStream) this.next();
      const responseType = this.ident();
      this.expect(')');
      if (this.is('{')) {
        this.next();
        while (!this.is('}')) this.skipStatement();
        this.expect('}');
      } else {
        this.expect(';');
      }
      svc.methods.push({ name, requestType, responseType, requestStream, responseStream });
    }
    this.expect('}');
    return svc;
  }
}

export function parseProto(source: string, fileName: string): ProtoFileAst {
  return new Parser(tokenize(source, fileName), fileName).parseFile(fileName);
}
