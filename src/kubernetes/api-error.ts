/**
 * A failed Kubernetes API call: the HTTP status and the Status object the server answered with
 * (reason, message, causes), or a transport failure. Messages name the call, never credentials.
 */
import { TalosGitopsError } from '../errors.js';
import type { Status } from './types.js';

export type KubernetesErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'tls'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-many-requests'
  | 'invalid'
  | 'server';

export class KubernetesApiError extends TalosGitopsError {
  override name = 'KubernetesApiError';

  constructor(
    message: string,
    readonly kind: KubernetesErrorKind,
    /** HTTP status; 0 when no answer came. */
    readonly status: number,
    readonly body?: Status,
  ) {
    super(message);
  }

  /** Kubernetes's reason (TooManyRequests, NotFound, Conflict, …), when it gave one. */
  get reason(): string | undefined {
    return this.body?.reason;
  }
}

export function kindOfStatus(status: number): KubernetesErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'too-many-requests';
  if (status === 400 || status === 422) return 'invalid';
  return 'server';
}

/** Whether waiting and asking again may help (server busy, node restarting, apiserver down). */
export function isRetryable(err: unknown): boolean {
  return (
    err instanceof KubernetesApiError &&
    (err.kind === 'unreachable' ||
      err.kind === 'timeout' ||
      err.kind === 'too-many-requests' ||
      (err.kind === 'server' && err.status >= 500))
  );
}
