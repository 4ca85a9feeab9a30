/**
 * Resolved protobuf schema: loads parsed files, checks imports, and resolves every type reference
 * with protobuf's scoping rules (innermost scope first, a leading dot means fully qualified).
 */
import {
  type EnumAst,
  type FieldAst,
  type MessageAst,
  type ProtoFileAst,
  parseProto,
  SCALAR_TYPES,
  type ScalarType,
} from './parser.js';

export type FieldKind =
  | { kind: 'scalar'; scalar: ScalarType }
  | { kind: 'enum'; type: EnumType }
  | { kind: 'message'; type: MessageType };

export interface Field {
  name: string;
  /** lowerCamelCase name used in JS values (`dry_run` -> `dryRun`). */
  jsName: string;
  number: number;
  repeated: boolean;
  /** Explicit presence (`optional` or oneof member): encoded even when it holds the default. */
  explicitPresence: boolean;
  oneof: string | undefined;
  /** Element type (for maps: the value type). */
  value: FieldKind;
  map: { key: ScalarType } | undefined;
}

export interface MessageType {
  fullName: string;
  fields: Field[];
  byNumber: Map<number, Field>;
  byJsName: Map<string, Field>;
}

export interface EnumType {
  fullName: string;
  byName: Map<string, number>;
  byNumber: Map<number, string>;
}

export interface Method {
  name: string;
  /** `/package.Service/Method` */
  path: string;
  requestType: MessageType;
  responseType: MessageType;
  requestStream: boolean;
  responseStream: boolean;
}

export interface Service {
  fullName: string;
  methods: Method[];
}

export class ProtoSchemaError extends Error {
  override name = 'ProtoSchemaError';
}

