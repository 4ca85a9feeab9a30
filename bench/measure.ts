/**
 * Whole-process measurements: a command run as a child node process, its wall time and its peak
 * resident memory (the child reports its own getrusage maximum on exit, through a preloaded module).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Run {
  wallMs: number;
  /** Peak resident set of the whole process (every thread), in MiB; NaN when not measured. */
  rssMiB: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Measure peak memory (adds a preloaded module; leave off for start-up timings). */
  rss?: boolean;
}

const PRELOAD = `import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
if (isMainThread && process.env.BENCH_RSS_FILE) {
  process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));
}
`;

export class Runner {
  private n = 0;
  constructor(private readonly work: string) {
    writeFileSync(path.join(work, 'rss-preload.mjs'), PRELOAD);
  }

  /** Runs `node ...args`; stdout and stderr go to files, read back after exit. */
  async node(args: string[], opts: RunOptions): Promise<Run> {
    const id = this.n++;
    const outFile = path.join(this.work, `run-${id}.out`);
    const errFile = path.join(this.work, `run-${id}.err`);
    const rssFile = path.join(this.work, `run-${id}.rss`);
    const out = openSync(outFile, 'w');
    const err = openSync(errFile, 'w');
    const pre = opts.rss ? ['--import', `file://${path.join(this.work, 'rss-preload.mjs')}`] : [];
    const env = { ...process.env, ...opts.env, ...(opts.rss ? { BENCH_RSS_FILE: rssFile } : {}) };
    const start = performance.now();
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [...pre, ...args], {
        cwd: opts.cwd,
        env,
        stdio: ['ignore', out, err],
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    const wallMs = performance.now() - start;
    closeSync(out);
    closeSync(err);
    const rssMiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : Number.NaN;
    const run = {
      wallMs,
      rssMiB,
      code,
      stdout: readFileSync(outFile, 'utf8'),
      stderr: readFileSync(errFile, 'utf8'),
    };
    for (const f of [outFile, errFile, rssFile]) rmSync(f, { force: true });
    return run;
  }
}

export interface Range {
  min: number;
  max: number;
  median: number;
}

export function range(values: number[]): Range {
  const s = [...values].sort((a, b) => a - b);
  return { min: s[0]!, max: s[s.length - 1]!, median: s[Math.floor((s.length - 1) / 2)]! };
}
