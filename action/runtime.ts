/**
 * The few things the action does to its runner: log, annotate, mask, set outputs, write the job
 * summary. An interface so the modes can run in tests without @actions/core's process globals.
 */
import * as core from '@actions/core';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
}

export interface Runtime {
  env: Record<string, string | undefined>;
  /** An input's value, '' when unset (core.getInput). */
  getInput(name: string): string;
  /** Marks the step failed with the message (one error annotation). */
  setFailed(message: string): void;
  /** The workspace (GITHUB_WORKSPACE, else the current directory). */
  workspace: string;
  info(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  notice(message: string, props?: AnnotationProps): void;
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  /** Replaces this step's job summary with the text. */
  writeSummary(markdown: string): Promise<void>;
}

export function coreRuntime(): Runtime {
  return {
    env: process.env,
    getInput: (name) => core.getInput(name),
    setFailed: (m) => core.setFailed(m),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
    info: (m) => core.info(m),
    warning: (m, p) => core.warning(m, p),
    error: (m, p) => core.error(m, p),
    notice: (m, p) => core.notice(m, p),
    setSecret: (v) => core.setSecret(v),
    setOutput: (n, v) => core.setOutput(n, v),
    writeSummary: async (md) => {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
      }
      await core.summary.emptyBuffer().addRaw(md).write({ overwrite: true });
    },
  };
}
