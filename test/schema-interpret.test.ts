/**
 * Documents are checked against their kind's schema by walking it (validate/schema/interpret.ts), not
 * by code ajv generates. The two must agree error for error, in order: every document of every
 * validation case, under every contract that has its kind, is checked both ways here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTRACTS, existsIn, kindDef, V1ALPHA1 } from '../src/model/model.js';
import { kindSchema } from '../src/validate/schema/build.js';
import { interpretSchema } from '../src/validate/schema/interpret.js';
import { withNodes } from '../src/validate/schema/keywords.js';
import { plainFromYaml } from '../src/validate/schema/plain.js';
import { parseYamlDocuments } from '../src/yaml/ynode.js';
import { ajv } from './helpers/ajv-oracle.js';

const ROOT = path.join(import.meta.dirname, 'kinds');
const caseFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? caseFiles(path.join(dir, e.name))
      : e.name.endsWith('.cases.yaml')
        ? [path.join(dir, e.name)]
        : [],
  );

const ODD_VALUES: unknown[] = ['text', 7, -1, 2 ** 40, 1.5, true, null, [1, 'a'], { zz: 1 }, {}];

/** Copies of a document with a few values (seeded by `seed`) replaced by values of other types. */
function variants(doc: unknown, seed: number): unknown[] {
  const out: unknown[] = [];
  let n = seed;
  const next = () => {
    n = (n * 1103515245 + 12345) % 2 ** 31;
    return n;
  };
  for (let v = 0; v < 3; v++) {
    const copy = structuredClone(doc);
    const walk = (node: unknown, depth: number) => {
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if (next() % 4 === 0) o[k] = structuredClone(ODD_VALUES[next() % ODD_VALUES.length]);
        else if (depth < 6) walk(o[k], depth + 1);
      }
      if (!Array.isArray(o) && next() % 5 === 0) o[`unknown${next() % 3}`] = 1;
    };
    walk(copy, 0);
    out.push(copy);
  }
  return out;
}

/** The errors one validator gives a document (validate.ts reads them with the YAML nodes at hand). */
function errorsOf(
  validate: { (data: unknown): boolean; errors?: ErrorObject[] | null },
  nodes: Parameters<typeof withNodes>[0],
  data: unknown,
) {
  return withNodes(nodes, () => {
    validate(data);
    return comparable(validate.errors);
  });
}

/** What validate.ts reads of an error (the schema path names ajv's generated code, nothing else). */
const comparable = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map(({ schemaPath: _, ...e }) => e);

describe('the schema walk agrees with ajv', () => {
  const inputs = caseFiles(ROOT).flatMap((f) =>
    (parse(readFileSync(f, 'utf8')) as Array<{ name: string; input: string }>).map((c) => ({
      name: `${path.relative(ROOT, f)}: ${c.name}`,
      input: c.input,
    })),
  );

  it('on every document of every validation case', () => {
    const compiled = new Map<
      string,
      { walk: ReturnType<typeof interpretSchema>; ajv: ReturnType<ReturnType<typeof ajv>['compile']> }
    >();
    let compared = 0;
    let failing = 0;
    let several = 0;
    for (const { name, input } of inputs) {
      let docs: ReturnType<typeof parseYamlDocuments>;
      try {
        docs = parseYamlDocuments(input, `${name}.yaml`);
      } catch {
        continue; // not YAML: the case is about the parser
      }
      for (const doc of docs) {
        if (!doc.root) continue;
        const plain = plainFromYaml(doc.root);
        const v = plain.value as { kind?: unknown } | null;
        const kind = kindDef(typeof v?.kind === 'string' ? v.kind : V1ALPHA1);
        if (!kind) continue;
        for (const contract of CONTRACTS) {
          if (!existsIn(kind, contract)) continue;
          const key = `${kind.kind}@${contract}`;
          let pair = compiled.get(key);
          if (!pair) {
            const schema = kindSchema(kind, contract);
            pair = { walk: interpretSchema(schema), ajv: ajv().compile(schema) };
            compiled.set(key, pair);
          }
          const p = pair;
          const byAjv = errorsOf(p.ajv, plain.nodes, plain.value);
          const byWalk = errorsOf(p.walk, plain.nodes, plain.value);
          expect(byWalk, `${name} (${contract})`).toEqual(byAjv);
          compared++;
          if (byAjv.length > 0) failing++;
          // the same document with values of other types in places, as a decoded document is checked
          for (const variant of variants(plain.value, compared)) {
            const a = errorsOf(p.ajv, undefined, variant);
            const w = errorsOf(p.walk, undefined, variant);
            expect(w, `${name} (${contract}), varied`).toEqual(a);
            if (a.length > 1) several++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
    expect(failing).toBeGreaterThan(200);
    expect(several).toBeGreaterThan(1000);
  });
});
