/**
 * The action's inputs (action.yml), read and checked in one place. Values that are secret (the age
 * key, the token, the talosconfig) are returned as they are; the caller registers them for masking
 * before anything else happens.
 */
import { TalosGitopsError } from '../src/errors.js';

export type Mode = 'plan' | 'apply' | 'drift';
export type FailOn = 'error' | 'warning';

export interface ActionInputs {
  mode: Mode;
  /** Repository root, relative to the workspace (default: the workspace). */
  workingDirectory: string;
  clustersDir: string;
  policiesDir: string;
  /** Filters: only these clusters / stages (empty: all). */
  clusters: string[];
  stages: string[];
  /** Stage order for the rollout and for listing clusters. */
  stageOrder: string[];
  /** Empty: chosen from the event (see base-ref.ts). */
  baseRef: string;
  ageKey: string;
  /** A talosconfig's YAML text, or a path to one; empty: $TALOSCONFIG, then ~/.talos/config. */
  talosconfig: string;
  githubToken: string;
  comment: boolean;
  /** Key of the sticky comment's marker; empty: derived from mode and filters. */
  commentKey: string;
  failOn: FailOn;
  dryRun: boolean;
  /** Name the comment cites for the uploaded JSON report. */
  reportArtifact: string;
}

export class InputError extends TalosGitopsError {
  override name = 'InputError';
}

/** "a, b" or one per line (YAML block scalars), blanks dropped. */
export function listInput(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function booleanInput(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (['on', 'true', 'yes', '1'].includes(v)) return true;
  if (['off', 'false', 'no', '0'].includes(v)) return false;
  throw new InputError(`input ${name} must be on or off (or true/false), got ${JSON.stringify(value)}`);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
}

/** `get` returns an input's value ('' when unset), like core.getInput. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const str = (name: string, fallback = '') => get(name).trim() || fallback;
  return {
    mode: oneOf('mode', get('mode'), ['plan', 'apply', 'drift'] as const, 'plan'),
    workingDirectory: str('working-directory', '.'),
    clustersDir: str('clusters-dir', 'clusters'),
    policiesDir: str('policies-dir', 'policies'),
    clusters: listInput(get('cluster')),
    stages: listInput(get('stage')),
    stageOrder: listInput(get('stages')),
    baseRef: str('base-ref'),
    // Secrets keep their exact text (a key file may need its line breaks).
    ageKey: get('age-key'),
    talosconfig: get('talosconfig'),
    githubToken: str('github-token'),
    comment: booleanInput('comment', get('comment'), true),
    commentKey: str('comment-key'),
    failOn: oneOf('fail-on', get('fail-on'), ['error', 'warning'] as const, 'error'),
    dryRun: booleanInput('dry-run', get('dry-run'), false),
    reportArtifact: str('report-artifact', 'talos-gitops-report'),
  };
}

/**
 * The sticky comment's (or drift issue's) key: one per mode and selection, so a matrix of plan jobs
 * (one per cluster) or one apply job per stage each keep their own comment instead of overwriting
 * each other.
 */
export function commentKey(inputs: ActionInputs): string {
  if (inputs.commentKey) return inputs.commentKey;
  const scope = [
    ...inputs.clusters.map((c) => `cluster=${c}`),
    ...inputs.stages.map((s) => `stage=${s}`),
  ].join(',');
  const kind = { plan: 'plan', apply: 'rollout-report', drift: 'drift' }[inputs.mode];
  const key = `talos-gitops:${kind}${scope ? `:${scope}` : ''}`;
  // The marker must stay one hidden HTML comment (see sticky-comment.ts).
  return key.replace(/[\r\n<>]/g, '').replace(/-{2,}/g, '-');
}
