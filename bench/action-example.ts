/**
 * The action's plan mode as GitHub runs it, for the cold-start figure: the bundled action in a node
 * process with the runner's variables, a pull_request event on a copy of the example fleet (a shared
 * kubelet patch raises maxPods on every node), and the REST API served by the test suite's fake GitHub.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ACTIONS_BOT_LOGIN } from '../action/github-api.js';
import { Contract, type GitHubFake, startGitHubFake } from '../test/github-fake/index.js';
import { git } from './git-fleet.js';

const TOKEN = 'ghs_benchInstallationToken00000000000000';

export interface ActionExample {
  repo: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function actionExample(project: string, work: string): Promise<ActionExample> {
  const repo = path.join(work, 'example');
  cpSync(path.join(project, 'clusters'), path.join(repo, 'clusters'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'fleet');
  const baseSha = git(repo, 'rev-parse', 'HEAD').trim();
  git(repo, 'checkout', '-q', '-b', 'raise-max-pods');
  const kubelet = path.join(repo, 'clusters/shared/patches/kubelet.yaml');
  writeFileSync(kubelet, readFileSync(kubelet, 'utf8').replace('maxPods: 150', 'maxPods: 200'));
  git(repo, 'commit', '-qam', 'Raise maxPods');
  const headSha = git(repo, 'rev-parse', 'HEAD').trim();

  const gh: GitHubFake = await startGitHubFake({
    // the fixture, found from the project (this module is bundled elsewhere)
    contract: Contract.load(
      pathToFileURL(path.join(project, 'test/fixtures/github-openapi/operations.json')),
    ),
    tokens: { [TOKEN]: { login: ACTIONS_BOT_LOGIN, kind: 'installation' } },
  });
  gh.addPullRequest({
    owner: 'octo',
    repo: 'clusters',
    number: 7,
    headSha,
    headRef: 'raise-max-pods',
    baseRef: 'main',
    baseSha,
  });
  const event = path.join(work, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: headSha, ref: 'raise-max-pods', repo: { full_name: 'octo/clusters' } },
        base: { sha: baseSha, ref: 'main', repo: { full_name: 'octo/clusters' } },
      },
    }),
  );
  const summary = path.join(work, 'summary.md');
  const output = path.join(work, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  return {
    repo,
    env: {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'octo/clusters',
      GITHUB_REPOSITORY_OWNER: 'octo',
      GITHUB_SHA: headSha,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_API_URL: gh.url,
      GITHUB_RUN_ID: '1',
      RUNNER_TEMP: work,
      INPUT_MODE: 'plan',
      'INPUT_CLUSTERS-DIR': 'clusters',
      'INPUT_POLICIES-DIR': 'policies',
      INPUT_STAGES: 'staging, production',
      'INPUT_AGE-KEY': readFileSync(path.join(project, 'clusters/demo-age-key.txt'), 'utf8'),
      'INPUT_GITHUB-TOKEN': TOKEN,
      INPUT_COMMENT: 'on',
      'INPUT_FAIL-ON': 'error',
      'INPUT_DRY-RUN': 'false',
    },
    close: () => gh.close(),
  };
}
