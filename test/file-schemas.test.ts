/**
 * The file schemas compiled ahead of time (scripts/compile-schemas.mjs; CI checks they are current)
 * judge a file exactly as ajv compiling the schema at run time does — also where the compiled code
 * leans on ajv's runtime helpers (uniqueItems, minLength).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { clusterFileValidator, policyFileValidator } from '../src/schemas/file-validators.js';
import { PROJECT } from './helpers/repo.js';

const schema = (name: string) =>
  JSON.parse(readFileSync(path.join(PROJECT, 'schemas', name), 'utf8')) as Record<string, unknown>;

const node = { name: 'n1', address: '10.0.0.1', role: 'controlplane' };
const cluster = { talosVersion: 'v1.13.9', endpoint: 'https://10.0.0.1:6443', nodes: [node] };

const CLUSTER_FILES: unknown[] = [
  cluster,
  { ...cluster, stage: '' },
  { ...cluster, stage: '🚀' },
  { ...cluster, policies: { packs: ['baseline', 'hardened'] } },
  { ...cluster, policies: { packs: ['baseline', 'baseline'] } },
  { ...cluster, schematic: { customization: { extraKernelArgs: ['a=1', 'a=1', ''] } } },
  { ...cluster, nodes: [{ ...node, role: 'boss' }], unknown: true },
  { endpoint: 42 },
  [],
];

const POLICY_FILES: unknown[] = [
  {
    rules: [
      {
        id: 'team/x',
        severity: 'warning',
        description: 'd',
        target: { kind: 'v1alpha1', path: 'machine.type' },
        condition: { exists: true },
      },
    ],
  },
  { rules: [{ id: 'team/x', severity: 'fatal' }] },
  { rules: 'none', extra: 1 },
];

function judged(validate: ReturnType<typeof clusterFileValidator>, data: unknown) {
  const ok = validate(structuredClone(data));
  return { ok, errors: validate.errors ?? null };
}

describe('file schemas compiled ahead of time', () => {
  const cases = [
    ['cluster.schema.json', clusterFileValidator, CLUSTER_FILES],
    ['policy.schema.json', policyFileValidator, POLICY_FILES],
  ] as const;
  for (const [file, compiled, inputs] of cases) {
    it(`judge as ajv does at run time: ${file}`, () => {
      const runtime = new Ajv({ allErrors: true, strict: false }).compile(schema(file));
      const verdicts = inputs.map((data) => judged(compiled(), data));
      expect(verdicts).toEqual(inputs.map((data) => judged(runtime, data)));
      // the cases do reach both verdicts
      expect(verdicts.some((v) => v.ok)).toBe(true);
      expect(verdicts.some((v) => !v.ok)).toBe(true);
    });
  }
});
