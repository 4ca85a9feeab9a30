/** Where the CLI writes: injected so tests can capture (and check for secrets) every byte. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is an interactive terminal (progress display vs plain lines). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    isTTY: !!process.stdout.isTTY,
    env: process.env,
    cwd: process.cwd(),
  };
}
