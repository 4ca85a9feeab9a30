/**
 * The action adapter in process: inputs, event detection (forks), the base it compares with,
 * outputs for fanning out, fail-on, and both modes end to end against the fake GitHub with a runtime
 * that records what the step would log, annotate, mask and output.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countingRuntime, remainingAllowance } from '../action/annotate.js';
import { chooseBaseRef, type Git } from '../action/base-ref.js';
import { readRunEvent } from '../action/event.js';
import { ACTIONS_BOT_LOGIN } from '../action/github-api.js';
import { commentKey, InputError, readInputs } from '../action/inputs.js';
import { planFailure } from '../action/outcome.js';
import { planOutputs, rolloutOutputs } from '../action/outputs.js';
import { run } from '../action/run.js';
import type { AnnotationProps, Runtime } from '../action/runtime.js';
import type { RunRolloutOptions } from '../src/rollout/rollout.js';
import type { RolloutReport } from '../src/rollout/types.js';
import { smallPlan } from './fixtures/plan/plans.js';
import { type GitHubFake, startGitHubFake } from './github-fake/index.js';
import { DEMO_KEY_FILE, edit, exampleRepo, exampleSecrets, git, leaks } from './helpers/repo.js';

const inputsOf = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('inputs', () => {
  it('have defaults for everything but the secrets', () => {
    expect(readInputs(inputsOf({}))).toEqual({
      mode: 'plan',
      workingDirectory: '.',
      clustersDir: 'clusters',
      policiesDir: 'policies',
      clusters: [],
      stages: [],
      stageOrder: [],
      baseRef: '',
      ageKey: '',
      talosconfig: '',
      githubToken: '',
      comment: true,
      commentKey: '',
      failOn: 'error',
      dryRun: false,
      reportArtifact: 'talos-gitops-report',
    });
  });

  it('read lists by comma or line, booleans as on/off or true/false', () => {
    const i = readInputs(
      inputsOf({ stages: 'staging,\nproduction\n', cluster: ' a , b ', comment: 'off', 'dry-run': 'TRUE' }),
    );
    expect(i.stageOrder).toEqual(['staging', 'production']);
    expect(i.clusters).toEqual(['a', 'b']);
    expect(i.comment).toBe(false);
    expect(i.dryRun).toBe(true);
  });

  it('refuse values they do not know, naming the input', () => {
    expect(() => readInputs(inputsOf({ mode: 'destroy' }))).toThrow(InputError);
    expect(() => readInputs(inputsOf({ 'fail-on': 'notice' }))).toThrow(
      /input fail-on must be one of error, warning/,
    );
    expect(() => readInputs(inputsOf({ comment: 'maybe' }))).toThrow(/input comment must be on or off/);
  });

  it('give each mode and selection its own sticky comment', () => {
    expect(commentKey(readInputs(inputsOf({})))).toBe('talos-gitops:plan');
    expect(commentKey(readInputs(inputsOf({ cluster: 'prod-eu' })))).toBe(
      'talos-gitops:plan:cluster=prod-eu',
    );
    expect(commentKey(readInputs(inputsOf({ mode: 'apply', stage: 'production' })))).toBe(
      'talos-gitops:rollout-report:stage=production',
    );
    expect(commentKey(readInputs(inputsOf({ 'comment-key': 'team-a' })))).toBe('team-a');
  });
});

describe('event detection', () => {
  const env = (payload: object, name = 'pull_request') => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talos-gitops-event-'));
    const file = path.join(dir, 'event.json');
    writeFileSync(file, JSON.stringify(payload));
    return {
      GITHUB_EVENT_NAME: name,
      GITHUB_EVENT_PATH: file,
      GITHUB_REPOSITORY: 'octo/clusters',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_RUN_ID: '77',
    };
  };
  const pr = (headRepo: string | null) => ({
    pull_request: {
      number: 12,
      head: { sha: 'b'.repeat(40), repo: headRepo ? { full_name: headRepo } : null },
      base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: 'octo/clusters' } },
    },
  });

  it('tells a pull request from the same repository from one from a fork', () => {
    expect(readRunEvent(env(pr('octo/clusters'))).pullRequest).toMatchObject({ number: 12, fork: false });
    expect(readRunEvent(env(pr('Octo/Clusters'))).pullRequest?.fork).toBe(false);
    expect(readRunEvent(env(pr('mallory/clusters'))).pullRequest?.fork).toBe(true);
    // A deleted fork has no head repository: still a fork.
    expect(readRunEvent(env(pr(null))).pullRequest?.fork).toBe(true);
  });

  it('reads push and workflow_dispatch events, and the run URL', () => {
    const push = readRunEvent(env({ before: 'd'.repeat(40), after: 'a'.repeat(40) }, 'push'));
    expect(push).toMatchObject({ name: 'push', before: 'd'.repeat(40), owner: 'octo', repo: 'clusters' });
    expect(push.pullRequest).toBeUndefined();
    expect(push.runUrl).toBe('https://github.com/octo/clusters/actions/runs/77');
    expect(readRunEvent(env({ inputs: {} }, 'workflow_dispatch')).name).toBe('workflow_dispatch');
  });

  it('fails clearly outside GitHub Actions', () => {
    expect(() => readRunEvent({})).toThrow(/GITHUB_REPOSITORY is not set/);
  });
});

describe('the base to compare with', () => {
  const known =
    (answers: Record<string, string>): Git =>
    (...args) =>
      answers[args.join(' ')];
  const base = {
    name: 'pull_request',
    owner: 'o',
    repo: 'r',
    sha: 'm',
    ref: '',
    serverUrl: 'https://github.com',
    pullRequest: {
      number: 3,
      headSha: 'h',
      headRepo: 'o/r',
      baseSha: 'b'.repeat(40),
      baseRef: 'main',
      baseRepo: 'o/r',
      fork: false,
    },
  };

  it('is the input when given', () => {
    expect(chooseBaseRef('origin/release', base, known({})).ref).toBe('origin/release');
  });

  it('is the merge base for a pull request, named by its branch', () => {
    const c = chooseBaseRef('', base, known({ [`merge-base ${'b'.repeat(40)} HEAD`]: 'e'.repeat(40) }));
    expect(c).toMatchObject({ ref: 'e'.repeat(40), label: 'main (merge base eeeeeee)' });
  });

  it('says to fetch history when the base commit is missing', () => {
    expect(() => chooseBaseRef('', base, known({}))).toThrow(/fetch-depth: 0/);
  });

  it('is the commit before a push', () => {
    const push = { ...base, name: 'push', pullRequest: undefined, before: 'f'.repeat(40) };
    const c = chooseBaseRef(
      '',
      push,
      known({ [`rev-parse --verify --quiet ${'f'.repeat(40)}^{commit}`]: 'x' }),
    );
    expect(c).toMatchObject({ ref: 'f'.repeat(40), label: 'fffffff (before the push)' });
  });
});

describe('outputs and status', () => {
  it('list changed clusters in the stages order apply uses', () => {
    const plan = smallPlan();
    // the plan lists prod-eu (production) first
    expect(plan.clusters.map((c) => c.stage)).toEqual(['production', 'staging']);
    for (const n of plan.clusters[1]!.nodes) Object.assign(n, { status: 'changed', impacts: ['live'] });
    expect(planOutputs(plan, 'r.json', ['staging', 'production']).changedClusters).toEqual([
      'staging',
      'prod-eu',
    ]);
    expect(planOutputs(plan, 'r.json', ['staging', 'production']).matrix.include.map((e) => e.stage)).toEqual(
      ['staging', 'production'],
    );
  });

  it('list changed clusters with their stage for a matrix', () => {
    const plan = smallPlan();
    const o = planOutputs(plan, '/tmp/r.json');
    expect(o.changedClusters).toEqual(['prod-eu']);
    expect(o.matrix).toEqual({ include: [{ cluster: 'prod-eu', stage: 'production' }] });
    expect(o.hasChanges).toBe(true);
  });

  it('leave out clusters that failed to render or only lose nodes', () => {
    const plan = smallPlan();
    plan.clusters[0]!.error = { side: 'head', message: 'x' };
    plan.clusters[1]!.nodes[0]!.status = 'removed';
    expect(planOutputs(plan, '').changedClusters).toEqual([]);
  });

  it('fail on errors, and on warnings when asked; never on waived findings', () => {
    const w = { rule: 'r', severity: 'warning' as const, message: 'm' };
    const e = { rule: 'r', severity: 'error' as const, message: 'm' };
    expect(planFailure([w], 'error')).toBeUndefined();
    expect(planFailure([w], 'warning')).toMatch(/^the plan has 1 warning \(fail-on: warning\)/);
    expect(planFailure([e, w, w], 'warning')).toMatch(/^the plan has 1 error and 2 warnings/);
    expect(planFailure([{ ...e, waived: { reason: 'x', source: 'y' } }], 'error')).toBeUndefined();
  });
});

// ------------------------------------------------------------------------------------ both modes

interface Recorded extends Runtime {
  logs: string[];
  annotations: Array<{ kind: string; message: string; props?: AnnotationProps }>;
  outputs: Record<string, string>;
  masked: string[];
  summary: string;
  failed?: string;
}

function recorder(env: Record<string, string>, inputs: Record<string, string>, workspace: string): Recorded {
  const r: Recorded = {
    env,
    workspace,
    logs: [],
    annotations: [],
    outputs: {},
    masked: [],
    summary: '',
    getInput: (n) => inputs[n] ?? '',
    setFailed: (m) => {
      r.failed = m;
      r.annotations.push({ kind: 'error', message: m });
    },
    info: (m) => r.logs.push(m),
    warning: (m, props) => r.annotations.push({ kind: 'warning', message: m, ...(props ? { props } : {}) }),
    error: (m, props) => r.annotations.push({ kind: 'error', message: m, ...(props ? { props } : {}) }),
    notice: (m, props) => r.annotations.push({ kind: 'notice', message: m, ...(props ? { props } : {}) }),
    setSecret: (v) => r.masked.push(v),
    setOutput: (n, v) => {
      r.outputs[n] = v;
    },
    writeSummary: async (md) => {
      r.summary = md;
    },
  };
  return r;
}

const TOKEN = 'ghs_inProcessInstallationToken00000000000';
const ageKey = readFileSync(DEMO_KEY_FILE, 'utf8');
let gh: GitHubFake;

beforeEach(async () => {
  gh = await startGitHubFake({
    tokens: {
      [TOKEN]: { login: ACTIONS_BOT_LOGIN, kind: 'installation' },
      ghs_readOnly000000000000000000000000000000: {
        login: ACTIONS_BOT_LOGIN,
        kind: 'installation',
        canWrite: false,
      },
    },
  });
});

afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

function envFor(repo: string, name: string, payload: object, extra: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'talos-gitops-step-'));
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'octo/clusters',
    GITHUB_SHA: git(repo, 'rev-parse', 'HEAD').trim(),
    GITHUB_API_URL: gh.url,
    RUNNER_TEMP: dir,
    ...extra,
  };
}

describe('plan mode on a pull request from a fork', () => {
  it('renders without secrets, says what it could not see, and survives a read-only token', async () => {
    const repo = exampleRepo();
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    edit(repo, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 150', 'maxPods: 200'));
    git(repo, 'commit', '-qam', 'change');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    gh.addPullRequest({ owner: 'octo', repo: 'clusters', number: 5, headSha: head, baseSha: base });
    const env = envFor(repo, 'pull_request', {
      pull_request: {
        number: 5,
        head: { sha: head, repo: { full_name: 'mallory/clusters' } },
        base: { sha: base, ref: 'main', repo: { full_name: 'octo/clusters' } },
      },
    });
    // The workflow passed a key anyway (e.g. pull_request_target): a fork's code still gets no secrets.
    const rt = recorder(
      env,
      { 'age-key': ageKey, 'github-token': 'ghs_readOnly000000000000000000000000000000' },
      repo,
    );
    await run(rt);
    expect(rt.failed).toBeUndefined();
    expect(rt.logs).toContain('Pull request from a fork: planning without secrets');
    expect(rt.summary).toContain('(secrets unavailable for pull requests from forks)');
    expect(rt.summary).toMatch(/\*\*Could not see\*\* parts of 2 clusters/);
    expect(rt.summary).toContain('+            maxPods: 200');
    const warning = rt.annotations.find((a) => a.kind === 'warning')!;
    expect(warning.message).toMatch(
      /^The comment on #5 was not posted \(pull requests from forks get a read-only token\): GitHub API .* 403/,
    );
    expect(gh.comments('octo', 'clusters', 5)).toEqual([]);
    expect(rt.outputs['has-changes']).toBe('true');
    // Nothing decrypted: only the inputs were registered as secrets.
    const secrets = await exampleSecrets(repo);
    expect(rt.masked.filter((m) => secrets.includes(m))).toEqual([]);
    expect(leaks(rt.summary + rt.logs.join('\n'), secrets)).toEqual([]);
  });
});

describe('plan mode with a broken cluster', () => {
  it('fails the step, annotates the line, and still comments and summarises', async () => {
    const repo = exampleRepo();
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    edit(repo, 'clusters/staging/cluster.yaml', (t) =>
      t.replace('talosVersion: v1.12.11', 'talosVersion: 1.12'),
    );
    git(repo, 'commit', '-qam', 'typo');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    gh.addPullRequest({ owner: 'octo', repo: 'clusters', number: 6, headSha: head, baseSha: base });
    const env = envFor(repo, 'pull_request', {
      pull_request: {
        number: 6,
        head: { sha: head, repo: { full_name: 'octo/clusters' } },
        base: { sha: base, ref: 'main', repo: { full_name: 'octo/clusters' } },
      },
    });
    const rt = recorder(env, { 'age-key': ageKey, 'github-token': TOKEN }, repo);
    await run(rt);
    expect(rt.failed).toBe('the plan has 1 error (fail-on: error); see the job summary and the annotations');
    const annotation = rt.annotations.find((a) => a.props?.title === 'render/error')!;
    expect(annotation.kind).toBe('error');
    expect(annotation.props?.file).toBe('clusters/staging/cluster.yaml');
    expect(annotation.props?.startLine).toBeGreaterThan(0);
    const body = gh.comments('octo', 'clusters', 6)[0]!.body;
    expect(body.split('\n')[0]).toMatch(/^### ❌ Talos plan: 1 error · /);
    expect(body).toContain('| staging | staging | — | ⛔ render failed (head) | 1 error |');
    expect(rt.summary).toContain('`render/error`');
  });
});

describe("plan mode with the team's policies", () => {
  it('annotates a finding on many nodes once, at its file and line, and fails on warnings', async () => {
    const repo = exampleRepo();
    mkdirSync(path.join(repo, 'policies'), { recursive: true });
    writeFileSync(
      path.join(repo, 'policies/team.yaml'),
      [
        'rules:',
        '  - id: team/max-pods',
        '    severity: warning',
        '    description: Workers allow at most 150 pods',
        '    scope: { roles: [worker] }',
        '    target: { kind: v1alpha1, path: machine.kubelet.extraConfig.maxPods }',
        '    condition: { lessOrEqual: 150 }',
        '',
      ].join('\n'),
    );
    // the policy is the base's: the base's checks judge a pull request
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'policy');
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    edit(repo, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 150', 'maxPods: 200'));
    git(repo, 'commit', '-qam', 'change');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    gh.addPullRequest({ owner: 'octo', repo: 'clusters', number: 8, headSha: head, baseSha: base });
    const env = envFor(repo, 'pull_request', {
      pull_request: {
        number: 8,
        head: { sha: head, repo: { full_name: 'octo/clusters' } },
        base: { sha: base, ref: 'main', repo: { full_name: 'octo/clusters' } },
      },
    });
    const rt = recorder(env, { 'age-key': ageKey, 'github-token': TOKEN, 'fail-on': 'warning' }, repo);
    await run(rt);
    expect(rt.failed).toBe(
      'the plan has 6 warnings (fail-on: warning); see the job summary and the annotations',
    );
    const ours = rt.annotations.filter((a) => a.props?.title === 'team/max-pods');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.kind).toBe('warning');
    expect(ours[0]!.props?.file).toBe('clusters/shared/patches/kubelet.yaml');
    const line = ours[0]!.props?.startLine;
    expect(line).toBeGreaterThan(0);
    expect(ours[0]!.message).toMatch(/on production: prod-w-1…prod-w-4; staging: stg-w-1, stg-w-2\)$/);
    const body = gh.comments('octo', 'clusters', 8)[0]!.body;
    expect(body.split('\n')[0]).toMatch(/· 6 warnings$/);
    expect(body).toContain(
      `[clusters/shared/patches/kubelet.yaml:${line}](https://github.com/octo/clusters/blob/${head}/clusters/shared/patches/kubelet.yaml#L${line})`,
    );
    expect(rt.summary).toContain('Every finding is also annotated on its file.');
  });
});

describe('plan mode with working-directory a subfolder', () => {
  it('reports repository-relative paths: the base is read, annotations and links point at the real files', async () => {
    const repo = exampleRepo();
    mkdirSync(path.join(repo, 'infra'), { recursive: true });
    git(repo, 'mv', 'clusters', 'infra/clusters');
    mkdirSync(path.join(repo, 'infra/policies'), { recursive: true });
    writeFileSync(
      path.join(repo, 'infra/policies/team.yaml'),
      [
        'rules:',
        '  - id: team/max-pods',
        '    severity: warning',
        '    description: Workers allow at most 150 pods',
        '    scope: { roles: [worker] }',
        '    target: { kind: v1alpha1, path: machine.kubelet.extraConfig.maxPods }',
        '    condition: { lessOrEqual: 150 }',
        '',
      ].join('\n'),
    );
    // the policy is the base's: the base's checks judge a pull request
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'fleet and policies in infra/');
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    edit(repo, 'infra/clusters/shared/patches/kubelet.yaml', (t) =>
      t.replace('maxPods: 150', 'maxPods: 200'),
    );
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'change');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    gh.addPullRequest({ owner: 'octo', repo: 'clusters', number: 9, headSha: head, baseSha: base });
    const env = envFor(repo, 'pull_request', {
      pull_request: {
        number: 9,
        head: { sha: head, repo: { full_name: 'octo/clusters' } },
        base: { sha: base, ref: 'main', repo: { full_name: 'octo/clusters' } },
      },
    });
    const rt = recorder(
      env,
      {
        'age-key': ageKey,
        'github-token': TOKEN,
        'working-directory': 'infra',
        stages: 'staging,production',
      },
      repo,
    );
    await run(rt);
    expect(rt.failed).toBeUndefined();
    const body = gh.comments('octo', 'clusters', 9)[0]!.body;
    // the base was read: the nodes change, none is "new"
    expect(body.split('\n')[0]).toBe(
      '### ⚠️ Talos plan: 10 of 10 nodes change in 2 of 2 clusters (10 live) · 6 warnings',
    );
    expect(body).not.toContain('new node');
    const ours = rt.annotations.filter((a) => a.props?.title === 'team/max-pods');
    expect(ours.map((a) => a.props?.file)).toEqual(['infra/clusters/shared/patches/kubelet.yaml']);
    const line = ours[0]!.props?.startLine;
    expect(body).toContain(
      `(https://github.com/octo/clusters/blob/${head}/infra/clusters/shared/patches/kubelet.yaml#L${line})`,
    );
    expect(body).toMatch(
      /^- \[infra\/clusters\/shared\/patches\/kubelet\.yaml\]\(.*\) → 10 nodes in 2 clusters/m,
    );
    expect(rt.logs.join('\n')).toContain(
      'working-directory infra: clusters in infra/clusters, policies in infra/policies',
    );
    expect(JSON.parse(rt.outputs['changed-clusters']!)).toEqual(['staging', 'production']);
  });

  it('refuses a working-directory outside the workspace', async () => {
    const repo = exampleRepo();
    const env = envFor(repo, 'push', { before: '0'.repeat(40) });
    const rt = recorder(env, { 'working-directory': '../elsewhere' }, repo);
    await run(rt);
    expect(rt.failed).toMatch(/^input working-directory "\.\.\/elsewhere" is outside the workspace/);
  });
});

describe('the annotation allowance', () => {
  it('leaves room for what the step says itself and for its failure', () => {
    expect(remainingAllowance({ error: 0, warning: 1, notice: 0 }, true)).toEqual({
      error: 9,
      warning: 9,
      notice: 10,
    });
    expect(remainingAllowance({ error: 12, warning: 0, notice: 0 }, false).error).toBe(0);
    const base = recorder({}, {}, '.');
    const { rt, counts } = countingRuntime(base);
    rt.warning('a');
    rt.notice('b');
    rt.notice('c');
    expect(counts).toEqual({ error: 0, warning: 1, notice: 2 });
    expect(base.annotations.map((a) => a.kind)).toEqual(['warning', 'notice', 'notice']);
  });
});

describe('plan mode outside a pull request', () => {
  it('compares a push with the commit before it and writes no comment', async () => {
    const repo = exampleRepo();
    const before = git(repo, 'rev-parse', 'HEAD').trim();
    edit(repo, 'clusters/staging/patches/worker.yaml', (t) => `${t}  sysctls:\n    vm.swappiness: "10"\n`);
    git(repo, 'commit', '-qam', 'swappiness');
    const env = envFor(repo, 'push', { before, after: git(repo, 'rev-parse', 'HEAD').trim() });
    const rt = recorder(env, { 'age-key': ageKey, 'github-token': TOKEN }, repo);
    await run(rt);
    expect(rt.failed).toBeUndefined();
    expect(rt.logs.some((l) => l.includes('(the commit before the push)'))).toBe(true);
    expect(rt.logs).toContain('No pull request for a push event: the plan is in the job summary only');
    expect(JSON.parse(rt.outputs.matrix!)).toEqual({ include: [{ cluster: 'staging', stage: 'staging' }] });
    expect(rt.summary).toContain('<b>same change on 2 workers in staging</b>: stg-w-1, stg-w-2');
    expect(gh.requests).toEqual([]);
  });

  it('fails the step with a clear message when the base is missing', async () => {
    const repo = exampleRepo();
    const env = envFor(repo, 'workflow_dispatch', {});
    const rt = recorder(env, { 'age-key': ageKey }, repo);
    await run(rt);
    expect(rt.failed).toMatch(/no base to compare with: set the base-ref input/);
  });
});

describe('apply mode', () => {
  const talosconfig = (key: string) =>
    [
      'context: staging',
      'contexts:',
      '  staging:',
      '    endpoints: [10.0.0.10]',
      `    ca: ${Buffer.from('ca').toString('base64')}`,
      `    crt: ${Buffer.from('crt').toString('base64')}`,
      `    key: ${key}`,
      '',
    ].join('\n');

  /** A rollout that reports every node of the fleet applied, or halts at the first worker. */
  const fakeRollout =
    (halt: boolean, seen: RunRolloutOptions[]) =>
    async (opts: RunRolloutOptions): Promise<RolloutReport> => {
      seen.push(opts);
      const clusters = opts.fleet.clusters.map((c) => ({
        name: c.name,
        stage: c.stage,
        status: (halt ? 'failed' : 'done') as 'failed' | 'done',
        preflight: [],
        nodes: c.nodes.map((n) => ({
          cluster: c.name,
          name: n.name,
          address: n.address,
          role: n.role,
          status: (halt && n.role === 'worker' ? 'failed' : 'applied') as 'failed' | 'applied',
          action: 'config' as const,
          talosVersion: { to: c.talosVersion },
          kubernetesVersion: { to: c.kubernetesVersion },
          impacts: ['live'],
          rebooted: false,
          touched: true,
          notes: [],
        })),
      }));
      return {
        version: 1,
        dryRun: opts.dryRun ?? false,
        status: halt ? 'failed' : 'succeeded',
        ...(halt
          ? { halted: { stage: 'staging', cluster: 'staging', node: 'stg-w-1', reason: 'not healthy in 5m' } }
          : {}),
        stages: [{ name: 'staging', status: halt ? 'failed' : 'done', clusters }],
        startedAt: '2026-11-21T10:00:00.000Z',
        endedAt: '2026-11-21T10:04:00.000Z',
        durationMs: 240_000,
      };
    };

  function pushed() {
    const repo = exampleRepo();
    const sha = git(repo, 'rev-parse', 'HEAD').trim();
    gh.addPullRequest({
      owner: 'octo',
      repo: 'clusters',
      number: 9,
      headSha: 'f'.repeat(40),
      commits: [sha],
      state: 'closed',
    });
    const env = envFor(
      repo,
      'push',
      { before: '0'.repeat(40), after: sha },
      { GITHUB_REF: 'refs/heads/main' },
    );
    return { repo, env };
  }

  it('rolls out the selected stage and reports on the merged pull request', async () => {
    const { repo, env } = pushed();
    const key = Buffer.from(
      '-----BEGIN EC PRIVATE KEY-----\nTALOSCLIENTKEYMATERIAL0001\n-----END EC PRIVATE KEY-----\n',
    ).toString('base64');
    const seen: RunRolloutOptions[] = [];
    const rt = recorder(
      env,
      {
        mode: 'apply',
        stage: 'staging',
        stages: 'staging,production',
        'age-key': ageKey,
        'github-token': TOKEN,
        talosconfig: talosconfig(key),
      },
      repo,
    );
    await run(rt, { rollout: fakeRollout(false, seen) });
    expect(rt.failed).toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.fleet.clusters.map((c) => c.name)).toEqual(['staging']);
    expect(seen[0]!.stagesOrder).toEqual(['staging', 'production']);
    expect(seen[0]!.talosconfigFile).toBe('input talosconfig');
    expect(rt.masked).toContain(key);
    const comments = gh.comments('octo', 'clusters', 9);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^### Talos rollout: ✅ done/);
    expect(comments[0]!.body.endsWith('<!-- talos-gitops:rollout-report:stage=staging -->')).toBe(true);
    expect(comments[0]!.body).not.toContain('<!-- talos-gitops:rollout-report -->');
    expect(JSON.parse(rt.outputs['changed-clusters']!)).toEqual(['staging']);
    expect(rt.outputs['has-changes']).toBe('true');
    const report = readFileSync(rt.outputs.report!, 'utf8');
    expect(JSON.parse(report)).toMatchObject({ version: 1, status: 'succeeded' });
    expect(rt.summary).toMatch(/^### Talos rollout: ✅ done/);
    for (const text of [report, rt.summary, comments[0]!.body, rt.logs.join('\n')]) {
      expect(text).not.toContain(key);
      expect(leaks(text, await exampleSecrets(repo))).toEqual([]);
    }
  });

  it('fails the step with where and why it halted', async () => {
    const { repo, env } = pushed();
    const rt = recorder(
      env,
      {
        mode: 'apply',
        stage: 'staging',
        'age-key': ageKey,
        comment: 'off',
        talosconfig: talosconfig('a2V5'),
      },
      repo,
    );
    await run(rt, { rollout: fakeRollout(true, []) });
    expect(rt.failed).toBe('the rollout halted at staging/stg-w-1 (stage staging): not healthy in 5m');
    expect(gh.requests).toEqual([]);
  });

  it('applies nothing when a cluster does not render, and annotates the line', async () => {
    const { repo, env } = pushed();
    edit(repo, 'clusters/staging/cluster.yaml', (t) =>
      t.replace('talosVersion: v1.12.11', 'talosVersion: 1.12'),
    );
    const seen: RunRolloutOptions[] = [];
    const rt = recorder(env, { mode: 'apply', 'age-key': ageKey, talosconfig: talosconfig('a2V5') }, repo);
    await run(rt, { rollout: fakeRollout(false, seen) });
    expect(seen).toEqual([]);
    expect(rt.failed).toBe('1 cluster(s) could not be rendered: nothing was applied');
    const err = rt.annotations.find((a) => a.props?.title === 'render/error')!;
    expect(err.message).toMatch(/^cluster staging could not be rendered: /);
    expect(err.props?.file).toBe('clusters/staging/cluster.yaml');
  });

  it('summarises a rollout report for the outputs', () => {
    const report: RolloutReport = {
      version: 1,
      dryRun: true,
      status: 'succeeded',
      stages: [
        {
          name: 's',
          status: 'planned',
          clusters: [
            { name: 'a', stage: 's', status: 'planned', preflight: [], nodes: [] },
            {
              name: 'b',
              stage: 's',
              status: 'planned',
              preflight: [],
              nodes: [
                {
                  cluster: 'b',
                  name: 'n',
                  address: '1',
                  role: 'worker',
                  status: 'planned',
                  action: 'config',
                  talosVersion: { to: 'v1' },
                  kubernetesVersion: { to: 'v1' },
                  impacts: [],
                  rebooted: false,
                  touched: false,
                  notes: [],
                },
              ],
            },
          ],
        },
      ],
      startedAt: '',
      endedAt: '',
      durationMs: 0,
    };
    expect(rolloutOutputs(report, 'r.json')).toEqual({
      changedClusters: ['b'],
      matrix: { include: [{ cluster: 'b', stage: 's' }] },
      hasChanges: true,
      report: 'r.json',
    });
  });
});
