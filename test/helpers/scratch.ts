/**
 * Every test file gets a scratch folder of its own as the temporary directory, removed when the file
 * ends: whatever a test (or a process it starts) makes with `os.tmpdir()` is cleaned up with it, even
 * when the test fails half-way or forgets to remove what it made. What a file leaves behind anyway (a
 * file whose tests are all skipped runs no hooks) goes with the run's scratch root (scratch-root.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const previous = process.env.TMPDIR;
const scratch = mkdtempSync(path.join(tmpdir(), 'talos-gitops-test-'));
process.env.TMPDIR = scratch;

afterAll(() => {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
});
