/**
 * cel-go's type checker over a parsed expression: identifiers against the environment's variables,
 * field selection against the protobuf messages they are, calls against the declared overloads, and
 * the macros' ranges and predicates. Errors carry cel-go's wording and the offset it reports them at.
 */
import type { Node } from './parse.js';
import { type Overload, STANDARD } from './stdlib.js';
import {
  assignable,
  type Bindings,
  BOOL,
  type CelType,
  DYN,
  ERROR,
  formatType,
  INT,
  list,
  map,
  param,
  sameType,
  substitute,
} from './types.js';

export interface CelEnvironment {
  variables: Readonly<Record<string, CelType>>;
  /** Functions the environment adds to the standard ones. */
  functions: Readonly<Record<string, Overload[]>>;
  /** Fields of the protobuf messages the variables reach, by message full name. */
  messages: Readonly<Record<string, Readonly<Record<string, CelType>>>>;
}

export interface CheckError {
  message: string;
  at: number;
}

const LIT: Record<string, CelType> = {
  int: INT,
  uint: { k: 'uint' },
  double: { k: 'double' },
  string: { k: 'string' },
  bytes: { k: 'bytes' },
  bool: BOOL,
  null_type: { k: 'null_type' },
};

class Checker {
  readonly errors: CheckError[] = [];
  private readonly scopes: Map<string, CelType>[] = [];
  private fresh = 0;

  constructor(private readonly env: CelEnvironment) {}

  private error(message: string, at: number): CelType {
    this.errors.push({ message, at });
    return ERROR;
  }

  private lookup(name: string): CelType | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const t = this.scopes[i]!.get(name);
      if (t) return t;
    }
    return this.env.variables[name];
  }

  /** Mixed element types make a dynamic aggregate (cel-go's default); none leaves the type open. */
  private join(types: CelType[]): CelType {
    if (types.length === 0) return param(`_elem${this.fresh++}`);
    const first = types[0]!;
    return types.every((t) => sameType(t, first)) ? first : DYN;
  }

  check(n: Node): CelType {
    switch (n.k) {
      case 'lit':
        return LIT[n.type]!;
      case 'ident': {
        const t = this.lookup(n.name);
        return t ?? this.error(`undeclared reference to '${n.name}' (in container '')`, n.at);
      }
      case 'select':
        return this.select(this.check(n.operand), n.field, n.at);
      case 'has': {
        this.select(this.check(n.select.operand), n.select.field, n.select.at);
        return BOOL;
      }
      case 'list':
        return list(this.join(n.items.map((i) => this.check(i))));
      case 'map': {
        const keys = n.entries.map((e) => this.check(e.key));
        const values = n.entries.map((e) => this.check(e.value));
        return map(this.join(keys), this.join(values));
      }
      case 'struct': {
        const fields = this.env.messages[n.name];
        for (const f of n.fields) this.check(f.value);
        if (!fields) return this.error(`undeclared reference to '${n.name}' (in container '')`, n.at);
        for (const f of n.fields) if (!fields[f.name]) this.error(`undefined field '${f.name}'`, f.value.at);
        return { k: 'message', name: n.name };
      }
      case 'call':
        return this.call(n);
      case 'comprehension':
        return this.comprehension(n);
    }
  }

  private select(operand: CelType, field: string, at: number): CelType {
    switch (operand.k) {
      case 'message': {
        const fields = this.env.messages[operand.name] ?? {};
        return fields[field] ?? this.error(`undefined field '${field}'`, at);
      }
      case 'map':
        return operand.value;
      case 'dyn':
      case 'error':
      case 'param':
        return DYN;
      default:
        return this.error(`type '${formatType(operand)}' does not support field selection`, at);
    }
  }

  private call(n: Extract<Node, { k: 'call' }>): CelType {
    const args = [...(n.target ? [this.check(n.target)] : []), ...n.args.map((a) => this.check(a))];
    const overloads = this.env.functions[n.fn] ?? STANDARD[n.fn];
    if (!overloads) return this.error(`undeclared reference to '${n.fn}' (in container '')`, n.at);
    return this.resolve(n.fn, overloads, args, n.target !== undefined, n.at);
  }

  private resolve(fn: string, overloads: Overload[], args: CelType[], member: boolean, at: number): CelType {
    const results: CelType[] = [];
    for (const o of overloads) {
      if ((o.member ?? false) !== member || o.args.length !== args.length) continue;
      const b: Bindings = new Map();
      if (o.args.every((p, i) => assignable(p, args[i]!, b))) results.push(substitute(o.result, b));
    }
    if (results.length === 0) {
      const shown = args.map(formatType);
      const sig = member ? `${shown[0]}.(${shown.slice(1).join(', ')})` : `(${shown.join(', ')})`;
      return this.error(`found no matching overload for '${fn}' applied to '${sig}'`, at);
    }
    const first = results[0]!;
    const concrete = first.k === 'param' ? DYN : first;
    return results.every((r) => sameType(r, first)) ? concrete : DYN;
  }

  private comprehension(n: Extract<Node, { k: 'comprehension' }>): CelType {
    const range = this.check(n.range);
    let iter: CelType;
    if (range.k === 'list') iter = range.elem;
    else if (range.k === 'map') iter = range.key;
    else if (range.k === 'dyn' || range.k === 'error' || range.k === 'param') iter = DYN;
    else {
      this.error(
        `expression of type '${formatType(range)}' cannot be range of a comprehension (must be list, map, or dynamic)`,
        n.range.at,
      );
      iter = DYN;
    }
    this.scopes.push(new Map([[n.iterVar, iter]]));
    try {
      const pred = n.predicate ? this.check(n.predicate) : undefined;
      const transform = n.transform ? this.check(n.transform) : undefined;
      // the accumulator steps cel-go expands each macro into decide what the predicate must be
      const needBool = (op: string, argsOf: (p: CelType) => CelType[]) => {
        if (pred) this.resolve(op, STANDARD[op]!, argsOf(pred), false, n.at);
      };
      switch (n.macro) {
        case 'all':
          needBool('_&&_', (p) => [BOOL, p]);
          return BOOL;
        case 'exists':
          needBool('_||_', (p) => [BOOL, p]);
          return BOOL;
        case 'exists_one':
          needBool('_?_:_', (p) => [p, INT, INT]);
          return BOOL;
        case 'filter':
          needBool('_?_:_', (p) => [p, list(iter), list(iter)]);
          return list(iter);
        case 'map':
          needBool('_?_:_', (p) => [p, DYN, DYN]);
          return list(transform ?? DYN);
      }
    } finally {
      this.scopes.pop();
    }
  }
}

/** Type-checks a parsed expression: its type, and the errors cel-go's checker would report. */
export function checkCel(node: Node, env: CelEnvironment): { type: CelType; errors: CheckError[] } {
  const c = new Checker(env);
  const type = c.check(node);
  return { type, errors: c.errors };
}
