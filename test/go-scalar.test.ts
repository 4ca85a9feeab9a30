/** How a plain YAML scalar reads as an integer, the way Go's strconv.ParseInt/ParseUint (base 0) read it. */
import { describe, expect, it } from 'vitest';
import { goParseInt, resolvePlain } from '../src/yaml/go-scalar.js';

describe('goParseInt', () => {
  it('reads decimals as numbers, the sign included, and -0 as 0', () => {
    expect(goParseInt('0')).toBe(0);
    expect(goParseInt('-0')).toBe(0);
    expect(goParseInt('+42')).toBe(42);
    expect(goParseInt('-6443')).toBe(-6443);
    expect(goParseInt('999999999999999')).toBe(999_999_999_999_999);
  });

  it('keeps integers beyond 2^53 exact as bigint, and refuses what int64 and uint64 cannot hold', () => {
    expect(goParseInt('9007199254740993')).toBe(9_007_199_254_740_993n);
    expect(goParseInt('18446744073709551615')).toBe(18_446_744_073_709_551_615n);
    expect(goParseInt('18446744073709551616')).toBeUndefined();
    expect(goParseInt('-9223372036854775808')).toBe(-9_223_372_036_854_775_808n);
    expect(goParseInt('-9223372036854775809')).toBeUndefined();
  });

  it('reads the 0x, 0o, 0b prefixes and a leading 0 as Go does', () => {
    expect(goParseInt('0x1F')).toBe(31);
    expect(goParseInt('0o17')).toBe(15);
    expect(goParseInt('0b101')).toBe(5);
    expect(goParseInt('0644')).toBe(420);
    expect(goParseInt('09')).toBeUndefined();
    expect(goParseInt('0x')).toBeUndefined();
  });

  it('is no integer for addresses, versions or words', () => {
    for (const s of ['10.0.0.10', '1.13', 'v1.36.3', '12a', '', '-', '1_000'])
      expect(goParseInt(s), s).toBeUndefined();
    expect(resolvePlain('10.0.0.10')).toEqual({ tag: 'str', value: '10.0.0.10' });
    expect(resolvePlain('1_000')).toEqual({ tag: 'int', value: 1000 });
  });
});
