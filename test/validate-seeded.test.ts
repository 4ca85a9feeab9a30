/**
 * The acceptance test: a repository seeded with one defect per rule (test/fixtures/validate/seeded, each
 * reported line marked `# expect: <rule>`) is rendered and validated like `talos-gitops validate` does;
 * every defect is reported with the right rule, file and line, and nothing else is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderFleet } from '../src/render/render.js';
import { workTreeFiles } from '../src/repo/files.js';
import { loadAgeIdentities } from '../src/secrets/age-identities.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import {
  formatFindings,
  repoPolicyFiles,
  type ValidationResult,
  validateFleet,
} from '../src/validate/index.js';

const ROOT = path.resolve(import.meta.dirname, 'fixtures/validate/seeded');
const NOW = new Date('2026-06-01T00:00:00Z');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** `rule file:line` for every `# expect: rule[, rule]` comment in the fixture. */
function expected(): string[] {
  const out: string[] = [];
  for (const abs of walk(ROOT).filter((f) => f.endsWith('.yaml'))) {
    const file = path.relative(ROOT, abs).split(path.sep).join('/');
    readFileSync(abs, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = line.match(/# expect: (.+)$/);
        if (m) for (const rule of m[1]!.split(',')) out.push(`${rule.trim()} ${file}:${i + 1}`);
      });
  }
  return out.sort();
}

describe('a repository seeded with one defect per rule', () => {
  let result: ValidationResult;
  let registry: SecretRegistry;
  let rendered: Awaited<ReturnType<typeof renderFleet>>;

  beforeAll(async () => {
    const files = workTreeFiles(ROOT);
    registry = new SecretRegistry();
    const identities = await loadAgeIdentities({
      env: { SOPS_AGE_KEY_FILE: path.join(ROOT, 'age-key.txt') },
    });
    rendered = await renderFleet({ files, identities, registry });
    const { fleet, errors } = rendered;
    result = validateFleet(fleet, {
      policyFiles: repoPolicyFiles(files),
      renderFailures: errors,
      now: NOW,
      redact: (t) => registry.redact(t),
    });
  });

  it('reports every defect at its file and line, and nothing else', () => {
    const actual = [...new Set(result.findings.map((f) => `${f.rule} ${f.file}:${f.line}`))].sort();
    expect(actual).toEqual(expected());
  });

  it('validates the nodes of a cluster that failed to render, yet never offers that cluster for apply', () => {
    expect(rendered.fleet.clusters.map((c) => c.name)).not.toContain('broken');
    const broken = rendered.errors.find((e) => e.cluster === 'broken')!;
    expect(broken.nodeErrors?.map((e) => e.node)).toEqual(['x-cp-1', 'x-w-1']);
    expect(broken.partial?.nodes.map((n) => n.name)).toEqual(['x-w-2', 'x-w-3', 'x-w-4']);
    const nodes = new Set(result.findings.filter((f) => f.cluster === 'broken').map((f) => f.node));
    expect([...nodes].sort()).toEqual(['x-cp-1', 'x-w-1', 'x-w-2', 'x-w-3', 'x-w-4']);
  });

  it('covers every rule of both built-in packs', () => {
    const rules = new Set(result.findings.map((f) => f.rule));
    const packs = readdirSync(path.resolve(import.meta.dirname, '../policies/packs')).flatMap((f) =>
      [
        ...readFileSync(path.resolve(import.meta.dirname, '../policies/packs', f), 'utf8').matchAll(
          /- id: (\S+)/g,
        ),
      ].map((m) => m[1]!),
    );
    expect(packs.length).toBe(16);
    for (const id of packs) expect(rules, id).toContain(id);
  });

  it('marks the waived finding and still fails on the rest', () => {
    const wipe = result.findings.find((f) => f.rule === 'baseline/install-wipe-off')!;
    expect(wipe.waived).toEqual({
      reason: 'provisioning this node from scratch',
      expires: '2099-12-31',
      source: 'clusters/alpha/cluster.yaml:11',
    });
    expect(result.findings.find((f) => f.rule === 'baseline/no-debug')!.message).toContain(
      'expired on 2025-01-31',
    );
    expect(result.exitCode).toBe(1);
  });

  it('leaks no secret of the fleet into any output format', () => {
    const secrets = registry.all().filter((s) => s.length >= 8);
    expect(secrets.length).toBeGreaterThan(10);
    for (const format of ['text', 'json', 'sarif'] as const) {
      const out = formatFindings(result.findings, format, { rules: result.rules, summary: result.summary });
      for (const s of secrets) expect(out.includes(s), `${format} shows a secret`).toBe(false);
      expect(out).not.toContain('0123456789abcdef');
    }
  });
});
