/** CEL's type system as cel-go's checker sees it: primitives, lists, maps, messages, dyn and type parameters. */

export type CelType =
  | { k: 'int' | 'uint' | 'double' | 'bool' | 'string' | 'bytes' | 'null_type' | 'dyn' | 'error' }
  | { k: 'list'; elem: CelType }
  | { k: 'map'; key: CelType; value: CelType }
  | { k: 'message'; name: string }
  | { k: 'type'; of: CelType }
  /** cel-go's optional_type(T) (environments built with cel.OptionalTypes). */
  | { k: 'optional'; of: CelType }
  /** A type parameter of an overload (`A` in `(A, A) -> bool`), or an unknown element type (`[]`). */
  | { k: 'param'; name: string };

const prim = <
  K extends 'int' | 'uint' | 'double' | 'bool' | 'string' | 'bytes' | 'null_type' | 'dyn' | 'error',
>(
  k: K,
) => ({ k }) as const;

export const INT = prim('int');
export const UINT = prim('uint');
export const DOUBLE = prim('double');
export const BOOL = prim('bool');
export const STRING = prim('string');
export const BYTES = prim('bytes');
export const NULL = prim('null_type');
export const DYN = prim('dyn');
export const ERROR = prim('error');
export const DURATION: CelType = { k: 'message', name: 'google.protobuf.Duration' };
export const TIMESTAMP: CelType = { k: 'message', name: 'google.protobuf.Timestamp' };
export const list = (elem: CelType): CelType => ({ k: 'list', elem });
export const map = (key: CelType, value: CelType): CelType => ({ k: 'map', key, value });
export const param = (name: string): CelType => ({ k: 'param', name });

/** cel-go's FormatCELType. */
export function formatType(t: CelType): string {
  switch (t.k) {
    case 'list':
      return `list(${formatType(t.elem)})`;
    case 'map':
      return `map(${formatType(t.key)}, ${formatType(t.value)})`;
    case 'message':
      return t.name;
    case 'type':
      return `type(${formatType(t.of)})`;
    case 'optional':
      return `optional_type(${formatType(t.of)})`;
    case 'param':
      return t.name;
    default:
      return t.k;
  }
}

/** A type text of the extracted environments (`uint`, `list(string)`, `map(string, bool)`, a message name). */
export function parseTypeText(s: string): CelType {
  const text = s.trim();
  const inner = (prefix: string) => text.slice(prefix.length, -1);
  if (text.startsWith('list(')) return list(parseTypeText(inner('list(')));
  if (text.startsWith('optional_type(')) return { k: 'optional', of: parseTypeText(inner('optional_type(')) };
  if (text.startsWith('map(')) {
    const body = inner('map(');
    let depth = 0;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '(') depth++;
      else if (body[i] === ')') depth--;
      else if (body[i] === ',' && depth === 0)
        return map(parseTypeText(body.slice(0, i)), parseTypeText(body.slice(i + 1)));
    }
  }
  if (['int', 'uint', 'double', 'bool', 'string', 'bytes', 'null_type', 'dyn'].includes(text))
    return { k: text } as CelType;
  return { k: 'message', name: text };
}

export type Bindings = Map<string, CelType>;

/** Resolves a type against parameter bindings (unbound parameters stay parameters). */
export function substitute(t: CelType, b: Bindings): CelType {
  switch (t.k) {
    case 'param': {
      const bound = b.get(t.name);
      return bound ? substitute(bound, b) : t;
    }
    case 'list':
      return list(substitute(t.elem, b));
    case 'map':
      return map(substitute(t.key, b), substitute(t.value, b));
    case 'type':
    case 'optional':
      return { k: t.k, of: substitute(t.of, b) };
    default:
      return t;
  }
}

/**
 * Whether a value of type `actual` may be passed where `declared` is expected, binding the declared
 * type's parameters (cel-go's isAssignable: dyn and error fit anything, null fits messages).
 */
export function assignable(declared: CelType, actual: CelType, b: Bindings): boolean {
  if (declared.k === 'param') {
    const bound = b.get(declared.name);
    if (bound) return assignable(bound, actual, b) || assignable(actual, bound, b);
    b.set(declared.name, actual);
    return true;
  }
  if (actual.k === 'param') return true;
  if (declared.k === 'dyn' || actual.k === 'dyn' || declared.k === 'error' || actual.k === 'error')
    return true;
  if (actual.k === 'null_type' && declared.k === 'message') return true;
  if (declared.k !== actual.k) return false;
  switch (declared.k) {
    case 'list':
      return assignable(declared.elem, (actual as { elem: CelType }).elem, b);
    case 'map': {
      const a = actual as { key: CelType; value: CelType };
      return assignable(declared.key, a.key, b) && assignable(declared.value, a.value, b);
    }
    case 'message':
      return declared.name === (actual as { name: string }).name;
    case 'type':
    case 'optional':
      return assignable(declared.of, (actual as { of: CelType }).of, b);
    default:
      return true;
  }
}

/** Whether two types are the same (structurally). */
export function sameType(a: CelType, b: CelType): boolean {
  return formatType(a) === formatType(b);
}
