/**
 * Regular expressions written by users (policy conditions and schemas, sops rules in a file's
 * metadata) run on RE2's engine, whose matching time is linear in the input: a pull request's
 * pattern such as `^(a+)+$` cannot make a run take exponential time. RE2 has no backreferences or
 * lookaround (the features that need backtracking); such a pattern is refused with the reason.
 */
import { RE2JS } from 're2js';

export interface LinearRegex {
  source: string;
  test(input: string): boolean;
}

export class RegexSyntaxError extends Error {
  override name = 'RegexSyntaxError';
}

const cache = new Map<string, LinearRegex>();

/** Inputs up to this length have their answers kept, up to this many per pattern. */
const REMEMBERED_INPUT = 1024;
const REMEMBERED_ANSWERS = 1024;

/** Compiles a pattern (RE2 syntax, which Go's regexp uses too); throws RegexSyntaxError. */
export function linearRegex(source: string): LinearRegex {
  let re = cache.get(source);
  if (re) return re;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source);
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
    const hint = /\\[1-9]|\(\?[=!<]/.test(source)
      ? ' (backreferences and lookaround are not supported: they need backtracking, which can take exponential time)'
      : '';
    throw new RegexSyntaxError(`${why}${hint}`);
  }
  // A pattern is asked of the same values node after node (an image, a version): each short
  // input's answer is kept, as RE2's engine in JavaScript costs microseconds a match.
  const answers = new Map<string, boolean>();
  re = {
    source,
    test(input) {
      if (input.length > REMEMBERED_INPUT) return compiled.test(input);
      let answer = answers.get(input);
      if (answer === undefined) {
        answer = compiled.test(input);
        if (answers.size >= REMEMBERED_ANSWERS) answers.clear();
        answers.set(input, answer);
      }
      return answer;
    },
  };
  if (cache.size > 10_000) cache.clear();
  cache.set(source, re);
  return re;
}

/** The RE2 engine in the form ajv takes (`code.regExp`), for JSON Schema `pattern` keywords. */
export const ajvLinearRegExp = Object.assign((pattern: string) => linearRegex(pattern), {
  code: 'linearRegex',
});
