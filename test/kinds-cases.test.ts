/**
 * Talos's validation, case by case: every `test/kinds/<group>/<kind>.cases.yaml` holds configs with the
 * outcome Talos gives them, and each runs through the same entry point as
 * `talos-gitops validate --config FILE --mode M [--strict] [--on-machine]`, for every contract the case names (default:
 * every contract that has all of its document kinds). The format is described in src/kinds/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { VALIDATION_MODES, type ValidationMode } from '../src/kinds/context.js';
import { CONTRACTS, type Contract, existsIn, kindDef } from '../src/model/model.js';
import { validateConfigText } from '../src/validate/index.js';

interface Case {
  name: string;
  contract?: string | string[];
  mode?: ValidationMode;
  strict?: boolean;
  onMachine?: boolean;
  talosVersion?: string;
  input: string;
  errors?: string[];
  warnings?: string[];
}

const ROOT = path.join(import.meta.dirname, 'kinds');

function caseFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return caseFiles(p);
    return e.name.endsWith('.cases.yaml') ? [p] : [];
  });
}

/** The contracts that have every kind the input uses. */
function contractsFor(c: Case): Contract[] {
  if (c.contract !== undefined) return ([] as string[]).concat(c.contract) as Contract[];
  const kinds = parseAllDocuments(c.input)
    .map((d) => (d.toJS() as { kind?: string } | null)?.kind)
    .filter((k): k is string => !!k);
  return CONTRACTS.filter((ct) => kinds.every((k) => !kindDef(k) || existsIn(kindDef(k)!, ct)));
}

const files = caseFiles(ROOT);

it('finds the case files', () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const file of files) {
  const cases = parse(readFileSync(file, 'utf8')) as Case[];
  describe(path.relative(ROOT, file), () => {
    for (const c of cases) {
      const contracts = contractsFor(c);
      it(c.name, () => {
        expect(contracts.length, 'no contract has every kind of this case').toBeGreaterThan(0);
        if (c.mode) expect(VALIDATION_MODES).toContain(c.mode);
        for (const contract of contracts) {
          const { findings } = validateConfigText(c.input, `${c.name}.yaml`, contract, {
            mode: c.mode ?? 'metal',
            strict: c.strict ?? false,
            onMachine: c.onMachine ?? false,
            talosVersion: c.talosVersion,
          });
          const errors = findings.filter((f) => f.severity === 'error').map((f) => f.message);
          const warnings = findings.filter((f) => f.severity === 'warning').map((f) => f.message);
          const where = `${contract}: errors ${JSON.stringify(errors)}, warnings ${JSON.stringify(warnings)}`;
          if ((c.errors ?? []).length === 0) expect(errors, where).toEqual([]);
          for (const e of c.errors ?? [])
            expect(
              errors.some((m) => m.includes(e)),
              `${e} — ${where}`,
            ).toBe(true);
          if (c.warnings !== undefined && c.warnings.length === 0) expect(warnings, where).toEqual([]);
          for (const w of c.warnings ?? [])
            expect(
              warnings.some((m) => m.includes(w)),
              `${w} — ${where}`,
            ).toBe(true);
        }
      });
    }
  });
}
