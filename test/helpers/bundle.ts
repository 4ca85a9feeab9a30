/**
 * One step of a workflow job running the committed bundle (dist/index.js) as the runner does: a node
 * process with the runner's variables, INPUT_* variables, and fresh output and summary files.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT } from './repo.js';

export const BUNDLE = path.join(PROJECT, 'dist/index.js');

export interface BundleResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** GITHUB_OUTPUT uses `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

/** `INPUT_<NAME>` as the runner spells it (upper case, dashes kept). */
export const inputEnv = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

/**
 * Runs the bundle in `workspace` with `env` (GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
 * RUNNER_TEMP and HOME are set here, in a fresh folder under `work`).
 */
export function runBundleStep(
  work: string,
  workspace: string,
  env: Record<string, string>,
): Promise<BundleResult> {
  const step = mkdtempSync(path.join(work, 'step-'));
  const outputFile = path.join(step, 'output');
  const summaryFile = path.join(step, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const full: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: step,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: step,
    ...env,
  };
  return new Promise((resolve, reject) => {
    // Asynchronous: fakes (GitHub, the Talos nodes) answer from this process's event loop.
    const child = spawn(process.execPath, [BUNDLE], {
      cwd: workspace,
      env: full,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
      }),
    );
  });
}

/** The log without the masking commands, which carry the values by design (the runner hides them). */
export const logOf = (r: BundleResult) =>
  (r.stdout + r.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
