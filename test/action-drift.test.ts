/**
 * The committed bundle in `mode: drift`, run as a scheduled workflow runs it: the checked-out render
 * against the simulated fleet, read-only, and ONE issue kept up to date through the fake GitHub (every
 * request checked against GitHub's OpenAPI description), with a GitHub App installation token (as from
 * actions/create-github-app-token: GET /user answers 403). The issue is opened when a node drifts,
 * edited while drift lasts, closed when the fleet runs what Git says again; a person's issue that
 * quotes the marker, and pull requests (which GitHub lists among issues), are never touched.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubFake, type StoredIssue, startGitHubFake } from './github-fake/index.js';
import { type BundleResult, inputEnv, logOf, runBundleStep } from './helpers/bundle.js';
import { type ExampleFleet, exampleFleetRunning } from './helpers/example-fleet.js';
import { DEMO_KEY_FILE, exampleSecrets, git, leaks } from './helpers/repo.js';

const APP = { token: 'ghs_scheduledDriftAppToken00000000000000', login: 'talos-deployer[bot]' };
const MARKER = '<!-- talos-gitops:drift -->';
const ageKey = readFileSync(DEMO_KEY_FILE, 'utf8');
let x: ExampleFleet;
let gh: GitHubFake;
let repo: string;
let work: string;
let talosconfig: string;
let secrets: string[];
const runs: BundleResult[] = [];

beforeAll(async () => {
  x = await exampleFleetRunning();
  ({ repo, talosconfig } = x);
  work = mkdtempSync(path.join(x.tmp, 'steps-'));
  gh = await startGitHubFake({ tokens: { [APP.token]: { login: APP.login, kind: 'installation' } } });
  // GitHub lists pull requests among a repository's issues.
  gh.addPullRequest({
    owner: 'octo',
    repo: 'clusters',
    number: 1,
    headSha: git(repo, 'rev-parse', 'HEAD').trim(),
  });
  secrets = [
    ...(await exampleSecrets(repo)),
    ...ageKey.split('\n').filter((l) => l.startsWith('AGE-SECRET-KEY-')),
  ];
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await x?.stop();
});

/** The nightly job's step: `on: schedule`, the default branch checked out. */
async function nightly(runId: string): Promise<BundleResult> {
  const event = path.join(work, `schedule-${runId}.json`);
  writeFileSync(event, JSON.stringify({ schedule: '17 3 * * *' }));
  const r = await runBundleStep(work, repo, {
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/clusters',
    GITHUB_REPOSITORY_OWNER: 'octo',
    GITHUB_SHA: git(repo, 'rev-parse', 'HEAD').trim(),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: gh.url,
    GITHUB_RUN_ID: runId,
    ...inputEnv({
      mode: 'drift',
      stages: 'staging, production',
      'age-key': ageKey,
      talosconfig,
      'github-token': APP.token,
      comment: 'on',
    }),
  });
  runs.push(r);
  return r;
}

const byHand: ExampleFleet['byHand'] = (...a) => x.byHand(...a);

const ours = (): StoredIssue[] => gh.issues('octo', 'clusters').filter((i) => i.author === APP.login);
const issueUrl = (i: StoredIssue) => `https://github.com/octo/clusters/issues/${i.number}`;

