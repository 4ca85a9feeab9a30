/**
 * Hostile corpus, cancellation as GitHub does it: SIGINT, SIGTERM 7.5 s later, then SIGKILL. The CLI
 * is bundled as the build does and run as a child process against a simulated fleet (`simulate`, a
 * child process too, with reboots long enough to be caught in flight). After the first signal no
 * node starts; a node in flight finishes; when the second signal comes first, the report of the
 * rollout so far is printed before the process exits, naming the node mid-reboot and what remains.
 * The committed action bundle in apply mode, on a push, does the same with its report file, job
 * summary, outputs and the merged pull request's comment, all written before it exits, and none of
 * them (nor its log) holds a secret value or a 16-character fragment of one.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ACTIONS_BOT_LOGIN } from '../action/github-api.js';
import type { RolloutReport } from '../src/rollout/index.js';
import { type GitHubFake, startGitHubFake } from './github-fake/index.js';
import { bundleCli } from './helpers/cli-bundle.js';
import { leakSearch, scratchRepo } from './helpers/hostile.js';
import { DEMO_KEY_FILE, edit, exampleSecrets, git, PROJECT } from './helpers/repo.js';

/** GitHub's cancellation: SIGINT, then SIGTERM this long after, then SIGKILL 2.5 s later. */
const SIGTERM_AFTER_MS = 7_500;
const SIGKILL_AFTER_MS = 2_500;
/** A change Talos applies with a reboot. */
const REBOOT_CHANGE = 'machine:\n  sysctls:\n    vm.max_map_count: "262144"\n  env:\n    ROLLOUT_TEST: "1"\n';

