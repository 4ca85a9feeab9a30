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

  it('hides exactly what the definition hides, on texts spliced from many values sharing pieces', () => {
    // a small alphabet and shared armour make pieces recur in many values, at many offsets
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const word = (n: number, alphabet: string) =>
      Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const registry = new SecretRegistry();
    const armour = '-----BEGIN KEY-----\n';
    for (let round = 0; round < 30; round++) {
      for (let i = 0; i < 8; i++) {
        const body = word(10 + Math.floor(next() * 60), 'ab \n');
        registry.add(next() < 0.5 ? `${armour}${body}` : body);
      }
      const values = registry.all();
      for (let t = 0; t < 10; t++) {
        // pieces of values, cut anywhere, between words of the same alphabet
        let text = '';
        for (let k = 0; k < 6; k++) {
          const v = values[Math.floor(next() * values.length)]!;
          const from = Math.floor(next() * v.length);
          text += word(Math.floor(next() * 6), 'ab \n-') + v.slice(from, from + Math.floor(next() * 40));
        }
        expect(registry.redact(text), JSON.stringify(text)).toBe(byDefinition(values, text));
      }
    }
  });

  it('hides exactly what the definition hides when hundreds of values share pieces with different neighbours', () => {
    // each value: 8 characters of its own, then pieces every value holds, then its own again, so a
    // text quoting one finds the shared pieces in every value and must hide only what it quotes
    const registry = new SecretRegistry();
    const values = Array.from({ length: 400 }, (_, i) => {
      const own = randomBytes(9).toString('base64url');
      return `${own.slice(0, 8)}-common-piece-${String(i).padStart(3, '0')}${own.slice(8)}`;
    });
    registry.addAll(values);
    for (let t = 0; t < 40; t++) {
      const v = values[t * 7]!;
      const w = values[t * 7 + 3]!;
      const texts = [
        `${v.slice(0, 20)}::${w.slice(4)}`,
        `x-common-piece-${String(t).padStart(3, '0')} and ${v.slice(6, 24)}`,
        `${v}${w}`,
        `-common-piece-common-piece-${w.slice(2, 19)}`,
      ];
      for (const text of texts) expect(registry.redact(text), text).toBe(byDefinition(values, text));
    }
  });
});

/**
 * Redaction as the registry defines it, by brute force: the whole text if it is a value; else every
 * occurrence of a value of 6 to 15 characters, and every 16-character window of the text that is a
 * window of a longer value (white space alone excepted), each run of hidden characters as one mark.
 */
function byDefinition(values: readonly string[], text: string): string {
  if (values.includes(text)) return REDACTED;
  const hidden = new Array<boolean>(text.length).fill(false);
  const windows = new Set<string>();
  for (const v of values) {
    if (v.length >= FRAGMENT)
      for (let k = 0; k + FRAGMENT <= v.length; k++) windows.add(v.slice(k, k + FRAGMENT));
    else if (v.length >= 6)
      for (let at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1))
        hidden.fill(true, at, at + v.length);
  }
  for (let x = 0; x + FRAGMENT <= text.length; x++) {
    const w = text.slice(x, x + FRAGMENT);
    if (w.trim() !== '' && windows.has(w)) hidden.fill(true, x, x + FRAGMENT);
  }
  let out = '';
  for (let k = 0; k < text.length; k++) {
    if (!hidden[k]) out += text[k];
    else if (k === 0 || !hidden[k - 1]) out += REDACTED;
  }
  return out;
}
