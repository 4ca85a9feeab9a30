/** A CLI Io that records everything written, for tests that inspect (and search) the output. */
import type { Io } from '../../src/cli/io.js';
import { DEMO_KEY_FILE } from './repo.js';

export type CapturedIo = Io & { stdout: string; stderr: string };

export function captureIo(
  cwd: string,
  env: Record<string, string> = { SOPS_AGE_KEY_FILE: DEMO_KEY_FILE },
): CapturedIo {
  const io: CapturedIo = {
    stdout: '',
    stderr: '',
    isTTY: false,
    env,
    cwd,
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
  };
  return io;
}
