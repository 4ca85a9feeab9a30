/** The JSON report, written under RUNNER_TEMP (the workflow uploads it as an artifact). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function writeReport(
  env: Record<string, string | undefined>,
  name: string,
  data: unknown,
  redact: (s: string) => string,
): string {
  const dir = path.join(env.RUNNER_TEMP || tmpdir(), 'talos-gitops');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  // The plan is redacted already; this pass covers anything added on the way.
  writeFileSync(file, redact(`${JSON.stringify(data, null, 2)}\n`), { mode: 0o600 });
  return file;
}