const work = mkdtempSync(path.join(tmpdir(), 'talos-gitops-cancel-'));
const cli = path.join(work, 'cli.js');
const env = { ...process.env, SOPS_AGE_KEY_FILE: DEMO_KEY_FILE };
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  await bundleCli(cli);
}, 60_000);

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Child {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when stderr or stdout has matched. */
  waitFor: (re: RegExp, ms: number) => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

function start(args: string[], cwd: string): Child {
  const child = spawn(process.execPath, [cli, ...args], { env, cwd });
  children.push(child);
  let out = '';
  let err = '';
  const waiters: Array<{ re: RegExp; done: () => void }> = [];
  const check = () => {
    for (const w of [...waiters]) {
      if (w.re.test(out) || w.re.test(err)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done();
      }
    }
  };
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    check();
  });
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
    check();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor: (re, ms) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no ${re} within ${ms} ms; stdout: ${out}\nstderr: ${err}`)),
          ms,
        );
        waiters.push({
          re,
          done: () => {
            clearTimeout(timer);
            resolve();
          },
        });
        check();
      }),
  };
}

/** The example fleet simulated with reboots of `rebootMs`, and the work tree changed to reboot every node. */
async function fleetWithRebootChange(rebootMs: number): Promise<{ dir: string; reach: string[] }> {
  const dir = scratchRepo();
  const talosconfig = path.join(dir, '.talosconfig');
  const kubeconfig = path.join(dir, '.kubeconfig');
  const sim = start(
    [
      'simulate',
      '--repo',
      dir,
      '--cluster',
      'staging',
      '--talosconfig',
      talosconfig,
      '--kubeconfig',
      kubeconfig,
      '--reboot-ms',
      String(rebootMs),
    ],
    dir,
  );
  await sim.waitFor(/simulated fleet ready/, 60_000);
  edit(dir, 'clusters/shared/patches/sysctls.yaml', () => REBOOT_CHANGE);
  return { dir, reach: ['--talosconfig', talosconfig, '--kubeconfig', kubeconfig] };
}

/** The log without the masking commands, which carry the values by design (the runner hides them). */
const unmasked = (log: string) =>
  log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

const nodesOf = (r: RolloutReport) =>
  Object.fromEntries(r.stages.flatMap((s) => s.clusters.flatMap((c) => c.nodes.map((n) => [n.name, n]))));

describe('cancellation as GitHub does it', () => {
  it('SIGTERM 7.5 s after SIGINT, a node mid-reboot: the report names it and what remains, then the CLI exits', async () => {
    // reboots outlast GitHub's 7.5 s grace: the second signal comes while the node is still rebooting
    const { dir, reach } = await fleetWithRebootChange(30_000);
    const apply = start(['apply', ...reach, '--cluster', 'staging', '--format', 'json'], dir);
    await apply.waitFor(/stg-cp-1: wait-healthy \(reboot expected/, 60_000);
    apply.child.kill('SIGINT');
    await apply.waitFor(/interrupted: finishing the nodes in flight/, 5_000);
    await new Promise((r) => setTimeout(r, SIGTERM_AFTER_MS));
    const termAt = Date.now();
    apply.child.kill('SIGTERM');
    const killer = setTimeout(() => apply.child.kill('SIGKILL'), SIGKILL_AFTER_MS);
    const end = await apply.exited;
    clearTimeout(killer);
    // exited by itself, before GitHub's SIGKILL, with the report written
    expect(end.signal).toBeNull();
    expect(end.code).toBe(130);
    expect(end.at - termAt).toBeLessThan(SIGKILL_AFTER_MS);
    const report = JSON.parse(apply.stdout()) as RolloutReport;
    expect(report.status).toBe('failed');
    const nodes = nodesOf(report);
    expect(nodes['stg-cp-1']).toMatchObject({ status: 'interrupted', touched: true, rebooted: true });
    expect(nodes['stg-cp-1']!.reason).toMatch(
      /^interrupted mid-reboot \(it was rebooting into the new config\); it was changed; still to do: wait until it is healthy, check the running config, uncordon stg-cp-1 in Kubernetes$/,
    );
    // nothing started after the first signal
    expect(nodes['stg-w-1']).toMatchObject({ status: 'not-reached', touched: false });
    expect(nodes['stg-w-2']).toMatchObject({ status: 'not-reached', touched: false });
    expect(report.halted).toMatchObject({ cluster: 'staging', node: 'stg-cp-1', resumeFrom: 'stg-cp-1' });
    expect(apply.stderr()).toMatch(/interrupted again: reporting the rollout so far/);
  }, 120_000);

  it('the same in text: the halt says which node was mid-reboot and that a re-run resumes from it', async () => {
    const { dir, reach } = await fleetWithRebootChange(30_000);
    const apply = start(['apply', ...reach, '--cluster', 'staging'], dir);
    await apply.waitFor(/stg-cp-1: wait-healthy \(reboot expected/, 60_000);
    apply.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, SIGTERM_AFTER_MS));
    apply.child.kill('SIGTERM');
    const end = await apply.exited;
    expect(end.code).toBe(130);
    expect(apply.stdout()).toMatch(/Halted: stg-cp-1 \(staging\) was interrupted mid-reboot/);
    expect(apply.stdout()).toMatch(
      /It was stopped, not failed: run the same apply again to resume from stg-cp-1/,
    );
  }, 120_000);

  it('SIGINT alone: the node in flight finishes, no other starts, and the report is printed', async () => {
    const { dir, reach } = await fleetWithRebootChange(2_000);
    const apply = start(['apply', ...reach, '--cluster', 'staging', '--format', 'json'], dir);
    await apply.waitFor(/stg-cp-1: wait-healthy \(reboot expected/, 60_000);
    apply.child.kill('SIGINT');
    const end = await apply.exited;
    expect(end.code).toBe(1);
    const report = JSON.parse(apply.stdout()) as RolloutReport;
    const nodes = nodesOf(report);
    expect(nodes['stg-cp-1']!.status).toBe('applied');
    expect(nodes['stg-w-1']).toMatchObject({ status: 'not-reached', touched: false });
    expect(report.halted).toMatchObject({
      cluster: 'staging',
      reason: 'interrupted before stg-w-1 was started',
    });
  }, 120_000);
});

describe('cancellation of the committed action bundle in apply mode', () => {
  const TOKEN = 'ghs_cancelTestInstallationToken000000000';
  let gh: GitHubFake;
  beforeAll(async () => {
    gh = await startGitHubFake({ tokens: { [TOKEN]: { login: ACTIONS_BOT_LOGIN, kind: 'installation' } } });
  });
  afterAll(async () => {
    await gh?.close();
  });

  it('SIGINT then SIGTERM 7.5 s later: report, summary, outputs and comment are written, then it exits', async () => {
    const { dir, reach } = await fleetWithRebootChange(30_000);
    const before = git(dir, 'rev-parse', 'HEAD').trim();
    // the action reaches Kubernetes through the cluster's endpoint only, which the simulation has not
    edit(dir, 'clusters/staging/cluster.yaml', (t) => t.replace('rollout:\n', 'rollout:\n  drain: false\n'));
    git(dir, 'commit', '-qam', 'reboot every node');
    const sha = git(dir, 'rev-parse', 'HEAD').trim();
    gh.addPullRequest({
      owner: 'octo',
      repo: 'clusters',
      number: 31,
      headSha: 'f'.repeat(40),
      commits: [sha],
      state: 'closed',
    });
    const step = mkdtempSync(path.join(work, 'step-'));
    const event = path.join(step, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', before, after: sha }));
    const output = path.join(step, 'output');
    const summary = path.join(step, 'summary');
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const ageKey = readFileSync(DEMO_KEY_FILE, 'utf8');
    const talosconfig = reach[1]!;
    const child = spawn(process.execPath, [path.join(PROJECT, 'dist/index.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: step,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'octo/clusters',
        GITHUB_REPOSITORY_OWNER: 'octo',
        GITHUB_SHA: sha,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_WORKSPACE: dir,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_API_URL: gh.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '3001',
        RUNNER_TEMP: step,
        INPUT_MODE: 'apply',
        INPUT_CLUSTER: 'staging',
        'INPUT_CLUSTERS-DIR': 'clusters',
        'INPUT_POLICIES-DIR': 'policies',
        'INPUT_AGE-KEY': ageKey,
        'INPUT_GITHUB-TOKEN': TOKEN,
        INPUT_TALOSCONFIG: talosconfig,
        INPUT_COMMENT: 'on',
        'INPUT_DRY-RUN': 'false',
      },
    });
    children.push(child);
    let log = '';
    child.stdout.on('data', (d: Buffer) => {
      log += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      log += d.toString();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
      (resolve) => child.on('close', (code, signal) => resolve({ code, signal, at: Date.now() })),
    );
    for (let t = 0; !/stg-cp-1: wait-healthy \(reboot expected/.test(log); t += 100) {
      if (t > 60_000 || child.exitCode !== null) throw new Error(`no reboot seen; log: ${unmasked(log)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, SIGTERM_AFTER_MS));
    const termAt = Date.now();
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), SIGKILL_AFTER_MS);
    const end = await exited;
    clearTimeout(killer);
    expect(end.signal).toBeNull();
    expect(end.code).toBe(1);
    expect(end.at - termAt).toBeLessThan(SIGKILL_AFTER_MS);

    expect(log).toMatch(/::warning::SIGINT: the job is being cancelled; finishing the nodes in flight/);
    expect(log).toMatch(/::warning::SIGTERM: stopping now/);
    expect(log).toMatch(
      /::error::the rollout halted at staging\/stg-cp-1 \(stage staging\): interrupted with stg-cp-1 in flight/,
    );
    const outputs = readFileSync(output, 'utf8');
    const reportFile = path.join(step, 'talos-gitops/rollout-report.json');
    expect(outputs).toContain(reportFile);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as RolloutReport;
    expect(nodesOf(report)['stg-cp-1']).toMatchObject({ status: 'interrupted', touched: true });
    expect(nodesOf(report)['stg-cp-1']!.reason).toMatch(/^interrupted mid-reboot/);
    expect(nodesOf(report)['stg-w-1']).toMatchObject({ status: 'not-reached', touched: false });
    const summaryText = readFileSync(summary, 'utf8');
    expect(summaryText).toMatch(/Halted|halted at staging\/stg-cp-1/);
    expect(summaryText).toContain('stg-cp-1 (staging) was interrupted mid-reboot');
    const comments = gh.comments('octo', 'clusters', 31);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('stg-cp-1 (staging) was interrupted mid-reboot');

    // the leak search: every secret value and every 16-character fragment of one, in every output
    const client = YAML.parse(readFileSync(talosconfig, 'utf8')) as {
      contexts: Record<string, { key: string; crt: string }>;
    };
    const secrets = [
      ...(await exampleSecrets(dir)),
      ...ageKey.split('\n').filter((l) => l.startsWith('AGE-SECRET-KEY-')),
      TOKEN,
      ...Object.values(client.contexts).flatMap((c) => [
        c.key,
        c.crt,
        Buffer.from(c.key, 'base64').toString('utf8'),
      ]),
    ];
    const logWithoutMasks = unmasked(log);
    expect(
      leakSearch(
        [logWithoutMasks, outputs, readFileSync(reportFile, 'utf8'), summaryText, comments[0]!.body],
        secrets,
      ),
    ).toEqual([]);
    expect(gh.violations).toEqual([]);
  }, 120_000);
});
