import { status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { TalosGitopsError } from '../../src/errors.js';
import { classifyUnavailable, toTalosApiError } from '../../src/talos/api-error.js';
import { applyModeFromWire, imageTag } from '../../src/talos/types.js';

const ctx = {
  node: '10.0.1.10',
  method: 'Version',
  endpoint: '10.0.1.5:50000',
  roles: ['os:reader'],
  neededRoles: ['os:admin'],
  deadlineMs: 1000,
};

describe('gRPC status to TalosApiError', () => {
  it.each([
    [status.NOT_FOUND, 'not-found'],
    [status.UNIMPLEMENTED, 'unimplemented'],
    [status.FAILED_PRECONDITION, 'failed-precondition'],
    [status.DEADLINE_EXCEEDED, 'deadline'],
    [status.PERMISSION_DENIED, 'permission-denied'],
    [status.INVALID_ARGUMENT, 'other'],
    [status.UNKNOWN, 'other'],
    [status.INTERNAL, 'other'],
  ])('code %i -> %s', (code, kind) => {
    const e = toTalosApiError({ code, details: 'x' }, ctx);
    expect(e).toBeInstanceOf(TalosGitopsError);
    expect(e.kind).toBe(kind);
    expect(e.code).toBe(code);
    expect(e.message).toContain('Version on node 10.0.1.10 (via 10.0.1.5:50000)');
  });

  it('InvalidArgument on apply is invalid-config; the immediate-mode refusal is flagged needsReboot', () => {
    const apply = { ...ctx, method: 'ApplyConfiguration', isApply: true };
    expect(toTalosApiError({ code: status.INVALID_ARGUMENT, details: 'bad' }, apply)).toMatchObject({
      kind: 'invalid-config',
      needsReboot: false,
      detail: 'bad',
    });
    expect(
      toTalosApiError(
        {
          code: status.INVALID_ARGUMENT,
          details: "this config change can't be applied in immediate mode\ndiff:",
        },
        apply,
      ).needsReboot,
    ).toBe(true);
  });

  it('tells TLS failures from unreachable ones in grpc-js UNAVAILABLE texts', () => {
    const local = (s: string) => `No connection established. Last error: ${s}. Resolution note: `;
    expect(classifyUnavailable(local('Error: self-signed certificate in certificate chain'))).toBe('tls');
    expect(
      classifyUnavailable(
        local("Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate's altnames"),
      ),
    ).toBe('tls');
    expect(classifyUnavailable(local('Error: connect ECONNREFUSED 127.0.0.1:1'))).toBe('unreachable');
    expect(classifyUnavailable(local('Failed to connect (2026-01-01T00:00:00.000Z)'))).toBeUndefined();
    // Relayed by apid from a node it cannot dial: never our TLS problem.
    expect(
      classifyUnavailable('connection error: desc = "transport: authentication handshake failed: x509: ..."'),
    ).toBe('unreachable');
    const e = toTalosApiError(
      { code: status.UNAVAILABLE, details: local('Error: unable to verify the first certificate') },
      ctx,
    );
    expect(e.kind).toBe('tls');
  });

  it('permission-denied names the roles held and needed', () => {
    const e = toTalosApiError({ code: status.PERMISSION_DENIED, details: 'not authorized' }, ctx);
    expect(e.message).toBe(
      'Version on node 10.0.1.10 (via 10.0.1.5:50000): permission denied: the client certificate has os:reader; this call needs os:admin: not authorized',
    );
  });
});

describe('helpers', () => {
  it('imageTag', () => {
    expect(imageTag('ghcr.io/siderolabs/installer:v1.11.6')).toBe('v1.11.6');
    expect(imageTag('localhost:5000/installer:v1.12.0@sha256:abcd')).toBe('v1.12.0');
    expect(imageTag('localhost:5000/installer')).toBeUndefined();
  });

  it('apply modes from the wire', () => {
    expect(applyModeFromWire(0)).toBe('reboot');
    expect(applyModeFromWire(2)).toBe('no-reboot');
    expect(() => applyModeFromWire(9)).toThrow();
  });
});
