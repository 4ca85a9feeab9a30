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
import { MULTIPLY_QOS_VECTORS, OPTIONAL_FUNCTIONS, TALOS_FUNCTIONS } from './stdlib.js';
import {
  type CelType,
  DOUBLE,
  DURATION,
  formatType,
  INT,
  map,
  parseTypeText,
  STRING,
  UINT,
} from './types.js';

/** Talos's celenv environments with plain types. */
export type CelEnvironmentName =
  | 'Empty'
  | 'DiskLocator'
  | 'VolumeLocator'
  | 'LinkLocator'
  | 'OOMTrigger'
  | 'OOMCgroupScoring';

/** Talos's QoS cgroup classes, constants of both OOM environments (runtime.QoSCgroupClass). */
const CGROUP_CLASSES = ['Besteffort', 'Burstable', 'Guaranteed', 'Podruntime', 'System'];

/**
 * The OOM environments (celenv.OOMTrigger, celenv.OOMCgroupScoring; the same in 1.12-1.14), which
 * the extraction leaves out for their optional types: PSI metrics of the root cgroup and per QoS
 * class with their deltas, per-class memory use and the time since the last trigger; a cgroup's
 * optional memory figures, path and class for ranking. Both have the byte units and class constants.
 */
function oomVariables(name: 'OOMTrigger' | 'OOMCgroupScoring'): Record<string, CelType> {
  const vars: Record<string, CelType> = {};
  if (name === 'OOMTrigger') {
    const psi = ['some', 'full'].flatMap((s) =>
      ['avg10', 'avg60', 'avg300', 'total'].map((w) => `memory_${s}_${w}`),
    );
    const perClass = map(INT, DOUBLE);
    for (const m of psi) {
      vars[m] = DOUBLE;
      vars[`d_${m}`] = DOUBLE;
      vars[`qos_${m}`] = perClass;
      vars[`d_qos_${m}`] = perClass;
    }
    for (const m of ['current', 'peak', 'max']) {
      vars[`qos_memory_${m}`] = perClass;
      vars[`d_qos_memory_${m}`] = perClass;
    }
    vars.time_since_trigger = DURATION;
  } else {
    for (const m of ['memory_max', 'memory_current', 'memory_peak']) vars[m] = { k: 'optional', of: UINT };
    vars.path = STRING;
    vars.class = INT;
  }
  for (const c of CGROUP_CLASSES) vars[c] = INT;
  return vars;
}

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
  if (data && (name === 'OOMTrigger' || name === 'OOMCgroupScoring')) {
    const variables = oomVariables(name);
    for (const unit of Object.keys(data.units)) variables[unit] = UINT;
    const functions = {
      ...OPTIONAL_FUNCTIONS,
      ...(name === 'OOMTrigger' ? { multiply_qos_vectors: MULTIPLY_QOS_VECTORS } : {}),
    };
    env = { variables, functions, messages: {} };
  } else if (data && decl) {
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

/** Talos's parseExpressionWithOutputType: parse, check, and the output type must be exactly `want`. */
function celTypedError(
  src: string,
  envName: CelEnvironmentName,
  contract: Contract,
  want: 'bool' | 'double',
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
  if (type.k !== want) return `expression output type is ${formatType(type)}, expected ${want}`;
  return undefined;
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
  return celTypedError(src, envName, contract, 'bool');
}

/** `Expression.ParseDouble(env)`: as celBoolError, for an expression that must yield a double. */
export function celDoubleError(
  src: string,
  envName: CelEnvironmentName,
  contract: Contract,
): string | undefined {
  return celTypedError(src, envName, contract, 'double');
}
