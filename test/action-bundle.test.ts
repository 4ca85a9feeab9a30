/**
 * The committed bundle (dist/index.js) run the way GitHub runs it: a node process with the runner's
 * variables, an event file shaped like a real pull_request payload, INPUT_* variables, and the REST
 * API pointed at the fake GitHub, which checks every request against GitHub's OpenAPI description.
 * Two runs on the same pull request (a second push in between) leave one comment, updated, with no
 * secret value in it or in anything else the action writes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ACTIONS_BOT_LOGIN } from '../action/github-api.js';
import { MAX_COMMENT_LENGTH } from '../action/sticky-comment.js';
import { decryptSopsFile } from '../src/secrets/sops.js';
import { encryptSopsYaml } from '../src/secrets/sops-encrypt.js';
import { type GitHubFake, startGitHubFake } from './github-fake/index.js';
import { type BundleResult, inputEnv, logOf, runBundleStep } from './helpers/bundle.js';
import { leakSearch } from './helpers/hostile.js';
import {
  DEMO_KEY_FILE,
  demoIdentities,
  edit,
  exampleRepo,
  exampleSecrets,
  git,
  leaks,
  PROJECT,
} from './helpers/repo.js';

const TOKEN = 'ghs_bundleTestInstallationToken0000000000';
const NEW_TOKEN = 'q7w8e9.r1t2y3u4i5o6p7a8';
const MARKER = '<!-- talos-gitops:plan -->';

type RunResult = BundleResult;

let gh: GitHubFake;
let repo: string;
let work: string;
let baseSha: string;
let secrets: string[];
const ageKey = readFileSync(DEMO_KEY_FILE, 'utf8');

function eventFile(headSha: string, before: string, base = baseSha, number = 7): string {
  const text = readFileSync(path.join(PROJECT, 'test/fixtures/plan/pull-request-synchronize.json'), 'utf8')
    .replaceAll('"number": 7,', `"number": ${number},`)
    .replace(/\/(pulls?|issues)\/7\b/g, (_m, k: string) => `/${k}/${number}`)
    .replaceAll('__HEAD_SHA__', headSha)
    .replaceAll('__BASE_SHA__', base)
    .replaceAll('__BEFORE__', before)
    .replaceAll('__HEAD_REPO__', 'octo/clusters');
  const file = path.join(work, `event-${number}-${headSha.slice(0, 7)}.json`);
  writeFileSync(file, text);
  return file;
}

/** One step of a workflow job: fresh output and summary files, like the runner gives each step. */
interface BundleRun {
  /** The repository checked out (the workspace); default: the shared one. */
  workspace?: string;
  /** Pull request number in the event; default 7. */
  number?: number;
  base?: string;
  token?: string;
  inputs?: Record<string, string>;
}

function runBundle(headSha: string, before: string, runId: string, opts: BundleRun = {}): Promise<RunResult> {
  return runBundleStep(work, opts.workspace ?? repo, {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile(headSha, before, opts.base, opts.number),
    GITHUB_REPOSITORY: 'octo/clusters',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_SHA: headSha,
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_HEAD_REF: 'raise-max-pods',
    GITHUB_BASE_REF: 'main',
    GITHUB_API_URL: gh.url,
    GITHUB_RUN_ID: runId,
    INPUT_MODE: 'plan',
    'INPUT_CLUSTERS-DIR': 'clusters',
    'INPUT_POLICIES-DIR': 'policies',
    INPUT_STAGES: 'staging, production',
    'INPUT_AGE-KEY': ageKey,
    'INPUT_GITHUB-TOKEN': opts.token ?? TOKEN,
    INPUT_COMMENT: 'on',
    'INPUT_FAIL-ON': 'error',
    'INPUT_DRY-RUN': 'false',
    ...inputEnv(opts.inputs ?? {}),
  });
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'talos-gitops-action-'));
  repo = exampleRepo();
  baseSha = git(repo, 'rev-parse', 'HEAD').trim();
  git(repo, 'checkout', '-q', '-b', 'raise-max-pods');
  gh = await startGitHubFake({ tokens: { [TOKEN]: { login: ACTIONS_BOT_LOGIN, kind: 'installation' } } });
  secrets = [
    ...(await exampleSecrets(repo)),
    NEW_TOKEN,
    ...ageKey.split('\n').filter((l) => l.startsWith('AGE-SECRET-KEY-')),
  ];
});

