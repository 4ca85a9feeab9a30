/**
 * Talos's CEL expressions (`cel.Expression.ParseBool` against a `celenv` environment), checked offline:
 * the expression parses, type-checks in the environment of the contract, and yields a bool. Errors read
 * as cel-go prints them (`ERROR: <input>:1:11: found no matching overload ...` with the source line and
 * a caret). Environments come from Talos's sources (scripts/extract-cel-environments.mjs).
 */
import type { Contract } from '../../../model/model.js';
import { type CelEnvironment, type CheckError, checkCel } from './check.js';
import ENVIRONMENTS from './environments.json' with { type: 'json' };
import { CelSyntaxError, parseCel } from './parse.js';
import { TALOS_FUNCTIONS } from './stdlib.js';
import { type CelType, formatType, parseTypeText, UINT } from './types.js';

/** Talos's celenv environments with plain types. */
export type CelEnvironmentName = 'Empty' | 'DiskLocator' | 'VolumeLocator' | 'LinkLocator';

interface Extracted {
  environments: Record<
    string,
    { variables: Record<string, string>; functions: string[]; unitConstants: boolean }
  >;
  units: Record<string, string>;
  messages: Record<string, Record<string, string>>;
}

const cache = new Map<string, CelEnvironment | undefined>();

function environment(name: CelEnvironmentName, contract: Contract): CelEnvironment | undefined {
  const key = `${contract}/${name}`;
  if (cache.has(key)) return cache.get(key);
  const data = (ENVIRONMENTS.contracts as Record<string, Extracted>)[contract];
  const decl = data?.environments[name];
  let env: CelEnvironment | undefined;
  if (data && decl) {
    const variables: Record<string, CelType> = {};
    for (const [v, t] of Object.entries(decl.variables)) variables[v] = parseTypeText(t);
    if (decl.unitConstants) for (const unit of Object.keys(data.units)) variables[unit] = UINT;
    const messages = Object.fromEntries(
      Object.entries(data.messages).map(([m, fields]) => [
        m,
        Object.fromEntries(Object.entries(fields).map(([f, t]) => [f, parseTypeText(t)])),
      ]),
    );
    const functions = Object.fromEntries(decl.functions.map((f) => [f, TALOS_FUNCTIONS[f] ?? []]));
    env = { variables, functions, messages };
  }
  cache.set(key, env);
  return env;
}

/** Line, 1-based column (in code points) and the line's text of an offset, as cel-go locates errors. */
function locate(src: string, at: number): { line: number; col: number; text: string } {
  const before = src.slice(0, at);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = src.indexOf('\n', lineStart);
  const text = src.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  return { line, col: [...src.slice(lineStart, at)].length + 1, text };
}

function display(src: string, errors: CheckError[]): string {
  return [...errors]
    .sort((a, b) => a.at - b.at)
    .map((e) => {
      const { line, col, text } = locate(src, e.at);
      const snippet = text.replace(/\t/g, ' ');
      return `ERROR: <input>:${line}:${col}: ${e.message}\n | ${snippet}\n | ${'.'.repeat(col - 1)}^`;
    })
    .join('\n');
}

/**
 * `Expression.ParseBool(env)`: undefined when the expression is a valid boolean expression of the
 * environment, else cel-go's error text. An environment the contract lacks accepts nothing checkable.
 */
export function celBoolError(
  src: string,
  envName: CelEnvironmentName,
  contract: Contract,
): string | undefined {
  const env = environment(envName, contract);
  if (!env) return undefined;
  let node: ReturnType<typeof parseCel>;
  try {
    node = parseCel(src);
  } catch (e) {
    if (e instanceof CelSyntaxError) return display(src, [{ message: e.message, at: e.at }]);
    throw e;
  }
  const { type, errors } = checkCel(node, env);
  if (errors.length > 0) return display(src, errors);
  if (type.k !== 'bool') return `expression output type is ${formatType(type)}, expected bool`;
  return undefined;
}
