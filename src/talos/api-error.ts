/**
 * TalosApiError: every failed Talos API call, classified so the rollout engine can decide what to do
 * (wait and retry, stop, or report a configuration problem). Messages name the node, the method and
 * the endpoint, never key material.
 */
import { status } from '@grpc/grpc-js';
import { TalosGitopsError } from '../errors.js';

export type TalosApiErrorKind =
  | 'unreachable'
  | 'tls'
  | 'permission-denied'
  | 'invalid-config'
  | 'deadline'
  | 'not-found'
  | 'unimplemented'
  | 'failed-precondition'
  | 'other';

export interface TalosApiErrorInit {
  kind: TalosApiErrorKind;
  /** Target node ('' when the call had no node metadata). */
  node: string;
  /** Short method name, e.g. `ApplyConfiguration` or `State/Get`. */
  method: string;
  endpoint: string;
  /** gRPC status code, when the failure came with one. */
  code?: number;
  /** The server's (or transport's) own message. */
  detail: string;
  /** Human explanation put before the detail. */
  summary: string;
  /** ApplyConfiguration refused because the change needs a reboot (NO_REBOOT/TRY mode). */
  needsReboot?: boolean;
}

export class TalosApiError extends TalosGitopsError {
  override name = 'TalosApiError';
  readonly kind: TalosApiErrorKind;
  readonly node: string;
  readonly method: string;
  readonly endpoint: string;
  readonly code: number | undefined;
  readonly detail: string;
  /** The explanation in words (the message without the node's own detail). */
  readonly summary: string;
  readonly needsReboot: boolean;

  constructor(init: TalosApiErrorInit) {
    const target = init.node ? `node ${init.node}` : 'the endpoint node';
    const detail = init.detail ? `: ${init.detail}` : '';
    super(`${init.method} on ${target} (via ${init.endpoint}): ${init.summary}${detail}`);
    this.kind = init.kind;
    this.node = init.node;
    this.method = init.method;
    this.endpoint = init.endpoint;
    this.code = init.code;
    this.detail = init.detail;
    this.summary = init.summary;
    this.needsReboot = init.needsReboot ?? false;
  }
}

/** grpc-js's text for failures on its own connection (as opposed to a status relayed by apid). */
export const LOCAL_CONNECT_FAILURE = /^No connection established|^Connection dropped|^Failed to connect/;

const TLS_HINT =
  /certificate|self[- ]signed|altname|x509|ssl|tls|handshake|ERR_TLS|ERR_SSL|unable to verify|alert|authority/i;
const CONNECT_HINT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|ECONNRESET/;

/** Classifies a grpc-js UNAVAILABLE detail string: `tls`, `unreachable`, or undefined when unclear. */
export function classifyUnavailable(detail: string): 'tls' | 'unreachable' | undefined {
  // For a status relayed from apid (node down), the text is the server's: that is never our TLS.
  if (!LOCAL_CONNECT_FAILURE.test(detail)) return 'unreachable';
  if (CONNECT_HINT.test(detail)) return 'unreachable';
  if (TLS_HINT.test(detail.replace(/^No connection established\. Last error: /, ''))) return 'tls';
  return undefined;
}

export interface CallContext {
  node: string;
  method: string;
  endpoint: string;
  roles: readonly string[];
  neededRoles: readonly string[];
  deadlineMs: number;
  isApply?: boolean;
  /** The call went to a node in maintenance mode. */
  maintenance?: boolean;
}

/** Maps a grpc-js ServiceError (or anything thrown) to a TalosApiError. */
export function toTalosApiError(err: unknown, ctx: CallContext, tlsVerdict?: string): TalosApiError {
  if (err instanceof TalosApiError) return err;
  const base = { node: ctx.node, method: ctx.method, endpoint: ctx.endpoint };
  const e = err as { code?: number; details?: string; message?: string };
  const code = typeof e.code === 'number' ? e.code : undefined;
  const detail = String(e.details ?? e.message ?? err);
  switch (code) {
    case status.UNAVAILABLE: {
      if (tlsVerdict !== undefined || classifyUnavailable(detail) === 'tls') {
        return new TalosApiError({
          ...base,
          kind: 'tls',
          code,
          detail: tlsVerdict ?? detail,
          summary:
            'TLS connection refused (wrong CA, bad client certificate or a server name not in the certificate)',
        });
      }
      return new TalosApiError({ ...base, kind: 'unreachable', code, detail, summary: 'unreachable' });
    }
    case status.DEADLINE_EXCEEDED:
      return new TalosApiError({
        ...base,
        kind: 'deadline',
        code,
        detail,
        summary: `no answer within ${ctx.deadlineMs} ms`,
      });
    case status.PERMISSION_DENIED: {
      if (ctx.maintenance) {
        return new TalosApiError({
          ...base,
          kind: 'permission-denied',
          code,
          detail,
          summary:
            'not available in maintenance mode (the node takes its first config and answers reads only)',
        });
      }
      const has = ctx.roles.length ? ctx.roles.join(', ') : 'no Talos role';
      return new TalosApiError({
        ...base,
        kind: 'permission-denied',
        code,
        detail,
        summary: `permission denied: the client certificate has ${has}; this call needs ${ctx.neededRoles.join(' or ')}`,
      });
    }
    case status.INVALID_ARGUMENT:
      if (ctx.isApply) {
        const needsReboot = /can't be applied in immediate mode/.test(detail);
        return new TalosApiError({
          ...base,
          kind: 'invalid-config',
          code,
          detail,
          needsReboot,
          summary: needsReboot ? 'the change needs a reboot' : 'machine config rejected',
        });
      }
      return new TalosApiError({ ...base, kind: 'other', code, detail, summary: 'invalid argument' });
    case status.NOT_FOUND:
      return new TalosApiError({ ...base, kind: 'not-found', code, detail, summary: 'not found' });
    case status.UNIMPLEMENTED:
      return new TalosApiError({
        ...base,
        kind: 'unimplemented',
        code,
        detail,
        summary: 'not supported by this node',
      });
    case status.FAILED_PRECONDITION:
      return new TalosApiError({
        ...base,
        kind: 'failed-precondition',
        code,
        detail,
        summary: 'refused in the current state',
      });
    default:
      return new TalosApiError({
        ...base,
        kind: 'other',
        code,
        detail,
        summary: code !== undefined ? `failed (${status[code] ?? code})` : 'failed',
      });
  }
}
