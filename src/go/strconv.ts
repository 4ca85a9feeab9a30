/** Go's strconv number parsing, with its error texts. */

/** strconv.ParseUint(s, 10, bits): on a syntax error the value is 0, out of range it is the maximum. */
export function parseGoUint(s: string, bits: number): { value: bigint; error?: string } {
  const max = (1n << BigInt(bits)) - 1n;
  if (!/^[0-9]+$/.test(s))
    return { value: 0n, error: `strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax` };
  const value = BigInt(s);
  if (value > max)
    return { value: max, error: `strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range` };
  return { value };
}
