/**
 * The Go templates talhelper renders in node labels, node annotations and patches, against the
 * v1alpha1 config as Go sees it (`{{ .MachineConfig.MachineInstall.InstallImage }}`: Go field names,
 * resolved to YAML keys through the typed model). The subset carried over: field paths, literals, and
 * the string functions talhelper's examples use (sprig's contains, hasPrefix, hasSuffix, lower, upper,
 * trim, quote, replace, default), in calls or pipelines. Anything else is refused with the template named,
 * so a config is never imported with a template rendered differently than talhelper would.
 */
import { TalosGitopsError } from '../../errors.js';
import { type Contract, type FieldDef, structInfo, type TypeExpr } from '../../model/model.js';

export function isTemplate(text: string): boolean {
  return text.includes('{{') || text.includes('}}');
}

type Value = unknown;

const FUNCS: Record<string, (...args: Value[]) => Value> = {
  contains: (sub, s) => str(s).includes(str(sub)),
  hasPrefix: (p, s) => str(s).startsWith(str(p)),
  hasSuffix: (p, s) => str(s).endsWith(str(p)),
  lower: (s) => str(s).toLowerCase(),
  upper: (s) => str(s).toUpperCase(),
  trim: (s) => str(s).trim(),
  quote: (s) => JSON.stringify(str(s)),
  replace: (old, neu, s) => str(s).replaceAll(str(old), str(neu)),
  default: (d, v) => (v === undefined || v === null || v === '' || v === false || v === 0 ? d : v),
};

function str(v: Value): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** How Go's text/template prints a value. */
function goPrint(v: Value): string {
  if (v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  return str(v);
}

export interface TemplateData {
  /** The v1alpha1 document, YAML keys. */
  config: Record<string, unknown>;
  contract: Contract;
}

/** Renders every `{{ … }}` of the text; `where` names the template in errors. */
export function renderTemplate(text: string, data: TemplateData, where: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      out += text.slice(i);
      break;
    }
    const close = text.indexOf('}}', open + 2);
    if (close < 0) throw new TalosGitopsError(`${where}: a template action is not closed`);
    let before = text.slice(i, open);
    let action = text.slice(open + 2, close);
    let next = close + 2;
    if (action.startsWith('-')) {
      before = before.trimEnd();
      action = action.slice(1);
    }
    if (action.endsWith('-')) {
      action = action.slice(0, -1);
      while (next < text.length && /\s/.test(text[next]!)) next++;
    }
    out += before + goPrint(evalPipeline(action.trim(), data, where));
    i = next;
  }
  return out;
}

function tokenize(expr: string, where: string): string[] {
  const tokens: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\||\(|\)|[^\s|()]+)/y;
  re.lastIndex = 0;
  while (re.lastIndex < expr.length) {
    const m = re.exec(expr);
    if (!m) break;
    tokens.push(m[1]!);
  }
  if (tokens.join('').replace(/\s/g, '') !== expr.replace(/\s/g, '')) {
    throw new TalosGitopsError(`${where}: cannot read the template action {{ ${expr} }}`);
  }
  return tokens;
}

function evalPipeline(expr: string, data: TemplateData, where: string): Value {
  const stages: string[][] = [[]];
  for (const t of tokenize(expr, where)) {
    if (t === '|') stages.push([]);
    else if (t === '(' || t === ')')
      throw new TalosGitopsError(`${where}: parentheses in {{ ${expr} }} are not carried over`);
    else stages[stages.length - 1]!.push(t);
  }
  let value: Value;
  let first = true;
  for (const stage of stages) {
    if (stage.length === 0) throw new TalosGitopsError(`${where}: an empty pipeline stage in {{ ${expr} }}`);
    const [head, ...rest] = stage;
    const args = rest.map((a) => operand(a, data, where, expr));
    if (FUNCS[head!]) {
      value = FUNCS[head!]!(...args, ...(first ? [] : [value]));
    } else if (rest.length === 0 && first) {
      value = operand(head!, data, where, expr);
    } else {
      throw new TalosGitopsError(
        `${where}: the template function ${JSON.stringify(head)} in {{ ${expr} }} is not carried over; ` +
          'write its result instead',
      );
    }
    first = false;
  }
  return value;
}

function operand(token: string, data: TemplateData, where: string, expr: string): Value {
  if (token.startsWith('"')) return JSON.parse(token);
  if (token.startsWith('`')) return token.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
  if (token === 'true' || token === 'false') return token === 'true';
  if (token === '.') return data.config;
  if (token.startsWith('.')) return fieldPath(token.slice(1).split('.'), data, where);
  throw new TalosGitopsError(`${where}: ${JSON.stringify(token)} in {{ ${expr} }} is not carried over`);
}

/** `.MachineConfig.MachineInstall.InstallImage` → the value at machine.install.image (Go field names). */
function fieldPath(goNames: string[], data: TemplateData, where: string): Value {
  let value: Value = data.config;
  let type: TypeExpr | undefined = { k: 'struct', ref: 'v1alpha1.Config' };
  for (const name of goNames) {
    if (type?.k === 'struct') {
      const field: FieldDef | undefined = structInfo(type.ref, data.contract).fields.find(
        (f) => f.go === name,
      );
      if (!field) throw new TalosGitopsError(`${where}: the config has no field ${name}`);
      value = isMap(value) ? value[field.name] : undefined;
      type = field.type;
    } else if (type?.k === 'map') {
      value = isMap(value) ? value[name] : undefined;
      type = type.of;
    } else {
      throw new TalosGitopsError(`${where}: cannot look up ${name} in a value that is not a struct or map`);
    }
    if (value === undefined) return type?.ptr || type?.k === 'map' ? null : zeroOf(type);
  }
  return value;
}

function zeroOf(type: TypeExpr | undefined): Value {
  if (type?.k === 'scalar') return type.s === 'string' ? '' : type.s === 'bool' ? false : 0;
  if (type?.k === 'special') return '';
  return null;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
