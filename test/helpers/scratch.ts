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

const outer = tmpdir();
const scratch = mkdtempSync(path.join(outer, 'talos-gitops-test-'));
const previous = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
process.env.TMPDIR = scratch;
process.env.TMP = scratch;
process.env.TEMP = scratch;

afterAll(() => {
  for (const [name, value] of Object.entries(previous)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
});
