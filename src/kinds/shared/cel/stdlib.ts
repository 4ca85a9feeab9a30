/**
 * The functions and operators of cel-go's standard environment (no extensions, no cross-type numeric
 * comparisons, as Talos's environments are built), as overloads the checker resolves.
 */
import {
  BOOL,
  BYTES,
  type CelType,
  DOUBLE,
  DURATION,
  DYN,
  INT,
  list,
  map,
  param,
  STRING,
  TIMESTAMP,
  UINT,
} from './types.js';

export interface Overload {
  args: CelType[];
  result: CelType;
  /** Called as `target.fn(args)`: the first of `args` is the target. */
  member?: boolean;
}

const A = param('A');
const B = param('B');
const NUMERIC = [INT, UINT, DOUBLE];
const ORDERED = [INT, UINT, DOUBLE, STRING, BYTES, BOOL, TIMESTAMP, DURATION];

const fn = (args: CelType[], result: CelType, member = false): Overload => ({ args, result, member });
const same = (types: CelType[], result?: CelType) => types.map((t) => fn([t, t], result ?? t));

const TIME_PARTS = ['getFullYear', 'getMonth', 'getDate', 'getDayOfMonth', 'getDayOfWeek', 'getDayOfYear'];
const CLOCK_PARTS = ['getHours', 'getMinutes', 'getSeconds', 'getMilliseconds'];

export const STANDARD: Record<string, Overload[]> = {
  '!_': [fn([BOOL], BOOL)],
  '-_': [fn([INT], INT), fn([DOUBLE], DOUBLE)],
  '_&&_': [fn([BOOL, BOOL], BOOL)],
  '_||_': [fn([BOOL, BOOL], BOOL)],
  '_?_:_': [fn([BOOL, A, A], A)],
  '_==_': [fn([A, A], BOOL)],
  '_!=_': [fn([A, A], BOOL)],
  '_<_': same(ORDERED, BOOL),
  '_<=_': same(ORDERED, BOOL),
  '_>_': same(ORDERED, BOOL),
  '_>=_': same(ORDERED, BOOL),
  '_+_': [
    ...same([INT, UINT, DOUBLE, STRING, BYTES]),
    fn([list(A), list(A)], list(A)),
    fn([TIMESTAMP, DURATION], TIMESTAMP),
    fn([DURATION, TIMESTAMP], TIMESTAMP),
    fn([DURATION, DURATION], DURATION),
  ],
  '_-_': [
    ...same(NUMERIC),
    fn([TIMESTAMP, TIMESTAMP], DURATION),
    fn([TIMESTAMP, DURATION], TIMESTAMP),
    fn([DURATION, DURATION], DURATION),
  ],
  '_*_': same(NUMERIC),
  '_/_': same(NUMERIC),
  '_%_': same([INT, UINT]),
  '_[_]': [fn([list(A), INT], A), fn([map(A, B), A], B)],
  '@in': [fn([A, list(A)], BOOL), fn([A, map(A, B)], BOOL)],
  size: [
    ...[STRING, BYTES, list(A), map(A, B)].map((t) => fn([t], INT)),
    ...[STRING, BYTES, list(A), map(A, B)].map((t) => fn([t], INT, true)),
  ],
  contains: [fn([STRING, STRING], BOOL, true)],
  startsWith: [fn([STRING, STRING], BOOL, true)],
  endsWith: [fn([STRING, STRING], BOOL, true)],
  matches: [fn([STRING, STRING], BOOL), fn([STRING, STRING], BOOL, true)],
  bool: [fn([BOOL], BOOL), fn([STRING], BOOL)],
  bytes: [fn([BYTES], BYTES), fn([STRING], BYTES)],
  double: [DOUBLE, INT, UINT, STRING].map((t) => fn([t], DOUBLE)),
  duration: [fn([DURATION], DURATION), fn([STRING], DURATION)],
  dyn: [fn([A], DYN)],
  int: [INT, UINT, DOUBLE, STRING, TIMESTAMP].map((t) => fn([t], INT)),
  string: [STRING, INT, UINT, DOUBLE, BOOL, BYTES, TIMESTAMP, DURATION].map((t) => fn([t], STRING)),
  timestamp: [fn([TIMESTAMP], TIMESTAMP), fn([STRING], TIMESTAMP), fn([INT], TIMESTAMP)],
  type: [fn([A], { k: 'type', of: A })],
  uint: [UINT, INT, DOUBLE, STRING].map((t) => fn([t], UINT)),
  ...Object.fromEntries(
    TIME_PARTS.map((name) => [name, [fn([TIMESTAMP], INT, true), fn([TIMESTAMP, STRING], INT, true)]]),
  ),
  ...Object.fromEntries(
    CLOCK_PARTS.map((name) => [
      name,
      [fn([TIMESTAMP], INT, true), fn([TIMESTAMP, STRING], INT, true), fn([DURATION], INT, true)],
    ]),
  ),
};

/** Functions Talos's environments add (celenv), by name. */
export const TALOS_FUNCTIONS: Record<string, Overload[]> = {
  glob: [fn([STRING, STRING], BOOL)],
  mac: [fn([BYTES], STRING)],
};

const optional = (of: CelType): CelType => ({ k: 'optional', of });

/** The member functions cel.OptionalTypes() adds (the optional values' accessors). */
export const OPTIONAL_FUNCTIONS: Record<string, Overload[]> = {
  hasValue: [fn([optional(A)], BOOL, true)],
  value: [fn([optional(A)], A, true)],
  orValue: [fn([optional(A), A], A, true)],
  or: [fn([optional(A), optional(A)], optional(A), true)],
};

/** Talos's OOM trigger environment's function: the sum of two QoS class maps multiplied key by key. */
export const MULTIPLY_QOS_VECTORS: Overload[] = [fn([map(DYN, DOUBLE), map(DYN, DOUBLE)], DOUBLE)];
