/**
 * The redactor as the plan uses it: values join cluster by cluster between redactions, and every one
 * registered so far — and every 16-character fragment of one — is hidden in the next text.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FRAGMENT, REDACTED, SecretRegistry } from '../src/secrets/registry.js';

describe('a registry that grows between redactions', () => {
  it('hides every value and fragment registered so far, through many growths of its table', () => {
    const registry = new SecretRegistry();
    const values: string[] = [];
    for (let cluster = 0; cluster < 40; cluster++) {
      for (let i = 0; i < 50; i++) {
        const v = randomBytes(24 + ((cluster + i) % 40)).toString('base64url');
        values.push(v);
        registry.add(v);
      }
      // a text quoting a fragment of the first value, one of the newest, and a whole one
      const first = values[0]!;
      const newest = values[values.length - 1]!;
      const text = `a ${first.slice(3, 3 + FRAGMENT)} b ${newest.slice(-FRAGMENT - 2)} c ${values[cluster]!} d`;
      const out = registry.redact(text);
      expect(out).not.toContain(first.slice(3, 3 + FRAGMENT));
      expect(out).not.toContain(newest.slice(-FRAGMENT));
      expect(out).not.toContain(values[cluster]!);
      expect(out.startsWith('a ')).toBe(true);
      expect(out.endsWith(' d')).toBe(true);
    }
    for (const v of values) {
      expect(registry.redact(`x ${v} y`)).toBe(`x ${REDACTED} y`);
      expect(registry.redact(v.slice(1, 1 + FRAGMENT))).not.toContain(v.slice(1, 1 + FRAGMENT));
    }
    // text with no secret in it comes back as it was
    expect(registry.redact('machine:\n    type: controlplane\n')).toBe('machine:\n    type: controlplane\n');
  });

  it('hides a short value that joins after the first redaction', () => {
    const registry = new SecretRegistry();
    registry.add('a-long-enough-secret-value');
    expect(registry.redact('token abc123x here')).toBe('token abc123x here');
    registry.add('abc123x');
    expect(registry.redact('token abc123x here')).toBe(`token ${REDACTED} here`);
  });

  it('hides each line of a multi-line value on its own', () => {
    const registry = new SecretRegistry();
    const lines = [randomBytes(30).toString('base64'), randomBytes(30).toString('base64')];
    registry.add(`-----BEGIN KEY-----\n${lines.join('\n')}\n-----END KEY-----\n`);
    for (const l of lines) expect(registry.redact(`key: ${l}`)).toBe(`key: ${REDACTED}`);
  });
});