export function toJsName(protoName: string): string {
  return protoName.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

interface PendingField {
  owner: MessageType;
  scope: string;
  ast: FieldAst;
  file: string;
}

export class Schema {
  private readonly messages = new Map<string, MessageType>();
  private readonly enums = new Map<string, EnumType>();
  private readonly services = new Map<string, Service>();

  /** Builds a schema from `{ fileName: source }`; every import must be among the files. */
  static fromSources(sources: Record<string, string>): Schema {
    const files = Object.entries(sources).map(([name, text]) => parseProto(text, name));
    return new Schema(files);
  }

  constructor(files: ProtoFileAst[]) {
    const names = new Set(files.map((f) => f.name));
    const pending: PendingField[] = [];
    for (const file of files) {
      for (const imp of file.imports) {
        if (!names.has(imp)) throw new ProtoSchemaError(`${file.name}: import "${imp}" not found`);
      }
      const pkg = file.package;
      for (const en of file.enums) this.addEnum(pkg, en);
      for (const msg of file.messages) this.addMessage(pkg, msg, file.name, pending);
    }
    for (const p of pending) this.resolveField(p);
    // Canonical encoding order is by field number.
    for (const m of this.messages.values()) m.fields.sort((a, b) => a.number - b.number);
    for (const file of files) {
      for (const svc of file.services) {
        const fullName = file.package ? `${file.package}.${svc.name}` : svc.name;
        this.services.set(fullName, {
          fullName,
          methods: svc.methods.map((m) => ({
            name: m.name,
            path: `/${fullName}/${m.name}`,
            requestType: this.resolveMessage(m.requestType, file.package, file.name),
            responseType: this.resolveMessage(m.responseType, file.package, file.name),
            requestStream: m.requestStream,
            responseStream: m.responseStream,
          })),
        });
      }
    }
  }

  private define(fullName: string): void {
    if (this.messages.has(fullName) || this.enums.has(fullName)) {
      throw new ProtoSchemaError(`duplicate definition ${fullName}`);
    }
  }

  private addEnum(scope: string, en: EnumAst): void {
    const fullName = scope ? `${scope}.${en.name}` : en.name;
    this.define(fullName);
    this.enums.set(fullName, {
      fullName,
      byName: new Map(en.values.map((v) => [v.name, v.number])),
      byNumber: new Map([...en.values].reverse().map((v) => [v.number, v.name])),
    });
  }

  private addMessage(scope: string, msg: MessageAst, file: string, pending: PendingField[]): void {
    const fullName = scope ? `${scope}.${msg.name}` : msg.name;
    this.define(fullName);
    const type: MessageType = { fullName, fields: [], byNumber: new Map(), byJsName: new Map() };
    this.messages.set(fullName, type);
    for (const en of msg.enums) this.addEnum(fullName, en);
    for (const nested of msg.messages) this.addMessage(fullName, nested, file, pending);
    for (const ast of msg.fields) {
      if (type.fields.some((f) => f.number === ast.number || f.name === ast.name)) {
        throw new ProtoSchemaError(`${file}: ${fullName}: duplicate field ${ast.name} = ${ast.number}`);
      }
      // Placeholder until all names are known; filled by resolveField.
      const field = { name: ast.name, number: ast.number } as Field;
      type.fields.push(field);
      pending.push({ owner: type, scope: fullName, ast, file });
    }
  }

  private lookup(name: string, scope: string): MessageType | EnumType | undefined {
    if (name.startsWith('.')) return this.messages.get(name.slice(1)) ?? this.enums.get(name.slice(1));
    const parts = scope ? scope.split('.') : [];
    for (let i = parts.length; i >= 0; i--) {
      const candidate = [...parts.slice(0, i), name].join('.');
      const found = this.messages.get(candidate) ?? this.enums.get(candidate);
      if (found) return found;
    }
    return undefined;
  }

  private resolveKind(typeName: string, scope: string, where: string): FieldKind {
    if (SCALAR_TYPES.has(typeName)) return { kind: 'scalar', scalar: typeName as ScalarType };
    const found = this.lookup(typeName, scope);
    if (!found) throw new ProtoSchemaError(`${where}: unknown type ${typeName}`);
    return this.enums.get(found.fullName) === found
      ? { kind: 'enum', type: found as EnumType }
      : { kind: 'message', type: found as MessageType };
  }

  private resolveMessage(typeName: string, scope: string, file: string): MessageType {
    const kind = this.resolveKind(typeName, scope, file);
    if (kind.kind !== 'message') throw new ProtoSchemaError(`${file}: ${typeName} is not a message`);
    return kind.type;
  }

  private resolveField({ owner, scope, ast, file }: PendingField): void {
    const where = `${file}: ${owner.fullName}.${ast.name}`;
    const field = owner.fields.find((f) => f.number === ast.number)!;
    field.jsName = toJsName(ast.name);
    field.repeated = ast.label === 'repeated';
    field.explicitPresence = ast.label === 'optional';
    field.oneof = ast.oneof;
    if (ast.map) {
      field.map = { key: ast.map.keyType as ScalarType };
      field.value = this.resolveKind(ast.map.valueType, scope, where);
    } else {
      field.map = undefined;
      field.value = this.resolveKind(ast.type, scope, where);
    }
    if (field.value.kind === 'message' && !field.repeated) field.explicitPresence = true;
    owner.byNumber.set(field.number, field);
    owner.byJsName.set(field.jsName, field);
  }

  message(fullName: string): MessageType {
    const t = this.messages.get(fullName);
    if (!t) throw new ProtoSchemaError(`unknown message type ${fullName}`);
    return t;
  }

  enum(fullName: string): EnumType {
    const t = this.enums.get(fullName);
    if (!t) throw new ProtoSchemaError(`unknown enum type ${fullName}`);
    return t;
  }

  service(fullName: string): Service {
    const s = this.services.get(fullName);
    if (!s) throw new ProtoSchemaError(`unknown service ${fullName}`);
    return s;
  }

  method(path: string): Method {
    const [, svc, name] = path.split('/');
    const m = this.service(svc ?? '').methods.find((x) => x.name === name);
    if (!m) throw new ProtoSchemaError(`unknown method ${path}`);
    return m;
  }
}
