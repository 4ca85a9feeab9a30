/**
 * The bytes a clear-text value adds to the MAC, as sops (Go, yaml.v3, encoding/json) reads it. Our
 * YAML reader and yaml.v3 disagree on some scalars, so this also says when it cannot be sure.
 */
import type { Scalar } from 'yaml';
import { goFormatFloat, INT64_MAX, INT64_MIN, SAFE_MAX } from './value-encoding.js';

const STR_TAG = 'tag:yaml.org,2002:str';
/**
 * Plain strings (to the `yaml` package) that yaml.v3 may read as numbers: digits with underscores,
 * binary or signed prefixed integers, odd spellings of .inf/.nan. IPs and versions do not match.
 */
const AMBIGUOUS_PLAIN =
  /^[-+]?(0[bBoOxX][0-9a-fA-F_]+|[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9_]+)?|\.[0-9_]+([eE][-+]?[0-9_]+)?|\.(inf|nan))$/i;
const DECIMAL_INT = /^[-+]?[0-9]+$/;
const PREFIXED_INT = /^0x[0-9a-fA-F]+$|^0o[0-7]+$/;
const PLAIN_FLOAT =
  /^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;

/** The bytes a clear-text value contributes to the MAC, and whether sops might see it differently. */
export function clearValueBytes(
  value: unknown,
  scalar: Scalar | undefined,
  flavor: 'yaml' | 'json' | 'dotenv',
): { bytes: Buffer; uncertain: boolean } {
  const tagged = scalar?.tag !== undefined && scalar.tag !== STR_TAG;
  if (typeof value === 'string') {
    const ambiguous = flavor === 'yaml' && scalar?.type === 'PLAIN' && AMBIGUOUS_PLAIN.test(value);
    return { bytes: Buffer.from(value, 'utf8'), uncertain: tagged || ambiguous };
  }
  if (typeof value === 'boolean') return { bytes: Buffer.from(value ? 'True' : 'False'), uncertain: tagged };
  if (typeof value === 'bigint') return { bytes: Buffer.from(value.toString()), uncertain: true };
  if (typeof value === 'number') {
    const src = scalar?.source;
    if (src !== undefined && (DECIMAL_INT.test(src) || PREFIXED_INT.test(src))) {
      const big = BigInt(src);
      const beyondSafe = big > SAFE_MAX || big < -SAFE_MAX;
      if (flavor === 'json' && (big > INT64_MAX || big < INT64_MIN)) {
        // encoding/json in sops falls back to float64 beyond the int64 range.
        return { bytes: Buffer.from(goFormatFloat(value)), uncertain: tagged };
      }
      // yaml.v3 reads a leading 0 as octal; sops versions differ on big JSON integers.
      const leadingZero = /^[-+]?0[0-9]/.test(src);
      return { bytes: Buffer.from(big.toString()), uncertain: tagged || beyondSafe || leadingZero };
    }
    const odd = src !== undefined && !PLAIN_FLOAT.test(src);
    return { bytes: Buffer.from(goFormatFloat(value)), uncertain: tagged || odd };
  }
  // Buffers from !!binary, dates, sets...: hash the source text, but say we cannot be sure.
  return { bytes: Buffer.from(scalar?.source ?? String(value), 'utf8'), uncertain: true };
}
