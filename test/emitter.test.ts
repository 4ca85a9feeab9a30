/** Talos's canonical YAML: go-yaml's scalar styles, indentation and key order, byte for byte. */
import { describe, expect, it } from 'vitest';
import { encodeAny } from '../src/config/codecs.js';
import { goString } from '../src/config/scalars.js';
import { analyzeScalar, analyzeScalarByChar, emitDocument } from '../src/yaml/emitter.js';
import { formatGoFloat, goSortKeys, resolvePlain } from '../src/yaml/go-scalar.js';

const emit = (v: unknown) => emitDocument(encodeAny(v), { indent: 4 });
const str = (s: string) => emitDocument({ k: 'map', entries: [[goString('k'), goString(s)]] }, { indent: 4 });

describe('scalar styles', () => {
  it.each([
    ['plain', 'plain'],
    ['', '""'],
    ['true', '"true"'],
    ['123', '"123"'],
    ['1.5', '"1.5"'],
    ['null', '"null"'],
    ['yes', "'yes'"],
    ['**', "'**'"],
    ['- x', "'- x'"],
    ['a: b', "'a: b'"],
    ['$(POD_IP):10249', '$(POD_IP):10249'],
    ['tab\there', '"tab\\there"'],
    ["it's", "it's"],
    ['#comment', "'#comment'"],
    ['1:20', "'1:20'"],
    ['2001-12-14', '"2001-12-14"'],
  ])('%j prints as %s', (value, printed) => {
    expect(str(value)).toBe(`k: ${printed}\n`);
  });

  it('prints multi-line text as a literal block with the right chomping', () => {
    expect(str('a\nb\n')).toBe('k: |\n    a\n    b\n');
    expect(str('a\nb')).toBe('k: |-\n    a\n    b\n');
    expect(str('a\n\n')).toBe('k: |+\n    a\n\n');
    expect(str(' lead\n')).toBe('k: |4\n     lead\n');
  });

  it('falls back to double quotes for text a literal block cannot hold', () => {
    expect(str('trailing \nspace')).toBe('k: "trailing \\nspace"\n');
  });
});

describe('layout', () => {
  it('indents by four, lists under their key, and mappings in list items by two', () => {
    expect(emit({ a: { b: [{ c: 1, d: [2, 3] }] } })).toBe(
      'a:\n    b:\n        - c: 1\n          d:\n            - 2\n            - 3\n',
    );
  });

  it('prints empty collections in flow style', () => {
    expect(emit({ a: [], b: {} })).toBe('a: []\nb: {}\n');
  });

  it('sorts map keys in go-yaml natural order', () => {
    expect(goSortKeys(['b', 'a10', 'a2', 'A', 'a'])).toEqual(['A', 'a', 'a2', 'a10', 'b']);
  });
});

describe("go-yaml's reading of plain scalars", () => {
  it.each([
    ['true', 'bool'],
    ['yes', 'str'],
    ['0x1F', 'int'],
    ['0o17', 'int'],
    ['1_000', 'int'],
    ['1e3', 'float'],
    ['.inf', 'float'],
    ['~', 'null'],
    ['2024-01-02', 'timestamp'],
    ['v1.13.9', 'str'],
  ])('%s resolves to %s', (text, tag) => {
    expect(resolvePlain(text).tag).toBe(tag);
  });

  it('formats floats like strconv.FormatFloat(f, "g", -1, 64)', () => {
    expect([1.5, 1e6, 123456, 1e-5, 0.0001, -2.25].map(formatGoFloat)).toEqual([
      '1.5',
      '1e+06',
      '123456',
      '1e-05',
      '0.0001',
      '-2.25',
    ]);
  });
});

describe('scalar analysis', () => {
  it('analyses the common characters without walking them, as the walk would', () => {
    // a seeded walk over every character the quick path knows, and the ones it leaves to the walk
    const alphabet = 'aZ09/_+=~.-:@%#, \t\n?[]{}&*!|>\'"`\u00e9\u0085';
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    let quick = 0;
    for (let i = 0; i < 20000; i++) {
      const len = 1 + (next() % 8);
      let v = '';
      for (let j = 0; j < len; j++) v += alphabet[next() % (i % 2 ? 13 : alphabet.length)];
      if (/^[A-Za-z0-9/_+=~][A-Za-z0-9/_+=~.\-:@%]*$/.test(v)) quick++;
      expect(analyzeScalar(v), JSON.stringify(v)).toEqual(analyzeScalarByChar(v));
    }
    expect(quick).toBeGreaterThan(1000);
    for (const v of ['', '-', '---x', '...', 'a: b', 'https://10.0.0.1:6443', 'LS0tLS1CRUdJTi==', 'a#b'])
      expect(analyzeScalar(v), JSON.stringify(v)).toEqual(analyzeScalarByChar(v));
  });
});
