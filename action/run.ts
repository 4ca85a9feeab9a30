/**
 * The action's entry: read inputs, register every secret before anything is logged, detect the
 * event, run the mode, set the step's status. GitHub glue only; the engine does the work.
 */
import path from 'node:path';
import { describeError } from '../src/errors.js';
import { SecretRegistry } from '../src/secrets/registry.js';
import { type ApplyDeps, runApplyMode } from './apply-mode.js';
import { gitIn } from './base-ref.js';
import { type DriftDeps, runDriftMode } from './drift-mode.js';
import { readRunEvent } from './event.js';
import { createGitHubApi } from './github-api.js';
import { readInputs } from './inputs.js';
import { runPlanMode } from './plan-mode.js';
import { repositoryLayout } from './repository.js';
import type { Runtime } from './runtime.js';
import { registerInputSecrets } from './secrets.js';

/** Runs the action; `stopped`: a cancelled apply reported and the process should exit now. */
export async function run(rt: Runtime, deps: ApplyDeps & DriftDeps = {}): Promise<{ stopped?: boolean }> {
  const registry = new SecretRegistry();
  // Every value the registry learns (inputs now, decrypted values later) is masked in the log too.
  registry.onAdd((v) => rt.setSecret(v));
  try {
    const inputs = readInputs(rt.getInput);
    registerInputSecrets(registry, inputs);
    const event = readRunEvent(rt.env);
    const layout = repositoryLayout({
      workspace: rt.workspace,
      workingDirectory: inputs.workingDirectory,
      clustersDir: inputs.clustersDir,
      policiesDir: inputs.policiesDir,
      git: gitIn(path.resolve(rt.workspace, inputs.workingDirectory)),
    });
    if (layout.prefix) {
      rt.info(
        `working-directory ${layout.prefix}: clusters in ${layout.clustersDir}, policies in ${layout.policiesDir} (paths are reported from the repository's root)`,
      );
    }
    const root = layout.root;
    inputs.clustersDir = layout.clustersDir;
    inputs.policiesDir = layout.policiesDir;
    const api = inputs.githubToken
      ? createGitHubApi({
          token: inputs.githubToken,
          userAgent: 'talos-gitops-action',
          ...(rt.env.GITHUB_API_URL ? { baseUrl: rt.env.GITHUB_API_URL } : {}),
        })
      : undefined;
    const ctx = { rt, inputs, event, root, registry, api };
    const result =
      inputs.mode === 'plan'
        ? await runPlanMode(ctx)
        : inputs.mode === 'drift'
          ? await runDriftMode(ctx, deps)
          : await runApplyMode(ctx, deps);
    if (result.failed) rt.setFailed(registry.redact(result.failed));
    return result.stopped ? { stopped: true } : {};
  } catch (err) {
    rt.setFailed(registry.redact(describeError(err)));
    return {};
  }
}