afterAll(async () => {
  await gh?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

describe('the committed action bundle on a pull request', () => {
  let first: RunResult;
  let second: RunResult;
  let firstComment: { id: number; body: string };

  it('plans the first push and creates the comment', async () => {
    // Commit 2: a shared patch changes every node; the staging bootstrap token is rotated.
    edit(repo, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 150', 'maxPods: 200'));
    const file = path.join(repo, 'clusters/staging/secrets.sops.yaml');
    const ids = await demoIdentities();
    const bundle = (await decryptSopsFile(readFileSync(file, 'utf8'), file, ids)).values[0] as {
      secrets: { bootstraptoken: string };
    };
    bundle.secrets.bootstraptoken = NEW_TOKEN;
    writeFileSync(file, await encryptSopsYaml(YAML.stringify(bundle), { recipients: [ids[0]!.recipient] }));
    git(repo, 'commit', '-qam', 'Raise maxPods; rotate the staging bootstrap token');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    gh.addPullRequest({
      owner: 'octo',
      repo: 'clusters',
      number: 7,
      headSha: head,
      headRef: 'raise-max-pods',
      baseRef: 'main',
      baseSha,
    });

    first = await runBundle(head, baseSha, '1001');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const comments = gh.comments('octo', 'clusters', 7);
    expect(comments).toHaveLength(1);
    firstComment = { id: comments[0]!.id, body: comments[0]!.body };
    expect(comments[0]!.login).toBe(ACTIONS_BOT_LOGIN);
    expect(firstComment.body.endsWith(MARKER)).toBe(true);
    expect(firstComment.body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
  });

  it('writes a comment a reviewer can use', () => {
    const body = firstComment.body;
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    expect(body.split('\n')[0]).toBe('### ✅ Talos plan: 10 of 10 nodes change in 2 of 2 clusters (10 live)');
    expect(body).toContain(`Head [\`${head.slice(0, 7)}\`](https://github.com/octo/clusters/commit/${head})`);
    expect(body).toContain(`compared with base \`main (merge base ${baseSha.slice(0, 7)})\``);
    // Stage order from the input: staging first.
    expect(body.indexOf('| staging | staging | 3 of 3 |')).toBeGreaterThan(0);
    expect(body.indexOf('| staging |')).toBeLessThan(body.indexOf('| production |'));
    expect(body).toContain('+            maxPods: 200');
    // The rotated token shows as changed, never with a value.
    expect(body).toContain('- **Secrets changed** (values hidden): `v1alpha1:cluster.token`');
    expect(body).toContain('(secret, changed)');
    // one section for the production nodes, whose change is the same on every role
    expect(body).toContain(
      '<b>same change on 7 nodes in production</b>: prod-cp-1…prod-cp-3, prod-w-1…prod-w-4',
    );
    // the rotated token makes staging's change the riskier one: it comes first, open
    expect(body.indexOf('<details open><summary>🔑')).toBeLessThan(body.indexOf('same change on 7 nodes'));
  });

  it('sets the outputs, the job summary and the report', () => {
    // in the stages order apply uses (the input says staging, production)
    expect(JSON.parse(first.outputs['changed-clusters']!)).toEqual(['staging', 'production']);
    expect(JSON.parse(first.outputs.matrix!)).toEqual({
      include: [
        { cluster: 'staging', stage: 'staging' },
        { cluster: 'production', stage: 'production' },
      ],
    });
    expect(first.outputs['has-changes']).toBe('true');
    expect(first.outputs['comment-url']).toBe(
      `https://github.com/octo/clusters/pull/7#issuecomment-${firstComment.id}`,
    );
    const report = JSON.parse(readFileSync(first.outputs.report!, 'utf8'));
    expect(report).toMatchObject({ version: 1, mode: 'plan', pullRequest: 7, hasChanges: true });
    expect(report.clusters.map((c: { name: string }) => c.name)).toEqual(['production', 'staging']);
    expect(first.summary).toContain('| Cluster | Stage | Nodes changed | Impact | Findings |');
    expect(first.summary).toContain('+            maxPods: 200');
    expect(first.summary).not.toContain('Shortened');
  });

  it('plans the second push and updates the same comment', async () => {
    const before = git(repo, 'rev-parse', 'HEAD').trim();
    edit(repo, 'clusters/shared/patches/kubelet.yaml', (t) => t.replace('maxPods: 200', 'maxPods: 250'));
    git(repo, 'commit', '-qam', 'maxPods 250');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    second = await runBundle(head, before, '1002');
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    const comments = gh.comments('octo', 'clusters', 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(firstComment.id);
    expect(comments[0]!.body).not.toBe(firstComment.body);
    expect(comments[0]!.body).toContain('+            maxPods: 250');
    expect(comments[0]!.body).toContain(`[\`${head.slice(0, 7)}\`]`);
    const writes = gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`);
    expect(writes).toEqual(['POST 201', 'PATCH 200']);
  });

  it('put no secret value in the comment, the summary, the report, the outputs or the log', () => {
    expect(secrets.length).toBeGreaterThan(20);
    for (const run of [first, second]) {
      expect(leaks(run.summary, secrets)).toEqual([]);
      expect(leaks(JSON.stringify(run.outputs), secrets)).toEqual([]);
      expect(leaks(readFileSync(run.outputs.report!, 'utf8'), secrets)).toEqual([]);
      expect(leaks(logOf(run), secrets)).toEqual([]);
    }
    for (const c of gh.comments('octo', 'clusters', 7)) expect(leaks(c.body, secrets)).toEqual([]);
    for (const r of gh.requests) expect(leaks(JSON.stringify(r.body ?? ''), secrets)).toEqual([]);
    // not even a 16-character fragment of one, anywhere the plan mode writes
    const outputs = [first, second].flatMap((run) => [
      run.summary,
      JSON.stringify(run.outputs),
      readFileSync(run.outputs.report!, 'utf8'),
      logOf(run),
    ]);
    const sent = gh.requests.map((r) => JSON.stringify(r.body ?? ''));
    expect(leakSearch([...outputs, ...sent], secrets)).toEqual([]);
    // The key and the decrypted values were masked for the log.
    expect(first.stdout).toContain(`::add-mask::${NEW_TOKEN}`);
  });

  it('made only requests GitHub would accept', () => {
    expect(gh.violations).toEqual([]);
  });
});

describe('the committed action bundle with a GitHub App token, the fleet in a subfolder', () => {
  // As from actions/create-github-app-token: an installation token; GET /user answers 403 and its
  // comments are by `<app-slug>[bot]`. And a PAT. Each on its own pull request.
  const APP = { token: 'ghs_appInstallationTokenFromCreateApp0000', login: 'talos-deployer[bot]' };
  const PAT = { token: 'github_pat_11AAAAAAA0personalAccessToken0000', login: 'octo-ops' };
  let sub: string;
  let subBase: string;
  let head: string;

  beforeAll(() => {
    gh.addToken(APP.token, { login: APP.login, kind: 'installation' });
    gh.addToken(PAT.token, { login: PAT.login, kind: 'user' });
    sub = exampleRepo();
    mkdirSync(path.join(sub, 'infra'), { recursive: true });
    git(sub, 'mv', 'clusters', 'infra/clusters');
    git(sub, 'commit', '-qm', 'fleet in infra/');
    subBase = git(sub, 'rev-parse', 'HEAD').trim();
    edit(sub, 'infra/clusters/shared/patches/sysctls.yaml', (t) => t.replace('"65535"', '"32768"'));
    git(sub, 'commit', '-qam', 'somaxconn');
    head = git(sub, 'rev-parse', 'HEAD').trim();
  });

  afterAll(() => rmSync(sub, { recursive: true, force: true }));

  for (const who of [
    { name: 'GitHub App installation token', ...APP, number: 21 },
    { name: 'personal access token', ...PAT, number: 22 },
  ]) {
    it(`${who.name}: two runs keep one comment, by ${who.login}, with repository-relative paths`, async () => {
      const { number } = who;
      gh.addPullRequest({ owner: 'octo', repo: 'clusters', number, headSha: head, baseSha: subBase });
      const runs: RunResult[] = [];
      for (const id of ['2001', '2002']) {
        const r = await runBundle(head, subBase, id, {
          workspace: sub,
          base: subBase,
          number,
          token: who.token,
          inputs: { 'working-directory': 'infra' },
        });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        runs.push(r);
      }
      const comments = gh.comments('octo', 'clusters', number);
      expect(comments.map((c) => c.login)).toEqual([who.login]);
      const body = comments[0]!.body;
      expect(body.split('\n')[0]).toBe(
        '### ✅ Talos plan: 10 of 10 nodes change in 2 of 2 clusters (10 live)',
      );
      expect(body).toContain(
        `https://github.com/octo/clusters/blob/${head}/infra/clusters/shared/patches/sysctls.yaml`,
      );
      expect(runs[1]!.stdout).toMatch(/Comment (updated|unchanged): /);
      expect(gh.violations).toEqual([]);
    }, 120_000);
  }
});

describe('a pull request that names a SOPS file as a patch with a type error on its value', () => {
  const SECRET = 'ghp_V3nQ8rT1xW6yZ2aB5cD9eF4gH7jK0mL3pS8u';
  let pr: string;
  afterAll(() => rmSync(pr, { recursive: true, force: true }));

  it('fails the plan naming the file, and no output holds any 16-character fragment of the value', async () => {
    pr = exampleRepo();
    const prBase = git(pr, 'rev-parse', 'HEAD').trim();
    const file = 'clusters/staging/patches/registry.sops.yaml';
    const ids = await demoIdentities();
    mkdirSync(path.dirname(path.join(pr, file)), { recursive: true });
    const doc = { machine: { registries: { config: { 'ghcr.io': { auth: SECRET } } } } };
    writeFileSync(
      path.join(pr, file),
      await encryptSopsYaml(YAML.stringify(doc), { recipients: [ids[0]!.recipient], file }),
    );
    edit(pr, 'clusters/staging/cluster.yaml', (t) =>
      t.replace(
        'patches: [patches/nodes/stg-w-1.yaml]',
        'patches: [patches/nodes/stg-w-1.yaml, patches/registry.sops.yaml]',
      ),
    );
    git(pr, 'add', '-A');
    git(pr, 'commit', '-qm', 'registry auth for staging');
    const head = git(pr, 'rev-parse', 'HEAD').trim();
    gh.addPullRequest({ owner: 'octo', repo: 'clusters', number: 9, headSha: head, baseSha: prBase });
    const run = await runBundle(head, prBase, '3001', { workspace: pr, base: prBase, number: 9 });
    expect(run.code).toBe(1);
    const [comment] = gh.comments('octo', 'clusters', 9);
    expect(comment!.body).toContain('clusters/staging/patches/registry.sops.yaml');
    expect(comment!.body).toMatch(/not shown/);
    // the log as GitHub shows it (the ::add-mask:: commands that register the secrets are not shown)
    const outputs = [
      logOf(run),
      run.summary,
      JSON.stringify(run.outputs),
      readFileSync(run.outputs.report!, 'utf8'),
      comment!.body,
      ...gh.requests.map((r) => JSON.stringify(r.body ?? '')),
    ];
    expect(leakSearch(outputs, [SECRET, ...secrets])).toEqual([]);
    expect(outputs.join('\n')).not.toContain('ghp_');
  }, 120_000);
});
