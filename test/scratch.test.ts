import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleRepo } from './helpers/repo.js';

describe('test scratch folders', () => {
  it('puts every temporary folder of a test file inside one scratch folder of its own', () => {
    const scratch = tmpdir();
    expect(path.basename(scratch)).toMatch(/^talos-gitops-test-/);
    // and that folder lives under the run's scratch root, removed when the whole run ends
    expect(path.basename(path.dirname(scratch))).toMatch(/^talos-gitops-tests-/);
    const made = mkdtempSync(path.join(tmpdir(), 'talos-gitops-x-'));
    const repo = exampleRepo();
    expect(path.dirname(made)).toBe(scratch);
    expect(path.dirname(repo)).toBe(scratch);
    expect(existsSync(path.join(repo, 'clusters'))).toBe(true);
  });
});
