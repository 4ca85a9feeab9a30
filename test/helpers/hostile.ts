/**
 * The hostile corpus's tools: a throw-away copy of the example fleet (removed after each test), the
 * CLI run in process with every byte it writes captured, and the leak search: every secret value and
 * every 16-character fragment of it, looked for in every output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from './io.js';
import { DEMO_KEY_FILE, exampleRepo } from './repo.js';

const made: string[] = [];

afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A git repository with the example fleet, deleted when the test ends. */
export function scratchRepo(): string {
  const dir = exampleRepo();
  made.push(dir);
  return dir;
}

/** An empty folder outside any repository, deleted when the test ends. */
export function scratchDir(prefix = 'talos-gitops-outside-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI in `dir` with the demo key (or the given environment). */
export async function cli(
  dir: string,
  args: string[],
  env: Record<string, string> = { SOPS_AGE_KEY_FILE: DEMO_KEY_FILE },
): Promise<CliRun> {
  const io = captureIo(dir, env);
  const t0 = performance.now();
  const code = await runCli(args, io);
  return { code, stdout: io.stdout, stderr: io.stderr, ms: performance.now() - t0 };
}

/** Every 16-character fragment of a value (the value itself when shorter). */
export function fragments(value: string, size = 16): string[] {
  if (value.length <= size) return [value];
  const out = new Set<string>();
  for (let i = 0; i + size <= value.length; i++) out.add(value.slice(i, i + size));
  return [...out];
}

/**
 * What of the secrets shows in the texts: each secret (at least 8 characters) found whole, or any
 * 16-character fragment of it found anywhere. Fragments of nothing but white space are not secret.
 */
export function leakSearch(texts: readonly string[], secrets: readonly string[]): string[] {
  const all = texts.join('\n\u0000\n');
  const found = new Set<string>();
  for (const s of secrets) {
    if (s.length < 8) continue;
    for (const f of fragments(s)) {
      if (f.trim() === '' || f.trim().length < 8) continue;
      if (all.includes(f))
        found.add(s.length > 24 ? `${f}… (fragment of a ${s.length}-character secret)` : f);
    }
  }
  return [...found];
}

/** A team rule the corpus breaks: production allows at most 150 pods (the example fleet sets 150). */
export const TEAM_RULE = [
  'rules:',
  '  - id: team/max-pods',
  '    severity: error',
  '    description: production allows at most 150 pods',
  '    scope: { stages: [production] }',
  '    target: { kind: v1alpha1, path: machine.kubelet.extraConfig.maxPods }',
  '    condition: { lessOrEqual: 150 }',
  '',
].join('\n');
