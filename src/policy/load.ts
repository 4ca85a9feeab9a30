/**
 * Loading policy files: YAML with line numbers, checked against schemas/policy.schema.json and then
 * for what a schema cannot see (known kinds, valid paths and regular expressions, compilable
 * condition schemas, unique ids, no user rules in reserved groups). Problems become `policy/invalid`
 * findings naming the file and line; the rules of a broken file are not used.
 */
import type { ErrorObject } from 'ajv';
import { allKinds, kindDef } from '../model/model.js';
import { policyFileValidator } from '../schemas/file-validators.js';
import { suggest } from '../util/suggest.js';
import { parsePointer, plainFromYaml } from '../validate/schema/plain.js';
import type { Finding } from '../validate/types.js';
import { parseYamlDocuments } from '../yaml/ynode.js';
import { conditionSchema, regex } from './conditions.js';
import { parseTargetPath } from './path.js';
import type { Check, Condition, PolicyRule, Target } from './types.js';

export interface PolicyFile {
  file: string;
  text: string;
  /** Set when the file could not be read; it is reported and none of it is used. */
  error?: { message: string; line?: number };
  /** The text already parsed (the built-in packs are, at build time); `text` is then not read. */
  parsed?: ParsedPolicy;
}

export interface LoadResult {
  rules: PolicyRule[];
  findings: Finding[];
}

/** Groups of rule ids the project's own rules use; team policies pick their own group. */
export const RESERVED_GROUPS = ['schema', 'talos', 'fleet', 'policy', 'waiver', 'baseline', 'hardened'];

function describeError(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown field ${JSON.stringify(params.additionalProperty)}`;
    case 'required':
      return `missing ${JSON.stringify(params.missingProperty)}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'oneOf':
    case 'not':
      return 'a rule needs exactly one of target (with condition), anyOf, allOf or builtin';
    default:
      return e.message ?? 'invalid';
  }
}

function pathLabel(ptr: string): string {
  return parsePointer(ptr)
    .map((s, i) => (/^\d+$/.test(String(s)) ? `[${s}]` : i === 0 ? String(s) : `.${s}`))
    .join('');
}

function walkConditions(cond: Condition | undefined, visit: (c: Condition) => void): void {
  if (!cond) return;
  visit(cond);
  if (cond.not) walkConditions(cond.not as Condition, visit);
  for (const k of ['allOf', 'anyOf'] as const)
    for (const c of (cond[k] as Condition[] | undefined) ?? []) walkConditions(c, visit);
}

/** A policy file's YAML as plain JSON, with the line of each JSON pointer in it (for messages). */
export interface ParsedPolicy {
  value: unknown;
  lineOf: (ptr: string) => number | undefined;
}

/** Parses a policy file's text: one YAML document, or the finding that says why not. */
export function parsePolicyText(file: string, text: string): ParsedPolicy | Finding {
  const problem = (message: string, line?: number): Finding => ({
    rule: 'policy/invalid',
    severity: 'error',
    message,
    file,
    ...(line ? { line } : {}),
  });
  let docs: ReturnType<typeof parseYamlDocuments>;
  try {
    docs = parseYamlDocuments(text, file);
  } catch (e) {
    const err = e as { message: string; line?: number };
    return problem(err.message, err.line);
  }
  const roots = docs.filter((d) => d.root !== null);
  if (roots.length !== 1) {
    return problem(
      roots.length === 0
        ? 'empty policy file: expected a mapping with `rules`'
        : 'a policy file holds one YAML document',
    );
  }
  const parsed = plainFromYaml(roots[0]!.root!);
  return {
    value: parsed.value,
    lineOf: (ptr) => parsed.keys.get(ptr)?.pos?.line ?? parsed.nodes.get(ptr)?.pos?.line,
  };
}

/** Loads one policy file; `pack` names the built-in pack it is (its ids must be `<pack>/...`). */
export function loadPolicyFile(
  file: string,
  text: string,
  pack?: string,
  error?: PolicyFile['error'],
): LoadResult {
  if (error) {
    return {
      rules: [],
      findings: [
        { rule: 'policy/invalid', severity: 'error', message: error.message, file, line: error.line ?? 1 },
      ],
    };
  }
  const parsed = parsePolicyText(file, text);
  return 'value' in parsed ? loadParsedPolicy(file, parsed, pack) : { rules: [], findings: [parsed] };
}