describe('the committed action bundle in mode: drift, on a schedule', () => {
  let person: StoredIssue;

  it('a fleet that runs what Git says opens no issue', async () => {
    person = gh.seedIssue({
      owner: 'octo',
      repo: 'clusters',
      title: 'Why does the drift issue look like this?',
      body: `Pasted from the last one:\n\n${MARKER}`,
      login: 'alice',
    });
    const r = await nightly('3001');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      drift: 'in-sync',
      'has-changes': 'false',
      'changed-clusters': '[]',
      'issue-url': '',
    });
    expect(r.summary.split('\n')[0]).toBe('### ✅ Talos drift: all 10 nodes run what Git says');
    expect(ours()).toEqual([]);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  }, 120_000);

  it('a node changed by hand: one issue with its redacted diff, a warning, the outputs', async () => {
    await byHand('production', 'prod-w-3', (t) =>
      t.replace('net.core.somaxconn: "65535"', 'net.core.somaxconn: "1024"'),
    );
    const r = await nightly('3002');
    expect(r.stderr).toBe('');
    // drift is a warning, not a failed step: the issue is where it is followed up
    expect(r.code).toBe(0);
    const [issue, ...more] = ours();
    expect(more).toEqual([]);
    expect(issue!.title).toBe('Talos drift: 1 of 10 nodes runs something Git does not say');
    expect(issue!.body.split('\n')[0]).toBe(
      '### ⚠️ Talos drift: 1 of 10 nodes runs something Git does not say',
    );
    expect(issue!.body).toContain('| production | production | 7 | prod-w-3 | — |');
    expect(issue!.body).toContain('-        net.core.somaxconn: "65535"');
    expect(issue!.body).toContain('+        net.core.somaxconn: "1024"');
    expect(issue!.body.endsWith(MARKER)).toBe(true);
    expect(r.outputs).toMatchObject({
      drift: 'drift',
      'has-changes': 'true',
      'changed-clusters': '["production"]',
      matrix: '{"include":[{"cluster":"production","stage":"production"}]}',
      'issue-url': issueUrl(issue!),
    });
    expect(r.stdout).toContain(
      `::warning title=drift::1 of 10 nodes runs something Git does not say (${issueUrl(issue!)})`,
    );
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    expect(report.status).toBe('drift');
  }, 120_000);

  it('more drift the next night edits the same issue', async () => {
    const before = ours()[0]!;
    await byHand('staging', 'stg-w-1', (t) =>
      t.replace('net.core.somaxconn: "65535"', 'net.core.somaxconn: "4096"'),
    );
    const r = await nightly('3003');
    expect(r.code).toBe(0);
    const now = ours();
    expect(now.map((i) => i.number)).toEqual([before.number]);
    expect(now[0]!.title).toBe('Talos drift: 2 of 10 nodes run something Git does not say');
    expect(now[0]!.body).toContain('+        net.core.somaxconn: "4096"');
    // staging before production, as the stages input orders them
    expect(JSON.parse(r.outputs['changed-clusters']!)).toEqual(['staging', 'production']);
    expect(r.stdout).toContain(`Drift issue updated: ${issueUrl(before)}`);
  }, 120_000);

  it('closes the issue (completed) once the fleet runs what Git says again', async () => {
    await byHand('production', 'prod-w-3', (t) => t);
    await byHand('staging', 'stg-w-1', (t) => t);
    const r = await nightly('3004');
    expect(r.code).toBe(0);
    expect(r.outputs.drift).toBe('in-sync');
    expect(ours().map((i) => [i.state, i.stateReason, i.title])).toEqual([
      ['closed', 'completed', 'Talos drift: all 10 nodes run what Git says'],
    ]);
    // the next night, still clean: nothing to write
    const again = await nightly('3005');
    expect(again.code).toBe(0);
    const writes = gh.requests
      .filter((q) => q.method !== 'GET')
      .map((q) => `${q.method} ${q.operationId} ${q.status}`);
    expect(writes).toEqual(['POST issues/create 201', 'PATCH issues/update 200', 'PATCH issues/update 200']);
  }, 120_000);

  it("never touched a person's issue that quotes the marker", () => {
    const now = gh.issues('octo', 'clusters').find((i) => i.number === person.number)!;
    expect(now).toEqual(person);
    for (const q of gh.requests.filter((x) => x.method === 'PATCH'))
      expect(q.path).not.toContain(`/issues/${person.number}`);
  });

  it('put no secret value in the issue, the summary, the report, the outputs or the log', () => {
    expect(secrets.length).toBeGreaterThan(20);
    for (const r of runs) {
      expect(leaks(r.summary, secrets)).toEqual([]);
      expect(leaks(JSON.stringify(r.outputs), secrets)).toEqual([]);
      expect(leaks(readFileSync(r.outputs.report!, 'utf8'), secrets)).toEqual([]);
      expect(leaks(logOf(r), secrets)).toEqual([]);
    }
    for (const i of gh.issues('octo', 'clusters')) expect(leaks(i.title + i.body, secrets)).toEqual([]);
    for (const q of gh.requests) expect(leaks(JSON.stringify(q.body ?? ''), secrets)).toEqual([]);
  });

  it('made only requests GitHub would accept', () => {
    expect(gh.violations).toEqual([]);
  });
});
