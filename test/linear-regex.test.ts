/** Policy patterns run on RE2's engine; the answers for values asked again and again are kept. */
import { describe, expect, it } from 'vitest';
import { linearRegex, RegexSyntaxError } from '../src/util/linear-regex.js';

describe('linearRegex', () => {
  it('answers as RE2 does, for values asked once or many times, short or long', () => {
    const image = linearRegex('^ghcr\\.io/siderolabs/installer:v1\\.(1[0-9])\\.[0-9]+$');
    const values = ['ghcr.io/siderolabs/installer:v1.13.9', 'ghcr.io/siderolabs/installer:v1.9.0', 'x'];
    // node after node: the same three values, then more distinct ones than are kept
    for (let round = 0; round < 3; round++) {
      expect(values.map((v) => image.test(v))).toEqual([true, false, false]);
      for (let i = 0; i < 3000; i++)
        expect(image.test(`ghcr.io/siderolabs/installer:v1.1${i % 10}.${i}`)).toBe(true);
    }
    const long = `ghcr.io/siderolabs/installer:v1.13.${'9'.repeat(5000)}`;
    expect(image.test(long)).toBe(true);
    expect(image.test(`${long}x`)).toBe(false);
    // the same pattern is the same compiled pattern
    expect(linearRegex('^ghcr\\.io/siderolabs/installer:v1\\.(1[0-9])\\.[0-9]+$')).toBe(image);
  });

  it('refuses backreferences and lookaround, saying why', () => {
    expect(() => linearRegex('(a)\\1')).toThrow(RegexSyntaxError);
    expect(() => linearRegex('a(?=b)')).toThrow(/lookaround are not supported/);
  });
});