/** Checks a parsed policy file and builds its rules (the built-in packs come here already parsed). */
export function loadParsedPolicy(file: string, parsed: ParsedPolicy, pack?: string): LoadResult {
  const findings: Finding[] = [];
  const problem = (message: string, line?: number) =>
    findings.push({ rule: 'policy/invalid', severity: 'error', message, file, ...(line ? { line } : {}) });
  const { lineOf } = parsed;
  const validate = policyFileValidator();
  if (!validate(parsed.value)) {
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      // oneOf reports each failed branch too; keep the summary line per place
      if (e.schemaPath.includes('/oneOf/')) continue;
      const ptr =
        e.keyword === 'additionalProperties'
          ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}`
          : e.instancePath;
      const msg = `${pathLabel(e.instancePath) || 'policy file'}: ${describeError(e)}`;
      if (seen.has(msg)) continue;
      seen.add(msg);
      problem(msg, lineOf(ptr));
    }
    return { rules: [], findings };
  }
  const body = parsed.value as { pack?: string; rules: Array<Record<string, unknown>> };
  if (body.pack !== undefined && body.pack !== pack)
    problem('`pack` is only for the packs shipped with talos-gitops', lineOf('/pack'));
  const rules: PolicyRule[] = [];
  body.rules.forEach((r, i) => {
    const ptr = `/rules/${i}`;
    const before = findings.length;
    const id = r.id as string;
    const group = id.split('/')[0]!;
    if (pack && group !== pack)
      problem(`rules[${i}].id: rules of pack ${pack} must be named ${pack}/...`, lineOf(`${ptr}/id`));
    if (!pack && RESERVED_GROUPS.includes(group)) {
      problem(
        `rules[${i}].id: the group ${JSON.stringify(group)} is reserved for talos-gitops's own rules; use your own, e.g. team/${id.split('/')[1]}`,
        lineOf(`${ptr}/id`),
      );
    }
    const list = (r.anyOf ?? r.allOf) as Check[] | undefined;
    const listKey = r.anyOf ? 'anyOf' : 'allOf';
    const checks: Check[] = list
      ? list.map((c) => ({ ...c }))
      : r.target
        ? [
            {
              target: r.target as Target,
              condition: r.condition as Condition | undefined,
              missing: r.missing as Check['missing'],
            },
          ]
        : [];
    checks.forEach((c, j) => {
      const cptr = list ? `${ptr}/${listKey}/${j}` : ptr;
      const label = list ? `rules[${i}].${listKey}[${j}]` : `rules[${i}]`;
      if (!kindDef(c.target.kind)) {
        const guess = suggest(
          c.target.kind,
          allKinds().map((k) => k.kind),
        );
        problem(
          `${label}.target.kind: unknown document kind ${JSON.stringify(c.target.kind)}${guess ? ` (did you mean ${guess}?)` : ''}`,
          lineOf(`${cptr}/target/kind`),
        );
      }
      try {
        parseTargetPath(c.target.path);
      } catch (e) {
        problem(`${label}.target.path: ${(e as Error).message}`, lineOf(`${cptr}/target/path`));
      }
      // A built-in pack's expressions and schemas are compiled when a cluster using it is checked, not
      // at every start: its tests run every rule (test/policy-packs.test.ts), so they all compile.
      if (pack) return;
      walkConditions(c.condition, (cond) => {
        for (const op of ['matches', 'notMatches'] as const) {
          if (typeof cond[op] !== 'string') continue;
          try {
            regex(cond[op] as string);
          } catch (e) {
            problem(
              `${label}.condition.${op}: invalid regular expression: ${(e as Error).message}`,
              lineOf(`${cptr}/condition`),
            );
          }
        }
        if (cond.schema) {
          try {
            conditionSchema(cond.schema as object);
          } catch (e) {
            problem(`${label}.condition.schema: ${(e as Error).message}`, lineOf(`${cptr}/condition/schema`));
          }
        }
      });
    });
    if (findings.length > before) return;
    rules.push({
      id,
      severity: r.severity as PolicyRule['severity'],
      description: r.description as string,
      rationale: r.rationale as string | undefined,
      scope: (r.scope as PolicyRule['scope'] | undefined) ?? {},
      checks,
      mode: r.anyOf ? 'any' : 'all',
      builtin: r.builtin as string | undefined,
      params: r.params as Record<string, unknown> | undefined,
      pack,
      source: { file, line: lineOf(ptr) },
    });
  });
  return { rules, findings };
}

/** Loads several files; a rule id defined twice is refused at its second definition. */
export function loadPolicyFiles(
  files: Array<PolicyFile & { pack?: string }>,
  known: PolicyRule[] = [],
): LoadResult {
  const out: LoadResult = { rules: [], findings: [] };
  const ids = new Map(known.map((r) => [r.id, r.source]));
  for (const f of files) {
    const r = f.parsed
      ? loadParsedPolicy(f.file, f.parsed, f.pack)
      : loadPolicyFile(f.file, f.text, f.pack, f.error);
    out.findings.push(...r.findings);
    for (const rule of r.rules) {
      const first = ids.get(rule.id);
      if (first) {
        out.findings.push({
          rule: 'policy/invalid',
          severity: 'error',
          message: `rule ${rule.id} is already defined in ${first.file}${first.line ? `:${first.line}` : ''}`,
          file: rule.source.file,
          ...(rule.source.line ? { line: rule.source.line } : {}),
        });
        continue;
      }
      ids.set(rule.id, rule.source);
      out.rules.push(rule);
    }
  }
  return out;
}
