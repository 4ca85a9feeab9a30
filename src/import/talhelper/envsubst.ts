/**
 * talhelper's environment substitution: `$NAME` and `${NAME}` with the shell forms talhelper's library
 * (a8m/envsubst, in its restricted mode) accepts — `${NAME:-default}`, `${NAME-default}`,
 * `${NAME:=default}`, `${NAME=default}`, `${NAME:+alt}`, `${NAME+alt}` — and `$$` for a literal `$`.
 * Restricted: a variable that is unset, or set but empty, with no default is an error naming it and the
 * line. Variables come from talenv files and the process environment.
 */
import { TalosGitopsError } from '../../errors.js';

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const BRACED = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=+])(.*))?$/s;

export function substituteEnv(text: string, env: Record<string, string | undefined>, file: string): string {
  let out = '';
  let i = 0;
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;
  const value = (name: string, pos: number, op?: string, word?: string): string => {
    const v = env[name];
    const set = v !== undefined;
    const nonEmpty = set && v !== '';
    switch (op) {
      case ':-':
      case ':=':
        return nonEmpty ? v : (word ?? '');
      case '-':
      case '=':
        return set ? v : (word ?? '');
      case ':+':
        return nonEmpty ? (word ?? '') : '';
      case '+':
        return set ? (word ?? '') : '';
      default:
        if (!set || !nonEmpty) {
          throw new TalosGitopsError(
            `variable \${${name}} is ${set ? 'set but empty' : 'not set'} (talhelper refuses it too)`,
            { file, line: lineAt(pos), field: name },
          );
        }
        return v;
    }
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const end = text.indexOf('}', i + 2);
      const m = end < 0 ? null : BRACED.exec(text.slice(i + 2, end));
      if (!m) {
        out += c;
        i++;
        continue;
      }
      out += value(m[1]!, i, m[2], m[3]);
      i = end + 1;
      continue;
    }
    NAME.lastIndex = i + 1;
    const m = NAME.exec(text);
    if (m) {
      out += value(m[0], i);
      i += 1 + m[0].length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Variables of a talenv file: `KEY: value` or `KEY=value` lines, as talhelper's dotenv reader takes them. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.replace(/^---$/gm, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*[:=]\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2]!.trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
    else v = v.replace(/\s+#.*$/, '');
    out[m[1]!] = v;
  }
  return out;
}
